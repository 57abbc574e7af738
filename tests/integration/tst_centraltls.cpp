// The central database over TLS: a real PostgreSQL with ssl=on and a certificate for 127.0.0.1
// signed by a CA the test makes (PgTestKit::Server::setTls). What the Connection dialog's
// sslmode and CA mean is checked against it: verify-full with the right CA connects encrypted,
// with another CA it is refused with libpq's reason, prefer encrypts without checking, disable
// does not encrypt; Test Connection and a whole sync run through verify-full.

#include "centraltestkit.h"
#include "pgtestkit.h"
#include "store/database.h"
#include "sync/centralconnection.h"
#include "sync/centralschema.h"
#include "sync/connectionsettings.h"
#include "sync/connectiontest.h"
#include "sync/syncengine.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

namespace {

const QString managerPassword = u"tls-manager-pw"_s;

} // namespace

class TestCentralTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sslModes_data();
    void sslModes();
    void otherCaIsRefused();
    void testConnectionThroughVerifyFull();
    void syncThroughVerifyFull();

private:
    // postgresql://mgr@127.0.0.1:PORT/books?sslmode=MODE[&sslrootcert=CA]
    QString url(const QString &sslMode, const QString &caFile) const;
    // Whether the connection is encrypted, from the server's side (pg_stat_ssl).
    static bool encrypted(CentralConnection &connection);

    PgTestKit::Server m_server;
    QTemporaryDir m_dir;
};

void TestCentralTls::initTestCase()
{
    m_server.setTls(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.createDatabase(u"books"_s));
    CentralConnection admin;
    const Status opened =
        admin.open(m_server.url(u"postgres"_s, u"books"_s), QString::fromLatin1(PgTestKit::Server::superPassword));
    QVERIFY2(opened, qPrintable(opened.error()));
    CentralSchema schema(admin);
    const auto setup = schema.setup();
    QVERIFY2(setup, qPrintable(setup.error()));
    QVERIFY(schema.grantManager(u"mgr"_s, managerPassword));
}

QString TestCentralTls::url(const QString &sslMode, const QString &caFile) const
{
    QUrl url(m_server.url(u"mgr"_s, u"books"_s));
    QUrlQuery query;
    query.addQueryItem(u"sslmode"_s, sslMode);
    if (!caFile.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, caFile);
    url.setQuery(query);
    return url.toString();
}

bool TestCentralTls::encrypted(CentralConnection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) || !query.next())
        return false;
    return query.value(0).toBool();
}

void TestCentralTls::sslModes_data()
{
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<bool>("expectEncrypted");
    QTest::newRow("verify-full, the server's CA") << u"verify-full"_s << true << true;
    QTest::newRow("verify-ca, the server's CA") << u"verify-ca"_s << true << true;
    QTest::newRow("require, no CA") << u"require"_s << false << true;
    QTest::newRow("prefer, no CA") << u"prefer"_s << false << true;
    QTest::newRow("disable") << u"disable"_s << false << false;
}

void TestCentralTls::sslModes()
{
    QFETCH(QString, sslMode);
    QFETCH(bool, withCa);
    QFETCH(bool, expectEncrypted);
    CentralConnection connection;
    const Status opened = connection.open(url(sslMode, withCa ? m_server.caFile() : QString()), managerPassword);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(encrypted(connection), expectEncrypted);
}

void TestCentralTls::otherCaIsRefused()
{
    for (const QString &mode : {u"verify-full"_s, u"verify-ca"_s}) {
        CentralConnection connection;
        const Status opened = connection.open(url(mode, m_server.otherCaFile()), managerPassword);
        QVERIFY2(!opened, qPrintable(mode));
        QVERIFY2(opened.error().contains(u"certificate verify failed"_s), qPrintable(opened.error()));
    }
    // verify-full without a CA file: libpq looks for ~/.postgresql/root.crt and says so.
    qputenv("HOME", m_dir.path().toUtf8());
    CentralConnection connection;
    const Status opened = connection.open(url(u"verify-full"_s, QString()), managerPassword);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"root certificate file"_s), qPrintable(opened.error()));
}

void TestCentralTls::testConnectionThroughVerifyFull()
{
    ConnectionSettings settings;
    settings.host = m_server.host();
    settings.port = m_server.port();
    settings.database = u"books"_s;
    settings.user = u"mgr"_s;
    settings.caFile = m_server.caFile();
    // The dialog's automatic choice with a CA given.
    QCOMPARE(settings.effectiveSslMode(), u"verify-full"_s);
    ConnectionTestResult result = ConnectionTest::run(settings, managerPassword);
    QVERIFY2(result.connected, qPrintable(result.error));
    QCOMPARE(result.user, u"mgr"_s);

    settings.caFile = m_server.otherCaFile();
    result = ConnectionTest::run(settings, managerPassword);
    QVERIFY(!result.connected);
    QVERIFY2(result.error.contains(u"certificate verify failed"_s), qPrintable(result.error));
}

void TestCentralTls::syncThroughVerifyFull()
{
    Database a, b;
    QVERIFY(a.open(m_dir.filePath(u"a.sqlite"_s)));
    QVERIFY(b.open(m_dir.filePath(u"b.sqlite"_s)));
    QSqlQuery insert(a.connection());
    QVERIFY2(insert.exec(u"INSERT INTO affiliates (code, name, email, created_at) VALUES ('TLS1', 'Over TLS', "
                         "'tls@example.net', '2026-01-01T00:00:00Z')"_s),
             qPrintable(insert.lastError().text()));
    const QString central = url(u"verify-full"_s, m_server.caFile());
    SyncEngine engineA(a, central, managerPassword);
    const auto pushed = engineA.sync();
    QVERIFY2(pushed, qPrintable(pushed.error()));
    QCOMPARE(pushed->pushed, 1);
    SyncEngine engineB(b, central, managerPassword);
    const auto pulled = engineB.sync();
    QVERIFY2(pulled, qPrintable(pulled.error()));
    QSqlQuery query(b.connection());
    QVERIFY(query.exec(u"SELECT name FROM affiliates WHERE code = 'TLS1'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"Over TLS"_s);

    // The same sync against another CA is refused before anything is sent.
    QVERIFY(insert.exec(u"UPDATE affiliates SET name = 'Changed' WHERE code = 'TLS1'"_s));
    SyncEngine refused(a, url(u"verify-full"_s, m_server.otherCaFile()), managerPassword);
    const auto outcome = refused.sync();
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(u"certificate verify failed"_s), qPrintable(outcome.error()));
    CentralConnection check;
    QVERIFY(check.open(central, managerPassword));
    QSqlQuery name(check.database());
    QVERIFY(name.exec(u"SELECT name FROM partnerdesk.affiliates WHERE code = 'TLS1'"_s) && name.next());
    QCOMPARE(name.value(0).toString(), u"Over TLS"_s);
}

QTEST_GUILESS_MAIN(TestCentralTls)
#include "tst_centraltls.moc"
