#include "networkguard.h"

#include <QHostInfo>
#include <QMetaObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

bool inRange(quint32 address, quint32 network, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (address & mask) == (network & mask);
}

constexpr quint32 ipv4(quint8 a, quint8 b, quint8 c, quint8 d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

AddressPolicy::Range classifyIpv4(quint32 address)
{
    using Range = AddressPolicy::Range;
    if (address == 0)
        return Range::Unspecified;
    if (inRange(address, ipv4(0, 0, 0, 0), 8) || inRange(address, ipv4(240, 0, 0, 0), 4))
        return Range::Reserved; // 255.255.255.255 included
    if (inRange(address, ipv4(127, 0, 0, 0), 8))
        return Range::Loopback;
    if (inRange(address, ipv4(10, 0, 0, 0), 8) || inRange(address, ipv4(172, 16, 0, 0), 12) ||
        inRange(address, ipv4(192, 168, 0, 0), 16))
        return Range::Private;
    if (inRange(address, ipv4(169, 254, 0, 0), 16))
        return Range::LinkLocal;
    if (inRange(address, ipv4(100, 64, 0, 0), 10))
        return Range::SharedNat;
    if (inRange(address, ipv4(224, 0, 0, 0), 4))
        return Range::Multicast;
    return Range::Public;
}

// The IPv4 address in the last four bytes.
quint32 embeddedIpv4(const Q_IPV6ADDR &bytes)
{
    return (quint32(bytes[12]) << 24) | (quint32(bytes[13]) << 16) | (quint32(bytes[14]) << 8) | quint32(bytes[15]);
}

bool startsWith(const Q_IPV6ADDR &bytes, std::initializer_list<quint8> prefix)
{
    int i = 0;
    for (const quint8 byte : prefix) {
        if (bytes[i++] != byte)
            return false;
    }
    return true;
}

AddressPolicy::Range classifyIpv6(const Q_IPV6ADDR &bytes)
{
    using Range = AddressPolicy::Range;
    if (startsWith(bytes, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff})) // ::ffff:a.b.c.d, v4-mapped
        return classifyIpv4(embeddedIpv4(bytes));
    if (startsWith(bytes, {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0})) // 64:ff9b::a.b.c.d, NAT64
        return classifyIpv4(embeddedIpv4(bytes));
    if (startsWith(bytes, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})) {
        const quint32 last = embeddedIpv4(bytes);
        if (last == 0)
            return Range::Unspecified;
        if (last == 1)
            return Range::Loopback;
        // ::a.b.c.d, the deprecated v4-compatible form: what it carries, and never public.
        const Range carried = classifyIpv4(last);
        return carried == Range::Public ? Range::Reserved : carried;
    }
    if (bytes[0] == 0xff)
        return Range::Multicast;
    if (bytes[0] == 0xfe && (bytes[1] & 0xc0) == 0x80)
        return Range::LinkLocal;
    if (bytes[0] == 0xfe && (bytes[1] & 0xc0) == 0xc0)
        return Range::Private; // fec0::/10, the deprecated site-local range
    if ((bytes[0] & 0xfe) == 0xfc)
        return Range::UniqueLocal;
    return Range::Public;
}

// The host as compared and described: lower case, without the trailing dot a resolver ignores.
QString plainHost(const QUrl &url)
{
    QString host = url.host().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

QString onlyPublic()
{
    return NetworkGuard::tr("PartnerDesk only checks public internet addresses");
}

} // namespace

AddressPolicy::Range AddressPolicy::classify(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 v4 = address.toIPv4Address(&isIpv4);
    if (isIpv4 && address.protocol() == QAbstractSocket::IPv4Protocol)
        return classifyIpv4(v4);
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return classifyIpv6(address.toIPv6Address());
    return Range::Reserved; // a null address: nothing to connect to
}

QString AddressPolicy::describe(Range range)
{
    switch (range) {
    case Range::Public:
        return tr("a public address");
    case Range::Loopback:
        return tr("a loopback address");
    case Range::Private:
        return tr("a private address");
    case Range::LinkLocal:
        return tr("a link-local address");
    case Range::UniqueLocal:
        return tr("a unique-local (private) address");
    case Range::SharedNat:
        return tr("a carrier-grade NAT address");
    case Range::Multicast:
        return tr("a multicast address");
    case Range::Unspecified:
        return tr("the unspecified address");
    case Range::Reserved:
        break;
    }
    return tr("a reserved address");
}

NetworkGuard::NetworkGuard(QObject *parent)
    : QObject(parent)
{}

NetworkGuard::~NetworkGuard()
{
    cancelAll();
}

bool NetworkGuard::privateAddressesAllowedBySettings()
{
    return QSettings().value(settingKey, false).toBool();
}

