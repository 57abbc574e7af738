#include "import/orderimporter.h"
#include "itemmodels/balancelistmodel.h"
#include "itemmodels/couponlistmodel.h"
#include "itemmodels/domainlistmodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/partnermembershipmodel.h"
#include "itemmodels/rewritelistmodel.h"
#include "store/affiliatestore.h"
#include "store/auditlog.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

OrderLine viaLink(const QString &id, const QString &code, const QString &subtotal, const QString &currency = u"EUR"_s)
{
    OrderLine o;
    o.orderId = id;
    o.subtotal = subtotal;
    o.currency = currency;
    o.landingUrl = u"https://koongo.com/pricing?acc="_s + code;
    return o;
}

} // namespace

class TestPartnerDetailModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void memberships();
    void coupons();
    void domains();
    void rewrites();
    void balancesMatchTheLedger();
    void removeAndRestoreAFreshPartner();
    void aPartnerWithHistoryCannotBeRemoved();

private:
    void import(const QList<OrderLine> &orders);

    std::unique_ptr<StoreFixture> m_store;
    qint64 m_koongo = 0;
    qint64 m_agency = 0; // USD
    Affiliate m_jane;
    Affiliate m_john;
};

void TestPartnerDetailModels::initTestCase()
{
    pinNow();
    QLocale::setDefault(QLocale(u"en_US"_s)); // amounts are shown in the locale: "€1,234.50"
}

void TestPartnerDetailModels::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    ProgramStore programs(m_store->database);
    Program koongo;
    koongo.name = u"Koongo Partner"_s;
    koongo.storeHosts = {u"koongo.com"_s};
    koongo.thresholdMinor = 5000;
    m_koongo = *programs.add(koongo);
    Program agency = koongo;
    agency.name = u"Agency"_s;
    agency.currency = u"USD"_s;
    agency.couponDiscount = Rate::fromBasisPoints(1500);
    agency.couponRate = Rate::fromBasisPoints(500);
    agency.thresholdMinor = 10000;
    m_agency = *programs.add(agency);
    AffiliateStore affiliates(m_store->database);
    m_jane = *affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    m_john = *affiliates.add(u"John Reviewer"_s, u"john@reviews.example"_s, u"JOHN"_s);
}

void TestPartnerDetailModels::cleanup()
{
    m_store.reset();
}

void TestPartnerDetailModels::import(const QList<OrderLine> &orders)
{
    const QString path = m_store->path(u"orders.csv"_s);
    QVERIFY(writeFile(path, ordersCsv(orders)));
    OrderImporter importer(m_store->database);
    const ImportSummary summary = importer.importFile(path);
    QVERIFY2(summary.exitCode() == 0, qPrintable(summary.fatalError));
}

