// The window's sync, driven through the real MainWindow against a real PostgreSQL (PgTestKit):
// File › Sync Now is disabled and says why with no central database configured; the status bar's
// indicator shows Offline with no server, Syncing while the runner runs (the window keeps working
// meanwhile), Idle with the last sync's time after it, Error with the server's message when the
// runner fails; a sync that brought new transactions is announced; a NOTIFY from another
// connection (and a transaction inserted centrally) starts a sync, a notification of this
// desktop's own push does not; a click on the indicator opens the sync details.
//
// The runner here does real work against the central database, not a sleeping fake: it records
// the run in a table, waits while the test holds an advisory lock (so "while it runs" is a state
// the test controls, not a race), takes the "new transactions" the test left for it, and fails
// with the server's own error when the test asks it to.
//
// Why this file is long: one window and one server, driven through the indicator's states in turn.

#include "centraltestkit.h"
#include "guitestkit.h"
#include "mainwindow.h"
#include "notifier.h"
#include "pane.h"
#include "store/database.h"
#include "store/syncstate.h"
#include "sync/centralconnection.h"
#include "sync/centralurl.h"
#include "sync/centralwatcher.h"
#include "synccontroller.h"
#include "syncdetailsdialog.h"
#include "syncstatusbutton.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace CentralTestKit;

