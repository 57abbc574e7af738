#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>

namespace PartnerDesk {

// affiliate email: a partner's payout e-mail as a request a manager approves or rejects.
class AffiliateCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AffiliateCommands)

public:
    static QList<Command> all();

private:
    static int email(Invocation &run);
};

} // namespace PartnerDesk
