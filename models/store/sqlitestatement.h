#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace PartnerDesk {

// A prepared statement on SQLite's own API, for the import's hot path where QSqlQuery's
// per-row QVariant traffic would dominate. Values are always bound, never spliced into SQL.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();

    bool isValid() const { return m_statement != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    void bindNull(int index);
    // Steps once: true when a row is available; false when done or on error (see error()).
    bool step();
    // Runs a statement that returns no rows; false on error.
    bool exec();
    void reset();

    qint64 columnInt(int column) const;
    QString columnText(int column) const;
    bool columnIsNull(int column) const;

    QString error() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_lastCode = 0;
    // Each text parameter's UTF-8 bytes, bound without a copy (SQLITE_STATIC): the database is
    // UTF-8, so SQLite neither converts nor copies them. Kept until the parameter is bound again,
    // their buffers reused from row to row.
    std::vector<QByteArray> m_texts;
};

} // namespace PartnerDesk
