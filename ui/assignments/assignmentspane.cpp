#include "assignmentspane.h"

#include "assigncommand.h"
#include "assigndialog.h"
#include "backgroundtask.h"
#include "core/explanation.h"
#include "core/timestamp.h"
#include "filedialogs.h"
#include "itemmodels/assignmentordermodel.h"
#include "itemmodels/auditlogmodel.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "tableproxymodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

const QString splitterKey = QStringLiteral("AssignmentsPane/splitter");
const QString ordersSplitterKey = QStringLiteral("AssignmentsPane/ordersSplitter");
const QString ordersHeaderKey = QStringLiteral("AssignmentsPane/ordersHeader");
const QString auditHeaderKey = QStringLiteral("AssignmentsPane/auditHeader");
const QString unattributedOnlyKey = QStringLiteral("AssignmentsPane/unattributedOnly");
const QString auditActionKey = QStringLiteral("AssignmentsPane/auditAction");
const QString auditActorKey = QStringLiteral("AssignmentsPane/auditActor");
const QString auditReasonKey = QStringLiteral("AssignmentsPane/auditReason");
constexpr int typingDelay = 250; // ms after the last key before a search runs
const QDate anyDate(2000, 1, 1); // a date edit at its minimum means "no limit"

// Rows of one fixed height: the view never measures them, which keeps long tables fast.
void setUpTable(QTableView *table, QAbstractItemView::SelectionMode mode)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(mode);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

QDateEdit *dateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(anyDate);
    edit->setSpecialValueText(AssignmentsPane::tr("any"));
    edit->setDate(anyDate);
    return edit;
}

std::optional<qint64> dayStart(const QDate &date, int addDays = 0)
{
    if (date <= anyDate)
        return std::nullopt;
    return Timestamp::parseDate(date.addDays(addDays).toString(Qt::ISODate));
}

} // namespace

