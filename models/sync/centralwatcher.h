#pragma once

#include "centralurl.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <memory>

class QThread;
class QTimer;

namespace PartnerDesk {

class CentralWatcherWorker;
struct HeartbeatGuard;

// Keeps one connection to the central PostgreSQL open for LISTEN/NOTIFY (docs/SYNC.md, "Live
// updates") and tells whether the server is there. The connection lives on a thread of its own, so
// connecting, a heartbeat to a server that does not answer and the reconnects never block the
// thread that owns the watcher (the UI's); every signal arrives on the owner's thread.
//
// QPSQL's isOpen() stays true after the server is gone, so the watcher runs a heartbeat
// (`SELECT 1` every heartbeatInterval()) and takes a failed statement as a lost connection. A
// heartbeat gets heartbeatTimeout() to answer: QPSQL has no client-side timeout, so a watchdog on
// the owner's thread shuts the socket down under a heartbeat that hangs (a server that accepts but
// does not answer, a network that went silent), which makes the statement fail at once; TCP
// keepalives and tcp_user_timeout also bound it at the socket level. The watcher then
// reconnects with a doubling delay (reconnectDelay() up to maximumReconnectDelay()) and subscribes
// again, so notifications flow again once the server is back.
class CentralWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CentralWatcher)

public:
    // The channel the central schema's triggers notify (resources/central/0002_notify.sql).
    static constexpr const char *channel = "partnerdesk_transactions";

    enum class State
    {
        Stopped,
        Connecting, // started, no connection made yet
        Connected,  // listening
        Lost,       // no connection; the next attempt is scheduled
    };
    Q_ENUM(State)

    explicit CentralWatcher(QObject *parent = nullptr);
    ~CentralWatcher() override; // closes the connection and waits for its thread

    // Settings for the next start().
    void setHeartbeatInterval(std::chrono::milliseconds interval) { m_heartbeat = interval; }
    std::chrono::milliseconds heartbeatInterval() const { return m_heartbeat; }
    // How long a heartbeat may wait for its answer.
    void setHeartbeatTimeout(std::chrono::seconds timeout) { m_timeout = timeout; }
    std::chrono::seconds heartbeatTimeout() const { return m_timeout; }
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds maximum);
    std::chrono::milliseconds reconnectDelay() const { return m_firstDelay; }
    std::chrono::milliseconds maximumReconnectDelay() const { return m_maximumDelay; }

    // Connects (on the watcher's thread) and listens; `password` empty: the URL's, else libpq's own
    // lookup (PGPASSWORD, ~/.pgpass). A watcher that runs is stopped first.
    void start(const CentralUrl &url, const QString &password = {});
    void stop();
    // While Lost: tries at once instead of waiting for the scheduled attempt.
    void reconnectNow();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // Why the connection was lost or could not be made (the server's or libpq's words); empty while
    // connected.
    QString lastError() const { return m_lastError; }
    CentralUrl url() const { return m_url; }

Q_SIGNALS:
    // A connection was made and subscribed: after start() and after every reconnect.
    void connected();
    // The first connection could not be made, or the one there was is gone.
    void connectionLost(const QString &error);
    // Connected again after connectionLost().
    void connectionRestored();
    // A notification on channel(): `table` whose rows were inserted ("transactions", "orders"),
    // `desktopId` the pushing desktop's id (empty when not known).
    void notified(const QString &table, const QString &desktopId);
    void stateChanged(PartnerDesk::CentralWatcher::State state);

private:
    void onConnected();
    void onHeartbeatOverdue();
    void onLost(const QString &error);
    void setState(State state);

    std::chrono::milliseconds m_heartbeat{10'000};
    std::chrono::seconds m_timeout{5};
    std::chrono::milliseconds m_firstDelay{1'000};
    std::chrono::milliseconds m_maximumDelay{60'000};
    CentralUrl m_url;
    State m_state = State::Stopped;
    bool m_wasLost = false;
    QString m_lastError;
    QThread *m_thread = nullptr;
    CentralWatcherWorker *m_worker = nullptr;
    std::shared_ptr<HeartbeatGuard> m_guard; // shared with the worker
    QTimer *m_watchdog = nullptr;
};

} // namespace PartnerDesk
