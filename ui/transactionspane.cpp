#include "transactionspane.h"

#include "itemmodels/modelroles.h"
#include "itemmodels/transactiontablemodel.h"
#include "store/affiliatestore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "store/programstore.h"
#include "transactiondetails.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <atomic>
#include <memory>

namespace PartnerDesk {

namespace {

const QString settingsGroup = QStringLiteral("TransactionsPane");
// A date edit at its minimum shows "any": no bound on that side.
const QDate anyDate(2000, 1, 1);
constexpr int filterDelayMs = 250;
constexpr int detailsDelayMs = 120;

const char *const kinds[] = {"manual", "coupon", "link", "rewrite", "direct", "reversal"};
const char *const statuses[] = {"pending", "approved", "cancelled", "paid"};

QDateEdit *createDateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(anyDate);
    edit->setSpecialValueText(TransactionsPane::tr("any"));
    edit->setDate(anyDate);
    return edit;
}

} // namespace

TransactionsPane::TransactionsPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_model(new TransactionTableModel(database, this))
    , m_filterTimer(new QTimer(this))
    , m_detailsTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("TransactionsPane"));
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(filterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &TransactionsPane::applyFilter);
    // Keyboard scrolling through rows should not explain every order it passes.
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(detailsDelayMs);
    connect(m_detailsTimer, &QTimer::timeout, this, &TransactionsPane::showDetails);

    createActions();
    createViews();
    restoreSettings();
    connect(m_model, &TransactionTableModel::countChanged, this, &TransactionsPane::updateCount);
    updateActions();
    // Nothing is read until the pane is first shown.
    invalidate();
}

TransactionsPane::~TransactionsPane()
{
    saveSettings();
}

QAction *TransactionsPane::createAction(const QString &text, const QString &objectName, const QString &iconName)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, this);
    action->setObjectName(objectName);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
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

