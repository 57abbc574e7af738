#include "requestspane.h"

#include "bookcommand.h"
#include "core/money.h"
#include "decisiondialog.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/requesttablemodel.h"
#include "requestcommands.h"
#include "store/affiliatestore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "tableproxymodel.h"
#include "tablesetup.h"
#include "transactiondetails.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

const QString splitterKey = QStringLiteral("RequestsPane/splitter");
const QString headerKey = QStringLiteral("RequestsPane/header");

QString escaped(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString factRow(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), escaped(value));
}

} // namespace

RequestsPane::RequestsPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_model(new RequestTableModel(database, this))
    , m_proxy(new TableProxyModel(this))
{
    setObjectName(QStringLiteral("RequestsPane"));
    createActions();

    auto *toolBar = new QToolBar(tr("Requests"), this);
    toolBar->setObjectName(QStringLiteral("requestsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_approveAction);
    toolBar->addAction(m_approveChangesAction);
    toolBar->addAction(m_rejectAction);

    m_stateCombo = new QComboBox(this);
    m_stateCombo->setObjectName(QStringLiteral("stateCombo"));
    m_stateCombo->addItem(tr("Waiting"), QStringLiteral("waiting"));
    m_stateCombo->addItem(tr("Approved"), QStringLiteral("approved"));
    m_stateCombo->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_stateCombo->addItem(tr("All"), QStringLiteral("all"));
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &RequestsPane::filterChanged);
    auto *show = new QLabel(tr("&Show:"), this);
    show->setBuddy(m_stateCombo);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("requestCountLabel"));
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(8, 4, 8, 4);
    filterRow->addWidget(show);
    filterRow->addWidget(m_stateCombo);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_countLabel, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelRoles::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("requestsTable"));
    m_table->setModel(m_proxy);
    setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestTableModel::Filed, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RequestTableModel::Kind, 110);
    m_table->setColumnWidth(RequestTableModel::Partner, 170);
    m_table->setColumnWidth(RequestTableModel::Asked, 260);
    m_table->setColumnWidth(RequestTableModel::Why, 200);
    m_table->setColumnWidth(RequestTableModel::Filed, 90);
    m_table->setColumnWidth(RequestTableModel::State, 100);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addAction(m_approveAction);
        menu.addAction(m_approveChangesAction);
        menu.addAction(m_rejectAction);
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_approveAction->isEnabled())
            approve();
    });
    // The selection, not the current index: it changes after the current row does.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RequestsPane::showSelected);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("requestDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select a request to see what it asks for and why."));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("requestsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);

    const QSettings settings;
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(headerKey).toByteArray());
    filterChanged();
}

RequestsPane::~RequestsPane()
{
    QSettings settings;
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(headerKey, m_table->horizontalHeader()->saveState());
}

void RequestsPane::createActions()
{
    m_approveAction = createAction(tr("&Approve"), QStringLiteral("approveRequestAction"), QStringLiteral("dialog-ok"));
    m_approveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approveAction->setToolTip(tr("Make what the selected request asks for (Ctrl+Enter): the assignment, the vanity "
                                   "link, the partner or the payout e-mail"));
    connect(m_approveAction, &QAction::triggered, this, &RequestsPane::approve);
    m_approveChangesAction = createAction(tr("Approve with &Changes…"), QStringLiteral("approveWithChangesAction"),
                                          QStringLiteral("document-edit"));
    m_approveChangesAction->setToolTip(tr("Approve with a note for the partner; a vanity link under another path"));
    connect(m_approveChangesAction, &QAction::triggered, this, &RequestsPane::approveWithChanges);
    m_rejectAction =
        createAction(tr("&Reject…"), QStringLiteral("rejectRequestAction"), QStringLiteral("dialog-cancel"));
    m_rejectAction->setToolTip(tr("Turn the selected request down, with a reason the partner reads"));
    connect(m_rejectAction, &QAction::triggered, this, &RequestsPane::reject);
}

void RequestsPane::reload()
{
    const std::optional<PartnerRequest> selected = selectedRequest();
    m_model->reload();
    const int waiting = RequestStore(database()).waitingCount();
    m_countLabel->setText(waiting == 0 ? tr("No request waits for a decision.")
                                       : tr("Waiting for a decision: %1.").arg(QLocale().toString(waiting)));
    if (selected)
        showRequest(selected->kind, selected->id);
    else if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    showSelected();
}

void RequestsPane::filterChanged()
{
    const QString state = m_stateCombo->currentData().toString();
    std::optional<RequestState> filter;
    if (state == u"waiting")
        filter = RequestState::Waiting;
    else if (state == u"approved")
        filter = RequestState::Approved;
    else if (state == u"rejected")
        filter = RequestState::Rejected;
    m_model->setFilter(filter);
    reload();
}

