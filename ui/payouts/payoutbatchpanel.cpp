#include "payoutbatchpanel.h"

#include "backgroundtask.h"
#include "core/money.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/payoutbatchlistmodel.h"
#include "itemmodels/payoutlinemodel.h"
#include "store/database.h"
#include "store/payoutstore.h"
#include "tableproxymodel.h"
#include "tablesetup.h"
#include "themeicon.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <optional>

namespace PartnerDesk {

namespace {

const QString folderKey = QStringLiteral("PayoutsPane/folder");

} // namespace

PayoutBatchPanel::PayoutBatchPanel(Database &database, PathChooser choosePath, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_choosePath(std::move(choosePath))
    , m_batches(new PayoutBatchListModel(database, this))
    , m_batchesProxy(new TableProxyModel(this))
    , m_lines(new PayoutLineModel(this))
{
    setObjectName(QStringLiteral("payoutBatchPanel"));
    m_batchesProxy->setSourceModel(m_batches);
    createActions();

    auto *batchesLabel = new QLabel(tr("Payout batches"), this);
    m_batchesTable = new QTableView(this);
    m_batchesTable->setObjectName(QStringLiteral("batchesTable"));
    setUpTable(m_batchesTable);
    m_batchesTable->setContextMenuPolicy(Qt::CustomContextMenu);
    m_batchesTable->setModel(m_batchesProxy);
    m_batchesTable->setSortingEnabled(true);
    m_batchesTable->sortByColumn(PayoutBatchListModel::Batch, Qt::DescendingOrder);
    QHeaderView *header = m_batchesTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    fitHeaderTitles(m_batchesTable);
    header->resizeSection(PayoutBatchListModel::Created, 150);
    header->resizeSection(PayoutBatchListModel::PaidAt, 150);
    header->resizeSection(PayoutBatchListModel::Totals, 220);
    header->setStretchLastSection(true);
    connect(m_batchesTable, &QWidget::customContextMenuRequested, this, &PayoutBatchPanel::showMenu);
    connect(m_batchesTable, &QAbstractItemView::doubleClicked, this, &PayoutBatchPanel::exportBatchAgain);
    connect(m_batchesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showLines();
        updateActions();
    });

    m_linesLabel = new QLabel(this);
    m_linesLabel->setObjectName(QStringLiteral("batchLinesLabel"));
    m_linesTable = new QTableView(this);
    m_linesTable->setObjectName(QStringLiteral("batchLinesTable"));
    setUpTable(m_linesTable);
    m_linesTable->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *linesProxy = new TableProxyModel(this);
    linesProxy->setSourceModel(m_lines);
    m_linesTable->setModel(linesProxy);
    m_linesTable->setSortingEnabled(true);
    m_linesTable->sortByColumn(PayoutLineModel::Partner, Qt::AscendingOrder);
    m_linesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    fitHeaderTitles(m_linesTable);
    m_linesTable->horizontalHeader()->resizeSection(PayoutLineModel::Name, 160);
    m_linesTable->horizontalHeader()->resizeSection(PayoutLineModel::Email, 180);
    m_linesTable->horizontalHeader()->setStretchLastSection(true);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("batchSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(labelled(batchesLabel, m_batchesTable, this));
    m_splitter->addWidget(labelled(m_linesLabel, m_linesTable, this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    if (m_batchesProxy->rowCount() > 0)
        m_batchesTable->selectRow(0);
    showLines();
    updateActions();
}

PayoutBatchPanel::~PayoutBatchPanel() = default;

void PayoutBatchPanel::createActions()
{
    m_exportAction = new QAction(themeIcon(QStringLiteral("document-export")), tr("&Export Again…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportBatchAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setToolTip(tr("Write the selected batch to another file, as PayPal mass pay or CSV; the batch "
                                  "does not change"));
    connect(m_exportAction, &QAction::triggered, this, &PayoutBatchPanel::exportBatchAgain);
    addAction(m_exportAction);

    m_markPaidAction = new QAction(themeIcon(QStringLiteral("checkmark")), tr("&Mark Paid…"), this);
    m_markPaidAction->setObjectName(QStringLiteral("markPaidAction"));
    m_markPaidAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_markPaidAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_markPaidAction, &QAction::triggered, this, &PayoutBatchPanel::markBatchPaid);
    addAction(m_markPaidAction);
}

QByteArray PayoutBatchPanel::saveState() const
{
    return m_splitter->saveState();
}

void PayoutBatchPanel::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

void PayoutBatchPanel::reload()
{
    const qint64 batch = selectedBatchId();
    m_batches->reload();
    if (batch != 0 && m_batches->rowOf(batch) >= 0)
        selectBatch(batch);
    else if (m_batchesProxy->rowCount() > 0)
        m_batchesTable->selectRow(0);
    showLines();
    updateActions();
}

qint64 PayoutBatchPanel::selectedBatchId() const
{
    const QModelIndexList rows = m_batchesTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ModelRoles::IdRole).toLongLong();
}

void PayoutBatchPanel::selectBatch(qint64 batchId)
{
    const int row = m_batches->rowOf(batchId);
    if (row < 0)
        return;
    const QModelIndex index = m_batchesProxy->mapFromSource(m_batches->index(row, 0));
    m_batchesTable->selectRow(index.row());
    m_batchesTable->scrollTo(index);
}

void PayoutBatchPanel::showLines()
{
    const std::optional<PayoutBatchSummary> batch = m_batches->batch(selectedBatchId());
    if (!batch) {
        m_lines->setLines({});
        m_linesLabel->setText(tr("Select a batch to see its lines."));
        return;
    }
    m_lines->setLines(PayoutStore(m_database).batchLines(batch->id));
    m_linesLabel->setText(tr("Batch %1: %2 lines, %3 transactions, %4")
                              .arg(batch->id)
                              .arg(QLocale().toString(batch->lines), QLocale().toString(batch->transactions),
                                   PayoutBatchListModel::totalsText(batch->totals)));
}

void PayoutBatchPanel::updateActions()
{
    const std::optional<PayoutBatchSummary> batch = m_batches->batch(selectedBatchId());
    m_exportAction->setEnabled(batch.has_value());
    m_markPaidAction->setEnabled(batch && !batch->isPaid());
    m_markPaidAction->setToolTip(batch && batch->isPaid()
                                     ? tr("Batch %1 is already marked paid").arg(batch->id)
                                     : tr("Record that the selected batch was paid: only its own transactions"));
}

void PayoutBatchPanel::showMenu(const QPoint &position)
{
    const QModelIndex index = m_batchesTable->indexAt(position);
    if (index.isValid())
        m_batchesTable->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(m_exportAction);
    menu.addAction(m_markPaidAction);
    menu.exec(m_batchesTable->viewport()->mapToGlobal(position));
}

QString PayoutBatchPanel::suggestedPath(qint64 batchId)
{
    QString folder = QSettings().value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(QStringLiteral("payout-batch-%1.csv").arg(batchId));
}

void PayoutBatchPanel::rememberFolder(const QString &path)
{
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
}

void PayoutBatchPanel::exportBatchAgain()
{
    const std::optional<PayoutBatchSummary> batch = m_batches->batch(selectedBatchId());
    if (!batch)
        return;
    QString format = batch->format;
    const QString path =
        m_choosePath(tr("Export Payout Batch %1 Again").arg(batch->id), suggestedPath(batch->id), &format);
    if (path.isEmpty())
        return;
    // A batch has a line per partner and currency: quick to write, on this thread.
    if (const Status status = PayoutStore(m_database).exportBatch(batch->id, format, path); !status) {
        QMessageBox::warning(this, tr("Export Payout Batch"), status.error());
        return;
    }
    rememberFolder(path);
    Q_EMIT statusMessage(tr("Wrote payout batch %1 again to %2 (%3); the batch did not change.")
                             .arg(batch->id)
                             .arg(QDir::toNativeSeparators(path), PayoutBatchListModel::formatName(format)));
}

void PayoutBatchPanel::markBatchPaid()
{
    const std::optional<PayoutBatchSummary> batch = m_batches->batch(selectedBatchId());
    if (!batch || batch->isPaid())
        return;
    QStringList lines;
    for (const PayoutLine &line : PayoutStore(m_database).batchLines(batch->id)) {
        lines.append(tr("%1 (%2): %3, %4 transactions")
                         .arg(line.affiliateCode, line.name, Money(line.amountMinor, line.currency).toDisplayString(),
                              formatCount(line.transactions)));
    }
    QMessageBox box(QMessageBox::Question, tr("Mark Batch Paid"), tr("Mark payout batch %1 paid?").arg(batch->id),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("markPaidQuestion"));
    box.setInformativeText(tr("It pays %1 lines, %2 transactions: %3.\n\nOnly the transactions exported in this "
                              "batch are marked paid; commission approved since then waits for the next batch. "
                              "This cannot be undone.")
                               .arg(QLocale().toString(batch->lines), QLocale().toString(batch->transactions),
                                    PayoutBatchListModel::totalsText(batch->totals)));
    box.setDetailedText(lines.join(u'\n'));
    QPushButton *confirm = box.addButton(tr("Mark &Paid"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmMarkPaidButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;

    std::optional<Result<int>> paid;
    const Status ran = BackgroundTask::run(this, m_database.path(), tr("Mark Batch Paid"),
                                           tr("Marking payout batch %1 paid…").arg(batch->id),
                                           [&paid, id = batch->id](Database &db, const BackgroundTask::Progress &) {
                                               paid = PayoutStore(db).markPaid(id);
                                           });
    if (!ran || !paid || !*paid) {
        QMessageBox::warning(this, tr("Mark Batch Paid"),
                             !ran   ? ran.error()
                             : paid ? paid->error()
                                    : tr("The batch was not marked paid."));
        return;
    }
    // Not an undo command: it records money that left the company's account outside PartnerDesk.
    reload();
    selectBatch(batch->id);
    Q_EMIT statusMessage(
        tr("Marked payout batch %1 paid: %2 transactions.").arg(batch->id).arg(QLocale().toString(paid->value())));
    Q_EMIT booksChanged();
}

} // namespace PartnerDesk
