#pragma once

#include "csvreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <span>

namespace PartnerDesk {

// The header row of an import file: which field holds each column the importer knows (matched
// by name, case and surrounding blanks ignored; unknown columns ignored). Shared by the orders
// and visits importers so both refuse a bad file with the same words.
class CsvHeader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvHeader)

public:
    // Reads the header with `reader`. `names` and `required` run in parallel, one per column;
    // `rows` says what the rows are ("orders", "visits"). On failure error() says FILE:LINE and
    // what is wrong (empty file, not text, a row over the limits, malformed, a column twice,
    // required columns missing: then what the first row holds instead).
    CsvHeader(CsvReader &reader, const QString &sourceName, const QString &rows, std::span<const char16_t *const> names,
              std::span<const bool> required);

    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    // The field index of column `column` (its position in `names`), -1 when the file lacks it.
    int indexOf(int column) const { return m_index.value(column, -1); }
    // How many fields every data row must have.
    qsizetype fieldCount() const { return m_fieldCount; }

    // A header and not one data row: an import of nothing is refused, never reported as done.
    QString noRowsError() const;
    // The reader stopped (Outcome::Unreadable): FILE:LINE: why, and that nothing was imported.
    static QString unreadableError(const CsvReader &reader, const QString &sourceName);

private:
    QList<int> m_index;
    qsizetype m_fieldCount = 0;
    QString m_error;
    QString m_sourceName;
    QString m_rows;
    qint64 m_line = 0;
};

} // namespace PartnerDesk
