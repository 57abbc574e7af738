// The sync engine against a real PostgreSQL: two local SQLite files are two desktops of one
// manager; a store writes orders centrally. Edits of every synced table on A reach B (inserts,
// updates, deletes); orders a store commits out of order while B pulls are all pulled; the same
// order attributed on A and on B is one central transaction; a conflict is kept and resolved both
// ways; the server stopped at many points of a sync, or the i-th central statement failing, is
// followed by a sync that reaches the same final state: local and central hold the same rows.
//
// Why this file is long: the cases share two desktops and one server, which take most of the run to
// set up; the fault cases are tables (a stop or a failing statement at each point).

#include "centraltestkit.h"
#include "core/timestamp.h"
#include "import/orderimporter.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "store/ledgerwriter.h"
#include "storetestkit.h"
#include "sync/centralsession.h"
#include "sync/conflictstore.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"
#include "sync/syncids.h"
#include "sync/syncschema.h"
#include "synctestkit.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace CentralTestKit;

namespace {

const QString managerPassword = u"mgr-pw"_s;

// One row in every synced table (and a few more), named after `tag`.
QStringList booksSql(const QString &tag)
{
    const QString t = tag;
    QStringList sql = {
        u"INSERT INTO programs (name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, threshold_minor, "
        "created_at) VALUES ('Program %1', 'EUR', 2000, 1000, 1000, 5000, '2026-01-01T10:00:00Z')"_s,
        u"INSERT INTO program_hosts (program_id, host) VALUES ((SELECT id FROM programs WHERE name = 'Program %1'), "
        "'%1.example'), ((SELECT id FROM programs WHERE name = 'Program %1'), 'www2.%1.example')"_s,
        u"INSERT INTO affiliates (code, name, email, created_at) VALUES ('C%1', 'Partner %1', 'p%1@example.net', "
        "'2026-01-02T10:00:00Z')"_s,
        u"INSERT INTO memberships (affiliate_id, program_id, is_primary, joined_at) VALUES ((SELECT id FROM affiliates "
        "WHERE code = 'C%1'), (SELECT id FROM programs WHERE name = 'Program %1'), 1, '2026-01-02T10:00:00Z')"_s,
        // Commission rules (issue #15): values none of the rules acts on (a rate from 2099, a tier
        // nobody reaches, fraud thresholds nobody passes), so the attribution below is as before.
        u"UPDATE programs SET fraud_own_domain = 0, fraud_leaked_coupon = 0, fraud_shared_customers = 1000, "
        "fraud_cancel_share_bp = 10000 WHERE name = 'Program %1'"_s,
        u"INSERT INTO partner_rates (program_id, affiliate_id, effective_from, link_rate_bp, coupon_amount_minor, "
        "created_by, created_at) VALUES ((SELECT id FROM programs WHERE name = 'Program %1'), (SELECT id FROM "
        "affiliates WHERE code = 'C%1'), '2099-01-01T00:00:00Z', 3000, 450, 'manager %1', '2026-01-02T11:00:00Z')"_s,
        u"INSERT INTO program_tiers (program_id, min_orders, link_rate_bp, coupon_rate_bp, created_at) VALUES "
        "((SELECT id FROM programs WHERE name = 'Program %1'), 100000, 3500, NULL, '2026-01-02T11:00:00Z')"_s,
        u"INSERT INTO coupons (code, affiliate_id, program_id, created_at) VALUES ('SAVE%1', (SELECT id FROM "
        "affiliates WHERE code = 'C%1'), (SELECT id FROM programs WHERE name = 'Program %1'), '2026-01-03T10:00:00Z')"_s,
        u"INSERT INTO banners (program_id, affiliate_id, title, image_url, width, height, created_at) VALUES ((SELECT "
        "id FROM programs WHERE name = 'Program %1'), NULL, 'stock %1', 'https://img.example/%1.png', 468, 60, "
        "'2026-01-03T10:00:00Z')"_s,
        u"INSERT INTO domains (affiliate_id, domain, token, method, verified, verified_at, created_at) VALUES ((SELECT "
        "id FROM affiliates WHERE code = 'C%1'), 'shop-%1.example', 'token-%1', 'meta', 1, '2026-01-04T10:00:00Z', "
        "'2026-01-04T09:00:00Z')"_s,
        u"INSERT INTO domain_checks (domain_id, last_finding, failed_checks) VALUES ((SELECT id FROM domains WHERE "
        "token = 'token-%1'), 'ok', 1)"_s,
        u"INSERT INTO rewrites (affiliate_id, host, path, target_url, created_at, campaign) VALUES ((SELECT id FROM "
        "affiliates WHERE code = 'C%1'), 'go.example', '/%1', 'https://koongo.com/?acc=%1', '2026-01-05T10:00:00Z', "
        "'spring-%1')"_s,
        u"INSERT INTO orders (order_id, placed_at, subtotal_minor, currency, status, affiliate_code, landing_url, "
        "customer_email, updated_at) VALUES ('ORD-%1', '2026-01-06T10:00:00Z', 25000, 'EUR', 'complete', 'C%1', "
        "'https://koongo.com/?acc=C%1' || char(37) || '09tab', 'c%1@example.net', '2026-01-06T10:00:00Z')"_s,
        u"INSERT INTO payouts (created_at, created_by, format) VALUES ('2026-01-07T10:00:00Z', 'manager %1', 'csv')"_s,
        u"INSERT INTO payout_lines (payout_id, affiliate_id, currency, amount_minor, transactions) VALUES ((SELECT id "
        "FROM payouts WHERE created_by = 'manager %1'), (SELECT id FROM affiliates WHERE code = 'C%1'), 'EUR', 5000, 1)"_s,
        u"INSERT INTO transactions (order_id, affiliate_id, program_id, kind, base_minor, rate_bp, commission_minor, "
        "currency, status, payout_id, approve_at, placed_at, created_at, updated_at, campaign, customer_key, "
        "rate_source, hold, hold_rule, hold_evidence) VALUES ('ORD-%1', (SELECT id FROM "
        "affiliates WHERE code = 'C%1'), (SELECT id FROM programs WHERE name = 'Program %1'), 'link', 25000, 2000, "
        "5000, 'EUR', 'paid', (SELECT id FROM payouts WHERE created_by = 'manager %1'), '2026-02-05T10:00:00Z', "
        "'2026-01-06T10:00:00Z', '2026-01-06T10:00:00Z', '2026-01-06T10:00:00Z', 'spring-%1', 'c%1@example.net', "
        "'program', 'cleared', 'own_domain', 'c%1@example.net is at shop-%1.example, C%1''s domain')"_s,
        u"INSERT INTO transactions (order_id, affiliate_id, program_id, kind, base_minor, rate_bp, commission_minor, "
        "currency, status, superseded, reverses_id, placed_at, created_at, updated_at) VALUES ('ORD-%1', (SELECT id "
        "FROM affiliates WHERE code = 'C%1'), (SELECT id FROM programs WHERE name = 'Program %1'), 'reversal', -25000, "
        "2000, -5000, 'EUR', 'approved', 0, (SELECT max(id) FROM transactions WHERE order_id = 'ORD-%1'), "
        "'2026-01-06T10:00:00Z', '2026-01-08T10:00:00Z', '2026-01-08T10:00:00Z')"_s,
        u"INSERT INTO manual_assignments (order_id, affiliate_id, reason, assigned_by, assigned_at) VALUES ('ORD-%1', "
        "(SELECT id FROM affiliates WHERE code = 'C%1'), 'because %1\ttab\nline', 'manager', '2026-01-09T10:00:00Z')"_s,
        u"INSERT INTO visits (visited_at, landing_url, affiliate_code, affiliate_id, program_id, rule) VALUES "
        "('2026-01-05T11:00:00Z', 'https://koongo.com/?acc=C%1', 'C%1', (SELECT id FROM affiliates WHERE code = "
        "'C%1'), (SELECT id FROM programs WHERE name = 'Program %1'), 'link')"_s,
        u"INSERT INTO requests (kind, affiliate_id, program_id, order_id, order_date, amount_minor, currency, message, "
        "filed_at) VALUES ('claim', (SELECT id FROM affiliates WHERE code = 'C%1'), (SELECT id FROM programs WHERE "
        "name = 'Program %1'), 'MISSED-%1', '2026-01-05', 1999, 'EUR', 'forgot the coupon %1\nline', "
        "'2026-01-09T11:00:00Z')"_s,
        u"INSERT INTO audit_log (at, actor, action, entity, entity_id, after_json) VALUES ('2026-01-09T10:00:00Z', "
        "'manager', 'affiliate.add', 'affiliate', 'C%1', '{\"code\":\"C%1\"}')"_s,
    };
    for (QString &s : sql)
        s = s.arg(t);
    return sql;
}

// Changes to rows of every kind, and deletes.
QStringList editsSql(const QString &tag)
{
    QStringList sql = {
        u"UPDATE programs SET description = 'edited %1', active = 0 WHERE name = 'Program %1'"_s,
        u"DELETE FROM program_hosts WHERE host = 'www2.%1.example'"_s,
        u"UPDATE affiliates SET email = 'new-%1@example.net' WHERE code = 'C%1'"_s,
        u"UPDATE coupons SET active = 0 WHERE code = 'SAVE%1'"_s,
        u"DELETE FROM banners WHERE title = 'stock %1'"_s,
        u"UPDATE domain_checks SET failed_checks = 2, lapsing_since = '2026-03-01T00:00:00Z' WHERE domain_id = "
        "(SELECT id FROM domains WHERE token = 'token-%1')"_s,
        u"DELETE FROM rewrites WHERE path = '/%1'"_s,
        u"UPDATE partner_rates SET link_rate_bp = NULL, link_amount_minor = 990 WHERE created_by = 'manager %1'"_s,
        u"DELETE FROM program_tiers WHERE program_id = (SELECT id FROM programs WHERE name = 'Program %1')"_s,
        u"UPDATE orders SET customer_email = 'other-%1@example.net' WHERE order_id = 'ORD-%1'"_s,
        u"UPDATE payouts SET status = 'paid', paid_at = '2026-01-10T10:00:00Z' WHERE created_by = 'manager %1'"_s,
        u"UPDATE manual_assignments SET withdrawn = 1 WHERE order_id = 'ORD-%1'"_s,
        u"UPDATE requests SET state = 'rejected', decided_at = '2026-01-10T10:00:00Z', decided_by = 'manager', "
        "decision_reason = 'not yours %1' WHERE order_id = 'MISSED-%1'"_s,
        u"INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ('2026-01-10T10:00:00Z', 'manager', "
        "'edit', 'program', 'Program %1')"_s,
    };
    for (QString &s : sql)
        s = s.arg(tag);
    return sql;
}

using SyncTestKit::execLocal;
using SyncTestKit::localRows;

qint64 centralValue(const QString &url, const QString &sql)
{
    return SyncTestKit::centralValue(url, managerPassword, sql);
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyTableReachesTheOtherDesktop_data();
    void everyTableReachesTheOtherDesktop();
    void ownPushIsNotReadBackButLaterChangesAre();
    void storeOrdersCommittedOutOfOrderAreAllPulled();
    void sameOrderAttributedTwiceIsOneTransaction();
    void conflictsAreKeptAndResolvedBothWays();
    void cliSyncPrintsOneLine();
    void importedOrdersReachCentral();
    void lostLocalCommitIsAdopted();
    void cancelBetweenBatchesThenResume();
    void failingStatementThenSyncReachesSameState();
    void serverStoppedDuringSyncThenSyncReachesSameState();
    void serverStoppedWhilePullingPagesThenSyncReachesSameState();

private:
    enum class FaultKind
    {
        FailStatement,
        StopServer
    };
    // A with books of its own and another desktop's central books syncs with the failAt-th
    // central statement failing (0: none), then syncs again: A and central must agree.
    // pageSize > 0: the pull reads pages of that many rows and inserts new rows in bulk.
    void faultScenario(const QString &name, int failAt, FaultKind kind, int *statements, int pageSize = 0);
    QStringList m_expectedCounts;
    // A fresh central database set up and granted to the manager; its URL for the manager.
    QString newCentral();
    bool openDesk(Database &db, const QString &name);
    void compareWithCentral(Database &db, const QString &url);

    PgTestKit::Server m_server;
    QTemporaryDir m_dir;
    int m_centrals = 0;
};

void TestSyncEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.psql(u"CREATE ROLE shop LOGIN PASSWORD 'shop-pw'"_s));
}

