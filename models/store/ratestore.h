#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace PartnerDesk {

class Database;

// What a manager sets for a partner in a program from a date on (docs/COMMISSION.md, "Partner
// rates"). Per kind (link, coupon): a rate, a flat amount, a reset, or nothing (then the part in
// force just before `from` is copied, so every row is a complete state).
struct PartnerRateChange
{
    qint64 programId = 0;
    qint64 affiliateId = 0;
    qint64 from = 0; // seconds since the epoch, UTC
    std::optional<int> linkRateBp;
    std::optional<qint64> linkAmountMinor; // in the program's currency
    std::optional<int> couponRateBp;
    std::optional<qint64> couponAmountMinor;
    bool resetLink = false; // back to the tiers, else the program's rate
    bool resetCoupon = false;
    QString actor; // created_by; "" = Database::currentActor()
};

// A partner's own rates with their history (partner_rates). A row is written, never changed:
// the rate in force for an order is the row with the latest effective_from at or before its
// placed_at. Every write is audited in its transaction and refused on a partner's desktop.
class RateStore final
{
    Q_DECLARE_TR_FUNCTIONS(RateStore)

public:
    // The largest flat amount per order the books keep (partner_rates' CHECK), in minor units.
    static constexpr qint64 maxAmountMinor = 100'000'000'000;

    explicit RateStore(Database &database);

    // Writes one row effective from `change.from`; returns its id. Refused (a sentence saying
    // why, nothing written) for an unknown program or partner, a partner who is not an active
    // member of the program, a rate outside 0-100 %, an amount below zero or above
    // maxAmountMinor, a rate and an amount (or either and a reset) for one kind, a change that
    // changes nothing, and a date the partner already has a row for in the program.
    Result<qint64> set(const PartnerRateChange &change);

    // The partner's rows, by program then effective_from (oldest first); `programId` > 0: that
    // program's only.
    QList<PartnerRate> history(qint64 affiliateId, qint64 programId = 0) const;
    // The row in force at `at` (seconds UTC): the latest effective_from <= at; nullopt when none.
    std::optional<PartnerRate> inForce(qint64 affiliateId, qint64 programId, qint64 at) const;

private:
    bool isPartnerDesktop() const;
    QList<PartnerRate> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
