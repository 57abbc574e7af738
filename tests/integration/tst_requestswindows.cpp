// Partner requests in the windows, through a real PostgreSQL and the windows' own Sync Now (issue
// #14). ANNA's desktop (her login "pa") opens in partner mode; she files a claim for order B1 with
// Requests › Claim an Order… and syncs. The manager's window (login "mgr") syncs: the notice bar
// says a new request waits and the Requests entry counts it; he rejects it with a reason in the
// Requests pane and syncs. Her window syncs: the notice bar tells her the claim was rejected and
// why, and My Requests shows it. (tst_partnerrequests covers the same requests store by store.)

#include "centraltestkit.h"
#include "claimdialog.h"
#include "decisiondialog.h"
#include "guitestkit.h"
#include "itemmodels/requesttablemodel.h"
#include "mainwindow.h"
#include "notifier.h"
#include "panenavigation.h"
#include "payouttestkit.h"
#include "pgtestkit.h"
#include "store/requeststore.h"
#include "sync/centralconnection.h"
#include "sync/centralschema.h"
#include "sync/connectionsettings.h"
#include "sync/fallbackcredentialstore.h"
#include "sync/syncengine.h"
#include "synccontroller.h"
#include "synctestkit.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestRequestsWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void herWindowFilesAClaim();
    void theManagersWindowIsToldAndRejects();
    void herWindowIsToldTheDecision();

private:
    QString url(const QString &login) const { return m_server.url(login, u"books"_s); }
    QString path(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }
    // The window's central database: `login` with its password for this session.
    void configure(const QString &login);
    // Opens `name` in a new window and waits until its sync controller is connected.
    std::unique_ptr<MainWindow> open(const QString &name);
    // File › Sync Now, and waits for the sync to end.
    static void syncNow(MainWindow &window);

    PgTestKit::Server m_server;
    QTemporaryDir m_dir;
};

void TestRequestsWindows::initTestCase()
{
    StoreTestKit::pinNow();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PartnerDesk Tests"_s);
    QCoreApplication::setApplicationName(u"tst_requestswindows"_s);
    QSettings().clear();
    qunsetenv("PGPASSWORD");
    qputenv("PARTNERDESK_ACTOR", "manager");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.createDatabase(u"books"_s));
    CentralConnection admin;
    QVERIFY(admin.open(m_server.url(u"postgres"_s, u"books"_s), CentralTestKit::superPassword()));
    CentralSchema schema(admin);
    const auto setUp = schema.setup();
    QVERIFY2(setUp, qPrintable(setUp.error()));
    QVERIFY(schema.grantManager(u"mgr"_s, u"mgr-pw"_s));
    {
        Database manager;
        QVERIFY(manager.open(path(u"manager"_s)));
        PayoutTestKit::Books books;
        QVERIFY(PayoutTestKit::setUpBooks(manager, books));
        QVERIFY(PayoutTestKit::importOrders(manager, m_dir.filePath(u"orders.csv"_s),
                                            {PayoutTestKit::viaLink(u"B1"_s, u"BEN"_s, u"100.00"_s)}));
        SyncEngine engine(manager, url(u"mgr"_s), u"mgr-pw"_s);
        const auto synced = engine.sync();
        QVERIFY2(synced, qPrintable(synced.error()));
    }
    const auto granted = schema.grantPartner(u"ANNA"_s, u"pa"_s, u"pa-pw"_s);
    QVERIFY2(granted, qPrintable(granted.error()));
    // Her desktop: a new file her login's first sync makes hers.
    Database anna;
    QVERIFY(anna.open(path(u"anna"_s)));
    SyncEngine engine(anna, url(u"pa"_s), u"pa-pw"_s);
    const auto synced = engine.sync();
    QVERIFY2(synced, qPrintable(synced.error()));
}

void TestRequestsWindows::cleanupTestCase()
{
    m_server.stop();
}

void TestRequestsWindows::configure(const QString &login)
{
    ConnectionSettings settings;
    settings.host = m_server.host();
    settings.port = m_server.port();
    settings.database = u"books"_s;
    settings.user = login;
    settings.sslMode = u"disable"_s;
    QSettings stored;
    settings.save(stored);
    FallbackCredentialStore::application()->keepForSession(settings.credentialKey(), login + u"-pw"_s);
}

