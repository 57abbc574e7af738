#include "csvreader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

constexpr int endOfInput = -1;

QString hexBytes(QByteArrayView bytes)
{
    QStringList hex;
    for (const char c : bytes)
        hex.append(u"0x"_s + QString::number(static_cast<unsigned char>(c), 16).toUpper().rightJustified(2, u'0'));
    return hex.join(u' ');
}

} // namespace

CsvReader::CsvReader(QIODevice *device, qsizetype blockSize)
    : m_device(device)
    , m_blockSize(blockSize)
{}

// Reads the next block and checks that it is text: no NUL, UTF-8 (Unicode's table of well-formed
// byte sequences, a character split between blocks carried over). The block is cut before the
// first byte that is not; nothing is read after it.
QByteArray CsvReader::readChunk()
{
    if (m_notText.offset >= 0)
        return {};
    if (m_read == 0) {
        // A UTF-16 file (a spreadsheet's "Unicode text") is told apart by its byte order mark.
        const QByteArray mark = m_device->peek(2);
        if (mark == "\xFF\xFE" || mark == "\xFE\xFF") {
            m_notText = {0, tr("the file is UTF-16 text (it starts with the byte order mark %1); save it as CSV UTF-8")
                                .arg(hexBytes(mark))};
            return {};
        }
    }
    QByteArray chunk = m_device->read(m_blockSize);
    const qint64 offset = m_read;
    m_read += chunk.size();
    auto refuse = [&](qsizetype index, qint64 at, const QString &reason) {
        m_notText = {at, reason};
        chunk.truncate(index);
        return chunk;
    };
    if (chunk.isEmpty()) {
        if (m_utf8Due > 0)
            return refuse(0, m_utf8Start,
                          tr("the file ends inside a UTF-8 character (byte offset %L1)").arg(m_utf8Start));
        return chunk;
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(chunk.constData());
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        const unsigned char b = bytes[i];
        if (m_utf8Due == 0 && b > 0 && b < 0x80)
            continue;
        if (b == 0)
            return refuse(i, offset + i,
                          tr("a NUL byte at byte offset %L1: this is a binary file, not CSV text").arg(offset + i));
        if (m_utf8Due > 0) {
            m_utf8Bytes[m_utf8Size++] = char(b);
            if (b >= m_utf8Low && b <= m_utf8High) {
                --m_utf8Due;
                m_utf8Low = 0x80;
                m_utf8High = 0xBF;
                continue;
            }
            return refuse(i, m_utf8Start,
                          tr("the bytes at byte offset %L1 (%2) are not UTF-8: a binary file, or text in another "
                             "encoding (save it as CSV UTF-8)")
                              .arg(m_utf8Start)
                              .arg(hexBytes(QByteArrayView(m_utf8Bytes.data(), m_utf8Size))));
        }
        m_utf8Start = offset + i;
        m_utf8Bytes[0] = char(b);
        m_utf8Size = 1;
        if (b >= 0xC2 && b <= 0xDF) {
            m_utf8Due = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            m_utf8Due = 2;
            m_utf8Low = b == 0xE0 ? 0xA0 : 0x80;
            m_utf8High = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            m_utf8Due = 3;
            m_utf8Low = b == 0xF0 ? 0x90 : 0x80;
            m_utf8High = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return refuse(i, offset + i,
                          tr("byte %1 at byte offset %L2 is not UTF-8: a binary file, or text in another encoding "
                             "(save it as CSV UTF-8)")
                              .arg(hexBytes(QByteArrayView(chunk).sliced(i, 1)))
                              .arg(offset + i));
        }
    }
    return chunk;
}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    m_buffer = readChunk();
    m_pos = 0;
    return !m_buffer.isEmpty();
}

