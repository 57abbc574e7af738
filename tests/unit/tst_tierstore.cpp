// A program's monthly tiers (issue #15): TierStore on a real SQLite file. Listed by min_orders;
// refusals write nothing; adds and removes are audited; a partner's desktop changes nothing.

#include "payouttestkit.h"
#include "store/auditlog.h"
#include "store/tierstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;
using namespace PayoutTestKit;

class TestTierStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tiersAreListedByMinOrders();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void addAndRemoveAreAudited();
    void aPartnersDesktopChangesNoTiers();

private:
    Database &db() { return m_store->database; }

    std::unique_ptr<StoreFixture> m_store;
    Books m_books;
};

void TestTierStore::initTestCase()
{
    pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
}

void TestTierStore::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    QVERIFY(setUpBooks(db(), m_books));
}

void TestTierStore::cleanup()
{
    m_store.reset();
}

void TestTierStore::tiersAreListedByMinOrders()
{
    TierStore store(db());
    QVERIFY(store.add(m_books.partnerProgram, 50, 3000, 1500));
    QVERIFY(store.add(m_books.partnerProgram, 10, 2500, std::nullopt));
    QVERIFY(store.add(m_books.partnerProgram, 1, 2100, std::nullopt));
    QVERIFY(store.add(m_books.agencyProgram, 5, 4000, std::nullopt));

    const QList<Tier> tiers = store.list(m_books.partnerProgram);
    QCOMPARE(tiers.size(), 3);
    QCOMPARE(tiers.at(0).minOrders, 1);
    QCOMPARE(tiers.at(1).minOrders, 10);
    QCOMPARE(tiers.at(1).linkRateBp, 2500);
    QVERIFY(!tiers.at(1).couponRateBp);
    QCOMPARE(tiers.at(2).minOrders, 50);
    QCOMPARE(tiers.at(2).couponRateBp, std::optional<int>(1500));
    QCOMPARE(tiers.at(2).programId, m_books.partnerProgram);
    QCOMPARE(store.list(m_books.agencyProgram).size(), 1);
    QCOMPARE(store.list(m_books.usProgram).size(), 0);
    QCOMPARE(store.byMinOrders(m_books.partnerProgram, 10)->id, tiers.at(1).id);
    QVERIFY(!store.byMinOrders(m_books.partnerProgram, 11));
}

void TestTierStore::refusalsWriteNothing_data()
{
    QTest::addColumn<qint64>("program"); // 0: Koongo Partner
    QTest::addColumn<int>("minOrders");
    QTest::addColumn<int>("linkRateBp");
    QTest::addColumn<int>("couponRateBp"); // -2: none
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown program") << qint64(999) << 5 << 2000 << -2 << u"program no longer exists"_s;
    QTest::addRow("zero orders") << qint64(0) << 0 << 2000 << -2 << u"from 1 to 1,000,000 orders"_s;
    QTest::addRow("too many orders") << qint64(0) << 1000001 << 2000 << -2 << u"from 1 to 1,000,000 orders"_s;
    QTest::addRow("link rate above 100 percent")
        << qint64(0) << 5 << 10001 << -2 << u"link rate must be from 0 to 100 %"_s;
    QTest::addRow("negative link rate") << qint64(0) << 5 << -1 << -2 << u"link rate must be from 0 to 100 %"_s;
    QTest::addRow("coupon rate above 100 percent")
        << qint64(0) << 5 << 2000 << 10001 << u"coupon rate must be from 0 to 100 %"_s;
    QTest::addRow("the same min orders") << qint64(0) << 10 << 2000 << -2
                                         << u"Koongo Partner has a tier from 10 orders already"_s;
}

void TestTierStore::refusalsWriteNothing()
{
    QFETCH(qint64, program);
    QFETCH(int, minOrders);
    QFETCH(int, linkRateBp);
    QFETCH(int, couponRateBp);
    QFETCH(QString, message);
    TierStore store(db());
    QVERIFY(store.add(m_books.partnerProgram, 10, 2500, std::nullopt));
    const QByteArray before = checksum(db());
    const Result<qint64> refused = store.add(program ? program : m_books.partnerProgram, minOrders, linkRateBp,
                                             couponRateBp == -2 ? std::nullopt : std::optional<int>(couponRateBp));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(checksum(db()), before);
}

void TestTierStore::addAndRemoveAreAudited()
{
    TierStore store(db());
    const qint64 queued = count(db(), u"sync_outbox"_s, u"tbl = 'program_tiers'"_s);
    const Result<qint64> id = store.add(m_books.partnerProgram, 10, 2500, 1250);
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(store.remove(*id));
    QCOMPARE(store.list(m_books.partnerProgram).size(), 0);
    const Status again = store.remove(*id);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"no longer exists"_s), qPrintable(again.error()));
    QCOMPARE(count(db(), u"sync_outbox"_s, u"tbl = 'program_tiers'"_s), queued + 2); // upsert, delete

    const QList<AuditEntry> entries = AuditLog(db().connection()).entries(u"program_tier"_s, QString::number(*id));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, u"tier.remove"_s); // newest first
    QVERIFY2(entries.at(0).before.contains(u"\"min_orders\":10"_s), qPrintable(entries.at(0).before));
    QCOMPARE(entries.at(1).action, u"tier.add"_s);
    QVERIFY(entries.at(1).after.contains(u"\"program\":\"Koongo Partner\""_s));
    QVERIFY(entries.at(1).after.contains(u"\"link_rate\":\"25\""_s));
    QVERIFY(entries.at(1).after.contains(u"\"coupon_rate\":\"12.5\""_s));
    QCOMPARE(entries.at(1).actor, u"manager"_s);
}

void TestTierStore::aPartnersDesktopChangesNoTiers()
{
    TierStore store(db());
    const Result<qint64> id = store.add(m_books.partnerProgram, 10, 2500, std::nullopt);
    QVERIFY(id);
    QSqlQuery query(db().connection());
    QVERIFY(query.exec(u"INSERT INTO sync_state (key, value) VALUES ('desktop_role', 'partner:ANNA')"_s));
    const QByteArray before = checksum(db());
    const Result<qint64> added = store.add(m_books.partnerProgram, 20, 3000, std::nullopt);
    QVERIFY(!added);
    QVERIFY2(added.error().contains(u"partner's desktop"_s), qPrintable(added.error()));
    const Status removed = store.remove(*id);
    QVERIFY(!removed);
    QVERIFY2(removed.error().contains(u"partner's desktop"_s), qPrintable(removed.error()));
    QCOMPARE(checksum(db()), before);
    QCOMPARE(store.list(m_books.partnerProgram).size(), 1); // a partner reads them
}

QTEST_GUILESS_MAIN(TestTierStore)
#include "tst_tierstore.moc"