namespace {

constexpr qint64 barrierLock = 4711;

// One statement on `connection`; the server's message on failure.
QString run(CentralConnection &connection, const QString &sql, const QVariantList &values = {},
            QVariant *value = nullptr)
{
    QSqlQuery query(connection.database());
    if (!query.prepare(sql))
        return query.lastError().databaseText().trimmed();
    for (const QVariant &bound : values)
        query.addBindValue(bound);
    if (!query.exec())
        return query.lastError().databaseText().trimmed();
    if (value && query.next())
        *value = query.value(0);
    return {};
}

// The runner: push = record this run centrally; pull = take the transactions left in
// sync_test.news. Between connecting and working it waits for the barrier lock.
SyncOutcome realRunner(const QString &localPath, const CentralUrl &central,
                       const std::function<bool(int, int)> &progress)
{
    SyncOutcome outcome;
    CentralConnection connection;
    if (const Status opened = connection.open(central); !opened) {
        outcome.error = opened.error();
        return outcome;
    }
    if (!progress(0, 3)) {
        outcome.cancelled = true;
        return outcome;
    }
    for (const QString &step : {u"SELECT pg_advisory_lock(%1)"_s, u"SELECT pg_advisory_unlock(%1)"_s}) {
        if (const QString error = run(connection, step.arg(barrierLock)); !error.isEmpty()) {
            outcome.error = error;
            return outcome;
        }
    }
    QVariant failures;
    if (QString error = run(connection, u"SELECT count(*) FROM sync_test.failures"_s, {}, &failures);
        !error.isEmpty() || failures.toInt() > 0) {
        // The server's own words for a statement that cannot run.
        outcome.error = error.isEmpty() ? run(connection, u"SELECT * FROM sync_test.no_such_table"_s) : error;
        return outcome;
    }
    progress(1, 3);
    if (const QString error = run(connection, u"INSERT INTO sync_test.runs (local_path) VALUES (?)"_s, {localPath});
        !error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    outcome.pushed = 1;
    progress(2, 3);
    QVariant taken;
    if (const QString error =
            run(connection, u"WITH taken AS (DELETE FROM sync_test.news RETURNING 1) SELECT count(*) FROM taken"_s, {},
                &taken);
        !error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    outcome.pulled = taken.toLongLong();
    outcome.newTransactions = taken.toLongLong();
    QVariant conflicts;
    if (const QString error = run(connection, u"SELECT count(*) FROM sync_test.conflicts"_s, {}, &conflicts);
        !error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    outcome.conflicts = conflicts.toInt();
    // A long sync while the test asks for one: a row a step, until stopped (or a bound is reached).
    QVariant longRun;
    run(connection, u"SELECT count(*) FROM sync_test.long_runs"_s, {}, &longRun);
    if (longRun.toInt() > 0) {
        constexpr int steps = 1'000'000;
        for (int step = 0; step < steps; ++step) {
            if (const QString error = run(connection, u"INSERT INTO sync_test.steps DEFAULT VALUES"_s);
                !error.isEmpty()) {
                outcome.error = error;
                return outcome;
            }
            if (!progress(step + 1, steps)) {
                outcome.cancelled = true;
                return outcome;
            }
        }
    }
    progress(3, 3);
    return outcome;
}

} // namespace

class TestSyncStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void withoutCentralDatabaseSyncIsDisabled();
    void offlineWithoutServer();
    void syncingThenIdleWhileTheWindowWorks();
    void failedSyncShowsTheError();
    void notificationsStartASync();
    void conflictsWaitingAreShown();
    void conflictsDialogStopsAndHoldsSyncs();
    void stopCancelsAndRequestsCoalesce();
    void closingTheWindowStopsTheSync();
    void heldWhileImporting();
    void lostServerIsOfflineThenSyncsWhenBack(); // last: it restarts the server

private:
    void configure(quint16 port);
    // Opens a new database in the window, with the real runner.
    void openWindow();
    SyncController *controller() const { return m_window->syncController(); }
    SyncStatusButton *indicator() const { return m_window->findChild<SyncStatusButton *>(u"syncStatus"_s); }
    QAction *syncAction() const { return m_window->findChild<QAction *>(u"syncAction"_s); }
    qint64 runsOfThisDesktop();
    bool psql(const QString &sql);

    PgTestKit::Server m_server;
    std::unique_ptr<CentralConnection> m_central; // the test's own connection: checks and the barrier
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestSyncStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PartnerDesk Tests"_s);
    QCoreApplication::setApplicationName(u"tst_syncstatus"_s);
    QSettings().clear();
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.createDatabase(u"books"_s));
    // The window finds the password as libpq does, until the credential store is wired in.
    qputenv("PGPASSWORD", PgTestKit::Server::superPassword);
    m_central = std::make_unique<CentralConnection>();
    QVERIFY(m_central->open(m_server.url(u"postgres"_s, u"books"_s), superPassword()));
    const Result<CentralSetupReport> report = CentralSchema(*m_central).setup();
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(m_central->execScript(u"CREATE SCHEMA sync_test;"
                                  "CREATE TABLE sync_test.runs (id serial PRIMARY KEY, local_path text NOT NULL);"
                                  "CREATE TABLE sync_test.news (id serial PRIMARY KEY);"
                                  "CREATE TABLE sync_test.failures (id serial PRIMARY KEY);"
                                  "CREATE TABLE sync_test.conflicts (id serial PRIMARY KEY);"
                                  "CREATE TABLE sync_test.long_runs (id serial PRIMARY KEY);"
                                  "CREATE TABLE sync_test.steps (id serial PRIMARY KEY);"_s));
}

void TestSyncStatus::cleanupTestCase()
{
    m_central.reset();
    m_server.stop();
}

void TestSyncStatus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"partnerdesk.sqlite"_s);
    QSettings().remove(u"CentralDatabase"_s);
}

void TestSyncStatus::cleanup()
{
    m_window.reset();
    m_dir.reset();
    QVERIFY(m_central->execScript(u"DELETE FROM sync_test.news; DELETE FROM sync_test.failures; "
                                  "DELETE FROM sync_test.conflicts; DELETE FROM sync_test.long_runs"_s));
}

void TestSyncStatus::configure(quint16 port)
{
    QSettings settings;
    settings.beginGroup(u"CentralDatabase"_s);
    settings.setValue(u"host"_s, m_server.host());
    settings.setValue(u"port"_s, port);
    settings.setValue(u"database"_s, u"books"_s);
    settings.setValue(u"user"_s, u"postgres"_s);
    settings.setValue(u"sslmode"_s, u"disable"_s);
    settings.endGroup();
}

void TestSyncStatus::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setSyncRunner(realRunner);
    const Status opened = m_window->openDatabase(m_path);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

qint64 TestSyncStatus::runsOfThisDesktop()
{
    QVariant count;
    const QString error = run(*m_central, u"SELECT count(*) FROM sync_test.runs WHERE local_path = ?"_s,
                              {QFileInfo(m_path).absoluteFilePath()}, &count);
    return error.isEmpty() ? count.toLongLong() : -1;
}

