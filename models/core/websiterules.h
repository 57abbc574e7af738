#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace PartnerDesk {

// Which websites a partner may register for direct links (docs/SECURITY.md). A registration
// credits him every order referred from the site, so it is refused when it would cover hosts that
// are not one owner's: an IP literal, a store host (or a name under one; a wildcard that covers
// one), a public suffix ("com", "co.uk", "blogspot.com") or a wildcard over one ("*.org"). Public
// suffixes are libpsl's (the list Debian's publicsuffix package ships); the central database
// refuses the same registrations with the same list (resources/central/0005_domain_verification.sql).
class WebsiteRules final
{
    Q_DECLARE_TR_FUNCTIONS(WebsiteRules)

public:
    // Why `domain` (as typed: "*.Example.com", "127.0.0.1") cannot be registered, given the store
    // hosts of every program (normalised); "" when it can.
    static QString refusal(const QString &domain, const QStringList &storeHosts);

    // True for a host given as an IP address: IPv6 in any form, or a host whose last label is a
    // number (decimal or 0x hex: browsers read such a host as IPv4, "127.1" included).
    static bool isIpLiteral(const QString &host);
    // libpsl's answer for a normalised (ASCII, lower case) host, private section and the implicit
    // "*" rule included: "com", "co.uk", "blogspot.com", "localhost" are public suffixes.
    static bool isPublicSuffix(const QString &host);
    // The part of `host` one owner registers ("example.co.uk" for "www.example.co.uk"); "" for a
    // public suffix.
    static QString registrableDomain(const QString &host);
};

} // namespace PartnerDesk
