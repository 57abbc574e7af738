#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace PartnerDesk {

class Database;

// A program's monthly tiers (program_tiers; docs/COMMISSION.md, "Monthly tiers"). Changes are
// audited in their transaction and refused on a partner's desktop.
class TierStore final
{
    Q_DECLARE_TR_FUNCTIONS(TierStore)

public:
    explicit TierStore(Database &database);

    // A tier "from `minOrders` credited orders in the month: link rate, coupon rate (nullopt: the
    // program's)"; returns its id. Refused for an unknown program, minOrders outside
    // 1..1,000,000, a rate outside 0-100 %, and a second tier with the same minOrders.
    Result<qint64> add(qint64 programId, int minOrders, int linkRateBp, std::optional<int> couponRateBp);
    Status remove(qint64 tierId);

    // By min_orders.
    QList<Tier> list(qint64 programId) const;
    std::optional<Tier> byMinOrders(qint64 programId, int minOrders) const;

private:
    bool isPartnerDesktop() const;
    QList<Tier> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
