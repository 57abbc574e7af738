#pragma once

#include <QBitArray>
#include <QByteArray>
#include <QList>
#include <QString>

namespace PartnerDesk {

// The modules of a QR code (libqrencode, byte mode, error correction M), as rows of bits:
// true is a dark module. No quiet zone and no pixels: drawing is the UI's business, and models/
// does not link Qt Gui.
class QrCode final
{
public:
    // The smallest symbol that holds `data`; a null code when it does not fit (over ~2,300 bytes) or
    // `data` is empty.
    static QrCode encode(const QByteArray &data);
    // The UTF-8 bytes of `text`.
    static QrCode encode(const QString &text);

    bool isNull() const { return m_rows.isEmpty(); }
    // Modules per side (21 for version 1, +4 per version).
    int size() const { return int(m_rows.size()); }
    bool isDark(int x, int y) const { return m_rows.at(y).testBit(x); }
    const QList<QBitArray> &rows() const { return m_rows; }

private:
    QList<QBitArray> m_rows;
};

} // namespace PartnerDesk
