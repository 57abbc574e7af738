#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace PartnerDesk {

// Streams RFC 4180 records from a device in fixed-size blocks, so a file of any size needs only
// one block and one record in memory. Tolerates a UTF-8 BOM, CRLF or LF line ends, quoted fields
// with commas, quotes ("") and line breaks. A malformed record is reported and skipped up to the
// end of its line, and reading goes on.
class CsvReader final
{
public:
    enum class Outcome
    {
        Record,
        Malformed,
        End
    };

    explicit CsvReader(QIODevice *device, qsizetype blockSize = 1 << 20);

    // Reads the next record into `fields` (empty lines are skipped).
    Outcome next(QStringList &fields);

    // The physical line (1-based) where the last record or error began.
    qint64 line() const { return m_recordLine; }
    // Why the last record was malformed.
    const QString &error() const { return m_error; }
    qint64 bytesRead() const { return m_consumed; }

private:
    bool fill();
    int peek();
    int take();
    void skipToLineEnd();

    QIODevice *m_device;
    qsizetype m_blockSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_started = false;
    // Line ends are CR alone (old Mac exports, "CSV (Macintosh)"): no LF in the first 64 KiB, a CR.
    bool m_crOnly = false;
    QString m_error;
    QByteArray m_field;
};

} // namespace PartnerDesk