int CsvReader::peek()
{
    if (!fill())
        return endOfInput;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int CsvReader::take()
{
    const int c = peek();
    if (c != endOfInput) {
        ++m_pos;
        ++m_consumed;
        if (c == '\n' || (m_crOnly && c == '\r'))
            ++m_line;
    }
    return c;
}

void CsvReader::skipToLineEnd()
{
    for (int c = take(); c != endOfInput && c != '\n' && !(m_crOnly && c == '\r'); c = take()) {
    }
}

void CsvReader::start()
{
    m_started = true;
    // A UTF-8 byte order mark before the header is tolerated. Make sure all three of its bytes are
    // in the buffer, however small the blocks (or short the device's reads).
    if (fill()) {
        while (m_buffer.size() < 3) {
            const QByteArray more = readChunk();
            if (more.isEmpty())
                break;
            m_buffer.append(more);
        }
    }
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_consumed = 3;
    }
    // CR-only line ends: decided from the first 64 KiB, whatever the block size. Otherwise a lone
    // CR is data and such a file would read as one record (nothing imported).
    constexpr qsizetype probe = 64 * 1024;
    while (m_buffer.size() - m_pos < probe) {
        const QByteArray more = readChunk();
        if (more.isEmpty())
            break;
        m_buffer.append(more);
    }
    const QByteArrayView head(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
    m_crOnly = head.contains('\r') && !head.contains('\n');
}

CsvReader::Outcome CsvReader::unreadable()
{
    if (!m_stopped) {
        m_stopped = true;
        if (m_notText.offset >= 0) {
            // The buffer ends right before the byte that is not text: count the lines up to it.
            const QByteArrayView rest(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
            m_recordLine = m_line + rest.count(m_crOnly ? '\r' : '\n');
            m_error = m_notText.reason;
        }
    }
    return Outcome::Unreadable;
}

CsvReader::Outcome CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (m_stopped)
        return Outcome::Unreadable;
    m_error.clear();
    if (!m_started)
        start();
    // A block that is not text refuses the file as soon as it is read, even before the parser
    // reaches the records ahead of it: the importers would undo them anyway.
    if (m_notText.offset >= 0)
        return unreadable();
    const Outcome outcome = parse(fields);
    if (outcome == Outcome::Unreadable || m_notText.offset >= 0) {
        fields.clear();
        return unreadable();
    }
    return outcome;
}

CsvReader::Outcome CsvReader::parse(QStringList &fields)
{
    // Skip blank lines between records.
    while (peek() == '\r' || peek() == '\n')
        take();
    if (peek() == endOfInput)
        return Outcome::End;

    m_recordLine = m_line;
    ++m_record;
    m_field.clear();
    qsizetype recordBytes = 0;
    bool quoted = false;
    qint64 quoteLine = 0;
    bool afterQuote = false; // a quoted field has closed; only a separator or line end may follow
    // Stops at a limit. Inside quotes the likely cause is a quote never closed, so it is named.
    auto overLimit = [&](const QString &what) {
        m_stopped = true;
        if (quoted) {
            m_error = tr("row %1: unclosed quote starting at line %2: %3, still inside the quotes at line %4")
                          .arg(m_record)
                          .arg(quoteLine)
                          .arg(what)
                          .arg(m_line);
            m_recordLine = quoteLine;
        } else {
            m_error = tr("row %1: %2").arg(m_record).arg(what);
        }
        return Outcome::Unreadable;
    };
    auto append = [&](char c) {
        m_field.append(c);
        ++recordBytes;
    };
    for (;;) {
        if (m_field.size() > maxFieldBytes)
            return overLimit(tr("field %1 is longer than %L2 bytes, the most a field may hold")
                                 .arg(fields.size() + 1)
                                 .arg(maxFieldBytes));
        if (recordBytes > maxRecordBytes)
            return overLimit(tr("the row is longer than %L1 bytes, the most a row may hold").arg(maxRecordBytes));
        // The bytes up to the next one that means something here are taken as one span: no line
        // end among them (the line count is right), and the limits above are checked again before
        // the next byte is read, so a span past one stops the same way a byte would.
        if (!afterQuote && m_pos < m_buffer.size()) {
            const char *begin = m_buffer.constData() + m_pos;
            // No further than one byte past a limit, as reading byte by byte would go.
            const qsizetype room = std::min(maxFieldBytes + 1 - m_field.size(), maxRecordBytes + 1 - recordBytes);
            const char *end = begin + std::min(m_buffer.size() - m_pos, room);
            const char *p = begin;
            if (quoted) {
                while (p != end && *p != '"' && *p != '\n' && *p != '\r')
                    ++p;
            } else {
                while (p != end && *p != ',' && *p != '"' && *p != '\n' && *p != '\r')
                    ++p;
            }
            if (p != begin) {
                const qsizetype span = p - begin;
                m_field.append(begin, span);
                recordBytes += span;
                m_pos += span;
                m_consumed += span;
                continue;
            }
        }
        const int c = take();
        if (quoted) {
            if (c == endOfInput) {
                m_error = tr("unclosed quote starting at line %1: field %2 is not closed before the end of the file")
                              .arg(quoteLine)
                              .arg(fields.size() + 1);
                if (m_line > quoteLine)
                    m_error += tr("; the lines after the quote were read as part of it");
                return Outcome::Malformed;
            }
            if (c == '"') {
                if (peek() == '"') {
                    take();
                    append('"');
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                append(static_cast<char>(c));
            }
            continue;
        }
        if (c == ',' || c == '\n' || c == endOfInput ||
            (c == '\r' && (m_crOnly || peek() == '\n' || peek() == endOfInput))) {
            if (fields.size() == maxFields)
                return overLimit(tr("the row has more than %L1 fields, the most a row may have").arg(maxFields));
            fields.append(QString::fromUtf8(m_field));
            m_field.clear();
            afterQuote = false;
            if (c == ',')
                continue;
            if (c == '\r' && !m_crOnly)
                take();
            return Outcome::Record;
        }
        if (afterQuote) {
            m_error = tr("unexpected text after a closing quote in field %1").arg(fields.size() + 1);
            if (c != '\n')
                skipToLineEnd();
            return Outcome::Malformed;
        }
        if (c == '"') {
            if (!m_field.isEmpty()) {
                m_error = tr("a quote inside an unquoted field %1").arg(fields.size() + 1);
                skipToLineEnd();
                return Outcome::Malformed;
            }
            quoted = true;
            quoteLine = m_line;
            continue;
        }
        append(static_cast<char>(c));
    }
}

} // namespace PartnerDesk
