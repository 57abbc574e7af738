#include "import/orderimporter.h"
#include "store/affiliatestore.h"
#include "store/assignmentstore.h"
#include "store/auditlog.h"
#include "store/auditlogquery.h"
#include "store/ledgerstore.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QTest>
#include <QTextStream>

Q_DECLARE_METATYPE(PartnerDesk::AuditFilter)

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

OrderLine viaLink(const QString &id, const QString &code, const QString &subtotal = u"100.00"_s)
{
    OrderLine o;
    o.orderId = id;
    o.subtotal = subtotal;
    o.landingUrl = u"https://koongo.com/pricing?acc="_s + code;
    return o;
}

OrderLine unattributed(const QString &id, const QString &placedAt = daysAgo(60))
{
    OrderLine o;
    o.orderId = id;
    o.placedAt = placedAt;
    return o;
}

QStringList idsOf(const QList<OrderToAssign> &rows)
{
    QStringList ids;
    for (const OrderToAssign &row : rows)
        ids.append(row.orderId);
    return ids;
}

} // namespace

class TestAssignmentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsUnattributedNewestFirst();
    void pagesByKeyset();
    void showAllListsAttributedAfterUnattributed();
    void searchIsExactOnEachColumn_data();
    void searchIsExactOnEachColumn();
    void bulkAssignment();
    void oneUnknownOrderWritesNothing();
    void cancelWritesNothing();
    void refusedPartners_data();
    void refusedPartners();
    void amountOnlyForOneOrder();
    void reassignCancelsAndSupersedes();
    void reassignPaidWritesReversal();
    void restoreWithdrawsSoRulesApplyAgain();
    void restorePutsBackThePreviousManualAssignment();
    void auditFilters_data();
    void auditFilters();
    void auditPaging();
    void auditCsvExport();

private:
    void import(const QList<OrderLine> &orders);
    QList<TransactionRow> live(const QString &orderId) const;
    Result<QList<ReplacedAssignment>> assign(const QStringList &orders, qint64 partner, const QString &reason,
                                             std::optional<qint64> amount = std::nullopt);

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<LedgerStore> m_ledger;
    std::unique_ptr<AssignmentStore> m_assignments;
    std::unique_ptr<AffiliateStore> m_affiliates;
    qint64 m_partnerProgram = 0;
    qint64 m_anna = 0;
    qint64 m_ben = 0;
    qint64 m_carl = 0; // no membership
    qint64 m_dora = 0; // suspended
    qint64 m_emil = 0; // pending
};

void TestAssignmentStore::initTestCase()
{
    pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
}

// Koongo Partner (EUR, link 20 %, threshold 50.00). ANNA, BEN, DORA, EMIL members; CARL none.
void TestAssignmentStore::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    m_ledger = std::make_unique<LedgerStore>(m_store->database);
    m_assignments = std::make_unique<AssignmentStore>(m_store->database);
    m_affiliates = std::make_unique<AffiliateStore>(m_store->database);
    ProgramStore programs(m_store->database);
    Program p;
    p.name = u"Koongo Partner"_s;
    p.currency = u"EUR"_s;
    p.storeHosts = {u"koongo.com"_s};
    const Result<qint64> id = programs.add(p);
    QVERIFY2(id, qPrintable(id.error()));
    m_partnerProgram = *id;
    auto addPartner = [this](const QString &code) -> qint64 {
        const Result<Affiliate> a = m_affiliates->add(code + u" Name"_s, code.toLower() + u"@example.com"_s, code);
        return a ? a->id : 0;
    };
    m_anna = addPartner(u"ANNA"_s);
    m_ben = addPartner(u"BEN"_s);
    m_carl = addPartner(u"CARL"_s);
    m_dora = addPartner(u"DORA"_s);
    m_emil = addPartner(u"EMIL"_s);
    QVERIFY(m_anna && m_ben && m_carl && m_dora && m_emil);
    for (qint64 partner : {m_anna, m_ben, m_dora, m_emil})
        QVERIFY(programs.join(partner, m_partnerProgram));
    QVERIFY(m_affiliates->setStatus(m_dora, u"suspended"_s));
    QVERIFY(m_affiliates->setStatus(m_emil, u"pending"_s));
}

