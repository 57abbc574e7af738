#pragma once

#include "core/result.h"
#include "syncschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <map>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace PartnerDesk {

class CopyPage;
class Database;
class SqliteStatement;

// A central row in the desktop's text form: values in SyncTable::columns order, foreign keys as
// uids (SyncSchema::centralExpression reads it so).
struct CentralRow
{
    QUuid uid;
    qint64 version = 0;
    bool deleted = false;
    QList<std::optional<QString>> values;

    QJsonObject toJson(const SyncTable &table) const;
    static CentralRow fromJson(const SyncTable &table, const QUuid &uid, qint64 version, const QJsonObject &json);
};

// Writes central rows into the local books: inside an ApplyScope (the caller's), so nothing it
// writes is queued for the push. Maps uids to local ids through sync_ids, inserts, updates or
// deletes (a tombstone), and keeps sync_ids' version. A row whose local copy has a queued change
// or an open conflict is not touched: apply() says Conflict and the caller keeps both.
class RowApplier final
{
    Q_DECLARE_TR_FUNCTIONS(RowApplier)
    Q_DISABLE_COPY_MOVE(RowApplier)

public:
    explicit RowApplier(Database &database);
    ~RowApplier();

    enum class Outcome
    {
        Applied,
        Unchanged,
        Conflict,
        // Not applied: it refers to a row this desktop does not have and will not get (a central
        // row deleted before this desktop saw it, or one it may not read). skipped() says why; the
        // pull goes on (docs/SECURITY.md: no row a partner can write stops a manager's sync).
        Skipped
    };
    // `force`: apply even over a queued change or an open conflict (take theirs).
    Result<Outcome> apply(const SyncTable &table, const CentralRow &row, bool force = false);
    // A page of pulled rows of one table, one outcome per row in the same order. Rows new to this
    // desktop go in with multi-row INSERTs (a first pull brings them by the hundred thousand); the
    // others, and every row of a page whose bulk insert is refused, go through apply().
    Result<QList<Outcome>> applyPage(const SyncTable &table, const QList<CentralRow> &rows);
    // The same for a page as COPY sent it. A page of rows all new here, none waiting for a push nor
    // in conflict, every value valid (a first pull's pages): checked and bound to SQLite as the
    // UTF-8 they arrived in, without a QString per value; any other page goes through applyPage().
    Result<QList<Outcome>> applyCopyPage(const CopyPage &page);
    // Fewer new rows than this in a page go row by row (the bulk path's fixed cost is higher).
    void setBulkMinimum(int rows) { m_bulkMinimum = std::max(1, rows); }
    // Foreign keys to rows applied later in the same table (a reversal of a transaction pulled
    // after it): set once every row is in. Call after each table.
    Status finishTable();

    // The order ids of orders inserted (new) and updated by apply().
    const QStringList &newOrders() const { return m_newOrders; }
    const QStringList &changedOrders() const { return m_changedOrders; }
    // The order ids of transactions apply() wrote (another desktop attributed them already); a
    // page in bulk (applyCopyPage) adds them only when this applier brought orders.
    const QSet<QString> &transactionOrders() const { return m_transactionOrders; }
    // Why rows were skipped (Outcome::Skipped), and references finishTable() could not set.
    const QStringList &skipped() const { return m_skipped; }

    // The local row as a JSON object in the central text form (foreign keys as uids); empty when
    // the row does not exist.
    QJsonObject localJson(const SyncTable &table, qint64 localId);
    // The local row of `table` a uid names (nullopt: unknown or deleted here). A uid names a row
    // of one table only; a key clash's central uid (sync_ids "TABLE:clash") names the local row
    // holding its key.
    std::optional<qint64> localIdOf(const QString &table, const QUuid &uid);
    std::optional<QUuid> uidOf(const QString &table, qint64 localId);

private:
    // One prepared statement per SQL text, prepared on first use (a pull applies rows by the
    // hundred thousand).
    QSqlQuery &statement(const QString &sql);
    bool hasPendingChange(const QString &table, std::optional<qint64> localId, const QUuid &uid);
    Result<Outcome> applyHost(const CentralRow &row);
    // What sync_ids holds for these uids (absent: never seen here).
    struct Known
    {
        std::optional<qint64> localId;
        qint64 version = 0;
    };
    Result<QHash<QString, Known>> knownUids(const QString &table, const QStringList &uids);
    // Loads the local ids of these uids of `table` into m_localIds (for foreign keys).
    Status prefetchLocalIds(const QString &table, const QStringList &uids);
    Result<QList<QVariantList>> bulkValues(const SyncTable &table, const QList<const CentralRow *> &rows,
                                           qint64 firstId);
    Status insertRows(const QString &head, int width, const QList<QVariantList> &rows);
    // A value to bind: NULL, an integer, or UTF-8 text that lives until the statement ran.
    struct Bound
    {
        enum class Type : char
        {
            Null,
            Integer,
            Text
        } type = Type::Null;
        qint64 integer = 0;
        const char *text = nullptr;
        int size = 0;
    };
    Status insertBound(const QString &head, int width, const std::vector<Bound> &values);
    struct Finalizer
    {
        void operator()(sqlite3_stmt *statement) const;
    };
    std::map<QString, std::unique_ptr<sqlite3_stmt, Finalizer>> m_bound;
    // Whether sync_ids holds no row of `table` (then no uid of it is known here), read once per
    // table: a first pull does not look its uids up.
    bool noIdsYet(const QString &table);
    QHash<QString, bool> m_noIdsYet;

    struct Deferred
    {
        QString table;
        QString key;
        qint64 localId = 0;
        QString column;
        QUuid target;
    };

    Database &m_database;
    QSqlDatabase &m_db;
    // (table, uid) -> local id.
    QHash<std::pair<QString, QUuid>, qint64> m_localIds;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::map<QString, std::unique_ptr<SqliteStatement>> m_native;
    qsizetype m_bulkMinimum = 16;
    // What waits here, read once: rows with queued changes, queued deletes, open conflicts.
    bool m_pendingLoaded = false;
    QSet<QPair<QString, qint64>> m_queuedRows;
    QSet<std::pair<QString, QString>> m_queuedUids; // (table, uid)
    QStringList m_skipped;
    QList<Deferred> m_deferred;
    QStringList m_newOrders;
    QStringList m_changedOrders;
    QSet<QString> m_transactionOrders;
};

} // namespace PartnerDesk
