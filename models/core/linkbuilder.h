#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace PartnerDesk {

// A tracked link, or the reason none could be made.
struct TrackedLink
{
    QString url;
    QString error;
    bool isValid() const { return error.isEmpty() && !url.isEmpty(); }
};

// Simple links: the partner's code as the `acc` query parameter of any store URL.
class LinkBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(LinkBuilder)

public:
    static constexpr QStringView parameterName = u"acc";
    // A partner's campaign tag beside `acc` (docs/COMMISSION.md, "Campaigns"), encoded like the code.
    static constexpr QStringView campaignParameterName = u"acc_campaign";

    // Keeps path, other parameters and the fragment (last); replaces any existing `acc`;
    // percent-encodes the code; refuses non-http(s) URLs, URLs with user info and hosts that are
    // not one of `storeHosts` (normalised) or their subdomains, and a tracked URL longer than
    // ValueRules::maxUrl. The one check of the link builder, the rewrite editor's target and `link`.
    // A `campaign` (trimmed; ValueRules::campaign) goes beside `acc` as `acc_campaign`, encoded
    // like the code, replacing any the URL had; "" leaves the URL's own, if any.
    static TrackedLink build(const QString &url, const QString &affiliateCode, const QStringList &storeHosts,
                             const QString &campaign = {});

    // The percent-decoded `acc` of a URL's query ("" when absent). '+' stays '+': codes may hold it.
    static QString affiliateCodeOf(const QString &url);
    // The percent-decoded `acc_campaign` of a URL's query ("" when absent).
    static QString campaignOf(const QString &url);
    // The percent-decoded value of the last `name` parameter of a URL's query ("" when absent).
    static QString queryValueOf(const QString &url, QStringView name);
};

} // namespace PartnerDesk
