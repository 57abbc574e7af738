#pragma once

#include "centralurl.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <functional>

namespace PartnerDesk {

// What one sync did (docs/SYNC.md): rows pushed to and pulled from the central database, the
// conflicts it kept for the manager, and how many of the pulled rows are transactions this desktop
// did not have. `conflicts`: the conflicts waiting for the manager after this sync (found now or
// earlier and not yet resolved): the window shows "Conflicts waiting" while it is above zero.
// `error` is empty on success; `cancelled` when the progress callback said stop.
struct SyncOutcome
{
    qint64 pushed = 0;
    qint64 pulled = 0;
    int conflicts = 0;
    qint64 newTransactions = 0;
    QString error;
    bool cancelled = false;
    // Local changes the central database refused this sync, and why; the rows waiting in the
    // quarantine after it (docs/SECURITY.md, "Quarantine").
    qint64 refused = 0;
    QStringList refusals;
    qint64 quarantined = 0;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Runs one sync (push then pull) of the local database at `localPath` with `central`, with
// connections of its own (SQLite and PostgreSQL connections belong to the thread that opened them);
// called on a worker thread, never on the UI thread. `progress(done, total)` returns false once the
// user cancelled: the runner stops at its next safe point (every applied batch is committed with its
// pull position, so a cancelled sync loses nothing) and returns with `cancelled` set.
// The sync engine (models/sync/syncengine.h) provides the real one; SyncController runs it.
using SyncRunner = std::function<SyncOutcome(const QString &localPath, const CentralUrl &central,
                                             const std::function<bool(int done, int total)> &progress)>;

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::SyncOutcome)
