#include "myrequestspane.h"

#include "claimdialog.h"
#include "core/money.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/requesttablemodel.h"
#include "store/affiliatestore.h"
#include "store/requeststore.h"
#include "tableproxymodel.h"
#include "tablesetup.h"
#include "themeicon.h"
#include "vanityrequestdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace PartnerDesk {

MyRequestsPane::MyRequestsPane(Database &database, QUndoStack *undoStack, const Affiliate &partner, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_partner(partner)
    , m_model(new RequestTableModel(database, this))
    , m_proxy(new TableProxyModel(this))
{
    setObjectName(QStringLiteral("MyRequestsPane"));
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("My Requests").toHtmlEscaped()), this);
    auto *intro = new QLabel(tr("What you asked the store's affiliate manager for, and what he decided. A missed "
                                "order or a vanity link: ask here instead of by e-mail, and the answer stays on "
                                "record. A new payout e-mail is asked for in My Balance."),
                             this);
    intro->setWordWrap(true);

    m_claimButton = new QPushButton(themeIcon(QStringLiteral("mail-message-new")), tr("&Claim an Order…"), this);
    m_claimButton->setObjectName(QStringLiteral("claimOrderButton"));
    m_claimButton->setToolTip(tr("An order of a customer you brought that did not reach you"));
    connect(m_claimButton, &QPushButton::clicked, this, &MyRequestsPane::fileClaim);
    m_vanityButton = new QPushButton(themeIcon(QStringLiteral("insert-link")), tr("Request a &Vanity Link…"), this);
    m_vanityButton->setObjectName(QStringLiteral("requestVanityButton"));
    m_vanityButton->setToolTip(tr("A short address on the store's site that leads to your tracked link"));
    connect(m_vanityButton, &QPushButton::clicked, this, &MyRequestsPane::requestVanity);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_claimButton);
    buttons->addWidget(m_vanityButton);
    buttons->addStretch(1);

    m_model->setFilter(std::nullopt, partner.id);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelRoles::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("myRequestsTable"));
    m_table->setModel(m_proxy);
    setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestTableModel::Filed, Qt::DescendingOrder);
    m_table->hideColumn(RequestTableModel::Partner); // always he
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RequestTableModel::Kind, 110);
    m_table->setColumnWidth(RequestTableModel::Asked, 280);
    m_table->setColumnWidth(RequestTableModel::Why, 200);
    m_table->setColumnWidth(RequestTableModel::Filed, 90);
    m_table->setColumnWidth(RequestTableModel::State, 100);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MyRequestsPane::showSelected);
    m_noneLabel = new QLabel(tr("No requests yet."), this);
    m_noneLabel->setObjectName(QStringLiteral("myRequestsNone"));

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("myRequestDetail"));
    m_detail->setPlaceholderText(tr("Select a request to see it in full."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_noneLabel);
    layout->addWidget(splitter, 1);
    invalidate();
}

MyRequestsPane::~MyRequestsPane() = default;

bool MyRequestsPane::ensurePartner()
{
    // A partner desktop's first sync may bring his row after the window opened.
    if (m_partner.id == 0) {
        if (const std::optional<Affiliate> stored = AffiliateStore(database()).byCode(m_partner.code)) {
            m_partner = *stored;
            m_model->setFilter(std::nullopt, m_partner.id);
        }
    }
    return m_partner.id != 0;
}

void MyRequestsPane::reload()
{
    const bool known = ensurePartner();
    m_claimButton->setEnabled(known);
    m_vanityButton->setEnabled(known);
    if (known)
        m_model->reload();
    m_noneLabel->setVisible(m_model->rowCount() == 0);
    showSelected();
}

void MyRequestsPane::open(const QVariantMap &request)
{
    if (isStale())
        reload(); // asked for before it was ever shown
    // One of his requests, by the CLI's id (R12); another partner's is not in his list.
    if (const QString id = request.value(QStringLiteral("request")).toString(); !id.isEmpty()) {
        if (const std::optional<PartnerRequest> found = RequestStore(database()).byDisplayId(id)) {
            const int row = m_model->rowOf(found->kind, found->id);
            if (row >= 0)
                m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        }
    }
    const QString file = request.value(QStringLiteral("file")).toString();
    if (file == u"claim")
        fileClaim();
    else if (file == u"vanity")
        requestVanity();
}

void MyRequestsPane::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const PartnerRequest *request =
        rows.isEmpty() ? nullptr : m_model->record(m_proxy->mapToSource(rows.first()).row());
    if (!request) {
        m_detail->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(RequestTableModel::kindName(request->kind).toHtmlEscaped(),
                            RequestTableModel::askedText(*request).toHtmlEscaped());
    if (!request->message.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("You wrote:").toHtmlEscaped(),
                         request->message.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    QString state;
    switch (request->state) {
    case RequestState::Waiting:
        state = tr("Filed %1; waiting for the affiliate manager.").arg(request->filedAt.left(10));
        break;
    case RequestState::Approved:
        state = request->approvedPath.isEmpty() || request->approvedPath == request->path
                    ? tr("Approved %1.").arg(request->decidedAt.left(10))
                    : tr("Approved %1, under the path %2.").arg(request->decidedAt.left(10), request->approvedPath);
        break;
    case RequestState::Rejected:
        state = tr("Rejected %1.").arg(request->decidedAt.left(10));
        break;
    }
    html += QStringLiteral("<p><b>%1</b></p>").arg(state.toHtmlEscaped());
    if (!request->decisionReason.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg((request->state == RequestState::Rejected ? tr("Reason:") : tr("Note:")).toHtmlEscaped(),
                         request->decisionReason.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    m_detail->setHtml(html);
}

bool MyRequestsPane::fileClaim()
{
    if (!ensurePartner())
        return false;
    ClaimDialog dialog(database(), m_partner, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Result<PartnerRequest> filed = RequestStore(database()).fileClaim(m_partner.id, dialog.draft());
        if (!filed) {
            dialog.showRefusal(filed.error());
            continue;
        }
        reload();
        Q_EMIT statusMessage(tr("Your claim of order %1 is filed; the affiliate manager decides.").arg(filed->orderId));
        Q_EMIT booksChanged();
        return true;
    }
    return false;
}

bool MyRequestsPane::requestVanity()
{
    if (!ensurePartner())
        return false;
    VanityRequestDialog dialog(database(), m_partner, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Result<PartnerRequest> filed = RequestStore(database()).fileVanity(m_partner.id, dialog.draft());
        if (!filed) {
            dialog.showRefusal(filed.error());
            continue;
        }
        reload();
        Q_EMIT statusMessage(
            tr("Your request for %1%2 is filed; the affiliate manager decides.").arg(filed->host, filed->path));
        Q_EMIT booksChanged();
        return true;
    }
    return false;
}

} // namespace PartnerDesk
