#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>

namespace PartnerDesk {

// E-mail notices to partners (docs/NOTICES.md): notify send | notify list, and their settings:
// affiliate set --notices --language (program set --notices: RuleCommands).
class NotifyCommands final
{
    Q_DECLARE_TR_FUNCTIONS(NotifyCommands)

public:
    static QList<Command> all();

private:
    static int send(Invocation &run);
    static int list(Invocation &run);
    static int setAffiliate(Invocation &run);
};

} // namespace PartnerDesk
