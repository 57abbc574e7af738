// The fraud review (issue #15): HoldStore on a real SQLite file. Held rows are set up by SQL here
// (flagging them is the attribution engine's job, tested there). Clear lets a row go on as normal
// (approved once its order is complete and the approval hold passed), cancel cancels it; both are
// audited with the reason, refused on a partner's desktop and for an order with nothing held; a
// payout batch never takes a held row and its preview says what is held and why.

#include "payouttestkit.h"
#include "store/auditlog.h"
#include "store/holdstore.h"
#include "store/payoutstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;
using namespace PayoutTestKit;

class TestHoldStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void heldRowsAreListedWithRuleAndEvidence();
    void clearRecomputesTheStatus_data();
    void clearRecomputesTheStatus();
    void cancelCancels();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void aPartnersDesktopDecidesNothing();
    void aBatchSkipsHeldRowsAndThePreviewSaysWhy();

private:
    Database &db() { return m_store->database; }
    bool import(const QList<OrderLine> &orders)
    {
        return importOrders(db(), m_store->path(u"orders%1.csv"_s.arg(++m_imports)), orders);
    }
    // Holds the live transaction of `orderId` as the engine would: pending, flagged by `rule`.
    bool hold(const QString &orderId, const QString &rule, const QString &status = u"pending"_s)
    {
        QSqlQuery query(db().connection());
        query.prepare(u"UPDATE transactions SET hold = 'held', hold_rule = ?, hold_evidence = ?, status = ? "
                      "WHERE order_id = ? AND superseded = 0 AND kind <> 'reversal'"_s);
        query.addBindValue(rule);
        query.addBindValue(QString(u"evidence for "_s + orderId));
        query.addBindValue(status);
        query.addBindValue(orderId);
        return query.exec() && query.numRowsAffected() == 1;
    }
    QString columnOf(const QString &orderId, const QString &column)
    {
        QSqlQuery query(db().connection());
        query.prepare(
            u"SELECT %1 FROM transactions WHERE order_id = ? AND superseded = 0 AND kind <> 'reversal'"_s.arg(column));
        query.addBindValue(orderId);
        return query.exec() && query.next() ? query.value(0).toString() : u"?"_s;
    }

    std::unique_ptr<StoreFixture> m_store;
    Books m_books;
    int m_imports = 0;
};

void TestHoldStore::initTestCase()
{
    pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
}

void TestHoldStore::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    QVERIFY(setUpBooks(db(), m_books));
}

void TestHoldStore::cleanup()
{
    m_store.reset();
}

void TestHoldStore::heldRowsAreListedWithRuleAndEvidence()
{
    OrderLine late = viaLink(u"H-2"_s, u"BEN"_s, u"50.00"_s);
    late.placedAt = daysAgo(10);
    QVERIFY(import({viaLink(u"H-1"_s, u"ANNA"_s, u"100.00"_s), late, viaLink(u"H-3"_s, u"ANNA"_s, u"80.00"_s, u"USD"_s),
                    viaLink(u"OK-1"_s, u"CARL"_s, u"100.00"_s)}));
    QVERIFY(hold(u"H-1"_s, u"own_domain"_s));
    QVERIFY(hold(u"H-2"_s, u"leaked_coupon"_s));
    QVERIFY(hold(u"H-3"_s, u"own_domain"_s));

    HoldStore store(db());
    const QList<HeldTransaction> held = store.list();
    QCOMPARE(held.size(), 3);
    QCOMPARE(held.at(0).orderId, u"H-1"_s); // oldest first
    QCOMPARE(held.at(2).orderId, u"H-2"_s);
    QCOMPARE(held.at(0).affiliateCode, u"ANNA"_s);
    QCOMPARE(held.at(0).affiliateName, u"ANNA Name"_s);
    QCOMPARE(held.at(0).programName, u"Koongo Partner"_s);
    QCOMPARE(held.at(0).kind, u"link"_s);
    QCOMPARE(held.at(0).status, u"pending"_s);
    QCOMPARE(held.at(0).commissionMinor, 2000);
    QCOMPARE(held.at(0).currency, u"EUR"_s);
    QCOMPARE(held.at(0).holdRule, u"own_domain"_s);
    QCOMPARE(held.at(0).holdEvidence, u"evidence for H-1"_s);
    QCOMPARE(held.at(2).programName, u"Koongo Agency"_s);

    const Result<QList<HeldTotal>> totals = store.heldTotals();
    QVERIFY(totals);
    QCOMPARE(totals->size(), 2);
    QCOMPARE(totals->at(0), (HeldTotal{u"EUR"_s, 2, 2000 + 1500, {{u"leaked_coupon"_s, 1}, {u"own_domain"_s, 1}}}));
    // H-3 is credited in ANNA's primary program at its 20 %, in the order's currency.
    QCOMPARE(totals->at(1), (HeldTotal{u"USD"_s, 1, 1600, {{u"own_domain"_s, 1}}}));
    QVERIFY(HoldStore::describeRule(u"leaked_coupon"_s).contains(u"coupon"_s));
}

