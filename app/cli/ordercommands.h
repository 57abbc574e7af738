#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>

namespace PartnerDesk {

// orders import, assign, explain, transactions, demo
class OrderCommands final
{
    Q_DECLARE_TR_FUNCTIONS(OrderCommands)

public:
    static QList<Command> all();

private:
    static int importOrders(Invocation &run);
    static int assign(Invocation &run);
    static int explain(Invocation &run);
    static int transactions(Invocation &run);
    static int demo(Invocation &run);
};

} // namespace PartnerDesk
