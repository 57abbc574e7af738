#include "bannersnippet.h"

namespace PartnerDesk {

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
