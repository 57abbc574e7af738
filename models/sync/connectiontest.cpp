#include "connectiontest.h"

#include "passwordredaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QWaitCondition>
#include <memory>

namespace PartnerDesk {

namespace {

QAtomicInteger<quint64> connectionCounter = 0;

// Workers still connecting, cancelled ones included. The application waits for them as it ends
// (at most connect_timeout), so none is left inside libpq while Qt SQL's globals are destroyed.
QMutex workersMutex;
QWaitCondition workersDone;
int workers = 0;

void waitForWorkers()
{
    QMutexLocker lock(&workersMutex);
    const QDeadlineTimer deadline(std::chrono::seconds(ConnectionSettings::maximumConnectTimeout + 5));
    while (workers > 0 && workersDone.wait(&workersMutex, deadline))
        ;
}

void workerStarted()
{
    QMutexLocker lock(&workersMutex);
    if (workers++ == 0) {
        static bool routineAdded = false;
        if (!std::exchange(routineAdded, true))
            qAddPostRoutine(waitForWorkers);
    }
}

void workerEnded()
{
    QMutexLocker lock(&workersMutex);
    --workers;
    workersDone.wakeAll();
}

QString messageOf(const QSqlError &error)
{
    const QString server = error.databaseText().trimmed();
    return server.isEmpty() ? error.text().trimmed() : server;
}

ConnectionTestResult connectAndAsk(const QString &name, const ConnectionSettings &settings, const QString &password)
{
    ConnectionTestResult result;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        result.error = ConnectionTest::tr("The PostgreSQL driver of Qt (QPSQL) is not installed.");
        return result;
    }
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    db.setPassword(password);
    db.setConnectOptions(settings.connectOptions());
    if (!db.open()) {
        result.error = withoutPasswords(messageOf(db.lastError()), {password});
        return result;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT current_setting('server_version'), current_user")) || !query.next()) {
        result.error = withoutPasswords(messageOf(query.lastError()), {password});
        return result;
    }
    // "15.6 (Debian 15.6-0+deb12u1)" -> "15.6"
    result.serverVersion = query.value(0).toString().section(u' ', 0, 0);
    result.user = query.value(1).toString();
    result.connected = true;
    return result;
}

} // namespace

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{}

ConnectionTest::~ConnectionTest()
{
    m_job.detach(); // not waited for: the application waits for the workers as it ends
}

ConnectionTestResult ConnectionTest::run(const ConnectionSettings &settings, const QString &password)
{
    const QString name = QStringLiteral("partnerdesk-connection-test-%1").arg(++connectionCounter);
    const ConnectionTestResult result = connectAndAsk(name, settings, password);
    QSqlDatabase::removeDatabase(name);
    return result;
}

void ConnectionTest::start(const ConnectionSettings &settings, const QString &password)
{
    // A test under way is left to end by itself within the timeout (connecting cannot be stopped);
    // its result is dropped: only the latest start() of a living ConnectionTest reports.
    m_job.detach();
    workerStarted();
    m_job.start(
        [settings, password](JobControl &) {
            const ConnectionTestResult result = run(settings, password);
            workerEnded();
            return result;
        },
        [this](const ConnectionTestResult &result) { Q_EMIT finished(result); });
}

void ConnectionTest::cancel()
{
    m_job.detach();
}

int ConnectionTest::workersRunning()
{
    QMutexLocker lock(&workersMutex);
    return workers;
}

} // namespace PartnerDesk