void TestHoldStore::clearRecomputesTheStatus_data()
{
    QTest::addColumn<QString>("orderStatus");
    QTest::addColumn<int>("placedDaysAgo"); // the approval hold is 30 days
    QTest::addColumn<QString>("expected");
    QTest::addRow("complete, hold passed") << u"complete"_s << 60 << u"approved"_s;
    QTest::addRow("complete, hold passed a day ago") << u"complete"_s << 31 << u"approved"_s;
    QTest::addRow("complete, hold passes tomorrow") << u"complete"_s << 29 << u"pending"_s;
    QTest::addRow("order still pending") << u"pending"_s << 60 << u"pending"_s;
    QTest::addRow("order cancelled") << u"canceled"_s << 60 << u"cancelled"_s;
}

void TestHoldStore::clearRecomputesTheStatus()
{
    QFETCH(QString, orderStatus);
    QFETCH(int, placedDaysAgo);
    QFETCH(QString, expected);
    OrderLine order = viaLink(u"H-1"_s, u"ANNA"_s, u"100.00"_s);
    order.status = orderStatus;
    order.placedAt = daysAgo(placedDaysAgo);
    QVERIFY(import({order}));
    QVERIFY(hold(u"H-1"_s, u"own_domain"_s, orderStatus == u"canceled" ? u"cancelled"_s : u"pending"_s));

    const Status cleared = HoldStore(db()).clear(u" H-1 "_s, u"  Checked with the customer  "_s);
    QVERIFY2(cleared, qPrintable(cleared.error()));
    QCOMPARE(columnOf(u"H-1"_s, u"hold"_s), u"cleared"_s);
    QCOMPARE(columnOf(u"H-1"_s, u"status"_s), expected);
    QCOMPARE(columnOf(u"H-1"_s, u"hold_rule"_s), u"own_domain"_s); // what held it stays on record
    QCOMPARE(HoldStore(db()).list().size(), 0);

    const QList<AuditEntry> entries = AuditLog(db().connection()).entries(u"transaction"_s, u"H-1"_s);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, u"holds.clear"_s);
    QCOMPARE(entries.first().reason, u"Checked with the customer"_s);
    QCOMPARE(entries.first().actor, u"manager"_s);
    QVERIFY2(entries.first().before.contains(u"\"hold\":\"held\""_s), qPrintable(entries.first().before));
    QVERIFY(entries.first().before.contains(u"\"hold_rule\":\"own_domain\""_s));
    QVERIFY2(entries.first().after.contains(u"\"status\":\"%1\""_s.arg(expected)), qPrintable(entries.first().after));
}

void TestHoldStore::cancelCancels()
{
    QVERIFY(import({viaLink(u"H-1"_s, u"ANNA"_s, u"100.00"_s), viaLink(u"H-2"_s, u"ANNA"_s, u"100.00"_s)}));
    QVERIFY(hold(u"H-1"_s, u"shared_customer"_s));
    QVERIFY(hold(u"H-2"_s, u"shared_customer"_s));
    const qint64 queued = count(db(), u"sync_outbox"_s, u"tbl = 'transactions'"_s);
    QVERIFY(HoldStore(db()).cancel(u"H-1"_s, u"The same customer bought through four partners"_s));
    QCOMPARE(columnOf(u"H-1"_s, u"hold"_s), u"cancelled"_s);
    QCOMPARE(columnOf(u"H-1"_s, u"status"_s), u"cancelled"_s);
    QCOMPARE(columnOf(u"H-2"_s, u"hold"_s), u"held"_s); // only that order
    QCOMPARE(count(db(), u"sync_outbox"_s, u"tbl = 'transactions'"_s), queued + 1);
    const QList<AuditEntry> entries = AuditLog(db().connection()).entries(u"transaction"_s, u"H-1"_s);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, u"holds.cancel"_s);
    QCOMPARE(entries.first().reason, u"The same customer bought through four partners"_s);
    QVERIFY(entries.first().after.contains(u"\"hold\":\"cancelled\""_s));
}

