#include "synccontroller.h"

#include "notifier.h"
#include "sync/centralwatcher.h"
#include "sync/connectionsettings.h"

#include <QLocale>
#include <QSettings>
#include <QThread>
#include <QTimer>

namespace PartnerDesk {

SyncController::SyncController(const QString &localPath, const CentralUrl &central, SyncRunner runner, QObject *parent)
    : QObject(parent)
    , m_localPath(localPath)
    , m_central(central)
    , m_runner(std::move(runner))
{
    m_watcher = new CentralWatcher(this);
    m_watcher->setObjectName(QStringLiteral("centralWatcher"));
    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("syncTimer"));
    m_timer->setInterval(std::chrono::minutes(defaultIntervalMinutes));
    connect(m_timer, &QTimer::timeout, this, &SyncController::onTimer);
    // Every connection made (the first, and after every loss) starts a sync: what changed while the
    // desktop was away is pulled, what was edited offline is pushed.
    connect(m_watcher, &CentralWatcher::connected, this, &SyncController::runOne);
    connect(m_watcher, &CentralWatcher::notified, this, &SyncController::onNotified);
    connect(m_watcher, &CentralWatcher::stateChanged, this, &SyncController::updateState);
}

SyncController::~SyncController()
{
    m_watcher->stop();
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

std::optional<CentralUrl> SyncController::configuredCentral(QSettings &settings, const QString &password)
{
    // What the Connection dialog saved, with the sslmode it implies spelled out.
    ConnectionSettings configured = ConnectionSettings::load(settings);
    if (configured.host.isEmpty() || configured.database.isEmpty())
        return std::nullopt;
    configured.sslMode = configured.effectiveSslMode();
    const Result<CentralUrl> parsed = CentralUrl::parse(configured.toUrl());
    if (!parsed)
        return std::nullopt;
    return parsed->withPassword(password);
}

void SyncController::setInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(std::max(interval, std::chrono::milliseconds(1000)));
}

std::chrono::milliseconds SyncController::interval() const
{
    return m_timer->intervalAsDuration();
}

void SyncController::start()
{
    if (m_started)
        return;
    m_started = true;
    m_watcher->start(m_central);
    m_timer->start();
    updateState();
}

bool SyncController::syncNow()
{
    if (!m_started)
        return false;
    // The user asked: do not wait for the next scheduled attempt to reach the server.
    m_watcher->reconnectNow();
    runOne();
    return true;
}

void SyncController::cancel()
{
    m_again = false;
    if (m_thread)
        m_cancel = true;
}

void SyncController::setHeld(bool held)
{
    m_held = held;
    if (!held && std::exchange(m_dueWhenReleased, false))
        runOne();
}

void SyncController::onTimer()
{
    // Offline, the watcher's reconnect starts the sync when the server is back.
    if (m_watcher->isConnected())
        runOne();
}

void SyncController::onNotified(const QString &, const QString &desktopId)
{
    if (!m_desktopId.isEmpty() && desktopId == m_desktopId)
        return; // our own push
    runOne();
}

void SyncController::runOne()
{
    if (!m_runner)
        return;
    if (m_held) {
        m_dueWhenReleased = true;
        return;
    }
    if (m_thread) {
        m_again = true;
        return;
    }
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    const SyncRunner runner = m_runner;
    const QString path = m_localPath;
    const CentralUrl central = m_central;
    m_thread = QThread::create([this, runner, path, central] {
        const auto progress = [this](int done, int total) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total] {
                    m_done = done;
                    m_total = total;
                    Q_EMIT progressChanged(done, total);
                    Q_EMIT changed();
                },
                Qt::QueuedConnection);
            return !m_cancel.load();
        };
        const SyncOutcome outcome = runner(path, central, progress);
        QMetaObject::invokeMethod(
            this, [this, outcome] { onFinished(outcome); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("Sync"));
    m_thread->start();
    Q_EMIT started();
    updateState();
}

void SyncController::onFinished(const SyncOutcome &outcome)
{
    if (m_thread) {
        m_thread->wait(); // it has returned from the runner; this only joins it
        delete m_thread;
        m_thread = nullptr;
    }
    m_lastOutcome = outcome;
    if (!outcome.error.isEmpty()) {
        m_lastRunError = outcome.error;
    } else if (!outcome.cancelled) {
        m_lastRunError.clear();
        m_lastSync = QDateTime::currentDateTime();
        m_conflictsWaiting = outcome.conflicts;
    }
    if (outcome.ok() && outcome.newTransactions > 0 && m_notifier)
        m_notifier->notify(
            tr("Central database"),
            tr("new transactions from the central database: %1").arg(QLocale().toString(outcome.newTransactions)),
            QStringLiteral("transactions"));
    // A request made while this one ran starts the next one before anybody hears of this one, so a
    // listener never sees the controller idle with work still due.
    const bool again = std::exchange(m_again, false) && !outcome.cancelled;
    if (again)
        runOne();
    else
        updateState();
    Q_EMIT finished(outcome);
}

SyncController::State SyncController::state() const
{
    return m_state;
}

void SyncController::updateState()
{
    State state = State::Idle;
    if (m_thread)
        state = State::Syncing;
    else if (!m_watcher->isConnected())
        state = State::Offline;
    else if (!m_lastRunError.isEmpty())
        state = State::Error;
    else if (m_conflictsWaiting > 0)
        state = State::ConflictsWaiting;
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
    Q_EMIT changed();
}

QString SyncController::lastError() const
{
    if (!m_lastRunError.isEmpty())
        return m_lastRunError;
    return m_watcher->isConnected() ? QString() : m_watcher->lastError();
}

QString SyncController::stateName(State state)
{
    switch (state) {
    case State::Offline:
        return tr("Offline");
    case State::Idle:
        return tr("Up to date");
    case State::Syncing:
        return tr("Syncing…");
    case State::Error:
        return tr("Sync failed");
    case State::ConflictsWaiting:
        return tr("Conflicts waiting");
    }
    return {};
}

} // namespace PartnerDesk
