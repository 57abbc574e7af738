#pragma once

#include <QString>
#include <QStringList>

namespace PartnerDesk {

// Host matching as DESIGN.md states it: lower case, IDN to ASCII (punycode), a trailing dot
// dropped and a single leading "www." ignored.
class HostName final
{
public:
    // The normalised form of a host, or an empty string when it is not a valid host name.
    static QString normalise(const QString &host);
    // The normalised host of a URL ("" when the URL has none or is not http/https).
    static QString ofUrl(const QString &url);
    // True when `host` is `storeHost` or one of its subdomains. Both already normalised.
    static bool isOnStoreHost(const QString &host, const QString &storeHost);
    // True when `host` matches a registered direct-link domain: exact, or any subdomain where the
    // registration is "*.domain" (which also covers the domain itself). Both already normalised.
    static bool matchesDomain(const QString &host, const QString &registered);
    // Normalises a domain a partner registers ("*.Example.com" -> "*.example.com"); "" if invalid.
    static QString normaliseDomainPattern(const QString &domain);
};

} // namespace PartnerDesk
