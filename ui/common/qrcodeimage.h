#pragma once

#include <QImage>

namespace PartnerDesk {

class QrCode;

// Draws a QR code: black modules on white, the 4-module quiet zone scanners need around it, each
// module a whole number of pixels so the edges stay crisp (no smoothing, no fractional scaling).
class QrCodeImage final
{
public:
    static constexpr int quietZone = 4;

    // `scale` pixels a module; a null image for a null code.
    static QImage render(const QrCode &code, int scale);
    // The largest whole scale at which the code with its quiet zone fits in `side` pixels (at least 1).
    static int scaleToFit(const QrCode &code, int side);
};

} // namespace PartnerDesk
