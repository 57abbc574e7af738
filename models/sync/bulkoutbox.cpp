#include "bulkoutbox.h"

#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

BulkOutbox::BulkOutbox(QSqlDatabase &db, const QStringList &tables)
    : m_db(db)
    , m_tables(tables)
{}

Status BulkOutbox::begin()
{
    QSqlQuery query(m_db);
    for (const QString &table : std::as_const(m_tables)) {
        // The table name is one of ours (orders, transactions), never user text.
        query.prepare(QStringLiteral("INSERT INTO sync_bulk_insert (tbl, after_id) "
                                     "SELECT ?, coalesce(max(id), 0) FROM %1")
                          .arg(table));
        query.addBindValue(table);
        if (!query.exec())
            return Status::failure(tr("Cannot prepare the sync queue: %1").arg(query.lastError().text()));
    }
    m_begun = true;
    return Done{};
}

Status BulkOutbox::finish()
{
    if (!m_begun)
        return Done{};
    QSqlQuery query(m_db);
    for (const QString &table : std::as_const(m_tables)) {
        // New rows get ids above the highest one (SQLite's rowid), so they are exactly these.
        query.prepare(QStringLiteral("INSERT INTO sync_outbox (tbl, local_id, op) SELECT ?, id, 'upsert' FROM %1 "
                                     "WHERE id > (SELECT after_id FROM sync_bulk_insert WHERE tbl = ?) ORDER BY id")
                          .arg(table));
        query.addBindValue(table);
        query.addBindValue(table);
        if (!query.exec())
            return Status::failure(tr("Cannot queue the new rows for sync: %1").arg(query.lastError().text()));
        query.prepare(QStringLiteral("DELETE FROM sync_bulk_insert WHERE tbl = ?"));
        query.addBindValue(table);
        if (!query.exec())
            return Status::failure(tr("Cannot queue the new rows for sync: %1").arg(query.lastError().text()));
    }
    m_begun = false;
    return Done{};
}

} // namespace PartnerDesk
