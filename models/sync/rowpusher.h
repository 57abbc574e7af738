#pragma once

#include "core/result.h"
#include "pushrow.h"

#include <QCoreApplication>

namespace PartnerDesk {

class CentralSession;
class SyncRole;

// Sends one row's change to the central database, inside the push's transaction: an INSERT,
// UPDATE or tombstone based on the version this desktop's copy has, or the whole host list of a
// program. A row whose central copy is not the one the change is based on is settled: ours
// already (Adopted), someone else's newer row (Conflict), or not his to change (a partner's,
// Refused). Under a savepoint when a refusal must not fail the batch (see push()).
class RowPusher final
{
    // In SyncEngine's context: the strings came from there and keep their translations.
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
    Q_DISABLE_COPY_MOVE(RowPusher)

public:
    // `role`: whose login the push writes as (the engine's, updated at every sync).
    RowPusher(CentralSession &session, const SyncRole &role);

    // A manager's change goes as it is, unless `isolate`. A partner's (or any with `isolate`) goes
    // under a savepoint: a change the central database refuses (row-level security, a column he
    // may not write, a value it does not take) is Refused with its reason instead of failing the
    // batch forever (docs/SYNC.md, "Partner desktops"; docs/SECURITY.md, "Quarantine").
    Status push(PushRow &row, bool isolate);

private:
    Status pushOne(PushRow &row);
    Status settleExisting(PushRow &row);

    CentralSession &m_session;
    const SyncRole &m_role;
};

} // namespace PartnerDesk
