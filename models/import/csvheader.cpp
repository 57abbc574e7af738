#include "csvheader.h"

#include "core/valuerules.h"

#include <QStringList>

namespace PartnerDesk {

namespace {

// The first fields of a row, quoted and cut short, for a message about what a file holds instead.
QString describeFields(const QStringList &fields)
{
    constexpr qsizetype shown = 6;
    constexpr int longest = 32;
    QStringList quoted;
    for (qsizetype i = 0; i < fields.size() && i < shown; ++i) {
        // One line, whatever the field holds: the message is one line of stderr.
        quoted.append(u'"' + ValueRules::fitted(fields.at(i).trimmed(), {0, longest}) + u'"');
    }
    QString text = quoted.join(QStringLiteral(", "));
    if (fields.size() > shown)
        text = CsvHeader::tr("%1 and %n more", nullptr, int(fields.size() - shown)).arg(text);
    return text;
}

} // namespace

CsvHeader::CsvHeader(CsvReader &reader, const QString &sourceName, const QString &rows,
                     std::span<const char16_t *const> names, std::span<const bool> required)
    : m_index(static_cast<qsizetype>(names.size()), -1)
    , m_sourceName(sourceName)
    , m_rows(rows)
{
    QStringList fields;
    const CsvReader::Outcome outcome = reader.next(fields);
    m_line = reader.line();
    switch (outcome) {
    case CsvReader::Outcome::Record:
        break;
    case CsvReader::Outcome::End:
        m_error = reader.bytesRead() == 0
                      ? tr("%1:1: the file is empty (0 bytes): the header row is missing").arg(sourceName)
                      : tr("%1:1: the file holds only blank lines: the header row is missing").arg(sourceName);
        return;
    case CsvReader::Outcome::Malformed:
        m_error = tr("%1:%2: the header row is malformed: %3").arg(sourceName).arg(reader.line()).arg(reader.error());
        return;
    case CsvReader::Outcome::Unreadable:
        m_error = unreadableError(reader, sourceName);
        return;
    }
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toLower();
        for (qsizetype c = 0; c < m_index.size(); ++c) {
            if (name != QStringView(names[c]))
                continue;
            if (m_index[c] >= 0) {
                m_error =
                    tr("%1:%2: the column %3 appears twice in the header").arg(sourceName).arg(reader.line()).arg(name);
                return;
            }
            m_index[c] = i;
        }
    }
    QStringList missing;
    bool anyRequired = false;
    for (qsizetype c = 0; c < m_index.size(); ++c) {
        if (required[c] && m_index[c] < 0)
            missing.append(QString::fromUtf16(names[c]));
        anyRequired = anyRequired || (required[c] && m_index[c] >= 0);
    }
    if (!missing.isEmpty()) {
        // None of them at all: another kind of file (visits given as orders, a random CSV), or
        // data with no header. Say what the first row holds, so the user sees which file it was.
        const QString where = QStringLiteral("%1:%2: ").arg(sourceName).arg(reader.line());
        const QString columns = missing.join(QStringLiteral(", "));
        m_error =
            where +
            (anyRequired
                 ? tr("the header lacks the required column(s) %1; it has %2").arg(columns, describeFields(fields))
                 : tr("not a CSV of %1: the first row (%2) lacks the required column(s) %3")
                       .arg(rows, describeFields(fields), columns));
        return;
    }
    m_fieldCount = fields.size();
}

QString CsvHeader::noRowsError() const
{
    return tr("%1:%2: the file has a header but no data rows: no %3 to import")
        .arg(m_sourceName)
        .arg(m_line)
        .arg(m_rows);
}

QString CsvHeader::unreadableError(const CsvReader &reader, const QString &sourceName)
{
    return tr("%1:%2: %3; nothing was imported from this file").arg(sourceName).arg(reader.line()).arg(reader.error());
}

} // namespace PartnerDesk
