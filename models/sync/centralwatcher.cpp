#include "centralwatcher.h"

#include "passwordredaction.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QVariant>
#include <libpq-fe.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

QAtomicInteger<quint64> watcherCounter;

QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

PGconn *nativeConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

} // namespace

// The socket of the heartbeat under way (-1: none), so the watchdog on the owner's thread can shut
// it down. The worker clears it under the mutex before it may close the connection, so the socket
// the watchdog shuts down is always the heartbeat's own.
struct HeartbeatGuard
{
    QMutex mutex;
    int socket = -1;
    bool overdue = false;

    bool stopping = false; // no heartbeat starts any more

    // The watchdog (or stop()): ends a hanging heartbeat; false when none is under way.
    bool interrupt(bool stop = false)
    {
        const QMutexLocker lock(&mutex);
        stopping = stopping || stop;
        if (socket < 0)
            return false;
        overdue = true;
        ::shutdown(socket, SHUT_RDWR);
        return true;
    }
};

// The watcher's connection, on the watcher's thread: connects, subscribes, beats and reconnects.
// Everything it says goes out as signals, which reach the CentralWatcher queued.
class CentralWatcherWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CentralWatcherWorker)

public:
    struct Settings
    {
        CentralUrl url;
        QString password;
        std::chrono::milliseconds heartbeat;
        std::chrono::seconds timeout;
        std::chrono::milliseconds firstDelay;
        std::chrono::milliseconds maximumDelay;
    };

    CentralWatcherWorker(Settings settings, std::shared_ptr<HeartbeatGuard> guard)
        : m_settings(std::move(settings))
        , m_guard(std::move(guard))
        , m_name(u"partnerdesk-watcher-%1"_s.arg(watcherCounter.fetchAndAddRelaxed(1)))
        , m_delay(m_settings.firstDelay)
    {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(m_settings.heartbeat);
        connect(m_heartbeat, &QTimer::timeout, this, &CentralWatcherWorker::beat);
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &CentralWatcherWorker::tryConnect);
    }

    // On the watcher's thread.
    void begin() { tryConnect(); }
    void retryNow()
    {
        if (m_connected)
            return;
        m_retry->stop();
        tryConnect();
    }
    // On the watcher's thread, before it quits: the connection belongs to it.
    void finish()
    {
        m_heartbeat->stop();
        m_retry->stop();
        close();
    }

Q_SIGNALS:
    void connected();
    void lost(const QString &error);
    void heartbeatStarted();
    void heartbeatFinished();
    void notified(const QString &table, const QString &desktopId);

private:
    void tryConnect()
    {
        close();
        const CentralUrl &url = m_settings.url;
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        if (!m_db.isValid()) {
            drop(tr("Qt's PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)."));
            return;
        }
        if (!url.host().isEmpty())
            m_db.setHostName(url.host());
        if (url.port() != -1)
            m_db.setPort(url.port());
        m_db.setDatabaseName(url.database());
        if (!url.user().isEmpty())
            m_db.setUserName(url.user());
        m_db.setPassword(m_settings.password.isEmpty() ? url.password() : m_settings.password);
        // A heartbeat to a server whose network went silent must not wait for TCP's minutes: keepalives
        // probe an idle connection, tcp_user_timeout gives up on unacknowledged data. Later keywords
        // override earlier ones in libpq's conninfo, so an explicit choice in the URL stays ahead.
        const qint64 seconds = std::max<qint64>(1, m_settings.timeout.count());
        QStringList options{u"keepalives=1"_s,
                            u"keepalives_idle=%1"_s.arg(std::max<qint64>(1, seconds / 2)),
                            u"keepalives_interval=1"_s,
                            u"keepalives_count=%1"_s.arg(std::max<qint64>(1, seconds / 2)),
                            u"tcp_user_timeout=%1"_s.arg(seconds * 1000),
                            u"application_name=partnerdesk-watcher"_s};
        for (const auto &parameter : url.parameters()) {
            const QString prefix = parameter.first + u'=';
            options.removeIf([&prefix](const QString &option) { return option.startsWith(prefix); });
        }
        options.prepend(url.connectOptions());
        m_db.setConnectOptions(options.join(u';'));
        if (!m_db.open()) {
            drop(errorText(m_db.lastError()));
            return;
        }
        QSqlDriver *driver = m_db.driver();
        connect(driver, &QSqlDriver::notification, this, &CentralWatcherWorker::handleNotification);
        if (!driver->subscribeToNotification(QString::fromLatin1(CentralWatcher::channel))) {
            drop(tr("Cannot listen for notifications: %1").arg(errorText(driver->lastError())));
            return;
        }
        m_connected = true;
        m_delay = m_settings.firstDelay;
        m_heartbeat->start();
        Q_EMIT connected();
    }

    void beat()
    {
        if (!m_connected)
            return;
        // QPSQL closes the connection itself when it notices the server went away between beats.
        if (!m_db.isOpen()) {
            drop(tr("The central database closed the connection."));
            return;
        }
        PGconn *connection = nativeConnection(m_db);
        {
            const QMutexLocker lock(&m_guard->mutex);
            if (m_guard->stopping)
                return;
            m_guard->socket = connection ? PQsocket(connection) : -1;
            m_guard->overdue = false;
        }
        Q_EMIT heartbeatStarted();
        QSqlQuery query(m_db);
        const bool answered = query.exec(u"SELECT 1"_s) && query.next();
        bool overdue = false;
        {
            const QMutexLocker lock(&m_guard->mutex);
            m_guard->socket = -1;
            overdue = m_guard->overdue;
        }
        Q_EMIT heartbeatFinished();
        if (overdue)
            drop(tr("The central database did not answer within %1 s.").arg(m_settings.timeout.count()));
        else if (!answered)
            drop(errorText(query.lastError()));
    }

    void handleNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
    {
        if (name != QLatin1String(CentralWatcher::channel))
            return;
        // {"table": ..., "desktop": ...}; a hand-made NOTIFY with any other payload is news too.
        const QJsonObject object = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
        Q_EMIT notified(object.value(u"table"_s).toString(), object.value(u"desktop"_s).toString());
    }

    // The connection is gone or could not be made: say so and try again later, each time waiting
    // twice as long, up to the maximum.
    void drop(const QString &error)
    {
        m_connected = false;
        m_heartbeat->stop();
        close();
        Q_EMIT lost(error.isEmpty() ? tr("The central database does not answer.")
                                    : withoutPasswords(error, {m_settings.password, m_settings.url.password()}));
        m_retry->start(m_delay);
        m_delay = std::min(m_delay * 2, m_settings.maximumDelay);
    }

    void close()
    {
        m_connected = false;
        if (!m_db.isValid())
            return;
        disconnect(m_db.driver(), nullptr, this, nullptr);
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    Settings m_settings;
    std::shared_ptr<HeartbeatGuard> m_guard;
    QString m_name;
    QSqlDatabase m_db;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_retry = nullptr;
    std::chrono::milliseconds m_delay;
    bool m_connected = false;
};

