#pragma once

#include "core/result.h"
#include "report.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace PartnerDesk {

class Database;

// Computes reports from the ledger: orders, sales and commission by period, program, partner and
// kind, and visits and conversion where visits were imported. A few GROUP BY queries over covering
// indexes (migration 0003) do the counting; this class folds their rows into the report's groups.
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

    Result<Report> run(const ReportParameters &parameters);

private:
    Database &m_database;
    std::function<void(int, int)> m_onProgress;
    std::atomic_bool m_cancelled = false;
};

} // namespace PartnerDesk
