// ConnectionSettings: the sslmode default rule (verify-full, against the CA file or the system's
// bundle; allow and prefer refused), the CLI's URL form both ways (never with a password), the
// QPSQL options, validation that names the field, and QSettings that never hold a password.

#include "sync/connectionsettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

Q_DECLARE_METATYPE(PartnerDesk::ConnectionSettings)

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sslModeDefault_data();
    void sslModeDefault();
    void urlRoundTrip_data();
    void urlRoundTrip();
    void urlForm();
    void fromLibpqUrls();
    void fromUrlRefuses_data();
    void fromUrlRefuses();
    void validation_data();
    void validation();
    void validSettingsPass();
    void connectOptions();
    void credentialKey();
    void settingsHoldNoPassword();

private:
    ConnectionSettings valid() const;
    QTemporaryDir m_dir;
    QString m_caFile;
};

void TestConnectionSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The system's CA bundle, as OpenSSL finds it: a file of the test's own.
    const QString systemStore = m_dir.filePath(u"system-cas.pem"_s);
    QFile store(systemStore);
    QVERIFY(store.open(QIODevice::WriteOnly));
    store.write("-----BEGIN CERTIFICATE-----\n");
    qputenv("SSL_CERT_FILE", systemStore.toLocal8Bit());
    m_caFile = m_dir.filePath(u"my CA's root.pem"_s);
    QFile ca(m_caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\n");
}

ConnectionSettings TestConnectionSettings::valid() const
{
    ConnectionSettings settings;
    settings.host = u"db.example.com"_s;
    settings.database = u"partnerdesk"_s;
    settings.user = u"jana"_s;
    return settings;
}

void TestConnectionSettings::sslModeDefault_data()
{
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("effective");
    QTest::addRow("no CA, automatic") << false << QString() << u"verify-full"_s;
    QTest::addRow("CA, automatic") << true << QString() << u"verify-full"_s;
    QTest::addRow("CA, require chosen") << true << u"require"_s << u"require"_s;
    QTest::addRow("CA, verify-ca chosen") << true << u"verify-ca"_s << u"verify-ca"_s;
    QTest::addRow("no CA, disable chosen") << false << u"disable"_s << u"disable"_s;
    QTest::addRow("no CA, require chosen") << false << u"require"_s << u"require"_s;
    QTest::addRow("no CA, verify-ca chosen") << false << u"verify-ca"_s << u"verify-ca"_s;
    QTest::addRow("no CA, verify-full chosen") << false << u"verify-full"_s << u"verify-full"_s;
}

void TestConnectionSettings::sslModeDefault()
{
    QFETCH(bool, withCa);
    QFETCH(QString, chosen);
    QFETCH(QString, effective);
    ConnectionSettings settings = valid();
    settings.caFile = withCa ? m_caFile : QString();
    settings.sslMode = chosen;
    QCOMPARE(settings.effectiveSslMode(), effective);
    QVERIFY2(settings.validate(), qPrintable(settings.validate().error()));
    QVERIFY(settings.connectOptions().split(u';').contains(u"sslmode="_s + effective));
}

void TestConnectionSettings::urlRoundTrip_data()
{
    QTest::addColumn<ConnectionSettings>("settings");
    ConnectionSettings plain = valid();
    QTest::addRow("plain") << plain;
    ConnectionSettings ssl = valid();
    ssl.sslMode = u"verify-ca"_s;
    ssl.caFile = m_caFile;
    ssl.port = 6432;
    QTest::addRow("ssl, a CA path with spaces and a quote") << ssl;
    ConnectionSettings automaticWithCa = valid();
    automaticWithCa.caFile = u"/etc/ssl/a&b=c?.pem"_s;
    QTest::addRow("automatic sslmode, reserved characters in the path") << automaticWithCa;
    ConnectionSettings odd = valid();
    odd.user = u"jana@shop:1/x"_s;
    odd.database = u"knihy a časopisy/2024?"_s;
    QTest::addRow("reserved and non-ASCII characters") << odd;
    ConnectionSettings v6 = valid();
    v6.host = u"::1"_s;
    QTest::addRow("IPv6") << v6;
    ConnectionSettings v4 = valid();
    v4.host = u"127.0.0.1"_s;
    v4.connectTimeout = 3;
    QTest::addRow("IPv4, a timeout") << v4;
    ConnectionSettings socket = valid();
    socket.host = u"/run/postgresql"_s;
    QTest::addRow("Unix socket") << socket;
}

