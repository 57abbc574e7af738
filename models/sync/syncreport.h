#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace PartnerDesk {

// What one sync did; stable figures for the CLI and the status bar.
struct SyncReport
{
    qint64 pushed = 0;        // rows sent and accepted centrally
    qint64 pulled = 0;        // central rows applied here
    qint64 conflicts = 0;     // conflicts found by this sync
    qint64 openConflicts = 0; // conflicts waiting for the manager after it
    qint64 attributed = 0;    // pulled orders attributed here
    qint64 durationMs = 0;
    int reconnects = 0;
    bool cancelled = false;
    // Local changes the central database refused this sync (a value it does not take, a change a
    // partner's login may not make: docs/SECURITY.md, "Quarantine"): taken out of the outbox and
    // kept in sync_quarantine, each with its reason; the rest of the sync went on.
    qint64 refused = 0;
    QStringList refusals;
    // Rows waiting in sync_quarantine after this sync (refused now or before, not changed since).
    qint64 quarantined = 0;
    // Central rows this desktop could not take (they refer to a row it does not have): skipped,
    // each with its reason; the pull went on.
    qint64 skipped = 0;
    QStringList skips;
};

// Told the phase (SyncEngine::tr("Sending"), tr("Receiving")) and the rows done so far; returns
// false to cancel (between batches and pages).
using SyncProgress = std::function<bool(const QString &phase, qint64 rowsDone)>;

} // namespace PartnerDesk
