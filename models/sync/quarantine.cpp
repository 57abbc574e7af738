#include "quarantine.h"

#include "core/timestamp.h"
#include "store/database.h"
#include "syncids.h"
#include "syncschema.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

Quarantine::Quarantine(Database &database)
    : m_database(database)
{}

Status Quarantine::keep(const QString &table, std::optional<qint64> localId, const QUuid &uid, const QString &reason)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO sync_quarantine (tbl, local_id, uid, reason, at) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT (tbl, uid) DO UPDATE SET local_id = excluded.local_id, reason = excluded.reason, "
                  "at = excluded.at"_s);
    query.addBindValue(table);
    query.addBindValue(localId ? QVariant(*localId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(SyncIds::text(uid));
    query.addBindValue(reason);
    query.addBindValue(Timestamp::format(Timestamp::now()));
    if (!query.exec())
        return Status::failure(tr("Cannot keep the refused row aside: %1").arg(query.lastError().text()));
    return Done{};
}

Status Quarantine::release(const QString &table, const QUuid &uid)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM sync_quarantine WHERE tbl = ? AND uid = ?"_s);
    query.addBindValue(table);
    query.addBindValue(SyncIds::text(uid));
    if (!query.exec())
        return Status::failure(tr("Cannot release the row: %1").arg(query.lastError().text()));
    return Done{};
}

Status Quarantine::forgetDeletedRows()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT DISTINCT tbl FROM sync_quarantine WHERE local_id IS NOT NULL"_s))
        return Status::failure(tr("Cannot read the refused rows: %1").arg(query.lastError().text()));
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    for (const QString &name : std::as_const(tables)) {
        const SyncTable *table = SyncSchema::table(name);
        if (!table || table->hostList)
            continue;
        // The table's names come from SyncSchema.
        QSqlQuery forget(m_database.connection());
        forget.prepare(u"DELETE FROM sync_quarantine WHERE tbl = ? AND local_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
                       "FROM "_s +
                       table->local + u" t WHERE t."_s + table->localKey + u" = sync_quarantine.local_id)"_s);
        forget.addBindValue(name);
        if (!forget.exec())
            return Status::failure(tr("Cannot release the row: %1").arg(forget.lastError().text()));
    }
    return Done{};
}

qint64 Quarantine::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT count(*) FROM sync_quarantine"_s) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<Quarantine::Entry> Quarantine::list(int limit) const
{
    QList<Entry> entries;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT tbl, local_id, uid, reason, at FROM sync_quarantine ORDER BY at DESC, id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        Entry entry;
        entry.table = query.value(0).toString();
        if (!query.value(1).isNull())
            entry.localId = query.value(1).toLongLong();
        entry.uid = QUuid(query.value(2).toString());
        entry.reason = query.value(3).toString();
        entry.at = query.value(4).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace PartnerDesk
