// The central database over TLS: real PostgreSQL servers with ssl=on and certificates signed by
// CAs the test makes (PgTestKit::Server::setTls), a "system" CA store of the test's own
// (SSL_CERT_FILE, as OpenSSL reads it) and a server without TLS. The default (no sslmode, no CA
// file) connects encrypted and verify-full against the system store, and refuses a server whose
// certificate names another host, a CA the store does not hold, and a server without TLS; plain
// text only with sslmode=disable, and the CLI says so on stderr. A user's CA file keeps working
// (verify-full / verify-ca), another CA is refused with libpq's reason, allow and prefer are
// refused; Test Connection, a whole sync and the CLI run through the default. No password given
// in a URL or to a failed connection comes back in its message.

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

const QString managerPassword = u"tls-manager-pw-9x"_s;

// Joins PEM files into one, the form of a system's CA bundle.
bool concatenate(const QStringList &files, const QString &target)
{
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    for (const QString &name : files) {
        QFile in(name);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        out.write(in.readAll());
    }
    return true;
}

// The books database on `server` set up, with the manager mgr.
bool setUp(PgTestKit::Server &server)
{
    if (!server.createDatabase(u"books"_s))
        return false;
    CentralConnection admin;
    if (const Status opened = admin.open(server.url(u"postgres"_s, u"books"_s), CentralTestKit::superPassword());
        !opened) {
        qWarning() << opened.error();
        return false;
    }
    CentralSchema schema(admin);
    return schema.setup() && schema.grantManager(u"mgr"_s, managerPassword);
}

} // namespace

class TestCentralTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sslModes_data();
    void sslModes();
    void defaultVerifiesAgainstTheSystemStore();
    void defaultRefusesAnotherHostsCertificate();
    void defaultRefusesAServerWithoutTls();
    void allowAndPreferAreRefused();
    void otherCaIsRefused();
    void testConnectionThroughTheDefault();
    void syncThroughVerifyFull();
    void cliDefaultAndPlainText();
    void noPasswordInMessages();

private:
    // postgresql://mgr@127.0.0.1:PORT/books[?sslmode=MODE][&sslrootcert=CA]
    static QString url(const PgTestKit::Server &server, const QString &sslMode = {}, const QString &caFile = {});
    QString url(const QString &sslMode, const QString &caFile) const { return url(m_server, sslMode, caFile); }
    // Whether the connection is encrypted, from the server's side (pg_stat_ssl).
    static bool encrypted(CentralConnection &connection);

    PgTestKit::Server m_server;    // TLS, a certificate for 127.0.0.1
    PgTestKit::Server m_otherName; // TLS, a certificate for db.example.net from a CA the store holds
    PgTestKit::Server m_plain;     // no TLS at all
    QTemporaryDir m_dir;
    QString m_systemStore; // the test's "system" CA bundle: both servers' CAs
};

void TestCentralTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server.setTls(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_otherName.setTls(true, u"DNS:db.example.net"_s);
    QVERIFY2(m_otherName.start(), qPrintable(m_otherName.error()));
    QVERIFY2(m_plain.start(), qPrintable(m_plain.error()));
    m_systemStore = m_dir.filePath(u"system-cas.pem"_s);
    QVERIFY(concatenate({m_server.caFile(), m_otherName.caFile()}, m_systemStore));
    qputenv("SSL_CERT_FILE", m_systemStore.toLocal8Bit());
    QVERIFY(setUp(m_server));
    QVERIFY(setUp(m_plain));
}

QString TestCentralTls::url(const PgTestKit::Server &server, const QString &sslMode, const QString &caFile)
{
    QUrl url(u"postgresql://mgr@127.0.0.1:%1/books"_s.arg(server.port()));
    QUrlQuery query;
    if (!sslMode.isEmpty())
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
    QTest::newRow("the default, the system's CAs") << QString() << false << true;
    QTest::newRow("the default, the server's CA") << QString() << true << true;
    QTest::newRow("verify-full, the server's CA") << u"verify-full"_s << true << true;
    QTest::newRow("verify-ca, the server's CA") << u"verify-ca"_s << true << true;
    QTest::newRow("verify-ca, the system's CAs") << u"verify-ca"_s << false << true;
    QTest::newRow("require, no CA") << u"require"_s << false << true;
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

void TestCentralTls::defaultVerifiesAgainstTheSystemStore()
{
    const Result<CentralUrl> plain = CentralUrl::parse(url(QString(), QString()));
    QVERIFY(plain);
    QCOMPARE(plain->sslMode(), u"verify-full"_s);
    QVERIFY(!plain->isPlainText());
    CentralConnection connection;
    const Status opened = connection.open(*plain, managerPassword);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(encrypted(connection));
    // The server's CA taken out of the store: the same URL is refused, so the default did check.
    const QString withoutIt = m_dir.filePath(u"without-the-ca.pem"_s);
    QVERIFY(concatenate({m_server.otherCaFile()}, withoutIt));
    qputenv("SSL_CERT_FILE", withoutIt.toLocal8Bit());
    CentralConnection refused;
    const Status outcome = refused.open(*plain, managerPassword);
    qputenv("SSL_CERT_FILE", m_systemStore.toLocal8Bit());
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(u"certificate verify failed"_s), qPrintable(outcome.error()));
    // A store that is not there is named in the message.
    qputenv("SSL_CERT_FILE", m_dir.filePath(u"nowhere.pem"_s).toLocal8Bit());
    CentralConnection missing;
    const Status none = missing.open(*plain, managerPassword);
    qputenv("SSL_CERT_FILE", m_systemStore.toLocal8Bit());
    QVERIFY(!none);
    QVERIFY2(none.error().contains(u"nowhere.pem"_s), qPrintable(none.error()));
}

