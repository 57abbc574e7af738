#include "partneroverviewwidget.h"

#include "core/linkbuilder.h"
#include "core/money.h"
#include "core/timestamp.h"
#include "itemmodels/transactiontablemodel.h"
#include "store/affiliatestore.h"
#include "store/partnerstore.h"
#include "store/reportstore.h"
#include "store/transactionquery.h"
#include "themeicon.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

// [first instant, first instant of the next month) of the month `now` is in, UTC like the ledger.
std::pair<qint64, qint64> monthAround(qint64 now, QDate *first)
{
    const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    *first = QDate(today.year(), today.month(), 1);
    const QDateTime start(*first, QTime(0, 0), Qt::UTC);
    return {start.toSecsSinceEpoch(), start.addMonths(1).toSecsSinceEpoch()};
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PartnerOverviewWidget::PartnerOverviewWidget(Database &database, QUndoStack *undoStack, const Affiliate &partner,
                                             QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_partner(partner)
{
    setObjectName(QStringLiteral("PartnerOverviewWidget"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("overviewHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_heading->setText(
        QStringLiteral("<h2>%1</h2>").arg(tr("Welcome, %1 (%2)").arg(partner.name, partner.code).toHtmlEscaped()));

    // The rest of his window, one click away.
    auto *package = new QPushButton(themeIcon(QStringLiteral("package-x-generic")), tr("Partner &Package"), this);
    package->setObjectName(QStringLiteral("overviewPackageButton"));
    package->setToolTip(tr("Links, banners, coupons and programs: your whole partner package"));
    connect(package, &QPushButton::clicked, this, [this] { Q_EMIT navigate(QStringLiteral("package"), {}); });
    auto *transactions =
        new QPushButton(themeIcon(QStringLiteral("view-financial-list")), tr("All &Transactions"), this);
    transactions->setObjectName(QStringLiteral("overviewTransactionsButton"));
    connect(transactions, &QPushButton::clicked, this, [this] { Q_EMIT navigate(QStringLiteral("transactions"), {}); });
    auto *balance = new QPushButton(themeIcon(QStringLiteral("wallet-open")), tr("My &Balance"), this);
    balance->setObjectName(QStringLiteral("overviewBalanceButton"));
    connect(balance, &QPushButton::clicked, this, [this] { Q_EMIT navigate(QStringLiteral("balance"), {}); });
    // What the program page tells him to "message us" about, asked for here (his My Requests).
    auto *claim = new QPushButton(themeIcon(QStringLiteral("mail-message-new")), tr("Claim an &Order…"), this);
    claim->setObjectName(QStringLiteral("overviewClaimButton"));
    claim->setToolTip(tr("An order of a customer you brought that did not reach you"));
    connect(claim, &QPushButton::clicked, this, [this] {
        Q_EMIT navigate(QStringLiteral("myrequests"), {{QStringLiteral("file"), QStringLiteral("claim")}});
    });
    auto *vanity = new QPushButton(themeIcon(QStringLiteral("insert-link")), tr("Request a &Vanity Link…"), this);
    vanity->setObjectName(QStringLiteral("overviewVanityButton"));
    vanity->setToolTip(tr("A short address on the store's site that leads to your tracked link"));
    connect(vanity, &QPushButton::clicked, this, [this] {
        Q_EMIT navigate(QStringLiteral("myrequests"), {{QStringLiteral("file"), QStringLiteral("vanity")}});
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(package);
    buttons->addWidget(transactions);
    buttons->addWidget(balance);
    buttons->addStretch(1);
    buttons->addWidget(claim);
    buttons->addWidget(vanity);

    auto *grid = new QGridLayout;
    grid->addWidget(createLinkBox(), 0, 0);
    grid->addWidget(createMonthBox(), 0, 1);
    grid->addWidget(createBalanceBox(), 1, 0, 1, 2);
    grid->addWidget(createLatestBox(), 2, 0, 1, 2);
    grid->addWidget(createCampaignBox(), 3, 0, 1, 2);
    grid->setRowStretch(4, 1); // the boxes keep their height; the space left stays below them
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addLayout(grid, 1);
    invalidate();
}

PartnerOverviewWidget::~PartnerOverviewWidget() = default;

QGroupBox *PartnerOverviewWidget::createLinkBox()
{
    auto *box = new QGroupBox(tr("Your link and coupon"), this);
    box->setObjectName(QStringLiteral("overviewLinkBox"));
    m_linkEdit = new QLineEdit(box);
    m_linkEdit->setObjectName(QStringLiteral("overviewLink"));
    m_linkEdit->setReadOnly(true);
    m_copyLinkButton = new QPushButton(themeIcon(QStringLiteral("edit-copy")), tr("&Copy"), box);
    m_copyLinkButton->setObjectName(QStringLiteral("overviewCopyLinkButton"));
    m_copyLinkButton->setToolTip(tr("Copy your tracked link to the clipboard"));
    connect(m_copyLinkButton, &QPushButton::clicked, this, [this] { copy(trackedLink(), tr("Your tracked link")); });
    m_linkHint = new QLabel(box);
    m_linkHint->setObjectName(QStringLiteral("overviewLinkHint"));
    m_linkHint->setWordWrap(true);
    m_couponEdit = new QLineEdit(box);
    m_couponEdit->setObjectName(QStringLiteral("overviewCoupon"));
    m_couponEdit->setReadOnly(true);
    m_copyCouponButton = new QPushButton(themeIcon(QStringLiteral("edit-copy")), tr("C&opy"), box);
    m_copyCouponButton->setObjectName(QStringLiteral("overviewCopyCouponButton"));
    m_copyCouponButton->setToolTip(tr("Copy your coupon code to the clipboard"));
    connect(m_copyCouponButton, &QPushButton::clicked, this, [this] { copy(couponCode(), tr("Your coupon code")); });
    m_couponHint = new QLabel(box);
    m_couponHint->setObjectName(QStringLiteral("overviewCouponHint"));
    m_couponHint->setWordWrap(true);

    auto *layout = new QGridLayout(box);
    layout->addWidget(new QLabel(tr("Tracked link:"), box), 0, 0);
    layout->addWidget(m_linkEdit, 0, 1);
    layout->addWidget(m_copyLinkButton, 0, 2);
    layout->addWidget(m_linkHint, 1, 1, 1, 2);
    layout->addWidget(new QLabel(tr("Coupon:"), box), 2, 0);
    layout->addWidget(m_couponEdit, 2, 1);
    layout->addWidget(m_copyCouponButton, 2, 2);
    layout->addWidget(m_couponHint, 3, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    return box;
}

QGroupBox *PartnerOverviewWidget::createMonthBox()
{
    m_monthBox = new QGroupBox(tr("This month"), this);
    m_monthBox->setObjectName(QStringLiteral("overviewMonthBox"));
    m_monthLabel = new QLabel(m_monthBox);
    m_monthLabel->setObjectName(QStringLiteral("overviewMonth"));
    m_monthLabel->setTextFormat(Qt::RichText);
    m_monthLabel->setWordWrap(true);
    m_monthLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(m_monthBox);
    layout->addWidget(m_monthLabel, 1);
    return m_monthBox;
}

QGroupBox *PartnerOverviewWidget::createBalanceBox()
{
    auto *box = new QGroupBox(tr("Balance and payout threshold"), this);
    box->setObjectName(QStringLiteral("overviewBalanceBox"));
    m_balances = new QWidget(box);
    m_balances->setObjectName(QStringLiteral("overviewBalances"));
    m_balanceLayout = new QVBoxLayout(m_balances);
    m_balanceLayout->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_balances);
    return box;
}

QGroupBox *PartnerOverviewWidget::createLatestBox()
{
    auto *box = new QGroupBox(tr("Latest transactions"), this);
    box->setObjectName(QStringLiteral("overviewLatestBox"));
    m_latest = new QTableWidget(0, 5, box);
    m_latest->setObjectName(QStringLiteral("overviewLatest"));
    m_latest->setHorizontalHeaderLabels({tr("Placed"), tr("Order"), tr("Program"), tr("Commission"), tr("Status")});
    m_latest->verticalHeader()->hide();
    m_latest->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_latest->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_latest->setAlternatingRowColors(true);
    m_latest->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_latest->horizontalHeaderItem(3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_latest->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents); // at most latestShown rows
    m_latest->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_latestNone = new QLabel(tr("No transactions yet: share your link or your coupon."), box);
    m_latestNone->setObjectName(QStringLiteral("overviewLatestNone"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_latestNone);
    layout->addWidget(m_latest, 1);
    return box;
}

QGroupBox *PartnerOverviewWidget::createCampaignBox()
{
    auto *box = new QGroupBox(tr("Your campaigns (last 12 months)"), this);
    box->setObjectName(QStringLiteral("overviewCampaignBox"));
    m_campaigns = new QTableWidget(0, 3, box);
    m_campaigns->setObjectName(QStringLiteral("overviewCampaigns"));
    m_campaigns->setHorizontalHeaderLabels({tr("Campaign"), tr("Orders"), tr("Commission")});
    m_campaigns->verticalHeader()->hide();
    m_campaigns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_campaigns->setAlternatingRowColors(true);
    m_campaigns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_campaigns->horizontalHeaderItem(1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_campaigns->horizontalHeaderItem(2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_campaigns->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_campaigns->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_campaignsNone = new QLabel(tr("No orders in the last 12 months. Tag a link with a campaign in Partner Package › "
                                    "Links to see which of your posts sells."),
                                 box);
    m_campaignsNone->setObjectName(QStringLiteral("overviewCampaignsNone"));
    m_campaignsNone->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_campaignsNone);
    layout->addWidget(m_campaigns, 1);
    return box;
}

void PartnerOverviewWidget::showCampaigns()
{
    m_campaigns->setRowCount(0);
    QList<ReportLine> lines;
    if (m_partner.id != 0) {
        const qint64 now = Timestamp::now();
        ReportParameters parameters;
        parameters.to = now + 1;
        parameters.from = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).addYears(-1).toSecsSinceEpoch();
        parameters.grouping = ReportGrouping{false, false, false, false, true};
        parameters.affiliateCode = m_partner.code;
        if (const Result<Report> report = ReportStore(database()).run(parameters)) {
            for (const ReportLine &line : report->lines) {
                if (!line.currency.isEmpty())
                    lines.append(line);
            }
        }
    }
    m_campaignsNone->setVisible(lines.isEmpty());
    m_campaigns->setVisible(!lines.isEmpty());
    m_campaigns->setRowCount(static_cast<int>(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const ReportLine &line = lines.at(i);
        m_campaigns->setItem(i, 0, cell(Report::campaignText(line.campaign)));
        m_campaigns->setItem(i, 1, cell(formatCount(line.orders), true));
        m_campaigns->setItem(i, 2, cell(Money(line.commissionMinor, line.currency).toDisplayString(), true));
    }
    m_campaigns->resizeColumnToContents(1);
    m_campaigns->resizeColumnToContents(2);
}

QString PartnerOverviewWidget::trackedLink() const
{
    return m_linkEdit->text();
}

QString PartnerOverviewWidget::couponCode() const
{
    return m_couponEdit->text();
}

void PartnerOverviewWidget::reload()
{
    // Read again: a sync or a manager's change may have brought his row (his desktop's first sync).
    if (m_partner.id == 0) {
        if (const std::optional<Affiliate> stored = AffiliateStore(database()).byCode(m_partner.code))
            m_partner = *stored;
    }
    showLinkAndCoupon();
    showMonth();
    showBalances();
    showLatest();
    showCampaigns();
}

void PartnerOverviewWidget::showLinkAndCoupon()
{
    // The link to his first program's store front; the Package's link builder makes one to any page.
    const QStringList hosts = m_partner.id ? AffiliateStore(database()).storeHostsOf(m_partner.id) : QStringList();
    const TrackedLink link =
        hosts.isEmpty() ? TrackedLink{}
                        : LinkBuilder::build(QStringLiteral("https://%1/").arg(hosts.first()), m_partner.code, hosts);
    m_linkEdit->setText(link.isValid() ? link.url : QString());
    m_linkEdit->setCursorPosition(0);
    m_copyLinkButton->setEnabled(link.isValid());
    m_linkHint->setText(
        hosts.isEmpty()
            ? tr("Join a program in your Partner Package to get a tracked link.")
            : tr("Links to any page of %1: Partner Package › Links.").arg(hosts.join(QStringLiteral(", "))));

    QStringList codes;
    if (m_partner.id != 0) {
        for (const PartnerCoupon &coupon : PartnerStore(database()).coupons(m_partner.id)) {
            if (coupon.active)
                codes.append(coupon.code);
        }
    }
    m_couponEdit->setText(codes.value(0));
    m_copyCouponButton->setEnabled(!codes.isEmpty());
    if (codes.isEmpty())
        m_couponHint->setText(tr("No coupon code yet: the store's affiliate manager creates one."));
    else if (codes.size() > 1)
        m_couponHint->setText(tr("%1 more in Partner Package › Coupons.").arg(formatCount(codes.size() - 1)));
    else
        m_couponHint->setText(tr("Customers who enter it get the program's discount; you get the commission."));
}

void PartnerOverviewWidget::showMonth()
{
    QDate first;
    const auto [from, to] = monthAround(Timestamp::now(), &first);
    m_monthBox->setTitle(tr("This month (%1)").arg(QLocale().toString(first, QStringLiteral("MMMM yyyy"))));
    const QList<PartnerPeriodTotal> totals =
        m_partner.id ? PartnerStore(database()).totalsBetween(m_partner.id, from, to) : QList<PartnerPeriodTotal>();
    if (totals.isEmpty()) {
        m_monthLabel->setText(tr("No orders yet this month."));
        return;
    }
    const bool several = totals.size() > 1; // money is never added across currencies
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const PartnerPeriodTotal &total : totals) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td></tr>"
                               "<tr><td>%3</td><td align=\"right\"><b>%4</b></td></tr>")
                    .arg((several ? tr("Orders in %1").arg(total.currency) : tr("Orders")).toHtmlEscaped(),
                         formatCount(total.orders).toHtmlEscaped(),
                         (several ? tr("Commission in %1").arg(total.currency) : tr("Commission")).toHtmlEscaped(),
                         Money(total.commissionMinor, total.currency).toDisplayString().toHtmlEscaped());
    }
    m_monthLabel->setText(html + QStringLiteral("</table>"));
}

void PartnerOverviewWidget::showBalances()
{
    while (QLayoutItem *item = m_balanceLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<BalanceRow> balances =
        m_partner.id ? PartnerStore(database()).balances(m_partner.id) : QList<BalanceRow>();
    if (balances.isEmpty()) {
        auto *none = new QLabel(tr("No balance yet."), m_balances);
        none->setObjectName(QStringLiteral("overviewBalanceNone"));
        m_balanceLayout->addWidget(none);
        return;
    }
    for (const BalanceRow &balance : balances) {
        const QString approved = Money(balance.balanceMinor, balance.currency).toDisplayString();
        auto *row = new QWidget(m_balances);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *bar = new QProgressBar(row);
        bar->setObjectName(QStringLiteral("overviewThresholdBar_%1").arg(balance.currency));
        bar->setRange(0, 1000);
        auto *sentence = new QLabel(row);
        sentence->setObjectName(QStringLiteral("overviewBalanceText_%1").arg(balance.currency));
        sentence->setWordWrap(true);
        if (!balance.thresholdMinor || *balance.thresholdMinor <= 0) {
            bar->hide();
            sentence->setText(
                tr("Approved and unpaid: %1. No program of yours pays out in this currency.").arg(approved));
        } else {
            const qint64 threshold = *balance.thresholdMinor;
            const QString thresholdText = Money(threshold, balance.currency).toDisplayString();
            bar->setValue(static_cast<int>(qBound<qint64>(0, balance.balanceMinor, threshold) * 1000 / threshold));
            bar->setFormat(tr("%1 of %2").arg(approved, thresholdText));
            sentence->setText(balance.due()
                                  ? tr("Due: paid in the store's next payout batch.")
                                  : tr("%1 more to the payout threshold.")
                                        .arg(Money(threshold - qMax<qint64>(0, balance.balanceMinor), balance.currency)
                                                 .toDisplayString()));
        }
        if (balance.pendingMinor != 0)
            sentence->setText(sentence->text() + u' ' +
                              tr("Pending: %1.").arg(Money(balance.pendingMinor, balance.currency).toDisplayString()));
        rowLayout->addWidget(bar, 1);
        rowLayout->addWidget(sentence, 1);
        m_balanceLayout->addWidget(row);
    }
}

void PartnerOverviewWidget::showLatest()
{
    m_latest->setRowCount(0);
    QList<TransactionListRow> rows;
    if (m_partner.id != 0) {
        TransactionFilter filter;
        filter.affiliateId = m_partner.id;
        TransactionQuery query(database(), filter, TransactionSort::PlacedAt, Qt::DescendingOrder);
        query.chooseDriver(); // his few rows by his index, not a walk down everybody's dates
        TransactionQuery::Page page;
        page.limit = latestShown;
        if (const Result<QList<TransactionListRow>> found = query.rows(page))
            rows = *found;
    }
    m_latestNone->setVisible(rows.isEmpty());
    m_latest->setVisible(!rows.isEmpty());
    m_latest->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const TransactionListRow &row = rows.at(i);
        m_latest->setItem(i, 0, cell(row.placedAt.left(10)));
        m_latest->setItem(i, 1, cell(row.orderId));
        m_latest->setItem(i, 2, cell(row.programName));
        m_latest->setItem(i, 3, cell(Money(row.commissionMinor, row.currency).toDisplayString(), true));
        m_latest->setItem(i, 4, cell(TransactionTableModel::statusText(row.status, row.held)));
    }
    m_latest->resizeColumnToContents(0);
    m_latest->resizeColumnToContents(1);
    m_latest->resizeColumnToContents(3);
}

void PartnerOverviewWidget::copy(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("%1 is on the clipboard: %2").arg(what, text));
}

} // namespace PartnerDesk
