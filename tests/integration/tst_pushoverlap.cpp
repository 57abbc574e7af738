// The push's overlap against a real PostgreSQL: while the central database inserts one outbox
// batch, the engine reads the next one (CopyWriter and UnnestWriter, Outbox::nextBatch's `after`). Small
// batches and a low COPY threshold make every batch take that path. Every row arrives once (COPY
// through a temp table, and INSERT ... FROM unnest) with
// the version the desktop stores; a row edited while its batch is on the way is sent again from
// its new version, not as a conflict with itself; the i-th central statement failing, or the
// server stopped, during such a push is followed by a sync that reaches the same state.

#include "centraltestkit.h"
#include "store/database.h"
#include "sync/centralsession.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace CentralTestKit;

namespace {

const QString managerPassword = u"mgr-pw"_s;
constexpr int transactions = 23;
constexpr int batchSize = 5;

bool execLocal(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        qWarning().noquote() << query.lastError().text() << sql;
        return false;
    }
    return true;
}

// One program, one partner, `count` transactions B-1, B-2, ... queued in that order.
bool fillBooks(Database &db, int count = transactions)
{
    return execLocal(db, u"INSERT INTO programs (name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, "
                         "threshold_minor, created_at) VALUES ('Overlap', 'EUR', 2000, 1000, 1000, 5000, "
                         "'2026-01-01T00:00:00Z')"_s) &&
           execLocal(db, u"INSERT INTO affiliates (code, name, email, created_at) VALUES ('OV', 'Overlap', "
                         "'o@example.net', '2026-01-01T00:00:00Z')"_s) &&
           execLocal(db, u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                         "INSERT INTO transactions (order_id, affiliate_id, program_id, kind, base_minor, rate_bp, "
                         "commission_minor, currency, status, approve_at, placed_at, created_at, updated_at) "
                         "SELECT 'B-' || i, 1, 1, 'link', 10000 + i, 2000, 2000 + i, 'EUR', 'pending', "
                         "'2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', "
                         "'2026-01-01T00:00:00Z' FROM n"_s.arg(count));
}

// "order_id status version" of every transaction, by uid.
using Rows = QHash<QString, QString>;

Rows localTransactions(Database &db)
{
    Rows rows;
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT s.uid, t.order_id, t.status, s.version FROM transactions t JOIN sync_ids s "
                    "ON s.tbl = 'transactions' AND s.local_id = t.id"_s))
        return rows;
    while (query.next())
        rows.insert(query.value(0).toString(),
                    query.value(1).toString() + u' ' + query.value(2).toString() + u' ' + query.value(3).toString());
    return rows;
}

Rows centralTransactions(const QString &url)
{
    Rows rows;
    CentralSession session(url, managerPassword);
    if (!session.connect())
        return rows;
    const auto found =
        session.exec(u"SELECT id::text, order_id, status, version FROM partnerdesk.transactions WHERE NOT deleted"_s);
    if (!found)
        return rows;
    for (int r = 0; r < found->count(); ++r)
        rows.insert(found->text(r, 0), found->text(r, 1) + u' ' + found->text(r, 2) + u' ' + found->text(r, 3));
    return rows;
}

} // namespace

class TestPushOverlap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyRowArrivesOnceWithItsVersion_data();
    void everyRowArrivesOnceWithItsVersion();
    void rowEditedWhileItsBatchIsOnTheWay();
    void failingStatementThenSyncReachesSameState();
    void serverStoppedThenSyncReachesSameState();

private:
    enum class Fault
    {
        FailStatement,
        StopServer
    };
    QString newCentral();
    void configure(SyncEngine &engine);
    void faultScenario(int failAt, Fault fault, int *statements);

    PgTestKit::Server m_server;
    QTemporaryDir m_dir;
    int m_centrals = 0;
};

void TestPushOverlap::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestPushOverlap::cleanupTestCase()
{
    m_server.stop();
}

QString TestPushOverlap::newCentral()
{
    const QString name = u"overlap%1"_s.arg(++m_centrals);
    if (!m_server.createDatabase(name))
        return {};
    CentralConnection admin;
    if (!admin.open(m_server.url(u"postgres"_s, name), superPassword()))
        return {};
    CentralSchema schema(admin);
    if (!schema.setup() || !schema.grantManager(u"mgr"_s, managerPassword))
        return {};
    return m_server.url(u"mgr"_s, name);
}

void TestPushOverlap::configure(SyncEngine &engine)
{
    engine.setBatchSize(batchSize);
    engine.setCopyThreshold(2);
}

