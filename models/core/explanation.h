#pragma once

#include "core/attributionengine.h"
#include "core/order.h"

#include <QCoreApplication>
#include <QString>

namespace PartnerDesk {

// Why an order earned what it earned (or nothing): the order, the rules' verdicts in order, and
// who was credited. LedgerStore::explain() reads it; `partnerdesk-cli explain` and the
// manual-assignments pane show explanationText().
struct Explanation
{
    Q_DECLARE_TR_FUNCTIONS(Explanation)

public:
    Order order;
    bool imported = false;
    Attribution attribution;
    QString affiliateCode;
    QString affiliateName;
    QString programName;
    QString transactionStatus;
    QString transactionHold; // '' | held | cleared | cancelled, as the books hold it
};

// The explainer's text: the order's facts, each rule tried and its reason, the result. Plain
// amounts (as the CLI prints everything), one line per fact.
QString explanationText(const Explanation &explanation);

} // namespace PartnerDesk
