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
    if (!url.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || url.host().isEmpty()) {
        const QString reason = url.isValid() && !url.host().isEmpty()
                                   ? tr("only http and https images are loaded, not %1").arg(url.scheme())
                                   : tr("not a valid http(s) URL");
        QMetaObject::invokeMethod(
            this, [this, url, reason] { Q_EMIT failed(url, reason); }, Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader, u"PartnerDesk banner preview"_s);
    request.setRawHeader("Accept", "image/*");

    QNetworkReply *reply = m_network->get(request);
    m_replies.insert(reply, Pending{url, {}});
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaDataChanged(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64) { onDownloadProgress(reply, received); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
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
    if (reply->error() != QNetworkReply::NoError) {
        // PreferCache only takes a copy that is still fresh by its HTTP headers; offline (no HTTP
        // status at all), any copy the cache holds is better than no preview.
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            const QByteArray cached = fromCache(pending.url);
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
    case QNetworkReply::TooManyRedirectsError:
        return tr("more than %1 redirects").arg(maxRedirects);
    case QNetworkReply::InsecureRedirectError:
        return tr("redirect from https to plain http refused");
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