void TestAssignmentStore::cleanup()
{
    m_affiliates.reset();
    m_assignments.reset();
    m_ledger.reset();
    m_store.reset();
}

void TestAssignmentStore::import(const QList<OrderLine> &orders)
{
    const QString path = m_store->path(u"orders.csv"_s);
    QVERIFY(writeFile(path, ordersCsv(orders)));
    OrderImporter importer(m_store->database);
    const ImportSummary summary = importer.importFile(path);
    QVERIFY2(summary.exitCode() == 0, qPrintable(summary.fatalError));
}

QList<TransactionRow> TestAssignmentStore::live(const QString &orderId) const
{
    QList<TransactionRow> rows;
    for (const TransactionRow &row : m_ledger->transactionsOf(orderId)) {
        if (!row.superseded && row.kind != u"reversal")
            rows.append(row);
    }
    return rows;
}

Result<QList<ReplacedAssignment>> TestAssignmentStore::assign(const QStringList &orders, qint64 partner,
                                                              const QString &reason, std::optional<qint64> amount)
{
    return m_assignments->assign({orders, partner, reason, amount});
}

void TestAssignmentStore::listsUnattributedNewestFirst()
{
    import({unattributed(u"U-OLD"_s, daysAgo(90)), viaLink(u"L1"_s, u"ANNA"_s), unattributed(u"U-NEW"_s, daysAgo(1)),
            unattributed(u"U-MID"_s, daysAgo(10))});
    const QList<OrderToAssign> rows = m_assignments->orders({}, false, std::nullopt, 50);
    QCOMPARE(idsOf(rows), (QStringList{u"U-NEW"_s, u"U-MID"_s, u"U-OLD"_s}));
    QVERIFY(!rows.first().isAttributed());
    const OrderCounts counts = m_assignments->counts({});
    QCOMPARE(counts.total, 4);
    QCOMPARE(counts.unattributed, 3);
}

void TestAssignmentStore::pagesByKeyset()
{
    // Five orders with the same placed_at: the row id breaks the tie, no order twice or lost.
    QList<OrderLine> orders;
    for (int i = 1; i <= 5; ++i)
        orders.append(unattributed(u"U%1"_s.arg(i), daysAgo(3)));
    import(orders);
    QStringList seen;
    std::optional<OrderKey> after;
    for (int page = 0; page < 5; ++page) {
        const QList<OrderToAssign> rows = m_assignments->orders({}, false, after, 2);
        if (rows.isEmpty())
            break;
        seen += idsOf(rows);
        after = OrderKey{rows.last().placedAt, rows.last().rowId};
    }
    QCOMPARE(seen, (QStringList{u"U5"_s, u"U4"_s, u"U3"_s, u"U2"_s, u"U1"_s}));
}

void TestAssignmentStore::showAllListsAttributedAfterUnattributed()
{
    import({viaLink(u"L1"_s, u"ANNA"_s), unattributed(u"U1"_s)});
    const QList<OrderToAssign> attributed = m_assignments->orders({{}, false}, true, std::nullopt, 50);
    QCOMPARE(idsOf(attributed), QStringList{u"L1"_s});
    QCOMPARE(attributed.first().partnerCode, u"ANNA"_s);
    QCOMPARE(attributed.first().kind, u"link"_s);
    QCOMPARE(attributed.first().commissionMinor, 2000);
    const std::optional<OrderToAssign> one = m_assignments->order(u"U1"_s);
    QVERIFY(one && !one->isAttributed());
}

void TestAssignmentStore::searchIsExactOnEachColumn_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("found");
    QTest::addRow("order id") << u"S2"_s << QStringList{u"S2"_s};
    QTest::addRow("order id is not a prefix") << u"S"_s << QStringList{};
    QTest::addRow("e-mail, any case") << u"  Jane@Example.NET "_s << QStringList{u"S3"_s, u"S1"_s};
    QTest::addRow("coupon") << u"summer10"_s << QStringList{u"S2"_s};
    QTest::addRow("partner code column") << u"nobody-code"_s << QStringList{u"S3"_s};
    QTest::addRow("nothing") << u"zzz"_s << QStringList{};
}

