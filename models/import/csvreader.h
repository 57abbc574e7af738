#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <array>

namespace PartnerDesk {

// Streams RFC 4180 records from a device in fixed-size blocks, so a file of any size needs only
// one block and one record in memory. Tolerates a UTF-8 BOM, CRLF, LF or CR-only line ends, quoted
// fields with commas, quotes ("") and line breaks. A malformed record is reported and skipped up
// to the end of its line, and reading goes on.
//
// What no CSV text holds makes the file unreadable from that point (Outcome::Unreadable, sticky):
// a record past the limits below (an unclosed quote is stopped by them instead of reading the rest
// of the file into memory), a NUL byte, or bytes that are not UTF-8. The importers then refuse the
// whole file with that message.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // The limits of one record, in bytes of the file (a quote doubled inside a field counts once).
    // Far above any store export (an order's longest value, a URL, is 2048 characters), low enough
    // that a hostile or broken file cannot make the import hold more than a few MiB.
    static constexpr qsizetype maxFieldBytes = 64 * 1024;
    static constexpr qsizetype maxRecordBytes = 1024 * 1024;
    static constexpr qsizetype maxFields = 256;

    enum class Outcome
    {
        Record,
        Malformed,
        Unreadable, // reading stops here for good; error() says why, line() where
        End
    };

    explicit CsvReader(QIODevice *device, qsizetype blockSize = 1 << 20);

    // Reads the next record into `fields` (empty lines are skipped).
    Outcome next(QStringList &fields);

    // The physical line (1-based) where the last record or error began: for an unreadable file,
    // the line of the unclosed quote, of the record over a limit, or of the byte that is no text.
    qint64 line() const { return m_recordLine; }
    // The record's number, 1-based, the header included: the row a spreadsheet shows it on.
    qint64 record() const { return m_record; }
    // Why the last record was malformed, or the file is unreadable.
    const QString &error() const { return m_error; }
    qint64 bytesRead() const { return m_consumed; }

private:
    // Not text: where (offset in the file) and why, found as the bytes are read.
    struct NotText
    {
        qint64 offset = -1;
        QString reason;
    };

    void start();
    Outcome parse(QStringList &fields);
    Outcome unreadable();
    QByteArray readChunk();
    bool fill();
    int peek();
    int take();
    void skipToLineEnd();

    QIODevice *m_device;
    qsizetype m_blockSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_read = 0; // bytes read from the device (and checked to be text)
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_record = 0;
    bool m_started = false;
    bool m_stopped = false;
    // Line ends are CR alone (old Mac exports, "CSV (Macintosh)"): no LF in the first 64 KiB, a CR.
    bool m_crOnly = false;
    QString m_error;
    QByteArray m_field;
    // The UTF-8 character being checked across blocks: bytes still due, the range of the next
    // one, and where it began.
    int m_utf8Due = 0;
    unsigned char m_utf8Low = 0x80;
    unsigned char m_utf8High = 0xBF;
    qint64 m_utf8Start = 0;
    std::array<char, 4> m_utf8Bytes = {}; // its bytes so far, for the message
    int m_utf8Size = 0;
    NotText m_notText;
};

} // namespace PartnerDesk
