#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>

namespace PartnerDesk {

// balances, payouts due | batch | mark-paid, report, and the commands this version lacks
class PayoutCommands final
{
    Q_DECLARE_TR_FUNCTIONS(PayoutCommands)

public:
    static QList<Command> all();
    // "Approved" needs "now": every command that reads money first approves what is due.
    static bool refreshApprovals(Invocation &run);

private:
    static int balances(Invocation &run);
    static int payoutsDue(Invocation &run);
    static int payoutBatch(Invocation &run);
    static int markPaid(Invocation &run);
    static int report(Invocation &run);
    static int unavailable(Invocation &run);
};

} // namespace PartnerDesk
