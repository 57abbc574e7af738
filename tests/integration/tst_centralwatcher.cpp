// CentralWatcher against a real PostgreSQL (PgTestKit): a NOTIFY from another connection reaches it,
// the central schema's trigger notifies once per inserting statement with the pushing desktop's id
// and nothing of the rows, a server that dies (pg_ctl stop -m immediate, where QPSQL's isOpen()
// stays true) is reported lost by the heartbeat, and once it is back the watcher reconnects,
// reports it restored and notifications flow again. A watcher started with no server is lost from
// the start and connects when one appears.

#include "centraltestkit.h"
#include "sync/centralurl.h"
#include "sync/centralwatcher.h"

#include <QHostAddress>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace CentralTestKit;
using namespace std::chrono_literals;

namespace {

// A TCP relay in front of the server that can go silent: frozen, it keeps every connection open
// and accepts new ones but passes nothing on, like a server that hangs or a network that drops
// packets without a word. QPSQL then waits forever for the heartbeat's answer; the watcher must not.
class SilentRelay : public QObject
{
public:
    explicit SilentRelay(quint16 target)
        : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &SilentRelay::accept);
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    void freeze() { m_frozen = true; }
    // Passes data again for new connections; those made while frozen are dropped.
    void thaw()
    {
        m_frozen = false;
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            m_sockets.append(client);
            m_sockets.append(upstream);
            connect(client, &QTcpSocket::readyRead, this, [this, client, upstream] { relay(client, upstream); });
            connect(upstream, &QTcpSocket::readyRead, this, [this, client, upstream] { relay(upstream, client); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        }
    }
    void relay(QTcpSocket *from, QTcpSocket *to)
    {
        if (!m_frozen)
            to->write(from->readAll());
    }

    quint16 m_target;
    QTcpServer m_server;
    bool m_frozen = false;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace

class TestCentralWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void notifyFromAnotherConnectionArrives();
    void insertedTransactionsNotifyOncePerStatement();
    void lostServerIsDetectedAndRestored();
    void silentServerIsLostAfterTheTimeout();
    void startsLostWithoutAServer();
    void stopEndsTheConnection();

private:
    CentralUrl url() const;
    // A watcher that beats and retries quickly, started against the test server.
    void startWatcher(CentralWatcher &watcher, const CentralUrl &where);
    bool sql(const QString &statement, QString *output = nullptr);
    // The number of the watchers' connections to the server.
    int listeners();

    PgTestKit::Server m_server;
};

void TestCentralWatcher::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.createDatabase(u"books"_s));
    CentralConnection admin;
    QVERIFY(admin.open(m_server.url(u"postgres"_s, u"books"_s), superPassword()));
    const Result<CentralSetupReport> report = CentralSchema(admin).setup();
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(report->applied.contains(2));
}

void TestCentralWatcher::cleanupTestCase()
{
    m_server.stop();
}

CentralUrl TestCentralWatcher::url() const
{
    return *CentralUrl::parse(m_server.url(u"postgres"_s, u"books"_s));
}

void TestCentralWatcher::startWatcher(CentralWatcher &watcher, const CentralUrl &where)
{
    watcher.setHeartbeatInterval(150ms);
    watcher.setHeartbeatTimeout(2s);
    watcher.setReconnectDelays(50ms, 400ms);
    watcher.start(where, superPassword());
}

bool TestCentralWatcher::sql(const QString &statement, QString *output)
{
    QString error;
    const bool ok = m_server.psql(statement, u"postgres"_s, superPassword(), u"books"_s, output, &error);
    if (!ok)
        qWarning("psql: %s", qPrintable(error));
    return ok;
}

int TestCentralWatcher::listeners()
{
    QString output;
    if (!sql(
            u"SELECT count(*) FROM pg_stat_activity WHERE datname = 'books' AND application_name = 'partnerdesk-watcher'"_s,
            &output))
        return -1;
    return output.toInt();
}

