// Why this file is long: a pane owns its actions (STYLE.md, practice 5), and a partner has many:
// status, programs, the primary program, coupons, domains, e-mail requests; each is a short slot that
// asks models/ and pushes an undo command.

#include "partnerspane.h"

#include "addpartnerdialog.h"
#include "itemmodels/couponlistmodel.h"
#include "itemmodels/domainlistmodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/partnerlistmodel.h"
#include "itemmodels/partnermembershipmodel.h"
#include "partnercommands.h"
#include "partnerdetailview.h"
#include "payoutemailcommands.h"
#include "programchoicedialog.h"
#include "setratedialog.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "tableproxymodel.h"
#include "tablesetup.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

const QString splitterKey = QStringLiteral("PartnersPane/splitter");
const QString headerKey = QStringLiteral("PartnersPane/header");
const QString statusKey = QStringLiteral("PartnersPane/statusFilter");
// The status filter's entry for partners whose payout e-mail request waits (not a status).
const QString emailRequestsFilter = QStringLiteral("email-requests");
constexpr int searchDelayMs = 250;

} // namespace

PartnersPane::PartnersPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_partners(new PartnerListModel(database, this))
{
    setObjectName(QStringLiteral("PartnersPane"));
    createActions();
    createViews();
    restoreLayout();
    applyFilter();
}

PartnersPane::~PartnersPane()
{
    saveLayout();
}

void PartnersPane::createActions()
{
    m_addAction = createAction(tr("&Add Partner…"), QStringLiteral("addPartnerAction"), QStringLiteral("list-add"));
    m_addAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_addAction->setToolTip(tr("Add a partner (Ctrl+Shift+N)"));
    connect(m_addAction, &QAction::triggered, this, &PartnersPane::addPartner);

    m_findAction = createAction(tr("&Find Partner"), QStringLiteral("findPartnerAction"), QStringLiteral("edit-find"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });

    m_approveAction = createAction(tr("A&pprove"), QStringLiteral("approvePartnerAction"), QStringLiteral("dialog-ok"));
    m_approveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_approveAction->setToolTip(tr("Approve the selected partner (Ctrl+Shift+A)"));
    connect(m_approveAction, &QAction::triggered, this, [this] { setStatus(QStringLiteral("approved")); });

    m_suspendAction =
        createAction(tr("&Suspend"), QStringLiteral("suspendPartnerAction"), QStringLiteral("media-playback-pause"));
    m_suspendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_suspendAction->setToolTip(tr("Suspend the selected partner (Ctrl+Shift+S)"));
    connect(m_suspendAction, &QAction::triggered, this, [this] { setStatus(QStringLiteral("suspended")); });

    m_reactivateAction = createAction(tr("&Reactivate"), QStringLiteral("reactivatePartnerAction"),
                                      QStringLiteral("media-playback-start"));
    m_reactivateAction->setToolTip(tr("Approve the suspended partner again"));
    connect(m_reactivateAction, &QAction::triggered, this, [this] { setStatus(QStringLiteral("approved")); });

    m_joinAction =
        createAction(tr("&Join Program…"), QStringLiteral("joinProgramAction"), QStringLiteral("contact-new"));
    m_joinAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_joinAction->setToolTip(tr("Join the selected partner to a program (Ctrl+J)"));
    connect(m_joinAction, &QAction::triggered, this, &PartnersPane::joinProgram);

    m_leaveAction =
        createAction(tr("&Leave Program"), QStringLiteral("leaveProgramAction"), QStringLiteral("list-remove"));
    m_leaveAction->setToolTip(tr("End the selected membership"));
    connect(m_leaveAction, &QAction::triggered, this, &PartnersPane::leaveProgram);

    m_primaryAction =
        createAction(tr("Make &Primary"), QStringLiteral("makePrimaryAction"), QStringLiteral("starred-symbolic"));
    m_primaryAction->setToolTip(tr("The selected program earns the partner's link, rewrite and direct-link orders"));
    connect(m_primaryAction, &QAction::triggered, this, &PartnersPane::makePrimary);

    m_couponAction =
        createAction(tr("Create &Coupon…"), QStringLiteral("createCouponAction"), QStringLiteral("bookmark-new"));
    m_couponAction->setToolTip(tr("Give the partner a coupon code in one of his programs"));
    connect(m_couponAction, &QAction::triggered, this, &PartnersPane::createCoupon);

    m_rateAction = createAction(tr("Set &Rate…"), QStringLiteral("setRateAction"), QStringLiteral("document-edit"));
    m_rateAction->setToolTip(tr("Give the partner his own link or coupon commission in a program from a date on"));
    connect(m_rateAction, &QAction::triggered, this, &PartnersPane::setRate);

    m_approveDomainAction = createAction(tr("Approve Domain &Manually…"), QStringLiteral("approveDomainAction"),
                                         QStringLiteral("security-high"));
    m_approveDomainAction->setToolTip(tr("Mark the selected domain verified without a network check; needs a reason"));
    connect(m_approveDomainAction, &QAction::triggered, this, &PartnersPane::approveDomain);

    m_approveEmailAction =
        createAction(tr("Approve Payout &E-mail"), QStringLiteral("approveEmailAction"), QStringLiteral("dialog-ok"));
    m_approveEmailAction->setToolTip(tr("Make the e-mail the partner asked for his payout e-mail"));
    connect(m_approveEmailAction, &QAction::triggered, this, &PartnersPane::approveEmail);
    m_rejectEmailAction =
        createAction(tr("Reject Payout E-mail…"), QStringLiteral("rejectEmailAction"), QStringLiteral("dialog-cancel"));
    m_rejectEmailAction->setToolTip(tr("Keep the partner's payout e-mail; needs a reason"));
    connect(m_rejectEmailAction, &QAction::triggered, this, &PartnersPane::rejectEmail);

    m_transactionsAction = createAction(tr("Show &Transactions"), QStringLiteral("showTransactionsAction"),
                                        QStringLiteral("view-financial-list"));
    m_transactionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_transactionsAction, &QAction::triggered, this, &PartnersPane::showTransactions);
}

