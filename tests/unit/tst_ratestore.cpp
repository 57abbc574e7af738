// A partner's own rates (issue #15): RateStore on a real SQLite file. Each row is a complete state
// effective from a date; parts not given are copied from the row in force just before it; the row
// in force at an instant is the latest one at or before it; every refusal writes nothing; each
// write is audited; a partner's desktop sets nothing.

#include "payouttestkit.h"
#include "store/auditlog.h"
#include "store/ratestore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;
using namespace PayoutTestKit;

class TestRateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void historyKeepsEveryRowCompleteByCopyingForward();
    void inForceByDate_data();
    void inForceByDate();
    void aRowInTheMiddleCopiesFromTheRowBeforeIt();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void eachRowIsAuditedAndQueuedForSync();
    void aPartnersDesktopSetsNoRates();

private:
    Database &db() { return m_store->database; }
    PartnerRateChange change(const char *from) const
    {
        PartnerRateChange c;
        c.programId = m_books.partnerProgram;
        c.affiliateId = m_books.anna;
        c.from = *Timestamp::parse(QString::fromLatin1(from));
        return c;
    }
    // Three rows of ANNA in Koongo Partner: link 25 % from January, + coupon 3.00 EUR from March,
    // link reset from May.
    void setUpHistory();

    std::unique_ptr<StoreFixture> m_store;
    Books m_books;
};

void TestRateStore::initTestCase()
{
    pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
}

void TestRateStore::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    QVERIFY(setUpBooks(db(), m_books));
}

void TestRateStore::cleanup()
{
    m_store.reset();
}

void TestRateStore::setUpHistory()
{
    RateStore store(db());
    PartnerRateChange january = change("2026-01-01");
    january.linkRateBp = 2500;
    const Result<qint64> first = store.set(january);
    QVERIFY2(first, qPrintable(first.error()));
    PartnerRateChange march = change("2026-03-01");
    march.couponAmountMinor = 300;
    const Result<qint64> second = store.set(march);
    QVERIFY2(second, qPrintable(second.error()));
    PartnerRateChange may = change("2026-05-01");
    may.resetLink = true;
    const Result<qint64> third = store.set(may);
    QVERIFY2(third, qPrintable(third.error()));
}

void TestRateStore::historyKeepsEveryRowCompleteByCopyingForward()
{
    setUpHistory();
    RateStore store(db());
    PartnerRateChange us = change("2026-02-01");
    us.programId = m_books.usProgram;
    us.couponRateBp = 1250;
    QVERIFY(store.set(us));

    const QList<PartnerRate> rows = store.history(m_books.anna, m_books.partnerProgram);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).effectiveFrom, *Timestamp::parse(u"2026-01-01"_s));
    QCOMPARE(rows.at(0).linkRateBp, std::optional<int>(2500));
    QVERIFY(!rows.at(0).hasCoupon());
    QCOMPARE(rows.at(1).linkRateBp, std::optional<int>(2500)); // copied
    QCOMPARE(rows.at(1).couponAmountMinor, std::optional<qint64>(300));
    QVERIFY(!rows.at(1).couponRateBp);
    QVERIFY(!rows.at(2).hasLink());                                     // reset
    QCOMPARE(rows.at(2).couponAmountMinor, std::optional<qint64>(300)); // copied
    QCOMPARE(rows.at(2).createdBy, u"manager"_s);
    QCOMPARE(rows.at(2).createdAt, QString::fromLatin1(pinnedNow));

    QCOMPARE(store.history(m_books.anna).size(), 4);
    QCOMPARE(store.history(m_books.anna, m_books.usProgram).size(), 1);
    QCOMPARE(store.history(m_books.anna, m_books.usProgram).first().couponRateBp, std::optional<int>(1250));
    QCOMPARE(store.history(m_books.ben).size(), 0);
}

