#include "programspane.h"

#include "itemmodels/membershiplistmodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/programlistmodel.h"
#include "joinpartnerdialog.h"
#include "programdialog.h"
#include "programundocommands.h"
#include "store/noticesettingsstore.h"
#include "store/tierstore.h"
#include "tableproxymodel.h"
#include "tablesetup.h"
#include "themeicon.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

const QString splitterKey = QStringLiteral("ProgramsPane/splitter");

} // namespace

ProgramsPane::ProgramsPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_programs(new ProgramListModel(database, this))
    , m_programsProxy(new TableProxyModel(this))
    , m_members(new MembershipListModel(database, this))
{
    setObjectName(QStringLiteral("ProgramsPane"));
    m_programsProxy->setSourceModel(m_programs);
    createActions();
    createViews();
    restoreLayout();
    if (m_programsProxy->rowCount() > 0)
        m_programsTable->selectRow(0);
    updateActions();
    showMembers();
}

ProgramsPane::~ProgramsPane()
{
    saveLayout();
}

void ProgramsPane::createActions()
{
    m_addAction = createAction(tr("&Add Program…"), QStringLiteral("addProgramAction"), QStringLiteral("list-add"));
    m_addAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_addAction->setToolTip(
        tr("Add a program (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText)));
    connect(m_addAction, &QAction::triggered, this, &ProgramsPane::addProgram);

    m_editAction =
        createAction(tr("&Edit Program…"), QStringLiteral("editProgramAction"), QStringLiteral("document-edit"));
    m_editAction->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_editAction->setToolTip(tr("Edit the selected program (F2, or double-click it)"));
    connect(m_editAction, &QAction::triggered, this, &ProgramsPane::editProgram);

    m_toggleActiveAction = createAction(tr("&Deactivate"), QStringLiteral("toggleProgramActiveAction"),
                                        QStringLiteral("media-playback-pause"));
    connect(m_toggleActiveAction, &QAction::triggered, this, &ProgramsPane::toggleActive);

    m_joinAction =
        createAction(tr("&Join Partner…"), QStringLiteral("joinPartnerAction"), QStringLiteral("contact-new"));
    m_joinAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_joinAction, &QAction::triggered, this, &ProgramsPane::joinPartner);
}

void ProgramsPane::createViews()
{
    auto *toolBar = new QToolBar(tr("Programs"), this);
    toolBar->setObjectName(QStringLiteral("programsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_toggleActiveAction);
    toolBar->addSeparator();
    toolBar->addAction(m_joinAction);

    m_programsTable = new QTableView(this);
    m_programsTable->setObjectName(QStringLiteral("programsTable"));
    setUpTable(m_programsTable);
    m_programsTable->setModel(m_programsProxy);
    m_programsTable->setSortingEnabled(true);
    m_programsTable->sortByColumn(ProgramListModel::Name, Qt::AscendingOrder);
    QHeaderView *header = m_programsTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProgramListModel::Name, QHeaderView::Stretch);
    m_programsTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_programsTable, &QWidget::customContextMenuRequested, this, &ProgramsPane::showContextMenu);
    connect(m_programsTable, &QAbstractItemView::doubleClicked, this, &ProgramsPane::editProgram);
    connect(m_programsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showMembers();
    });
    // Edits change a row in place; its Active state decides the actions.
    connect(m_programs, &QAbstractItemModel::dataChanged, this, &ProgramsPane::updateActions);

    m_membersLabel = new QLabel(this);
    m_membersLabel->setObjectName(QStringLiteral("membersLabel"));
    m_membersTable = new QTableView(this);
    m_membersTable->setObjectName(QStringLiteral("membersTable"));
    setUpTable(m_membersTable);
    auto *membersProxy = new TableProxyModel(this);
    membersProxy->setSourceModel(m_members);
    m_membersTable->setModel(membersProxy);
    QHeaderView *membersHeader = m_membersTable->horizontalHeader();
    membersHeader->setSectionResizeMode(QHeaderView::Interactive);
    membersHeader->setSectionResizeMode(MembershipListModel::Email, QHeaderView::Stretch);
    membersHeader->resizeSection(MembershipListModel::Code, 140);
    membersHeader->resizeSection(MembershipListModel::Name, 220);
    membersHeader->resizeSection(MembershipListModel::Joined, 150);
    connect(m_members, &QAbstractItemModel::modelReset, this, &ProgramsPane::showMembers);

    auto *membersBox = new QWidget(this);
    auto *membersLayout = new QVBoxLayout(membersBox);
    membersLayout->setContentsMargins(0, 6, 0, 0);
    membersLayout->addWidget(m_membersLabel);
    membersLayout->addWidget(m_membersTable);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("programsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_programsTable);
    m_splitter->addWidget(membersBox);
    // A store has a few programs and thousands of partners.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_splitter, 1);
}

void ProgramsPane::restoreLayout()
{
    m_splitter->restoreState(QSettings().value(splitterKey).toByteArray());
}

void ProgramsPane::saveLayout() const
{
    QSettings().setValue(splitterKey, m_splitter->saveState());
}

void ProgramsPane::reload()
{
    const qint64 selected = selectedProgramId();
    m_programs->reload();
    // A reset forgets the selection without telling; choose again and refresh what depends on it.
    if (selected != 0 && m_programs->rowOf(selected) >= 0)
        selectProgram(selected);
    else if (m_programsProxy->rowCount() > 0)
        m_programsTable->selectRow(0);
    m_members->setProgramId(selectedProgramId());
    updateActions();
}

qint64 ProgramsPane::selectedProgramId() const
{
    const QModelIndexList rows = m_programsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ModelRoles::IdRole).toLongLong();
}

