#include "fraudreviewpane.h"

#include "core/money.h"
#include "holddecisiondialog.h"
#include "itemmodels/heldtransactionmodel.h"
#include "itemmodels/modelroles.h"
#include "tableproxymodel.h"
#include "tablesetup.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

const QString headerKey = QStringLiteral("FraudReviewPane/header");

} // namespace

FraudReviewPane::FraudReviewPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_model(new HeldTransactionModel(database, this))
    , m_proxy(new TableProxyModel(this))
{
    setObjectName(QStringLiteral("FraudReviewPane"));
    createActions();

    auto *toolBar = new QToolBar(tr("Fraud Review"), this);
    toolBar->setObjectName(QStringLiteral("fraudReviewToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_clearAction);
    toolBar->addAction(m_cancelAction);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("heldCountLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setWordWrap(true);
    auto *countRow = new QHBoxLayout;
    countRow->setContentsMargins(8, 4, 8, 4);
    countRow->addWidget(m_countLabel, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelRoles::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("heldTable"));
    m_table->setModel(m_proxy);
    setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HeldTransactionModel::Placed, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(HeldTransactionModel::Order, 90);
    m_table->setColumnWidth(HeldTransactionModel::Placed, 90);
    m_table->setColumnWidth(HeldTransactionModel::Partner, 170);
    m_table->setColumnWidth(HeldTransactionModel::Program, 140);
    m_table->setColumnWidth(HeldTransactionModel::Kind, 70);
    m_table->setColumnWidth(HeldTransactionModel::Commission, 100);
    m_table->setColumnWidth(HeldTransactionModel::Rule, 120);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addAction(m_clearAction);
        menu.addAction(m_cancelAction);
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FraudReviewPane::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addLayout(countRow);
    layout->addWidget(m_table, 1);

    m_table->horizontalHeader()->restoreState(QSettings().value(headerKey).toByteArray());
    reload();
}

FraudReviewPane::~FraudReviewPane()
{
    QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
}

void FraudReviewPane::createActions()
{
    m_clearAction = createAction(tr("C&lear…"), QStringLiteral("clearHoldAction"), QStringLiteral("dialog-ok"));
    m_clearAction->setToolTip(tr("Let the selected transaction go on as normal: approved when its approval hold "
                                 "passed, then paid"));
    connect(m_clearAction, &QAction::triggered, this, &FraudReviewPane::clearSelected);
    m_cancelAction =
        createAction(tr("&Cancel Commission…"), QStringLiteral("cancelHoldAction"), QStringLiteral("dialog-cancel"));
    m_cancelAction->setToolTip(tr("Cancel the selected transaction's commission: the partner is not paid for it"));
    connect(m_cancelAction, &QAction::triggered, this, &FraudReviewPane::cancelSelected);
}

void FraudReviewPane::reload()
{
    const std::optional<HeldTransaction> selected = selectedHeld();
    m_model->reload();
    const int held = m_model->rowCount();
    if (held == 0) {
        m_countLabel->setText(tr("No transaction is held: the fraud rules flagged nothing that waits for a decision."));
    } else {
        QStringList totals;
        if (const Result<QList<HeldTotal>> byCurrency = HoldStore(database()).heldTotals()) {
            for (const HeldTotal &total : *byCurrency)
                totals.append(Money(total.commissionMinor, total.currency).toDisplayString());
        }
        m_countLabel->setText(tr("Held for review: %1 transactions, %2. Held commission is neither approved nor paid "
                                 "until you clear it.")
                                  .arg(QLocale().toString(held), totals.join(QStringLiteral(", "))));
    }
    if (selected)
        showOrder(selected->orderId);
    if (!selectedHeld() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
}

void FraudReviewPane::open(const QVariantMap &request)
{
    if (const QString order = request.value(QStringLiteral("order")).toString(); !order.isEmpty())
        showOrder(order);
}

std::optional<HeldTransaction> FraudReviewPane::selectedHeld() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const HeldTransaction *held = m_model->record(m_proxy->mapToSource(rows.first()).row());
    return held ? std::optional<HeldTransaction>(*held) : std::nullopt;
}

void FraudReviewPane::showOrder(const QString &orderId)
{
    const int row = m_model->rowOf(orderId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    updateActions();
}

void FraudReviewPane::updateActions()
{
    const bool selected = selectedHeld().has_value();
    m_clearAction->setEnabled(selected);
    m_cancelAction->setEnabled(selected);
}

void FraudReviewPane::clearSelected()
{
    decide(true);
}

void FraudReviewPane::cancelSelected()
{
    decide(false);
}

void FraudReviewPane::decide(bool clear)
{
    const std::optional<HeldTransaction> held = selectedHeld();
    if (!held)
        return;
    HoldDecisionDialog dialog(*held, clear ? HoldDecisionDialog::Decision::Clear : HoldDecisionDialog::Decision::Cancel,
                              this);
    while (dialog.exec() == QDialog::Accepted) {
        HoldStore store(database());
        const Status status =
            clear ? store.clear(held->orderId, dialog.reason()) : store.cancel(held->orderId, dialog.reason());
        if (!status) {
            QMessageBox::warning(this, clear ? tr("Clear Held Transaction") : tr("Cancel Held Transaction"),
                                 status.error());
            continue;
        }
        reload();
        Q_EMIT booksChanged();
        Q_EMIT statusMessage(
            clear ? tr("Cleared the hold on order %1 of %2.").arg(held->orderId, held->affiliateCode)
                  : tr("Cancelled the commission on order %1 of %2.").arg(held->orderId, held->affiliateCode));
        return;
    }
}

} // namespace PartnerDesk
