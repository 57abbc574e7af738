#pragma once

#include "core/rate.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace PartnerDesk {

// The fraud rules' switches and thresholds of one program (docs/COMMISSION.md, "Fraud holds").
struct FraudSettings
{
    bool ownDomain = true;    // the customer e-mail's domain is one the partner registered
    bool leakedCoupon = true; // a coupon order referred by another partner's verified site
    int sharedCustomers = 0;  // > 0: hold when one e-mail was credited to more partners in 30 days
    int cancelShareBp = 0;    // > 0: hold when the partner's cancelled share in 90 days is above
    bool noVisit = false;     // a link order with no visit of the partner within the cookie lifetime

    friend bool operator==(const FraudSettings &, const FraudSettings &) = default;
};

struct Program
{
    qint64 id = 0;
    QString name;
    QString description;
    QString currency = QStringLiteral("EUR");
    Rate linkRate = Rate::fromBasisPoints(2000);
    Rate couponRate = Rate::fromBasisPoints(1000);
    Rate couponDiscount = Rate::fromBasisPoints(1000);
    qint64 thresholdMinor = 5000;
    int cookieDays = 30;
    int holdDays = 30;
    bool active = true;
    QStringList storeHosts; // normalised
    QString createdAt;
    int memberCount = 0;  // active memberships (filled by list queries)
    int lifetimeDays = 0; // 0: no lifetime customers
    FraudSettings fraud;
};

// One row of a partner's rate history in a program (partner_rates). In force for orders placed at
// or after `effectiveFrom` until the next row. Per kind, a rate or a flat amount or neither (then
// the monthly tiers, else the program's rate, apply).
struct PartnerRate
{
    qint64 id = 0;
    qint64 programId = 0;
    qint64 affiliateId = 0;
    qint64 effectiveFrom = 0; // seconds since the epoch, UTC
    std::optional<int> linkRateBp;
    std::optional<qint64> linkAmountMinor;
    std::optional<int> couponRateBp;
    std::optional<qint64> couponAmountMinor;
    QString createdBy;
    QString createdAt;

    bool hasLink() const { return linkRateBp || linkAmountMinor; }
    bool hasCoupon() const { return couponRateBp || couponAmountMinor; }
};

// A monthly tier of a program (program_tiers).
struct Tier
{
    qint64 id = 0;
    qint64 programId = 0;
    int minOrders = 1;
    int linkRateBp = 0;
    std::optional<int> couponRateBp; // nullopt: the program's coupon rate
};

struct Affiliate
{
    qint64 id = 0;
    QString code;
    QString name;
    // Where his payouts go: changed only by a manager's approval (EmailRequestStore).
    QString email;
    QString status = QStringLiteral("approved"); // pending | approved | suspended
    QString createdAt;
    // The payout e-mail he asked for and when; "" and "" while no request waits.
    QString requestedEmail;
    QString emailRequestedAt;

    bool hasEmailRequest() const { return !requestedEmail.isEmpty(); }
};

struct Membership
{
    qint64 id = 0;
    qint64 affiliateId = 0;
    qint64 programId = 0;
    QString affiliateCode;
    QString affiliateName;
    QString affiliateEmail;
    QString programName;
    bool active = true;
    bool primary = false;
    QString joinedAt;
};

struct Banner
{
    qint64 id = 0;
    qint64 programId = 0;
    qint64 affiliateId = 0; // 0: a stock banner of the program
    QString title;
    QString imageUrl;
    int width = 0;
    int height = 0;
};

struct Rewrite
{
    qint64 id = 0;
    qint64 affiliateId = 0;
    QString affiliateCode;
    QString host;
    QString path;
    QString targetUrl;  // the tracked URL (acc, and acc_campaign when the rewrite has a campaign)
    QString campaign{}; // "" = none
};

struct DirectDomain
{
    qint64 id = 0;
    qint64 affiliateId = 0;
    QString domain;
    QString token;
    QString method;
    bool verified = false;
    QString verifiedAt;
};

} // namespace PartnerDesk