void RequestsPane::open(const QVariantMap &request)
{
    if (const QString state = request.value(QStringLiteral("state")).toString(); !state.isEmpty()) {
        const int index = m_stateCombo->findData(state);
        if (index >= 0)
            m_stateCombo->setCurrentIndex(index);
    }
    if (const QString id = request.value(QStringLiteral("request")).toString(); !id.isEmpty()) {
        if (const std::optional<PartnerRequest> found = RequestStore(database()).byDisplayId(id))
            showRequest(found->kind, found->id);
    }
}

std::optional<PartnerRequest> RequestsPane::selectedRequest() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const PartnerRequest *request = m_model->record(m_proxy->mapToSource(rows.first()).row());
    return request ? std::optional<PartnerRequest>(*request) : std::nullopt;
}

void RequestsPane::showRequest(RequestKind kind, qint64 id)
{
    int row = m_model->rowOf(kind, id);
    if (row < 0 && m_stateCombo->currentData().toString() != u"all") {
        // Decided, it left the Waiting list: shown among all, where undo and redo can be seen.
        const QSignalBlocker blocker(m_stateCombo);
        m_stateCombo->setCurrentIndex(m_stateCombo->findData(QStringLiteral("all")));
        m_model->setFilter(std::nullopt);
        row = m_model->rowOf(kind, id);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showSelected();
}

void RequestsPane::showSelected()
{
    const std::optional<PartnerRequest> request = selectedRequest();
    if (!request)
        m_detail->clear();
    else
        m_detail->setHtml(detailHtml(*request));
    updateActions();
}

void RequestsPane::updateActions()
{
    const std::optional<PartnerRequest> request = selectedRequest();
    const bool waiting = request && request->state == RequestState::Waiting;
    m_approveAction->setEnabled(waiting);
    m_approveChangesAction->setEnabled(waiting);
    m_rejectAction->setEnabled(waiting);
}

QString RequestsPane::detailHtml(const PartnerRequest &request) const
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(tr("%1 %2 from %3")
                                .arg(RequestTableModel::kindName(request.kind), request.displayId(),
                                     RequestTableModel::whoText(request))
                                .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += factRow(tr("State"), RequestTableModel::stateName(request.state));
    html += factRow(tr("Filed"), request.filedAt);
    if (!request.affiliateCode.isEmpty())
        html += factRow(tr("Partner"), tr("%1 (%2)").arg(request.affiliateName, request.affiliateCode));
    switch (request.kind) {
    case RequestKind::Signup:
        html += factRow(tr("Applicant"), request.applicantName);
        html += factRow(tr("E-mail"), request.applicantEmail);
        html += factRow(tr("Website"), request.website);
        html += factRow(tr("Program"), request.programName);
        html += factRow(tr("How he will promote"), request.promotion);
        break;
    case RequestKind::Claim:
        html += factRow(tr("Order"), request.orderId);
        html += factRow(tr("Placed on"), request.orderDate);
        html +=
            factRow(tr("Amount"),
                    request.amountMinor ? Money(*request.amountMinor, request.currency).toDisplayString() : QString());
        html += factRow(tr("Program"), request.programName);
        break;
    case RequestKind::Vanity:
        html += factRow(tr("Store host"), request.host);
        html += factRow(tr("Path asked for"), request.path);
        if (!request.approvedPath.isEmpty() && request.approvedPath != request.path)
            html += factRow(tr("Path approved"), request.approvedPath);
        html += factRow(tr("Leads to"), request.targetUrl);
        break;
    case RequestKind::PayoutEmail:
        html += factRow(tr("Payouts go to"), request.affiliateEmail);
        html += factRow(tr("Asked to go to"), request.requestedEmail);
        break;
    }
    if (request.kind != RequestKind::Signup)
        html += factRow(tr("Why"), request.message);
    if (request.state != RequestState::Waiting) {
        html += factRow(tr("Decided"), tr("%1 by %2").arg(request.decidedAt, request.decidedBy));
        html += factRow(request.state == RequestState::Rejected ? tr("Reason") : tr("Note"), request.decisionReason);
    }
    html += QStringLiteral("</table>");
    if (request.kind == RequestKind::Claim)
        html += claimHtml(request);
    else if (request.kind == RequestKind::Signup)
        html += signupHtml(request);
    return html;
}

QString RequestsPane::claimHtml(const PartnerRequest &request) const
{
    const LedgerStore ledger(database());
    if (!ledger.order(request.orderId)) {
        return QStringLiteral("<p><b>%1</b></p>")
            .arg(tr("Order %1 is not in the books yet: import it or reject the claim.")
                     .arg(request.orderId)
                     .toHtmlEscaped());
    }
    const Result<Explanation> explanation = ledger.explain(request.orderId);
    QString current;
    if (!explanation)
        current = explanation.error();
    else if (!explanation->attribution.isAttributed())
        current = tr("Nobody: no rule credits the order.");
    else if (explanation->affiliateCode == request.affiliateCode)
        current = tr("%1 (%2), who claims it, already.").arg(explanation->affiliateName, explanation->affiliateCode);
    else
        current = tr("%1 (%2)").arg(explanation->affiliateName, explanation->affiliateCode);
    QString html = QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Current partner:").toHtmlEscaped(), escaped(current));
    html +=
        TransactionDetails::html(request.orderId, explanation, ledger.transactionsOf(request.orderId),
                                 AuditLog(database().connection()).entries(QStringLiteral("order"), request.orderId));
    return html;
}

QString RequestsPane::signupHtml(const PartnerRequest &request) const
{
    if (request.duplicateSignups.isEmpty() && request.duplicatePartners.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("No partner or other sign-up has this e-mail.").toHtmlEscaped());
    QString html = QStringLiteral("<h4>%1</h4><ul>").arg(tr("The same e-mail").toHtmlEscaped());
    const AffiliateStore affiliates(database());
    for (const QString &code : request.duplicatePartners) {
        const std::optional<Affiliate> partner = affiliates.byCode(code);
        html += QStringLiteral("<li>%1</li>")
                    .arg((partner ? tr("Partner %1 (%2), %3").arg(partner->name, partner->code, partner->status)
                                  : tr("Partner %1").arg(code))
                             .toHtmlEscaped());
    }
    const RequestStore store(database());
    for (const qint64 id : request.duplicateSignups) {
        if (const std::optional<PartnerRequest> other = store.request(RequestKind::Signup, id)) {
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("Sign-up %1 of %2 <%3>, filed %4: %5")
                                 .arg(other->displayId(), other->applicantName, other->applicantEmail,
                                      other->filedAt.left(10), RequestTableModel::stateName(other->state))
                                 .toHtmlEscaped());
        }
    }
    return html + QStringLiteral("</ul>");
}