void TestPartnerDetailModels::memberships()
{
    ProgramStore programs(m_store->database);
    QVERIFY(programs.join(m_jane.id, m_koongo));
    QVERIFY(programs.join(m_jane.id, m_agency));
    QVERIFY(programs.join(m_john.id, m_agency));

    PartnerMembershipModel model(m_store->database);
    QAbstractItemModelTester tester(&model, fatal);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setAffiliateId(m_jane.id);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    const int koongo = model.rowOf(m_koongo);
    const int agency = model.rowOf(m_agency);
    QCOMPARE(cell(model, koongo, PartnerMembershipModel::Program), u"Koongo Partner"_s);
    QCOMPARE(cell(model, koongo, PartnerMembershipModel::Primary), u"Primary"_s); // joined first
    QCOMPARE(cell(model, agency, PartnerMembershipModel::Primary), QString());
    QCOMPARE(model.index(agency, 0).data(ModelRoles::IdRole).toLongLong(), m_agency);

    QVERIFY(programs.leave(m_jane.id, m_koongo));
    model.reload();
    // Active first; the one left is greyed and the other became primary.
    QCOMPARE(model.membership(0)->programId, m_agency);
    QCOMPARE(cell(model, 0, PartnerMembershipModel::Primary), u"Primary"_s);
    QCOMPARE(cell(model, 1, PartnerMembershipModel::State), u"Left"_s);
    QVERIFY(!model.index(1, 0).data(ModelRoles::ActiveRole).toBool());
    QCOMPARE(model.rowCount(), int(programs.membershipsOf(m_jane.id).size()));

    model.setAffiliateId(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestPartnerDetailModels::coupons()
{
    ProgramStore programs(m_store->database);
    AffiliateStore affiliates(m_store->database);
    QVERIFY(programs.join(m_jane.id, m_koongo));
    QVERIFY(programs.join(m_jane.id, m_agency));
    QVERIFY(programs.join(m_john.id, m_koongo));
    QVERIFY(affiliates.createCoupon(m_jane.id, m_koongo, u"JANE10"_s));
    const Result<QString> generated = affiliates.createCoupon(m_jane.id, m_agency);
    QVERIFY(generated);
    QVERIFY(affiliates.createCoupon(m_john.id, m_koongo, u"JOHN10"_s));

    CouponListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, fatal);
    model.setAffiliateId(m_jane.id);
    QCOMPARE(model.rowCount(), 2);
    const int agency = model.rowOfCode(*generated);
    const int koongo = model.rowOfCode(u"jane10"_s);
    QVERIFY(agency >= 0 && koongo >= 0);
    QCOMPARE(model.rowOfCode(u"JOHN10"_s), -1);
    QCOMPARE(cell(model, agency, CouponListModel::Program), u"Agency"_s);
    QCOMPARE(cell(model, agency, CouponListModel::CustomerDiscount), u"15 %"_s);
    QCOMPARE(cell(model, agency, CouponListModel::PartnerRate), u"5 %"_s);
    QCOMPARE(model.index(agency, CouponListModel::PartnerRate).data(ModelRoles::SortRole).toInt(), 500);
    QCOMPARE(cell(model, koongo, CouponListModel::CustomerDiscount), u"10 %"_s);
    QCOMPARE(cell(model, koongo, CouponListModel::State), u"Active"_s);

    QVERIFY(affiliates.setCouponActive(u"jane10"_s, false));
    model.reload();
    const int inactive = model.rowOfCode(u"JANE10"_s);
    QCOMPARE(inactive, 1); // active ones first
    QCOMPARE(cell(model, inactive, CouponListModel::State), u"Inactive"_s);
    QVERIFY(!model.index(inactive, 0).data(ModelRoles::ActiveRole).toBool());
    QCOMPARE(count(m_store->database, u"coupons"_s, u"code = 'JANE10' AND active = 0"_s), 1);
    QCOMPARE(count(m_store->database, u"audit_log"_s, u"action = 'coupon.active'"_s), 1);
    QVERIFY(affiliates.setCouponActive(u"JANE10"_s, true));
    QCOMPARE(count(m_store->database, u"coupons"_s, u"active = 0"_s), 0);
    QVERIFY(!affiliates.setCouponActive(u"NOSUCH"_s, true));
}

void TestPartnerDetailModels::domains()
{
    AffiliateStore affiliates(m_store->database);
    const Result<QString> token = affiliates.addDomain(m_jane.id, u"WWW.Jane-Blog.example"_s);
    QVERIFY(token);
    QVERIFY(affiliates.addDomain(m_jane.id, u"*.janes.example"_s));
    QVERIFY(affiliates.addDomain(m_john.id, u"john.example"_s));

    DomainListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, fatal);
    model.setAffiliateId(m_jane.id);
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOf(u"jane-blog.example"_s);
    QVERIFY(row >= 0);
    QCOMPARE(cell(model, row, DomainListModel::Token), *token);
    QVERIFY(cell(model, row, DomainListModel::Token, Qt::ToolTipRole).contains(*token));
    QCOMPARE(cell(model, row, DomainListModel::Verified), u"Not verified"_s);
    QVERIFY(!model.index(row, 0).data(ModelRoles::ActiveRole).toBool());

    QVERIFY(affiliates.approveDomain(m_jane.id, u"jane-blog.example"_s, u"Checked by phone"_s));
    model.reload();
    QCOMPARE(cell(model, row, DomainListModel::Verified), u"Verified"_s);
    QCOMPARE(cell(model, row, DomainListModel::Method), u"Manual approval"_s);
    QCOMPARE(cell(model, row, DomainListModel::VerifiedAt, Qt::ToolTipRole), QString::fromLatin1(pinnedNow));
    QCOMPARE(cell(model, model.rowOf(u"*.janes.example"_s), DomainListModel::Method), QString());
}

void TestPartnerDetailModels::rewrites()
{
    ProgramStore programs(m_store->database);
    AffiliateStore affiliates(m_store->database);
    QVERIFY(programs.join(m_jane.id, m_koongo));
    QVERIFY(programs.join(m_john.id, m_koongo));
    QVERIFY(affiliates.addRewrite(m_jane.id, u"koongo.com"_s, u"/partner/jane"_s, u"https://koongo.com/pricing"_s));
    QVERIFY(affiliates.addRewrite(m_john.id, u"koongo.com"_s, u"/partner/john"_s, u"https://koongo.com/"_s));

    RewriteListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, fatal);
    model.setAffiliateId(m_jane.id);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, RewriteListModel::Host), u"koongo.com"_s);
    QCOMPARE(cell(model, 0, RewriteListModel::Path), u"/partner/jane"_s);
    QVERIFY(cell(model, 0, RewriteListModel::Target).contains(u"acc=JANE"_s));
    // The same rows as the store's list of every rewrite, for this partner.
    int janes = 0;
    for (const Rewrite &rewrite : affiliates.rewrites())
        janes += rewrite.affiliateId == m_jane.id;
    QCOMPARE(model.rowCount(), janes);
}