void TestCentralWatcher::notifyFromAnotherConnectionArrives()
{
    CentralWatcher watcher;
    QSignalSpy connected(&watcher, &CentralWatcher::connected);
    QSignalSpy notified(&watcher, &CentralWatcher::notified);
    startWatcher(watcher, url());
    QCOMPARE(watcher.state(), CentralWatcher::State::Connecting);
    QTRY_COMPARE(connected.count(), 1);
    QVERIFY(watcher.isConnected());
    QVERIFY(watcher.lastError().isEmpty());
    QCOMPARE(listeners(), 1);

    QVERIFY(sql(uR"(NOTIFY partnerdesk_transactions, '{"table": "transactions", "desktop": "desk-9"}')"_s));
    QTRY_COMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), u"transactions"_s);
    QCOMPARE(notified.at(0).at(1).toString(), u"desk-9"_s);

    // Another channel is not news; a payload that is not ours still is.
    QVERIFY(sql(u"NOTIFY some_other_channel, 'x'; NOTIFY partnerdesk_transactions, 'hello'"_s));
    QTRY_COMPARE(notified.count(), 2);
    QCOMPARE(notified.at(1).at(0).toString(), QString());
    QCOMPARE(notified.at(1).at(1).toString(), QString());
}

void TestCentralWatcher::insertedTransactionsNotifyOncePerStatement()
{
    CentralWatcher watcher;
    QSignalSpy connected(&watcher, &CentralWatcher::connected);
    QSignalSpy notified(&watcher, &CentralWatcher::notified);
    startWatcher(watcher, url());
    QTRY_COMPARE(connected.count(), 1);

    // One statement inserting three transactions, pushed by desktop "desk-7", in one transaction
    // with the rows they refer to: one notification, at commit.
    const QString books = uR"(
BEGIN;
SELECT set_config('partnerdesk.desktop_id', 'desk-7', true);
INSERT INTO partnerdesk.programs (id, name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, threshold_minor, created_at)
  VALUES ('00000000-0000-4000-8000-000000000001', 'Watched', 'EUR', 2000, 1000, 1000, 5000, now());
INSERT INTO partnerdesk.affiliates (id, code, name, email, created_at)
  VALUES ('00000000-0000-4000-8000-000000000002', 'W1', 'Watcher', 'w@example.com', now());
INSERT INTO partnerdesk.transactions (id, order_id, affiliate_id, program_id, kind, base_minor, rate_bp,
    commission_minor, currency, status, placed_at, created_at, updated_at)
  SELECT gen_random_uuid(), 'W-' || n, '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001',
         'link', 10000, 2000, 2000, 'EUR', 'pending', now(), now(), now()
    FROM generate_series(1, 3) n;
COMMIT;
)"_s;
    QVERIFY(sql(books));
    QTRY_COMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), u"transactions"_s);
    QCOMPARE(notified.at(0).at(1).toString(), u"desk-7"_s);

    // A statement that inserts nothing says nothing; a rolled back insert neither. Notifications
    // arrive in commit order, so the marker after them is the next one seen.
    QVERIFY(sql(uR"(
INSERT INTO partnerdesk.transactions SELECT * FROM partnerdesk.transactions WHERE false;
BEGIN;
INSERT INTO partnerdesk.transactions (id, order_id, affiliate_id, program_id, kind, base_minor, rate_bp,
    commission_minor, currency, status, placed_at, created_at, updated_at)
  VALUES (gen_random_uuid(), 'W-rolled-back', '00000000-0000-4000-8000-000000000002',
          '00000000-0000-4000-8000-000000000001', 'link', 1, 0, 0, 'EUR', 'pending', now(), now(), now());
ROLLBACK;
NOTIFY partnerdesk_transactions, '{"table": "marker"}';
)"_s));
    QTRY_COMPARE(notified.count(), 2);
    QCOMPARE(notified.at(1).at(0).toString(), u"marker"_s);

    // A store writing orders: the same channel, table "orders", no desktop.
    QVERIFY(sql(uR"(
INSERT INTO partnerdesk.orders (order_id, placed_at, subtotal_minor, currency, status)
  VALUES ('STORE-1', now(), 5000, 'EUR', 'complete');
)"_s));
    QTRY_COMPARE(notified.count(), 3);
    QCOMPARE(notified.at(2).at(0).toString(), u"orders"_s);
    QCOMPARE(notified.at(2).at(1).toString(), QString());

    // The store's own login role (partnerdesk_store: orders only) fires it too; a status update
    // of an existing order is no new order.
    QVERIFY(sql(u"CREATE ROLE shop LOGIN PASSWORD 'shop-pw'; GRANT partnerdesk_store TO shop"_s));
    QString error;
    QVERIFY2(m_server.psql(uR"(
INSERT INTO partnerdesk.orders (order_id, placed_at, subtotal_minor, currency, status)
  VALUES ('STORE-1', now(), 5000, 'EUR', 'refunded')
  ON CONFLICT (order_id) DO UPDATE SET status = EXCLUDED.status, updated_at = now();
INSERT INTO partnerdesk.orders (order_id, placed_at, subtotal_minor, currency, status)
  VALUES ('STORE-2', now(), 7000, 'EUR', 'pending')
  ON CONFLICT (order_id) DO UPDATE SET status = EXCLUDED.status, updated_at = now();
)"_s,
                           u"shop"_s, u"shop-pw"_s, u"books"_s, nullptr, &error),
             qPrintable(error));
    QVERIFY(sql(uR"(NOTIFY partnerdesk_transactions, '{"table": "marker"}')"_s));
    QTRY_COMPARE(notified.count(), 5);
    QCOMPARE(notified.at(3).at(0).toString(), u"orders"_s); // STORE-2 only
    QCOMPARE(notified.at(4).at(0).toString(), u"marker"_s);
}