QWidget *TransactionsPane::createFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("transactionsFilterBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 4, 6, 4);

    m_partnerEdit = new QLineEdit(bar);
    m_partnerEdit->setObjectName(QStringLiteral("partnerFilter"));
    m_partnerEdit->setPlaceholderText(tr("Partner code"));
    m_partnerEdit->setClearButtonEnabled(true);
    m_partnerEdit->setToolTip(tr("Only this partner's transactions: the exact partner code (or id)"));
    m_programCombo = new QComboBox(bar);
    m_programCombo->setObjectName(QStringLiteral("programFilter"));
    m_kindCombo = new QComboBox(bar);
    m_kindCombo->setObjectName(QStringLiteral("kindFilter"));
    m_statusCombo = new QComboBox(bar);
    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_currencyCombo = new QComboBox(bar);
    m_currencyCombo->setObjectName(QStringLiteral("currencyFilter"));
    m_fromEdit = createDateEdit(QStringLiteral("fromDateFilter"), bar);
    m_fromEdit->setToolTip(tr("Placed on or after this day (UTC)"));
    m_toEdit = createDateEdit(QStringLiteral("toDateFilter"), bar);
    m_toEdit->setToolTip(tr("Placed on or before this day (UTC)"));
    m_orderEdit = new QLineEdit(bar);
    m_orderEdit->setObjectName(QStringLiteral("orderFilter"));
    m_orderEdit->setPlaceholderText(tr("Order ID starts with…"));
    m_orderEdit->setClearButtonEnabled(true);
    m_clearButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-clear")), tr("Clear"), bar);
    m_clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(m_clearButton, &QPushButton::clicked, this, &TransactionsPane::clearFilters);

    m_kindCombo->addItem(tr("All kinds"), QString());
    for (const char *kind : kinds)
        m_kindCombo->addItem(TransactionTableModel::kindName(QString::fromLatin1(kind)), QString::fromLatin1(kind));
    m_statusCombo->addItem(tr("All statuses"), QString());
    for (const char *status : statuses) {
        m_statusCombo->addItem(TransactionTableModel::statusName(QString::fromLatin1(status)),
                               QString::fromLatin1(status));
    }
    fillChoices();

    layout->addWidget(m_partnerEdit, 2);
    layout->addWidget(m_programCombo, 2);
    layout->addWidget(m_kindCombo, 1);
    layout->addWidget(m_statusCombo, 1);
    layout->addWidget(m_currencyCombo, 1);
    layout->addWidget(new QLabel(tr("From"), bar));
    layout->addWidget(m_fromEdit);
    layout->addWidget(new QLabel(tr("to"), bar));
    layout->addWidget(m_toEdit);
    layout->addWidget(m_orderEdit, 2);
    layout->addWidget(m_clearButton);

    const auto later = [this] {
        m_filterTimer->start();
    };
    connect(m_partnerEdit, &QLineEdit::textChanged, this, later);
    connect(m_orderEdit, &QLineEdit::textChanged, this, later);
    for (QComboBox *combo : {m_programCombo, m_kindCombo, m_statusCombo, m_currencyCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, later);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        connect(edit, &QDateEdit::dateChanged, this, later);
    // Enter applies at once.
    for (QLineEdit *edit : {m_partnerEdit, m_orderEdit})
        connect(edit, &QLineEdit::returnPressed, this, &TransactionsPane::applyFilter);
    return bar;
}

void TransactionsPane::fillChoices()
{
    // Programs and currencies change elsewhere; keep what is chosen.
    const qint64 program = m_programCombo->currentData().toLongLong();
    const QString currency = m_currencyCombo->currentData().toString();
    const QSignalBlocker programBlocker(m_programCombo);
    const QSignalBlocker currencyBlocker(m_currencyCombo);
    m_programCombo->clear();
    m_currencyCombo->clear();
    m_programCombo->addItem(tr("All programs"), qint64(0));
    m_currencyCombo->addItem(tr("All currencies"), QString());
    QStringList currencies;
    for (const Program &each : ProgramStore(database()).list()) {
        m_programCombo->addItem(each.name, each.id);
        if (!currencies.contains(each.currency))
            currencies.append(each.currency);
    }
    currencies.sort();
    for (const QString &each : std::as_const(currencies))
        m_currencyCombo->addItem(each, each);
    m_programCombo->setCurrentIndex(qMax(0, m_programCombo->findData(program)));
    m_currencyCombo->setCurrentIndex(qMax(0, m_currencyCombo->findData(currency)));
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
        {TransactionTableModel::PlacedAt, 130},
        {TransactionTableModel::OrderId, 110},
        {TransactionTableModel::PartnerCode, 100},
        {TransactionTableModel::PartnerName, 170},
        {TransactionTableModel::Program, 130},
        {TransactionTableModel::Kind, 80},
        {TransactionTableModel::Base, 90},
        {TransactionTableModel::Rate, 60},
        {TransactionTableModel::Commission, 90},
        {TransactionTableModel::Currency, 70},
        {TransactionTableModel::TransactionStatus, 90},
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
    layout->addWidget(createFilterBar());
    layout->addWidget(m_splitter, 1);
}

void TransactionsPane::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    const QSignalBlocker partner(m_partnerEdit), order(m_orderEdit), program(m_programCombo), kind(m_kindCombo),
        status(m_statusCombo), currency(m_currencyCombo), from(m_fromEdit), to(m_toEdit);
    m_partnerEdit->setText(settings.value(QStringLiteral("partner")).toString());
    m_orderEdit->setText(settings.value(QStringLiteral("order")).toString());
    const auto choose = [&settings](QComboBox *combo, const QString &key) {
        combo->setCurrentIndex(qMax(0, combo->findData(settings.value(key))));
    };
    choose(m_programCombo, QStringLiteral("program"));
    choose(m_kindCombo, QStringLiteral("kind"));
    choose(m_statusCombo, QStringLiteral("status"));
    choose(m_currencyCombo, QStringLiteral("currency"));
    m_fromEdit->setDate(settings.value(QStringLiteral("from"), anyDate).toDate());
    m_toEdit->setDate(settings.value(QStringLiteral("to"), anyDate).toDate());
}

