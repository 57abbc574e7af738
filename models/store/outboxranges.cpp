#include "outboxranges.h"

#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

OutboxRanges::OutboxRanges(QSqlDatabase &db)
    : m_db(db)
{}

Status OutboxRanges::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM orders), "
                                   "(SELECT coalesce(max(id), 0) FROM transactions)")) ||
        !query.next())
        return Status::failure(tr("Cannot read the last ids: %1").arg(query.lastError().text()));
    m_lastOrderBefore = query.value(0).toLongLong();
    m_lastTransactionBefore = query.value(1).toLongLong();
    query.finish();
    if (!query.exec(QStringLiteral("INSERT INTO sync_ranging (only_row) VALUES (1)")))
        return Status::failure(tr("Cannot queue the import for sync: %1").arg(query.lastError().text()));
    m_begun = true;
    return Done{};
}

Status OutboxRanges::finish()
{
    if (!m_begun)
        return Done{};
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM sync_ranging")))
        return Status::failure(tr("Cannot queue the import for sync: %1").arg(query.lastError().text()));
    m_begun = false;
    // Orders first: the push sends parents before the rows that name them.
    for (const auto &[table, before] : {std::pair{QStringLiteral("orders"), m_lastOrderBefore},
                                        std::pair{QStringLiteral("transactions"), m_lastTransactionBefore}}) {
        // The table name is one of the two above, never input.
        query.prepare(QStringLiteral("INSERT INTO sync_outbox_ranges (tbl, first_id, last_id) "
                                     "SELECT ?, ? + 1, last FROM (SELECT max(id) AS last FROM %1) WHERE last > ?")
                          .arg(table));
        query.addBindValue(table);
        query.addBindValue(before);
        query.addBindValue(before);
        if (!query.exec())
            return Status::failure(tr("Cannot queue the import for sync: %1").arg(query.lastError().text()));
    }
    return Done{};
}

} // namespace PartnerDesk