void TestSyncEngine::cleanupTestCase()
{
    m_server.stop();
}

QString TestSyncEngine::newCentral()
{
    const QString name = u"books%1"_s.arg(++m_centrals);
    const QString url = SyncTestKit::newCentral(m_server, name, managerPassword);
    if (url.isEmpty() || !m_server.psql(u"GRANT partnerdesk_store TO shop"_s, u"postgres"_s, superPassword(), name))
        return {};
    return url;
}

bool TestSyncEngine::openDesk(Database &db, const QString &name)
{
    const Status opened = db.open(m_dir.filePath(name + u".sqlite"_s));
    if (!opened)
        qWarning() << opened.error();
    return opened.isOk();
}

void TestSyncEngine::compareWithCentral(Database &db, const QString &url)
{
    SyncTestKit::compareWithCentral(db, url, managerPassword);
}

void TestSyncEngine::everyTableReachesTheOtherDesktop_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("bulkMinimum");
    QTest::newRow("one page, row by row") << 5000 << 1000;
    QTest::newRow("pages of 2, new rows in bulk") << 2 << 1;
}

void TestSyncEngine::everyTableReachesTheOtherDesktop()
{
    QFETCH(int, pageSize);
    QFETCH(int, bulkMinimum);
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a, b;
    const QString tag = QString::number(pageSize);
    QVERIFY(openDesk(a, u"every-a"_s + tag));
    QVERIFY(openDesk(b, u"every-b"_s + tag));
    QString error;
    for (const QString &sql : booksSql(u"a"_s))
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));

    SyncEngine engineA(a, url, managerPassword);
    SyncEngine engineB(b, url, managerPassword);
    for (SyncEngine *engine : {&engineA, &engineB}) {
        engine->setPageSize(pageSize);
        engine->setBulkMinimum(bulkMinimum);
    }
    auto reportA = engineA.sync();
    QVERIFY2(reportA, qPrintable(reportA.error()));
    QCOMPARE(reportA->pushed, 20); // 21 rows; the two hosts are one program's host list
    QCOMPARE(reportA->conflicts, 0);
    QCOMPARE(Outbox(a).count(), 0);
    auto reportB = engineB.sync();
    QVERIFY2(reportB, qPrintable(reportB.error()));
    QCOMPARE(reportB->pulled, 21); // each host a row
    compareWithCentral(a, url);
    compareWithCentral(b, url);
    for (const SyncTable &table : SyncSchema::tables())
        QVERIFY2(!localRows(b).value(table.local).isEmpty(), qPrintable(table.local));

    // Updates and deletes, then B's own new rows back to A.
    for (const QString &sql : editsSql(u"a"_s))
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    for (const QString &sql : booksSql(u"b"_s))
        QVERIFY2(execLocal(b, sql, &error), qPrintable(error));
    QVERIFY(engineA.sync());
    reportB = engineB.sync();
    QVERIFY2(reportB, qPrintable(reportB.error()));
    QCOMPARE(reportB->conflicts, 0);
    reportA = engineA.sync();
    QVERIFY2(reportA, qPrintable(reportA.error()));
    QCOMPARE(reportA->conflicts, 0);
    compareWithCentral(a, url);
    compareWithCentral(b, url);
    QCOMPARE(localRows(a), localRows(b));
    QSqlQuery query(b.connection());
    QVERIFY(query.exec(u"SELECT description, active FROM programs WHERE name = 'Program a'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"edited a"_s);
    QCOMPARE(query.value(1).toInt(), 0);
    QVERIFY(query.exec(u"SELECT count(*) FROM banners WHERE title = 'stock a'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    // Nothing to do: nothing moves, and again nothing.
    reportA = engineA.sync();
    QVERIFY(reportA);
    QCOMPARE(reportA->pushed, 0);
    QCOMPARE(reportA->pulled, 0);
}

void TestSyncEngine::ownPushIsNotReadBackButLaterChangesAre()
{
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a, b;
    QVERIFY(openDesk(a, u"own-a"_s));
    QVERIFY(openDesk(b, u"own-b"_s));
    QString error;
    for (const QString &sql : booksSql(u"a"_s))
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    SyncEngine engineA(a, url, managerPassword);
    SyncEngine engineB(b, url, managerPassword);
    qint64 received = 0;
    const SyncEngine::Progress count = [&received](const QString &phase, qint64 rows) {
        if (phase == SyncEngine::tr("Receiving"))
            received = rows;
        return true;
    };
    QVERIFY(engineA.sync(count));
    QCOMPARE(received, 0); // A's own rows only, none read back
    QVERIFY(engineB.sync());
    QVERIFY(engineA.sync(count));
    QCOMPARE(received, 0);

    // B changes one of A's rows: A reads exactly that row.
    QVERIFY(execLocal(b, u"UPDATE programs SET description = 'from b' WHERE name = 'Program a'"_s));
    QVERIFY(engineB.sync());
    auto report = engineA.sync(count);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(received, 1);
    QCOMPARE(report->pulled, 1);
    QSqlQuery query(a.connection());
    QVERIFY(query.exec(u"SELECT description FROM programs WHERE name = 'Program a'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"from b"_s);
    compareWithCentral(a, url);
    compareWithCentral(b, url);

    // A new desktop still reads everything, A's rows included.
    Database c;
    QVERIFY(openDesk(c, u"own-c"_s));
    SyncEngine engineC(c, url, managerPassword);
    QVERIFY(engineC.sync());
    QCOMPARE(localRows(c), localRows(a));
}

void TestSyncEngine::storeOrdersCommittedOutOfOrderAreAllPulled()
{
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a, b;
    QVERIFY(openDesk(a, u"store-a"_s));
    QVERIFY(openDesk(b, u"store-b"_s));
    QString error;
    for (const QString &sql : booksSql(u"s"_s))
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    SyncEngine engineA(a, url, managerPassword);
    SyncEngine engineB(b, url, managerPassword);
    QVERIFY(engineA.sync());
    QVERIFY(engineB.sync());

    const QString shopUrl = url;
    CentralConnection first, second;
    QVERIFY(first.open(QString(shopUrl).replace(u"mgr@"_s, u"shop@"_s), u"shop-pw"_s));
    QVERIFY(second.open(QString(shopUrl).replace(u"mgr@"_s, u"shop@"_s), u"shop-pw"_s));
    const QString insert = u"INSERT INTO partnerdesk.orders (order_id, placed_at, subtotal_minor, currency, status, "
                           "affiliate_code, customer_email) VALUES ('%1', '2026-02-01T10:00:00Z', 10000, 'EUR', "
                           "'complete', 'Cs', 'x@example.net') ON CONFLICT (order_id) DO UPDATE SET status = "
                           "EXCLUDED.status, updated_at = now()"_s;
    QVERIFY(first.execScript(u"BEGIN; "_s + insert.arg(u"STORE-1"_s)));
    QVERIFY(second.execScript(u"BEGIN; "_s + insert.arg(u"STORE-2"_s) + u"; COMMIT"_s));
    auto report = engineB.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QSqlQuery query(b.connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM orders WHERE order_id LIKE 'STORE-%'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(first.execScript(u"COMMIT"_s));
    report = engineB.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(query.exec(u"SELECT count(*) FROM orders WHERE order_id LIKE 'STORE-%'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    // Attributed on B through the ledger (the code Cs is partner s's), pushed in the same sync.
    QVERIFY(query.exec(u"SELECT count(*) FROM transactions WHERE order_id LIKE 'STORE-%'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.transactions WHERE order_id LIKE 'STORE-%'"_s), 2);

    // A pulls both orders with B's transactions: nothing attributed twice.
    report = engineA.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.transactions WHERE order_id LIKE 'STORE-%'"_s), 2);
    compareWithCentral(a, url);
    compareWithCentral(b, url);
}

void TestSyncEngine::sameOrderAttributedTwiceIsOneTransaction()
{
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a, b;
    QVERIFY(openDesk(a, u"twice-a"_s));
    QVERIFY(openDesk(b, u"twice-b"_s));
    QString error;
    for (const QString &sql : booksSql(u"t"_s))
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    SyncEngine engineA(a, url, managerPassword);
    SyncEngine engineB(b, url, managerPassword);
    QVERIFY(engineA.sync());
    QVERIFY(engineB.sync());

    // Both desktops import the same order (at different times) before either syncs.
    for (Database *desk : {&a, &b}) {
        Transaction transaction(desk->connection());
        const AttributionSnapshot snapshot = LedgerStore(*desk).loadSnapshot();
        LedgerWriter writer(*desk, snapshot, 0, Timestamp::now() + (desk == &b ? 60 : 0));
        Order order;
        order.orderId = u"SAME-1"_s;
        order.placedAt = *Timestamp::parse(u"2026-02-02T10:00:00Z");
        order.subtotalMinor = 40000;
        order.currency = u"EUR"_s;
        order.status = OrderStatus::Complete;
        order.affiliateCode = u"Ct"_s;
        const auto written = writer.write(order, 1);
        QVERIFY2(written, qPrintable(written.error()));
        QVERIFY(written->newTransaction);
        QVERIFY(transaction.commit());
    }
    auto report = engineA.sync();
    QVERIFY2(report, qPrintable(report.error()));
    report = engineB.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->conflicts, 0);
    QVERIFY(engineA.sync());
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.transactions WHERE order_id = 'SAME-1'"_s), 1);
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.orders WHERE order_id = 'SAME-1'"_s), 1);
    compareWithCentral(a, url);
    compareWithCentral(b, url);
}

void TestSyncEngine::conflictsAreKeptAndResolvedBothWays()
{
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a, b;
    QVERIFY(openDesk(a, u"conflict-a"_s));
    QVERIFY(openDesk(b, u"conflict-b"_s));
    QString error;
    for (const QString &sql : booksSql(u"c"_s))
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    SyncEngine engineA(a, url, managerPassword);
    SyncEngine engineB(b, url, managerPassword);
    QVERIFY(engineA.sync());
    QVERIFY(engineB.sync());
    auto description = [](Database &db) {
        QSqlQuery query(db.connection());
        query.exec(u"SELECT description FROM programs WHERE name = 'Program c'"_s);
        return query.next() ? query.value(0).toString() : QString();
    };
    const QString centralDescription =
        u"SELECT count(*) FROM partnerdesk.programs WHERE name = 'Program c' AND description = '%1'"_s;

    for (const bool keepMine : {false, true}) {
        const QString mine = keepMine ? u"B keeps"_s : u"B yields"_s;
        const QString theirs = keepMine ? u"A again"_s : u"A first"_s;
        QVERIFY(execLocal(a, u"UPDATE programs SET description = '%1' WHERE name = 'Program c'"_s.arg(theirs)));
        QVERIFY(engineA.sync());
        QVERIFY(execLocal(b, u"UPDATE programs SET description = '%1' WHERE name = 'Program c'"_s.arg(mine)));
        auto report = engineB.sync();
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->conflicts, 1);
        QCOMPARE(report->openConflicts, 1);
        // Nothing overwritten on either side.
        QCOMPARE(description(b), mine);
        QCOMPARE(centralValue(url, centralDescription.arg(theirs)), 1);
        // Another sync keeps it waiting and changes nothing.
        report = engineB.sync();
        QVERIFY(report);
        QCOMPARE(report->openConflicts, 1);
        QCOMPARE(description(b), mine);

        ConflictStore store(b);
        const QList<SyncConflict> conflicts = store.list();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().table, u"programs"_s);
        QCOMPARE(conflicts.first().local.value(u"description"_s).toString(), mine);
        QCOMPARE(conflicts.first().central.value(u"description"_s).toString(), theirs);
        if (keepMine) {
            QVERIFY(store.keepMine(conflicts.first().id));
        } else {
            const Status taken = store.takeTheirs(conflicts.first().id);
            QVERIFY2(taken, qPrintable(taken.error()));
            QCOMPARE(description(b), theirs);
        }
        QCOMPARE(store.openCount(), 0);
        report = engineB.sync();
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->openConflicts, 0);
        QVERIFY(engineA.sync());
        const QString winner = keepMine ? mine : theirs;
        QCOMPARE(centralValue(url, centralDescription.arg(winner)), 1);
        QCOMPARE(description(a), winner);
        QCOMPARE(description(b), winner);
    }
    compareWithCentral(a, url);
    compareWithCentral(b, url);
}

void TestSyncEngine::cliSyncPrintsOneLine()
{
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a, b;
    QVERIFY(openDesk(a, u"cli-a"_s));
    QVERIFY(openDesk(b, u"cli-b"_s));
    QString error;
    for (const QString &sql : booksSql(u"l"_s))
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    QTemporaryDir home;
    const QMap<QString, QString> env = {{u"PGPASSWORD"_s, managerPassword}};
    CliResult run = runCli({u"sync"_s, u"--central"_s, url, u"--db"_s, a.path()}, home, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    static const QRegularExpression line(u"^Synced: (\\d+) sent, (\\d+) received, 0 new conflicts, 0 waiting, in "
                                         "\\d+ ms\\.\\n$"_s);
    const auto match = line.match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    QCOMPARE(match.captured(1).toInt(), 20); // booksSql: 21 rows, the two hosts one list
    QCOMPARE(Outbox(a).count(), 0);

    // A conflict waits: exit 2.
    SyncEngine engineB(b, url, managerPassword);
    QVERIFY(engineB.sync());
    QVERIFY(execLocal(b, u"UPDATE affiliates SET name = 'B' WHERE code = 'Cl'"_s));
    QVERIFY(engineB.sync());
    QVERIFY(execLocal(a, u"UPDATE affiliates SET name = 'A' WHERE code = 'Cl'"_s));
    run = runCli({u"sync"_s, u"--central"_s, url, u"--db"_s, a.path()}, home, env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains(u"1 new conflicts, 1 waiting"_s), qPrintable(run.out));
    // No server: exit 1 and a message.
    run = runCli({u"sync"_s, u"--central"_s, u"postgresql://mgr@127.0.0.1:1/none"_s, u"--db"_s, a.path()}, home, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
}

// The central commit of a push succeeded and the local one was lost (a crash in between): the
// desktop comes back as it was before the sync, and its next push finds its own rows central.
void TestSyncEngine::lostLocalCommitIsAdopted()
{
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    QString error;
    const QString path = m_dir.filePath(u"lost.sqlite"_s);
    const QString before = m_dir.filePath(u"lost-before.sqlite"_s);
    for (const bool edits : {false, true}) {
        {
            Database a;
            QVERIFY(a.open(path));
            for (const QString &sql : edits ? editsSql(u"a"_s) : booksSql(u"a"_s))
                QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
        }
        {
            Database a;
            QVERIFY(a.open(path));
            SyncEngine engine(a, url, managerPassword);
            // At the push's first central statement (the 2nd: the 1st asks whose desktop this is)
            // the batch's uids are committed here; what follows (the central commit, then the
            // local one) is what the crash cuts in two.
            engine.setStatementHook([&](int statement) {
                if (statement == 2) {
                    for (const QString &suffix : {QString(), u"-wal"_s}) {
                        QFile::remove(before + suffix);
                        QFile::copy(path + suffix, before + suffix);
                    }
                }
                return true;
            });
            const auto report = engine.sync();
            QVERIFY2(report, qPrintable(report.error()));
            QVERIFY(report->pushed > 0);
        }
        // The local commit is lost: the file is as it was before the sync.
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            QFile::remove(path + suffix);
            if (suffix != u"-shm"_s)
                QVERIFY(QFile::copy(before + suffix, path + suffix));
        }
        Database a;
        QVERIFY(a.open(path));
        QVERIFY(Outbox(a).count() > 0);
        SyncEngine engine(a, url, managerPassword);
        const auto report = engine.sync();
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->conflicts, 0);
        QCOMPARE(report->pushed, 0); // every row adopted, none written again
        QCOMPARE(Outbox(a).count(), 0);
        compareWithCentral(a, url);
    }
}

void TestSyncEngine::cancelBetweenBatchesThenResume()
{
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a;
    QVERIFY(openDesk(a, u"cancel"_s));
    QString error;
    for (const QString &sql : booksSql(u"a"_s) + booksSql(u"b"_s))
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    const qint64 queued = Outbox(a).count();
    SyncEngine engine(a, url, managerPassword);
    engine.setBatchSize(5);
    int calls = 0;
    auto report = engine.sync([&calls](const QString &, qint64) { return ++calls < 2; });
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(report->cancelled);
    QCOMPARE(calls, 2);
    // Two batches went, the rest waits.
    QVERIFY(Outbox(a).count() > 0);
    QVERIFY(Outbox(a).count() < queued);
    report = engine.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(!report->cancelled);
    QCOMPARE(Outbox(a).count(), 0);
    compareWithCentral(a, url);
}

// An import queues its new rows as ranges (migration 0021), not outbox rows: the push expands
// them, and everything imported, then changed by a second import, reaches the central database
// and another desktop once.
void TestSyncEngine::importedOrdersReachCentral()
{
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a, b;
    QVERIFY(openDesk(a, u"import-a"_s));
    QVERIFY(openDesk(b, u"import-b"_s));
    QString error;
    for (const QString &sql : booksSql(u"m"_s))
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    auto importCsv = [&](const QString &name, int count, int cancelEvery) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("order_id,placed_at,subtotal,currency,status,coupon_code,affiliate_code,landing_url,referrer_url,"
                   "customer_email\n");
        for (int i = 0; i < count; ++i) {
            const bool cancelled = cancelEvery > 0 && i % cancelEvery == 0;
            // Every third order unattributed: no transaction, the order alone is sent.
            const QString link = i % 3 == 0 ? u"https://m.example/"_s : u"https://m.example/?acc=Cm"_s;
            file.write(u"IMP-%1,2026-02-%2T10:00:00Z,%3.00,EUR,%4,,,%5,,buyer%1@example.net\n"_s.arg(i)
                           .arg(1 + i % 28, 2, 10, QChar(u'0'))
                           .arg(10 + i)
                           .arg(cancelled ? u"canceled"_s : u"complete"_s, link)
                           .toUtf8());
        }
        file.close();
        const ImportSummary summary = OrderImporter(a).importFile(path);
        return summary.fatalError.isEmpty() && summary.imported == count;
    };
    const QString ledgerRows = u"tbl = 'orders' OR tbl = 'transactions'"_s;
    const qint64 queuedBefore = StoreTestKit::count(a, u"sync_outbox"_s, ledgerRows); // booksSql's
    QVERIFY(importCsv(u"first.csv"_s, 120, 0));
    QCOMPARE(StoreTestKit::count(a, u"sync_outbox"_s, ledgerRows), queuedBefore);
    QVERIFY(StoreTestKit::count(a, u"sync_outbox_ranges"_s) > 0);
    QVERIFY(importCsv(u"second.csv"_s, 150, 4)); // 30 new orders, every fourth cancelled
    // Every imported row is waiting: in a range (new rows) or as an outbox row (the cancelled ones).
    const qint64 imported = StoreTestKit::count(a, u"orders"_s, u"order_id LIKE 'IMP-%'"_s) +
                            StoreTestKit::count(a, u"transactions"_s, u"order_id LIKE 'IMP-%'"_s);
    QCOMPARE(imported, qint64(150 + 100)); // two thirds attributed
    QCOMPARE(Outbox(a).count(), StoreTestKit::count(a, u"sync_outbox"_s) + imported);
    QVERIFY(StoreTestKit::count(a, u"sync_outbox"_s, u"tbl = 'orders'"_s) >= 30); // the cancelled old ones
    SyncEngine engineA(a, url, managerPassword);
    auto reportA = engineA.sync();
    QVERIFY2(reportA, qPrintable(reportA.error()));
    QCOMPARE(Outbox(a).count(), 0);
    QCOMPARE(StoreTestKit::count(a, u"sync_outbox_ranges"_s), qint64(0));
    compareWithCentral(a, url);
    SyncEngine engineB(b, url, managerPassword);
    auto reportB = engineB.sync();
    QVERIFY2(reportB, qPrintable(reportB.error()));
    QCOMPARE(StoreTestKit::count(b, u"orders"_s, u"order_id LIKE 'IMP-%'"_s), qint64(150));
    QCOMPARE(StoreTestKit::count(b, u"transactions"_s, u"order_id LIKE 'IMP-%'"_s),
             StoreTestKit::count(a, u"transactions"_s, u"order_id LIKE 'IMP-%'"_s));
    compareWithCentral(b, url);
}

void TestSyncEngine::faultScenario(const QString &name, int failAt, FaultKind kind, int *statements, int pageSize)
{
    auto paging = [pageSize](SyncEngine &engine) {
        if (pageSize > 0) {
            engine.setPageSize(pageSize);
            engine.setBulkMinimum(1);
        }
    };
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    // Another desktop's books are central already, so A's sync pulls as well as pushes.
    {
        Database other;
        QVERIFY(openDesk(other, name + u"-other"_s));
        QString error;
        for (const QString &sql : booksSql(u"o"_s))
            QVERIFY2(execLocal(other, sql, &error), qPrintable(error));
        SyncEngine engine(other, url, managerPassword);
        QVERIFY(engine.sync());
    }
    Database a;
    QVERIFY(openDesk(a, name));
    QString error;
    for (const QString &sql : booksSql(u"a"_s) + booksSql(u"x"_s))
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    {
        SyncEngine engine(a, url, managerPassword);
        engine.maxAttempts = 1;
        engine.setCopyThreshold(3); // the COPY path too
        paging(engine);
        bool fired = false;
        engine.setStatementHook([&](int statement) {
            if (statement != failAt || fired)
                return true;
            fired = true;
            if (kind == FaultKind::StopServer) {
                m_server.stop(PgTestKit::Server::Stop::Immediate);
                return true; // the statement meets the dead server
            }
            return false;
        });
        const auto report = engine.sync();
        if (statements)
            *statements = engine.session().statementCount();
        if (failAt > 0) {
            QVERIFY(fired);
            QVERIFY(!report);
        } else {
            QVERIFY2(report, qPrintable(report.error()));
        }
    }
    if (kind == FaultKind::StopServer && failAt > 0) {
        // The engine cannot reach the stopped server: an error, nothing half-done.
        SyncEngine engine(a, url, managerPassword);
        QVERIFY(!engine.sync());
        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
    }
    SyncEngine engine(a, url, managerPassword);
    engine.setCopyThreshold(3);
    paging(engine);
    auto report = engine.sync();
    QVERIFY2(report, qPrintable(u"after a fault at %1: %2"_s.arg(failAt).arg(report.error())));
    QCOMPARE(report->openConflicts, 0);
    report = engine.sync();
    QVERIFY(report);
    QCOMPARE(report->pushed, 0);
    QCOMPARE(Outbox(a).count(), 0);
    compareWithCentral(a, url);
    // The same rows as without a fault: both desktops' books once, nothing twice.
    const auto rows = localRows(a);
    QStringList counts;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        counts.append(it.key() + u'=' + QString::number(it.value().size()));
    if (m_expectedCounts.isEmpty())
        m_expectedCounts = counts;
    QCOMPARE(counts, m_expectedCounts);
}

void TestSyncEngine::failingStatementThenSyncReachesSameState()
{
    int statements = 0;
    faultScenario(u"fail-0"_s, 0, FaultKind::FailStatement, &statements);
    QVERIFY(statements > 10);
    qInfo("a clean first sync makes %d central statements", statements);
    for (int i = 1; i <= statements; ++i) {
        faultScenario(u"fail-%1"_s.arg(i), i, FaultKind::FailStatement, nullptr);
        if (QTest::currentTestFailed()) {
            qWarning("failing statement %d", i);
            return;
        }
    }
}

void TestSyncEngine::serverStoppedDuringSyncThenSyncReachesSameState()
{
    int statements = 0;
    faultScenario(u"stop-0"_s, 0, FaultKind::StopServer, &statements);
    // Spread over the push (the first statements) and the pull (the last ones).
    const int step = std::max(1, statements / 8);
    for (int i = 1; i <= statements; i += step) {
        faultScenario(u"stop-%1"_s.arg(i), i, FaultKind::StopServer, nullptr);
        if (QTest::currentTestFailed()) {
            qWarning("server stopped at statement %d", i);
            return;
        }
    }
    faultScenario(u"stop-last"_s, statements, FaultKind::StopServer, nullptr);
}

void TestSyncEngine::serverStoppedWhilePullingPagesThenSyncReachesSameState()
{
    // Pages of 2 rows: the server goes away between pages, with the next page's FETCH in flight
    // while a page is applied.
    int statements = 0;
    faultScenario(u"pages-0"_s, 0, FaultKind::StopServer, &statements, 2);
    int pushStatements = 0;
    faultScenario(u"pages-push"_s, 0, FaultKind::FailStatement, &pushStatements, 5000);
    QVERIFY(statements > pushStatements);
    qInfo("with pages of 2 a first sync makes %d central statements", statements);
    const int step = std::max(1, statements / 12);
    for (int i = statements / 3; i <= statements; i += step) {
        faultScenario(u"pages-%1"_s.arg(i), i, FaultKind::StopServer, nullptr, 2);
        if (QTest::currentTestFailed()) {
            qWarning("server stopped at statement %d", i);
            return;
        }
    }
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