void TestAssignmentStore::searchIsExactOnEachColumn()
{
    QFETCH(QString, search);
    QFETCH(QStringList, found);
    OrderLine s1 = unattributed(u"S1"_s, daysAgo(9));
    s1.customerEmail = u"jane@example.net"_s;
    OrderLine s2 = unattributed(u"S2"_s, daysAgo(8));
    s2.coupon = u"SUMMER10"_s;
    OrderLine s3 = unattributed(u"S3"_s, daysAgo(7));
    s3.customerEmail = u"JANE@example.net"_s;
    s3.affiliateCode = u"nobody-code"_s;
    import({s1, s2, s3, viaLink(u"L1"_s, u"ANNA"_s)});
    const OrdersFilter filter{search, true};
    QCOMPARE(idsOf(m_assignments->orders(filter, false, std::nullopt, 50)), found);
    QCOMPARE(m_assignments->counts(filter).unattributed, found.size());
}

void TestAssignmentStore::bulkAssignment()
{
    import({unattributed(u"U1"_s), unattributed(u"U2"_s), unattributed(u"U3"_s)});
    const auto replaced = assign({u"U1"_s, u"U2"_s, u"U1"_s}, m_anna, u" phone orders "_s);
    QVERIFY2(replaced, qPrintable(replaced.error()));
    QCOMPARE(replaced->size(), 2); // the duplicate counts once
    QVERIFY(!replaced->first().previous);
    for (const QString &id : {u"U1"_s, u"U2"_s}) {
        const QList<TransactionRow> rows = live(id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().kind, u"manual"_s);
        QCOMPARE(rows.first().affiliateCode, u"ANNA"_s);
        QCOMPARE(rows.first().commissionMinor, 2000);
        const QList<AuditEntry> audit = AuditLog(m_store->database.connection()).entries(u"order"_s, id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, u"order.assign"_s);
        QCOMPARE(audit.first().actor, u"manager"_s);
        QCOMPARE(audit.first().reason, u"phone orders"_s);
        QCOMPARE(audit.first().before, QString());
        QVERIFY2(audit.first().after.contains(u"\"affiliate\":\"ANNA\""_s), qPrintable(audit.first().after));
    }
    QCOMPARE(count(m_store->database, u"manual_assignments"_s, u"reason = 'phone orders' AND withdrawn = 0"_s), 2);
    QCOMPARE(m_assignments->counts({}).unattributed, 1);
}

void TestAssignmentStore::oneUnknownOrderWritesNothing()
{
    import({unattributed(u"U1"_s), viaLink(u"L1"_s, u"BEN"_s)});
    const QList<qint64> before = ledgerCounts(m_store->database);
    const auto replaced = assign({u"U1"_s, u"L1"_s, u"NOPE"_s}, m_anna, u"bulk"_s);
    QVERIFY(!replaced);
    QVERIFY2(replaced.error().contains(u"NOPE"_s), qPrintable(replaced.error()));
    QCOMPARE(ledgerCounts(m_store->database), before);
    QVERIFY(live(u"U1"_s).isEmpty());
    QCOMPARE(live(u"L1"_s).first().affiliateCode, u"BEN"_s);
    QCOMPARE(live(u"L1"_s).first().status, u"approved"_s);
}

void TestAssignmentStore::cancelWritesNothing()
{
    QList<OrderLine> orders;
    QStringList ids;
    for (int i = 0; i < 150; ++i) {
        orders.append(unattributed(u"C%1"_s.arg(i)));
        ids.append(orders.last().orderId);
    }
    import(orders);
    const QList<qint64> before = ledgerCounts(m_store->database);
    qint64 lastDone = -1;
    const auto replaced = m_assignments->assign({ids, m_anna, u"bulk"_s, std::nullopt}, [&](qint64 done, qint64 total) {
        lastDone = done;
        return done < total / 2; // cancel half way
    });
    QVERIFY(!replaced);
    QVERIFY(lastDone > 0);
    QCOMPARE(ledgerCounts(m_store->database), before);
}

void TestAssignmentStore::refusedPartners_data()
{
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("error");
    QTest::addRow("suspended") << u"DORA"_s << u"DORA Name (DORA) is suspended"_s;
    QTest::addRow("pending") << u"EMIL"_s << u"is not approved yet"_s;
    QTest::addRow("no membership") << u"CARL"_s << u"has no active membership"_s;
    QTest::addRow("unknown") << u"GHOST"_s << u"The partner no longer exists."_s;
}

