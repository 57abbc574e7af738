#include "conflictstore.h"

#include "applyscope.h"
#include "core/timestamp.h"
#include "rowapplier.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "syncids.h"
#include "syncschema.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

QJsonObject parse(const QVariant &text)
{
    return text.isNull() ? QJsonObject() : QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString dump(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ConflictStore::ConflictStore(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

QList<SyncConflict> ConflictStore::list() const
{
    QList<SyncConflict> conflicts;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT id, tbl, uid, local_json, central_json, central_version, detected_at "
                    "FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id"_s))
        return conflicts;
    while (query.next())
        conflicts.append({query.value(0).toLongLong(), query.value(1).toString(), QUuid(query.value(2).toString()),
                          parse(query.value(3)), parse(query.value(4)), query.value(5).toLongLong(),
                          query.value(6).toString()});
    return conflicts;
}

qint64 ConflictStore::openCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

std::optional<SyncConflict> ConflictStore::find(qint64 conflictId) const
{
    for (const SyncConflict &conflict : list()) {
        if (conflict.id == conflictId)
            return conflict;
    }
    return std::nullopt;
}

Result<bool> ConflictStore::record(const QString &table, const QUuid &uid, const QJsonObject &local,
                                   const QJsonObject &central, qint64 centralVersion)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT central_version FROM sync_conflicts WHERE uid = ? AND resolved_at IS NULL"_s);
    query.addBindValue(SyncIds::text(uid));
    const bool known = query.exec() && query.next() && query.value(0).toLongLong() == centralVersion;
    query.finish();
    query.prepare(u"INSERT INTO sync_conflicts (tbl, uid, local_json, central_json, central_version, detected_at) "
                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uid) WHERE resolved_at IS NULL DO UPDATE SET "
                  "local_json = excluded.local_json, central_json = excluded.central_json, "
                  "central_version = excluded.central_version"_s);
    query.addBindValue(table);
    query.addBindValue(SyncIds::text(uid));
    query.addBindValue(local.isEmpty() ? QVariant() : QVariant(dump(local)));
    query.addBindValue(dump(central));
    query.addBindValue(centralVersion);
    query.addBindValue(Timestamp::format(Timestamp::now()));
    if (!query.exec())
        return Result<bool>::failure(tr("Cannot keep the sync conflict: %1").arg(query.lastError().text()));
    return !known;
}

Status ConflictStore::resolve(qint64 conflictId, const QString &how)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL"_s);
    query.addBindValue(Timestamp::format(Timestamp::now()));
    query.addBindValue(how);
    query.addBindValue(conflictId);
    if (!query.exec() || query.numRowsAffected() != 1)
        return Status::failure(tr("Cannot resolve the sync conflict: %1").arg(query.lastError().text()));
    return Done{};
}

Status ConflictStore::keepMine(qint64 conflictId)
{
    const auto conflict = find(conflictId);
    if (!conflict)
        return Status::failure(tr("The sync conflict %1 is not open.").arg(conflictId));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
    SyncIds ids(m_database);
    // The local row goes on top of the central version the manager saw.
    if (Status set = ids.setVersion(conflict->uid, conflict->centralVersion); !set)
        return set;
    const auto row = ids.rowOf(conflict->uid);
    QSqlQuery query(m_db);
    if (row) {
        query.prepare(u"INSERT INTO sync_outbox (tbl, local_id, op) VALUES (?, ?, 'upsert')"_s);
        query.addBindValue(conflict->table);
        query.addBindValue(row->second);
    } else {
        query.prepare(u"INSERT INTO sync_outbox (tbl, local_id, op, uid) VALUES (?, 0, 'delete', ?)"_s);
        query.addBindValue(conflict->table);
        query.addBindValue(SyncIds::text(conflict->uid));
    }
    if (!query.exec())
        return Status::failure(tr("Cannot queue the row: %1").arg(query.lastError().text()));
    if (Status resolved = resolve(conflictId, u"mine"_s); !resolved)
        return resolved;
    if (Status audited = AuditLog(m_db).append(u"sync.keep_mine"_s, conflict->table, SyncIds::text(conflict->uid),
                                               conflict->central, conflict->local);
        !audited)
        return audited;
    return transaction.commit();
}

Status ConflictStore::takeTheirs(qint64 conflictId)
{
    const auto conflict = find(conflictId);
    if (!conflict)
        return Status::failure(tr("The sync conflict %1 is not open.").arg(conflictId));
    const SyncTable *table = SyncSchema::table(conflict->table);
    if (!table)
        return Status::failure(tr("The table %1 does not sync.").arg(conflict->table));
    ApplyScope scope(m_database);
    if (!scope.isActive())
        return Status::failure(scope.error());
    const auto before = SyncIds(m_database).rowOf(conflict->uid);
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM sync_outbox WHERE uid = ? OR (tbl = ? AND local_id = ?)"_s);
    query.addBindValue(SyncIds::text(conflict->uid));
    query.addBindValue(conflict->table);
    query.addBindValue(before ? before->second : -1);
    if (!query.exec())
        return Status::failure(tr("Cannot drop the queued change: %1").arg(query.lastError().text()));
    if (!query.exec(u"PRAGMA defer_foreign_keys = ON"_s))
        return Status::failure(query.lastError().text());
    RowApplier applier(m_database);
    const CentralRow row = CentralRow::fromJson(*table, conflict->uid, conflict->centralVersion, conflict->central);
    const auto applied = applier.apply(*table, row, true);
    if (!applied)
        return Status::failure(applied.error());
    if (Status finished = applier.finishTable(); !finished)
        return finished;
    if (Status resolved = resolve(conflictId, u"theirs"_s); !resolved)
        return resolved;
    // Inside the scope the triggers queue nothing: the audit row is queued here.
    if (Status audited = AuditLog(m_db).append(u"sync.take_theirs"_s, conflict->table, SyncIds::text(conflict->uid),
                                               conflict->local, conflict->central);
        !audited)
        return audited;
    if (!query.exec(
            u"INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('audit_log', last_insert_rowid(), 'upsert')"_s))
        return Status::failure(tr("Cannot queue the row: %1").arg(query.lastError().text()));
    return scope.commit();
}

} // namespace PartnerDesk
