#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace PartnerDesk {

// The order that made a customer a partner's (docs/COMMISSION.md, "Lifetime customers").
struct CustomerCredit
{
    qint64 affiliateId = 0;
    qint64 programId = 0;
    qint64 placedAt = 0;
    QString orderId;
};

// What the rules that look past one order need to know about the others: monthly tiers, lifetime
// customers and three of the fraud rules. An order is "before" another when its (placed_at,
// order_id) is smaller. The books implement it (LedgerHistory); the engine works without one,
// and then those rules do not apply.
class RuleHistory
{
public:
    virtual ~RuleHistory() = default;

    // The partner's credited, not cancelled orders in the program in the UTC month of `placedAt`,
    // before the order.
    virtual int creditedEarlierInMonth(qint64 affiliateId, qint64 programId, qint64 placedAt,
                                       const QString &orderId) = 0;
    // The customer's first credit by the rules 1-5 (a live, not cancelled transaction of another
    // kind than lifetime) before the order.
    virtual std::optional<CustomerCredit> firstCredit(const QString &customerKey, qint64 placedAt,
                                                      const QString &orderId) = 0;
    // The partners the customer's orders placed from `from` and before the order are credited to.
    virtual QList<qint64> partnersOfCustomer(const QString &customerKey, qint64 from, qint64 to,
                                             const QString &orderId) = 0;
    struct Share
    {
        int orders = 0;
        int cancelled = 0;
    };
    // The partner's credited orders placed in [from, to) and how many of them are cancelled.
    virtual Share partnerOrders(qint64 affiliateId, qint64 from, qint64 to) = 0;
    // nullopt when the imported visits do not cover [from, to]; else whether the partner has one.
    virtual std::optional<bool> visited(qint64 affiliateId, qint64 from, qint64 to) = 0;
};

} // namespace PartnerDesk
