#include "bannersnippet.h"

#include "linkbuilder.h"

namespace PartnerDesk {

Result<QString> BannerSnippet::forPartner(const Banner &banner, const QString &url, const QString &affiliateCode,
                                          const QStringList &storeHosts, const QString &campaign)
{
    const TrackedLink link = LinkBuilder::build(url, affiliateCode, storeHosts, campaign);
    if (!link.isValid())
        return Result<QString>::failure(link.error);
    return render(link.url, banner.imageUrl, banner.title, banner.width, banner.height);
}

QString BannerSnippet::escapeAttribute(const QString &value)
{
    QString out;
    out.reserve(value.size() + value.size() / 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString BannerSnippet::render(const QString &trackedUrl, const QString &imageUrl, const QString &title, int width,
                              int height)
{
    return QStringLiteral("<a href=\"") + escapeAttribute(trackedUrl) +
           QStringLiteral("\" target=\"_blank\" rel=\"sponsored noopener\"><img src=\"") + escapeAttribute(imageUrl) +
           QStringLiteral("\" title=\"") + escapeAttribute(title) + QStringLiteral("\" width=\"") +
           QString::number(width) + QStringLiteral("\" height=\"") + QString::number(height) +
           QStringLiteral("\" /></a>");
}

} // namespace PartnerDesk
