#include "bulkindexes.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

BulkIndexes::BulkIndexes(QSqlDatabase &db, const QStringList &tables, const QStringList &keep)
    : m_db(db)
    , m_tables(tables)
    , m_keep(keep)
{}

bool BulkIndexes::worthIt(qint64 incomingRows, qint64 existingRows)
{
    // Measured on the 1M-order benchmark: rebuilding costs about what inserting a quarter of the
    // rows with the indexes in place costs, and below ~50,000 rows the indexes fit the cache anyway.
    return incomingRows >= 50000 && incomingRows * 4 >= existingRows;
}

Status BulkIndexes::drop()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<Index> candidates;
    for (const QString &table : std::as_const(m_tables)) {
        // sql is NULL for the automatic indexes of UNIQUE and PRIMARY KEY constraints.
        query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                     "AND sql IS NOT NULL ORDER BY name"));
        query.addBindValue(table);
        if (!query.exec())
            return Status::failure(tr("Cannot read the indexes of %1: %2").arg(table, query.lastError().text()));
        while (query.next()) {
            const Index index{query.value(0).toString(), query.value(1).toString()};
            if (m_keep.contains(index.name) ||
                index.sql.startsWith(QStringLiteral("CREATE UNIQUE"), Qt::CaseInsensitive))
                continue;
            candidates.append(index);
        }
    }
    for (const Index &index : std::as_const(candidates)) {
        // DDL takes no bound values; the name comes from sqlite_master, quoted as an identifier.
        const QString quoted = u'"' + QString(index.name).replace(u'"', QStringLiteral("\"\"")) + u'"';
        if (!query.exec(QStringLiteral("DROP INDEX ") + quoted))
            return Status::failure(tr("Cannot drop the index %1: %2").arg(index.name, query.lastError().text()));
        m_dropped.append(index);
    }
    return Done{};
}

Status BulkIndexes::rebuild(const std::function<bool(int, int)> &progress)
{
    QSqlQuery query(m_db);
    // Each build sorts every row of its table.
    // SQLite lets a sort hold as much memory as the page cache; a smaller cache while building
    // keeps the load within its memory budget (the pages it gives up are reused by the sorts).
    int cacheSize = 0;
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        cacheSize = query.value(0).toInt();
    query.finish();
    query.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    const auto restore = qScopeGuard([&query, cacheSize] {
        if (cacheSize != 0)
            query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize)); // an integer we read
    });
    const int total = static_cast<int>(m_dropped.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return Status::failure(tr("Cancelled."));
        // The statement as the schema wrote it, read back from sqlite_master.
        if (!query.exec(m_dropped.at(i).sql))
            return Status::failure(
                tr("Cannot build the index %1 again: %2").arg(m_dropped.at(i).name, query.lastError().text()));
    }
    m_dropped.clear();
    return Done{};
}

QStringList BulkIndexes::dropped() const
{
    QStringList names;
    for (const Index &index : m_dropped)
        names.append(index.name);
    return names;
}

} // namespace PartnerDesk
