#pragma once

#include "core/rate.h"
#include "core/records.h"
#include "core/result.h"
#include "ledgerstore.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace PartnerDesk {

class Database;

// Which partners a list shows: those whose name, code or e-mail contains `search` (all when
// empty) and, unless `status` is empty, of that status.
struct PartnerFilter
{
    QString search;
    QString status;
    bool emailRequests = false; // only partners whose payout e-mail request waits for a manager
};

struct PartnerCoupon
{
    qint64 id = 0;
    QString code;
    qint64 programId = 0;
    QString programName;
    Rate customerDiscount;
    Rate partnerRate;
    bool active = true;
    QString createdAt;
};

// A partner's orders and commission in one currency over a span of time.
struct PartnerPeriodTotal
{
    QString currency;
    qint64 orders = 0; // live orders (reversals are no orders)
    qint64 commissionMinor = 0;
};

// What the Partners pane reads about partners beyond AffiliateStore: the list a page at a time,
// one partner's coupons, rewrites and balances, and the removal of a partner who was added by
// mistake (the undo of "Add Partner").
class PartnerStore final
{
    Q_DECLARE_TR_FUNCTIONS(PartnerStore)

public:
    explicit PartnerStore(Database &database);

    // Up to `limit` partners matching `filter`, by name then id, after `after` (from the start
    // when null). Keyset paging: every page is one index range, however deep.
    QList<Affiliate> page(const PartnerFilter &filter, const Affiliate *after, int limit) const;
    int count(const PartnerFilter &filter) const;

    QList<PartnerCoupon> coupons(qint64 affiliateId) const;
    QList<Rewrite> rewrites(qint64 affiliateId) const;
    // The partner's money per currency (as LedgerStore::balances() counts it), from his own
    // transactions only; a currency of his active programs shows even before it earned anything.
    QList<BalanceRow> balances(qint64 affiliateId) const;
    // How many of the partner's transactions have an id above `afterId`, and the highest id of his
    // (0 when he has none): what partner mode announces as new since he last looked.
    std::pair<qint64, qint64> transactionsAfter(qint64 affiliateId, qint64 afterId) const;
    // His orders and commission placed in [from, to) (UTC seconds), per currency, counted as the
    // report counts them (ReportStore): orders are live transactions, not superseded and not
    // reversals; commission is every transaction not cancelled, so a reversal takes its share back.
    QList<PartnerPeriodTotal> totalsBetween(qint64 affiliateId, qint64 from, qint64 to) const;

    // Deletes a partner who has nothing yet: no membership, coupon, domain, rewrite, banner or
    // transaction (the database refuses otherwise). Audited.
    Status remove(qint64 affiliateId, const QString &reason);
    // Puts a removed partner back with his id and code, so what referred to him still does. Audited.
    Status restore(const Affiliate &affiliate, const QString &reason);

private:
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
