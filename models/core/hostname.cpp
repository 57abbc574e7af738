#include "hostname.h"

#include <QHostAddress>
#include <QUrl>

namespace PartnerDesk {

namespace {

bool isValidAsciiHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
            if (!ok)
                return false;
        }
    }
    return true;
}

} // namespace

QString HostName::normalise(const QString &host)
{
    QString h = host.trimmed();
    if (h.endsWith(u'.'))
        h.chop(1);
    if (h.isEmpty())
        return {};
    // QUrl::toAce lower-cases and applies IDNA (nameprep + punycode); it fails on junk.
    QByteArray ace = QUrl::toAce(h, QUrl::IgnoreIDNWhitelist);
    if (ace.isEmpty())
        return {};
    // A punycode label passes through toAce as typed, but QUrl reads a URL's host decoded, and
    // "xn--d-cooy" decodes to a name whose punycode is "xn--d-cooya": the typed host would never
    // match its own URLs. Decoded and encoded again, it is the form every URL gives (found by
    // fuzz_hostname).
    if (ace.contains("xn--")) {
        const QByteArray canonical =
            QUrl::toAce(QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist), QUrl::IgnoreIDNWhitelist);
        if (canonical.isEmpty())
            return {};
        ace = canonical;
    }
    QString ascii = QString::fromLatin1(ace).toLower();
    if (ascii.startsWith(u"www."))
        ascii.remove(0, 4);
    // An IPv4 address in any spelling ("6", "127.1") in its dotted form, as QUrl reads the host of a
    // URL: a host typed alone and the same host in a URL must normalise alike (found by fuzz_hostname).
    if (QHostAddress address; address.setAddress(ascii) && address.protocol() == QAbstractSocket::IPv4Protocol)
        ascii = address.toString();
    return isValidAsciiHost(ascii) ? ascii : QString();
}

QString HostName::ofUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return {};
    const QString scheme = parsed.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return {};
    return normalise(parsed.host(QUrl::FullyDecoded));
}

bool HostName::isOnStoreHost(const QString &host, const QString &storeHost)
{
    if (host.isEmpty() || storeHost.isEmpty())
        return false;
    if (host == storeHost)
        return true;
    return host.size() > storeHost.size() && host.endsWith(storeHost) &&
           host.at(host.size() - storeHost.size() - 1) == u'.';
}

bool HostName::matchesDomain(const QString &host, const QString &registered)
{
    if (registered.startsWith(u"*."))
        return isOnStoreHost(host, registered.mid(2));
    return !host.isEmpty() && host == registered;
}

QString HostName::normaliseDomainPattern(const QString &domain)
{
    QString d = domain.trimmed();
    const bool wildcard = d.startsWith(u"*.");
    if (wildcard)
        d.remove(0, 2);
    const QString host = normalise(d);
    if (host.isEmpty() || !host.contains(u'.'))
        return {};
    return wildcard ? QStringLiteral("*.") + host : host;
}

} // namespace PartnerDesk
