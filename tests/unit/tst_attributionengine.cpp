// The attribution rules, first match wins (DESIGN.md, "Attribution"), and the commission each
// rule gives. Why this file is long: most of it is the rules' tables (_data() rows, one per case);
// one class under test, one test file (STYLE.md).

#include "core/attributionengine.h"
#include "core/attributionsnapshot.h"
#include "core/order.h"
#include "core/timestamp.h"
#include "core/transactionrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

Q_DECLARE_METATYPE(PartnerDesk::Order)
Q_DECLARE_METATYPE(PartnerDesk::AttributionRule)
Q_DECLARE_METATYPE(PartnerDesk::OrderStatus)
Q_DECLARE_METATYPE(PartnerDesk::TransactionStatus)

namespace {

// Programs.
constexpr qint64 partnerProgram = 1; // link 20 %, coupon 10 %, store.example.com
constexpr qint64 agencyProgram = 2;  // link 30 %, coupon 15 %, agency.example.com
constexpr qint64 oldProgram = 3;     // inactive, link 50 %, coupon 50 %

// Partners.
constexpr qint64 jane = 10;  // partner program only
constexpr qint64 bob = 20;   // both programs, agency chosen as primary
constexpr qint64 carol = 30; // partner membership inactive, agency active
constexpr qint64 dave = 40;  // suspended (not approved), partner membership active
constexpr qint64 erin = 50;  // member of the inactive program only
constexpr qint64 frank = 60; // both programs, no chosen primary
constexpr qint64 gina = 70;  // no membership at all
constexpr qint64 ivan = 90;  // the store's seed code, partner program

const QString seedCode = u"4&7xx89048e885asd0243be8079a5c74d079"_s;

constexpr qint64 none = 0;

ProgramTerms program(qint64 id, const QString &name, int linkBp, int couponBp, const QString &storeHost, bool active)
{
    ProgramTerms terms;
    terms.id = id;
    terms.name = name;
    terms.currency = u"EUR"_s;
    terms.linkRateBp = linkBp;
    terms.couponRateBp = couponBp;
    terms.couponDiscountBp = 1000;
    terms.thresholdMinor = 5000;
    terms.holdDays = 30;
    terms.active = active;
    terms.storeHosts = {storeHost};
    return terms;
}

CouponFacts coupon(qint64 affiliateId, qint64 programId, const QString &code, bool active = true)
{
    return {affiliateId, programId, code, active};
}

AttributionSnapshot makeSnapshot()
{
    AttributionSnapshot s;
    s.addProgram(program(partnerProgram, u"Koongo Partner"_s, 2000, 1000, u"store.example.com"_s, true));
    s.addProgram(program(agencyProgram, u"Koongo Agency"_s, 3000, 1500, u"agency.example.com"_s, true));
    s.addProgram(program(oldProgram, u"Old Program"_s, 5000, 5000, u"old.example.com"_s, false));

    s.addAffiliate(jane, u"JANE"_s, u"Jane"_s, u"jane@example.com"_s, true);
    s.addAffiliate(bob, u"BOB"_s, u"Bob"_s, u"bob@example.com"_s, true);
    s.addAffiliate(carol, u"CAROL"_s, u"Carol"_s, u"carol@example.com"_s, true);
    s.addAffiliate(dave, u"DAVE"_s, u"Dave"_s, u"dave@example.com"_s, false);
    s.addAffiliate(erin, u"ERIN"_s, u"Erin"_s, u"erin@example.com"_s, true);
    s.addAffiliate(frank, u"FRANK"_s, u"Frank"_s, u"frank@example.com"_s, true);
    s.addAffiliate(gina, u"GINA"_s, u"Gina"_s, u"gina@example.com"_s, true);
    s.addAffiliate(ivan, seedCode, u"Ivan"_s, u"ivan@example.com"_s, true);

    s.addMembership(jane, partnerProgram, true, false);
    s.addMembership(bob, partnerProgram, true, false);
    s.addMembership(bob, agencyProgram, true, true);
    s.addMembership(carol, partnerProgram, false, false);
    s.addMembership(carol, agencyProgram, true, false);
    s.addMembership(dave, partnerProgram, true, false);
    s.addMembership(erin, oldProgram, true, false);
    s.addMembership(frank, partnerProgram, true, false);
    s.addMembership(frank, agencyProgram, true, false);
    s.addMembership(ivan, partnerProgram, true, false);

    s.addCoupon(coupon(jane, partnerProgram, u"JANE10"_s));
    s.addCoupon(coupon(bob, partnerProgram, u"BOB10"_s));
    s.addCoupon(coupon(bob, partnerProgram, u"BOBOLD"_s, false));
    s.addCoupon(coupon(carol, partnerProgram, u"CAROL1"_s));
    s.addCoupon(coupon(carol, agencyProgram, u"CAROL2"_s));
    s.addCoupon(coupon(dave, partnerProgram, u"DAVE5"_s));
    s.addCoupon(coupon(erin, oldProgram, u"ERIN"_s));

    s.addRewrite(jane, u"store.example.com"_s, u"/partner/jane"_s);
    s.addRewrite(bob, u"store.example.com"_s, u"partner/bob/"_s);
    s.addRewrite(dave, u"store.example.com"_s, u"/partner/dave"_s);

    s.addVerifiedDomain(jane, u"janeblog.example"_s);
    s.addVerifiedDomain(bob, u"*.blog.example"_s);
    s.addVerifiedDomain(dave, u"dave.example"_s);
    s.addVerifiedDomain(frank, u"frank.example"_s);

    s.setManual(u"M-1"_s, {jane, std::nullopt, u"phoned in"_s});
    s.setManual(u"M-2"_s, {bob, qint64(777), u"agreed bonus"_s});
    s.setManual(u"M-3"_s, {gina, std::nullopt, u"no program yet"_s});
    s.setManual(u"M-4"_s, {dave, std::nullopt, u"before the suspension"_s});
    return s;
}

// An order of 120.00 EUR unless told otherwise.
class OrderBuilder
{
public:
    explicit OrderBuilder(const QString &orderId)
    {
        m_order.orderId = orderId;
        m_order.placedAt = 1769860800;
        m_order.subtotalMinor = 12000;
        m_order.currency = u"EUR"_s;
        m_order.status = OrderStatus::Complete;
    }
    OrderBuilder &coupon(const QString &code) { return set(m_order.couponCode, code); }
    OrderBuilder &cookie(const QString &code) { return set(m_order.affiliateCode, code); }
    OrderBuilder &landing(const QString &url) { return set(m_order.landingUrl, url); }
    OrderBuilder &referrer(const QString &url) { return set(m_order.referrerUrl, url); }
    OrderBuilder &email(const QString &email) { return set(m_order.customerEmail, email); }
    OrderBuilder &subtotal(qint64 minor, const QString &currency = u"EUR"_s)
    {
        m_order.subtotalMinor = minor;
        m_order.currency = currency;
        return *this;
    }
    Order build() const { return m_order; }

private:
    OrderBuilder &set(QString &field, const QString &value)
    {
        field = value;
        return *this;
    }
    Order m_order;
};

OrderBuilder order(const QString &orderId = u"O-1"_s)
{
    return OrderBuilder(orderId);
}

const QString store = u"https://store.example.com"_s;

} // namespace

class TestAttributionEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attribute_data();
    void attribute();
    void traceExplainsEveryRule();
    void primaryProgram();
    void snapshotOrderDoesNotMatter();
    void snapshotLookups();
    void ruleNames();
    void transactionStatus_data();
    void transactionStatus();
    void approveAt();
    void orderStatus_data();
    void orderStatus();
    void transactionStatusNames();

private:
    const AttributionSnapshot m_snapshot = makeSnapshot();
};

void TestAttributionEngine::attribute_data()
{
    QTest::addColumn<Order>("order");
    QTest::addColumn<AttributionRule>("rule");
    QTest::addColumn<qint64>("affiliateId");
    QTest::addColumn<qint64>("programId");
    QTest::addColumn<int>("rateBp");
    QTest::addColumn<qint64>("commission");
    QTest::addColumn<bool>("selfReferral");

    using R = AttributionRule;

    // Each rule on its own.
    QTest::addRow("manual at the link rate")
        << order(u"M-1"_s).build() << R::Manual << jane << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("manual with a fixed amount")
        << order(u"M-2"_s).build() << R::Manual << bob << agencyProgram << 0 << qint64(777) << false;
    QTest::addRow("manual overrides a suspension")
        << order(u"M-4"_s).build() << R::Manual << dave << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("coupon") << order().coupon(u"JANE10"_s).build() << R::Coupon << jane << partnerProgram << 1000
                            << qint64(1200) << false;
    QTest::addRow("coupon trimmed and case-insensitive") << order().coupon(u"  jane10 "_s).build() << R::Coupon << jane
                                                         << partnerProgram << 1000 << qint64(1200) << false;
    QTest::addRow("coupon earns in the coupon's program, not the primary")
        << order().coupon(u"BOB10"_s).build() << R::Coupon << bob << partnerProgram << 1000 << qint64(1200) << false;
    QTest::addRow("coupon at the other program's coupon rate")
        << order().coupon(u"CAROL2"_s).build() << R::Coupon << carol << agencyProgram << 1500 << qint64(1800) << false;
    QTest::addRow("link via acc") << order().landing(store + u"/p/1?acc=JANE"_s).build() << R::Link << jane
                                  << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("link via percent-encoded acc")
        << order().landing(store + u"/?x=1&acc=4%267xx89048e885asd0243be8079a5c74d079#top"_s).build() << R::Link << ivan
        << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("link via affiliate_code cookie")
        << order().cookie(u"JANE"_s).build() << R::Link << jane << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("link via trimmed cookie")
        << order().cookie(u" JANE "_s).build() << R::Link << jane << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("link uses the chosen primary program") << order().landing(store + u"/?acc=BOB"_s).build() << R::Link
                                                          << bob << agencyProgram << 3000 << qint64(3600) << false;
    QTest::addRow("link uses the first joined program")
        << order().cookie(u"FRANK"_s).build() << R::Link << frank << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("link skips an inactive first membership")
        << order().landing(store + u"/?acc=CAROL"_s).build() << R::Link << carol << agencyProgram << 3000
        << qint64(3600) << false;
    QTest::addRow("rewrite") << order().landing(store + u"/partner/jane"_s).build() << R::Rewrite << jane
                             << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("rewrite with www, trailing slash and query")
        << order().landing(u"https://www.store.example.com/partner/bob/?utm_source=x"_s).build() << R::Rewrite << bob
        << agencyProgram << 3000 << qint64(3600) << false;
    QTest::addRow("direct") << order().referrer(u"https://janeblog.example/post/1"_s).build() << R::Direct << jane
                            << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("direct via www") << order().referrer(u"https://www.JaneBlog.example/"_s).build() << R::Direct << jane
                                    << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("direct via a wildcard subdomain")
        << order().referrer(u"https://news.blog.example/x"_s).build() << R::Direct << bob << agencyProgram << 3000
        << qint64(3600) << false;
    QTest::addRow("direct via the wildcard's own domain")
        << order().referrer(u"http://blog.example/"_s).build() << R::Direct << bob << agencyProgram << 3000
        << qint64(3600) << false;
    QTest::addRow("unattributed: nothing")
        << order().build() << R::Unattributed << none << none << 0 << qint64(0) << false;
    QTest::addRow("unattributed: unknown coupon and codes")
        << order().coupon(u"NOPE"_s).cookie(u"ZED"_s).landing(store + u"/?acc=ZED"_s).build() << R::Unattributed << none
        << none << 0 << qint64(0) << false;
    QTest::addRow("unattributed: subdomain of an exact domain")
        << order().referrer(u"https://news.janeblog.example/"_s).build() << R::Unattributed << none << none << 0
        << qint64(0) << false;
    QTest::addRow("unattributed: lookalike of a wildcard domain")
        << order().referrer(u"https://myblog.example/"_s).build() << R::Unattributed << none << none << 0 << qint64(0)
        << false;
    QTest::addRow("unattributed: referrer is not http") << order().referrer(u"ftp://janeblog.example/"_s).build()
                                                        << R::Unattributed << none << none << 0 << qint64(0) << false;
    QTest::addRow("unattributed: rewrite path on a foreign host")
        << order().landing(u"https://evil.example/partner/jane"_s).build() << R::Unattributed << none << none << 0
        << qint64(0) << false;
    QTest::addRow("unattributed: rewrite path on another store host")
        << order().landing(u"https://agency.example.com/partner/jane"_s).build() << R::Unattributed << none << none << 0
        << qint64(0) << false;
    QTest::addRow("unattributed: acc only in the fragment")
        << order().landing(store + u"/p#tab?acc=JANE"_s).build() << R::Unattributed << none << none << 0 << qint64(0)
        << false;

    // Precedence, one pair at a time.
    QTest::addRow("manual beats coupon") << order(u"M-1"_s).coupon(u"BOB10"_s).build() << R::Manual << jane
                                         << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("manual beats link") << order(u"M-2"_s).landing(store + u"/?acc=JANE"_s).build() << R::Manual << bob
                                       << agencyProgram << 0 << qint64(777) << false;
    QTest::addRow("manual beats direct") << order(u"M-1"_s).referrer(u"https://blog.example/"_s).build() << R::Manual
                                         << jane << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("coupon beats link") << order().coupon(u"JANE10"_s).landing(store + u"/?acc=BOB"_s).build()
                                       << R::Coupon << jane << partnerProgram << 1000 << qint64(1200) << false;
    QTest::addRow("coupon beats cookie") << order().coupon(u"JANE10"_s).cookie(u"BOB"_s).build() << R::Coupon << jane
                                         << partnerProgram << 1000 << qint64(1200) << false;
    QTest::addRow("coupon beats rewrite") << order().coupon(u"BOB10"_s).landing(store + u"/partner/jane"_s).build()
                                          << R::Coupon << bob << partnerProgram << 1000 << qint64(1200) << false;
    QTest::addRow("coupon beats direct")
        << order().coupon(u"JANE10"_s).referrer(u"https://news.blog.example/"_s).build() << R::Coupon << jane
        << partnerProgram << 1000 << qint64(1200) << false;
    QTest::addRow("link beats rewrite") << order().landing(store + u"/partner/jane?acc=BOB"_s).build() << R::Link << bob
                                        << agencyProgram << 3000 << qint64(3600) << false;
    QTest::addRow("link beats direct") << order().cookie(u"BOB"_s).referrer(u"https://janeblog.example/"_s).build()
                                       << R::Link << bob << agencyProgram << 3000 << qint64(3600) << false;
    QTest::addRow("rewrite beats direct")
        << order().landing(store + u"/partner/jane"_s).referrer(u"https://news.blog.example/"_s).build() << R::Rewrite
        << jane << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("acc beats cookie (last click wins)")
        << order().landing(store + u"/?acc=JANE"_s).cookie(u"BOB"_s).build() << R::Link << jane << partnerProgram
        << 2000 << qint64(2400) << false;
    QTest::addRow("acc beats cookie, the other way round")
        << order().landing(store + u"/?acc=BOB"_s).cookie(u"JANE"_s).build() << R::Link << bob << agencyProgram << 3000
        << qint64(3600) << false;

    // A rule whose partner has no active membership does not match; the next one is tried.
    QTest::addRow("inactive coupon falls through to link")
        << order().coupon(u"BOBOLD"_s).cookie(u"JANE"_s).build() << R::Link << jane << partnerProgram << 2000
        << qint64(2400) << false;
    QTest::addRow("coupon without an active membership falls through")
        << order().coupon(u"CAROL1"_s).landing(store + u"/?acc=CAROL"_s).build() << R::Link << carol << agencyProgram
        << 3000 << qint64(3600) << false;
    QTest::addRow("coupon of a suspended partner falls through")
        << order().coupon(u"DAVE5"_s).referrer(u"https://janeblog.example/"_s).build() << R::Direct << jane
        << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("coupon of an inactive program falls through")
        << order().coupon(u"ERIN"_s).landing(store + u"/?acc=JANE"_s).build() << R::Link << jane << partnerProgram
        << 2000 << qint64(2400) << false;
    QTest::addRow("acc of a suspended partner falls back to the cookie")
        << order().landing(store + u"/?acc=DAVE"_s).cookie(u"JANE"_s).build() << R::Link << jane << partnerProgram
        << 2000 << qint64(2400) << false;
    QTest::addRow("unknown acc falls back to the cookie")
        << order().landing(store + u"/?acc=NOBODY"_s).cookie(u"JANE"_s).build() << R::Link << jane << partnerProgram
        << 2000 << qint64(2400) << false;
    QTest::addRow("acc of an inactive program's member falls through to rewrite")
        << order().landing(store + u"/partner/jane?acc=ERIN"_s).build() << R::Rewrite << jane << partnerProgram << 2000
        << qint64(2400) << false;
    QTest::addRow("rewrite of a suspended partner falls through")
        << order().landing(store + u"/partner/dave"_s).referrer(u"https://janeblog.example/"_s).build() << R::Direct
        << jane << partnerProgram << 2000 << qint64(2400) << false;
    QTest::addRow("direct of a suspended partner does not match")
        << order().referrer(u"https://dave.example/"_s).build() << R::Unattributed << none << none << 0 << qint64(0)
        << false;
    QTest::addRow("manual for a partner without a program falls through")
        << order(u"M-3"_s).coupon(u"JANE10"_s).build() << R::Coupon << jane << partnerProgram << 1000 << qint64(1200)
        << false;
    QTest::addRow("manual for a partner without a program, nothing else")
        << order(u"M-3"_s).build() << R::Unattributed << none << none << 0 << qint64(0) << false;

    // Self-referral: the order earns nothing and is flagged.
    QTest::addRow("self-referral by coupon") << order().coupon(u"JANE10"_s).email(u"Jane@Example.COM"_s).build()
                                             << R::Coupon << jane << partnerProgram << 1000 << qint64(0) << true;
    QTest::addRow("self-referral by link")
        << order().landing(store + u"/?acc=BOB"_s).email(u" bob@example.com "_s).build() << R::Link << bob
        << agencyProgram << 3000 << qint64(0) << true;
    QTest::addRow("self-referral by direct link")
        << order().referrer(u"https://janeblog.example/"_s).email(u"JANE@example.com"_s).build() << R::Direct << jane
        << partnerProgram << 2000 << qint64(0) << true;
    QTest::addRow("self-referral with a fixed manual amount")
        << order(u"M-2"_s).email(u"bob@example.com"_s).build() << R::Manual << bob << agencyProgram << 0 << qint64(0)
        << true;
    QTest::addRow("another partner's email is no self-referral")
        << order().coupon(u"JANE10"_s).email(u"bob@example.com"_s).build() << R::Coupon << jane << partnerProgram
        << 1000 << qint64(1200) << false;
    QTest::addRow("a similar email is no self-referral")
        << order().coupon(u"JANE10"_s).email(u"jane@example.co"_s).build() << R::Coupon << jane << partnerProgram
        << 1000 << qint64(1200) << false;
    QTest::addRow("an unattributed order is never a self-referral")
        << order().email(u"jane@example.com"_s).build() << R::Unattributed << none << none << 0 << qint64(0) << false;

    // Commission = subtotal x rate, rounded half away from zero in the order's currency.
    QTest::addRow("0.15 x 10 %% = 0.02") << order().coupon(u"JANE10"_s).subtotal(15).build() << R::Coupon << jane
                                         << partnerProgram << 1000 << qint64(2) << false;
    QTest::addRow("123.45 x 10 %% = 12.35") << order().coupon(u"JANE10"_s).subtotal(12345).build() << R::Coupon << jane
                                            << partnerProgram << 1000 << qint64(1235) << false;
    QTest::addRow("0.03 x 30 %% = 0.01") << order().cookie(u"BOB"_s).subtotal(3).build() << R::Link << bob
                                         << agencyProgram << 3000 << qint64(1) << false;
    QTest::addRow("125 JPY x 10 %% = 13 JPY") << order().coupon(u"JANE10"_s).subtotal(125, u"JPY"_s).build()
                                              << R::Coupon << jane << partnerProgram << 1000 << qint64(13) << false;
    QTest::addRow("a fixed manual amount ignores the subtotal")
        << order(u"M-2"_s).subtotal(99999).build() << R::Manual << bob << agencyProgram << 0 << qint64(777) << false;
}

