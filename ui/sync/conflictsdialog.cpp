#include "conflictsdialog.h"

#include "itemmodels/conflictfieldmodel.h"
#include "itemmodels/conflictlistmodel.h"
#include "rowhighlightdelegate.h"
#include "sync/conflictstore.h"
#include "tablesetup.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

ConflictsDialog::ConflictsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_list(new ConflictListModel(this))
    , m_fields(new ConflictFieldModel(this))
{
    setObjectName(u"ConflictsDialog"_s);
    setWindowTitle(tr("Sync Conflicts"));

    m_listView = new QTableView(this);
    m_listView->setObjectName(u"conflictList"_s);
    m_listView->setModel(m_list);
    setUpTable(m_listView);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->horizontalHeader()->setStretchLastSection(true);
    fitHeaderTitles(m_listView, 90);

    m_fieldView = new QTableView(this);
    m_fieldView->setObjectName(u"conflictFields"_s);
    m_fields->setDescribe(
        [this](const QString &table, const QString &uid) { return ConflictStore(m_database).describeRow(table, uid); });
    m_fieldView->setModel(m_fields);
    setUpTable(m_fieldView);
    m_fieldView->setItemDelegate(new RowHighlightDelegate(ConflictFieldModel::DiffersRole, m_fieldView));
    m_fieldView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(u"conflictsSplitter"_s);
    m_splitter->addWidget(m_listView);
    m_splitter->addWidget(m_fieldView);
    m_splitter->setStretchFactor(1, 2);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"conflictSummary"_s);
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    m_keepMine = new QPushButton(tr("&Keep Mine"), this);
    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_keepMine->setToolTip(tr("Send this desktop's version to the central database at the next sync"));
    m_takeTheirs = new QPushButton(tr("&Take Theirs"), this);
    m_takeTheirs->setObjectName(u"takeTheirsButton"_s);
    m_takeTheirs->setToolTip(tr("Replace this desktop's version with the central one"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_takeTheirs, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(Choice::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { choose(Choice::TakeTheirs); });
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConflictsDialog::showCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    resize(900, 480);
    QSettings settings;
    restoreGeometry(settings.value(u"ConflictsDialog/geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"ConflictsDialog/splitter"_s).toByteArray());
    reload();
}

ConflictsDialog::~ConflictsDialog()
{
    QSettings settings;
    settings.setValue(u"ConflictsDialog/geometry"_s, saveGeometry());
    settings.setValue(u"ConflictsDialog/splitter"_s, m_splitter->saveState());
}

void ConflictsDialog::reload()
{
    m_list->setConflicts(ConflictStore(m_database).list());
    if (m_list->rowCount() > 0)
        m_listView->selectRow(0);
    showCurrent();
}

int ConflictsDialog::currentRow() const
{
    const QModelIndex current = m_listView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ConflictsDialog::showCurrent()
{
    const int row = currentRow();
    m_fields->setConflict(row >= 0 ? std::optional<SyncConflict>(m_list->conflict(row)) : std::nullopt);
    m_keepMine->setEnabled(row >= 0);
    m_takeTheirs->setEnabled(row >= 0);
    if (m_list->rowCount() == 0) {
        m_summary->setText(tr("No sync conflicts wait for you: this desktop and the central database agree."));
        return;
    }
    QString text = tr("%n row(s) changed both here and in the central database since the last sync. Nothing is "
                      "overwritten until you choose which version to keep.",
                      nullptr, int(m_list->rowCount()));
    if (row >= 0 && m_list->conflict(row).isKeyClash())
        text += u' ' + tr("This desktop and another one each added this row: the central database keeps one row "
                          "per key, so only one of the two can stay.");
    else if (row >= 0 && m_fields->localDeleted())
        text += u' ' + tr("This desktop deleted the row.");
    else if (row >= 0 && m_fields->centralDeleted())
        text += u' ' + tr("The central database deleted the row.");
    m_summary->setText(text);
}

void ConflictsDialog::choose(Choice choice)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const SyncConflict conflict = m_list->conflict(row);
    const QString what =
        tr("%1 “%2”").arg(ConflictListModel::tableTitle(conflict.table), ConflictListModel::rowTitle(conflict));
    const QString question =
        conflict.isKeyClash()
            ? (choice == Choice::KeepMine
                   ? tr("Keep this desktop's %1? At the next sync it replaces the row another desktop added in the "
                        "central database (central version %2); the rows that refer to it follow.")
                         .arg(what)
                         .arg(conflict.centralVersion)
                   : tr("Take the central database's %1? This desktop's row becomes the one another desktop added, "
                        "with its values; the rows that refer to it follow.")
                         .arg(what))
        : choice == Choice::KeepMine
            ? tr("Keep this desktop's version of %1? It is sent to the central database at the next sync, over "
                 "the central version %2.")
                  .arg(what)
                  .arg(conflict.centralVersion)
            : tr("Take the central database's version of %1? The central values replace this desktop's, and the "
                 "local change is dropped.")
                  .arg(what);
    QMessageBox box(QMessageBox::Question, windowTitle(), question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(u"confirmConflictChoice"_s);
    box.button(QMessageBox::Yes)->setText(choice == Choice::KeepMine ? tr("Keep Mine") : tr("Take Theirs"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    ConflictStore store(m_database);
    const Status status = choice == Choice::KeepMine ? store.keepMine(conflict.id) : store.takeTheirs(conflict.id);
    if (!status) {
        m_error->setText(status.error());
        m_error->show();
    } else {
        m_error->clear();
        m_error->hide();
        m_choiceMade = true;
    }
    reload();
}

} // namespace PartnerDesk