void PartnersPane::createViews()
{
    auto *toolBar = new QToolBar(tr("Partners"), this);
    toolBar->setObjectName(QStringLiteral("partnersToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_addAction);
    toolBar->addSeparator();
    toolBar->addAction(m_approveAction);
    toolBar->addAction(m_suspendAction);
    toolBar->addAction(m_reactivateAction);
    toolBar->addSeparator();
    toolBar->addAction(m_joinAction);
    toolBar->addAction(m_couponAction);
    toolBar->addAction(m_rateAction);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("partnerSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search by name, partner code or e-mail (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusCombo->addItem(tr("All partners"), QString());
    m_statusCombo->addItem(tr("Pending"), QStringLiteral("pending"));
    m_statusCombo->addItem(tr("Approved"), QStringLiteral("approved"));
    m_statusCombo->addItem(tr("Suspended"), QStringLiteral("suspended"));
    m_statusCombo->addItem(tr("Payout e-mail change requested"), emailRequestsFilter);
    m_statusCombo->setToolTip(tr("Show partners of one status"));
    // Typing waits for a pause before the list is queried again.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &PartnersPane::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &PartnersPane::applyFilter);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &PartnersPane::applyFilter);

    m_partnersTable = new QTableView(this);
    m_partnersTable->setObjectName(QStringLiteral("partnersTable"));
    setUpTable(m_partnersTable);
    // The list is ordered by name in SQL, a page at a time; a proxy only greys suspended partners.
    auto *proxy = new TableProxyModel(this);
    proxy->setSourceModel(m_partners);
    m_partnersTable->setModel(proxy);
    QHeaderView *header = m_partnersTable->horizontalHeader();
    header->resizeSection(PartnerListModel::Name, 150);
    header->resizeSection(PartnerListModel::Code, 80);
    header->resizeSection(PartnerListModel::Status, 85);
    header->resizeSection(PartnerListModel::Created, 75);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PartnerListModel::Email, QHeaderView::Stretch);
    m_partnersTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_partnersTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        showContextMenu(m_partnersTable,
                        {m_approveAction, m_suspendAction, m_reactivateAction, nullptr, m_joinAction, m_couponAction,
                         m_rateAction, nullptr, m_approveEmailAction, m_rejectEmailAction, nullptr,
                         m_transactionsAction, nullptr, m_addAction},
                        position);
    });
    connect(m_partnersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PartnersPane::showSelected);
    connect(m_partners, &QAbstractItemModel::rowsInserted, this, &PartnersPane::updateCount);
    connect(m_partners, &QAbstractItemModel::dataChanged, this, &PartnersPane::updateActions);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("partnersCountLabel"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_searchEdit, 1);
    filterRow->addWidget(m_statusCombo);
    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 6, 0, 0);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_partnersTable, 1);
    listLayout->addWidget(m_countLabel);

    m_detail = new PartnerDetailView(database(), this);
    connect(m_detail->transactionsButton(), &QPushButton::clicked, this, &PartnersPane::showTransactions);
    connect(m_detail->approveEmailButton(), &QPushButton::clicked, m_approveEmailAction, &QAction::trigger);
    connect(m_detail->rejectEmailButton(), &QPushButton::clicked, m_rejectEmailAction, &QAction::trigger);
    for (QTableView *table : {m_detail->membershipsTable(), m_detail->couponsTable(), m_detail->domainsTable()})
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PartnersPane::updateActions);
    connect(m_detail->memberships(), &QAbstractItemModel::modelReset, this, &PartnersPane::updateActions);
    connect(m_detail->domains(), &QAbstractItemModel::modelReset, this, &PartnersPane::updateActions);
    m_detail->membershipsTable()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_detail->membershipsTable(), &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        showContextMenu(m_detail->membershipsTable(), {m_primaryAction, m_leaveAction, nullptr, m_joinAction},
                        position);
    });
    connect(m_detail->membershipsTable(), &QAbstractItemView::doubleClicked, this, &PartnersPane::makePrimary);
    m_detail->couponsTable()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_detail->couponsTable(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) { showContextMenu(m_detail->couponsTable(), {m_couponAction}, position); });
    m_detail->domainsTable()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_detail->domainsTable(), &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        showContextMenu(m_detail->domainsTable(), {m_approveDomainAction}, position);
    });

    // Buttons under the tables that have actions of their own.
    auto *membershipButtons = new QToolBar(this);
    membershipButtons->setObjectName(QStringLiteral("detailToolBar"));
    membershipButtons->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    membershipButtons->addAction(m_leaveAction);
    membershipButtons->addAction(m_primaryAction);
    membershipButtons->addAction(m_approveDomainAction);

    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(membershipButtons);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("partnersSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listBox);
    m_splitter->addWidget(detailBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_splitter, 1);
}