CentralWatcher::CentralWatcher(QObject *parent)
    : QObject(parent)
{
    m_watchdog = new QTimer(this);
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, &CentralWatcher::onHeartbeatOverdue);
}

CentralWatcher::~CentralWatcher()
{
    stop();
}

void CentralWatcher::setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds maximum)
{
    m_firstDelay = std::max(first, std::chrono::milliseconds(1));
    m_maximumDelay = std::max(maximum, m_firstDelay);
}

void CentralWatcher::start(const CentralUrl &url, const QString &password)
{
    stop();
    m_url = url;
    m_lastError.clear();
    m_wasLost = false;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"CentralWatcher"_s);
    m_guard = std::make_shared<HeartbeatGuard>();
    m_worker = new CentralWatcherWorker({url, password, m_heartbeat, m_timeout, m_firstDelay, m_maximumDelay}, m_guard);
    // A thread of its own, not a BackgroundJob (core/backgroundjob.h): the worker holds one
    // PostgreSQL connection for as long as the window watches, LISTENing on it and sending
    // heartbeats; a connection belongs to the thread that opened it, and would hold a pool thread.
    m_worker->moveToThread(m_thread);
    // Deleted on its own thread as it ends, after finish() closed the connection there.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // A worker being stopped may still have signals queued: only the current one's count.
    CentralWatcherWorker *worker = m_worker;
    connect(worker, &CentralWatcherWorker::connected, this, [this, worker] {
        if (worker == m_worker)
            onConnected();
    });
    connect(worker, &CentralWatcherWorker::lost, this, [this, worker](const QString &error) {
        if (worker == m_worker)
            onLost(error);
    });
    connect(worker, &CentralWatcherWorker::heartbeatStarted, this, [this, worker] {
        if (worker == m_worker)
            m_watchdog->start(m_timeout);
    });
    connect(worker, &CentralWatcherWorker::heartbeatFinished, this, [this, worker] {
        if (worker == m_worker)
            m_watchdog->stop();
    });
    connect(worker, &CentralWatcherWorker::notified, this,
            [this, worker](const QString &table, const QString &desktopId) {
                if (worker == m_worker)
                    Q_EMIT notified(table, desktopId);
            });
    m_thread->start();
    setState(State::Connecting);
    QMetaObject::invokeMethod(m_worker, &CentralWatcherWorker::begin, Qt::QueuedConnection);
}

void CentralWatcher::stop()
{
    if (!m_thread)
        return;
    // A heartbeat that hangs ends now; a connection attempt under way ends by connect_timeout.
    m_watchdog->stop();
    m_guard->interrupt(true);
    QMetaObject::invokeMethod(m_worker, &CentralWatcherWorker::finish, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    setState(State::Stopped);
}

void CentralWatcher::reconnectNow()
{
    if (m_worker && m_state == State::Lost)
        QMetaObject::invokeMethod(m_worker, &CentralWatcherWorker::retryNow, Qt::QueuedConnection);
}

void CentralWatcher::onHeartbeatOverdue()
{
    if (m_guard)
        m_guard->interrupt();
}

void CentralWatcher::onConnected()
{
    m_lastError.clear();
    setState(State::Connected);
    Q_EMIT connected();
    if (std::exchange(m_wasLost, false))
        Q_EMIT connectionRestored();
}

void CentralWatcher::onLost(const QString &error)
{
    m_lastError = error;
    // Every failed attempt while lost reports here; the signal is for the change only.
    if (m_state == State::Lost)
        return;
    m_wasLost = true;
    setState(State::Lost);
    Q_EMIT connectionLost(error);
}

void CentralWatcher::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace PartnerDesk

#include "centralwatcher.moc"
