#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace PartnerDesk {

// The HTML a partner pastes to publish a banner.
class BannerSnippet final
{
public:
    // <a href="TRACKED_URL" target="_blank" rel="sponsored noopener"><img src="IMAGE_URL"
    // title="TITLE" width="W" height="H" /></a>, every attribute value HTML-escaped.
    static QString render(const QString &trackedUrl, const QString &imageUrl, const QString &title, int width,
                          int height);
    // A partner's snippet of `banner`: it links to `url` tracked with his code and, when given, a
    // campaign tag (LinkBuilder::build, acc_campaign); the link builder's refusal when it cannot.
    static Result<QString> forPartner(const Banner &banner, const QString &url, const QString &affiliateCode,
                                      const QStringList &storeHosts, const QString &campaign = {});
    // Escapes & < > " ' for use inside a double-quoted attribute.
    static QString escapeAttribute(const QString &value);
};

} // namespace PartnerDesk
