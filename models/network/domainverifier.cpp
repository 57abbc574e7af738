#include "domainverifier.h"

#include "core/hostname.h"

#include <QDnsLookup>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

constexpr auto metaName = "partnerdesk-verification"_L1;
constexpr auto filePath = "/.well-known/partnerdesk-verification.txt"_L1;
constexpr auto txtPrefix = "partnerdesk-verification="_L1;

// The content of every <meta name="partnerdesk-verification" content="…"> in a page.
QStringList metaTokens(const QString &html)
{
    static const QRegularExpression tag(u"<meta\\s[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(
        u"([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))"_s);
    QStringList tokens;
    for (auto tags = tag.globalMatch(html); tags.hasNext();) {
        const QString element = tags.next().captured(0);
        QString name;
        QString content;
        bool hasContent = false;
        for (auto attributes = attribute.globalMatch(element); attributes.hasNext();) {
            const QRegularExpressionMatch match = attributes.next();
            const QString key = match.captured(1).toLower();
            QString value = match.captured(2);
            if (value.isEmpty())
                value = match.captured(3);
            if (value.isEmpty())
                value = match.captured(4);
            if (key == u"name") {
                name = value.trimmed().toLower();
            } else if (key == u"content") {
                content = value.trimmed();
                hasContent = true;
            }
        }
        if (name == metaName && hasContent)
            tokens.append(content);
    }
    return tokens;
}

} // namespace

QString DomainVerification::methodName(Method method)
{
    switch (method) {
    case Method::Meta:
        return u"meta"_s;
    case Method::File:
        return u"file"_s;
    case Method::Dns:
        return u"dns"_s;
    case Method::None:
        break;
    }
    return {};
}

DomainVerifier::DomainVerifier(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_guard(new NetworkGuard(this))
    , m_timer(new QTimer(this))
    , m_schemes({u"https"_s, u"http"_s})
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DomainVerifier::onTimeout);
}

DomainVerifier::~DomainVerifier()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void DomainVerifier::start(const QString &domain, const QString &token)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_dns) {
        m_dns->disconnect(this);
        m_dns->deleteLater();
        m_dns = nullptr;
    }
    m_guard->cancelAll();
    m_guardTicket = 0;
    m_verdicts.clear();
    m_timer->stop();
    m_result = {};
    m_running = true;
    m_token = token.trimmed();
    m_domain = HostName::normaliseDomainPattern(domain);
    if (m_domain.isEmpty())
        m_domain = HostName::normalise(domain);
    m_host = m_domain.startsWith(u"*.") ? m_domain.mid(2) : m_domain;
    m_steps.clear();
    if (m_host.isEmpty()) {
        addFinding(false, tr("\"%1\" is not a domain name").arg(domain.trimmed()));
        QTimer::singleShot(0, this, &DomainVerifier::finish);
        return;
    }
    for (const QString &scheme : std::as_const(m_schemes)) {
        m_steps.append({DomainVerification::Method::Meta, scheme});
        m_steps.append({DomainVerification::Method::File, scheme});
    }
    if (m_dnsEnabled)
        m_steps.append({DomainVerification::Method::Dns, QString()});
    QTimer::singleShot(0, this, &DomainVerifier::runNextStep);
}

DomainVerification DomainVerifier::verify(const QString &domain, const QString &token)
{
    QEventLoop loop;
    DomainVerification result;
    const QMetaObject::Connection connection =
        connect(this, &DomainVerifier::finished, &loop, [&](const DomainVerification &done) {
            result = done;
            loop.quit();
        });
    start(domain, token);
    loop.exec();
    disconnect(connection);
    return result;
}

void DomainVerifier::runNextStep()
{
    if (m_result.verified || m_steps.isEmpty()) {
        finish();
        return;
    }
    m_step = m_steps.takeFirst();
    if (m_step.method == DomainVerification::Method::Dns) {
        startDns();
        return;
    }
    QUrl url;
    url.setScheme(m_step.scheme);
    url.setHost(m_host);
    if (m_port > 0)
        url.setPort(m_port);
    url.setPath(m_step.method == DomainVerification::Method::File ? QString(filePath) : u"/"_s);
    m_redirects = 0;
    m_timedOut = false;
    m_timer->start(m_timeout);
    request(url);
}