void TestAttributionEngine::attribute()
{
    QFETCH(Order, order);
    QFETCH(AttributionRule, rule);
    QFETCH(qint64, affiliateId);
    QFETCH(qint64, programId);
    QFETCH(int, rateBp);
    QFETCH(qint64, commission);
    QFETCH(bool, selfReferral);

    const AttributionEngine engine(m_snapshot);
    const Attribution result = engine.attribute(order);

    QCOMPARE(AttributionEngine::ruleName(result.rule), AttributionEngine::ruleName(rule));
    QCOMPARE(result.isAttributed(), rule != AttributionRule::Unattributed);
    QCOMPARE(result.affiliateId, affiliateId);
    QCOMPARE(result.programId, programId);
    QCOMPARE(result.rateBp, rateBp);
    QCOMPARE(result.commissionMinor, commission);
    QCOMPARE(result.selfReferral, selfReferral);

    // The trace: one verdict per rule in order; the rules before the winner did not match, the
    // winner won, the later ones were not tried.
    const AttributionRule order6[] = {AttributionRule::Manual,  AttributionRule::Coupon, AttributionRule::Link,
                                      AttributionRule::Rewrite, AttributionRule::Direct, AttributionRule::Lifetime};
    QCOMPARE(result.trace.size(), 6);
    int won = 0;
    bool passedWinner = false;
    for (int i = 0; i < 6; ++i) {
        const RuleVerdict &verdict = result.trace.at(i);
        QCOMPARE(AttributionEngine::ruleName(verdict.rule), AttributionEngine::ruleName(order6[i]));
        QVERIFY2(!verdict.reason.isEmpty(), qPrintable(AttributionEngine::ruleName(verdict.rule)));
        if (verdict.rule == rule) {
            QCOMPARE(verdict.outcome, RuleVerdict::Outcome::Won);
            QCOMPARE(verdict.reason.contains(u"self-referral"), selfReferral);
            ++won;
            passedWinner = true;
        } else if (passedWinner) {
            QCOMPARE(verdict.outcome, RuleVerdict::Outcome::NotReached);
        } else {
            QCOMPARE(verdict.outcome, RuleVerdict::Outcome::NotMatched);
        }
    }
    QCOMPARE(won, rule == AttributionRule::Unattributed ? 0 : 1);
}

