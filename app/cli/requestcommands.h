#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>

namespace PartnerDesk {

// Partner requests (docs/REQUESTS.md): applications import, request list / approve / reject,
// claim and vanity. Request ids as `request list` prints them: R12 (a requests row), E34 (the
// payout e-mail change of partner 34).
class RequestCommands final
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommands)

public:
    static QList<Command> all();

private:
    static int importApplications(Invocation &run);
    static int list(Invocation &run);
    static int approve(Invocation &run);
    static int reject(Invocation &run);
    static int claim(Invocation &run);
    static int vanity(Invocation &run);
};

} // namespace PartnerDesk
