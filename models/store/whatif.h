#pragma once

#include "core/records.h"
#include "core/result.h"
#include "ratestore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace PartnerDesk {

class Database;

// A change of the commission rules to try before saving it (docs/COMMISSION.md, "What-if").
struct RuleChange
{
    qint64 programId = 0;
    std::optional<PartnerRateChange> rate; // what `rate set` would write, through RateStore
    std::optional<QList<Tier>> tiers;      // the program's whole tier table
    std::optional<int> lifetimeDays;

    bool isEmpty() const { return !rate && !tiers && !lifetimeDays; }
};

// What the books would have paid over a period, per currency, with and without the change.
struct WhatIfLine
{
    QString currency;
    qint64 orders = 0;        // orders credited before or after (not cancelled)
    qint64 beforeMinor = 0;   // commission as the books hold it
    qint64 afterMinor = 0;    // commission with the change
    qint64 changedOrders = 0; // orders whose partner, commission or hold changed
};

struct WhatIfResult
{
    QList<WhatIfLine> lines; // by currency
    qint64 ordersSettled = 0;
};

// Applies the change through the stores that save it (RateStore, TierStore, ProgramStore: the same
// checks and copy-forward), then settles every order placed in the period again, inside a transaction
// that it always rolls back: the figures are what a re-import under the new rules would write
// (the same LedgerWriter, the same recount), and nothing is written. The books stay locked for
// other writers while it runs; readers go on (WAL). Only commission not cancelled counts, of
// one partner when `affiliateId` is set (orders the change moves to or from him included).
class WhatIf final
{
    Q_DECLARE_TR_FUNCTIONS(WhatIf)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit WhatIf(Database &database);

    Result<WhatIfResult> run(const RuleChange &change, qint64 from, qint64 to, qint64 affiliateId = 0,
                             const Progress &progress = {});

private:
    Status apply(const RuleChange &change);

    Database &m_database;
};

} // namespace PartnerDesk
