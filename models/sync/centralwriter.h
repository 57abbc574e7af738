#pragma once

#include "centralsession.h"
#include "core/result.h"
#include "pushrow.h"

#include <QList>
#include <functional>
#include <memory>

namespace PartnerDesk {

// How new rows in numbers reach the central tables (docs/PERFORMANCE.md, "Sync engine").
enum class BulkInsert
{
    CopyThroughTemp, // COPY into a temp table then INSERT ... SELECT (CopyWriter, the default)
    Unnest           // one INSERT ... SELECT FROM unnest(array parameters) (UnnestWriter)
};

// Writes many new rows of one table to the central database at once, inside the push's
// transaction: INSERT ... ON CONFLICT (id) DO NOTHING RETURNING, so a row sent before (a push whose
// local commit was lost) is not an error. The rows it inserted become Versioned; the rest existed
// already and the push settles them one by one (RowPusher).
class CentralWriter
{
    Q_DISABLE_COPY_MOVE(CentralWriter)

public:
    virtual ~CentralWriter() = default;

    static std::unique_ptr<CentralWriter> create(BulkInsert how, CentralSession &session, PushTimings &timings);

    // `rows`: new rows of `table`. `whileCentral` runs here while the server inserts (the push
    // reads its next batch then).
    virtual Status insert(const SyncTable &table, QList<PushRow *> &rows,
                          const std::function<void()> &whileCentral) = 0;

protected:
    explicit CentralWriter(CentralSession &session)
        : m_session(session)
    {}
    // Sends `insert` (... RETURNING id::text, version), runs `whileCentral` while the server works,
    // and marks the rows it returned Versioned.
    Status insertReturning(const QString &insert, const PgParams &params, QList<PushRow *> &rows,
                           const std::function<void()> &whileCentral);

    CentralSession &m_session;
};

} // namespace PartnerDesk