void TestRateStore::inForceByDate_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("row"); // index in the history; -1: none
    QTest::addRow("before the first row") << u"2025-12-31T23:59:59Z"_s << -1;
    QTest::addRow("the first row's instant") << u"2026-01-01T00:00:00Z"_s << 0;
    QTest::addRow("within the first row") << u"2026-02-15T12:00:00Z"_s << 0;
    QTest::addRow("a second before the second") << u"2026-02-28T23:59:59Z"_s << 0;
    QTest::addRow("the second row's instant") << u"2026-03-01T00:00:00Z"_s << 1;
    QTest::addRow("the last row") << u"2026-05-01T00:00:01Z"_s << 2;
    QTest::addRow("long after") << u"2027-01-01T00:00:00Z"_s << 2;
}

void TestRateStore::inForceByDate()
{
    QFETCH(QString, at);
    QFETCH(int, row);
    setUpHistory();
    RateStore store(db());
    const QList<PartnerRate> rows = store.history(m_books.anna, m_books.partnerProgram);
    const std::optional<PartnerRate> found = store.inForce(m_books.anna, m_books.partnerProgram, *Timestamp::parse(at));
    if (row < 0) {
        QVERIFY(!found);
    } else {
        QVERIFY(found);
        QCOMPARE(found->id, rows.at(row).id);
    }
    // Another partner or program has nothing in force.
    QVERIFY(!store.inForce(m_books.ben, m_books.partnerProgram, *Timestamp::parse(at)));
    QVERIFY(!store.inForce(m_books.anna, m_books.agencyProgram, *Timestamp::parse(at)));
}

void TestRateStore::aRowInTheMiddleCopiesFromTheRowBeforeIt()
{
    setUpHistory();
    RateStore store(db());
    PartnerRateChange april = change("2026-04-01T08:00:00Z");
    april.linkAmountMinor = 500;
    QVERIFY(store.set(april));
    const QList<PartnerRate> rows = store.history(m_books.anna, m_books.partnerProgram);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(2).effectiveFrom, *Timestamp::parse(u"2026-04-01T08:00:00Z"_s));
    QCOMPARE(rows.at(2).linkAmountMinor, std::optional<qint64>(500));
    QVERIFY(!rows.at(2).linkRateBp);
    QCOMPARE(rows.at(2).couponAmountMinor, std::optional<qint64>(300)); // from March's row
    // May's row is untouched: still reset.
    QVERIFY(!rows.at(3).hasLink());
}

void TestRateStore::refusalsWriteNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown program") << u"program"_s << u"program no longer exists"_s;
    QTest::addRow("unknown partner") << u"partner"_s << u"partner no longer exists"_s;
    QTest::addRow("not a member") << u"member"_s << u"CARL is not a member of Koongo Agency"_s;
    QTest::addRow("rate above 100 percent") << u"rate10001"_s << u"link rate must be from 0 to 100 %"_s;
    QTest::addRow("negative rate") << u"rate-1"_s << u"coupon rate must be from 0 to 100 %"_s;
    QTest::addRow("negative amount") << u"amount-1"_s << u"link amount must be from 0"_s;
    QTest::addRow("amount too large") << u"amountmax"_s << u"coupon amount must be from 0"_s;
    QTest::addRow("link rate and amount") << u"linkboth"_s << u"link commission as a rate or as an amount"_s;
    QTest::addRow("coupon rate and amount") << u"couponboth"_s << u"coupon commission as a rate or as an amount"_s;
    QTest::addRow("reset and set") << u"resetset"_s << u"cannot be reset and set at once"_s;
    QTest::addRow("nothing given") << u"nothing"_s << u"Nothing to change"_s;
    QTest::addRow("the same date") << u"samedate"_s << u"ANNA already has rates in Koongo Partner from 2026-01-01"_s;
    QTest::addRow("the rates in force") << u"same"_s << u"in force at 2026-02-01T00:00:00Z already"_s;
    QTest::addRow("reset with no row") << u"resetnone"_s << u"there is nothing to reset"_s;
    QTest::addRow("a date beyond the books") << u"date"_s << u"the latest time accepted"_s;
}

