#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>

namespace PartnerDesk {

// sync --central URL: push the local changes, pull the central ones (docs/SYNC.md). One summary
// line; exit 0 when done, 2 when conflicts wait for the manager, 1 on an error.
class SyncCommand final
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    static QList<Command> all();

private:
    static int sync(Invocation &run);
};

} // namespace PartnerDesk