void TestAttributionEngine::traceExplainsEveryRule()
{
    // The explainer says why each rule did not match, naming what it looked at.
    const AttributionEngine engine(m_snapshot);
    const Attribution result = engine.attribute(order(u"M-3"_s)
                                                    .coupon(u"CAROL1"_s)
                                                    .landing(store + u"/p?acc=DAVE"_s)
                                                    .referrer(u"https://news.janeblog.example/"_s)
                                                    .build());
    QVERIFY(!result.isAttributed());
    QCOMPARE(result.trace.size(), 6);
    QVERIFY2(result.trace.at(0).reason.contains(u"GINA"), qPrintable(result.trace.at(0).reason));
    QVERIFY2(result.trace.at(1).reason.contains(u"CAROL1"), qPrintable(result.trace.at(1).reason));
    QVERIFY2(result.trace.at(1).reason.contains(u"Koongo Partner"), qPrintable(result.trace.at(1).reason));
    QVERIFY2(result.trace.at(2).reason.contains(u"DAVE"), qPrintable(result.trace.at(2).reason));
    QVERIFY2(result.trace.at(3).reason.contains(u"/p"), qPrintable(result.trace.at(3).reason));
    QVERIFY2(result.trace.at(4).reason.contains(u"news.janeblog.example"), qPrintable(result.trace.at(4).reason));
    QVERIFY2(result.trace.at(5).reason.contains(u"lifetime"), qPrintable(result.trace.at(5).reason));

    const Attribution won = engine.attribute(order().coupon(u"JANE10"_s).build());
    QVERIFY2(won.trace.at(2).reason.contains(u"coupon"), qPrintable(won.trace.at(2).reason));
}