void TestRateStore::refusalsWriteNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    RateStore store(db());
    PartnerRateChange january = change("2026-01-01");
    january.linkRateBp = 2500;
    QVERIFY(store.set(january));

    PartnerRateChange c = change("2026-02-01");
    c.linkRateBp = 3000;
    if (what == u"program") {
        c.programId = 999;
    } else if (what == u"partner") {
        c.affiliateId = 999;
    } else if (what == u"member") {
        c.affiliateId = m_books.carl;
        c.programId = m_books.agencyProgram;
    } else if (what == u"rate10001") {
        c.linkRateBp = 10001;
    } else if (what == u"rate-1") {
        c.couponRateBp = -1;
    } else if (what == u"amount-1") {
        c.linkRateBp.reset();
        c.linkAmountMinor = -1;
    } else if (what == u"amountmax") {
        c.couponAmountMinor = RateStore::maxAmountMinor + 1;
    } else if (what == u"linkboth") {
        c.linkAmountMinor = 100;
    } else if (what == u"couponboth") {
        c.couponRateBp = 100;
        c.couponAmountMinor = 100;
    } else if (what == u"resetset") {
        c.resetLink = true;
    } else if (what == u"nothing") {
        c.linkRateBp.reset();
    } else if (what == u"samedate") {
        c.from = january.from;
    } else if (what == u"same") {
        c.linkRateBp = 2500;
    } else if (what == u"resetnone") {
        c.from = *Timestamp::parse(u"2025-06-01"_s);
        c.linkRateBp.reset();
        c.resetCoupon = true;
    } else if (what == u"date") {
        c.from = *Timestamp::parse(u"9999-12-31T23:59:59Z"_s) + 1;
    }
    const QByteArray before = checksum(db());
    const Result<qint64> refused = store.set(c);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(checksum(db()), before);
}

void TestRateStore::eachRowIsAuditedAndQueuedForSync()
{
    const qint64 queued = count(db(), u"sync_outbox"_s, u"tbl = 'partner_rates'"_s);
    RateStore store(db());
    PartnerRateChange january = change("2026-01-01");
    january.linkRateBp = 2500;
    const Result<qint64> first = store.set(january);
    QVERIFY(first);
    PartnerRateChange march = change("2026-03-01");
    march.couponAmountMinor = 300;
    const Result<qint64> second = store.set(march);
    QVERIFY(second);
    QCOMPARE(count(db(), u"sync_outbox"_s, u"tbl = 'partner_rates'"_s), queued + 2);

    const QList<AuditEntry> entries = AuditLog(db().connection()).entries(u"partner_rate"_s, QString::number(*second));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, u"rate.set"_s);
    QCOMPARE(entries.first().actor, u"manager"_s);
    QVERIFY2(entries.first().before.contains(u"\"link\":\"25 %\""_s), qPrintable(entries.first().before));
    QVERIFY2(entries.first().after.contains(u"\"coupon\":\"3.00 EUR\""_s), qPrintable(entries.first().after));
    QVERIFY(entries.first().after.contains(u"\"affiliate\":\"ANNA\""_s));
    QVERIFY(AuditLog(db().connection()).entries(u"partner_rate"_s, QString::number(*first)).first().before.isEmpty());
}

void TestRateStore::aPartnersDesktopSetsNoRates()
{
    QSqlQuery query(db().connection());
    QVERIFY(query.exec(u"INSERT INTO sync_state (key, value) VALUES ('desktop_role', 'partner:ANNA')"_s));
    PartnerRateChange c = change("2026-01-01");
    c.linkRateBp = 2500;
    const QByteArray before = checksum(db());
    const Result<qint64> refused = RateStore(db()).set(c);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"partner's desktop"_s), qPrintable(refused.error()));
    QCOMPARE(checksum(db()), before);
}

QTEST_GUILESS_MAIN(TestRateStore)
#include "tst_ratestore.moc"
