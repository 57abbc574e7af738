#pragma once

#include "core/result.h"
#include "store/syncrole.h"

namespace PartnerDesk {

class CentralSession;

// The role of the session's login, asked of the central database (docs/SYNC.md, "Partner
// desktops"). SyncRole itself lives in the store: the local books keep whose desktop they are.
Result<SyncRole> detectSyncRole(CentralSession &session);

} // namespace PartnerDesk
