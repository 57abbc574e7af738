#pragma once

#include "connectionsettings.h"
#include "core/backgroundjob.h"

#include <QMetaType>
#include <QObject>

namespace PartnerDesk {

struct ConnectionTestResult final
{
    bool connected = false;
    QString serverVersion; // "15.6"
    QString user;          // current_user on the server
    QString error;         // the server's (libpq's) message when not connected
};

// "Test Connection": opens a QPSQL connection to the central database with its own connection
// name and asks the server who it is. Connecting blocks (libpq waits up to connect_timeout), so
// start() runs it as a background job (core/backgroundjob.h); cancel() stops waiting at once and
// drops the result, and the job ends by itself within the timeout.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Blocking, on the calling thread; for the CLI and for workers.
    static ConnectionTestResult run(const ConnectionSettings &settings, const QString &password);

    // Starts a test as a background job (cancelling one under way); finished() tells, unless cancelled.
    void start(const ConnectionSettings &settings, const QString &password);
    void cancel();
    bool isRunning() const { return m_job.isRunning(); }

    // Workers still connecting in this process, cancelled ones included.
    static int workersRunning();

Q_SIGNALS:
    void finished(const PartnerDesk::ConnectionTestResult &result);

private:
    BackgroundJob<ConnectionTestResult> m_job;
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::ConnectionTestResult)
