#include "embeddedimage.h"

namespace PartnerDesk {

namespace {

const QString base64Marker = QStringLiteral(";base64,");

} // namespace

QString EmbeddedImage::sniffMimeType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

QString EmbeddedImage::tooLarge(qint64 size)
{
    if (size <= maxBytes)
        return {};
    return tr("The image has %1 KB; at most %2 KB can be embedded in the snippet. Publish the image on your "
              "website and add it by its URL instead.")
        .arg((size + 1023) / 1024)
        .arg(maxBytes / 1024);
}

QString EmbeddedImage::refusal(const QByteArray &bytes)
{
    if (sniffMimeType(bytes).isEmpty())
        return tr("The file is not a PNG, JPEG, GIF or WebP image.");
    return tooLarge(bytes.size());
}

QString EmbeddedImage::toDataUri(const QByteArray &bytes)
{
    if (!refusal(bytes).isEmpty())
        return {};
    return QStringLiteral("data:") + sniffMimeType(bytes) + base64Marker + QString::fromLatin1(bytes.toBase64());
}

bool EmbeddedImage::isDataUri(const QString &url)
{
    return url.startsWith(QLatin1String("data:"), Qt::CaseInsensitive);
}

std::optional<QByteArray> EmbeddedImage::decode(const QString &uri)
{
    if (!uri.startsWith(QLatin1String("data:")))
        return std::nullopt;
    const qsizetype marker = uri.indexOf(base64Marker);
    if (marker < 0 || uri.size() > 2 * maxBytes)
        return std::nullopt;
    const QString declared = uri.mid(5, marker - 5);
    const auto decoded = QByteArray::fromBase64Encoding(uri.mid(marker + base64Marker.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !refusal(*decoded).isEmpty() || sniffMimeType(*decoded) != declared)
        return std::nullopt;
    return *decoded;
}

QString EmbeddedImage::summary(const QString &url)
{
    if (!isDataUri(url))
        return url;
    const std::optional<QByteArray> bytes = decode(url);
    if (!bytes)
        return tr("an invalid data: URI");
    return tr("%1 embedded, %2 KB").arg(sniffMimeType(*bytes)).arg((bytes->size() + 1023) / 1024);
}

} // namespace PartnerDesk