void ProgramsPane::selectProgram(qint64 programId)
{
    const int row = m_programs->rowOf(programId);
    if (row < 0)
        return;
    const QModelIndex index = m_programsProxy->mapFromSource(m_programs->index(row, 0));
    m_programsTable->selectRow(index.row());
    m_programsTable->scrollTo(index);
}

void ProgramsPane::updateActions()
{
    const std::optional<Program> program = m_programs->program(selectedProgramId());
    m_editAction->setEnabled(program.has_value());
    m_toggleActiveAction->setEnabled(program.has_value());
    const bool active = !program || program->active;
    m_toggleActiveAction->setText(active ? tr("&Deactivate") : tr("&Activate"));
    m_toggleActiveAction->setIcon(
        themeIcon(active ? QStringLiteral("media-playback-pause") : QStringLiteral("media-playback-start")));
    m_toggleActiveAction->setToolTip(active ? tr("Deactivate the selected program: partners can no longer join it")
                                            : tr("Activate the selected program again"));
    m_joinAction->setEnabled(program && program->active);
    m_joinAction->setToolTip(program && !program->active ? tr("Activate the program before partners can join it")
                                                         : tr("Join a partner to the selected program (Ctrl+J)"));
}

void ProgramsPane::showMembers()
{
    const qint64 programId = selectedProgramId();
    if (m_members->programId() != programId) {
        m_members->setProgramId(programId); // resets the model, which calls back here
        return;
    }
    const std::optional<Program> program = m_programs->program(programId);
    if (!program) {
        m_membersLabel->setText(tr("Select a program to see its members."));
        return;
    }
    const int active = m_members->activeCount();
    const int left = m_members->rowCount() - active;
    m_membersLabel->setText(left > 0 ? tr("Members of %1: %2 active, %3 left")
                                           .arg(program->name, QLocale().toString(active), QLocale().toString(left))
                                     : tr("Members of %1: %2 active").arg(program->name, QLocale().toString(active)));
}

void ProgramsPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_programsTable->indexAt(position);
    if (index.isValid())
        m_programsTable->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(m_addAction);
    menu.addAction(m_editAction);
    menu.addAction(m_toggleActiveAction);
    menu.addSeparator();
    menu.addAction(m_joinAction);
    menu.exec(m_programsTable->viewport()->mapToGlobal(position));
}

void ProgramsPane::addProgram()
{
    ProgramDialog dialog(Program{}, QStringLiteral("off"), this);
    // On a failed save the dialog opens again with what the user typed.
    while (dialog.exec() == QDialog::Accepted) {
        const Result<qint64> id = m_programs->add(dialog.program());
        if (id) {
            if (dialog.noticeMode() != u"off") {
                if (const Status notices = NoticeSettingsStore(database()).setProgramMode(*id, dialog.noticeMode());
                    !notices)
                    QMessageBox::warning(this, tr("Add Program"), notices.error());
            }
            if (!dialog.tiers().isEmpty()) {
                if (const Status tiers = EditTiersCommand::replaceTiers(database(), *id, dialog.tiers()); !tiers)
                    QMessageBox::warning(this, tr("Add Program"), tiers.error());
            }
            selectProgram(*id);
            Q_EMIT statusMessage(tr("Added program %1.").arg(dialog.program().name));
            Q_EMIT booksChanged();
            return;
        }
        QMessageBox::warning(this, tr("Add Program"), id.error());
    }
}