void TestCentralWatcher::lostServerIsDetectedAndRestored()
{
    CentralWatcher watcher;
    QSignalSpy connected(&watcher, &CentralWatcher::connected);
    QSignalSpy lost(&watcher, &CentralWatcher::connectionLost);
    QSignalSpy restored(&watcher, &CentralWatcher::connectionRestored);
    QSignalSpy notified(&watcher, &CentralWatcher::notified);
    startWatcher(watcher, url());
    QTRY_COMPARE(connected.count(), 1);
    QCOMPARE(restored.count(), 0);

    m_server.stop(PgTestKit::Server::Stop::Immediate);
    QTRY_COMPARE(lost.count(), 1);
    QCOMPARE(watcher.state(), CentralWatcher::State::Lost);
    QVERIFY(!watcher.lastError().isEmpty());
    QVERIFY(!lost.at(0).at(0).toString().isEmpty());

    // Attempts go on while the server is down; each failure is not another "lost".
    QTest::qWait(600); // several reconnect attempts (50 ms doubling up to 400 ms); no assertion on time
    QCOMPARE(lost.count(), 1);
    QCOMPARE(connected.count(), 1);

    QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 15000);
    QCOMPARE(connected.count(), 2);
    QVERIFY(watcher.isConnected());
    QVERIFY(watcher.lastError().isEmpty());
    QTRY_COMPARE(listeners(), 1);

    QVERIFY(sql(uR"(NOTIFY partnerdesk_transactions, '{"table": "transactions", "desktop": "after"}')"_s));
    QTRY_COMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(1).toString(), u"after"_s);

    // And a second loss is reported again.
    m_server.stop(PgTestKit::Server::Stop::Immediate);
    QTRY_COMPARE(lost.count(), 2);
    QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 2, 15000);
}

