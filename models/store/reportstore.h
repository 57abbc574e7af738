#pragma once

#include "core/result.h"
#include "report.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace PartnerDesk {

class Database;

// Computes reports from the ledger: orders, sales and commission by period, program, partner and
// kind, and visits and conversion where visits were imported. Whole UTC days are read from the
// per-day rollups (Rollups, migration 0019), refreshed first where a write made them dirty; the
// part of a day at either end of the range, and every day when the rollups cannot be refreshed
// (a read-only book, a day whose sums overflow), come from GROUP BY queries over the ledger.
// Either way this class folds the rows into the report's groups, so both give the same report.
// Runs on any thread with that thread's own Database; cancel() may be called from another thread.
class ReportStore final
{
    Q_DECLARE_TR_FUNCTIONS(ReportStore)
    Q_DISABLE_COPY_MOVE(ReportStore)

public:
    explicit ReportStore(Database &database);

    // Called before each of the report's steps (0 .. steps - 1) and once with (steps, steps).
    void setProgressHandler(std::function<void(int step, int steps)> handler) { m_onProgress = std::move(handler); }
    // Thread-safe: the running query stops soon, and run() fails with cancelled() true.
    void cancel() { m_cancelled = true; }
    bool cancelled() const { return m_cancelled; }
    // False: every day from the ledger, as before the rollups (tests compare both; report
    // --no-rollups measures it).
    void setUseRollups(bool use) { m_useRollups = use; }

    Result<Report> run(const ReportParameters &parameters);

private:
    Database &m_database;
    std::function<void(int, int)> m_onProgress;
    std::atomic_bool m_cancelled = false;
    bool m_useRollups = true;
};

} // namespace PartnerDesk