void TestAttributionEngine::primaryProgram()
{
    AttributionSnapshot s;
    s.addProgram(program(1, u"A"_s, 1000, 1000, u"a.example"_s, true));
    s.addProgram(program(2, u"B"_s, 2000, 1000, u"b.example"_s, true));
    s.addProgram(program(3, u"C"_s, 3000, 1000, u"c.example"_s, true));
    s.addAffiliate(1, u"FIRST"_s, u"First"_s, QString(), true);
    s.addMembership(1, 2, true, false);
    s.addMembership(1, 1, true, false);
    s.addAffiliate(2, u"CHOSEN"_s, u"Chosen"_s, QString(), true);
    s.addMembership(2, 1, true, false);
    s.addMembership(2, 3, true, true);
    s.addAffiliate(3, u"STALE"_s, u"Stale choice"_s, QString(), true);
    s.addMembership(3, 3, false, true);
    s.addMembership(3, 2, true, false);
    s.addMembership(3, 1, true, false);
    s.addAffiliate(4, u"NONE"_s, u"Nothing active"_s, QString(), true);
    s.addMembership(4, 1, false, false);

    // First joined that is still active: program 2, not the lower id 1.
    QCOMPARE(s.affiliate(1)->primaryProgramId, qint64(2));
    QCOMPARE(s.affiliate(1)->activePrograms, QList<qint64>({2, 1}));
    // The manager's choice.
    QCOMPARE(s.affiliate(2)->primaryProgramId, qint64(3));
    // A chosen primary that is no longer active falls back to the first active one.
    QCOMPARE(s.affiliate(3)->primaryProgramId, qint64(2));
    QCOMPARE(s.affiliate(4)->primaryProgramId, qint64(0));
    QVERIFY(s.affiliate(4)->activePrograms.isEmpty());

    const AttributionEngine engine(s);
    const Attribution first = engine.attribute(order().cookie(u"FIRST"_s).build());
    QCOMPARE(first.programId, qint64(2));
    QCOMPARE(first.commissionMinor, qint64(2400));
    QCOMPARE(engine.attribute(order().cookie(u"CHOSEN"_s).build()).programId, qint64(3));
    QCOMPARE(engine.attribute(order().cookie(u"STALE"_s).build()).programId, qint64(2));
    QVERIFY(!engine.attribute(order().cookie(u"NONE"_s).build()).isAttributed());

    // Deactivating a program moves the primary to the next active membership.
    s.addProgram(program(2, u"B"_s, 2000, 1000, u"b.example"_s, false));
    QCOMPARE(s.affiliate(1)->primaryProgramId, qint64(1));
    QCOMPARE(engine.attribute(order().cookie(u"FIRST"_s).build()).programId, qint64(1));
}