void ProgramsPane::editProgram()
{
    const std::optional<Program> program = m_programs->program(selectedProgramId());
    if (!program)
        return;
    const QString notices = noticeMode(program->id);
    ProgramDialog dialog(*program, notices, this);
    const QList<Tier> tiers = TierStore(database()).list(program->id);
    dialog.setTiers(tiers);
    dialog.enableWhatIf(database());
    while (dialog.exec() == QDialog::Accepted) {
        const Status status = BookCommand::run(
            undoStack(), new EditProgramCommand(this, *program, dialog.program(), notices, dialog.noticeMode(),
                                                tr("Edit program %1").arg(dialog.program().name)));
        if (status && dialog.tiersChanged()) {
            // The tiers are their own step on the undo stack, after the program's.
            if (const Status saved = BookCommand::run(
                    undoStack(), new EditTiersCommand(this, program->id, tiers, dialog.tiers(),
                                                      tr("Edit the tiers of program %1").arg(dialog.program().name)));
                !saved)
                QMessageBox::warning(this, tr("Edit Program"), saved.error());
        }
        if (status) {
            Q_EMIT statusMessage(tr("Saved program %1.").arg(dialog.program().name));
            return;
        }
        QMessageBox::warning(this, tr("Edit Program"), status.error());
    }
}

void ProgramsPane::toggleActive()
{
    const std::optional<Program> program = m_programs->program(selectedProgramId());
    if (!program)
        return;
    const bool activate = !program->active;
    const QString text =
        activate ? tr("Activate program %1").arg(program->name) : tr("Deactivate program %1").arg(program->name);
    if (const Status status =
            BookCommand::run(undoStack(), new SetProgramActiveCommand(this, program->id, activate, text));
        !status) {
        QMessageBox::warning(this, activate ? tr("Activate Program") : tr("Deactivate Program"), status.error());
        return;
    }
    Q_EMIT statusMessage(activate ? tr("Activated program %1.").arg(program->name)
                                  : tr("Deactivated program %1; partners can no longer join it.").arg(program->name));
}

void ProgramsPane::joinPartner()
{
    const std::optional<Program> program = m_programs->program(selectedProgramId());
    if (!program)
        return;
    JoinPartnerDialog dialog(database(), *m_members, program->name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Affiliate &partner = dialog.joinedPartner();
    // The dialog has made the join; the command records it for undo (and refreshes the member count).
    BookCommand::record(undoStack(), new JoinPartnerCommand(this, program->id, partner.id,
                                                            tr("Join %1 to %2").arg(partner.name, program->name)));
    for (int row = 0; row < m_membersTable->model()->rowCount(); ++row) {
        const QModelIndex index = m_membersTable->model()->index(row, 0);
        if (index.data(ModelRoles::IdRole).toLongLong() == partner.id) {
            m_membersTable->selectRow(row);
            m_membersTable->scrollTo(index);
            break;
        }
    }
    Q_EMIT statusMessage(tr("%1 (%2) joined %3.").arg(partner.name, partner.code, program->name));
}

Status ProgramsPane::saveProgram(const Program &program)
{
    return m_programs->update(program);
}

QString ProgramsPane::noticeMode(qint64 programId) const
{
    const std::optional<ProgramNotices> notices = NoticeSettingsStore(database()).program(programId);
    return notices ? notices->mode : QStringLiteral("off");
}

Status ProgramsPane::setNoticeMode(qint64 programId, const QString &mode)
{
    if (noticeMode(programId) == mode)
        return Done{};
    return NoticeSettingsStore(database()).setProgramMode(programId, mode);
}

Status ProgramsPane::setProgramActive(qint64 programId, bool active)
{
    return m_programs->setActive(programId, active);
}

void ProgramsPane::showProgram(qint64 programId)
{
    m_programs->refresh(programId);
    selectProgram(programId);
    m_members->reload();
    updateActions();
}

} // namespace PartnerDesk
