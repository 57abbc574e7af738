#include "rewritechecker.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

// The vanity URLs of a rewrite as a visitor types them: host first, then the twins.
QList<std::pair<QString, QString>> hostsAndPaths(const Rewrite &rewrite, bool twins)
{
    QList<std::pair<QString, QString>> result{{rewrite.host, rewrite.path}};
    if (!twins)
        return result;
    const QString slashed = rewrite.path.endsWith(u'/') ? rewrite.path : rewrite.path + u'/';
    result.append({rewrite.host, slashed});
    result.append({u"www."_s + rewrite.host, rewrite.path});
    result.append({u"www."_s + rewrite.host, slashed});
    return result;
}

RewriteProbe::Outcome judge(const RewriteProbe &probe, const QString &expected)
{
    if (probe.status == 0)
        return probe.timedOut ? RewriteProbe::Outcome::TimedOut : RewriteProbe::Outcome::NetworkError;
    if (probe.status != 302)
        return RewriteProbe::Outcome::WrongStatus;
    return probe.location == expected ? RewriteProbe::Outcome::Ok : RewriteProbe::Outcome::WrongLocation;
}

} // namespace

bool RewriteCheck::isOk() const
{
    return outcome() == RewriteProbe::Outcome::Ok;
}

RewriteProbe::Outcome RewriteCheck::outcome() const
{
    if (probes.isEmpty())
        return RewriteProbe::Outcome::NetworkError;
    for (const RewriteProbe &probe : probes) {
        if (probe.outcome != RewriteProbe::Outcome::Ok)
            return probe.outcome;
    }
    return RewriteProbe::Outcome::Ok;
}

QString RewriteCheck::describe(const RewriteProbe &probe) const
{
    QString where = probe.vanityUrl;
    if (probe.requested.isValid() && probe.requested.host() != QUrl(probe.vanityUrl).host())
        where = tr("%1 (through %2)").arg(probe.vanityUrl, probe.requested.authority());
    const QString &expected = rewrite.targetUrl;
    switch (probe.outcome) {
    case RewriteProbe::Outcome::Ok:
        return tr("%1: 302 to %2").arg(where, probe.location);
    case RewriteProbe::Outcome::WrongLocation:
        return tr("%1: 302 to %2, but the tracked URL is %3").arg(where, probe.location, expected);
    case RewriteProbe::Outcome::WrongStatus:
        if (!probe.location.isEmpty())
            return tr("%1: HTTP %2 to %3 instead of a 302 to %4")
                .arg(where, QString::number(probe.status), probe.location, expected);
        return tr("%1: HTTP %2 instead of a 302 to %3").arg(where, QString::number(probe.status), expected);
    case RewriteProbe::Outcome::TimedOut:
        return tr("%1: no answer within %2 s").arg(where, QString::number(timeoutMs / 1000.0));
    case RewriteProbe::Outcome::NetworkError:
        break;
    }
    return tr("%1: %2").arg(where, probe.error.isEmpty() ? tr("not requested") : probe.error);
}

QString RewriteCheck::summary() const
{
    if (probes.isEmpty())
        return tr("Not checked.");
    if (isOk())
        return tr("OK: %n address(es) answered 302 with the tracked URL.", nullptr, int(probes.size()));
    int failures = 0;
    QString first;
    for (const RewriteProbe &probe : probes) {
        if (probe.outcome == RewriteProbe::Outcome::Ok)
            continue;
        if (failures++ == 0)
            first = describe(probe);
    }
    if (failures == 1)
        return first;
    return tr("%1 (and %n more address(es))", nullptr, failures - 1).arg(first);
}

QString RewriteCheck::details() const
{
    QStringList lines;
    for (const RewriteProbe &probe : probes)
        lines.append(describe(probe));
    return lines.join(u'\n');
}

RewriteChecker::RewriteChecker(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_scheme(u"https"_s)
{}

RewriteChecker::~RewriteChecker()
{
    cancel();
}

Result<QUrl> RewriteChecker::parseCheckThrough(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QUrl();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return Result<QUrl>::failure(
            tr("Check through: \"%1\" is not an http(s) address such as http://127.0.0.1:8080.").arg(trimmed));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() || (url.path() != u"" && url.path() != u"/"))
        return Result<QUrl>::failure(
            tr("Check through: \"%1\" has more than scheme, host and port; use e.g. http://staging.example:8080.")
                .arg(trimmed));
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    base.setPort(url.port());
    return base;
}

