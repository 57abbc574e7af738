#include "csvheader.h"

#include <QStringList>

namespace PartnerDesk {

CsvHeader::CsvHeader(CsvReader &reader, const QString &sourceName, std::span<const char16_t *const> names,
                     std::span<const bool> required)
    : m_index(static_cast<qsizetype>(names.size()), -1)
{
    QStringList fields;
    const CsvReader::Outcome outcome = reader.next(fields);
    if (outcome != CsvReader::Outcome::Record) {
        m_error =
            outcome == CsvReader::Outcome::End
                ? tr("%1 is empty: the header row is missing").arg(sourceName)
                : tr("%1:%2: the header row is malformed: %3").arg(sourceName).arg(reader.line()).arg(reader.error());
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
    for (qsizetype c = 0; c < m_index.size(); ++c) {
        if (required[c] && m_index[c] < 0)
            missing.append(QString::fromUtf16(names[c]));
    }
    if (!missing.isEmpty()) {
        m_error = tr("%1:%2: the header lacks the required column(s) %3")
                      .arg(sourceName)
                      .arg(reader.line())
                      .arg(missing.join(QStringLiteral(", ")));
        return;
    }
    m_fieldCount = fields.size();
}

} // namespace PartnerDesk
