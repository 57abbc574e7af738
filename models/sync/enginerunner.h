#pragma once

#include "syncrunner.h"

namespace PartnerDesk {

// The SyncRunner the window uses: one SyncEngine::sync() of the local file with the central
// database, on the calling thread (SyncController's background job) with connections of its own. `password` is the one
// the credential store gave (empty: libpq's PGPASSWORD and ~/.pgpass apply).
SyncOutcome runSyncEngine(const QString &localPath, const CentralUrl &central, const QString &password,
                          const std::function<bool(int done, int total)> &progress);

} // namespace PartnerDesk
