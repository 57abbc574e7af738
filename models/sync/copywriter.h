#pragma once

#include "centralwriter.h"

namespace PartnerDesk {

// New rows in numbers: COPY (through the native connection, text form) into a temp table, then
// INSERT ... SELECT ... ON CONFLICT (id) DO NOTHING RETURNING. The rows are written twice: a
// manager cannot COPY into a table under RLS, and ON CONFLICT needs an INSERT. Measured against
// one INSERT ... FROM unnest(array parameters) (UnnestWriter), this costs the server less CPU. The
// next batch's outbox changes are read while the server runs the INSERT (the COPY leaves the
// server little to do once the data is sent).
class CopyWriter final : public CentralWriter
{
public:
    CopyWriter(CentralSession &session, PushTimings &timings);

    Status insert(const SyncTable &table, QList<PushRow *> &rows, const std::function<void()> &whileCentral) override;

private:
    PushTimings &m_timings; // copyIntoTemp
};

} // namespace PartnerDesk
