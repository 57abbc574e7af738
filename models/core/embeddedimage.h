#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace PartnerDesk {

// A partner's own banner image from a file has no public URL, so its bytes travel inside the
// snippet as a data: URI. Only PNG, JPEG, GIF and WebP (what every browser shows), told apart by
// their bytes, never by a file name, and only up to a cap: a snippet is pasted into web pages.
class EmbeddedImage final
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedImage)

public:
    static constexpr qint64 maxBytes = 256 * 1024;

    // "image/png", "image/jpeg", "image/gif" or "image/webp" from the first bytes; "" otherwise.
    static QString sniffMimeType(const QByteArray &bytes);
    // Why a file of `size` bytes is too large to embed; "" when it is not.
    static QString tooLarge(qint64 size);
    // Why `bytes` cannot be embedded (not one of the four formats, or over maxBytes); "" when they can.
    static QString refusal(const QByteArray &bytes);
    // data:MIME;base64,…; "" when refusal() is not empty.
    static QString toDataUri(const QByteArray &bytes);
    // A URL that starts with "data:" (any case).
    static bool isDataUri(const QString &url);
    // The bytes of a data URI as toDataUri() writes it: the declared type must be the sniffed one and
    // the bytes within the cap; nullopt otherwise.
    static std::optional<QByteArray> decode(const QString &uri);
    // A short description for logs and tooltips instead of hundreds of kilobytes of base64.
    static QString summary(const QString &url);
};

} // namespace PartnerDesk