void PartnersPane::restoreLayout()
{
    const QSettings settings;
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_partnersTable->horizontalHeader()->restoreState(settings.value(headerKey).toByteArray());
    const int status = m_statusCombo->findData(settings.value(statusKey).toString());
    const QSignalBlocker blocker(m_statusCombo);
    m_statusCombo->setCurrentIndex(qMax(0, status));
}

void PartnersPane::saveLayout() const
{
    QSettings settings;
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(headerKey, m_partnersTable->horizontalHeader()->saveState());
    settings.setValue(statusKey, m_statusCombo->currentData().toString());
}

void PartnersPane::applyFilter()
{
    m_searchTimer->stop();
    const std::optional<Affiliate> selected = selectedPartner();
    const QSignalBlocker blocker(m_partnersTable->selectionModel());
    m_partners->setSearch(m_searchEdit->text());
    const QString status = m_statusCombo->currentData().toString();
    m_partners->setEmailRequestsOnly(status == emailRequestsFilter);
    m_partners->setStatusFilter(status == emailRequestsFilter ? QString() : status);
    QSettings().setValue(statusKey, m_statusCombo->currentData().toString());
    // Keep the partner the manager was looking at when he is still listed; else the first one.
    if (!selected || !selectPartner(selected->id)) {
        if (m_partners->rowCount() > 0)
            m_partnersTable->selectRow(0);
        else
            m_partnersTable->clearSelection();
    }
    updateCount();
    showSelected();
}