void TestAssignmentStore::refusedPartners()
{
    QFETCH(QString, partner);
    QFETCH(QString, error);
    import({unattributed(u"U1"_s)});
    const qint64 id = partner == u"DORA" ? m_dora : partner == u"EMIL" ? m_emil : partner == u"CARL" ? m_carl : 999;
    const QList<qint64> before = ledgerCounts(m_store->database);
    const Status check = m_assignments->checkAssignable(id);
    QVERIFY(!check);
    QVERIFY2(check.error().contains(error), qPrintable(check.error()));
    const auto replaced = assign({u"U1"_s}, id, u"try"_s);
    QVERIFY(!replaced);
    QCOMPARE(replaced.error(), check.error());
    QCOMPARE(ledgerCounts(m_store->database), before);
}

void TestAssignmentStore::amountOnlyForOneOrder()
{
    import({unattributed(u"U1"_s), unattributed(u"U2"_s)});
    QVERIFY(!assign({u"U1"_s, u"U2"_s}, m_anna, u"bonus"_s, 500));
    QVERIFY(!assign({u"U1"_s}, m_anna, u"bonus"_s, -1));
    QVERIFY(!assign({u"U1"_s}, m_anna, u"   "_s));
    QVERIFY(assign({u"U1"_s}, m_anna, u"bonus"_s, 1234));
    QCOMPARE(live(u"U1"_s).first().commissionMinor, 1234);
    QCOMPARE(live(u"U1"_s).first().rateBp, 0);
}

void TestAssignmentStore::reassignCancelsAndSupersedes()
{
    import({viaLink(u"L1"_s, u"ANNA"_s)});
    const auto replaced = assign({u"L1"_s}, m_ben, u"Ben's customer"_s);
    QVERIFY2(replaced, qPrintable(replaced.error()));
    QCOMPARE(replaced->first().previousPartnerCode, u"ANNA"_s);
    QVERIFY(!replaced->first().previous); // credited by a rule, not by hand
    const QList<TransactionRow> all = m_ledger->transactionsOf(u"L1"_s);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).affiliateCode, u"ANNA"_s);
    QCOMPARE(all.at(0).status, u"cancelled"_s);
    QVERIFY(all.at(0).superseded);
    QCOMPARE(all.at(1).affiliateCode, u"BEN"_s);
    QCOMPARE(all.at(1).kind, u"manual"_s);
    const AuditEntry entry = AuditLog(m_store->database.connection()).entries(u"order"_s, u"L1"_s).first();
    QVERIFY2(entry.before.contains(u"\"affiliate\":\"ANNA\""_s), qPrintable(entry.before));
    QVERIFY2(entry.after.contains(u"\"affiliate\":\"BEN\""_s), qPrintable(entry.after));
}

void TestAssignmentStore::reassignPaidWritesReversal()
{
    import({viaLink(u"L1"_s, u"ANNA"_s, u"300.00"_s)});
    const Result<PayoutBatch> batch = m_ledger->createPayoutBatch(u"csv"_s, m_store->path(u"payout.csv"_s));
    QVERIFY2(batch, qPrintable(batch.error()));
    QVERIFY(m_ledger->markPaid(batch->id));
    QVERIFY(assign({u"L1"_s}, m_ben, u"Ben's after all"_s));
    const QList<TransactionRow> all = m_ledger->transactionsOf(u"L1"_s);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).status, u"paid"_s);
    QVERIFY(all.at(0).superseded);
    QCOMPARE(all.at(1).kind, u"reversal"_s);
    QCOMPARE(all.at(1).commissionMinor, -6000);
    QCOMPARE(all.at(2).affiliateCode, u"BEN"_s);
}

