#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace PartnerDesk {

// Which part of the address space an address is in, as far as reaching it on a partner's behalf
// goes (DESIGN.md, "A manager's desktop never reaches a private or loopback address on a
// partner's behalf").
class AddressPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(AddressPolicy)

public:
    enum class Range
    {
        Public,
        Loopback,    // 127/8, ::1
        Private,     // 10/8, 172.16/12, 192.168/16, fec0::/10 (the old site-local)
        LinkLocal,   // 169.254/16, fe80::/10
        UniqueLocal, // fc00::/7
        SharedNat,   // 100.64/10 (carrier-grade NAT)
        Multicast,   // 224/4, ff00::/8
        Unspecified, // 0.0.0.0, ::
        Reserved,    // 0/8 (Linux connects 0.x to itself), 240/4 and the broadcast address
    };

    // v4-mapped (::ffff:a.b.c.d), v4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) IPv6
    // addresses are classified by the IPv4 address they carry.
    static Range classify(const QHostAddress &address);
    static bool isPublic(const QHostAddress &address) { return classify(address) == Range::Public; }
    // "a private address", "a loopback address", …
    static QString describe(Range range);
};

// The one gate between a partner's URL (his website, his banner's image) and the network
// (DESIGN.md, the trust model). A URL passes when it is http or https, names a host (not an IP
// literal, in whatever form QUrl accepts: 127.1, 0x7f.0.0.1, [::ffff:127.0.0.1] …) and that
// name resolves only to public addresses: one loopback, private, link-local, unique-local,
// CGNAT, multicast or unspecified address among its answers refuses it. The lookup is
// asynchronous (QHostInfo); the callers check every redirect target the same way before they
// follow it.
//
// The setting Network/allowPrivateAddresses (off by default; the GUI's File menu and the CLI's
// --allow-private-addresses) lets a manager check intranet sites and tests use loopback servers:
// then only the scheme is checked and nothing is looked up beforehand.
//
// What is left: Qt's network access looks the name up again when it connects, so a name that
// answers a public address to the check and a private one a moment later (DNS rebinding) is not
// stopped here; neither is a name a configured proxy resolves differently.
class NetworkGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkGuard)

public:
    static constexpr auto settingKey = QLatin1StringView("Network/allowPrivateAddresses");

    enum class Verdict
    {
        Allowed,
        Refused,    // by the rules above; `reason` says which and why
        Unresolved, // the name has no address (offline, a typo): `reason` says so
    };

    struct Result
    {
        Verdict verdict = Verdict::Refused;
        QString reason; // "10.0.0.5 is a private address; PartnerDesk only checks public internet addresses"
        bool allowed() const { return verdict == Verdict::Allowed; }
    };

    using Callback = std::function<void(const Result &result)>;

    explicit NetworkGuard(QObject *parent = nullptr);
    ~NetworkGuard() override;

    // The setting as QSettings holds it (false when unset).
    static bool privateAddressesAllowedBySettings();
    static void setPrivateAddressesAllowedBySettings(bool allowed);

    // Overrides the setting for this guard (the CLI flag, tests); unset, every check reads it.
    void setAllowPrivateAddresses(bool allowed) { m_allowPrivate = allowed; }
    bool privateAddressesAllowed() const;
    // Hosts let through without any address check, exactly as written (for tests: a loopback
    // server standing in for a partner's public site, so that what it redirects to is checked).
    void setExemptHosts(const QStringList &hosts);

    // Checks `url`; `done` is called exactly once, always from the event loop (never from inside
    // check()), unless the check is cancelled or the guard destroyed first. Returns its ticket.
    int check(const QUrl &url, Callback done);
    void cancel(int ticket);
    void cancelAll();
    int pending() const { return int(m_pending.size()); }

    // What the URL alone decides (scheme, IP literal, exemption, the setting); nothing when only a
    // lookup can tell.
    std::optional<Result> decideWithoutLookup(const QUrl &url) const;
    // The verdict on the addresses `host` resolved to.
    static Result decide(const QString &host, const QList<QHostAddress> &addresses);

private:
    struct Pending
    {
        int lookupId = -1; // QHostInfo's, or -1 when answered without a lookup
        Callback done;
    };

    void answer(int ticket, const Result &result);

    std::optional<bool> m_allowPrivate;
    QStringList m_exemptHosts;
    QHash<int, Pending> m_pending;
    int m_nextTicket = 1;
};

} // namespace PartnerDesk