bool TestSyncStatus::psql(const QString &sql)
{
    QString error;
    const bool ok = m_server.psql(sql, u"postgres"_s, superPassword(), u"books"_s, nullptr, &error);
    if (!ok)
        qWarning("psql: %s", qPrintable(error));
    return ok;
}

void TestSyncStatus::withoutCentralDatabaseSyncIsDisabled()
{
    openWindow();
    QVERIFY(!controller());
    QAction *action = syncAction();
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F9));
    QVERIFY2(action->toolTip().contains(u"No central database"_s), qPrintable(action->toolTip()));
    QVERIFY(indicator());
    QCOMPARE(indicator()->text(), u"Local only"_s);
    QCOMPARE(indicator()->toolTip(), action->toolTip());
}

void TestSyncStatus::offlineWithoutServer()
{
    const quint16 nowhere = PgTestKit::freePort();
    QVERIFY(nowhere != 0);
    configure(nowhere);
    openWindow();
    QVERIFY(controller());
    QVERIFY(syncAction()->isEnabled());
    QTRY_COMPARE(controller()->watcher()->state(), CentralWatcher::State::Lost);
    QCOMPARE(controller()->state(), SyncController::State::Offline);
    QCOMPARE(indicator()->text(), u"Offline"_s);
    QVERIFY2(indicator()->toolTip().contains(u"Last sync: never"_s), qPrintable(indicator()->toolTip()));
    QVERIFY2(indicator()->toolTip().contains(u"Error: "_s), qPrintable(indicator()->toolTip()));

    // Sync Now tries anyway, fails with the connection's error and stays Offline.
    QSignalSpy finished(controller(), &SyncController::finished);
    syncAction()->trigger();
    QTRY_COMPARE(finished.count(), 1);
    const auto outcome = finished.at(0).at(0).value<SyncOutcome>();
    QVERIFY(!outcome.error.isEmpty());
    QCOMPARE(controller()->state(), SyncController::State::Offline);
    QCOMPARE(indicator()->text(), u"Offline"_s);
    QVERIFY(!controller()->lastSync().isValid());
}

