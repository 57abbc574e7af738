// `partnerdesk-cli domain verify` and `domain verify --due` as cron runs them: the real binary, a
// website served by the test on 127.0.0.1 as the CLI's HTTP proxy (http_proxy: the site keeps a
// real name, since an IP literal cannot be registered; the verifier asks https first, then http),
// and the clock moved with PARTNERDESK_NOW. The site is
// served from loopback, so the checks pass --allow-private-addresses; without it (or the setting
// Network/allowPrivateAddresses) the same check is refused and the site never asked.

#include "clirunner.h"
#include "localhttpserver.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace PartnerDeskTest;

class TestCliDomains final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingDue();
    void dueSiteStaysLapsesAndIsVerifiedAgain();
    void privateAddressNeedsTheFlagOrTheSetting();

private:
    // Runs the CLI while this process keeps serving HTTP (CliRunner::run would block the server).
    CliRun cli(QStringList arguments, const QByteArray &now, const QString &db = {}) const;
    void serve(bool withToken);

    CliRunner m_runner;
    TestHttp::LocalHttpServer m_server;
    QString m_site = u"jane-blog.example"_s; // the partner's domain, served through the proxy
    QString m_db;
    QString m_token;
};

void TestCliDomains::initTestCase()
{
    QVERIFY2(m_runner.error().isEmpty(), qPrintable(m_runner.error()));
    QVERIFY(m_server.listen());
    m_db = m_runner.path(u"domains.sqlite"_s);
}