void TestConnectionSettings::urlRoundTrip()
{
    QFETCH(ConnectionSettings, settings);
    const QString url = settings.toUrl();
    QVERIFY(url.startsWith(u"postgresql://"_s));
    QVERIFY(!url.contains(u':' + u"untouched"_s));
    const Result<ConnectionSettings> back = ConnectionSettings::fromUrl(url);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back->host, settings.host);
    QCOMPARE(back->port, settings.port);
    QCOMPARE(back->database, settings.database);
    QCOMPARE(back->user, settings.user);
    QCOMPARE(back->sslMode, settings.sslMode);
    QCOMPARE(back->caFile, settings.caFile);
    QCOMPARE(back->connectTimeout, settings.connectTimeout);
    QVERIFY(*back == settings);
}

void TestConnectionSettings::urlForm()
{
    ConnectionSettings settings = valid();
    settings.port = 5433;
    settings.sslMode = u"verify-full"_s;
    settings.caFile = u"/etc/pd/ca.pem"_s;
    QCOMPARE(
        settings.toUrl(),
        u"postgresql://jana@db.example.com:5433/partnerdesk?sslmode=verify-full&sslrootcert=%2Fetc%2Fpd%2Fca.pem"_s);
    QCOMPARE(valid().toUrl(), u"postgresql://jana@db.example.com:5432/partnerdesk"_s);
}

void TestConnectionSettings::fromLibpqUrls()
{
    Result<ConnectionSettings> parsed = ConnectionSettings::fromUrl(u"postgres://jana@db.example.com/books"_s);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->port, ConnectionSettings::defaultPort);
    QCOMPARE(parsed->database, u"books"_s);
    QCOMPARE(parsed->effectiveSslMode(), u"verify-full"_s);

    parsed = ConnectionSettings::fromUrl(
        u"postgresql://[2001:db8::7]:6000/x?user=petr&dbname=y&port=6001&connect_timeout=4"_s);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->host, u"2001:db8::7"_s);
    QCOMPARE(parsed->port, quint16(6001));
    QCOMPARE(parsed->user, u"petr"_s);
    QCOMPARE(parsed->database, u"y"_s);
    QCOMPARE(parsed->connectTimeout, 4);

    // A password in the URL is refused, and the message does not repeat it.
    for (const QString &url :
         {u"postgres://jana:s%40cret@db.example.com/books"_s, u"postgresql://db/x?user=petr&password=s%40cret"_s,
          u"postgresql://jana:s%40cret@h1:5432,h2:5432/db"_s, u"postgresql://jana:s%40c/ret@db/books"_s}) {
        parsed = ConnectionSettings::fromUrl(url);
        QVERIFY2(!parsed, qPrintable(url));
        QVERIFY2(!parsed.error().contains(u"s%40c"_s) && !parsed.error().contains(u"s@c"_s) &&
                     !parsed.error().contains(u"ret@"_s),
                 qPrintable(parsed.error()));
    }
}

void TestConnectionSettings::fromUrlRefuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    QTest::addRow("another scheme") << u"mysql://u@h/db"_s << u"postgresql://"_s;
    QTest::addRow("several hosts") << u"postgresql://u@h1:5432,h2:5432/db"_s << u"several hosts"_s;
    QTest::addRow("an unknown parameter") << u"postgresql://u@h/db?application_name=x"_s << u"application_name"_s;
    QTest::addRow("a bad timeout") << u"postgresql://u@h/db?connect_timeout=soon"_s << u"connect_timeout"_s;
    QTest::addRow("a bad port parameter") << u"postgresql://u@h/db?port=99999"_s << u"port=99999"_s;
}

void TestConnectionSettings::fromUrlRefuses()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    const Result<ConnectionSettings> parsed = ConnectionSettings::fromUrl(url);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
}

void TestConnectionSettings::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named");
    QTest::addRow("no host") << u"host"_s << u""_s << u"Host: "_s;
    QTest::addRow("host with a space") << u"host"_s << u"db example.com"_s << u"Host: "_s;
    QTest::addRow("host with a slash inside") << u"host"_s << u"db/x"_s << u"Host: "_s;
    QTest::addRow("port 0") << u"port"_s << u"0"_s << u"Port: "_s;
    QTest::addRow("no database") << u"database"_s << u"  "_s << u"Database: "_s;
    QTest::addRow("control character in the database") << u"database"_s << u"a\u0001b"_s << u"Database: "_s;
    QTest::addRow("no user") << u"user"_s << u""_s << u"User: "_s;
    QTest::addRow("unknown sslmode") << u"sslMode"_s << u"paranoid"_s << u"SSL mode: "_s;
    QTest::addRow("prefer") << u"sslMode"_s << u"prefer"_s << u"SSL mode: "_s;
    QTest::addRow("allow") << u"sslMode"_s << u"allow"_s << u"SSL mode: "_s;
    QTest::addRow("a CA file that is not there") << u"caFile"_s << u"/nonexistent/ca.pem"_s << u"CA certificate: "_s;
    QTest::addRow("a CA path with ';'") << u"caFile"_s << u"/tmp/a;b.pem"_s << u"CA certificate: "_s;
    QTest::addRow("timeout 0") << u"connectTimeout"_s << u"0"_s << u"Timeout: "_s;
    QTest::addRow("timeout too long") << u"connectTimeout"_s << u"601"_s << u"Timeout: "_s;
}