void TestCentralTls::defaultRefusesAnotherHostsCertificate()
{
    // The certificate's CA is in the store; only the name (db.example.net, not 127.0.0.1) is wrong.
    CentralConnection connection;
    const Status opened = connection.open(url(m_otherName), CentralTestKit::superPassword());
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"does not match host name \"127.0.0.1\""_s), qPrintable(opened.error()));
    // verify-ca checks no name: the same server is reached (and refuses mgr, who is not there).
    CentralConnection unnamed;
    const Status reached = unnamed.open(url(m_otherName, u"verify-ca"_s), CentralTestKit::superPassword());
    QVERIFY(!reached);
    QVERIFY2(reached.error().contains(u"password authentication failed"_s), qPrintable(reached.error()));
}

void TestCentralTls::defaultRefusesAServerWithoutTls()
{
    CentralConnection connection;
    const Status opened = connection.open(url(m_plain), managerPassword);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"server does not support SSL"_s), qPrintable(opened.error()));
    // Chosen: plain text.
    const Result<CentralUrl> plain = CentralUrl::parse(url(m_plain, u"disable"_s));
    QVERIFY(plain);
    QVERIFY(plain->isPlainText());
    CentralConnection chosen;
    const Status open = chosen.open(*plain, managerPassword);
    QVERIFY2(open, qPrintable(open.error()));
    QVERIFY(!encrypted(chosen));
    // The environment cannot weaken the default.
    qputenv("PGSSLMODE", "disable");
    CentralConnection fromEnvironment;
    const Status environment = fromEnvironment.open(url(m_plain), managerPassword);
    qunsetenv("PGSSLMODE");
    QVERIFY(!environment);
}

void TestCentralTls::allowAndPreferAreRefused()
{
    for (const QString &mode : {u"allow"_s, u"prefer"_s}) {
        CentralConnection connection;
        const Status opened = connection.open(url(mode, QString()), managerPassword);
        QVERIFY2(!opened, qPrintable(mode));
        QVERIFY2(opened.error().contains(u"falls back to an unencrypted connection"_s), qPrintable(opened.error()));
        ConnectionSettings settings;
        settings.host = m_server.host();
        settings.port = m_server.port();
        settings.database = u"books"_s;
        settings.user = u"mgr"_s;
        settings.sslMode = mode;
        const Status valid = settings.validate();
        QVERIFY(!valid);
        QVERIFY2(valid.error().startsWith(u"SSL mode: "_s), qPrintable(valid.error()));
    }
}

void TestCentralTls::otherCaIsRefused()
{
    for (const QString &mode : {u"verify-full"_s, u"verify-ca"_s}) {
        CentralConnection connection;
        const Status opened = connection.open(url(mode, m_server.otherCaFile()), managerPassword);
        QVERIFY2(!opened, qPrintable(mode));
        QVERIFY2(opened.error().contains(u"certificate verify failed"_s), qPrintable(opened.error()));
    }
}