void NetworkGuard::setPrivateAddressesAllowedBySettings(bool allowed)
{
    QSettings().setValue(settingKey, allowed);
}

bool NetworkGuard::privateAddressesAllowed() const
{
    return m_allowPrivate ? *m_allowPrivate : privateAddressesAllowedBySettings();
}

void NetworkGuard::setExemptHosts(const QStringList &hosts)
{
    m_exemptHosts.clear();
    for (const QString &host : hosts)
        m_exemptHosts.append(plainHost(QUrl(u"http://"_s + host)));
}

std::optional<NetworkGuard::Result> NetworkGuard::decideWithoutLookup(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return Result{Verdict::Refused, tr("only http and https addresses are checked, not %1")
                                            .arg(scheme.isEmpty() ? tr("an address without a scheme") : scheme)};
    const QString host = plainHost(url);
    if (!url.isValid() || host.isEmpty())
        return Result{Verdict::Refused, tr("%1 is not a valid http(s) address").arg(url.toString())};
    if (privateAddressesAllowed() || m_exemptHosts.contains(host))
        return Result{Verdict::Allowed, {}};

    // QUrl has already turned 127.1, 0x7f.0.0.1, 2130706433 and the like into 127.0.0.1.
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        const AddressPolicy::Range range = AddressPolicy::classify(literal);
        if (range == AddressPolicy::Range::Public)
            return Result{Verdict::Refused, tr("%1 is an IP address, not a name; %2").arg(host, onlyPublic())};
        return Result{Verdict::Refused, tr("%1 is %2; %3").arg(host, AddressPolicy::describe(range), onlyPublic())};
    }
    // RFC 6761: every name under .localhost is the machine itself. "localhost" itself is in every
    // hosts file and is looked up like any name; its subdomains resolve to loopback only with
    // some resolvers (systemd-resolved), so they are refused by name.
    if (host.endsWith(u".localhost"))
        return Result{Verdict::Refused, tr("%1 is a loopback name; %2").arg(host, onlyPublic())};
    return std::nullopt;
}

NetworkGuard::Result NetworkGuard::decide(const QString &host, const QList<QHostAddress> &addresses)
{
    if (addresses.isEmpty())
        return Result{Verdict::Unresolved, tr("host %1 not found").arg(host)};
    for (const QHostAddress &address : addresses) {
        const AddressPolicy::Range range = AddressPolicy::classify(address);
        if (range != AddressPolicy::Range::Public) {
            return Result{Verdict::Refused,
                          tr("%1 resolves to %2, %3; %4")
                              .arg(host, address.toString(), AddressPolicy::describe(range), onlyPublic())};
        }
    }
    return Result{Verdict::Allowed, {}};
}

int NetworkGuard::check(const QUrl &url, Callback done)
{
    const int ticket = m_nextTicket++;
    m_pending.insert(ticket, Pending{-1, std::move(done)});
    if (const std::optional<Result> decided = decideWithoutLookup(url)) {
        QMetaObject::invokeMethod(
            this, [this, ticket, result = *decided] { answer(ticket, result); }, Qt::QueuedConnection);
        return ticket;
    }
    const QString host = plainHost(url);
    const int lookupId =
        QHostInfo::lookupHost(url.host(QUrl::FullyEncoded), this, [this, ticket, host](const QHostInfo &info) {
            Result result = decide(host, info.addresses());
            if (info.error() != QHostInfo::NoError && info.error() != QHostInfo::HostNotFound)
                result = Result{Verdict::Unresolved, tr("looking up %1 failed: %2").arg(host, info.errorString())};
            // Queued once more: the answer never arrives inside check(), even from a cached lookup.
            QMetaObject::invokeMethod(
                this, [this, ticket, result] { answer(ticket, result); }, Qt::QueuedConnection);
        });
    if (auto it = m_pending.find(ticket); it != m_pending.end())
        it->lookupId = lookupId;
    return ticket;
}

void NetworkGuard::answer(int ticket, const Result &result)
{
    const auto it = m_pending.find(ticket);
    if (it == m_pending.end())
        return; // cancelled
    const Callback done = std::move(it->done);
    m_pending.erase(it);
    done(result);
}

void NetworkGuard::cancel(int ticket)
{
    const auto it = m_pending.find(ticket);
    if (it == m_pending.end())
        return;
    if (it->lookupId >= 0)
        QHostInfo::abortHostLookup(it->lookupId);
    m_pending.erase(it);
}

void NetworkGuard::cancelAll()
{
    for (const Pending &pending : std::as_const(m_pending)) {
        if (pending.lookupId >= 0)
            QHostInfo::abortHostLookup(pending.lookupId);
    }
    m_pending.clear();
}

} // namespace PartnerDesk
