#pragma once

#include "command.h"
#include "store/ratestore.h"

#include <QCoreApplication>
#include <QList>

namespace PartnerDesk {

// The commission rules (docs/COMMISSION.md): rate set | rate list | tier add | tier list |
// tier remove | holds list | holds clear | holds cancel | program set (its notices, lifetime and
// fraud settings).
class RuleCommands final
{
    Q_DECLARE_TR_FUNCTIONS(RuleCommands)

public:
    static QList<Command> all();
    // The rate flags of `rate set` (and `whatif`): --link-rate | --link-amount, --coupon-rate |
    // --coupon-amount, --reset-link, --reset-coupon, into `change`. False after saying what is wrong,
    // also when no flag is given.
    static bool readRateFlags(Invocation &run, const Program &program, PartnerRateChange &change);
    static bool hasRateFlags(const Invocation &run);

private:
    static int setRate(Invocation &run);
    static int listRates(Invocation &run);
    static int addTier(Invocation &run);
    static int listTiers(Invocation &run);
    static int removeTier(Invocation &run);
    static int listHolds(Invocation &run);
    static int clearHold(Invocation &run);
    static int cancelHold(Invocation &run);
    static int setProgram(Invocation &run);
};

} // namespace PartnerDesk