AssignmentsPane::AssignmentsPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_orders(new AssignmentOrderModel(database, this))
    , m_audit(new AuditLogModel(database, this))
    , m_searchTimer(new QTimer(this))
    , m_auditTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("AssignmentsPane"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(typingDelay);
    connect(m_searchTimer, &QTimer::timeout, this, &AssignmentsPane::applyOrdersFilter);
    m_auditTimer->setSingleShot(true);
    m_auditTimer->setInterval(typingDelay);
    connect(m_auditTimer, &QTimer::timeout, this, &AssignmentsPane::applyAuditFilter);

    createActions();
    auto *toolBar = new QToolBar(tr("Manual Assignments"), this);
    toolBar->setObjectName(QStringLiteral("assignmentsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_assignAction);
    toolBar->addAction(m_explainAction);
    toolBar->addSeparator();
    toolBar->addAction(m_exportAction);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("assignmentsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createOrdersBox());
    m_splitter->addWidget(createAuditBox());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_splitter, 1);

    restoreLayout();
    refreshAuditChoices();
    applyOrdersFilter();
    applyAuditFilter();
    updateActions();
}

AssignmentsPane::~AssignmentsPane()
{
    saveLayout();
}

void AssignmentsPane::createActions()
{
    m_assignAction = createAction(tr("&Assign…"), QStringLiteral("assignAction"), QStringLiteral("document-edit"));
    m_assignAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_assignAction->setToolTip(tr("Assign the selected orders to a partner, with a reason (Ctrl+Enter)"));
    connect(m_assignAction, &QAction::triggered, this, &AssignmentsPane::assignSelected);

    m_explainAction =
        createAction(tr("E&xplain"), QStringLiteral("explainOrderAction"), QStringLiteral("help-contextual"));
    m_explainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_explainAction->setToolTip(tr("Which rule credits the selected order, and why not the others (Ctrl+I)"));
    connect(m_explainAction, &QAction::triggered, this, &AssignmentsPane::explainSelected);

    m_exportAction = createAction(tr("&Export Audit Log as CSV…"), QStringLiteral("exportAuditAction"),
                                  QStringLiteral("document-export"));
    m_exportAction->setToolTip(tr("Save the audit entries the filter shows as a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &AssignmentsPane::exportAuditLog);

    m_findAction = createAction(tr("&Find Order"), QStringLiteral("findOrderAction"), QStringLiteral("edit-find"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
}

QWidget *AssignmentsPane::createOrdersBox()
{
    auto *box = new QWidget(this);
    m_searchEdit = new QLineEdit(box);
    m_searchEdit->setObjectName(QStringLiteral("ordersSearchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Exact order id, customer e-mail, coupon or partner code (Ctrl+F)"));
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &AssignmentsPane::applyOrdersFilter);

    m_unattributedOnlyCheck = new QCheckBox(tr("&Unattributed only"), box);
    m_unattributedOnlyCheck->setObjectName(QStringLiteral("unattributedOnlyCheck"));
    m_unattributedOnlyCheck->setToolTip(
        tr("Untick to see every order, to reassign one that a partner is credited with"));
    m_unattributedOnlyCheck->setChecked(true);
    connect(m_unattributedOnlyCheck, &QCheckBox::toggled, this, &AssignmentsPane::applyOrdersFilter);

    m_ordersLabel = new QLabel(box);
    m_ordersLabel->setObjectName(QStringLiteral("ordersCountLabel"));

    m_ordersTable = new QTableView(box);
    m_ordersTable->setObjectName(QStringLiteral("ordersTable"));
    setUpTable(m_ordersTable, QAbstractItemView::ExtendedSelection);
    m_ordersTable->setModel(m_orders);
    QHeaderView *header = m_ordersTable->horizontalHeader();
    header->resizeSection(AssignmentOrderModel::OrderId, 110);
    header->resizeSection(AssignmentOrderModel::Placed, 140);
    header->resizeSection(AssignmentOrderModel::CustomerEmail, 200);
    header->resizeSection(AssignmentOrderModel::Partner, 200);
    header->setStretchLastSection(true);
    m_ordersTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ordersTable, &QWidget::customContextMenuRequested, this, &AssignmentsPane::showContextMenu);
    connect(m_ordersTable, &QAbstractItemView::doubleClicked, this, &AssignmentsPane::assignSelected);
    connect(m_ordersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateOrdersLabel();
    });
    connect(m_orders, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateOrdersLabel();
    });
    connect(m_orders, &AssignmentOrderModel::countsChanged, this, &AssignmentsPane::updateOrdersLabel);

    m_explainView = new QPlainTextEdit(box);
    m_explainView->setObjectName(QStringLiteral("explainView"));
    m_explainView->setReadOnly(true);
    m_explainView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_explainView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_explainView->setPlaceholderText(tr("Select an order and choose Explain to see which rule credits it."));

    m_ordersSplitter = new QSplitter(Qt::Horizontal, box);
    m_ordersSplitter->setObjectName(QStringLiteral("ordersSplitter"));
    m_ordersSplitter->addWidget(m_ordersTable);
    m_ordersSplitter->addWidget(m_explainView);
    m_ordersSplitter->setStretchFactor(0, 3);
    m_ordersSplitter->setStretchFactor(1, 1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_unattributedOnlyCheck);
    bar->addWidget(m_ordersLabel);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_ordersSplitter, 1);
    return box;
}

QWidget *AssignmentsPane::createAuditBox()
{
    auto *box = new QWidget(this);
    auto *title = new QLabel(tr("<b>Audit log</b>"), box);
    m_actionCombo = new QComboBox(box);
    m_actionCombo->setObjectName(QStringLiteral("auditActionCombo"));
    m_actionCombo->setToolTip(tr("Only entries of this action"));
    m_actorCombo = new QComboBox(box);
    m_actorCombo->setObjectName(QStringLiteral("auditActorCombo"));
    m_actorCombo->setToolTip(tr("Only entries by this user"));
    m_entityIdEdit = new QLineEdit(box);
    m_entityIdEdit->setObjectName(QStringLiteral("auditEntityIdEdit"));
    m_entityIdEdit->setPlaceholderText(tr("Order or other id"));
    m_entityIdEdit->setClearButtonEnabled(true);
    m_reasonEdit = new QLineEdit(box);
    m_reasonEdit->setObjectName(QStringLiteral("auditReasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("Words in the reason"));
    m_reasonEdit->setClearButtonEnabled(true);
    m_fromEdit = dateEdit(QStringLiteral("auditFromEdit"), box);
    m_fromEdit->setToolTip(tr("From this day (UTC)"));
    m_toEdit = dateEdit(QStringLiteral("auditToEdit"), box);
    m_toEdit->setToolTip(tr("To this day, inclusive (UTC)"));
    m_auditLabel = new QLabel(box);
    m_auditLabel->setObjectName(QStringLiteral("auditCountLabel"));

    for (QComboBox *combo : {m_actionCombo, m_actorCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &AssignmentsPane::applyAuditFilter);
    for (QLineEdit *edit : {m_entityIdEdit, m_reasonEdit})
        connect(edit, &QLineEdit::textChanged, m_auditTimer, qOverload<>(&QTimer::start));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        connect(edit, &QDateEdit::dateChanged, this, &AssignmentsPane::applyAuditFilter);

    m_auditTable = new QTableView(box);
    m_auditTable->setObjectName(QStringLiteral("auditTable"));
    setUpTable(m_auditTable, QAbstractItemView::SingleSelection);
    // Through the proxy that paints ModelRoles::AttentionRole: rows a partner's login wrote stand out.
    auto *auditProxy = new TableProxyModel(m_auditTable);
    auditProxy->setSourceModel(m_audit);
    m_auditTable->setModel(auditProxy);
    QHeaderView *header = m_auditTable->horizontalHeader();
    header->resizeSection(AuditLogModel::At, 140);
    header->resizeSection(AuditLogModel::Login, 150);
    header->resizeSection(AuditLogModel::Action, 120);
    header->resizeSection(AuditLogModel::Before, 220);
    header->resizeSection(AuditLogModel::After, 220);
    header->setStretchLastSection(true);
    connect(m_audit, &QAbstractItemModel::modelReset, this, &AssignmentsPane::updateAuditLabel);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addWidget(m_actionCombo);
    bar->addWidget(m_actorCombo);
    bar->addWidget(m_entityIdEdit, 1);
    bar->addWidget(m_reasonEdit, 1);
    bar->addWidget(new QLabel(tr("From:"), box));
    bar->addWidget(m_fromEdit);
    bar->addWidget(new QLabel(tr("To:"), box));
    bar->addWidget(m_toEdit);
    bar->addWidget(m_auditLabel);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_auditTable, 1);
    return box;
}

void AssignmentsPane::restoreLayout()
{
    const QSettings settings;
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_ordersSplitter->restoreState(settings.value(ordersSplitterKey).toByteArray());
    m_ordersTable->horizontalHeader()->restoreState(settings.value(ordersHeaderKey).toByteArray());
    m_auditTable->horizontalHeader()->restoreState(settings.value(auditHeaderKey).toByteArray());
    const QSignalBlocker blocker(m_unattributedOnlyCheck);
    m_unattributedOnlyCheck->setChecked(settings.value(unattributedOnlyKey, true).toBool());
    const QSignalBlocker reasonBlocker(m_reasonEdit);
    m_reasonEdit->setText(settings.value(auditReasonKey).toString());
}

void AssignmentsPane::saveLayout() const
{
    QSettings settings;
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(ordersSplitterKey, m_ordersSplitter->saveState());
    settings.setValue(ordersHeaderKey, m_ordersTable->horizontalHeader()->saveState());
    settings.setValue(auditHeaderKey, m_auditTable->horizontalHeader()->saveState());
    settings.setValue(unattributedOnlyKey, m_unattributedOnlyCheck->isChecked());
    settings.setValue(auditActionKey, m_actionCombo->currentData().toString());
    settings.setValue(auditActorKey, m_actorCombo->currentData().toString());
    settings.setValue(auditReasonKey, m_reasonEdit->text());
}

void AssignmentsPane::reload()
{
    m_orders->reload();
    refreshAuditChoices();
    m_audit->reload();
}

void AssignmentsPane::open(const QVariantMap &request)
{
    const QString orderId = request.value(QStringLiteral("order")).toString().trimmed();
    if (orderId.isEmpty())
        return;
    {
        const QSignalBlocker checkBlocker(m_unattributedOnlyCheck);
        const QSignalBlocker searchBlocker(m_searchEdit);
        m_unattributedOnlyCheck->setChecked(false);
        m_searchEdit->setText(orderId);
    }
    applyOrdersFilter();
    {
        const QSignalBlocker blocker(m_entityIdEdit);
        m_entityIdEdit->setText(orderId);
    }
    applyAuditFilter();
    const int row = m_orders->rowOf(orderId);
    if (row < 0) {
        Q_EMIT statusMessage(tr("There is no order %1.").arg(orderId));
        return;
    }
    m_ordersTable->selectRow(row);
    m_ordersTable->scrollTo(m_orders->index(row, 0));
    m_ordersTable->setFocus();
}

void AssignmentsPane::applyOrdersFilter()
{
    m_searchTimer->stop();
    m_orders->setFilter({m_searchEdit->text(), m_unattributedOnlyCheck->isChecked()});
    m_explainView->clear();
}

AuditFilter AssignmentsPane::auditFilter() const
{
    AuditFilter filter;
    filter.action = m_actionCombo->currentData().toString();
    filter.actor = m_actorCombo->currentData().toString();
    filter.entityId = m_entityIdEdit->text().trimmed();
    filter.reasonText = m_reasonEdit->text().trimmed();
    filter.from = dayStart(m_fromEdit->date());
    filter.to = dayStart(m_toEdit->date(), 1);
    return filter;
}

void AssignmentsPane::applyAuditFilter()
{
    m_auditTimer->stop();
    const AuditFilter filter = auditFilter();
    if (filter == m_audit->filter() && m_audit->rowCount() > 0)
        return;
    m_audit->setFilter(filter);
}

void AssignmentsPane::refreshAuditChoices()
{
    const QSettings settings;
    auto fill = [](QComboBox *combo, const QString &all, const QStringList &values, const QString &wanted) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &value : values)
            combo->addItem(value, value);
        combo->setCurrentIndex(qMax(0, combo->findData(wanted)));
    };
    const QString action = m_actionCombo->count() > 0 ? m_actionCombo->currentData().toString()
                                                      : settings.value(auditActionKey).toString();
    const QString actor =
        m_actorCombo->count() > 0 ? m_actorCombo->currentData().toString() : settings.value(auditActorKey).toString();
    fill(m_actionCombo, tr("All actions"), m_audit->query().actions(), action);
    fill(m_actorCombo, tr("Everyone"), m_audit->query().actors(), actor);
}

void AssignmentsPane::updateOrdersLabel()
{
    const OrderCounts &counts = m_orders->counts();
    QString text = !m_orders->countsKnown() ? tr("Counting orders…")
                   : m_orders->filter().search.isEmpty()
                       ? tr("%1 unattributed of %2 orders")
                             .arg(QLocale().toString(counts.unattributed), QLocale().toString(counts.total))
                       : tr("%1 matching orders, %2 unattributed")
                             .arg(QLocale().toString(counts.total), QLocale().toString(counts.unattributed));
    const qsizetype selected = m_ordersTable->selectionModel()->selectedRows().size();
    if (selected > 0)
        text += QStringLiteral(" · ") + tr("%1 selected").arg(QLocale().toString(selected));
    m_ordersLabel->setText(text);
}

void AssignmentsPane::updateAuditLabel()
{
    m_auditLabel->setText(tr("Entries: %1").arg(QLocale().toString(m_audit->matching())));
    m_exportAction->setEnabled(m_audit->matching() > 0);
}

void AssignmentsPane::updateActions()
{
    const qsizetype selected = m_ordersTable->selectionModel()->selectedRows().size();
    m_assignAction->setEnabled(selected > 0);
    m_explainAction->setEnabled(selected == 1);
}

void AssignmentsPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ordersTable->indexAt(position);
    if (index.isValid() && !m_ordersTable->selectionModel()->isRowSelected(index.row(), {}))
        m_ordersTable->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(m_assignAction);
    menu.addAction(m_explainAction);
    menu.exec(m_ordersTable->viewport()->mapToGlobal(position));
}