void TestAttributionEngine::snapshotOrderDoesNotMatter()
{
    // A loader may read affiliates, programs and memberships in any order.
    AttributionSnapshot membershipsFirst;
    membershipsFirst.addMembership(7, 2, true, false);
    membershipsFirst.addMembership(7, 1, true, false);
    membershipsFirst.addAffiliate(7, u"LATE"_s, u"Late"_s, QString(), true);
    membershipsFirst.addProgram(program(1, u"A"_s, 1000, 1000, u"a.example"_s, true));
    membershipsFirst.addProgram(program(2, u"B"_s, 2000, 1000, u"b.example"_s, true));

    AttributionSnapshot programsLast;
    programsLast.addAffiliate(7, u"LATE"_s, u"Late"_s, QString(), true);
    programsLast.addMembership(7, 2, true, false);
    programsLast.addMembership(7, 1, true, false);
    programsLast.addProgram(program(1, u"A"_s, 1000, 1000, u"a.example"_s, true));
    programsLast.addProgram(program(2, u"B"_s, 2000, 1000, u"b.example"_s, true));

    AttributionSnapshot affiliateLast;
    affiliateLast.addProgram(program(1, u"A"_s, 1000, 1000, u"a.example"_s, true));
    affiliateLast.addProgram(program(2, u"B"_s, 2000, 1000, u"b.example"_s, true));
    affiliateLast.addMembership(7, 2, true, false);
    affiliateLast.addMembership(7, 1, true, false);
    affiliateLast.addAffiliate(7, u"LATE"_s, u"Late"_s, QString(), true);

    for (const AttributionSnapshot *s : {&membershipsFirst, &programsLast, &affiliateLast}) {
        QVERIFY(s->affiliate(7));
        QCOMPARE(s->affiliate(7)->activePrograms, QList<qint64>({2, 1}));
        QCOMPARE(s->affiliate(7)->primaryProgramId, qint64(2));
        const Attribution result = AttributionEngine(*s).attribute(order().cookie(u"late"_s).build());
        QCOMPARE(result.affiliateId, qint64(7));
        QCOMPARE(result.programId, qint64(2));
    }
}

