#pragma once

#include "networkguard.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>

class QDnsLookup;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace PartnerDesk {

// What one check of a partner's domain found (DESIGN.md, "Direct link"): verified or not, the
// method that proved it and every finding on the way, in the order the checks ran.
struct DomainVerification
{
    enum class Method
    {
        None,
        Meta,
        File,
        Dns
    };

    struct Finding
    {
        Method method = Method::None;
        bool found = false;
        QString text; // "meta tag found at https://…", "http://…: timed out after 10 s", …
    };

    bool verified = false;
    Method method = Method::None;
    QList<Finding> findings;

    // "meta", "file", "dns" or "" — the spelling of domains.method.
    static QString methodName(Method method);
};

// Checks a domain for a partner's verification token over the network: the home page's
// <meta name="partnerdesk-verification" content="TOKEN">, then
// /.well-known/partnerdesk-verification.txt, https first with http as the fallback, and at last a
// DNS TXT record "partnerdesk-verification=TOKEN". Redirects are followed by hand: at most five,
// each on the same domain. Every request has a time limit and a body cap.
// Every URL, redirect targets included, passes NetworkGuard first: a site on a private or loopback
// address is refused with a finding that says so, not requested. The DNS TXT check asks the
// resolver (the system's or setNameserver()'s), never the partner's host, so it is not guarded.
class DomainVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainVerifier)

public:
    static constexpr int maxRedirects = 5;
    static constexpr qint64 bodyLimit = 1024 * 1024;

    explicit DomainVerifier(QObject *parent = nullptr);
    ~DomainVerifier() override;

    // Schemes tried in order (default https, http) and an explicit port (default: the scheme's).
    // Tests point these at a server on 127.0.0.1.
    void setSchemes(const QStringList &schemes) { m_schemes = schemes; }
    void setPort(int port) { m_port = port; }
    // The limit of each request, redirects included (default 10 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // The DNS TXT check runs last; off, or against a chosen nameserver (default: the system's).
    void setDnsEnabled(bool enabled) { m_dnsEnabled = enabled; }
    void setNameserver(const QHostAddress &nameserver) { m_nameserver = nameserver; }
    // The address rules (networkguard.h): private and loopback addresses are refused unless
    // allowed here or by the setting Network/allowPrivateAddresses. Exempt hosts are for tests.
    void setAllowPrivateAddresses(bool allowed) { m_guard->setAllowPrivateAddresses(allowed); }
    void setExemptHosts(const QStringList &hosts) { m_guard->setExemptHosts(hosts); }

    // Starts a check; finished() reports it. A check already running is abandoned.
    void start(const QString &domain, const QString &token);
    bool isRunning() const { return m_running; }
    // Runs a check in a local event loop and returns its result (for the CLI).
    DomainVerification verify(const QString &domain, const QString &token);

Q_SIGNALS:
    void finished(const PartnerDesk::DomainVerification &result);

private:
    struct Step
    {
        DomainVerification::Method method;
        QString scheme;
    };

    void runNextStep();
    void request(const QUrl &url);
    void send(const QUrl &url, const NetworkGuard::Result &verdict);
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void inspectBody(const QByteArray &body);
    void startDns();
    void onDnsFinished();
    void addFinding(bool found, const QString &text);
    void finish();
    QString describeError(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network = nullptr;
    NetworkGuard *m_guard = nullptr;
    QTimer *m_timer = nullptr;
    QNetworkReply *m_reply = nullptr;
    QDnsLookup *m_dns = nullptr;

    QStringList m_schemes;
    int m_port = -1;
    std::chrono::milliseconds m_timeout{10000};
    bool m_dnsEnabled = true;
    QHostAddress m_nameserver;

    QString m_domain; // normalised pattern as registered ("*.example.com" allowed)
    QString m_host;   // the host requested first (the pattern without "*.")
    QString m_token;
    QList<Step> m_steps;
    Step m_step{};
    QUrl m_url;     // the URL of the request in flight
    QUrl m_guarded; // the URL the guard is checking (its ticket m_guardTicket, 0 when none)
    int m_guardTicket = 0;
    QHash<QString, NetworkGuard::Result> m_verdicts; // host -> the guard's verdict, for this check
    int m_redirects = 0;
    QByteArray m_body;
    bool m_timedOut = false;
    bool m_oversized = false;
    bool m_running = false;
    DomainVerification m_result;
};

} // namespace PartnerDesk
