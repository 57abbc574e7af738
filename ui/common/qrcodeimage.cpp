#include "qrcodeimage.h"

#include "core/qrcode.h"

#include <cstring>

namespace PartnerDesk {

QImage QrCodeImage::render(const QrCode &code, int scale)
{
    if (code.isNull() || scale < 1)
        return {};
    const int side = (code.size() + 2 * quietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code.size(); ++y) {
        for (int row = 0; row < scale; ++row) {
            uchar *line = image.scanLine((quietZone + y) * scale + row);
            for (int x = 0; x < code.size(); ++x) {
                if (code.isDark(x, y))
                    std::memset(line + (quietZone + x) * scale, 0, size_t(scale));
            }
        }
    }
    return image;
}

int QrCodeImage::scaleToFit(const QrCode &code, int side)
{
    if (code.isNull())
        return 1;
    return qMax(1, side / (code.size() + 2 * quietZone));
}

} // namespace PartnerDesk
