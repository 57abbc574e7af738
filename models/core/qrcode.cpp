#include "qrcode.h"

#include <memory>
#include <qrencode.h>

namespace PartnerDesk {

QrCode QrCode::encode(const QByteArray &data)
{
    QrCode code;
    if (data.isEmpty())
        return code;
    // Version 0: the smallest that fits. Byte mode keeps every character of a URL as it is.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!symbol)
        return code;
    const int width = symbol->width;
    code.m_rows.reserve(width);
    for (int y = 0; y < width; ++y) {
        QBitArray row(width);
        for (int x = 0; x < width; ++x)
            row.setBit(x, (symbol->data[y * width + x] & 1) != 0); // bit 0: dark; the others are libqrencode's
        code.m_rows.append(row);
    }
    return code;
}

QrCode QrCode::encode(const QString &text)
{
    return encode(text.toUtf8());
}

} // namespace PartnerDesk
