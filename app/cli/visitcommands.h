#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>

namespace PartnerDesk {

// visits import
class VisitCommands final
{
    Q_DECLARE_TR_FUNCTIONS(VisitCommands)

public:
    static QList<Command> all();

private:
    static int importVisits(Invocation &run);
};

} // namespace PartnerDesk