void TestHoldStore::refusalsWriteNothing_data()
{
    QTest::addColumn<QString>("orderId");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown order") << u"NOPE"_s << u"why"_s << u"Order NOPE has no held commission"_s;
    QTest::addRow("never held") << u"OK-1"_s << u"why"_s << u"Order OK-1 has no held commission"_s;
    QTest::addRow("cleared already") << u"C-1"_s << u"why"_s << u"Order C-1 has no held commission: it was cleared"_s;
    QTest::addRow("no reason") << u"H-1"_s << u"   "_s << u"Say why"_s;
}

void TestHoldStore::refusalsWriteNothing()
{
    QFETCH(QString, orderId);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    QVERIFY(import({viaLink(u"H-1"_s, u"ANNA"_s, u"100.00"_s), viaLink(u"OK-1"_s, u"ANNA"_s, u"100.00"_s),
                    viaLink(u"C-1"_s, u"ANNA"_s, u"100.00"_s)}));
    QVERIFY(hold(u"H-1"_s, u"own_domain"_s));
    QVERIFY(hold(u"C-1"_s, u"own_domain"_s));
    QVERIFY(HoldStore(db()).clear(u"C-1"_s, u"fine"_s));
    const QByteArray before = checksum(db());
    for (bool clear : {true, false}) {
        const Status refused = clear ? HoldStore(db()).clear(orderId, reason) : HoldStore(db()).cancel(orderId, reason);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    }
    QCOMPARE(checksum(db()), before);
}

void TestHoldStore::aPartnersDesktopDecidesNothing()
{
    QVERIFY(import({viaLink(u"H-1"_s, u"ANNA"_s, u"100.00"_s)}));
    QVERIFY(hold(u"H-1"_s, u"own_domain"_s));
    QSqlQuery query(db().connection());
    QVERIFY(query.exec(u"INSERT INTO sync_state (key, value) VALUES ('desktop_role', 'partner:ANNA')"_s));
    const QByteArray before = checksum(db());
    for (const Status &refused :
         {HoldStore(db()).clear(u"H-1"_s, u"mine"_s), HoldStore(db()).cancel(u"H-1"_s, u"mine"_s)}) {
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"partner's desktop"_s), qPrintable(refused.error()));
    }
    QCOMPARE(checksum(db()), before);
}

void TestHoldStore::aBatchSkipsHeldRowsAndThePreviewSaysWhy()
{
    // ANNA: four orders of 100.00 at 20 % = 80.00 EUR, threshold 50.00.
    QVERIFY(import({viaLink(u"P-1"_s, u"ANNA"_s, u"100.00"_s), viaLink(u"P-2"_s, u"ANNA"_s, u"100.00"_s),
                    viaLink(u"P-3"_s, u"ANNA"_s, u"100.00"_s), viaLink(u"P-4"_s, u"ANNA"_s, u"100.00"_s)}));
    QVERIFY(LedgerStore(db()).refreshApprovals(now()));
    // A held row that is approved all the same (the engine never writes one): still not paid.
    QVERIFY(hold(u"P-4"_s, u"no_visit"_s, u"approved"_s));

    PayoutStore payouts(db());
    const Result<PayoutPreview> preview = payouts.preview();
    QVERIFY2(preview, qPrintable(preview.error()));
    QCOMPARE(preview->lines.size(), 1);
    QCOMPARE(preview->lines.first().amountMinor, 6000);
    QCOMPARE(preview->lines.first().transactions, 3);
    QCOMPARE(preview->held.size(), 1);
    QCOMPARE(preview->held.first(), (HeldTotal{u"EUR"_s, 1, 2000, {{u"no_visit"_s, 1}}}));

    const Result<PayoutBatch> batch = payouts.createBatch(u"csv"_s, m_store->path(u"batch.csv"_s));
    QVERIFY2(batch, qPrintable(batch.error()));
    QCOMPARE(batch->transactions, 3);
    QCOMPARE(columnOf(u"P-4"_s, u"payout_id"_s), QString());
    QVERIFY(!columnOf(u"P-1"_s, u"payout_id"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestHoldStore)
#include "tst_holdstore.moc"
