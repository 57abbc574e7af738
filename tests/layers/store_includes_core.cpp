// Must compile: the store links core (the check of the check: the set-up itself builds).
#include "core/money.h"
#include "store/database.h"

int partnerdeskLayerCheck()
{
    return PartnerDesk::Money(1, QStringLiteral("EUR")).minor() > 0 ? 0 : 1;
}