void TransactionsPane::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("partner"), m_partnerEdit->text());
    settings.setValue(QStringLiteral("order"), m_orderEdit->text());
    settings.setValue(QStringLiteral("program"), m_programCombo->currentData());
    settings.setValue(QStringLiteral("kind"), m_kindCombo->currentData());
    settings.setValue(QStringLiteral("status"), m_statusCombo->currentData());
    settings.setValue(QStringLiteral("currency"), m_currencyCombo->currentData());
    settings.setValue(QStringLiteral("from"), m_fromEdit->date());
    settings.setValue(QStringLiteral("to"), m_toEdit->date());
}

TransactionFilter TransactionsPane::filterFromBar() const
{
    TransactionFilter filter;
    const QString partner = m_partnerEdit->text().trimmed();
    if (!partner.isEmpty()) {
        const AffiliateStore affiliates(database());
        std::optional<Affiliate> found = affiliates.byCode(partner);
        bool numeric = false;
        const qint64 id = partner.toLongLong(&numeric);
        if (!found && numeric)
            found = affiliates.byId(id);
        filter.affiliateId = found ? found->id : -1; // -1: nobody, so nothing matches
    }
    filter.programId = m_programCombo->currentData().toLongLong();
    filter.kind = m_kindCombo->currentData().toString();
    filter.status = m_statusCombo->currentData().toString();
    filter.currency = m_currencyCombo->currentData().toString();
    if (m_fromEdit->date() != anyDate)
        filter.from = m_fromEdit->date();
    if (m_toEdit->date() != anyDate)
        filter.to = m_toEdit->date();
    filter.orderIdPrefix = m_orderEdit->text().trimmed();
    return filter;
}

void TransactionsPane::applyFilter()
{
    m_filterTimer->stop();
    const TransactionFilter filter = filterFromBar();
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
    resetBar();
    applyFilter();
}

void TransactionsPane::resetBar()
{
    for (QLineEdit *edit : {m_partnerEdit, m_orderEdit}) {
        const QSignalBlocker blocker(edit);
        edit->clear();
    }
    for (QComboBox *combo : {m_programCombo, m_kindCombo, m_statusCombo, m_currencyCombo}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        const QSignalBlocker blocker(edit);
        edit->setDate(anyDate);
    }
}

void TransactionsPane::reload()
{
    fillChoices();
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
    resetBar();
    {
        const QSignalBlocker partner(m_partnerEdit), orderBlocker(m_orderEdit);
        m_partnerEdit->setText(affiliate);
        m_orderEdit->setText(order);
    }
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
    if (m_unknownPartner)
        text = tr("No partner has the code %1.").arg(m_partnerEdit->text().trimmed());
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Transactions"), start, tr("CSV files (*.csv)"));
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
    std::atomic_bool cancelled = false;
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });

    std::optional<Result<qint64>> result;
    const TransactionFilter filter = m_model->filter();
    const auto sort = TransactionSort(m_model->sortColumn());
    const Qt::SortOrder order = m_model->sortOrder();
    const QString databasePath = database().path();
    // The export reads through a connection of its own, on its own thread.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = TransactionQuery::exportCsvFile(databasePath, filter, sort, order, path, [&](qint64 done) {
            if (total > 0) {
                const int step = static_cast<int>(qMin(done, total) * steps / total);
                QMetaObject::invokeMethod(
                    &progress, [&progress, step] { progress.setValue(step); }, Qt::QueuedConnection);
            }
            return !cancelled;
        });
    }));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    const bool wasCancelled = cancelled; // closing the dialog says "canceled" too
    progress.close();

    if (wasCancelled) {
        Q_EMIT statusMessage(tr("Export cancelled; nothing was written."));
        return false;
    }
    if (!result || !*result) {
        QMessageBox::warning(this, tr("Export Transactions"), result ? result->error() : tr("The export failed."));
        return false;
    }
    Q_EMIT statusMessage(
        tr("Exported %1 transactions to %2.").arg(QLocale().toString(result->value()), QDir::toNativeSeparators(path)));
    return true;
}

} // namespace PartnerDesk