void TestAssignmentStore::restoreWithdrawsSoRulesApplyAgain()
{
    import({unattributed(u"U1"_s), viaLink(u"L1"_s, u"ANNA"_s)});
    const auto replaced = assign({u"U1"_s, u"L1"_s}, m_ben, u"wrong partner"_s);
    QVERIFY2(replaced, qPrintable(replaced.error()));
    const Status undone = m_assignments->restore(*replaced, u"undo: wrong partner"_s);
    QVERIFY2(undone, qPrintable(undone.error()));
    // U1 is unattributed again, its manual transaction cancelled, not erased.
    QVERIFY(live(u"U1"_s).isEmpty());
    const QList<TransactionRow> u1 = m_ledger->transactionsOf(u"U1"_s);
    QCOMPARE(u1.size(), 1);
    QCOMPARE(u1.first().status, u"cancelled"_s);
    QVERIFY(u1.first().superseded);
    // L1 is Anna's by the link rule again.
    QCOMPARE(live(u"L1"_s).first().affiliateCode, u"ANNA"_s);
    QCOMPARE(live(u"L1"_s).first().kind, u"link"_s);
    QCOMPARE(count(m_store->database, u"manual_assignments"_s, u"withdrawn = 1"_s), 2);
    // The rules stay in force on re-import and for the explainer.
    import({viaLink(u"L1"_s, u"ANNA"_s), unattributed(u"U1"_s)});
    QCOMPARE(live(u"L1"_s).first().kind, u"link"_s);
    QVERIFY(live(u"U1"_s).isEmpty());
    const Result<Explanation> explained = m_ledger->explain(u"U1"_s);
    QVERIFY(explained && !explained->attribution.isAttributed());
    const QList<AuditEntry> audit = AuditLog(m_store->database.connection()).entries(u"order"_s, u"U1"_s);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.first().action, u"order.withdraw"_s);
    QCOMPARE(audit.first().reason, u"undo: wrong partner"_s);
    QCOMPARE(m_assignments->counts({}).unattributed, 1);
}

void TestAssignmentStore::restorePutsBackThePreviousManualAssignment()
{
    import({unattributed(u"U1"_s, daysAgo(5))});
    QVERIFY(assign({u"U1"_s}, m_anna, u"phone"_s, 777));
    const auto replaced = assign({u"U1"_s}, m_ben, u"no, Ben"_s);
    QVERIFY2(replaced, qPrintable(replaced.error()));
    QVERIFY(replaced->first().previous);
    QCOMPARE(replaced->first().previous->affiliateId, m_anna);
    const Status undone = m_assignments->restore(*replaced, u"undo: no, Ben"_s);
    QVERIFY2(undone, qPrintable(undone.error()));
    const QList<TransactionRow> rows = live(u"U1"_s);
    QCOMPARE(rows.first().affiliateCode, u"ANNA"_s);
    QCOMPARE(rows.first().kind, u"manual"_s);
    QCOMPARE(rows.first().commissionMinor, 777);           // the amount she had
    QCOMPARE(m_ledger->transactionsOf(u"U1"_s).size(), 3); // Anna, Ben, Anna again: nothing erased
    // Undo is refused, with nothing written, when the previous partner can no longer be assigned.
    const auto again = assign({u"U1"_s}, m_ben, u"Ben again"_s);
    QVERIFY(again);
    QVERIFY(m_affiliates->setStatus(m_anna, u"suspended"_s));
    const QList<qint64> before = ledgerCounts(m_store->database);
    const Status refused = m_assignments->restore(*again, u"undo: Ben again"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"suspended"_s), qPrintable(refused.error()));
    QCOMPARE(ledgerCounts(m_store->database), before);
}

void TestAssignmentStore::auditFilters_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<QStringList>("reasons"); // newest first
    QTest::addRow("everything") << AuditFilter{}
                                << QStringList{u"undo: Ben 100%_done"_s, u"Ben 100%_done"_s, u"phone order"_s,
                                               u"Phone call"_s};
    AuditFilter byAction;
    byAction.action = u"order.withdraw"_s;
    QTest::addRow("action") << byAction << QStringList{u"undo: Ben 100%_done"_s};
    AuditFilter byOrder;
    byOrder.entityId = u" U2 "_s;
    QTest::addRow("order id") << byOrder << QStringList{u"undo: Ben 100%_done"_s, u"Ben 100%_done"_s};
    AuditFilter byText;
    byText.reasonText = u"PHONE"_s;
    QTest::addRow("reason text, any case") << byText << QStringList{u"phone order"_s, u"Phone call"_s};
    AuditFilter wildcard;
    wildcard.reasonText = u"%_"_s;
    QTest::addRow("percent and underscore are literal")
        << wildcard << QStringList{u"undo: Ben 100%_done"_s, u"Ben 100%_done"_s};
    AuditFilter byActor;
    byActor.actor = u"someone-else"_s;
    QTest::addRow("actor") << byActor << QStringList{u"Phone call"_s};
    AuditFilter future;
    future.from = now() + 1;
    QTest::addRow("from after now") << future << QStringList{};
    AuditFilter past;
    past.to = now() + 1;
    past.entity = u"order"_s;
    QTest::addRow("to and entity") << past
                                   << QStringList{u"undo: Ben 100%_done"_s, u"Ben 100%_done"_s, u"phone order"_s,
                                                  u"Phone call"_s};
}

