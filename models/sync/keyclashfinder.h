#pragma once

#include "core/result.h"
#include "pushrow.h"

#include <QList>

namespace PartnerDesk {

class CentralSession;
class Database;

// Rows that would hold a central business key another central row holds under another id (the
// same rewrite address made on two desktops) become conflicts kept with that central row, instead
// of failing the whole push at COMMIT (the constraints are deferred) at every sync. One query per
// table per batch. Rows of the batch cannot clash with each other: the local tables have the same
// unique rules (0001_initial.sql). Rows referring to a new row held back so are held back too
// (Skipped); ConflictStore queues them again when the manager resolves the conflict.
class KeyClashFinder final
{
    Q_DISABLE_COPY_MOVE(KeyClashFinder)

public:
    KeyClashFinder(Database &database, CentralSession &session);

    // Marks the pending rows of `rows` that clash (Conflict, with the central row) and those
    // that refer to a held-back row (Skipped). `lookCentrally`: ask the central database about
    // the batch's keys (the push does when a batch failed on a key, and always for a partner);
    // rows referring to a clash still waiting for the manager are held back either way.
    // `partner`: a partner's push; rows of tables he may not write are left to the push (which
    // refuses them) and central rows are read with the columns he may read only.
    Status find(QList<PushRow> &rows, bool lookCentrally, bool partner);

private:
    Database &m_database;
    CentralSession &m_session;
};

} // namespace PartnerDesk
