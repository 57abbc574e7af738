#include "websiterules.h"

#include "hostname.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <libpsl.h>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

// The system's list (psl_latest: the newer of the publicsuffix package's file and the list built
// into libpsl), loaded once and kept for the life of the process.
const psl_ctx_t *suffixes()
{
    static const psl_ctx_t *const context = [] {
        const psl_ctx_t *latest = psl_latest(nullptr);
        return latest ? latest : psl_builtin();
    }();
    return context;
}

QString withoutWildcard(const QString &domain)
{
    return domain.startsWith(u"*.") ? domain.mid(2) : domain;
}

} // namespace

bool WebsiteRules::isIpLiteral(const QString &host)
{
    QString bare = host.trimmed();
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    QHostAddress address;
    if (bare.contains(u':'))
        return address.setAddress(bare); // IPv6; anything else with a colon is not a host at all
    if (bare.endsWith(u'.'))
        bare.chop(1);
    if (address.setAddress(bare))
        return true;
    static const QRegularExpression numericLabel(QStringLiteral("^(0x[0-9a-f]*|[0-9]+)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QString last = bare.section(u'.', -1);
    return !last.isEmpty() && numericLabel.match(last).hasMatch();
}

bool WebsiteRules::isPublicSuffix(const QString &host)
{
    if (host.isEmpty())
        return true;
    return psl_is_public_suffix2(suffixes(), host.toUtf8().constData(), PSL_TYPE_ANY) != 0;
}

QString WebsiteRules::registrableDomain(const QString &host)
{
    // libpsl returns a pointer into the string it is given: keep that string alive.
    const QByteArray utf8 = host.toUtf8();
    const char *registrable = psl_registrable_domain(suffixes(), utf8.constData());
    return registrable ? QString::fromUtf8(registrable) : QString();
}

QString WebsiteRules::refusal(const QString &domain, const QStringList &storeHosts)
{
    const QString typed = domain.trimmed();
    const bool wildcard = typed.startsWith(u"*.");
    if (isIpLiteral(withoutWildcard(typed)))
        return tr("%1 is an IP address; register the website's domain name instead.").arg(typed);
    const QString pattern = HostName::normaliseDomainPattern(typed);
    if (pattern.isEmpty()) {
        // "*.org": a valid name, but one label only (normaliseDomainPattern wants two).
        if (const QString label = HostName::normalise(typed.mid(2)); wildcard && !label.isEmpty())
            return tr("%1 covers every website under the public suffix %2; register your own domain, e.g. "
                      "*.example.%2.")
                .arg(u"*."_s + label, label);
        return tr("\"%1\" is not a domain name.").arg(typed);
    }
    const QString bare = withoutWildcard(pattern);
    for (const QString &store : storeHosts) {
        if (HostName::isOnStoreHost(bare, store))
            return tr("%1 is a store host; it cannot be a partner's website.").arg(bare);
        if (wildcard && HostName::isOnStoreHost(store, bare))
            return tr("%1 covers the store host %2; a partner's website cannot include a store.").arg(pattern, store);
    }
    if (isPublicSuffix(bare)) {
        if (wildcard)
            return tr("%1 covers every website under the public suffix %2; register your own domain, e.g. "
                      "*.example.%2.")
                .arg(pattern, bare);
        return tr("%1 is a public suffix: anyone can register names under it, so it is not one owner's website.")
            .arg(bare);
    }
    return {};
}

} // namespace PartnerDesk
