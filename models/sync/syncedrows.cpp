#include "syncedrows.h"

#include "store/database.h"
#include "syncschema.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

QString idsJson(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    return u'[' + numbers.join(u',') + u']';
}

} // namespace

SyncedRows::SyncedRows(Database &database)
    : m_db(database.connection())
{}

Result<QList<SyncedRows::Row>> SyncedRows::read(const SyncTable &table, const QList<qint64> &localIds)
{
    using R = Result<QList<Row>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Table and column names come from SyncSchema, the ids are bound.
    query.prepare(u"SELECT "_s + table.localKey + u", "_s + table.columnNames().join(u", "_s) + u" FROM "_s +
                  table.local + u" WHERE "_s + table.localKey + u" IN (SELECT value FROM json_each(?))"_s);
    query.addBindValue(idsJson(localIds));
    if (!query.exec())
        return R::failure(tr("Cannot read the local rows: %1").arg(query.lastError().text()));
    const int columns = int(table.columns.size());
    QList<Row> rows;
    rows.reserve(localIds.size());
    while (query.next()) {
        Row row{query.value(0).toLongLong(), {}};
        row.values.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.values.append(query.value(c + 1));
        rows.append(std::move(row));
    }
    return rows;
}

Result<QHash<qint64, QStringList>> SyncedRows::hostsOf(const QList<qint64> &programIds)
{
    using R = Result<QHash<qint64, QStringList>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT program_id, host FROM program_hosts WHERE program_id IN "
                  "(SELECT value FROM json_each(?)) ORDER BY program_id, host"_s);
    query.addBindValue(idsJson(programIds));
    if (!query.exec())
        return R::failure(tr("Cannot read the local rows: %1").arg(query.lastError().text()));
    QHash<qint64, QStringList> hosts;
    while (query.next())
        hosts[query.value(0).toLongLong()].append(query.value(1).toString());
    return hosts;
}

} // namespace PartnerDesk
