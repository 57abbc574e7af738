#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>

namespace PartnerDesk {

// program add | program list | affiliate add | join | coupon create
class ProgramCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramCommands)

public:
    static QList<Command> all();

private:
    static int addProgram(Invocation &run);
    static int listPrograms(Invocation &run);
    static int addAffiliate(Invocation &run);
    static int join(Invocation &run);
    static int createCoupon(Invocation &run);
};

} // namespace PartnerDesk
