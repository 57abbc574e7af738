#include "partnerdetailview.h"

#include "core/timestamp.h"
#include "itemmodels/balancelistmodel.h"
#include "itemmodels/couponlistmodel.h"
#include "itemmodels/domainlistmodel.h"
#include "itemmodels/partnerlistmodel.h"
#include "itemmodels/partnermembershipmodel.h"
#include "itemmodels/partnerratemodel.h"
#include "itemmodels/rewritelistmodel.h"
#include "tableproxymodel.h"
#include "tablesetup.h"
#include "themeicon.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace PartnerDesk {

PartnerDetailView::PartnerDetailView(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_memberships(new PartnerMembershipModel(database, this))
    , m_coupons(new CouponListModel(database, this))
    , m_domains(new DomainListModel(database, this))
    , m_rewrites(new RewriteListModel(database, this))
    , m_balances(new BalanceListModel(database, this))
    , m_rates(new PartnerRateModel(database, this))
{
    setObjectName(QStringLiteral("partnerDetail"));
    m_headerLabel = new QLabel(this);
    m_headerLabel->setObjectName(QStringLiteral("partnerHeaderLabel"));
    m_headerLabel->setTextFormat(Qt::PlainText);
    m_headerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headerLabel->setWordWrap(true);
    m_transactionsButton =
        new QPushButton(themeIcon(QStringLiteral("view-financial-list")), tr("Show &Transactions"), this);
    m_transactionsButton->setObjectName(QStringLiteral("showTransactionsButton"));
    m_transactionsButton->setToolTip(tr("Open the partner's transactions in the Transactions pane"));

    // A payout e-mail request: the payout file keeps paying the approved e-mail until a manager
    // decides (EmailRequestStore).
    auto *requestFrame = new QFrame(this);
    requestFrame->setObjectName(QStringLiteral("emailRequestBar"));
    requestFrame->setFrameShape(QFrame::StyledPanel);
    m_requestBar = requestFrame;
    m_requestLabel = new QLabel(m_requestBar);
    m_requestLabel->setObjectName(QStringLiteral("emailRequestLabel"));
    m_requestLabel->setTextFormat(Qt::PlainText);
    m_requestLabel->setWordWrap(true);
    m_requestLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approveEmailButton = new QPushButton(themeIcon(QStringLiteral("dialog-ok")), tr("A&pprove E-mail"), m_requestBar);
    m_approveEmailButton->setObjectName(QStringLiteral("approveEmailButton"));
    m_approveEmailButton->setToolTip(tr("Make the requested address the partner's payout e-mail"));
    m_rejectEmailButton = new QPushButton(themeIcon(QStringLiteral("dialog-cancel")), tr("Re&ject…"), m_requestBar);
    m_rejectEmailButton->setObjectName(QStringLiteral("rejectEmailButton"));
    m_rejectEmailButton->setToolTip(tr("Keep the payout e-mail as it is; needs a reason"));
    auto *requestLayout = new QHBoxLayout(m_requestBar);
    requestLayout->addWidget(m_requestLabel, 1);
    requestLayout->addWidget(m_approveEmailButton);
    requestLayout->addWidget(m_rejectEmailButton);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("partnerTabs"));
    m_tabs->setDocumentMode(true);
    m_membershipsTable = addTable(QStringLiteral("membershipsTable"), m_memberships, tr("&Memberships"));
    m_couponsTable = addTable(QStringLiteral("couponsTable"), m_coupons, tr("&Coupons"));
    m_domainsTable = addTable(QStringLiteral("domainsTable"), m_domains, tr("&Domains"));
    addTable(QStringLiteral("rewritesTable"), m_rewrites, tr("&Rewrites"));
    addTable(QStringLiteral("balancesTable"), m_balances, tr("&Balance"));
    m_ratesTable = addTable(QStringLiteral("ratesTable"), m_rates, tr("R&ates"));
    m_membershipsTable->horizontalHeader()->setSectionResizeMode(PartnerMembershipModel::Program, QHeaderView::Stretch);
    m_domainsTable->horizontalHeader()->setSectionResizeMode(DomainListModel::Token, QHeaderView::Stretch);

    auto *header = new QHBoxLayout;
    header->addWidget(m_headerLabel, 1);
    header->addWidget(m_transactionsButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_requestBar);
    layout->addWidget(m_tabs, 1);
    setPartner(std::nullopt);
}

QTableView *PartnerDetailView::addTable(const QString &objectName, QAbstractItemModel *model, const QString &title)
{
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    setUpTable(table);
    // A partner has a handful of rows here: measuring their columns costs nothing.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    auto *proxy = new TableProxyModel(table);
    proxy->setSourceModel(model);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // the model's own order until the user sorts
    m_tabs->addTab(table, title);
    return table;
}

void PartnerDetailView::setPartner(const std::optional<Affiliate> &partner)
{
    m_partner = partner;
    reload();
}

void PartnerDetailView::reload()
{
    const qint64 id = m_partner ? m_partner->id : 0;
    m_memberships->setAffiliateId(id);
    m_coupons->setAffiliateId(id);
    m_domains->setAffiliateId(id);
    m_rewrites->setAffiliateId(id);
    m_balances->setAffiliateId(id);
    m_rates->setAffiliateId(id);
    m_tabs->setEnabled(m_partner.has_value());
    m_transactionsButton->setEnabled(m_partner.has_value());
    showHeader();
}

void PartnerDetailView::showHeader()
{
    m_requestBar->setVisible(m_partner && m_partner->hasEmailRequest());
    if (!m_partner) {
        m_headerLabel->setText(tr("Select a partner to see his programs, coupons, domains, rewrites and balance."));
        return;
    }
    m_headerLabel->setText(
        tr("%1 · %2 · %3 · %4")
            .arg(m_partner->name, m_partner->code, m_partner->email, PartnerListModel::statusText(m_partner->status)));
    if (m_partner->hasEmailRequest()) {
        const std::optional<qint64> at = Timestamp::parse(m_partner->emailRequestedAt);
        const QString since =
            at ? QLocale().toString(QDateTime::fromSecsSinceEpoch(*at).toLocalTime(), QLocale::ShortFormat)
               : m_partner->emailRequestedAt;
        m_requestLabel->setText(tr("%1 asks to be paid at %2 instead of %3 (since %4). Payouts go to %3 until you "
                                   "approve.")
                                    .arg(m_partner->name, m_partner->requestedEmail, m_partner->email, since));
    }
}

int PartnerDetailView::selectedRow(const QTableView *table)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const auto *proxy = static_cast<const TableProxyModel *>(table->model());
    return proxy->mapToSource(rows.first()).row();
}

void PartnerDetailView::selectRow(QTableView *table, int sourceRow)
{
    const auto *proxy = static_cast<const TableProxyModel *>(table->model());
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    if (!index.isValid())
        return;
    table->selectRow(index.row());
    table->scrollTo(index);
}

} // namespace PartnerDesk
