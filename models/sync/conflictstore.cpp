#include "conflictstore.h"

#include "applyscope.h"
#include "core/timestamp.h"
#include "rowapplier.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "syncids.h"
#include "syncschema.h"

#include <QJsonDocument>
#include <QSet>
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
    if (!query.exec(u"SELECT c.id, c.tbl, c.uid, c.local_json, c.central_json, c.central_version, c.detected_at, "
                    "k.local_uid FROM sync_conflicts c LEFT JOIN sync_conflict_clashes k ON k.conflict_id = c.id "
                    "WHERE c.resolved_at IS NULL ORDER BY c.id"_s))
        return conflicts;
    while (query.next())
        conflicts.append({query.value(0).toLongLong(), query.value(1).toString(), QUuid(query.value(2).toString()),
                          parse(query.value(3)), parse(query.value(4)), query.value(5).toLongLong(),
                          query.value(6).toString(),
                          query.value(7).isNull() ? QUuid() : QUuid(query.value(7).toString())});
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
                                   const QJsonObject &central, qint64 centralVersion, const QUuid &localUid)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT central_version FROM sync_conflicts WHERE uid = ? AND resolved_at IS NULL"_s);
    query.addBindValue(SyncIds::text(uid));
    const bool known = query.exec() && query.next() && query.value(0).toLongLong() == centralVersion;
    query.finish();
    query.prepare(u"INSERT INTO sync_conflicts (tbl, uid, local_json, central_json, central_version, detected_at) "
                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uid) WHERE resolved_at IS NULL DO UPDATE SET "
                  "local_json = CASE WHEN excluded.local_json IS NULL AND EXISTS (SELECT 1 FROM "
                  "sync_conflict_clashes k WHERE k.conflict_id = sync_conflicts.id) THEN sync_conflicts.local_json "
                  "ELSE excluded.local_json END, central_json = excluded.central_json, "
                  "central_version = excluded.central_version"_s);
    query.addBindValue(table);
    query.addBindValue(SyncIds::text(uid));
    query.addBindValue(local.isEmpty() ? QVariant() : QVariant(dump(local)));
    query.addBindValue(dump(central));
    query.addBindValue(centralVersion);
    query.addBindValue(Timestamp::format(Timestamp::now()));
    if (!query.exec())
        return Result<bool>::failure(tr("Cannot keep the sync conflict: %1").arg(query.lastError().text()));
    if (!localUid.isNull()) {
        query.prepare(u"INSERT INTO sync_conflict_clashes (conflict_id, local_uid) SELECT id, ? FROM sync_conflicts "
                      "WHERE uid = ? AND resolved_at IS NULL "
                      "ON CONFLICT (conflict_id) DO UPDATE SET local_uid = excluded.local_uid"_s);
        query.addBindValue(SyncIds::text(localUid));
        query.addBindValue(SyncIds::text(uid));
        if (!query.exec())
            return Result<bool>::failure(tr("Cannot keep the sync conflict: %1").arg(query.lastError().text()));
        // Until the manager chooses, the central uid names the local row too (under the table name
        // "TABLE:clash", so nothing that maps local rows by table sees it): rows the pull brings that
        // refer to the central row attach to the local row holding its key instead of failing the
        // pull. Resolving replaces it with the real mapping (remapClash).
        query.prepare(u"INSERT OR IGNORE INTO sync_ids (tbl, local_id, uid, version) SELECT s.tbl || ':clash', "
                      "s.local_id, ?, 0 FROM sync_ids s WHERE s.tbl = ? AND s.uid = ? AND s.local_id IS NOT NULL"_s);
        query.addBindValue(SyncIds::text(uid));
        query.addBindValue(table);
        query.addBindValue(SyncIds::text(localUid));
        if (!query.exec())
            return Result<bool>::failure(tr("Cannot keep the sync conflict: %1").arg(query.lastError().text()));
    }
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
    QSqlQuery query(m_db);
    if (conflict->isKeyClash()) {
        // Mine replaces theirs: the local row becomes the central row, sent over its version.
        const auto local = ids.rowOf(conflict->table, conflict->localUid);
        if (Status remapped = remapClash(*conflict, local, conflict->centralVersion); !remapped)
            return remapped;
    } else if (Status set = ids.setVersion(conflict->table, conflict->uid, conflict->centralVersion); !set) {
        // The local row goes on top of the central version the manager saw.
        return set;
    }
    const auto row = ids.rowOf(conflict->table, conflict->uid);
    if (row) {
        query.prepare(u"INSERT INTO sync_outbox (tbl, local_id, op) VALUES (?, ?, 'upsert')"_s);
        query.addBindValue(conflict->table);
        query.addBindValue(*row);
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
    const auto before =
        SyncIds(m_database).rowOf(conflict->table, conflict->isKeyClash() ? conflict->localUid : conflict->uid);
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM sync_outbox WHERE tbl = ? AND (uid = ? OR uid = ? OR local_id = ?)"_s);
    query.addBindValue(conflict->table);
    query.addBindValue(SyncIds::text(conflict->uid));
    query.addBindValue(conflict->isKeyClash() ? SyncIds::text(conflict->localUid) : SyncIds::text(conflict->uid));
    query.addBindValue(before.value_or(-1));
    if (!query.exec())
        return Status::failure(tr("Cannot drop the queued change: %1").arg(query.lastError().text()));
    if (!query.exec(u"PRAGMA defer_foreign_keys = ON"_s))
        return Status::failure(query.lastError().text());
    if (conflict->isKeyClash()) {
        // The local row becomes the central one: the central values are applied to it below.
        if (Status remapped = remapClash(*conflict, before, 0); !remapped)
            return remapped;
    }
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

QString ConflictStore::describeRow(const QString &table, const QString &uid) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT local_id FROM sync_ids WHERE uid = ? AND local_id IS NOT NULL AND tbl IN (?, ?)"_s);
    query.addBindValue(uid);
    query.addBindValue(table);
    query.addBindValue(QString(table + u":clash"_s));
    if (!query.exec() || !query.next())
        return {};
    const qint64 localId = query.value(0).toLongLong();
    QString sql;
    if (table == u"affiliates")
        sql = u"SELECT code || ' (' || name || ')' FROM affiliates WHERE id = ?"_s;
    else if (table == u"programs")
        sql = u"SELECT name FROM programs WHERE id = ?"_s;
    else if (table == u"domains")
        sql = u"SELECT domain FROM domains WHERE id = ?"_s;
    else if (table == u"transactions")
        sql = u"SELECT order_id FROM transactions WHERE id = ?"_s;
    else if (table == u"payouts")
        return tr("payout %1").arg(localId);
    else
        return {};
    query.prepare(sql);
    query.addBindValue(localId);
    if (!query.exec() || !query.next())
        return {};
    const QString name = query.value(0).toString();
    return table == u"transactions" ? tr("order %1").arg(name) : name;
}