void PartnersPane::reload()
{
    reloadPartners(selectedPartner() ? selectedPartner()->id : 0);
}

void PartnersPane::reloadPartners(qint64 affiliateId)
{
    {
        const QSignalBlocker blocker(m_partnersTable->selectionModel());
        m_partners->reload();
        if (affiliateId == 0 || !selectPartner(affiliateId)) {
            if (m_partners->rowCount() > 0)
                m_partnersTable->selectRow(0);
        }
    }
    updateCount();
    showSelected();
}

void PartnersPane::showPartner(qint64 affiliateId)
{
    if (m_partners->rowOf(affiliateId) < 0) {
        reloadPartners(affiliateId);
        return;
    }
    m_partners->refresh(affiliateId);
    if (selectedPartner() && selectedPartner()->id == affiliateId)
        showSelected(); // his details changed, not the selection
    else
        selectPartner(affiliateId);
}

void PartnersPane::updateCount()
{
    const int total = m_partners->totalCount();
    const int shown = m_partners->rowCount();
    if (total == 0)
        m_countLabel->setText(m_partners->search().isEmpty() && m_partners->statusFilter().isEmpty() &&
                                      !m_partners->emailRequestsOnly()
                                  ? tr("There are no partners yet.")
                                  : tr("No partner matches."));
    else if (shown < total)
        m_countLabel->setText(tr("%1 partners match; the first %2 are loaded, more as you scroll.")
                                  .arg(QLocale().toString(total), QLocale().toString(shown)));
    else
        m_countLabel->setText(tr("%n partner(s)", nullptr, total));
}

std::optional<Affiliate> PartnersPane::selectedPartner() const
{
    const QModelIndexList rows = m_partnersTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const auto *proxy = static_cast<const TableProxyModel *>(m_partnersTable->model());
    const Affiliate *affiliate = m_partners->affiliate(proxy->mapToSource(rows.first()).row());
    return affiliate ? std::optional<Affiliate>(*affiliate) : std::nullopt;
}

bool PartnersPane::selectPartner(qint64 affiliateId)
{
    const int row = m_partners->fetchUntil(affiliateId);
    if (row < 0)
        return false;
    const auto *proxy = static_cast<const TableProxyModel *>(m_partnersTable->model());
    const QModelIndex index = proxy->mapFromSource(m_partners->index(row, 0));
    m_partnersTable->selectRow(index.row());
    m_partnersTable->scrollTo(index);
    return true;
}

void PartnersPane::showSelected()
{
    m_detail->setPartner(selectedPartner());
    updateActions();
}

void PartnersPane::updateActions()
{
    const std::optional<Affiliate> partner = selectedPartner();
    const QString status = partner ? partner->status : QString();
    m_approveAction->setEnabled(status == u"pending");
    m_suspendAction->setEnabled(status == u"pending" || status == u"approved");
    m_reactivateAction->setEnabled(status == u"suspended");
    m_joinAction->setEnabled(partner.has_value());
    m_couponAction->setEnabled(partner.has_value());
    m_rateAction->setEnabled(partner.has_value());
    m_transactionsAction->setEnabled(partner.has_value());
    const Membership *membership =
        m_detail->memberships()->membership(PartnerDetailView::selectedRow(m_detail->membershipsTable()));
    m_leaveAction->setEnabled(partner && membership && membership->active);
    m_primaryAction->setEnabled(partner && membership && membership->active && !membership->primary);
    const DirectDomain *domain = m_detail->domains()->domain(PartnerDetailView::selectedRow(m_detail->domainsTable()));
    m_approveDomainAction->setEnabled(partner && domain && !domain->verified);
    const bool request = partner && partner->hasEmailRequest();
    m_approveEmailAction->setEnabled(request);
    m_rejectEmailAction->setEnabled(request);
}