void TestCentralWatcher::silentServerIsLostAfterTheTimeout()
{
    SilentRelay relay(m_server.port());
    QVERIFY(relay.port() != 0);
    const CentralUrl through = *CentralUrl::parse(
        u"postgresql://postgres@127.0.0.1:%1/books?sslmode=disable&connect_timeout=2"_s.arg(relay.port()));
    CentralWatcher watcher;
    QSignalSpy connected(&watcher, &CentralWatcher::connected);
    QSignalSpy lost(&watcher, &CentralWatcher::connectionLost);
    QSignalSpy restored(&watcher, &CentralWatcher::connectionRestored);
    QSignalSpy notified(&watcher, &CentralWatcher::notified);
    watcher.setHeartbeatInterval(150ms);
    watcher.setHeartbeatTimeout(1s);
    watcher.setReconnectDelays(50ms, 400ms);
    watcher.start(through, superPassword());
    QTRY_COMPARE(connected.count(), 1);

    // The server is there but says nothing: TCP is fine, the heartbeat's answer never comes.
    relay.freeze();
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 15000);
    QVERIFY2(lost.at(0).at(0).toString().contains(u"did not answer within 1 s"_s),
             qPrintable(lost.at(0).at(0).toString()));
    QCOMPARE(watcher.state(), CentralWatcher::State::Lost);

    relay.thaw();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 30000);
    QVERIFY(sql(uR"(NOTIFY partnerdesk_transactions, '{"desktop": "through"}')"_s));
    QTRY_COMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(1).toString(), u"through"_s);

    watcher.stop();

    // Stopping while a heartbeat hangs ends it at once, long before its own timeout (a minute
    // here; TCP would never give up, the relay's kernel acknowledges everything).
    CentralWatcher patient;
    QSignalSpy patientConnected(&patient, &CentralWatcher::connected);
    patient.setHeartbeatInterval(100ms);
    patient.setHeartbeatTimeout(60s);
    patient.start(through, superPassword());
    QTRY_COMPARE(patientConnected.count(), 1);
    relay.freeze();
    QTest::qWait(500); // a heartbeat starts within 100 ms and hangs; no assertion on time
    QCOMPARE(patient.state(), CentralWatcher::State::Connected);
    patient.stop();
    QCOMPARE(patient.state(), CentralWatcher::State::Stopped);
    relay.thaw();
}

void TestCentralWatcher::startsLostWithoutAServer()
{
    const quint16 port = PgTestKit::freePort();
    QVERIFY(port != 0);
    const CentralUrl nowhere =
        *CentralUrl::parse(u"postgresql://postgres@127.0.0.1:%1/books?sslmode=disable"_s.arg(port));
    CentralWatcher watcher;
    QSignalSpy connected(&watcher, &CentralWatcher::connected);
    QSignalSpy lost(&watcher, &CentralWatcher::connectionLost);
    startWatcher(watcher, nowhere);
    QTRY_COMPARE(lost.count(), 1);
    QCOMPARE(watcher.state(), CentralWatcher::State::Lost);
    QVERIFY2(watcher.lastError().contains(QString::number(port)) || watcher.lastError().contains(u"refused"_s),
             qPrintable(watcher.lastError()));
    QCOMPARE(connected.count(), 0);

    // reconnectNow() while lost tries again (and fails again: still one "lost").
    watcher.reconnectNow();
    QTest::qWait(100);
    QCOMPARE(lost.count(), 1);
}

void TestCentralWatcher::stopEndsTheConnection()
{
    CentralWatcher watcher;
    QSignalSpy connected(&watcher, &CentralWatcher::connected);
    startWatcher(watcher, url());
    QTRY_COMPARE(connected.count(), 1);
    QTRY_COMPARE(listeners(), 1);
    watcher.stop();
    QCOMPARE(watcher.state(), CentralWatcher::State::Stopped);
    QTRY_COMPARE(listeners(), 0);
    // Started again: a new connection.
    watcher.start(url(), superPassword());
    QTRY_COMPARE(connected.count(), 2);
    QTRY_COMPARE(listeners(), 1);
}

QTEST_GUILESS_MAIN(TestCentralWatcher)
#include "tst_centralwatcher.moc"