void TestSyncStatus::syncingThenIdleWhileTheWindowWorks()
{
    QVERIFY(m_central->execScript(
        u"INSERT INTO sync_test.news DEFAULT VALUES; INSERT INTO sync_test.news DEFAULT VALUES"_s));
    // The runner waits at the barrier until the test lets it go.
    QCOMPARE(run(*m_central, u"SELECT pg_advisory_lock(%1)"_s.arg(barrierLock)), QString());
    configure(m_server.port());
    openWindow();
    QVERIFY(controller());
    // Connected, the first sync starts by itself.
    QTRY_COMPARE(controller()->state(), SyncController::State::Syncing);
    QTRY_VERIFY2(indicator()->text().startsWith(u"Syncing…"_s), qPrintable(indicator()->text()));

    // The window works while the runner runs: timers fire, panes switch, the details open.
    bool fired = false;
    QTimer::singleShot(0, this, [&fired] { fired = true; });
    QTRY_VERIFY(fired);
    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    const QString before = m_window->currentPaneId();
    const int target = before == u"partners"_s ? 0 : 1;
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(target)).center());
    QTRY_COMPARE(m_window->currentPaneId(), MainWindow::paneIds().at(target));
    QTest::mouseClick(indicator(), Qt::LeftButton);
    QTRY_VERIFY(indicator()->detailsDialog() && indicator()->detailsDialog()->isVisible());
    SyncDetailsDialog *details = indicator()->detailsDialog();
    QCOMPARE(details->findChild<QLabel *>(u"syncStateLabel"_s)->text(), u"Syncing…"_s);
    QVERIFY(details->findChild<QPushButton *>(u"stopSyncButton"_s)->isEnabled());
    QCOMPARE(controller()->state(), SyncController::State::Syncing);
    QCOMPARE(runsOfThisDesktop(), 0);

    QSignalSpy finished(controller(), &SyncController::finished);
    QCOMPARE(run(*m_central, u"SELECT pg_advisory_unlock(%1)"_s.arg(barrierLock)), QString());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(controller()->state(), SyncController::State::Idle);
    QCOMPARE(runsOfThisDesktop(), 1);
    const SyncOutcome outcome = controller()->lastOutcome();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.newTransactions, 2);
    QVERIFY(controller()->lastSync().isValid());
    QCOMPARE(indicator()->text(),
             u"Synced %1"_s.arg(QLocale().toString(controller()->lastSync().time(), QLocale::ShortFormat)));
    QVERIFY2(!indicator()->toolTip().contains(u"never"_s), qPrintable(indicator()->toolTip()));
    QVERIFY2(!indicator()->toolTip().contains(u"Error"_s), qPrintable(indicator()->toolTip()));
    QCOMPARE(details->findChild<QLabel *>(u"syncStateLabel"_s)->text(), u"Up to date"_s);
    QVERIFY(!details->findChild<QPushButton *>(u"stopSyncButton"_s)->isEnabled());
    QVERIFY2(details->findChild<QLabel *>(u"syncOutcomeLabel"_s)->text().contains(u"new transactions: 2"_s),
             qPrintable(details->findChild<QLabel *>(u"syncOutcomeLabel"_s)->text()));
    // The news is announced.
    QVERIFY2(m_window->notifier()->currentMessage().contains(u"new transactions from the central database: 2"_s),
             qPrintable(m_window->notifier()->currentMessage()));

    // Sync Now from the details: another run, nothing new, nothing announced again.
    m_window->notifier()->dismiss();
    QTest::mouseClick(details->findChild<QPushButton *>(u"syncNowButton"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(runsOfThisDesktop(), 2);
    QCOMPARE(controller()->lastOutcome().newTransactions, 0);
    QVERIFY(m_window->notifier()->currentMessage().isEmpty());
}

void TestSyncStatus::failedSyncShowsTheError()
{
    configure(m_server.port());
    openWindow();
    QTRY_COMPARE(runsOfThisDesktop(), 1);
    QTRY_COMPARE(controller()->state(), SyncController::State::Idle);

    QVERIFY(m_central->execScript(u"INSERT INTO sync_test.failures DEFAULT VALUES"_s));
    QSignalSpy finished(controller(), &SyncController::finished);
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(controller()->state(), SyncController::State::Error);
    QCOMPARE(indicator()->text(), u"Sync failed"_s);
    QVERIFY2(indicator()->toolTip().contains(u"no_such_table"_s), qPrintable(indicator()->toolTip()));
    QVERIFY2(controller()->lastError().contains(u"no_such_table"_s), qPrintable(controller()->lastError()));
    QCOMPARE(runsOfThisDesktop(), 1); // nothing was recorded by the failed run

    // Fixed on the server: the next sync clears the error.
    QVERIFY(m_central->execScript(u"DELETE FROM sync_test.failures"_s));
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(controller()->state(), SyncController::State::Idle);
    QVERIFY(controller()->lastError().isEmpty());
    QCOMPARE(runsOfThisDesktop(), 2);
}

void TestSyncStatus::notificationsStartASync()
{
    configure(m_server.port());
    openWindow();
    QTRY_COMPARE(runsOfThisDesktop(), 1);
    QTRY_COMPARE(controller()->state(), SyncController::State::Idle);
    QSignalSpy finished(controller(), &SyncController::finished);

    // Another desktop pushed.
    QVERIFY(psql(uR"(NOTIFY partnerdesk_transactions, '{"table": "transactions", "desktop": "another"}')"_s));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(runsOfThisDesktop(), 2);

    // Our own push, then another desktop's, delivered together: one sync, not two. The second run
    // would have started before finished() was emitted.
    Database local;
    QVERIFY(local.open(m_path));
    const Result<QString> own = SyncState(local).desktopId();
    QVERIFY2(own, qPrintable(own.error()));
    QVERIFY(psql(uR"(NOTIFY partnerdesk_transactions, '{"table": "transactions", "desktop": "%1"}';
                   NOTIFY partnerdesk_transactions, '{"table": "transactions", "desktop": "third"}')"_s.arg(*own)));
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(!controller()->isSyncing());
    QCOMPARE(runsOfThisDesktop(), 3);
    // Only our own: no sync; the marker NOTIFY after it then starts exactly one.
    QVERIFY(psql(uR"(NOTIFY partnerdesk_transactions, '{"desktop": "%1"}')"_s.arg(*own)));
    QVERIFY(psql(uR"(NOTIFY partnerdesk_transactions, '{"desktop": "marker"}')"_s));
    QTRY_COMPARE(finished.count(), 3);
    QVERIFY(!controller()->isSyncing());
    QCOMPARE(runsOfThisDesktop(), 4);

    // A transaction inserted centrally by another desktop notifies through the schema's trigger.
    QVERIFY(psql(uR"(
BEGIN;
SELECT set_config('partnerdesk.desktop_id', 'another', true);
INSERT INTO partnerdesk.programs (id, name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, threshold_minor, created_at)
  VALUES ('00000000-0000-4000-8000-0000000000a1', 'Pushed', 'EUR', 2000, 1000, 1000, 5000, now());
INSERT INTO partnerdesk.affiliates (id, code, name, email, created_at)
  VALUES ('00000000-0000-4000-8000-0000000000a2', 'P1', 'Pusher', 'p@example.com', now());
INSERT INTO partnerdesk.transactions (id, order_id, affiliate_id, program_id, kind, base_minor, rate_bp,
    commission_minor, currency, status, placed_at, created_at, updated_at)
  VALUES (gen_random_uuid(), 'PUSHED-1', '00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-0000000000a1',
          'link', 10000, 2000, 2000, 'EUR', 'pending', now(), now(), now());
COMMIT;
)"_s));
    QTRY_COMPARE(finished.count(), 4);
    QCOMPARE(runsOfThisDesktop(), 5);
}

void TestSyncStatus::conflictsWaitingAreShown()
{
    QVERIFY(m_central->execScript(u"INSERT INTO sync_test.conflicts DEFAULT VALUES; "
                                  "INSERT INTO sync_test.conflicts DEFAULT VALUES"_s));
    configure(m_server.port());
    openWindow();
    QTRY_COMPARE(controller()->state(), SyncController::State::ConflictsWaiting);
    QCOMPARE(indicator()->text(), u"Conflicts: 2"_s);
    QVERIFY(controller()->lastSync().isValid());

    // A stopped sync does not make them go away.
    QVERIFY(m_central->execScript(u"INSERT INTO sync_test.long_runs DEFAULT VALUES"_s));
    QSignalSpy stopped(controller(), &SyncController::finished);
    syncAction()->trigger();
    QTRY_VERIFY(controller()->progress().first > 0);
    controller()->cancel();
    QTRY_COMPARE(stopped.count(), 1);
    QVERIFY(controller()->lastOutcome().cancelled);
    QCOMPARE(controller()->state(), SyncController::State::ConflictsWaiting);
    QCOMPARE(indicator()->text(), u"Conflicts: 2"_s);
    QVERIFY(m_central->execScript(u"DELETE FROM sync_test.long_runs"_s));

    // Resolved (elsewhere): the next sync reports none and the window is up to date.
    QVERIFY(m_central->execScript(u"DELETE FROM sync_test.conflicts"_s));
    QSignalSpy finished(controller(), &SyncController::finished);
    syncAction()->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(controller()->state(), SyncController::State::Idle);
}

void TestSyncStatus::conflictsDialogStopsAndHoldsSyncs()
{
    configure(m_server.port());
    openWindow();
    QTRY_COMPARE(controller()->state(), SyncController::State::Idle);
    QVERIFY(m_central->execScript(u"INSERT INTO sync_test.long_runs DEFAULT VALUES"_s));
    QSignalSpy finished(controller(), &SyncController::finished);
    QSignalSpy started(controller(), &SyncController::started);
    syncAction()->trigger();
    QTRY_VERIFY(controller()->progress().first > 0);

    // Opening the dialog stops the running sync and holds the next ones until it is closed.
    bool heldWhileOpen = false;
    bool stoppedWhileOpen = false;
    int startedWhileOpen = -1;
    GuiTestKit::whenModal<QDialog>([&](QDialog *dialog) {
        QVERIFY(dialog->inherits("PartnerDesk::ConflictsDialog"));
        heldWhileOpen = controller()->isHeld();
        QTRY_COMPARE(finished.count(), 1);
        stoppedWhileOpen = controller()->lastOutcome().cancelled;
        // The next sync is a short one (a sync reads this when it starts).
        QVERIFY(m_central->execScript(u"DELETE FROM sync_test.long_runs"_s));
        syncAction()->trigger(); // asked for while the dialog is open: waits
        startedWhileOpen = int(started.count());
        dialog->reject();
    });
    auto *conflicts = m_window->findChild<QAction *>(u"syncConflictsAction"_s);
    QVERIFY(conflicts);
    QVERIFY(conflicts->isEnabled());
    conflicts->trigger();
    QVERIFY(heldWhileOpen);
    QVERIFY(stoppedWhileOpen);
    QCOMPARE(startedWhileOpen, 1);
    QVERIFY(!controller()->isHeld());
    // The sync asked for meanwhile runs once the dialog is closed.
    QCOMPARE(started.count(), 2);
    QTRY_COMPARE(finished.count(), 2);
}

void TestSyncStatus::stopCancelsAndRequestsCoalesce()
{
    configure(m_server.port());
    openWindow();
    QTRY_COMPARE(runsOfThisDesktop(), 1);
    QTRY_COMPARE(controller()->state(), SyncController::State::Idle);
    QVERIFY(m_central->execScript(u"INSERT INTO sync_test.long_runs DEFAULT VALUES"_s));
    QSignalSpy finished(controller(), &SyncController::finished);
    QSignalSpy started(controller(), &SyncController::started);

    syncAction()->trigger();
    QTRY_VERIFY(controller()->progress().first > 0);
    QVERIFY2(indicator()->text().startsWith(u"Syncing… "_s), qPrintable(indicator()->text()));
    // Asked again and again while it runs: one more run after it, not three.
    syncAction()->trigger();
    syncAction()->trigger();
    syncAction()->trigger();
    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.count(), 0);

    // Stop from the details: the runner stops at its next step.
    QTest::mouseClick(indicator(), Qt::LeftButton);
    QTRY_VERIFY(indicator()->detailsDialog() && indicator()->detailsDialog()->isVisible());
    auto *stop = indicator()->detailsDialog()->findChild<QPushButton *>(u"stopSyncButton"_s);
    QVERIFY(stop->isEnabled());
    const QDateTime lastGood = controller()->lastSync();
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).value<SyncOutcome>().cancelled);
    // Stopping drops the requests made meanwhile, and a stop is not a failure nor a sync.
    QVERIFY(!controller()->isSyncing());
    QCOMPARE(started.count(), 1);
    QCOMPARE(controller()->state(), SyncController::State::Idle);
    QCOMPARE(controller()->lastSync(), lastGood);
    QVERIFY(controller()->lastError().isEmpty());
    QVERIFY(!stop->isEnabled());
    QVERIFY2(indicator()->detailsDialog()->findChild<QLabel *>(u"syncOutcomeLabel"_s)->text().contains(u"(stopped)"_s),
             qPrintable(indicator()->detailsDialog()->findChild<QLabel *>(u"syncOutcomeLabel"_s)->text()));

    // Requests while running without a stop: exactly one more run.
    QVERIFY(m_central->execScript(u"DELETE FROM sync_test.long_runs"_s));
    QCOMPARE(run(*m_central, u"SELECT pg_advisory_lock(%1)"_s.arg(barrierLock)), QString());
    syncAction()->trigger();
    QTRY_COMPARE(started.count(), 2);
    syncAction()->trigger();
    syncAction()->trigger();
    QCOMPARE(run(*m_central, u"SELECT pg_advisory_unlock(%1)"_s.arg(barrierLock)), QString());
    QTRY_COMPARE(finished.count(), 3);
    QVERIFY(!controller()->isSyncing());
    QCOMPARE(started.count(), 3);
    QCOMPARE(runsOfThisDesktop(), 4); // the first, the stopped one (recorded before its long part), these two
}