void PartnersPane::showContextMenu(QTableView *table, const QList<QAction *> &actions, const QPoint &position)
{
    const QModelIndex index = table->indexAt(position);
    if (index.isValid())
        table->selectRow(index.row());
    QMenu menu(this);
    for (QAction *action : actions) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(table->viewport()->mapToGlobal(position));
}

bool PartnersPane::pushCommand(BookCommand *command, const QString &title, const QString &message)
{
    if (const Status status = BookCommand::run(undoStack(), command); !status) {
        QMessageBox::warning(this, title, status.error());
        return false;
    }
    Q_EMIT statusMessage(message);
    return true;
}

void PartnersPane::addPartner()
{
    AddPartnerDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddPartnerCommand(this, dialog.name(), dialog.email(), dialog.code(),
                                          tr("Add partner %1").arg(dialog.name()));
    if (const Status status = BookCommand::run(undoStack(), command); !status) {
        QMessageBox::warning(this, tr("Add Partner"), status.error());
        return;
    }
    // The stack owns the command now; it is the one on top.
    const auto *added = static_cast<const AddPartnerCommand *>(undoStack()->command(undoStack()->index() - 1));
    Q_EMIT statusMessage(tr("Added partner %1 with code %2.").arg(added->affiliate().name, added->affiliate().code));
}

void PartnersPane::setStatus(const QString &status)
{
    const std::optional<Affiliate> partner = selectedPartner();
    if (!partner || partner->status == status)
        return;
    QString text;
    QString message;
    if (status == u"suspended") {
        text = tr("Suspend %1").arg(partner->name);
        message = tr("Suspended %1 (%2); his links and coupons earn nothing until he is reactivated.")
                      .arg(partner->name, partner->code);
    } else if (partner->status == u"suspended") {
        text = tr("Reactivate %1").arg(partner->name);
        message = tr("Reactivated %1 (%2).").arg(partner->name, partner->code);
    } else {
        text = tr("Approve %1").arg(partner->name);
        message = tr("Approved %1 (%2).").arg(partner->name, partner->code);
    }
    pushCommand(new SetPartnerStatusCommand(this, *partner, status, text), tr("Partner Status"), message);
}

