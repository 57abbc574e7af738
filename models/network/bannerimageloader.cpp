#include "bannerimageloader.h"

#include <QLocale>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <memory>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

BannerImageLoader::BannerImageLoader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_cache(new QNetworkDiskCache(this))
    , m_guard(new NetworkGuard(this))
{
    m_cache->setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/banners"_s);
    m_network->setCache(m_cache); // the manager does not take ownership: m_cache is our child
}

BannerImageLoader::~BannerImageLoader()
{
    // Replies still running are dropped silently: nobody is left to tell.
    for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
    }
}

QString BannerImageLoader::cacheDirectory() const
{
    return m_cache->cacheDirectory();
}

void BannerImageLoader::setCacheDirectory(const QString &directory)
{
    m_cache->setCacheDirectory(directory);
}

QString BannerImageLoader::limitText() const
{
    return QLocale::system().formattedDataSize(m_sizeLimit, 1, QLocale::DataSizeTraditionalFormat);
}

void BannerImageLoader::load(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    QString reason;
    if (!scheme.isEmpty() && scheme != "http"_L1 && scheme != "https"_L1) // file:, ftp:, data: …
        reason = tr("only http and https images are loaded, not %1").arg(url.scheme());
    else if (!url.isValid() || scheme.isEmpty() || url.host().isEmpty())
        reason = tr("not a valid http(s) URL");
    if (!reason.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, url, reason] { Q_EMIT failed(url, reason); }, Qt::QueuedConnection);
        return;
    }

    checkThenGet(Pending{url, url, 0, {}});
}

void BannerImageLoader::checkThenGet(const Pending &pending)
{
    const auto ticket = std::make_shared<int>(0);
    *ticket = m_guard->check(pending.current, [this, ticket](const NetworkGuard::Result &verdict) {
        const Pending checked = m_checking.take(*ticket);
        const bool redirected = checked.redirects > 0;
        switch (verdict.verdict) {
        case NetworkGuard::Verdict::Allowed:
            get(checked);
            return;
        case NetworkGuard::Verdict::Refused:
            Q_EMIT failed(checked.url,
                          redirected ? tr("redirect to %1 refused: %2").arg(checked.current.toString(), verdict.reason)
                                     : tr("refused: %1").arg(verdict.reason));
            return;
        case NetworkGuard::Verdict::Unresolved:
            break;
        }
        // Offline the name does not resolve: a copy cached earlier still previews.
        const QByteArray cached = fromCache(checked.current);
        if (!cached.isEmpty())
            Q_EMIT loaded(checked.url, cached);
        else if (redirected)
            Q_EMIT failed(checked.url, tr("redirect to %1: %2").arg(checked.current.toString(), verdict.reason));
        else
            Q_EMIT failed(checked.url, verdict.reason);
    });
    m_checking.insert(*ticket, pending);
}

void BannerImageLoader::get(const Pending &pending)
{
    QNetworkRequest request(pending.current);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader, u"PartnerDesk banner preview"_s);
    request.setRawHeader("Accept", "image/*");

    QNetworkReply *reply = m_network->get(request);
    m_replies.insert(reply, pending);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaDataChanged(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64) { onDownloadProgress(reply, received); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void BannerImageLoader::followRedirect(Pending pending, const QUrl &target)
{
    if (++pending.redirects > maxRedirects) {
        Q_EMIT failed(pending.url, tr("more than %1 redirects").arg(maxRedirects));
        return;
    }
    if (pending.current.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0 &&
        target.scheme().compare("https"_L1, Qt::CaseInsensitive) != 0) {
        Q_EMIT failed(pending.url, tr("redirect from https to plain http refused"));
        return;
    }
    pending.current = target;
    checkThenGet(pending);
}

void BannerImageLoader::abortWith(QNetworkReply *reply, const QString &reason)
{
    auto it = m_replies.find(reply);
    if (it == m_replies.end() || !it->abortReason.isEmpty())
        return;
    it->abortReason = reason;
    reply->abort(); // finished() follows and reports the reason
}

void BannerImageLoader::onMetaDataChanged(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect being followed: its own headers do not matter
    if (status != 0 && (status < 200 || status >= 300))
        return; // an error status: finished() reports it
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_sizeLimit) {
        abortWith(
            reply,
            tr("the image is too large: %1 bytes, over the limit of %2").arg(length.toLongLong()).arg(limitText()));
        return;
    }
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().trimmed();
    if (!type.startsWith("image/"_L1, Qt::CaseInsensitive))
        abortWith(reply, type.isEmpty() ? tr("not an image: the server sent no Content-Type")
                                        : tr("not an image: the Content-Type is %1").arg(type));
}

void BannerImageLoader::onDownloadProgress(QNetworkReply *reply, qint64 received)
{
    if (received > m_sizeLimit)
        abortWith(reply, tr("the image is too large: more than %1 received").arg(limitText()));
}

void BannerImageLoader::onFinished(QNetworkReply *reply)
{
    const Pending pending = m_replies.take(reply);
    reply->deleteLater();
    if (!pending.abortReason.isEmpty()) {
        Q_EMIT failed(pending.url, pending.abortReason);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (status >= 300 && status < 400 && !location.isEmpty()) {
        followRedirect(pending, pending.current.resolved(location));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // PreferCache only takes a copy that is still fresh by its HTTP headers; offline (no HTTP
        // status at all), any copy the cache holds is better than no preview.
        if (status == 0) {
            const QByteArray cached = fromCache(pending.current);
            if (!cached.isEmpty()) {
                Q_EMIT loaded(pending.url, cached);
                return;
            }
        }
        Q_EMIT failed(pending.url, describeError(reply));
        return;
    }
    const QByteArray bytes = reply->readAll();
    if (bytes.size() > m_sizeLimit) { // a response without progress signals (e.g. from the cache)
        Q_EMIT failed(pending.url, tr("the image is too large: more than %1 received").arg(limitText()));
        return;
    }
    if (bytes.isEmpty()) {
        Q_EMIT failed(pending.url, tr("the server sent an empty response"));
        return;
    }
    Q_EMIT loaded(pending.url, bytes);
}

QByteArray BannerImageLoader::fromCache(const QUrl &url) const
{
    const QNetworkCacheMetaData meta = m_cache->metaData(url);
    if (!meta.isValid())
        return {};
    bool image = false;
    for (const QNetworkCacheMetaData::RawHeader &header : meta.rawHeaders()) {
        if (header.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            image = header.second.trimmed().toLower().startsWith("image/");
    }
    const std::unique_ptr<QIODevice> data(m_cache->data(url)); // the caller owns it
    if (!image || !data)
        return {};
    const QByteArray bytes = data->read(m_sizeLimit + 1);
    return bytes.size() > m_sizeLimit ? QByteArray() : bytes;
}

QString BannerImageLoader::describeError(QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused by %1").arg(reply->url().host());
    case QNetworkReply::HostNotFoundError:
        return tr("host %1 not found").arg(reply->url().host());
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
    case QNetworkReply::TimeoutError:
        return tr("timed out after %1 s").arg(QLocale::system().toString(double(m_timeout.count()) / 1000.0, 'g', 3));
    case QNetworkReply::RemoteHostClosedError:
        return tr("the server closed the connection");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("TLS handshake failed: %1").arg(reply->errorString());
    default:
        break;
    }
    if (status >= 400) {
        const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return phrase.isEmpty() ? tr("HTTP status %1").arg(status) : tr("HTTP status %1 (%2)").arg(status).arg(phrase);
    }
    return reply->errorString();
}

} // namespace PartnerDesk
