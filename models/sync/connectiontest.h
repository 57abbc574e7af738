#pragma once

#include "connectionsettings.h"

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
// start() does it on a worker thread; cancel() stops waiting at once and drops the result, and the
// worker ends by itself within the timeout.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Blocking, on the calling thread; for the CLI and for workers.
    static ConnectionTestResult run(const ConnectionSettings &settings, const QString &password);

    // Starts a test on a worker thread (cancelling one under way); finished() tells, unless cancelled.
    void start(const ConnectionSettings &settings, const QString &password);
    void cancel();
    bool isRunning() const { return m_running; }

    // Workers still connecting in this process, cancelled ones included.
    static int workersRunning();

Q_SIGNALS:
    void finished(const PartnerDesk::ConnectionTestResult &result);

private:
    quint64 m_generation = 0; // a worker's result counts only while it is the latest one
    bool m_running = false;
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::ConnectionTestResult)