void TestAssignmentStore::auditFilters()
{
    QFETCH(AuditFilter, filter);
    QFETCH(QStringList, reasons);
    import({unattributed(u"U1"_s), unattributed(u"U2"_s)});
    qputenv("PARTNERDESK_ACTOR", "someone-else");
    QVERIFY(assign({u"U1"_s}, m_anna, u"Phone call"_s));
    qputenv("PARTNERDESK_ACTOR", "manager");
    QVERIFY(assign({u"U1"_s}, m_ben, u"phone order"_s));
    const auto replaced = assign({u"U2"_s}, m_ben, u"Ben 100%_done"_s);
    QVERIFY(replaced);
    QVERIFY(m_assignments->restore(*replaced, u"undo: Ben 100%_done"_s));

    const AuditLogQuery query(m_store->database);
    QStringList found;
    for (const AuditEntry &entry : query.entries(filter, 0, 100)) {
        if (entry.entity == u"order")
            found.append(entry.reason);
    }
    QCOMPARE(found, reasons);
    QVERIFY(query.actions().contains(u"order.assign"_s));
    QVERIFY(query.actors().contains(u"someone-else"_s));
}

void TestAssignmentStore::auditPaging()
{
    QList<OrderLine> orders;
    QStringList ids;
    for (int i = 0; i < 7; ++i) {
        orders.append(unattributed(u"P%1"_s.arg(i)));
        ids.append(orders.last().orderId);
    }
    import(orders);
    QVERIFY(assign(ids, m_anna, u"batch"_s));
    AuditFilter filter;
    filter.action = u"order.assign"_s;
    const AuditLogQuery query(m_store->database);
    QCOMPARE(query.count(filter), 7);
    QStringList seen;
    qint64 before = 0;
    while (true) {
        const QList<AuditEntry> page = query.entries(filter, before, 3);
        if (page.isEmpty())
            break;
        for (const AuditEntry &entry : page)
            seen.append(entry.entityId);
        before = page.last().id;
    }
    std::reverse(ids.begin(), ids.end());
    QCOMPARE(seen, ids);
}

void TestAssignmentStore::auditCsvExport()
{
    import({viaLink(u"L1"_s, u"ANNA"_s), unattributed(u"U1"_s)});
    QVERIFY(assign({u"L1"_s}, m_ben, u"said \"Ben\", twice"_s));
    QVERIFY(assign({u"U1"_s}, m_anna, u"other"_s));
    AuditFilter filter;
    filter.entityId = u"L1"_s;
    const QString path = m_store->path(u"audit.csv"_s);
    const Result<qint64> written = AuditLogQuery(m_store->database).exportCsv(filter, path);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(*written, 1);
    const QStringList lines = QString::fromUtf8(readFile(path)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u"at,actor,action,entity,entity_id,before,after,reason,login"_s);
    const QString row = lines.at(1);
    QVERIFY2(row.startsWith(QString::fromLatin1(pinnedNow) + u",manager,order.assign,order,L1,\"{"_s), qPrintable(row));
    QVERIFY2(row.contains(u"\"\"affiliate\"\":\"\"ANNA\"\""_s), qPrintable(row));
    QVERIFY2(row.contains(u"\"\"affiliate\"\":\"\"BEN\"\""_s), qPrintable(row));
    QVERIFY2(row.endsWith(u",\"said \"\"Ben\"\", twice\","_s), qPrintable(row));

    // A cancelled export leaves no file behind.
    const QString cancelledPath = m_store->path(u"cancelled.csv"_s);
    QVERIFY(!AuditLogQuery(m_store->database).exportCsv({}, cancelledPath, [](qint64, qint64) { return false; }));
    QVERIFY(!QFile::exists(cancelledPath));
}

QTEST_GUILESS_MAIN(TestAssignmentStore)
#include "tst_assignmentstore.moc"
