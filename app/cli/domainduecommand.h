#pragma once

#include "command.h"

#include <QCoreApplication>

namespace PartnerDesk {

// `domain verify --due`: re-checks every verified domain whose last check is older than the
// interval (DomainStore's rule) and prints one line per domain:
//   CODE DOMAIN STATUS: DETAIL      STATUS is verified, recovered, lapsing, lapsed or error
// Exit 0 when every one is still verified, 2 when some are lapsing or lapsed, 1 when an outcome
// could not be recorded.
class DomainDueCommand final
{
    Q_DECLARE_TR_FUNCTIONS(DomainDueCommand)

public:
    static QCommandLineOption option();
    // --allow-private-addresses: for this run, what the setting Network/allowPrivateAddresses
    // allows (NetworkGuard): sites on loopback and private addresses, for intranets and tests.
    static QCommandLineOption allowPrivateOption();
    static bool allowsPrivate(const Invocation &invocation);
    static int run(Invocation &invocation);
};

} // namespace PartnerDesk