QList<OrderToAssign> AssignmentsPane::selectedOrders() const
{
    QModelIndexList rows = m_ordersTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<OrderToAssign> orders;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const OrderToAssign *order = m_orders->order(index.row()))
            orders.append(*order);
    }
    return orders;
}

void AssignmentsPane::assignSelected()
{
    const QList<OrderToAssign> orders = selectedOrders();
    if (orders.isEmpty())
        return;
    AssignDialog dialog(database(), orders, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AssignmentRequest request;
    for (const OrderToAssign &order : orders)
        request.orderIds.append(order.orderId);
    request.affiliateId = dialog.partner().id;
    request.reason = dialog.reason();
    request.amountMinor = dialog.amountMinor();
    const std::optional<QList<ReplacedAssignment>> replaced = assignInBackground(request);
    if (!replaced)
        return;
    const QString partner = tr("%1 (%2)").arg(dialog.partner().name, dialog.partner().code);
    undoStack()->push(new AssignCommand(this, request, *replaced, partner));
    Q_EMIT statusMessage(replaced->size() == 1
                             ? tr("Assigned order %1 to %2.").arg(replaced->first().orderId, partner)
                             : tr("Assigned %1 orders to %2.").arg(QLocale().toString(replaced->size()), partner));
}

std::optional<QList<ReplacedAssignment>> AssignmentsPane::assignInBackground(const AssignmentRequest &request)
{
    QList<ReplacedAssignment> replaced;
    const Result<bool> done = BackgroundTask::run(
        database().path(), tr("Assigning %1 orders…").arg(QLocale().toString(request.orderIds.size())),
        BackgroundTask::Cancel::Allowed, this, [&](Database &db, const BackgroundTask::Progress &progress) -> Status {
            const Result<QList<ReplacedAssignment>> written = AssignmentStore(db).assign(request, progress);
            if (!written)
                return Status::failure(written.error());
            replaced = *written;
            return Done{};
        });
    if (!done) {
        QMessageBox::warning(this, tr("Assign Orders"), done.error());
        return std::nullopt;
    }
    if (!*done) {
        Q_EMIT statusMessage(tr("Assignment cancelled; nothing was written."));
        return std::nullopt;
    }
    booksWritten();
    return replaced;
}

bool AssignmentsPane::restoreAssignments(const QList<ReplacedAssignment> &replaced, const QString &reason)
{
    const Result<bool> done = BackgroundTask::run(
        database().path(), tr("Undoing the assignment of %1 orders…").arg(QLocale().toString(replaced.size())),
        BackgroundTask::Cancel::NotAllowed, this, [&](Database &db, const BackgroundTask::Progress &progress) {
            return AssignmentStore(db).restore(replaced, reason, progress);
        });
    if (!done || !*done) {
        QMessageBox::warning(this, tr("Undo Assignment"),
                             tr("The assignment cannot be undone, and nothing was changed: %1")
                                 .arg(done ? tr("cancelled") : done.error()));
        return false;
    }
    booksWritten();
    Q_EMIT statusMessage(tr("Undone: %1 orders are back where they were; the audit log records it.")
                             .arg(QLocale().toString(replaced.size())));
    return true;
}

void AssignmentsPane::booksWritten()
{
    m_ordersTable->clearSelection();
    reload();
    Q_EMIT booksChanged();
}

void AssignmentsPane::explainSelected()
{
    const QList<OrderToAssign> orders = selectedOrders();
    if (orders.size() != 1)
        return;
    const Result<Explanation> explanation = LedgerStore(database()).explain(orders.first().orderId);
    if (!explanation) {
        m_explainView->setPlainText(explanation.error());
        return;
    }
    m_explainView->setPlainText(explanationText(*explanation));
}

void AssignmentsPane::exportAuditLog()
{
    const QString start =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/partnerdesk-audit.csv");
    const QString path = FileDialogs::saveFileName(this, tr("Export Audit Log"), start, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportAuditLogTo(path);
}

void AssignmentsPane::exportAuditLogTo(const QString &path)
{
    const AuditFilter filter = auditFilter();
    qint64 written = 0;
    const Result<bool> done =
        BackgroundTask::run(database().path(), tr("Exporting the audit log…"), BackgroundTask::Cancel::Allowed, this,
                            [&](Database &db, const BackgroundTask::Progress &progress) -> Status {
                                const Result<qint64> rows = AuditLogQuery(db).exportCsv(filter, path, progress);
                                if (!rows)
                                    return Status::failure(rows.error());
                                written = *rows;
                                return Done{};
                            });
    if (!done) {
        QMessageBox::warning(this, tr("Export Audit Log"), done.error());
        return;
    }
    if (!*done) {
        Q_EMIT statusMessage(tr("Export cancelled; no file was written."));
        return;
    }
    Q_EMIT statusMessage(
        tr("Exported %1 audit entries to %2.").arg(QLocale().toString(written), QDir::toNativeSeparators(path)));
}

} // namespace PartnerDesk