bool RequestsPane::pushCommand(BookCommand *command, const QString &title, const QString &message)
{
    if (const Status status = BookCommand::run(undoStack(), command); !status) {
        QMessageBox::warning(this, title, status.error());
        return false;
    }
    Q_EMIT statusMessage(message);
    return true;
}

QString RequestsPane::approvedText(const PartnerRequest &request) const
{
    // A sign-up made a partner: his code is what the manager passes on (or grants a login to).
    if (request.kind == RequestKind::Signup) {
        if (const std::optional<PartnerRequest> now = RequestStore(database()).request(request.kind, request.id);
            now && !now->affiliateCode.isEmpty())
            return tr("Approved: %1 is partner %2 now.").arg(request.applicantName, now->affiliateCode);
    }
    return tr("Approved: %1").arg(RequestTableModel::askedText(request));
}

void RequestsPane::approve()
{
    const std::optional<PartnerRequest> request = selectedRequest();
    if (!request || request->state != RequestState::Waiting)
        return;
    if (pushCommand(new DecideRequestCommand(this, *request, DecideRequestCommand::Verdict::Approve, {}, {}),
                    tr("Approve Request"), {}))
        Q_EMIT statusMessage(approvedText(*request));
}

void RequestsPane::approveWithChanges()
{
    const std::optional<PartnerRequest> request = selectedRequest();
    if (!request || request->state != RequestState::Waiting)
        return;
    DecisionDialog dialog(database(), *request, DecisionDialog::Mode::ApproveWithChanges, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (pushCommand(
                new DecideRequestCommand(this, *request, DecideRequestCommand::Verdict::Approve, dialog.approval(), {}),
                tr("Approve Request"), tr("Approved: %1").arg(RequestTableModel::askedText(*request))))
            return;
    }
}

void RequestsPane::reject()
{
    const std::optional<PartnerRequest> request = selectedRequest();
    if (!request || request->state != RequestState::Waiting)
        return;
    DecisionDialog dialog(database(), *request, DecisionDialog::Mode::Reject, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (pushCommand(
                new DecideRequestCommand(this, *request, DecideRequestCommand::Verdict::Reject, {}, dialog.reason()),
                tr("Reject Request"), tr("Rejected: %1").arg(RequestTableModel::askedText(*request))))
            return;
    }
}

} // namespace PartnerDesk
