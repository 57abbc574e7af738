#include "centralrows.h"

#include "store/syncrole.h"
#include "syncschema.h"

#include <cctype>
#include <cstring>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

QString centralRowSelect(const SyncTable &table, const SyncRole &role)
{
    QStringList expressions = {u"id::text"_s, u"version"_s, u"deleted::int"_s};
    for (const SyncColumn &column : table.columns)
        expressions.append(SyncSchema::centralExpression(column, role.isPartner()));
    return u"SELECT "_s + expressions.join(u", "_s) + u" FROM partnerdesk."_s + table.central;
}

CentralRow centralRowAt(const SyncTable &table, const PgRows &rows, int r)
{
    CentralRow row{QUuid(rows.text(r, 0)), rows.number(r, 1), rows.text(r, 2) == u"1", {}};
    row.values.reserve(table.columns.size());
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        row.values.append(rows.value(r, int(3 + i)));
    return row;
}

CopyPage::CopyPage(const SyncTable &table)
    : m_table(table)
    , m_width(int(3 + table.columns.size()))
{}

void CopyPage::clear()
{
    m_rows = 0;
    m_bytes.resize(0);
    m_fields.clear();
}

void CopyPage::reserve(qsizetype rows)
{
    m_fields.reserve(size_t(rows * m_width));
    m_bytes.reserve(rows * 128);
}

bool CopyPage::append(const char *line, int size)
{
    const char *end = line + size;
    if (end > line && end[-1] == '\n')
        --end;
    const qsizetype bytesBefore = m_bytes.size();
    const size_t fieldsBefore = m_fields.size();
    const char *at = line;
    for (int f = 0; f < m_width; ++f) {
        const char *stop = at <= end ? static_cast<const char *>(std::memchr(at, '\t', size_t(end - at))) : nullptr;
        if (!stop)
            stop = end;
        if (at > end || (f == m_width - 1) != (stop == end)) {
            // Too few or too many fields.
            m_bytes.resize(bytesBefore);
            m_fields.resize(fieldsBefore);
            return false;
        }
        Field field;
        if (stop - at == 2 && at[0] == '\\' && at[1] == 'N') {
            m_fields.push_back(field);
            at = stop + 1;
            continue;
        }
        field.offset = m_bytes.size();
        if (!std::memchr(at, '\\', size_t(stop - at))) {
            m_bytes.append(at, stop - at);
        } else {
            // A backslash escapes the next character (\t, \n, \r, \b, \f, \v, octal digits, \x and
            // hex digits, or the character itself).
            for (const char *c = at; c < stop; ++c) {
                if (*c != '\\' || c + 1 == stop) {
                    m_bytes.append(*c);
                    continue;
                }
                const char e = *++c;
                switch (e) {
                case 'b':
                    m_bytes.append('\b');
                    break;
                case 'f':
                    m_bytes.append('\f');
                    break;
                case 'n':
                    m_bytes.append('\n');
                    break;
                case 'r':
                    m_bytes.append('\r');
                    break;
                case 't':
                    m_bytes.append('\t');
                    break;
                case 'v':
                    m_bytes.append('\v');
                    break;
                case 'x':
                case 'X': {
                    int value = 0;
                    int digits = 0;
                    while (digits < 2 && c + 1 < stop && std::isxdigit(static_cast<unsigned char>(c[1]))) {
                        const char h = *++c;
                        value = value * 16 + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
                        ++digits;
                    }
                    m_bytes.append(digits > 0 ? char(value) : e);
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        int value = e - '0';
                        for (int digits = 1; digits < 3 && c + 1 < stop && c[1] >= '0' && c[1] <= '7'; ++digits)
                            value = value * 8 + (*++c - '0');
                        m_bytes.append(char(value));
                    } else {
                        m_bytes.append(e);
                    }
                }
            }
        }
        field.size = m_bytes.size() - field.offset;
        m_fields.push_back(field);
        at = stop + 1;
    }
    ++m_rows;
    return true;
}

CentralRow CopyPage::row(qsizetype r) const
{
    CentralRow row{QUuid::fromString(QLatin1StringView(field(r, 0))), field(r, 1).toLongLong(), field(r, 2) == "1", {}};
    row.values.reserve(m_width - 3);
    for (int f = 3; f < m_width; ++f)
        row.values.append(isNull(r, f) ? std::nullopt : std::optional<QString>(QString::fromUtf8(field(r, f))));
    return row;
}

QList<CentralRow> CopyPage::rows() const
{
    QList<CentralRow> rows;
    rows.reserve(m_rows);
    for (qsizetype r = 0; r < m_rows; ++r)
        rows.append(row(r));
    return rows;
}

} // namespace PartnerDesk