// Every request, the first of a step and each redirect, is checked by the guard first; a host's
// verdict holds for the rest of the check.
void DomainVerifier::request(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (const auto known = m_verdicts.constFind(host); known != m_verdicts.cend()) {
        send(url, *known);
        return;
    }
    m_guarded = url;
    m_guardTicket = m_guard->check(url, [this, url, host](const NetworkGuard::Result &verdict) {
        m_guardTicket = 0;
        m_verdicts.insert(host, verdict);
        send(url, verdict);
    });
}

void DomainVerifier::send(const QUrl &url, const NetworkGuard::Result &verdict)
{
    if (!verdict.allowed()) {
        m_timer->stop();
        const bool refused = verdict.verdict == NetworkGuard::Verdict::Refused;
        if (m_redirects > 0) { // m_url is still the page that redirected
            addFinding(false,
                       refused
                           ? tr("%1: redirect to %2 refused: %3").arg(m_url.toString(), url.toString(), verdict.reason)
                           : tr("%1: redirect to %2: %3").arg(m_url.toString(), url.toString(), verdict.reason));
        } else if (refused) {
            // Every step of the check asks the same host: one finding, and no more requests.
            addFinding(false, tr("refused: %1").arg(verdict.reason));
            m_steps.removeIf([](const Step &step) { return step.method != DomainVerification::Method::Dns; });
        } else {
            addFinding(false, tr("%1: %2").arg(url.toString(), verdict.reason));
        }
        runNextStep();
        return;
    }
    m_url = url;
    m_body.clear();
    m_oversized = false;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"PartnerDesk domain verifier"_s);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &DomainVerifier::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DomainVerifier::onReplyFinished);
}

void DomainVerifier::onReadyRead()
{
    if (!m_reply || m_oversized)
        return;
    m_body += m_reply->read(bodyLimit + 1 - m_body.size());
    if (m_body.size() > bodyLimit) {
        m_oversized = true;
        m_reply->abort();
    }
}

void DomainVerifier::onTimeout()
{
    if (m_guardTicket != 0) { // the name's lookup took the whole time
        m_guard->cancel(m_guardTicket);
        m_guardTicket = 0;
        addFinding(
            false,
            tr("%1: timed out after %2 s").arg(m_guarded.toString(), QString::number(m_timeout.count() / 1000.0)));
        runNextStep();
        return;
    }
    if (m_dns) {
        QDnsLookup *dns = m_dns;
        m_dns = nullptr;
        dns->disconnect(this);
        dns->abort();
        dns->deleteLater();
        addFinding(false,
                   tr("DNS TXT of %1: timed out after %2 s").arg(m_host, QString::number(m_timeout.count() / 1000.0)));
        runNextStep();
        return;
    }
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void DomainVerifier::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QString where = m_url.toString();

    if (m_oversized) {
        m_timer->stop();
        addFinding(false, tr("%1: body over 1 MB").arg(where));
        runNextStep();
        return;
    }
    if (m_timedOut) {
        addFinding(false, tr("%1: timed out after %2 s").arg(where, QString::number(m_timeout.count() / 1000.0)));
        runNextStep();
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        m_timer->stop();
        addFinding(false, tr("%1: %2").arg(where, describeError(reply)));
        runNextStep();
        return;
    }
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        const QUrl target = m_url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        const QString scheme = target.scheme().toLower();
        const QString host = HostName::normalise(target.host());
        if (!target.isValid() || (scheme != u"http" && scheme != u"https")) {
            m_timer->stop();
            addFinding(false, tr("%1: redirect to an unusable address").arg(where));
        } else if (!HostName::matchesDomain(host, m_domain)) {
            m_timer->stop();
            addFinding(false, tr("%1: redirect to %2 leaves the domain").arg(where, target.host()));
        } else if (m_redirects >= maxRedirects) {
            m_timer->stop();
            addFinding(false, tr("%1: more than %2 redirects").arg(where).arg(maxRedirects));
        } else {
            ++m_redirects;
            request(target);
            return;
        }
        runNextStep();
        return;
    }
    m_timer->stop();
    if (status != 200) {
        addFinding(false, tr("%1: HTTP status %2").arg(where).arg(status));
        runNextStep();
        return;
    }
    m_body += reply->readAll();
    if (m_body.size() > bodyLimit) {
        addFinding(false, tr("%1: body over 1 MB").arg(where));
        runNextStep();
        return;
    }
    inspectBody(m_body);
    runNextStep();
}

