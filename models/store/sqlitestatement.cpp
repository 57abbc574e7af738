#include "sqlitestatement.h"

#include <cstring>
#include <sqlite3.h>

namespace PartnerDesk {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        m_statement = nullptr;
    else
        m_texts.resize(static_cast<size_t>(sqlite3_bind_parameter_count(m_statement)) + 1);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    if (index <= 0 || static_cast<size_t>(index) >= m_texts.size()) {
        sqlite3_bind_text16(m_statement, index, value.utf16(), static_cast<int>(value.size() * sizeof(char16_t)),
                            SQLITE_TRANSIENT); // out of range: SQLite says so on the next step
        return;
    }
    // Converted into the parameter's own buffer, which keeps its capacity from row to row; bound as
    // it is, no copy. A null QString binds as empty text, as before (only bindNull binds NULL).
    QByteArray &bytes = m_texts[static_cast<size_t>(index)];
    const qsizetype size = value.size();
    bytes.resize(size * 3); // the most UTF-8 needs for UTF-16 code units
    char *out = bytes.data();
    const char16_t *in = reinterpret_cast<const char16_t *>(value.utf16());
    qsizetype written = 0;
    qsizetype i = 0;
    // ASCII, the common case, without the general converter.
    while (i < size && in[i] < 0x80)
        out[written++] = static_cast<char>(in[i++]);
    if (i < size) {
        const QByteArray rest = QStringView(value).sliced(i).toUtf8();
        memcpy(out + written, rest.constData(), static_cast<size_t>(rest.size()));
        written += rest.size();
    }
    sqlite3_bind_text(m_statement, index, written ? bytes.constData() : "", static_cast<int>(written), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::step()
{
    m_lastCode = sqlite3_step(m_statement);
    return m_lastCode == SQLITE_ROW;
}

bool SqliteStatement::exec()
{
    m_lastCode = sqlite3_step(m_statement);
    const bool ok = m_lastCode == SQLITE_DONE;
    reset();
    return ok;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::columnText(int column) const
{
    // The database is UTF-8: read its bytes as they are stored (text16 would convert in SQLite).
    const unsigned char *text = sqlite3_column_text(m_statement, column);
    const int bytes = sqlite3_column_bytes(m_statement, column);
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text), bytes) : QString();
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace PartnerDesk
