#pragma once

#include "command.h"

#include <QCoreApplication>

namespace PartnerDesk {

// `whatif`: what a change of the commission rules would have paid over a past period, before it is
// saved (docs/COMMISSION.md, "What-if"). Prints CSV, one line per currency:
//   currency,orders,commission_before,commission_after,difference,changed_orders
class WhatIfCommand final
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfCommand)

public:
    static Command command();
    static int run(Invocation &invocation);
};

} // namespace PartnerDesk