void TestSyncStatus::closingTheWindowStopsTheSync()
{
    configure(m_server.port());
    openWindow();
    QTRY_COMPARE(runsOfThisDesktop(), 1);
    QVERIFY(m_central->execScript(u"INSERT INTO sync_test.long_runs DEFAULT VALUES"_s));
    syncAction()->trigger();
    QTRY_VERIFY(controller()->progress().first > 0);
    QVariant before;
    QCOMPARE(run(*m_central, u"SELECT count(*) FROM sync_test.steps"_s, {}, &before), QString());
    // The window goes while the runner works: it is stopped and waited for, nothing hangs.
    m_window.reset();
    QVariant after;
    QCOMPARE(run(*m_central, u"SELECT count(*) FROM sync_test.steps"_s, {}, &after), QString());
    QVERIFY(after.toLongLong() < 1'000'000);
    QVariant later;
    QCOMPARE(run(*m_central, u"SELECT count(*) FROM sync_test.steps"_s, {}, &later), QString());
    QCOMPARE(later, after); // no runner left writing
}

void TestSyncStatus::heldWhileImporting()
{
    configure(m_server.port());
    openWindow();
    QTRY_COMPARE(runsOfThisDesktop(), 1);
    QTRY_COMPARE(controller()->state(), SyncController::State::Idle);
    QSignalSpy started(controller(), &SyncController::started);
    QSignalSpy finished(controller(), &SyncController::finished);

    // Held, requests wait (starting is synchronous, so nothing started means nothing will)...
    controller()->setHeld(true);
    syncAction()->trigger();
    syncAction()->trigger();
    QCOMPARE(started.count(), 0);
    QVERIFY(!controller()->isSyncing());
    // ... and run once when released.
    controller()->setHeld(false);
    QCOMPARE(started.count(), 1);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!controller()->isSyncing());
    QCOMPARE(runsOfThisDesktop(), 2);
    // Released with nothing asked: nothing runs.
    controller()->setHeld(true);
    controller()->setHeld(false);
    QCOMPARE(started.count(), 1);

    // The window holds syncs while it imports orders, and releases them after.
    const QString csv = m_dir->filePath(u"orders.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("order_id,placed_at,subtotal,currency,status,coupon_code,affiliate_code,landing_url,referrer_url,"
               "customer_email\n");
    file.close();
    m_window->importOrders({csv});
    QVERIFY(m_window->isImporting());
    QVERIFY(controller()->isHeld());
    QTRY_VERIFY(!m_window->isImporting());
    QVERIFY(!controller()->isHeld());
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
            dialog->reject();
    }
}