void TestCentralTls::testConnectionThroughTheDefault()
{
    ConnectionSettings settings;
    settings.host = m_server.host();
    settings.port = m_server.port();
    settings.database = u"books"_s;
    settings.user = u"mgr"_s;
    // Automatic, no CA file: verify-full against the system's CAs.
    QCOMPARE(settings.effectiveSslMode(), u"verify-full"_s);
    QVERIFY(settings.validate());
    ConnectionTestResult result = ConnectionTest::run(settings, managerPassword);
    QVERIFY2(result.connected, qPrintable(result.error));
    QCOMPARE(result.user, u"mgr"_s);

    settings.caFile = m_server.caFile();
    result = ConnectionTest::run(settings, managerPassword);
    QVERIFY2(result.connected, qPrintable(result.error));

    settings.caFile = m_server.otherCaFile();
    result = ConnectionTest::run(settings, managerPassword);
    QVERIFY(!result.connected);
    QVERIFY2(result.error.contains(u"certificate verify failed"_s), qPrintable(result.error));

    // A server without TLS: refused by the default, reached when plain text is chosen.
    settings.caFile.clear();
    settings.port = m_plain.port();
    result = ConnectionTest::run(settings, managerPassword);
    QVERIFY(!result.connected);
    QVERIFY2(result.error.contains(u"server does not support SSL"_s), qPrintable(result.error));
    settings.sslMode = u"disable"_s;
    QVERIFY(settings.isPlainText());
    result = ConnectionTest::run(settings, managerPassword);
    QVERIFY2(result.connected, qPrintable(result.error));

    // Without a system store, the settings say what is missing before anything connects.
    settings.sslMode.clear();
    qputenv("SSL_CERT_FILE", m_dir.filePath(u"nowhere.pem"_s).toLocal8Bit());
    const Status valid = settings.validate();
    qputenv("SSL_CERT_FILE", m_systemStore.toLocal8Bit());
    QVERIFY(!valid);
    QVERIFY2(valid.error().startsWith(u"CA certificate: "_s) && valid.error().contains(u"nowhere.pem"_s),
             qPrintable(valid.error()));
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
    const QString central = url(QString(), QString()); // the default: verify-full, the system's CAs
    SyncEngine engineA(a, central, managerPassword);
    const auto pushed = engineA.sync();
    QVERIFY2(pushed, qPrintable(pushed.error()));
    QCOMPARE(pushed->pushed, 1);
    SyncEngine engineB(b, url(u"verify-full"_s, m_server.caFile()), managerPassword);
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

void TestCentralTls::cliDefaultAndPlainText()
{
    QTemporaryDir home;
    const QMap<QString, QString> env{{u"PGPASSWORD"_s, managerPassword}, {u"SSL_CERT_FILE"_s, m_systemStore}};
    const QString db = m_dir.filePath(u"cli.sqlite"_s);
    // The default: verified, encrypted, nothing to warn about.
    CentralTestKit::CliResult run =
        CentralTestKit::runCli({u"sync"_s, u"--central"_s, url(m_server), u"--db"_s, db}, home, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    // A server without TLS: refused.
    const QString plainDb = m_dir.filePath(u"cli-plain.sqlite"_s);
    run = CentralTestKit::runCli({u"sync"_s, u"--central"_s, url(m_plain), u"--db"_s, plainDb}, home, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"server does not support SSL"_s), qPrintable(run.err));
    // Plain text written in the URL: done, with one warning line.
    run =
        CentralTestKit::runCli({u"sync"_s, u"--central"_s, url(m_plain, u"disable"_s), u"--db"_s, plainDb}, home, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.err,
             u"partnerdesk-cli: warning: The connection to mgr@127.0.0.1:%1/books is not encrypted (sslmode=disable): "
             "the password and every row cross the network readable by anyone on the way.\n"_s.arg(m_plain.port()));
    // PGSSLMODE does not stand in for the URL.
    QMap<QString, QString> weakened = env;
    weakened.insert(u"PGSSLMODE"_s, u"disable"_s);
    run = CentralTestKit::runCli({u"sync"_s, u"--central"_s, url(m_plain), u"--db"_s, plainDb}, home, weakened);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"server does not support SSL"_s), qPrintable(run.err));
}

void TestCentralTls::noPasswordInMessages()
{
    // In the URL: refused, and not repeated, whether the URL is otherwise good or not.
    const QString password = u"Clear-In-Url-4711"_s;
    for (const QString &text : {u"postgresql://mgr:%1@127.0.0.1:%2/books"_s.arg(password).arg(m_server.port()),
                                u"postgresql://mgr@127.0.0.1:%2/books?password=%1"_s.arg(password).arg(m_server.port()),
                                u"postgresql://mgr:%1@127.0.0.1:99999/books"_s.arg(password)}) {
        CentralConnection connection;
        const Status opened = connection.open(text);
        QVERIFY(!opened);
        QVERIFY2(!opened.error().contains(password), qPrintable(opened.error()));
        Database local;
        QVERIFY(local.open(m_dir.filePath(u"refused.sqlite"_s)));
        SyncEngine engine(local, text);
        const auto synced = engine.sync();
        QVERIFY(!synced);
        QVERIFY2(!synced.error().contains(password), qPrintable(synced.error()));
        QTemporaryDir home;
        const CentralTestKit::CliResult run = CentralTestKit::runCli(
            {u"sync"_s, u"--central"_s, text, u"--db"_s, m_dir.filePath(u"refused.sqlite"_s)}, home);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.contains(password) && !run.out.contains(password), qPrintable(run.err));
    }
    QVERIFY(CentralUrl::parse(u"postgresql://mgr:%1@127.0.0.1/books"_s.arg(password))
                .error()
                .contains(u"PGPASSWORD or ~/.pgpass"_s));
    // Given to connections that fail (a wrong certificate, a server without TLS, a wrong database).
    const QStringList failing{url(m_otherName), url(m_plain), url(u"verify-full"_s, m_server.otherCaFile())};
    for (const QString &text : failing) {
        CentralConnection connection;
        const Status opened = connection.open(text, password);
        QVERIFY(!opened);
        QVERIFY2(!opened.error().contains(password), qPrintable(opened.error()));
    }
    ConnectionSettings settings;
    settings.host = m_server.host();
    settings.port = m_server.port();
    settings.database = u"nobooks"_s;
    settings.user = u"mgr"_s;
    const ConnectionTestResult result = ConnectionTest::run(settings, password);
    QVERIFY(!result.connected);
    QVERIFY2(!result.error.isEmpty() && !result.error.contains(password), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestCentralTls)
#include "tst_centraltls.moc"
