#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace PartnerDesk {

// The secondary indexes that serve reading (browsing, searching, reports) cost every inserted row
// a write into a b-tree keyed at random; on a million-row load they outgrow the page cache and
// dominate. A bulk load drops them first and builds each again at the end in one sorted pass.
// Everything runs inside the caller's transaction: a rollback (a cancel, an error) brings every
// index back as it was. UNIQUE indexes stay, as they enforce rules, and so do those in `keep`,
// which the loader's own lookups need.
class BulkIndexes final
{
    Q_DECLARE_TR_FUNCTIONS(BulkIndexes)
    Q_DISABLE_COPY_MOVE(BulkIndexes)

public:
    BulkIndexes(QSqlDatabase &db, const QStringList &tables, const QStringList &keep);

    // Drops the indexes; call inside a transaction.
    Status drop();
    // Builds what drop() dropped, one index at a time; `progress(done, total)` returns false to stop
    // (the caller then rolls back).
    Status rebuild(const std::function<bool(int done, int total)> &progress = {});
    // Names of the dropped indexes, for tests and messages.
    QStringList dropped() const;

    // Whether a load of about `incomingRows` into tables holding `existingRows` is worth it:
    // rebuilding reads every row once, inserting with the indexes pays per new row.
    static bool worthIt(qint64 incomingRows, qint64 existingRows);

private:
    struct Index
    {
        QString name;
        QString sql;
    };
    QSqlDatabase &m_db;
    QStringList m_tables;
    QStringList m_keep;
    QList<Index> m_dropped;
};

} // namespace PartnerDesk
