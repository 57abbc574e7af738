#pragma once

#include "sync/centralurl.h"
#include "sync/syncrunner.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <atomic>
#include <chrono>
#include <optional>

class QSettings;
class QThread;
class QTimer;

namespace PartnerDesk {

class CentralWatcher;
class Notifier;

// Keeps one desktop's books in sync with the central database (docs/SYNC.md) while a database is
// open: a CentralWatcher listens for new transactions and watches the connection, a timer syncs every
// interval() (QSettings "Sync/intervalMinutes", 5 by default), and a sync also runs at once when the
// watcher first connects, on every notification of another desktop's push and when the connection
// is restored. Each sync is the SyncRunner on a worker thread of its own, one at a time: a request
// while one runs makes one more run after it. Nothing here blocks the UI thread; cancel() asks the
// runner to stop at its next safe point.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    enum class State
    {
        Offline,          // the central database does not answer (or not yet)
        Idle,             // connected; the last sync went well, or none ran yet
        Syncing,          // a sync runs
        Error,            // connected, but the last sync failed: lastError()
        ConflictsWaiting, // the last sync kept conflicts for the manager
    };
    Q_ENUM(State)

    static constexpr int defaultIntervalMinutes = 5;

    // `localPath`: the open SQLite file; the runner opens its own connections to it and to `central`.
    SyncController(const QString &localPath, const CentralUrl &central, SyncRunner runner, QObject *parent = nullptr);
    ~SyncController() override; // cancels a running sync and waits for it

    // The central database the window is configured for: QSettings group "CentralDatabase" as the
    // Connection dialog writes it (keys host, port, database, user, sslmode, sslrootcert,
    // connectTimeout; see models/sync/connectionsettings.h), with `password` when given (else
    // libpq's own lookup: PGPASSWORD, ~/.pgpass). nullopt when no database is configured.
    static std::optional<CentralUrl> configuredCentral(QSettings &settings, const QString &password = {});

    CentralWatcher *watcher() const { return m_watcher; }
    // Set before start(); the watcher's heartbeat and reconnect delays are set on watcher().
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;
    // Where "new transactions from the central database" is announced (may be null).
    void setNotifier(Notifier *notifier) { m_notifier = notifier; }
    // This desktop's id (sync_state "desktop_id"): notifications of its own pushes start no sync.
    void setDesktopId(const QString &desktopId) { m_desktopId = desktopId; }

    // Starts watching and the timer.
    void start();
    // Starts a sync now (File › Sync Now); while one runs, one more runs after it. While offline the
    // watcher is asked to reconnect at once too. False when the controller is not started.
    bool syncNow();
    // Asks a running sync to stop at its next safe point.
    void cancel();
    // Held: no sync starts (one already running finishes); what is asked for meanwhile runs once
    // when released. The window holds syncs while an import writes to the same file, whose long
    // transaction would make the sync's writes wait and fail with "database is locked".
    void setHeld(bool held);
    bool isHeld() const { return m_held; }

    State state() const;
    static QString stateName(State state);
    bool isSyncing() const { return m_thread != nullptr; }
    // When the last sync that went well finished; invalid before the first.
    QDateTime lastSync() const { return m_lastSync; }
    // The error of the last sync that failed, or why the server does not answer; empty otherwise.
    QString lastError() const;
    // The outcome of the last sync, whatever it was.
    SyncOutcome lastOutcome() const { return m_lastOutcome; }
    // The conflicts the last completed sync left for the manager (a stopped or failed one changes
    // nothing here).
    int conflictsWaiting() const { return m_conflictsWaiting; }
    // The running sync's progress (done, total); (0, 0) when not known.
    std::pair<int, int> progress() const { return {m_done, m_total}; }
    CentralUrl central() const { return m_central; }
    QString localPath() const { return m_localPath; }

Q_SIGNALS:
    void stateChanged(PartnerDesk::SyncController::State state);
    // Anything the indicator shows may have changed: the state, the progress, the last sync, the
    // error (also while the state stays Offline and the watcher's reason changes).
    void changed();
    void started();
    void progressChanged(int done, int total);
    void finished(const PartnerDesk::SyncOutcome &outcome);

private:
    void runOne();
    void onFinished(const SyncOutcome &outcome);
    void onNotified(const QString &table, const QString &desktopId);
    void onTimer();
    void updateState();

    QString m_localPath;
    CentralUrl m_central;
    SyncRunner m_runner;
    QString m_desktopId;
    CentralWatcher *m_watcher = nullptr;
    QTimer *m_timer = nullptr;
    Notifier *m_notifier = nullptr;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_started = false;
    bool m_again = false;
    bool m_held = false;
    bool m_dueWhenReleased = false;
    bool m_syncedOnConnect = false;
    int m_done = 0;
    int m_total = 0;
    QDateTime m_lastSync;
    SyncOutcome m_lastOutcome;
    int m_conflictsWaiting = 0;
    QString m_lastRunError;
    State m_state = State::Offline;
};

} // namespace PartnerDesk
