#pragma once

#include <QString>

namespace PartnerDesk {

// The HTML a partner pastes to publish a banner.
class BannerSnippet final
{
public:
    // <a href="TRACKED_URL" target="_blank" rel="sponsored noopener"><img src="IMAGE_URL"
    // title="TITLE" width="W" height="H" /></a>, every attribute value HTML-escaped.
    static QString render(const QString &trackedUrl, const QString &imageUrl, const QString &title, int width,
                          int height);
    // Escapes & < > " ' for use inside a double-quoted attribute.
    static QString escapeAttribute(const QString &value);
};

} // namespace PartnerDesk
