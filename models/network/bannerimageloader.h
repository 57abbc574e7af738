#pragma once

#include "networkguard.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;
class QNetworkDiskCache;
class QNetworkReply;

namespace PartnerDesk {

// Fetches the image of a remote banner (http or https) for its preview. The bytes are handed to
// the UI, which decodes them (models/ does not link Qt Gui). Every response goes into a disk
// cache; a load takes a fresh cached copy (PreferCache) and, when the network cannot be reached
// at all, any cached copy, so a banner seen once previews offline. Each load has a
// transfer timeout and a size cap; a response that is not an image is refused.
// Redirects: at most 3, to any host, but never from https down to http — image CDNs often
// redirect to another host.
// Every URL passes NetworkGuard before it is requested, each redirect target too: an image on a
// private or loopback address is refused, not loaded. Redirects are followed by hand
// (ManualRedirectPolicy, a new request once the target is checked): Qt 6.4's
// UserVerifiedRedirectPolicy, answered after an asynchronous lookup, signalled a redirect twice
// and ended the reply with an empty "status 100" response.
class BannerImageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BannerImageLoader)

public:
    static constexpr int maxRedirects = 3;
    static constexpr qint64 defaultSizeLimit = 2 * 1024 * 1024;
    static constexpr std::chrono::milliseconds defaultTimeout{10000};

    explicit BannerImageLoader(QObject *parent = nullptr);
    ~BannerImageLoader() override;

    // The disk cache's directory (default: QStandardPaths::CacheLocation + "/banners").
    QString cacheDirectory() const;
    void setCacheDirectory(const QString &directory);
    // How long a transfer may stall before it is given up (default 10 s).
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // The largest image accepted, in bytes (default 2 MB).
    qint64 sizeLimit() const { return m_sizeLimit; }
    void setSizeLimit(qint64 bytes) { m_sizeLimit = bytes; }
    // The address rules (networkguard.h): private and loopback addresses are refused unless
    // allowed here or by the setting Network/allowPrivateAddresses. Exempt hosts are for tests.
    void setAllowPrivateAddresses(bool allowed) { m_guard->setAllowPrivateAddresses(allowed); }
    void setExemptHosts(const QStringList &hosts) { m_guard->setExemptHosts(hosts); }

    // Starts loading `url`; exactly one of loaded() or failed() reports it, also for a URL refused
    // at once (then from the event loop, never from inside load()).
    void load(const QUrl &url);
    // Loads in progress (those whose next address is being checked included).
    int pending() const { return int(m_replies.size() + m_checking.size()); }

Q_SIGNALS:
    void loaded(const QUrl &url, const QByteArray &bytes);
    void failed(const QUrl &url, const QString &reason);

private:
    struct Pending
    {
        QUrl url;            // as load() was given it, and as loaded() and failed() report it
        QUrl current;        // this request's URL: `url` or a redirect's target
        int redirects = 0;   // followed so far
        QString abortReason; // set when this class aborted the reply
    };

    void checkThenGet(const Pending &pending);
    void get(const Pending &pending);
    void followRedirect(Pending pending, const QUrl &target);
    void onMetaDataChanged(QNetworkReply *reply);
    void onDownloadProgress(QNetworkReply *reply, qint64 received);
    void onFinished(QNetworkReply *reply);
    void abortWith(QNetworkReply *reply, const QString &reason);
    // The cached copy of `url` if it is an image within the size cap, else "".
    QByteArray fromCache(const QUrl &url) const;
    QString describeError(QNetworkReply *reply) const;
    QString limitText() const;

    QNetworkAccessManager *m_network = nullptr;
    QNetworkDiskCache *m_cache = nullptr;
    NetworkGuard *m_guard = nullptr;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    qint64 m_sizeLimit = defaultSizeLimit;
    QHash<QNetworkReply *, Pending> m_replies;
    QHash<int, Pending> m_checking; // by the guard's ticket: loads whose next URL is being checked
};

} // namespace PartnerDesk