void TestPushOverlap::everyRowArrivesOnceWithItsVersion_data()
{
    QTest::addColumn<SyncEngine::BulkInsert>("bulkInsert");
    QTest::newRow("copy through a temp table") << SyncEngine::BulkInsert::CopyThroughTemp;
    QTest::newRow("unnest") << SyncEngine::BulkInsert::Unnest;
}

void TestPushOverlap::everyRowArrivesOnceWithItsVersion()
{
    QFETCH(SyncEngine::BulkInsert, bulkInsert);
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"once-%1.sqlite"_s.arg(int(bulkInsert)))));
    QVERIFY(fillBooks(db));
    SyncEngine engine(db, url, managerPassword);
    configure(engine);
    engine.setBulkInsert(bulkInsert);
    const auto report = engine.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->pushed, transactions + 2);
    QCOMPARE(report->conflicts, 0);
    // The overlap ran: batches after the first were read while their predecessor was central.
    QVERIFY(engine.pushTimings().prefetched > 0);
    QCOMPARE(Outbox(db).count(), 0);
    const Rows local = localTransactions(db);
    QCOMPARE(local.size(), transactions);
    QCOMPARE(centralTransactions(url), local);
    // Nothing left to send.
    const auto again = engine.sync();
    QVERIFY(again);
    QCOMPARE(again->pushed, 0);
}

// Batch 1 (program, partner, B-1..B-3) is sent while batch 2 (B-4..B-8) is read. B-6 is edited
// after batch 1: batch 2 sends its old state; batch 3 (B-9 and the edit) is read while batch 2 is
// central, which would base the edit on B-6's version before batch 2 (a conflict with itself)
// unless batch 3 is read again after batch 2's local commit.
void TestPushOverlap::rowEditedWhileItsBatchIsOnTheWay()
{
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"edited.sqlite"_s)));
    QVERIFY(fillBooks(db, 9));
    SyncEngine engine(db, url, managerPassword);
    configure(engine);
    int batches = 0;
    const auto report = engine.sync([&](const QString &, qint64) {
        if (++batches == 1)
            execLocal(db, u"UPDATE transactions SET status = 'approved' WHERE order_id = 'B-6'"_s);
        return true;
    });
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(batches > 1);
    QCOMPARE(report->conflicts, 0);
    QCOMPARE(report->openConflicts, 0);
    QCOMPARE(Outbox(db).count(), 0);
    const Rows local = localTransactions(db);
    QCOMPARE(centralTransactions(url), local);
    QVERIFY(local.values().contains(u"B-6 approved 2"_s));
}

void TestPushOverlap::faultScenario(int failAt, Fault fault, int *statements)
{
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"fault-%1-%2.sqlite"_s.arg(int(fault)).arg(failAt))));
    QVERIFY(fillBooks(db));
    {
        SyncEngine engine(db, url, managerPassword);
        configure(engine);
        engine.maxAttempts = 1;
        bool fired = false;
        engine.setStatementHook([&](int statement) {
            if (statement != failAt || fired)
                return true;
            fired = true;
            if (fault == Fault::StopServer) {
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
    if (fault == Fault::StopServer && failAt > 0)
        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
    SyncEngine engine(db, url, managerPassword);
    configure(engine);
    const auto report = engine.sync();
    QVERIFY2(report, qPrintable(u"after a fault at %1: %2"_s.arg(failAt).arg(report.error())));
    QCOMPARE(report->openConflicts, 0);
    QCOMPARE(Outbox(db).count(), 0);
    const Rows local = localTransactions(db);
    QCOMPARE(local.size(), transactions);
    QCOMPARE(centralTransactions(url), local);
}

void TestPushOverlap::failingStatementThenSyncReachesSameState()
{
    int statements = 0;
    faultScenario(0, Fault::FailStatement, &statements);
    QVERIFY(statements > 10);
    for (int i = 1; i <= statements; ++i) {
        faultScenario(i, Fault::FailStatement, nullptr);
        if (QTest::currentTestFailed()) {
            qWarning("failing statement %d", i);
            return;
        }
    }
}

void TestPushOverlap::serverStoppedThenSyncReachesSameState()
{
    int statements = 0;
    faultScenario(0, Fault::StopServer, &statements);
    for (int i = 2; i <= statements; i += std::max(1, statements / 5)) {
        faultScenario(i, Fault::StopServer, nullptr);
        if (QTest::currentTestFailed()) {
            qWarning("server stopped at statement %d", i);
            return;
        }
    }
}

QTEST_GUILESS_MAIN(TestPushOverlap)
#include "tst_pushoverlap.moc"
