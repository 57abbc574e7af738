#include "outbox.h"

#include "store/database.h"
#include "syncids.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

namespace PartnerDesk {

namespace {

struct Change
{
    qint64 seq = 0;
    bool isDelete = false;
    QString uid;
};

struct RowChanges
{
    QString table;
    qint64 localId = 0;
    QList<Change> changes; // in seq order
};

} // namespace

Outbox::Outbox(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

qint64 Outbox::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM sync_outbox) + "
                                   "(SELECT coalesce(sum(last_id - first_id + 1), 0) FROM sync_outbox_ranges)")) ||
        !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Status Outbox::expandRanges()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox_ranges)")) || !query.next())
        return Status::failure(tr("Cannot read the outbox: %1").arg(query.lastError().text()));
    if (!query.value(0).toBool())
        return Done{};
    query.finish();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
    QList<std::tuple<qint64, QString, qint64, qint64>> ranges;
    if (!query.exec(QStringLiteral("SELECT id, tbl, first_id, last_id FROM sync_outbox_ranges ORDER BY id")))
        return Status::failure(tr("Cannot read the outbox: %1").arg(query.lastError().text()));
    while (query.next())
        ranges.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                       query.value(3).toLongLong()});
    query.finish();
    for (const auto &[id, table, first, last] : std::as_const(ranges)) {
        // tbl is 'orders' or 'transactions' (the table's CHECK); the name is never spliced otherwise.
        if (table != u"orders" && table != u"transactions")
            return Status::failure(tr("The outbox names an unknown table %1.").arg(table));
        query.prepare(QStringLiteral("INSERT INTO sync_outbox (tbl, local_id, op) SELECT ?, id, 'upsert' FROM %1 "
                                     "WHERE id BETWEEN ? AND ? ORDER BY id")
                          .arg(table));
        query.addBindValue(table);
        query.addBindValue(first);
        query.addBindValue(last);
        if (!query.exec())
            return Status::failure(tr("Cannot fill the outbox: %1").arg(query.lastError().text()));
        query.prepare(QStringLiteral("DELETE FROM sync_outbox_ranges WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return Status::failure(tr("Cannot fill the outbox: %1").arg(query.lastError().text()));
    }
    return transaction.commit();
}

Result<OutboxBatch> Outbox::nextBatch(int limit, const OutboxBatch *after)
{
    using R = Result<OutboxBatch>;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));

    // The oldest changes, grouped by row in the order rows were first queued.
    QList<RowChanges> rows;
    QHash<QPair<QString, qint64>, qsizetype> rowIndex;
    qint64 lastSeq = 0;
    QSet<qint64> taken; // `after`'s changes
    if (after)
        taken = QSet<qint64>(after->seqs.cbegin(), after->seqs.cend());
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT seq, tbl, local_id, op, uid FROM sync_outbox WHERE seq > ? ORDER BY seq "
                                     "LIMIT ?"));
        query.addBindValue(after ? after->readUpTo : 0);
        query.addBindValue(qint64(limit) + taken.size());
        if (!query.exec())
            return R::failure(tr("Cannot read the outbox: %1").arg(query.lastError().text()));
        int count = 0;
        while (count < limit && query.next()) {
            const qint64 seq = query.value(0).toLongLong();
            if (taken.contains(seq))
                continue;
            ++count;
            const QPair<QString, qint64> key(query.value(1).toString(), query.value(2).toLongLong());
            auto it = rowIndex.find(key);
            if (it == rowIndex.end()) {
                it = rowIndex.insert(key, rows.size());
                rows.append({key.first, key.second, {}});
            }
            lastSeq = seq;
            rows[*it].changes.append({lastSeq, query.value(3).toString() == u"delete", query.value(4).toString()});
        }
    }
    // Later changes of the same rows: the push reads each row as it is now, so they go too. One
    // query per table (the (tbl, local_id) index), not one per row.
    {
        QHash<QString, QStringList> idsByTable;
        for (const RowChanges &row : std::as_const(rows))
            idsByTable[row.table].append(QString::number(row.localId));
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT o.seq, o.local_id, o.op, o.uid FROM json_each(?) j CROSS JOIN sync_outbox o "
                           "ON o.tbl = ? AND o.local_id = j.value WHERE o.seq > ?"));
        bool later = false;
        for (auto it = idsByTable.cbegin(); it != idsByTable.cend(); ++it) {
            query.addBindValue(QString(u'[' + it.value().join(u',') + u']'));
            query.addBindValue(it.key());
            query.addBindValue(lastSeq);
            if (!query.exec())
                return R::failure(tr("Cannot read the outbox: %1").arg(query.lastError().text()));
            while (query.next()) {
                const qint64 seq = query.value(0).toLongLong();
                if (taken.contains(seq))
                    continue;
                const qsizetype row = rowIndex.value({it.key(), query.value(1).toLongLong()});
                later = true;
                rows[row].changes.append({seq, query.value(2).toString() == u"delete", query.value(3).toString()});
            }
        }
        // In seq order within each row, as read one row at a time before.
        if (later) {
            for (RowChanges &row : rows)
                std::sort(row.changes.begin(), row.changes.end(),
                          [](const Change &a, const Change &b) { return a.seq < b.seq; });
        }
    }

    // The lazy uid assignment, one table at a time.
    SyncIds ids(m_database);
    QHash<QString, QList<qint64>> existingByTable;
    for (const RowChanges &row : std::as_const(rows)) {
        if (!row.changes.constLast().isDelete && row.table != u"program_hosts")
            existingByTable[row.table].append(row.localId);
    }
    QHash<QString, QHash<qint64, SyncIds::Mapping>> mappings;
    for (auto it = existingByTable.cbegin(); it != existingByTable.cend(); ++it) {
        auto assigned = ids.ensureUids(it.key(), it.value());
        if (!assigned)
            return R::failure(assigned.error());
        mappings.insert(it.key(), *assigned);
    }

    OutboxBatch batch;
    QList<OutboxEntry> upserts;
    QList<OutboxEntry> deletes;
    for (const RowChanges &row : std::as_const(rows)) {
        for (const Change &change : row.changes)
            batch.seqs.append(change.seq);
        OutboxEntry upsert{row.table, row.localId, OutboxEntry::Op::Upsert, {}, 0, row.changes.constFirst().seq};
        bool upsertNeeded = !row.changes.constLast().isDelete;
        if (upsertNeeded && row.table != u"program_hosts") {
            const QHash<qint64, SyncIds::Mapping> &tableMappings = mappings[row.table];
            const auto mapping = tableMappings.constFind(row.localId);
            if (mapping == tableMappings.constEnd()) {
                upsertNeeded = false; // deleted since: its delete is queued after this batch
            } else {
                upsert.uid = mapping->uid;
                upsert.baseVersion = mapping->version;
            }
        }
        // Every uid this local id had that was deleted since (a row re-created under the same
        // natural key took its uid back, and is an upsert).
        QStringList deleted;
        for (const Change &change : row.changes) {
            if (change.isDelete && !change.uid.isEmpty() && !deleted.contains(change.uid) &&
                !(upsertNeeded && QUuid(change.uid) == upsert.uid))
                deleted.append(change.uid);
        }
        for (const QString &uid : std::as_const(deleted)) {
            const QUuid deletedUid(uid);
            // A uid re-linked to a row re-created under its natural key is no longer deleted.
            if (ids.rowOf(row.table, deletedUid))
                continue;
            deletes.append({row.table, row.localId, OutboxEntry::Op::Delete, deletedUid,
                            ids.versionOf(row.table, deletedUid).value_or(0), row.changes.constFirst().seq});
        }
        if (upsertNeeded)
            upserts.append(upsert);
    }
    const QStringList &order = SyncIds::syncedTables();
    std::stable_sort(upserts.begin(), upserts.end(), [&order](const OutboxEntry &a, const OutboxEntry &b) {
        return order.indexOf(a.table) < order.indexOf(b.table);
    });
    std::stable_sort(deletes.begin(), deletes.end(), [&order](const OutboxEntry &a, const OutboxEntry &b) {
        return order.indexOf(a.table) > order.indexOf(b.table);
    });
    batch.entries = upserts + deletes;
    std::sort(batch.seqs.begin(), batch.seqs.end());
    batch.readUpTo = lastSeq;
    if (auto status = transaction.commit(); !status)
        return R::failure(status.error());
    return batch;
}

Status Outbox::markSent(const OutboxBatch &batch)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
    if (Status forgotten = forget(batch.seqs); !forgotten)
        return forgotten;
    return transaction.commit();
}

Status Outbox::forget(const QList<qint64> &seqs)
{
    QStringList numbers;
    numbers.reserve(seqs.size());
    for (const qint64 seq : seqs)
        numbers.append(QString::number(seq));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE seq IN (SELECT value FROM json_each(?))"));
    query.addBindValue(QString(u'[' + numbers.join(u',') + u']'));
    if (!query.exec())
        return Status::failure(tr("Cannot clear the outbox: %1").arg(query.lastError().text()));
    return Done{};
}

} // namespace PartnerDesk
