// The window's own sync, end to end: no test runner, the real engine. Two desktops (two windows on
// two SQLite files) share a real PostgreSQL; the password comes from the credential store (kept for
// this session), not from PGPASSWORD. A partner added on desktop A reaches the central database
// with File › Sync Now, and desktop B's Sync Now brings him into B's books and panes.

#include "centraltestkit.h"
#include "guitestkit.h"
#include "mainwindow.h"
#include "pgtestkit.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "sync/centralconnection.h"
#include "sync/centralschema.h"
#include "sync/connectionsettings.h"
#include "sync/fallbackcredentialstore.h"
#include "synccontroller.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestWindowSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aPartnerTravelsFromDesktopAToDesktopB();
    void centralUrlRoundTrip_data();
    void centralUrlRoundTrip();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &path);
    void syncNow(MainWindow &window);
    QString central(const QString &sql);

    PgTestKit::Server m_server;
    QTemporaryDir m_dir;
};

void TestWindowSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PartnerDesk Tests"_s);
    QCoreApplication::setApplicationName(u"tst_windowsync"_s);
    QSettings().clear();
    qunsetenv("PGPASSWORD"); // the window must get it from the credential store
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.createDatabase(u"books"_s));
    {
        CentralConnection admin;
        QVERIFY(admin.open(m_server.url(u"postgres"_s, u"books"_s), CentralTestKit::superPassword()));
        const Result<CentralSetupReport> report = CentralSchema(admin).setup();
        QVERIFY2(report, qPrintable(report.error()));
    }
    ConnectionSettings settings;
    settings.host = m_server.host();
    settings.port = m_server.port();
    settings.database = u"books"_s;
    settings.user = u"postgres"_s;
    settings.sslMode = u"disable"_s;
    QSettings stored;
    settings.save(stored);
    FallbackCredentialStore::application()->keepForSession(settings.credentialKey(), CentralTestKit::superPassword());
}

void TestWindowSync::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<MainWindow> TestWindowSync::openWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    const Status opened = window->openDatabase(path);
    if (!opened)
        qWarning("%s", qPrintable(opened.error()));
    window->show();
    return window;
}

void TestWindowSync::syncNow(MainWindow &window)
{
    // The password arrives from the store a moment after the database opens.
    QTRY_VERIFY_WITH_TIMEOUT(
        window.syncController() && window.syncController()->state() != SyncController::State::Offline, 20000);
    QAction *sync = child<QAction>(&window, u"syncAction"_s);
    QVERIFY(sync);
    QTRY_VERIFY(sync->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(window.syncController()->state() != SyncController::State::Syncing, 20000);
    const QDateTime before = window.syncController()->lastSync();
    sync->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.syncController()->lastSync() != before &&
                                 window.syncController()->state() != SyncController::State::Syncing,
                             30000);
    QVERIFY2(window.syncController()->lastError().isEmpty(), qPrintable(window.syncController()->lastError()));
}

QString TestWindowSync::central(const QString &sql)
{
    QString output, errors;
    if (!m_server.psql(sql, u"postgres"_s, CentralTestKit::superPassword(), u"books"_s, &output, &errors))
        qWarning("psql: %s", qPrintable(errors));
    return output;
}

void TestWindowSync::aPartnerTravelsFromDesktopAToDesktopB()
{
    const QString pathA = m_dir.filePath(u"a.sqlite"_s);
    const QString pathB = m_dir.filePath(u"b.sqlite"_s);
    {
        Database books;
        QVERIFY(books.open(pathA));
        QVERIFY(AffiliateStore(books).add(u"Jana Travelling"_s, u"jana@travel.example"_s, u"TRAVEL"_s));
    }
    std::unique_ptr<MainWindow> a = openWindow(pathA);
    syncNow(*a);
    QCOMPARE(central(u"SELECT name FROM partnerdesk.affiliates WHERE code = 'TRAVEL'"_s), u"Jana Travelling"_s);

    std::unique_ptr<MainWindow> b = openWindow(pathB);
    syncNow(*b);
    {
        Database check;
        QVERIFY(check.open(pathB));
        const std::optional<Affiliate> arrived = AffiliateStore(check).byCode(u"TRAVEL"_s);
        QVERIFY(arrived);
        QCOMPARE(arrived->email, u"jana@travel.example"_s);
    }
    // An idle sync moves nothing.
    syncNow(*a);
    QCOMPARE(central(u"SELECT count(*) FROM partnerdesk.affiliates"_s), u"1"_s);
}

void TestWindowSync::centralUrlRoundTrip_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("plain") << u"postgresql://mgr@db.example:5433/books"_s;
    QTest::newRow("parameters")
        << u"postgresql://mgr@db.example/books?sslmode=verify-full&sslrootcert=/etc/ca%20dir/ca.pem"_s;
    QTest::newRow("socket folder") << u"postgresql://mgr@/books?host=/tmp/pd%20sock"_s;
    QTest::newRow("encoded user") << u"postgresql://jane%40shop@127.0.0.1:6543/books?connect_timeout=5"_s;
}

void TestWindowSync::centralUrlRoundTrip()
{
    QFETCH(QString, url);
    const Result<CentralUrl> parsed = CentralUrl::parse(url);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    const Result<CentralUrl> again = CentralUrl::parse(parsed->toUrl());
    QVERIFY2(again, qPrintable(parsed->toUrl() + u": "_s + again.error()));
    QCOMPARE(again->user(), parsed->user());
    QCOMPARE(again->host(), parsed->host());
    QCOMPARE(again->port(), parsed->port());
    QCOMPARE(again->database(), parsed->database());
    QCOMPARE(again->parameters(), parsed->parameters());
}

QTEST_MAIN(TestWindowSync)
#include "tst_windowsync.moc"