void TestConnectionSettings::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, named);
    ConnectionSettings settings = valid();
    if (field == u"host"_s)
        settings.host = value;
    else if (field == u"port"_s)
        settings.port = value.toUShort();
    else if (field == u"database"_s)
        settings.database = value;
    else if (field == u"user"_s)
        settings.user = value;
    else if (field == u"sslMode"_s)
        settings.sslMode = value;
    else if (field == u"caFile"_s)
        settings.caFile = value;
    else if (field == u"connectTimeout"_s)
        settings.connectTimeout = value.toInt();
    const Status status = settings.validate();
    QVERIFY(!status);
    QVERIFY2(status.error().startsWith(named), qPrintable(status.error()));
}

void TestConnectionSettings::validSettingsPass()
{
    for (const QString &host : {u"db.example.com"_s, u"localhost"_s, u"10.0.0.7"_s, u"::1"_s, u"/run/postgresql"_s}) {
        ConnectionSettings settings = valid();
        settings.host = host;
        QVERIFY2(settings.validate(), qPrintable(host + u": "_s + settings.validate().error()));
    }
}

void TestConnectionSettings::connectOptions()
{
    ConnectionSettings settings = valid();
    settings.connectTimeout = 7;
    QCOMPARE(settings.connectOptions(),
             u"sslmode=verify-full;sslrootcert='%1';connect_timeout=7"_s.arg(m_dir.filePath(u"system-cas.pem"_s)));
    settings.sslMode = u"require"_s;
    QCOMPARE(settings.connectOptions(), u"sslmode=require;connect_timeout=7"_s);
    settings.sslMode = u"disable"_s;
    QCOMPARE(settings.connectOptions(), u"sslmode=disable;connect_timeout=7"_s);
    QVERIFY(settings.isPlainText());
    settings.host = u"/run/postgresql"_s;
    QVERIFY(!settings.isPlainText()); // a Unix socket crosses no network
    settings.sslMode.clear();
    settings.caFile = u"/etc/o'brien\\ca.pem"_s;
    QCOMPARE(settings.connectOptions(),
             u"sslmode=verify-full;sslrootcert='/etc/o\\'brien\\\\ca.pem';connect_timeout=7"_s);
}

void TestConnectionSettings::credentialKey()
{
    ConnectionSettings settings = valid();
    settings.host = u"DB.Example.com"_s;
    QCOMPARE(settings.credentialKey(), u"jana@db.example.com:5432/partnerdesk"_s);
    ConnectionSettings other = settings;
    other.database = u"other"_s;
    QVERIFY(other.credentialKey() != settings.credentialKey());
}

void TestConnectionSettings::settingsHoldNoPassword()
{
    const QString path = m_dir.filePath(u"settings.ini"_s);
    {
        QSettings stored(path, QSettings::IniFormat);
        stored.setValue(u"CentralDatabase/password"_s, u"left-by-an-old-version"_s);
        ConnectionSettings settings = valid();
        settings.caFile = m_caFile;
        settings.sslMode = u"verify-ca"_s;
        settings.port = 6543;
        settings.connectTimeout = 3;
        settings.save(stored);
        stored.sync();
        QCOMPARE(ConnectionSettings::load(stored), settings);
    }
    QSettings reread(path, QSettings::IniFormat);
    QVERIFY(!reread.contains(u"CentralDatabase/password"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("left-by-an-old-version"));
    // Nothing saved yet: the defaults.
    QSettings empty(m_dir.filePath(u"empty.ini"_s), QSettings::IniFormat);
    const ConnectionSettings loaded = ConnectionSettings::load(empty);
    QCOMPARE(loaded.port, ConnectionSettings::defaultPort);
    QCOMPARE(loaded.connectTimeout, ConnectionSettings::defaultConnectTimeout);
    QVERIFY(loaded.sslMode.isEmpty());
    // allow and prefer, saved by an older version, are read as automatic (verify-full).
    for (const QString &old : {u"allow"_s, u"prefer"_s}) {
        QSettings stored(m_dir.filePath(u"old.ini"_s), QSettings::IniFormat);
        stored.setValue(u"CentralDatabase/sslmode"_s, old);
        QCOMPARE(ConnectionSettings::load(stored).effectiveSslMode(), u"verify-full"_s);
    }
}

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
