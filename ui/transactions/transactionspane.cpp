#include "transactionspane.h"

#include "core/backgroundjob.h"
#include "filedialogs.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/transactiontablemodel.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "transactiondetails.h"
#include "transactionfilterbar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <memory>

namespace PartnerDesk {

namespace {

const QString settingsGroup = QStringLiteral("TransactionsPane");
const QString partnerSettingsGroup = QStringLiteral("TransactionsPane/partnerMode");
constexpr int detailsDelayMs = 120;

} // namespace

TransactionsPane::TransactionsPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : TransactionsPane(database, undoStack, std::nullopt, parent)
{}

TransactionsPane::TransactionsPane(Database &database, QUndoStack *undoStack, const std::optional<Affiliate> &partner,
                                   QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_model(new TransactionTableModel(database, this))
    , m_filterBar(new TransactionFilterBar(database, this))
    , m_detailsTimer(new QTimer(this))
    , m_partner(partner)
{
    setObjectName(QStringLiteral("TransactionsPane"));
    if (m_partner)
        m_filterBar->lockToPartner(m_partner->id);
    connect(m_filterBar, &TransactionFilterBar::changed, this, &TransactionsPane::applyFilter);
    // Keyboard scrolling through rows should not explain every order it passes.
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(detailsDelayMs);
    connect(m_detailsTimer, &QTimer::timeout, this, &TransactionsPane::showDetails);

    createActions();
    createViews();
    restoreSettings();
    if (m_partner) {
        // Every row is his: the partner columns say nothing, and managing orders is not his job.
        m_table->hideColumn(TransactionTableModel::PartnerCode);
        m_table->hideColumn(TransactionTableModel::PartnerName);
        m_assignAction->setVisible(false);
        m_showPartnerAction->setVisible(false);
        m_explainAction->setText(tr("&Details"));
        m_explainAction->setToolTip(tr("Show how the selected order came to you (Ctrl+I)"));
        m_details->setPlaceholderText(tr("Select a transaction to see how its order came to you."));
    }
    connect(m_model, &TransactionTableModel::countChanged, this, &TransactionsPane::updateCount);
    updateActions();
    // Nothing is read until the pane is first shown.
    invalidate();
}

TransactionsPane::~TransactionsPane()
{
    saveSettings();
}

void TransactionsPane::createActions()
{
    m_copyAction = createAction(tr("&Copy Order ID"), QStringLiteral("copyOrderIdAction"), QStringLiteral("edit-copy"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setToolTip(tr("Copy the selected order's id (Ctrl+C)"));
    connect(m_copyAction, &QAction::triggered, this, &TransactionsPane::copyOrderId);

    m_explainAction = createAction(tr("&Explain"), QStringLiteral("explainAction"), QStringLiteral("help-contextual"));
    m_explainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_explainAction->setToolTip(tr("Show which attribution rule won the selected order, and why (Ctrl+I)"));
    connect(m_explainAction, &QAction::triggered, this, [this] {
        m_splitter->setSizes({2, 1}); // a collapsed detail panel opens again
        showDetails();
    });

    m_assignAction =
        createAction(tr("&Assign Manually…"), QStringLiteral("assignManuallyAction"), QStringLiteral("document-edit"));
    m_assignAction->setToolTip(tr("Assign the selected order to a partner by hand"));
    connect(m_assignAction, &QAction::triggered, this, [this] {
        if (const std::optional<TransactionListRow> row = selectedTransaction())
            Q_EMIT navigate(QStringLiteral("assignments"), {{QStringLiteral("order"), row->orderId}});
    });

    m_showPartnerAction =
        createAction(tr("Show &Partner"), QStringLiteral("showPartnerAction"), QStringLiteral("user-identity"));
    m_showPartnerAction->setToolTip(tr("Open the selected transaction's partner in the Partners pane"));
    connect(m_showPartnerAction, &QAction::triggered, this, [this] {
        if (const std::optional<TransactionListRow> row = selectedTransaction())
            Q_EMIT navigate(QStringLiteral("partners"), {{QStringLiteral("affiliate"), row->affiliateCode}});
    });

    m_exportAction =
        createAction(tr("E&xport CSV…"), QStringLiteral("exportTransactionsAction"), QStringLiteral("document-export"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export the transactions the filter shows as CSV (Ctrl+Shift+E)"));
    connect(m_exportAction, &QAction::triggered, this, &TransactionsPane::chooseExportFile);

    m_clearAction =
        createAction(tr("C&lear Filters"), QStringLiteral("clearFiltersAction"), QStringLiteral("edit-clear"));
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_clearAction->setToolTip(tr("Show every transaction again (Ctrl+Shift+L)"));
    connect(m_clearAction, &QAction::triggered, this, &TransactionsPane::clearFilters);
}

void TransactionsPane::createViews()
{
    auto *toolBar = new QToolBar(tr("Transactions"), this);
    toolBar->setObjectName(QStringLiteral("transactionsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_explainAction);
    toolBar->addAction(m_assignAction);
    toolBar->addAction(m_showPartnerAction);
    toolBar->addSeparator();
    toolBar->addAction(m_exportAction);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("transactionCountLabel"));
    m_countLabel->setContentsMargins(12, 0, 6, 0);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_countLabel);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("transactionsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // Rows of one fixed height: the view never measures a million of them.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_table->setModel(m_model);
    const std::pair<int, int> widths[] = {
        {TransactionTableModel::PlacedAt, 118},
        {TransactionTableModel::OrderId, 90},
        {TransactionTableModel::PartnerCode, 76},
        {TransactionTableModel::PartnerName, 140},
        {TransactionTableModel::Program, 116},
        {TransactionTableModel::Kind, 64},
        {TransactionTableModel::Base, 80},
        {TransactionTableModel::Rate, 52},
        {TransactionTableModel::Commission, 84},
        {TransactionTableModel::Currency, 62},
        {TransactionTableModel::TransactionStatus, 76},
    };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // The header's clicks sort in SQL, through the model's sort().
    header->setSortIndicator(TransactionTableModel::PlacedAt, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    // After a sort the old scroll position means nothing; start at the top of the new order.
    connect(header, &QHeaderView::sortIndicatorChanged, m_table, &QAbstractItemView::scrollToTop);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &TransactionsPane::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, m_explainAction, &QAction::trigger);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        m_detailsTimer->start();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        m_detailsTimer->start();
    });

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("transactionDetails"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a transaction to see which rule attributed its order, and why."));

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("transactionsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
}

void TransactionsPane::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(m_partner ? partnerSettingsGroup : settingsGroup);
    // The table gets the larger part until the user moves the handle; the explainer of a
    // transaction (rules, reasons, history) needs room too.
    if (!m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({450, 350});
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    m_filterBar->restoreSettings(settings);
}

void TransactionsPane::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(m_partner ? partnerSettingsGroup : settingsGroup);
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    m_filterBar->saveSettings(settings);
}

void TransactionsPane::applyFilter()
{
    const TransactionFilter filter = m_filterBar->filter();
    m_unknownPartner = filter.affiliateId < 0;
    if (m_loaded && filter == m_model->filter())
        return;
    m_loaded = true;
    m_model->setFilter(filter);
    if (!m_model->lastError().isEmpty())
        Q_EMIT statusMessage(m_model->lastError());
}

void TransactionsPane::clearFilters()
{
    m_filterBar->reset();
    applyFilter();
}

void TransactionsPane::reload()
{
    m_filterBar->fillChoices();
    if (!m_loaded) {
        applyFilter();
        return;
    }
    const std::optional<TransactionListRow> selected = selectedTransaction();
    const int row = m_table->currentIndex().row();
    m_model->reload();
    // The rows around the selection are read again; the same transaction is usually still there.
    if (selected && row >= 0) {
        const QModelIndex same = m_model->index(row, 0);
        if (same.data(ModelRoles::IdRole).toLongLong() == selected->id)
            selectRow(row);
        else if (const int moved = m_model->rowOf(selected->id); moved >= 0)
            selectRow(moved);
    }
}

void TransactionsPane::open(const QVariantMap &request)
{
    const QString affiliate = request.value(QStringLiteral("affiliate")).toString();
    const QString order = request.value(QStringLiteral("order")).toString();
    if (affiliate.isEmpty() && order.isEmpty())
        return;
    if (m_partner && !affiliate.isEmpty() && QString::compare(affiliate, m_partner->code, Qt::CaseInsensitive) != 0) {
        Q_EMIT statusMessage(tr("This window shows only your own transactions."));
        return;
    }
    m_filterBar->reset(affiliate, order);
    applyFilter();
    if (!order.isEmpty())
        selectOrder(order);
    m_table->setFocus();
}

void TransactionsPane::selectOrder(const QString &orderId)
{
    // The order's live transaction when it has one, else its first.
    int first = -1;
    for (int row = 0; row < m_model->rowCount() && row < TransactionTableModel::pageSize; ++row) {
        const std::optional<TransactionListRow> transaction = m_model->transactionAt(row);
        if (!transaction || transaction->orderId != orderId)
            continue;
        if (first < 0)
            first = row;
        if (!transaction->superseded && transaction->kind != u"reversal") {
            first = row;
            break;
        }
    }
    if (first >= 0)
        selectRow(first);
    else
        Q_EMIT statusMessage(tr("Order %1 has no transaction.").arg(orderId));
}

void TransactionsPane::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

std::optional<TransactionListRow> TransactionsPane::selectedTransaction() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->transactionAt(rows.first().row());
}

void TransactionsPane::updateCount()
{
    const QString count = QLocale().toString(m_model->rowCount());
    QString text;
    if (m_partner && !m_model->isCountKnown())
        text = tr("%1+ of your transactions, counting…").arg(count);
    else if (m_partner)
        text = tr("%1 of your transactions").arg(count);
    else if (m_unknownPartner)
        text = tr("No partner has the code %1.").arg(m_filterBar->partnerText());
    else if (!m_model->isCountKnown())
        text = tr("%1+ transactions, counting…").arg(count);
    else if (m_model->filter().isEmpty())
        text = tr("%1 transactions").arg(count);
    else
        text = tr("%1 match").arg(count);
    m_countLabel->setText(text);
    m_exportAction->setEnabled(m_model->rowCount() > 0);
}

void TransactionsPane::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    for (QAction *action : {m_copyAction, m_explainAction, m_assignAction, m_showPartnerAction})
        action->setEnabled(selected);
}

void TransactionsPane::showDetails()
{
    m_detailsTimer->stop();
    const std::optional<TransactionListRow> row = selectedTransaction();
    if (!row) {
        m_details->clear();
        return;
    }
    const LedgerStore ledger(database());
    if (m_partner) {
        QList<TransactionRow> his = ledger.transactionsOf(row->orderId);
        his.removeIf([this](const TransactionRow &each) { return each.affiliateCode != m_partner->code; });
        m_details->setHtml(TransactionDetails::partnerHtml(*row, his));
        return;
    }
    m_details->setHtml(
        TransactionDetails::html(row->orderId, ledger.explain(row->orderId), ledger.transactionsOf(row->orderId),
                                 AuditLog(database().connection()).entries(QStringLiteral("order"), row->orderId)));
}

void TransactionsPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (index.isValid())
        selectRow(index.row());
    QMenu menu(this);
    menu.addAction(m_copyAction);
    menu.addAction(m_explainAction);
    menu.addSeparator();
    menu.addAction(m_assignAction);
    menu.addAction(m_showPartnerAction);
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.addAction(m_clearAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void TransactionsPane::copyOrderId()
{
    const std::optional<TransactionListRow> row = selectedTransaction();
    if (!row)
        return;
    QApplication::clipboard()->setText(row->orderId);
    Q_EMIT statusMessage(tr("Copied order ID %1.").arg(row->orderId));
}

void TransactionsPane::chooseExportFile()
{
    const QString start =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/transactions.csv");
    const QString path = FileDialogs::saveFileName(this, tr("Export Transactions"), start, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool TransactionsPane::exportCsv(const QString &path)
{
    static constexpr int steps = 1000;
    const qint64 total = m_model->isCountKnown() ? m_model->rowCount() : 0;
    QProgressDialog progress(tr("Exporting transactions to %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"), 0,
                             total > 0 ? steps : 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export Transactions"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    BackgroundJob<Result<qint64>> job;
    connect(&progress, &QProgressDialog::canceled, &progress, [&job] { job.cancel(); });

    const TransactionFilter filter = m_model->filter();
    const auto sort = TransactionSort(m_model->sortColumn());
    const Qt::SortOrder order = m_model->sortOrder();
    // The export reads through a connection of its own, on the job's thread.
    const Result<qint64> result = job.runAndWait(
        [databasePath = database().path(), filter, sort, order, path, total](JobControl &control) {
            return TransactionQuery::exportCsvFile(
                databasePath, filter, sort, order, path,
                [&control, total](qint64 done) { return control.progress(done, total); });
        },
        [&progress](int value, int maximum) {
            if (maximum > 0)
                progress.setValue(value * steps / maximum);
        });
    const bool wasCancelled = job.isCancelled(); // closing the dialog says "canceled" too
    progress.close();

    if (wasCancelled) {
        Q_EMIT statusMessage(tr("Export cancelled; nothing was written."));
        return false;
    }
    if (!result) {
        QMessageBox::warning(this, tr("Export Transactions"), result.error());
        return false;
    }
    Q_EMIT statusMessage(
        tr("Exported %1 transactions to %2.").arg(QLocale().toString(result.value()), QDir::toNativeSeparators(path)));
    return true;
}

} // namespace PartnerDesk
