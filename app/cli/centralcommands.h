#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>

namespace PartnerDesk {

// central setup | grant: the central PostgreSQL database (docs/SYNC.md). Both connect to --central
// URL as a database administrator; the password comes the libpq way (PGPASSWORD, ~/.pgpass).
class CentralCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CentralCommands)

public:
    // The environment variable `central grant` takes a new login's password from.
    static constexpr const char *passwordVariable = "PARTNERDESK_LOGIN_PASSWORD";

    static QList<Command> all();

private:
    static int setup(Invocation &run);
    static int grant(Invocation &run);
};

} // namespace PartnerDesk
