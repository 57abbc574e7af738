#pragma once

#include "centralsession.h"
#include "rowapplier.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

namespace PartnerDesk {

class SyncRole;
struct SyncTable;

// The SELECT of `table`'s central rows in the desktop's text form: id, version, deleted, then
// SyncTable::columns as `role` may read them (SyncSchema::centralExpression). The caller adds the
// WHERE.
QString centralRowSelect(const SyncTable &table, const SyncRole &role);
// Row `r` of what centralRowSelect() (or a SELECT with the same first columns) read.
CentralRow centralRowAt(const SyncTable &table, const PgRows &rows, int r);

// A page of rows as `COPY (centralRowSelect(...)) TO STDOUT` sent them (text format): each row's
// fields (id, version, deleted, then SyncTable::columns) as UTF-8 bytes, escapes decoded, kept in
// one buffer, so a page of new rows goes into SQLite without a QString per value
// (RowApplier::applyCopyPage); row() gives a row in the usual form.
class CopyPage final
{
public:
    explicit CopyPage(const SyncTable &table);
    const SyncTable &table() const { return m_table; }
    // False when the line does not hold the table's columns (nothing is added).
    bool append(const char *line, int size);
    qsizetype size() const { return m_rows; }
    bool isEmpty() const { return m_rows == 0; }
    void clear();
    void reserve(qsizetype rows);

    // Field `f` of row `r` (0: id, 1: version, 2: deleted, 3 + i: column i); null for SQL NULL.
    bool isNull(qsizetype r, int f) const { return m_fields[size_t(r * m_width + f)].size < 0; }
    QByteArrayView field(qsizetype r, int f) const
    {
        const Field &at = m_fields[size_t(r * m_width + f)];
        return at.size < 0 ? QByteArrayView() : QByteArrayView(m_bytes.constData() + at.offset, at.size);
    }
    CentralRow row(qsizetype r) const;
    QList<CentralRow> rows() const;

private:
    struct Field
    {
        qsizetype offset = 0;
        qsizetype size = -1; // -1: NULL
    };
    const SyncTable &m_table;
    int m_width = 0;
    qsizetype m_rows = 0;
    QByteArray m_bytes;
    std::vector<Field> m_fields;
};

} // namespace PartnerDesk
