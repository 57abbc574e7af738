#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace PartnerDesk {

class Database;
struct SyncTable;

// The local rows of the synced tables as the push reads them: by local id, a batch at a time, in
// the local text form SyncSchema describes (foreign keys still as local ids).
class SyncedRows final
{
    // In SyncEngine's context: the strings came from there and keep their translations.
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
    Q_DISABLE_COPY_MOVE(SyncedRows)

public:
    struct Row
    {
        qint64 localId = 0;
        QVariantList values; // SyncTable::columns order
    };

    explicit SyncedRows(Database &database);

    // The rows `localIds` of `table` that still exist, in the order the database reads them.
    Result<QList<Row>> read(const SyncTable &table, const QList<qint64> &localIds);
    // program_hosts: the hosts of the programs `programIds`, each program's sorted.
    Result<QHash<qint64, QStringList>> hostsOf(const QList<qint64> &programIds);

private:
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