std::unique_ptr<MainWindow> TestRequestsWindows::open(const QString &name)
{
    auto window = std::make_unique<MainWindow>();
    if (!window->openDatabase(path(name)))
        return nullptr;
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestRequestsWindows::syncNow(MainWindow &window)
{
    QTRY_VERIFY_WITH_TIMEOUT(
        window.syncController() && window.syncController()->state() != SyncController::State::Offline, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.syncController()->state() != SyncController::State::Syncing, 20000);
    QAction *sync = child<QAction>(&window, u"syncAction"_s);
    QVERIFY(sync);
    QTRY_VERIFY(sync->isEnabled());
    sync->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.syncController()->state() == SyncController::State::Syncing, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.syncController()->state() != SyncController::State::Syncing, 30000);
    QCOMPARE(window.syncController()->state(), SyncController::State::Idle);
}

void TestRequestsWindows::herWindowFilesAClaim()
{
    configure(u"pa"_s);
    std::unique_ptr<MainWindow> window = open(u"anna"_s);
    QVERIFY(window);
    QVERIFY(window->partner());
    QCOMPARE(window->partner()->code, u"ANNA"_s);
    bool filed = false;
    whenModal<ClaimDialog>([&](ClaimDialog *dialog) {
        replaceText(dialog->findChild<QLineEdit *>(u"orderEdit"_s), u"B1"_s);
        replaceText(dialog->findChild<QPlainTextEdit *>(u"messageEdit"_s),
                    u"The customer forgot my coupon ANNA10, see her e-mail"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
        filed = true;
    });
    child<QAction>(window.get(), u"claimOrderAction"_s)->trigger();
    QVERIFY(filed);
    syncNow(*window);
    CentralConnection superuser;
    QVERIFY(superuser.open(m_server.url(u"postgres"_s, u"books"_s), CentralTestKit::superPassword()));
    QSqlQuery query(superuser.database());
    QVERIFY(query.exec(u"SELECT count(*) FROM partnerdesk.requests WHERE order_id = 'B1' AND state = 'waiting'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestRequestsWindows::theManagersWindowIsToldAndRejects()
{
    configure(u"mgr"_s);
    std::unique_ptr<MainWindow> window = open(u"manager"_s);
    QVERIFY(window);
    QVERIFY(!window->partner());
    auto *navigation = child<PaneNavigation>(window.get(), u"navigation"_s);
    // (A connected window syncs by itself too; Sync Now makes sure one ran.)
    syncNow(*window);
    QTRY_COMPARE(navigation->badge(u"requests"_s), 1);
    QTRY_COMPARE(window->notifier()->currentMessage(),
                 u"New requests: 1 waiting for a decision: order claim ANNA Name (ANNA)."_s);

    QVERIFY(window->showPane(u"requests"_s));
    auto *table = child<QTableView>(window.get(), u"requestsTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    bool rejected = false;
    whenModal<DecisionDialog>([&](DecisionDialog *dialog) {
        replaceText(dialog->findChild<QPlainTextEdit *>(u"reasonEdit"_s), u"B1 came through BEN's link"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
        rejected = true;
    });
    child<QAction>(window.get(), u"rejectRequestAction"_s)->trigger();
    QVERIFY(rejected);
    QCOMPARE(navigation->badge(u"requests"_s), 0);
    syncNow(*window);
}

void TestRequestsWindows::herWindowIsToldTheDecision()
{
    configure(u"pa"_s);
    std::unique_ptr<MainWindow> window = open(u"anna"_s);
    QVERIFY(window);
    QVERIFY(window->partner());
    syncNow(*window);
    QTRY_VERIFY2(window->notifier()->currentMessage().contains(
                     u"Your request “Order B1 of 2026-06-01” was rejected: B1 came through BEN's link"_s),
                 qPrintable(window->notifier()->currentMessage()));
    QVERIFY(window->showPane(u"myrequests"_s));
    auto *table = child<QTableView>(window.get(), u"myRequestsTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, RequestTableModel::State).data().toString(), u"Rejected"_s);
    QCOMPARE(table->model()->index(0, RequestTableModel::Decision).data().toString(), u"B1 came through BEN's link"_s);
}

QTEST_MAIN(TestRequestsWindows)
#include "tst_requestswindows.moc"
