#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace PartnerDesk {

// One request of a vanity URL and what came back.
struct RewriteProbe
{
    enum class Outcome
    {
        Ok,            // 302 whose Location is the stored tracked URL
        WrongLocation, // 302 elsewhere
        WrongStatus,   // any other HTTP answer (404, 200, a 301, ...)
        NetworkError,  // no HTTP answer: refused, unknown host, TLS, ...
        TimedOut,      // no answer within the time limit
    };

    QString vanityUrl; // as a visitor types it: https://www.koongo.com/jane/
    QUrl requested;    // what was requested: the vanity URL, or the check-through server
    int status = 0;    // 0: no HTTP answer
    QString location;  // the Location header as sent, "" when none
    QString error;     // the network error, when there was no answer
    bool timedOut = false;
    Outcome outcome = Outcome::NetworkError;
};

// The check of one rewrite: every vanity URL requested and whether all answered right.
struct RewriteCheck
{
    Q_DECLARE_TR_FUNCTIONS(RewriteCheck)

public:
    Rewrite rewrite;
    QList<RewriteProbe> probes;
    int timeoutMs = 0;

    bool isOk() const;
    // The first failing probe's outcome, or Ok.
    RewriteProbe::Outcome outcome() const;
    // One line: "OK: 4 addresses answered 302 with the tracked URL", or the first failure with the
    // status, the Location found and the one expected, or the network error.
    QString summary() const;
    // One line per probe.
    QString details() const;
    QString describe(const RewriteProbe &probe) const;
};

// Requests the vanity URLs of rewrites and checks that each answers HTTP 302 with exactly the
// stored tracked URL as Location. Redirects are not followed. By default it asks the live site
// (https://HOST/PATH) for the host and its www. twin, with and without the trailing slash; with a
// "check through" base URL (a staging server, a test's nginx on 127.0.0.1:PORT) it sends every
// request there with the store host in the Host header.
class RewriteChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RewriteChecker)

public:
    static constexpr int parallelRequests = 4;
    // The body of a wrong answer is read no further than this.
    static constexpr qint64 bodyLimit = 64 * 1024;

    explicit RewriteChecker(QObject *parent = nullptr);
    ~RewriteChecker() override;

    // An http(s) URL with a host and at most "/" as its path, e.g. http://127.0.0.1:8080; or an
    // error naming what is wrong. Empty text: an empty URL (check the live site).
    static Result<QUrl> parseCheckThrough(const QString &text);

    void setCheckThrough(const QUrl &base) { m_checkThrough = base; }
    const QUrl &checkThrough() const { return m_checkThrough; }
    // The scheme of live requests (default https); a check-through base brings its own.
    void setScheme(const QString &scheme) { m_scheme = scheme; }
    // Also request the www. twin and the trailing-slash form (default on).
    void setTwins(bool twins) { m_twins = twins; }
    // The limit of each request (default 10 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Starts checking; checked() reports each rewrite as its requests finish, finished() the
    // end. A check already running is abandoned.
    void start(const QList<Rewrite> &rewrites);
    void cancel();
    bool isRunning() const { return m_running; }
    // Runs a check in a local event loop (for the command line and tests); results in input order.
    QList<RewriteCheck> check(const QList<Rewrite> &rewrites);

Q_SIGNALS:
    void checked(const PartnerDesk::RewriteCheck &result);
    void finished();

private:
    struct Job
    {
        int check = 0;
        int probe = 0;
        QByteArray hostHeader;
    };

    void launchNext();
    void onFinished(QNetworkReply *reply);
    void finishProbe(const Job &job, RewriteProbe probe);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_checkThrough;
    QString m_scheme;
    bool m_twins = true;
    std::chrono::milliseconds m_timeout{10000};

    bool m_running = false;
    QList<RewriteCheck> m_checks;
    QList<int> m_remaining; // probes still to finish, per check
    QList<Job> m_queue;
    QHash<QNetworkReply *, Job> m_inFlight;
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::RewriteCheck)