Result<QSet<QUuid>> ConflictStore::unsentClashRows() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT k.local_uid FROM sync_conflict_clashes k JOIN sync_conflicts c ON c.id = "
                    "k.conflict_id JOIN sync_ids s ON s.tbl = c.tbl AND s.uid = k.local_uid "
                    "WHERE c.resolved_at IS NULL AND s.version = 0"_s))
        return Result<QSet<QUuid>>::failure(tr("Cannot read the sync conflicts: %1").arg(query.lastError().text()));
    QSet<QUuid> uids;
    while (query.next())
        uids.insert(QUuid(query.value(0).toString()));
    return uids;
}

Status ConflictStore::forgetDeletedClashRows()
{
    QSqlQuery query(m_db);
    // The mappings of open clashes only (found by uid, not by scanning sync_ids: the push and the
    // pull call this every sync).
    if (!query.exec(u"SELECT s.id, substr(s.tbl, 1, length(s.tbl) - 6), s.local_id, s.uid FROM sync_conflicts c "
                    "JOIN sync_conflict_clashes k ON k.conflict_id = c.id JOIN sync_ids s ON s.tbl = c.tbl || ':clash' "
                    "AND s.uid = c.uid "
                    "WHERE c.resolved_at IS NULL"_s))
        return Status::failure(tr("Cannot read the sync ids: %1").arg(query.lastError().text()));
    QList<qint64> stale;
    QSet<QUuid> gone; // central uids whose clashing local row was deleted
    while (query.next()) {
        const SyncTable *table = SyncSchema::table(query.value(1).toString());
        if (!table)
            continue;
        // The table's names come from SyncSchema.
        QSqlQuery exists(m_db);
        exists.prepare(u"SELECT 1 FROM "_s + table->local + u" WHERE "_s + table->localKey + u" = ?"_s);
        exists.addBindValue(query.value(2));
        if (!exists.exec())
            return Status::failure(tr("Cannot read the sync ids: %1").arg(exists.lastError().text()));
        if (!exists.next()) {
            stale.append(query.value(0).toLongLong());
            gone.insert(QUuid(query.value(3).toString()));
        }
    }
    for (const qint64 id : std::as_const(stale)) {
        query.prepare(u"DELETE FROM sync_ids WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec())
            return Status::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
    }
    // Deleted here, the clashing row leaves nothing to choose between: the central row is taken
    // (so the rows that refer to it can be pulled), audited like the manager's Take Theirs.
    if (!gone.isEmpty()) {
        for (const SyncConflict &conflict : list()) {
            if (conflict.isKeyClash() && gone.contains(conflict.uid)) {
                if (Status taken = takeTheirs(conflict.id); !taken)
                    return taken;
            }
        }
    }
    return Done{};
}

Status ConflictStore::remapClash(const SyncConflict &conflict, std::optional<qint64> localId, qint64 version)
{
    SyncIds ids(m_database);
    const qint64 localVersion = ids.versionOf(conflict.table, conflict.localUid).value_or(0);
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM sync_ids WHERE uid = ? AND tbl = ?"_s);
    query.addBindValue(SyncIds::text(conflict.uid));
    query.addBindValue(QString(conflict.table + u":clash"_s));
    if (!query.exec())
        return Status::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
    if (localId) {
        // A name-based uid derived from the old one (a domain's check) is derived again at the push.
        if (conflict.table == u"domains") {
            query.prepare(u"DELETE FROM sync_ids WHERE tbl = 'domain_checks' AND local_id = ? AND version = 0"_s);
            query.addBindValue(*localId);
            if (!query.exec())
                return Status::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
        }
        if (Status linked = ids.link(conflict.table, *localId, conflict.uid, version); !linked)
            return linked;
        if (Status queued = queueChildren(conflict.table, *localId); !queued)
            return queued;
    } else if (version > 0) {
        // Deleted here since: keeping mine deletes theirs, at the version the manager saw.
        query.prepare(u"INSERT INTO sync_ids (tbl, local_id, uid, version) VALUES (?, NULL, ?, ?) "
                      "ON CONFLICT (tbl, uid) DO UPDATE SET local_id = NULL, version = excluded.version"_s);
        query.addBindValue(conflict.table);
        query.addBindValue(SyncIds::text(conflict.uid));
        query.addBindValue(version);
        if (!query.exec())
            return Status::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
    }
    query.prepare(u"DELETE FROM sync_ids WHERE tbl = ? AND uid = ? AND local_id IS NULL AND version = 0"_s);
    query.addBindValue(conflict.table);
    query.addBindValue(SyncIds::text(conflict.localUid));
    if (!query.exec())
        return Status::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
    if (localVersion > 0) {
        // The local uid reached the central database before (a changed key clashed): it is one row
        // with the central one now, so its central row is deleted.
        query.prepare(u"INSERT INTO sync_ids (tbl, local_id, uid, version) VALUES (?, NULL, ?, ?) "
                      "ON CONFLICT (tbl, uid) DO UPDATE SET local_id = NULL, version = excluded.version"_s);
        query.addBindValue(conflict.table);
        query.addBindValue(SyncIds::text(conflict.localUid));
        query.addBindValue(localVersion);
        if (!query.exec())
            return Status::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
        query.prepare(u"INSERT INTO sync_outbox (tbl, local_id, op, uid) VALUES (?, 0, 'delete', ?)"_s);
        query.addBindValue(conflict.table);
        query.addBindValue(SyncIds::text(conflict.localUid));
        if (!query.exec())
            return Status::failure(tr("Cannot queue the row: %1").arg(query.lastError().text()));
    }
    return Done{};
}

// The rows that refer to a remapped row (and theirs) are queued: held back while the conflict was
// open (they referred to a row the central database did not have), they now refer to its new uid.
Status ConflictStore::queueChildren(const QString &table, qint64 localId, int depth)
{
    if (depth > 8)
        return Done{};
    QSqlQuery queue(m_db);
    queue.prepare(u"INSERT INTO sync_outbox (tbl, local_id, op) VALUES (?, ?, 'upsert')"_s);
    auto add = [&queue](const QString &child, qint64 id) -> Status {
        queue.addBindValue(child);
        queue.addBindValue(id);
        if (!queue.exec())
            return Status::failure(tr("Cannot queue the row: %1").arg(queue.lastError().text()));
        return Done{};
    };
    for (const SyncTable &child : SyncSchema::tables()) {
        if (child.hostList) {
            if (table == u"programs")
                if (Status added = add(child.local, localId); !added)
                    return added;
            continue;
        }
        for (const SyncColumn &column : child.columns) {
            if (column.kind != SyncColumn::Kind::ForeignKey || column.references != table)
                continue;
            // Table and column names come from SyncSchema.
            QSqlQuery query(m_db);
            query.prepare(u"SELECT "_s + child.localKey + u" FROM "_s + child.local + u" WHERE "_s + column.name +
                          u" = ?"_s);
            query.addBindValue(localId);
            if (!query.exec())
                return Status::failure(tr("Cannot queue the row: %1").arg(query.lastError().text()));
            QList<qint64> ids;
            while (query.next())
                ids.append(query.value(0).toLongLong());
            for (const qint64 id : std::as_const(ids)) {
                if (child.local == table && id == localId)
                    continue;
                if (Status added = add(child.local, id); !added)
                    return added;
                if (Status deeper = queueChildren(child.local, id, depth + 1); !deeper)
                    return deeper;
            }
        }
    }
    return Done{};
}

} // namespace PartnerDesk