void PartnersPane::setRate()
{
    const std::optional<Affiliate> partner = selectedPartner();
    if (!partner)
        return;
    const int membership = PartnerDetailView::selectedRow(m_detail->membershipsTable());
    const Membership *selected = membership >= 0 ? m_detail->memberships()->membership(membership) : nullptr;
    SetRateDialog dialog(database(), *partner, selected ? selected->programId : 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_detail->reload();
    m_detail->tabs()->setCurrentWidget(m_detail->ratesTable());
    Q_EMIT booksChanged();
    Q_EMIT statusMessage(tr("Set the rates of %1 (%2).").arg(partner->name, partner->code));
}

void PartnersPane::joinProgram()
{
    const std::optional<Affiliate> partner = selectedPartner();
    if (!partner)
        return;
    // The active programs he is not an active member of.
    QList<Program> programs;
    const QList<Membership> memberships = ProgramStore(database()).membershipsOf(partner->id);
    for (const Program &program : ProgramStore(database()).list()) {
        const bool member = std::any_of(memberships.cbegin(), memberships.cend(), [&program](const Membership &m) {
            return m.programId == program.id && m.active;
        });
        if (program.active && !member)
            programs.append(program);
    }
    ProgramChoiceDialog dialog(ProgramChoiceDialog::Purpose::Join, *partner, programs, this);
    if (dialog.exec() != QDialog::Accepted || dialog.programId() == 0)
        return;
    const QString program = ProgramStore(database()).byId(dialog.programId())->name;
    if (pushCommand(new JoinProgramCommand(this, partner->id, dialog.programId(),
                                           tr("Join %1 to %2").arg(partner->name, program)),
                    tr("Join Program"), tr("%1 (%2) joined %3.").arg(partner->name, partner->code, program)))
        PartnerDetailView::selectRow(m_detail->membershipsTable(), m_detail->memberships()->rowOf(dialog.programId()));
}

void PartnersPane::leaveProgram()
{
    const std::optional<Affiliate> partner = selectedPartner();
    const Membership *selected =
        m_detail->memberships()->membership(PartnerDetailView::selectedRow(m_detail->membershipsTable()));
    if (!partner || !selected || !selected->active)
        return;
    const Membership membership = *selected;
    const auto answer =
        QMessageBox::question(this, tr("Leave Program"),
                              tr("End the membership of %1 in %2? His links stop earning in it; the transactions stay.")
                                  .arg(partner->name, membership.programName),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    pushCommand(
        new LeaveProgramCommand(this, membership, tr("%1 leaves %2").arg(partner->name, membership.programName)),
        tr("Leave Program"), tr("%1 left %2.").arg(partner->name, membership.programName));
}

void PartnersPane::makePrimary()
{
    const std::optional<Affiliate> partner = selectedPartner();
    const Membership *selected =
        m_detail->memberships()->membership(PartnerDetailView::selectedRow(m_detail->membershipsTable()));
    if (!partner || !selected || !selected->active || selected->primary)
        return;
    const Membership membership = *selected;
    qint64 previous = 0;
    for (int row = 0; row < m_detail->memberships()->rowCount(); ++row) {
        if (m_detail->memberships()->membership(row)->primary)
            previous = m_detail->memberships()->membership(row)->programId;
    }
    if (pushCommand(new SetPrimaryCommand(this, partner->id, previous, membership.programId,
                                          tr("Make %1 primary for %2").arg(membership.programName, partner->name)),
                    tr("Make Primary"),
                    tr("%1 is now the primary program of %2.").arg(membership.programName, partner->name)))
        PartnerDetailView::selectRow(m_detail->membershipsTable(),
                                     m_detail->memberships()->rowOf(membership.programId));
}

void PartnersPane::createCoupon()
{
    const std::optional<Affiliate> partner = selectedPartner();
    if (!partner)
        return;
    QList<Program> programs;
    for (const Membership &membership : ProgramStore(database()).membershipsOf(partner->id)) {
        const std::optional<Program> program = ProgramStore(database()).byId(membership.programId);
        if (membership.active && program && program->active)
            programs.append(*program);
    }
    ProgramChoiceDialog dialog(ProgramChoiceDialog::Purpose::Coupon, *partner, programs, this);
    while (dialog.exec() == QDialog::Accepted && dialog.programId() != 0) {
        auto *command = new CreateCouponCommand(this, partner->id, dialog.programId(), dialog.couponCode(),
                                                tr("Create a coupon for %1").arg(partner->name));
        if (const Status status = BookCommand::run(undoStack(), command); !status) {
            // Taken code, space in it: ask again with what was typed.
            QMessageBox::warning(this, tr("Create Coupon"), status.error());
            continue;
        }
        const auto *created = static_cast<const CreateCouponCommand *>(undoStack()->command(undoStack()->index() - 1));
        m_detail->tabs()->setCurrentWidget(m_detail->couponsTable());
        PartnerDetailView::selectRow(m_detail->couponsTable(), m_detail->coupons()->rowOfCode(created->code()));
        Q_EMIT statusMessage(tr("Created coupon %1 for %2.").arg(created->code(), partner->name));
        return;
    }
}

void PartnersPane::approveDomain()
{
    const std::optional<Affiliate> partner = selectedPartner();
    const DirectDomain *selected =
        m_detail->domains()->domain(PartnerDetailView::selectedRow(m_detail->domainsTable()));
    if (!partner || !selected || selected->verified)
        return;
    const QString domain = selected->domain;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("approveDomainDialog"));
    dialog.setWindowTitle(tr("Approve Domain Manually"));
    dialog.setLabelText(tr("Why may %1 be credited for visits from %2 without a network check? The reason goes "
                           "to the audit log.")
                            .arg(partner->name, domain));
    dialog.setOkButtonText(tr("&Approve"));
    dialog.resize(460, dialog.sizeHint().height());
    while (dialog.exec() == QDialog::Accepted) {
        // Not an undo command: the store has no way yet to withdraw a verification (that belongs to
        // the network verification), so the override stays, audited, until that exists.
        const Status status = AffiliateStore(database()).approveDomain(partner->id, domain, dialog.textValue());
        if (!status) {
            QMessageBox::warning(this, tr("Approve Domain Manually"), status.error());
            continue;
        }
        showPartner(partner->id);
        PartnerDetailView::selectRow(m_detail->domainsTable(), m_detail->domains()->rowOf(domain));
        Q_EMIT statusMessage(tr("Approved %1 for %2; the reason is in the audit log.").arg(domain, partner->name));
        Q_EMIT booksChanged();
        return;
    }
}

void PartnersPane::approveEmail()
{
    const std::optional<Affiliate> partner = selectedPartner();
    if (!partner || !partner->hasEmailRequest())
        return;
    pushCommand(new DecideEmailRequestCommand(
                    this, partner->id, true, {},
                    tr("Approve %1 as the payout e-mail of %2").arg(partner->requestedEmail, partner->name)),
                tr("Approve Payout E-mail"),
                tr("Payouts of %1 (%2) now go to %3.").arg(partner->name, partner->code, partner->requestedEmail));
}

void PartnersPane::rejectEmail()
{
    const std::optional<Affiliate> partner = selectedPartner();
    if (!partner || !partner->hasEmailRequest())
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("rejectEmailDialog"));
    dialog.setWindowTitle(tr("Reject Payout E-mail"));
    dialog.setLabelText(tr("Why are payouts of %1 not to go to %2? The reason goes to the audit log; they keep going "
                           "to %3.")
                            .arg(partner->name, partner->requestedEmail, partner->email));
    dialog.setOkButtonText(tr("&Reject"));
    dialog.resize(460, dialog.sizeHint().height());
    while (dialog.exec() == QDialog::Accepted) {
        if (pushCommand(new DecideEmailRequestCommand(
                            this, partner->id, false, dialog.textValue(),
                            tr("Reject %1 as the payout e-mail of %2").arg(partner->requestedEmail, partner->name)),
                        tr("Reject Payout E-mail"),
                        tr("Rejected %1 for %2; payouts keep going to %3.")
                            .arg(partner->requestedEmail, partner->name, partner->email)))
            return;
    }
}

void PartnersPane::showTransactions()
{
    if (const std::optional<Affiliate> partner = selectedPartner())
        Q_EMIT navigate(QStringLiteral("transactions"), {{QStringLiteral("affiliate"), partner->code}});
}

void PartnersPane::open(const QVariantMap &request)
{
    const QString code = request.value(QStringLiteral("affiliate")).toString();
    if (code.isEmpty())
        return;
    const std::optional<Affiliate> partner = AffiliateStore(database()).byCode(code);
    if (!partner) {
        Q_EMIT statusMessage(tr("There is no partner with the code %1.").arg(code));
        return;
    }
    if (selectPartner(partner->id))
        return;
    // Hidden by the search or the status filter: search for him instead.
    {
        const QSignalBlocker searchBlocker(m_searchEdit);
        const QSignalBlocker statusBlocker(m_statusCombo);
        m_searchEdit->setText(partner->code);
        m_statusCombo->setCurrentIndex(0);
    }
    applyFilter();
    selectPartner(partner->id);
}

} // namespace PartnerDesk