void TestAttributionEngine::snapshotLookups()
{
    QCOMPARE(m_snapshot.affiliateByCode(u"jane"_s)->id, jane);
    QCOMPARE(m_snapshot.affiliateByCode(seedCode)->id, ivan);
    QVERIFY(!m_snapshot.affiliateByCode(u"NOBODY"_s));
    QCOMPARE(m_snapshot.coupon(u" Jane10 "_s)->affiliateId, jane);
    QVERIFY(!m_snapshot.coupon(u"JANE1"_s));
    QCOMPARE(m_snapshot.rewriteOwner(u"store.example.com"_s, u"/partner/bob"_s), std::optional<qint64>(bob));
    QCOMPARE(m_snapshot.rewriteOwner(u"store.example.com"_s, u"/partner/bob/"_s), std::optional<qint64>(bob));
    QCOMPARE(m_snapshot.rewriteOwner(u"store.example.com"_s, u"/partner"_s), std::nullopt);
    QCOMPARE(m_snapshot.domainOwner(u"deep.news.blog.example"_s),
             std::optional(std::pair<qint64, QString>(bob, u"*.blog.example"_s)));
    QCOMPARE(m_snapshot.domainOwner(u"janeblog.example"_s),
             std::optional(std::pair<qint64, QString>(jane, u"janeblog.example"_s)));
    QCOMPARE(m_snapshot.domainOwner(u"example"_s), std::nullopt);
    QCOMPARE(m_snapshot.domainOwner(QString()), std::nullopt);
    QVERIFY(m_snapshot.isStoreHost(u"shop.store.example.com"_s));
    QVERIFY(m_snapshot.isStoreHost(u"old.example.com"_s));
    QVERIFY(!m_snapshot.isStoreHost(u"evilstore.example.com"_s));
    QVERIFY(m_snapshot.hasActiveMembership(bob, partnerProgram));
    QVERIFY(!m_snapshot.hasActiveMembership(carol, partnerProgram));
    QVERIFY(!m_snapshot.hasActiveMembership(dave, partnerProgram));
    QVERIFY(!m_snapshot.hasActiveMembership(erin, oldProgram));
    QCOMPARE(AttributionSnapshot::normalisePath(u"partner/jane/"_s), u"/partner/jane"_s);
    QCOMPARE(AttributionSnapshot::normalisePath(u"/"_s), u"/"_s);
    QCOMPARE(AttributionSnapshot::normalisePath(QString()), u"/"_s);
}

void TestAttributionEngine::ruleNames()
{
    const AttributionRule rules[] = {AttributionRule::Manual,  AttributionRule::Coupon, AttributionRule::Link,
                                     AttributionRule::Rewrite, AttributionRule::Direct, AttributionRule::Unattributed};
    const QStringList names{u"manual"_s, u"coupon"_s, u"link"_s, u"rewrite"_s, u"direct"_s, u"unattributed"_s};
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(AttributionEngine::ruleName(rules[i]), names.at(i));
        QCOMPARE(AttributionEngine::parseRule(names.at(i)), std::optional<AttributionRule>(rules[i]));
    }
    QCOMPARE(AttributionEngine::parseRule(u"reversal"), std::nullopt);
    QCOMPARE(AttributionEngine::parseRule(u""), std::nullopt);
}