void TestSyncStatus::lostServerIsOfflineThenSyncsWhenBack()
{
    QSettings().setValue(u"Sync/heartbeatSeconds"_s, 1);
    configure(m_server.port());
    openWindow();
    QTRY_COMPARE(runsOfThisDesktop(), 1);
    QTRY_COMPARE(controller()->state(), SyncController::State::Idle);
    const QDateTime firstSync = controller()->lastSync();
    QSignalSpy finished(controller(), &SyncController::finished);

    m_central.reset();
    m_server.stop(PgTestKit::Server::Stop::Immediate);
    // QPSQL still says open; the heartbeat finds out.
    QTRY_COMPARE_WITH_TIMEOUT(controller()->state(), SyncController::State::Offline, 15000);
    QCOMPARE(indicator()->text(), u"Offline"_s);
    QVERIFY2(indicator()->toolTip().contains(u"Error: "_s), qPrintable(indicator()->toolTip()));
    // The timer does not sync while offline; the last good sync is still shown.
    QCOMPARE(controller()->lastSync(), firstSync);
    QCOMPARE(finished.count(), 0);

    QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
    m_central = std::make_unique<CentralConnection>();
    QVERIFY(m_central->open(m_server.url(u"postgres"_s, u"books"_s), superPassword()));
    // Back: the watcher reconnects and a sync runs at once.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(runsOfThisDesktop(), 2);
    QCOMPARE(controller()->state(), SyncController::State::Idle);
    QVERIFY(controller()->lastSync() >= firstSync);
    QVERIFY(!indicator()->toolTip().contains(u"Error"_s));
    QSettings().remove(u"Sync/heartbeatSeconds"_s);
}

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