void TestPartnerDetailModels::balancesMatchTheLedger()
{
    ProgramStore programs(m_store->database);
    QVERIFY(programs.join(m_jane.id, m_koongo));
    QVERIFY(programs.join(m_john.id, m_koongo));
    QVERIFY(programs.join(m_john.id, m_agency));
    OrderLine fresh = viaLink(u"1003"_s, u"JANE"_s, u"40.00"_s);
    fresh.placedAt = daysAgo(2); // still in the approval hold
    OrderLine cancelled = viaLink(u"1004"_s, u"JANE"_s, u"500.00"_s);
    cancelled.status = u"canceled"_s;
    import({viaLink(u"1001"_s, u"JANE"_s, u"100.00"_s), viaLink(u"1002"_s, u"JANE"_s, u"150.00"_s), fresh, cancelled,
            viaLink(u"1005"_s, u"JOHN"_s, u"80.00"_s)});

    BalanceListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, fatal);
    model.setAffiliateId(m_jane.id);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, BalanceListModel::Currency), u"EUR"_s);
    QCOMPARE(cell(model, 0, BalanceListModel::Approved), u"€50.00 (due)"_s); // 20 % of 250.00
    QCOMPARE(cell(model, 0, BalanceListModel::Pending), u"€8.00"_s);
    QCOMPARE(cell(model, 0, BalanceListModel::Threshold), u"€50.00"_s);
    QCOMPARE(model.index(0, BalanceListModel::Approved).data(ModelRoles::SortRole).toLongLong(), 5000);

    // Each partner's own query agrees with the ledger's balances of everybody.
    for (const BalanceRow &expected : LedgerStore(m_store->database).balances()) {
        const QList<BalanceRow> own = PartnerStore(m_store->database).balances(expected.affiliateId);
        const auto it = std::find_if(own.cbegin(), own.cend(),
                                     [&expected](const BalanceRow &r) { return r.currency == expected.currency; });
        QVERIFY(it != own.cend());
        QCOMPARE(it->pendingMinor, expected.pendingMinor);
        QCOMPARE(it->balanceMinor, expected.balanceMinor);
        QCOMPARE(it->inBatchMinor, expected.inBatchMinor);
        QCOMPARE(it->paidMinor, expected.paidMinor);
        QCOMPARE(it->thresholdMinor, expected.thresholdMinor);
        QCOMPARE(it->due(), expected.due());
    }

    // John's USD program has earned nothing yet; its currency shows with its threshold.
    model.setAffiliateId(m_john.id);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, BalanceListModel::Approved), u"€16.00"_s);
    QCOMPARE(cell(model, 1, BalanceListModel::Currency), u"USD"_s);
    QCOMPARE(cell(model, 1, BalanceListModel::Approved), u"$0.00"_s);
    QCOMPARE(cell(model, 1, BalanceListModel::Threshold), u"$100.00"_s);
}

void TestPartnerDetailModels::removeAndRestoreAFreshPartner()
{
    PartnerStore store(m_store->database);
    const Affiliate fresh = *AffiliateStore(m_store->database).add(u"Added by Mistake"_s, u"oops@example.net"_s);
    QVERIFY(store.remove(fresh.id, u"Undo"_s));
    QVERIFY(!AffiliateStore(m_store->database).byId(fresh.id));
    QCOMPARE(
        count(m_store->database, u"audit_log"_s, u"action = 'affiliate.remove' AND entity_id = '%1'"_s.arg(fresh.id)),
        1);
    QVERIFY(!store.remove(fresh.id, u"Undo"_s));

    QVERIFY(store.restore(fresh, u"Redo"_s));
    const std::optional<Affiliate> back = AffiliateStore(m_store->database).byId(fresh.id);
    QVERIFY(back);
    QCOMPARE(back->code, fresh.code);
    QCOMPARE(back->createdAt, fresh.createdAt);
    QCOMPARE(count(m_store->database, u"audit_log"_s, u"action = 'affiliate.restore'"_s), 1);
    QVERIFY(!store.restore(fresh, u"Twice"_s));
}

void TestPartnerDetailModels::aPartnerWithHistoryCannotBeRemoved()
{
    QVERIFY(ProgramStore(m_store->database).join(m_jane.id, m_koongo));
    QVERIFY(ProgramStore(m_store->database).leave(m_jane.id, m_koongo));
    const QList<qint64> before = ledgerCounts(m_store->database);
    const Status removed = PartnerStore(m_store->database).remove(m_jane.id, u"Undo"_s);
    QVERIFY(!removed);
    QVERIFY2(removed.error().contains(u"suspend"_s), qPrintable(removed.error()));
    QVERIFY(AffiliateStore(m_store->database).byId(m_jane.id));
    QCOMPARE(ledgerCounts(m_store->database), before);
}

QTEST_GUILESS_MAIN(TestPartnerDetailModels)
#include "tst_partnerdetailmodels.moc"