CliRun TestCliDomains::cli(QStringList arguments, const QByteArray &now, const QString &db) const
{
    arguments << u"--db"_s << (db.isEmpty() ? m_db : db);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PARTNERDESK_NOW"_s, QString::fromLatin1(now));
    environment.insert(u"PARTNERDESK_ACTOR"_s, u"e2e"_s);
    environment.insert(u"XDG_DATA_HOME"_s, m_runner.path(u"xdg"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_runner.path(u"config"_s)); // default interval and grace
    environment.insert(u"HOME"_s, m_runner.path(QString()));
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"http_proxy"_s, m_server.base());
    environment.remove(u"https_proxy"_s);
    environment.remove(u"no_proxy"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.remove(u"LC_ALL"_s);
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    process.start(qEnvironmentVariable("PARTNERDESK_CLI"), arguments);
    loop.exec();
    CliRun result;
    if (process.state() != QProcess::NotRunning || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.err = u"did not finish: "_s + process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliDomains::serve(bool withToken)
{
    const QByteArray meta =
        withToken ? "<meta name=\"partnerdesk-verification\" content=\"" + m_token.toUtf8() + "\">" : QByteArray();
    m_server.setRoutes({{u"http://%1/"_s.arg(m_site),
                         {200, "text/html", "<html><head>" + meta + "</head><body>Blog</body></html>", 0, true, {}}}});
}

void TestCliDomains::nothingDue()
{
    const QStringList arguments{u"domain"_s, u"verify"_s, u"--due"_s};
    const CliRun run = cli(arguments, "2026-06-01T00:00:00Z");
    CLI_EXPECT(run, arguments, run.exitCode == 0);
    CLI_EXPECT(run, arguments, run.out.isEmpty());
    CLI_EXPECT(run, arguments, run.err.isEmpty());
}

void TestCliDomains::dueSiteStaysLapsesAndIsVerifiedAgain()
{
    QCOMPARE(cli({u"affiliate"_s, u"add"_s, u"--name"_s, u"Jane"_s, u"--email"_s, u"jane@mail.example"_s, u"--code"_s,
                  u"JANE"_s},
                 "2026-06-01T00:00:00Z")
                 .exitCode,
             0);
    const CliRun added =
        cli({u"domain"_s, u"add"_s, u"--affiliate"_s, u"JANE"_s, u"--domain"_s, m_site}, "2026-06-01T00:00:00Z");
    QCOMPARE(added.exitCode, 0);
    m_token = added.out.trimmed();
    QVERIFY(!m_token.isEmpty());
    serve(true);
    const QStringList verify{
        u"domain"_s, u"verify"_s, u"--affiliate"_s, u"JANE"_s, u"--domain"_s, m_site, u"--allow-private-addresses"_s};
    CliRun run = cli(verify, "2026-06-01T00:00:00Z");
    CLI_EXPECT(run, verify, run.exitCode == 0);
    CLI_EXPECT(run, verify, run.out.contains(u"meta tag found at http://%1/"_s.arg(m_site)));

    const QStringList due{u"domain"_s, u"verify"_s, u"--due"_s, u"--allow-private-addresses"_s};
    // A day on, the tag is still there.
    run = cli(due, "2026-06-02T00:00:00Z");
    CLI_EXPECT(run, due, run.exitCode == 0);
    CLI_EXPECT(run, due, run.outLines().size() == 1);
    CLI_EXPECT(run, due, run.out.startsWith(u"JANE %1 verified: "_s.arg(m_site)));

    // The tag is gone: lapsing (exit 2), then lapsed after the grace period.
    serve(false);
    run = cli(due, "2026-06-03T00:00:00Z");
    CLI_EXPECT(run, due, run.exitCode == 2);
    CLI_EXPECT(run, due,
               run.out.startsWith(u"JANE %1 lapsing: since 2026-06-03T00:00:00Z, failed checks: 1; "_s.arg(m_site)));
    CLI_EXPECT(run, due, run.out.contains(u"http://%1/: no partnerdesk-verification meta tag"_s.arg(m_site)));
    CLI_EXPECT(run, due, run.outLines().size() == 1);
    run = cli(due, "2026-06-03T12:00:00Z"); // not due again yet
    CLI_EXPECT(run, due, run.exitCode == 0 && run.out.isEmpty());
    run = cli(due, "2026-06-06T00:00:00Z");
    CLI_EXPECT(run, due, run.exitCode == 2);
    CLI_EXPECT(run, due,
               run.out.startsWith(u"JANE %1 lapsed: on 2026-06-06T00:00:00Z, no longer credited; "_s.arg(m_site)));
    run = cli(due, "2026-06-20T00:00:00Z"); // a lapsed site is not re-checked
    CLI_EXPECT(run, due, run.exitCode == 0 && run.out.isEmpty());

    // The partner puts the tag back; the one-domain check verifies the site again.
    serve(true);
    run = cli(verify, "2026-06-20T00:00:00Z");
    CLI_EXPECT(run, verify, run.exitCode == 0);
    CLI_EXPECT(run, verify, run.out.endsWith(u"%1 is verified.\n"_s.arg(m_site)));
    run = cli(due, "2026-06-21T00:00:00Z");
    CLI_EXPECT(run, due, run.exitCode == 0);
    CLI_EXPECT(run, due, run.out.startsWith(u"JANE %1 verified: "_s.arg(m_site)));
}

// Without the flag the loopback site is refused (exit 1) and never requested; the setting in the
// CLI's own QSettings file allows it like the flag does.
void TestCliDomains::privateAddressNeedsTheFlagOrTheSetting()
{
    const QString db = m_runner.path(u"private.sqlite"_s);
    QCOMPARE(cli({u"affiliate"_s, u"add"_s, u"--name"_s, u"Jane"_s, u"--email"_s, u"jane@mail.example"_s, u"--code"_s,
                  u"JANE"_s},
                 "2026-06-01T00:00:00Z", db)
                 .exitCode,
             0);
    const CliRun added =
        cli({u"domain"_s, u"add"_s, u"--affiliate"_s, u"JANE"_s, u"--domain"_s, m_site}, "2026-06-01T00:00:00Z", db);
    QCOMPARE(added.exitCode, 0);
    m_token = added.out.trimmed();
    serve(true);
    const int requestsBefore = m_server.requests();

    const QStringList verify{u"domain"_s, u"verify"_s, u"--affiliate"_s, u"JANE"_s, u"--domain"_s, m_site};
    CliRun run = cli(verify, "2026-06-01T00:00:00Z", db);
    CLI_EXPECT(run, verify, run.exitCode == 1);
    // Without the setting the guard looks the name up before anything is sent (through the proxy
    // too); no DNS here knows it, so the check ends there. A name that resolves to loopback is
    // refused as such (tst_domainverifier, tst_networkguard).
    CLI_EXPECT(run, verify, run.out.startsWith(u"https://%1/: host %1 not found\n"_s.arg(m_site)));
    CLI_EXPECT(run, verify, run.out.endsWith(u"%1 is not verified.\n"_s.arg(m_site)));
    QCOMPARE(m_server.requests(), requestsBefore);

    // The setting, as the GUI's File menu writes it (XDG_CONFIG_HOME/PartnerDesk/PartnerDesk.conf).
    const QString configDir = m_runner.path(u"config/PartnerDesk"_s);
    QVERIFY(QDir().mkpath(configDir));
    QFile config(configDir + u"/PartnerDesk.conf"_s);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[Network]\nallowPrivateAddresses=true\n");
    config.close();
    run = cli(verify, "2026-06-01T01:00:00Z", db);
    QVERIFY(config.remove());
    CLI_EXPECT(run, verify, run.exitCode == 0);
    CLI_EXPECT(run, verify, run.out.contains(u"meta tag found at http://%1/"_s.arg(m_site)));
    // The site was asked (through the proxy: https's CONNECT, then http).
    QVERIFY(m_server.requests() > requestsBefore);

    const QStringList help{u"domain"_s, u"verify"_s, u"--help"_s};
    run = cli(help, "2026-06-01T01:00:00Z", db);
    CLI_EXPECT(run, help, run.exitCode == 0 && run.out.contains(u"--allow-private-addresses"_s));
}

QTEST_GUILESS_MAIN(TestCliDomains)
#include "tst_clidomains.moc"
