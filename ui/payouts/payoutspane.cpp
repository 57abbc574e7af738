#include "payoutspane.h"

#include "backgroundtask.h"
#include "filedialogs.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/payoutbalancemodel.h"
#include "itemmodels/payoutbatchlistmodel.h"
#include "payoutpreviewdialog.h"
#include "progressbardelegate.h"
#include "rowhighlightdelegate.h"
#include "store/database.h"
#include "tableproxymodel.h"
#include "tablesetup.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <optional>
#include <utility>

namespace PartnerDesk {

namespace {

const QString splitterKey = QStringLiteral("PayoutsPane/splitter");
const QString batchSplitterKey = QStringLiteral("PayoutsPane/batchSplitter");
const QString balancesHeaderKey = QStringLiteral("PayoutsPane/balancesHeader");
const QString dueOnlyKey = QStringLiteral("PayoutsPane/dueOnly");
const QString searchKey = QStringLiteral("PayoutsPane/search");
const QString formatKey = QStringLiteral("PayoutsPane/format");

} // namespace

PayoutsPane::PayoutsPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_balances(new PayoutBalanceModel(database, this))
    , m_balancesProxy(new TableProxyModel(this))
{
    setObjectName(QStringLiteral("PayoutsPane"));
    m_balancesProxy->setSourceModel(m_balances);
    m_batchPanel = new PayoutBatchPanel(
        database,
        [this](const QString &caption, const QString &suggested, QString *format) {
            return chooseFile(caption, suggested, format);
        },
        this);
    connect(m_batchPanel, &PayoutBatchPanel::statusMessage, this, &Pane::statusMessage);
    connect(m_batchPanel, &PayoutBatchPanel::booksChanged, this, [this] {
        m_quietReload = true; // the panel's message stands
        reload();
        Q_EMIT booksChanged();
    });
    createActions();
    createViews();
    restoreLayout();
    connect(m_balances, &PayoutBalanceModel::loaded, this, &PayoutsPane::balancesLoaded);
    connect(m_balances, &PayoutBalanceModel::loadingChanged, this, &PayoutsPane::showBalanceCount);
    // Read when first shown: a pane the manager never opens costs nothing.
    invalidate();
    updateActions();
}

PayoutsPane::~PayoutsPane()
{
    saveLayout();
}

void PayoutsPane::createActions()
{
    m_previewAction =
        createAction(tr("&Preview Batch…"), QStringLiteral("previewBatchAction"), QStringLiteral("document-preview"));
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_previewAction->setToolTip(tr("Show exactly what the next payout batch would pay, without writing anything "
                                   "(Ctrl+B)"));
    connect(m_previewAction, &QAction::triggered, this, &PayoutsPane::previewBatch);

    m_showTransactionsAction = createAction(tr("Show &Transactions"), QStringLiteral("showPartnerTransactionsAction"),
                                            QStringLiteral("view-financial-list"));
    connect(m_showTransactionsAction, &QAction::triggered, this, [this] {
        if (const QString code = selectedAffiliateCode(); !code.isEmpty())
            Q_EMIT navigate(QStringLiteral("transactions"), {{QStringLiteral("affiliate"), code}});
    });
    m_showPartnerAction =
        createAction(tr("Show &Partner"), QStringLiteral("showBalancePartnerAction"), QStringLiteral("system-users"));
    connect(m_showPartnerAction, &QAction::triggered, this, [this] {
        if (const QString code = selectedAffiliateCode(); !code.isEmpty())
            Q_EMIT navigate(QStringLiteral("partners"), {{QStringLiteral("affiliate"), code}});
    });
    m_findAction = createAction(tr("&Find Partner"), QStringLiteral("findBalanceAction"), QStringLiteral("edit-find"));
    m_findAction->setShortcut(QKeySequence::Find);
}

void PayoutsPane::createViews()
{
    auto *toolBar = new QToolBar(tr("Payouts"), this);
    toolBar->setObjectName(QStringLiteral("payoutsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_previewAction);
    toolBar->addSeparator();
    toolBar->addAction(m_batchPanel->exportAction());
    toolBar->addAction(m_batchPanel->markPaidAction());
    toolBar->addSeparator();
    m_dueOnly = new QCheckBox(tr("&Due only"), toolBar);
    m_dueOnly->setObjectName(QStringLiteral("dueOnlyCheck"));
    m_dueOnly->setToolTip(tr("Show only the balances the next payout batch pays"));
    toolBar->addWidget(m_dueOnly);
    m_search = new QLineEdit(toolBar);
    m_search->setObjectName(QStringLiteral("balanceSearchEdit"));
    m_search->setPlaceholderText(tr("Find a partner by code, name or e-mail (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    toolBar->addWidget(m_search);
    connect(m_findAction, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // Filtering is in memory, but 30,000 rows re-sorted per keystroke would still stutter.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        const QString code = selectedAffiliateCode();
        m_balances->setSearch(m_search->text());
        selectPartner(code);
        showBalanceCount();
    });
    connect(m_dueOnly, &QCheckBox::toggled, this, [this](bool checked) {
        const QString code = selectedAffiliateCode();
        m_balances->setDueOnly(checked);
        selectPartner(code);
        showBalanceCount();
    });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("payoutsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createBalancesBox());
    m_splitter->addWidget(m_batchPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_splitter, 1);
}

QWidget *PayoutsPane::createBalancesBox()
{
    m_balancesLabel = new QLabel(this);
    m_balancesLabel->setObjectName(QStringLiteral("balancesLabel"));
    m_balancesTable = new QTableView(this);
    m_balancesTable->setObjectName(QStringLiteral("payoutBalancesTable"));
    setUpTable(m_balancesTable);
    m_balancesTable->setContextMenuPolicy(Qt::CustomContextMenu);
    m_balancesTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_balancesTable->setModel(m_balancesProxy);
    m_balancesTable->setSortingEnabled(true);
    m_balancesTable->sortByColumn(PayoutBalanceModel::Partner, Qt::AscendingOrder);
    m_balancesTable->setItemDelegate(new RowHighlightDelegate(PayoutBalanceModel::DueRole, m_balancesTable));
    m_balancesTable->setItemDelegateForColumn(
        PayoutBalanceModel::Progress,
        new ProgressBarDelegate(PayoutBalanceModel::ProgressRole, PayoutBalanceModel::DueRole, m_balancesTable));
    QHeaderView *header = m_balancesTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    fitHeaderTitles(m_balancesTable, 90);
    header->resizeSection(PayoutBalanceModel::Partner, 130);
    header->resizeSection(PayoutBalanceModel::Name, 200);
    header->resizeSection(PayoutBalanceModel::Currency, 70);
    header->resizeSection(PayoutBalanceModel::Progress, 160);
    connect(m_balancesTable, &QWidget::customContextMenuRequested, this, &PayoutsPane::showBalanceMenu);
    connect(m_balancesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PayoutsPane::updateActions);
    return labelled(m_balancesLabel, m_balancesTable, this);
}

void PayoutsPane::restoreLayout()
{
    const QSettings settings;
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_batchPanel->restoreState(settings.value(batchSplitterKey).toByteArray());
    m_balancesTable->horizontalHeader()->restoreState(settings.value(balancesHeaderKey).toByteArray());
    const QSignalBlocker blockDue(m_dueOnly);
    const QSignalBlocker blockSearch(m_search);
    m_dueOnly->setChecked(settings.value(dueOnlyKey, false).toBool());
    m_search->setText(settings.value(searchKey).toString());
    m_balances->setDueOnly(m_dueOnly->isChecked());
    m_balances->setSearch(m_search->text());
}

void PayoutsPane::saveLayout() const
{
    QSettings settings;
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(batchSplitterKey, m_batchPanel->saveState());
    settings.setValue(balancesHeaderKey, m_balancesTable->horizontalHeader()->saveState());
    settings.setValue(dueOnlyKey, m_dueOnly->isChecked());
    settings.setValue(searchKey, m_search->text());
}

void PayoutsPane::reload()
{
    if (!m_balances->isLoading()) {
        const QString code = selectedAffiliateCode();
        if (!code.isEmpty() && m_pendingAffiliate.isEmpty())
            m_pendingAffiliate = code;
    }
    m_balances->reloadInBackground();
    m_batchPanel->reload();
    updateActions();
}

bool PayoutsPane::isLoading() const
{
    return m_balances->isLoading();
}

void PayoutsPane::balancesLoaded()
{
    if (!m_pendingAffiliate.isEmpty()) {
        selectPartner(m_pendingAffiliate);
        m_pendingAffiliate.clear();
    }
    showBalanceCount();
    updateActions();
    // Told when the number of partners due changes (an import pushed some over their threshold),
    // not on every reload.
    const int partners = m_balances->duePartnerCount();
    const bool quiet = std::exchange(m_quietReload, false);
    if (partners == m_notifiedDuePartners)
        return;
    m_notifiedDuePartners = partners;
    if (quiet)
        return;
    Q_EMIT statusMessage(partners == 0
                             ? tr("No partner is due for a payout.")
                             : tr("Partners due for a payout: %1 (%2 balances). Preview the batch with "
                                  "Ctrl+B.")
                                   .arg(QLocale().toString(partners), QLocale().toString(m_balances->dueCount())));
}

void PayoutsPane::showBalanceCount()
{
    if (m_balances->isLoading()) {
        m_balancesLabel->setText(tr("Reading balances…"));
        return;
    }
    const QString shown = QLocale().toString(m_balances->rowCount());
    const QString total = QLocale().toString(m_balances->totalCount());
    const QString due = QLocale().toString(m_balances->dueCount());
    m_balancesLabel->setText(m_balances->rowCount() == m_balances->totalCount()
                                 ? tr("Balances: %1, of which %2 due").arg(total, due)
                                 : tr("Balances: %1 shown of %2, %3 due").arg(shown, total, due));
}

void PayoutsPane::open(const QVariantMap &request)
{
    const QString code = request.value(QStringLiteral("affiliate")).toString();
    if (code.isEmpty())
        return;
    // His rows may be filtered out: show them all.
    if (!m_search->text().isEmpty() || m_dueOnly->isChecked()) {
        m_searchTimer->stop();
        const QSignalBlocker blockDue(m_dueOnly);
        const QSignalBlocker blockSearch(m_search);
        m_dueOnly->setChecked(false);
        m_search->clear();
        m_balances->setDueOnly(false);
        m_balances->setSearch({});
    }
    if (m_balances->isLoading() || isStale()) {
        m_pendingAffiliate = code;
        return;
    }
    selectPartner(code);
    showBalanceCount();
}

void PayoutsPane::selectPartner(const QString &affiliateCode)
{
    if (affiliateCode.isEmpty())
        return;
    QItemSelection selection;
    for (const int row : m_balances->rowsOf(affiliateCode)) {
        const QModelIndex index = m_balancesProxy->mapFromSource(m_balances->index(row, 0));
        selection.select(index, index.siblingAtColumn(PayoutBalanceModel::Count - 1));
    }
    if (selection.isEmpty())
        return;
    m_balancesTable->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_balancesTable->selectionModel()->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
    m_balancesTable->scrollTo(selection.first().topLeft());
}

QString PayoutsPane::selectedAffiliateCode() const
{
    const QModelIndexList rows = m_balancesTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PayoutBalanceModel::AffiliateCodeRole).toString();
}

void PayoutsPane::updateActions()
{
    const bool partner = !selectedAffiliateCode().isEmpty();
    m_showTransactionsAction->setEnabled(partner);
    m_showPartnerAction->setEnabled(partner);
}

void PayoutsPane::showBalanceMenu(const QPoint &position)
{
    const QModelIndex index = m_balancesTable->indexAt(position);
    if (index.isValid() && !m_balancesTable->selectionModel()->isRowSelected(index.row(), {}))
        m_balancesTable->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(m_showTransactionsAction);
    menu.addAction(m_showPartnerAction);
    menu.addSeparator();
    menu.addAction(m_previewAction);
    menu.exec(m_balancesTable->viewport()->mapToGlobal(position));
}

QString PayoutsPane::chooseFile(const QString &caption, const QString &suggested, QString *format)
{
    const QString payPal = tr("PayPal mass pay (*.csv)");
    const QString csv = tr("CSV with every line (*.csv)");
    QString selected = *format == u"csv" ? csv : payPal;
    QString path = FileDialogs::saveFileName(this, caption, suggested, payPal + QStringLiteral(";;") + csv, &selected);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    *format = selected == csv ? QStringLiteral("csv") : QStringLiteral("paypal");
    return path;
}

void PayoutsPane::previewBatch()
{
    std::optional<Result<PayoutPreview>> preview;
    const Status ran = BackgroundTask::run(
        this, database().path(), tr("Payout Batch Preview"), tr("Working out what is due…"),
        [&preview](Database &db, const BackgroundTask::Progress &) { preview = PayoutStore(db).preview(); });
    if (!ran || !preview || !*preview) {
        QMessageBox::warning(this, tr("Payout Batch Preview"),
                             !ran      ? ran.error()
                             : preview ? preview->error()
                                       : tr("The preview failed."));
        return;
    }
    PayoutPreviewDialog dialog(preview->value(), QSettings().value(formatKey, QStringLiteral("paypal")).toString(),
                               this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createBatch(dialog.preview(), dialog.format());
}

void PayoutsPane::createBatch(const PayoutPreview &preview, QString format)
{
    const QString path = chooseFile(tr("Export Payout Batch %1").arg(preview.batchId),
                                    PayoutBatchPanel::suggestedPath(preview.batchId), &format);
    if (path.isEmpty())
        return;
    std::optional<Result<PayoutBatch>> created;
    const Status ran = BackgroundTask::run(
        this, database().path(), tr("Create Payout Batch"), tr("Creating payout batch %1…").arg(preview.batchId),
        [&](Database &db, const BackgroundTask::Progress &progress) {
            // The lines the manager saw, or nothing: books changed meanwhile refuse the batch.
            created = PayoutStore(db).createBatch(format, path, progress, preview.lines);
        });
    if (!ran || !created || !*created) {
        QMessageBox::warning(this, tr("Create Payout Batch"),
                             !ran      ? ran.error()
                             : created ? created->error()
                                       : tr("The batch was not created."));
        return;
    }
    // Not an undo command: the file has left PartnerDesk and the money may be on its way; undoing
    // the batch here could not call the payment back. A batch is corrected by the next one.
    QSettings().setValue(formatKey, format);
    PayoutBatchPanel::rememberFolder(path);
    const qint64 id = (*created)->id;
    m_quietReload = true;
    reload();
    m_batchPanel->selectBatch(id);
    Q_EMIT statusMessage(tr("Created payout batch %1 (%2) and wrote %3.")
                             .arg(id)
                             .arg(PayoutBatchListModel::totalsText(preview.totals), QDir::toNativeSeparators(path)));
    Q_EMIT booksChanged();
}

} // namespace PartnerDesk