void DomainVerifier::inspectBody(const QByteArray &body)
{
    const QString where = m_url.toString();
    if (m_step.method == DomainVerification::Method::File) {
        const QString content = QString::fromUtf8(body).trimmed();
        if (content == m_token)
            addFinding(true, tr("token file found at %1").arg(where));
        else if (content.isEmpty())
            addFinding(false, tr("%1: the file is empty").arg(where));
        else
            addFinding(false, tr("%1: token differs").arg(where));
        return;
    }
    const QStringList tokens = metaTokens(QString::fromUtf8(body));
    if (tokens.contains(m_token))
        addFinding(true, tr("meta tag found at %1").arg(where));
    else if (!tokens.isEmpty())
        addFinding(false, tr("%1: meta tag token differs").arg(where));
    else
        addFinding(false, tr("%1: no partnerdesk-verification meta tag").arg(where));
}

void DomainVerifier::startDns()
{
    m_dns = new QDnsLookup(QDnsLookup::TXT, m_host, this);
    if (!m_nameserver.isNull())
        m_dns->setNameserver(m_nameserver);
    connect(m_dns, &QDnsLookup::finished, this, &DomainVerifier::onDnsFinished);
    m_timer->start(m_timeout);
    m_dns->lookup();
}

void DomainVerifier::onDnsFinished()
{
    m_timer->stop();
    QDnsLookup *dns = m_dns;
    m_dns = nullptr;
    dns->deleteLater();
    if (dns->error() != QDnsLookup::NoError) {
        addFinding(false, tr("DNS TXT of %1: %2").arg(m_host, dns->errorString()));
        runNextStep();
        return;
    }
    bool differs = false;
    const QList<QDnsTextRecord> records = dns->textRecords();
    for (const QDnsTextRecord &record : records) {
        QByteArray text;
        for (const QByteArray &part : record.values())
            text += part;
        const QString value = QString::fromUtf8(text).trimmed();
        if (!value.startsWith(txtPrefix))
            continue;
        if (value.mid(txtPrefix.size()).trimmed() == m_token) {
            addFinding(true, tr("TXT record found at %1").arg(m_host));
            runNextStep();
            return;
        }
        differs = true;
    }
    addFinding(false, differs ? tr("DNS TXT of %1: token differs").arg(m_host)
                              : tr("DNS TXT of %1: no partnerdesk-verification record").arg(m_host));
    runNextStep();
}

void DomainVerifier::addFinding(bool found, const QString &text)
{
    m_result.findings.append({m_step.method, found, text});
    if (found && !m_result.verified) {
        m_result.verified = true;
        m_result.method = m_step.method;
    }
}

void DomainVerifier::finish()
{
    m_timer->stop();
    m_running = false;
    Q_EMIT finished(m_result);
}

QString DomainVerifier::describeError(QNetworkReply *reply) const
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return tr("host not found");
    case QNetworkReply::RemoteHostClosedError:
        return tr("the server closed the connection");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("TLS handshake failed: %1").arg(reply->errorString());
    default:
        break;
    }
    return reply->errorString();
}

} // namespace PartnerDesk
