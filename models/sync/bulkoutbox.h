#pragma once

#include "store/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace PartnerDesk {

// A bulk load (the BulkIndexes path of the orders import and the demo generator) queues its new
// rows for sync with one statement per table instead of one trigger run per row
// (docs/PERFORMANCE.md, "Sync outbox"). begin(), inside the load's transaction before its first
// insert, records each table's highest id and pauses the insert triggers of those tables (orders,
// transactions: see sync_bulk_insert in 0009_sync.sql); finish(), before the commit, queues every
// row above that id and lets the triggers run again. Updates and deletes are queued by their
// triggers all along. A rollback takes the pause with it; a load that commits must call finish().
class BulkOutbox final
{
    Q_DECLARE_TR_FUNCTIONS(BulkOutbox)
    Q_DISABLE_COPY_MOVE(BulkOutbox)

public:
    BulkOutbox(QSqlDatabase &db, const QStringList &tables);

    Status begin();
    Status finish();

private:
    QSqlDatabase &m_db;
    QStringList m_tables;
    bool m_begun = false;
};

} // namespace PartnerDesk
