#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>

namespace PartnerDesk {

class Database;

// The per-day sums reports are answered from (migration 0019_rollups.sql): the ledger per day,
// program, partner, kind, currency and campaign (and the same over all partners), the orders no
// rule credited per day and currency, and the visits per day, program, partner and rule (and over
// all partners). Triggers on transactions, orders and visits mark the days a write touches dirty;
// refresh() recomputes them. The rollups are this book's cache: never synced, never edited by
// hand, always equal to what ReportStore's queries over the ledger give for whole UTC days.
class Rollups final
{
    Q_DECLARE_TR_FUNCTIONS(Rollups)
    Q_DISABLE_COPY_MOVE(Rollups)

public:
    explicit Rollups(Database &database);

    // Recomputes the dirty days from firstDay to lastDay ("YYYY-MM-DD", both included; empty:
    // no bound), in one transaction (a savepoint inside the caller's): contiguous dirty days are
    // one range, each range one GROUP BY per rollup. `cancelled`, when given, is polled by SQLite's
    // progress handler: set from another thread, the running query stops, nothing is changed and
    // the failure says so.
    Status refresh(const QString &firstDay = {}, const QString &lastDay = {},
                   const std::atomic_bool *cancelled = nullptr);
    // Marks every day with an order, a transaction or a visit dirty (what the migration does).
    Status markAllDirty();
    // How many days wait for refresh() (tests, benchmarks).
    Result<qint64> dirtyDays();

    // Marks every day from firstDay to lastDay ("YYYY-MM-DD") dirty.
    static Status markDaysDirty(Database &database, const QString &firstDay, const QString &lastDay);

private:
    Database &m_database;
};

// For a bulk load of new orders: the insert triggers of orders and transactions cost some 0.37 µs
// a row (1,000,000 orders: about 0.65 s of CPU). Inside the load's transaction, suspend() drops
// them; resume(firstDay, lastDay) creates them again as they were and marks the load's days dirty
// at once. Updates and deletes keep their triggers (a re-import's changed orders mark their old
// and new days). A rollback of the load's transaction brings the triggers back by itself.
class RollupBulkLoad final
{
    Q_DECLARE_TR_FUNCTIONS(RollupBulkLoad)
    Q_DISABLE_COPY_MOVE(RollupBulkLoad)

public:
    explicit RollupBulkLoad(Database &database);

    Status suspend();
    // firstDay, lastDay: the first and the last UTC day ("YYYY-MM-DD") of the rows inserted.
    Status resume(const QString &firstDay, const QString &lastDay);

private:
    Database &m_database;
    QStringList m_dropped; // the triggers' CREATE statements
};

} // namespace PartnerDesk