void RewriteChecker::cancel()
{
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    m_queue.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_running = false;
}

void RewriteChecker::start(const QList<Rewrite> &rewrites)
{
    cancel();
    m_checks.clear();
    m_remaining.clear();
    m_running = true;
    const QString scheme = m_checkThrough.isValid() ? m_checkThrough.scheme() : m_scheme;
    for (const Rewrite &rewrite : rewrites) {
        RewriteCheck check;
        check.rewrite = rewrite;
        check.timeoutMs = int(m_timeout.count());
        const int index = int(m_checks.size());
        for (const auto &[host, path] : hostsAndPaths(rewrite, m_twins)) {
            RewriteProbe probe;
            QUrl vanity;
            vanity.setScheme(scheme);
            vanity.setHost(host);
            vanity.setPath(path, QUrl::StrictMode);
            probe.vanityUrl = vanity.toString(QUrl::FullyEncoded);
            if (m_checkThrough.isValid()) {
                QUrl through = m_checkThrough;
                through.setPath(path, QUrl::StrictMode);
                probe.requested = through;
            } else {
                probe.requested = vanity;
            }
            m_queue.append({index, int(check.probes.size()), m_checkThrough.isValid() ? host.toUtf8() : QByteArray()});
            check.probes.append(probe);
        }
        m_remaining.append(int(check.probes.size()));
        m_checks.append(check);
    }
    // Queued, so that a caller connects to checked() after start() and still hears everything.
    QTimer::singleShot(0, this, [this] {
        if (m_queue.isEmpty() && m_inFlight.isEmpty() && m_running) {
            m_running = false;
            Q_EMIT finished();
            return;
        }
        launchNext();
    });
}

QList<RewriteCheck> RewriteChecker::check(const QList<Rewrite> &rewrites)
{
    QEventLoop loop;
    const QMetaObject::Connection connection = connect(this, &RewriteChecker::finished, &loop, &QEventLoop::quit);
    start(rewrites);
    loop.exec();
    disconnect(connection);
    return m_checks;
}

void RewriteChecker::launchNext()
{
    while (m_running && !m_queue.isEmpty() && m_inFlight.size() < parallelRequests) {
        const Job job = m_queue.takeFirst();
        const RewriteProbe &probe = m_checks.at(job.check).probes.at(job.probe);
        QNetworkRequest request(probe.requested);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        // Every request goes out: a cached 302 would prove nothing about the server today.
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        request.setHeader(QNetworkRequest::UserAgentHeader, u"PartnerDesk rewrite check"_s);
        if (!job.hostHeader.isEmpty())
            request.setRawHeader("Host", job.hostHeader);
        QNetworkReply *reply = m_network->get(request);
        m_inFlight.insert(reply, job);
        // A wrong answer may be a whole page; its status is all that matters.
        connect(reply, &QNetworkReply::readyRead, this, [reply] {
            const qint64 read = reply->property("partnerdesk_read").toLongLong() + reply->skip(reply->bytesAvailable());
            reply->setProperty("partnerdesk_read", read);
            if (read > bodyLimit)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
        auto *timer = new QTimer(reply);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, reply, [reply] {
            reply->setProperty("partnerdesk_timedOut", true);
            reply->abort();
        });
        timer->start(m_timeout);
    }
}

void RewriteChecker::onFinished(QNetworkReply *reply)
{
    const auto it = m_inFlight.constFind(reply);
    if (it == m_inFlight.cend())
        return;
    const Job job = it.value();
    m_inFlight.erase(it);
    reply->deleteLater();

    RewriteProbe probe = m_checks.at(job.check).probes.at(job.probe);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    probe.timedOut = reply->property("partnerdesk_timedOut").toBool();
    if (status.isValid() && status.toInt() > 0) {
        probe.status = status.toInt();
        probe.location = QString::fromUtf8(reply->rawHeader("Location"));
    } else if (!probe.timedOut) {
        probe.error = reply->errorString();
    }
    finishProbe(job, probe);
    launchNext();
    if (m_running && m_queue.isEmpty() && m_inFlight.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

void RewriteChecker::finishProbe(const Job &job, RewriteProbe probe)
{
    RewriteCheck &check = m_checks[job.check];
    probe.outcome = judge(probe, check.rewrite.targetUrl);
    check.probes[job.probe] = probe;
    if (--m_remaining[job.check] == 0)
        Q_EMIT checked(check);
}

} // namespace PartnerDesk
