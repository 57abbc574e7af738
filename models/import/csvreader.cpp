#include "csvreader.h"

#include <QCoreApplication>

namespace PartnerDesk {

namespace {

constexpr int endOfInput = -1;

} // namespace

CsvReader::CsvReader(QIODevice *device, qsizetype blockSize)
    : m_device(device)
    , m_blockSize(blockSize)
{}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    m_buffer = m_device->read(m_blockSize);
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

CsvReader::Outcome CsvReader::next(QStringList &fields)
{
    fields.clear();
    m_error.clear();
    if (!m_started) {
        m_started = true;
        // A UTF-8 byte order mark before the header is tolerated. Make sure all three of its
        // bytes are in the buffer, however small the blocks (or short the device's reads).
        if (fill()) {
            while (m_buffer.size() < 3) {
                const QByteArray more = m_device->read(m_blockSize);
                if (more.isEmpty())
                    break;
                m_buffer.append(more);
            }
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed = 3;
        }
        // CR-only line ends: decided from the first 64 KiB, whatever the block size. Otherwise a
        // lone CR is data and such a file would read as one record (nothing imported).
        constexpr qsizetype probe = 64 * 1024;
        while (m_buffer.size() - m_pos < probe) {
            const QByteArray more = m_device->read(m_blockSize);
            if (more.isEmpty())
                break;
            m_buffer.append(more);
        }
        const QByteArrayView head(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
        m_crOnly = head.contains('\r') && !head.contains('\n');
    }
    // Skip blank lines between records.
    while (peek() == '\r' || peek() == '\n')
        take();
    if (peek() == endOfInput)
        return Outcome::End;

    m_recordLine = m_line;
    m_field.clear();
    bool quoted = false;
    bool afterQuote = false; // a quoted field has closed; only a separator or line end may follow
    for (;;) {
        const int c = take();
        if (quoted) {
            if (c == endOfInput) {
                m_error =
                    QCoreApplication::translate("CsvReader", "a quoted field is not closed before the end of the file");
                return Outcome::Malformed;
            }
            if (c == '"') {
                if (peek() == '"') {
                    take();
                    m_field.append('"');
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                m_field.append(static_cast<char>(c));
            }
            continue;
        }
        if (c == ',' || c == '\n' || c == endOfInput ||
            (c == '\r' && (m_crOnly || peek() == '\n' || peek() == endOfInput))) {
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
            m_error = QCoreApplication::translate("CsvReader", "unexpected text after a closing quote in field %1")
                          .arg(fields.size() + 1);
            if (c != '\n')
                skipToLineEnd();
            return Outcome::Malformed;
        }
        if (c == '"') {
            if (!m_field.isEmpty()) {
                m_error = QCoreApplication::translate("CsvReader", "a quote inside an unquoted field %1")
                              .arg(fields.size() + 1);
                skipToLineEnd();
                return Outcome::Malformed;
            }
            quoted = true;
            continue;
        }
        m_field.append(static_cast<char>(c));
    }
}

} // namespace PartnerDesk
