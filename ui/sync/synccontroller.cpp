#include "synccontroller.h"

#include "notifier.h"
#include "store/database.h"
#include "store/syncstate.h"
#include "sync/centralwatcher.h"
#include "sync/connectionsettings.h"
#include "sync/enginerunner.h"
#include "sync/fallbackcredentialstore.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QSettings>
#include <QTimer>

namespace PartnerDesk {

namespace {

// The passwords the credential store gave this session, by credential key. Read by the engine's
// runner on its thread when a sync starts; kept past the controller, so arming the sync again does
// not take the same answer for a new password.
struct Passwords
{
    QMutex mutex;
    QHash<QString, QString> byKey;
};
Q_GLOBAL_STATIC(Passwords, passwords)

QString passwordFor(const QString &key)
{
    const QMutexLocker locker(&passwords->mutex);
    return passwords->byKey.value(key);
}

void rememberPassword(const QString &key, const QString &password)
{
    const QMutexLocker locker(&passwords->mutex);
    passwords->byKey.insert(key, password);
}

} // namespace

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
    m_job.abandon(); // cancels a running sync and waits for it
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

SyncController::Setup SyncController::configure(Database &database, SyncRunner runner)
{
    Setup setup;
    QSettings settings;
    const QString key = ConnectionSettings::load(settings).credentialKey();
    const QString password = passwordFor(key);
    setup.central = configuredCentral(settings, password);
    if (!setup.central) {
        setup.unavailable = tr("No central database is configured (File › Central Database…).");
        return setup;
    }
    if (!runner) {
        // The real sync, with the password the credential store gives (when it gives one; else
        // libpq's PGPASSWORD and ~/.pgpass).
        runner = [key](const QString &path, const CentralUrl &central, const std::function<bool(int, int)> &progress) {
            return runSyncEngine(path, central, passwordFor(key), progress);
        };
    }
    auto controller = std::make_unique<SyncController>(database.path(), *setup.central, std::move(runner));
    controller->m_credentialKey = key;
    controller->m_armedPassword = password;
    controller->setInterval(std::chrono::minutes(
        std::max(1, settings.value(QStringLiteral("Sync/intervalMinutes"), defaultIntervalMinutes).toInt())));
    controller->watcher()->setHeartbeatInterval(
        std::chrono::seconds(std::max(1, settings.value(QStringLiteral("Sync/heartbeatSeconds"), 10).toInt())));
    if (const Result<QString> desktop = SyncState(database).desktopId(); desktop)
        controller->setDesktopId(*desktop);
    connect(FallbackCredentialStore::application(), &CredentialStore::readFinished, controller.get(),
            &SyncController::onCredentialRead);
    setup.controller = std::move(controller);
    return setup;
}

void SyncController::onCredentialRead(const CredentialReply &reply)
{
    if (reply.outcome != CredentialReply::Outcome::Ok || m_credentialKey.isEmpty() || reply.key != m_credentialKey)
        return;
    if (reply.password == m_armedPassword)
        return;
    rememberPassword(m_credentialKey, reply.password);
    Q_EMIT passwordChanged();
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
    // The password, if the keychain (or this session) keeps one: asked now, answered later.
    if (!m_credentialKey.isEmpty())
        FallbackCredentialStore::application()->read(m_credentialKey);
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
    m_job.cancel();
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
    if (m_job.isRunning()) {
        m_again = true;
        return;
    }
    m_done = 0;
    m_total = 0;
    m_job.start(
        [runner = m_runner, path = m_localPath, central = m_central](JobControl &control) {
            return runner(path, central, [&control](int done, int total) { return control.progress(done, total); });
        },
        [this](const SyncOutcome &outcome) { onFinished(outcome); },
        [this](int done, int total) {
            m_done = done;
            m_total = total;
            Q_EMIT progressChanged(done, total);
            Q_EMIT changed();
        });
    Q_EMIT started();
    updateState();
}

void SyncController::onFinished(const SyncOutcome &outcome)
{
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
    if (m_job.isRunning())
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
