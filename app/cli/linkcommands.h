#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>

namespace PartnerDesk {

// domain add | verify | approve, rewrite add | export, link, banner add | snippet
class LinkCommands final
{
    Q_DECLARE_TR_FUNCTIONS(LinkCommands)

public:
    static QList<Command> all();

private:
    static int addDomain(Invocation &run);
    static int verifyDomain(Invocation &run);
    static int approveDomain(Invocation &run);
    static int addRewrite(Invocation &run);
    static int exportRewrites(Invocation &run);
    static int link(Invocation &run);
    static int addBanner(Invocation &run);
    static int bannerSnippet(Invocation &run);
};

} // namespace PartnerDesk