void TestAttributionEngine::transactionStatus_data()
{
    QTest::addColumn<OrderStatus>("orderStatus");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<TransactionStatus>("expected");

    // Placed at 2026-01-31T12:00:00Z with a 30-day hold: approved from 2026-03-02T12:00:00Z on.
    const qint64 placed = 1769860800;
    const qint64 approved = placed + 30 * Timestamp::secondsPerDay;

    QTest::addRow("pending, right away") << OrderStatus::Pending << placed << TransactionStatus::Pending;
    QTest::addRow("pending, long after the hold")
        << OrderStatus::Pending << approved + 365 * Timestamp::secondsPerDay << TransactionStatus::Pending;
    QTest::addRow("complete, right away") << OrderStatus::Complete << placed << TransactionStatus::Pending;
    QTest::addRow("complete, one second before the hold ends")
        << OrderStatus::Complete << approved - 1 << TransactionStatus::Pending;
    QTest::addRow("complete, exactly when the hold ends")
        << OrderStatus::Complete << approved << TransactionStatus::Approved;
    QTest::addRow("complete, after the hold") << OrderStatus::Complete << approved + 1 << TransactionStatus::Approved;
    QTest::addRow("complete, clock before the order")
        << OrderStatus::Complete << placed - 3600 << TransactionStatus::Pending;
    QTest::addRow("canceled, during the hold") << OrderStatus::Canceled << placed << TransactionStatus::Cancelled;
    QTest::addRow("canceled, after the hold") << OrderStatus::Canceled << approved + 1 << TransactionStatus::Cancelled;
    QTest::addRow("refunded, during the hold") << OrderStatus::Refunded << placed + 1 << TransactionStatus::Cancelled;
    QTest::addRow("refunded, after the hold") << OrderStatus::Refunded << approved + 1 << TransactionStatus::Cancelled;
}

void TestAttributionEngine::transactionStatus()
{
    QFETCH(OrderStatus, orderStatus);
    QFETCH(qint64, now);
    QFETCH(TransactionStatus, expected);

    const TransactionStatus status = TransactionRules::statusFor(orderStatus, 1769860800, 30, now);
    QCOMPARE(TransactionRules::statusName(status), TransactionRules::statusName(expected));
}

void TestAttributionEngine::approveAt()
{
    const qint64 placed = 1769860800;
    QCOMPARE(TransactionRules::approveAt(OrderStatus::Complete, placed, 30),
             std::optional<qint64>(placed + 30 * 86400));
    QCOMPARE(TransactionRules::approveAt(OrderStatus::Complete, placed, 0), std::optional<qint64>(placed));
    QCOMPARE(TransactionRules::approveAt(OrderStatus::Pending, placed, 30), std::nullopt);
    QCOMPARE(TransactionRules::approveAt(OrderStatus::Canceled, placed, 30), std::nullopt);
    QCOMPARE(TransactionRules::approveAt(OrderStatus::Refunded, placed, 30), std::nullopt);
    // No hold: a complete order is approved at once.
    QCOMPARE(TransactionRules::statusFor(OrderStatus::Complete, placed, 0, placed), TransactionStatus::Approved);
}

void TestAttributionEngine::orderStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<OrderStatus>("status");

    QTest::addRow("pending") << u"pending"_s << true << OrderStatus::Pending;
    QTest::addRow("complete") << u"complete"_s << true << OrderStatus::Complete;
    QTest::addRow("Complete, spaced") << u" Complete "_s << true << OrderStatus::Complete;
    QTest::addRow("canceled") << u"canceled"_s << true << OrderStatus::Canceled;
    QTest::addRow("cancelled") << u"cancelled"_s << true << OrderStatus::Canceled;
    QTest::addRow("refunded") << u"REFUNDED"_s << true << OrderStatus::Refunded;
    QTest::addRow("shipped") << u"shipped"_s << false << OrderStatus::Pending;
    QTest::addRow("empty") << QString() << false << OrderStatus::Pending;
}

void TestAttributionEngine::orderStatus()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(OrderStatus, status);

    const std::optional<OrderStatus> parsed = Order::parseStatus(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, status);
        QCOMPARE(Order::parseStatus(Order::statusName(*parsed)), parsed);
    }
}

void TestAttributionEngine::transactionStatusNames()
{
    for (const TransactionStatus status : {TransactionStatus::Pending, TransactionStatus::Approved,
                                           TransactionStatus::Cancelled, TransactionStatus::Paid}) {
        const QString name = TransactionRules::statusName(status);
        QVERIFY(!name.isEmpty());
        QCOMPARE(TransactionRules::parseStatus(name), std::optional<TransactionStatus>(status));
    }
    QCOMPARE(TransactionRules::statusName(TransactionStatus::Cancelled), u"cancelled"_s);
    QCOMPARE(TransactionRules::parseStatus(u"canceled"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestAttributionEngine)
#include "tst_attributionengine.moc"
