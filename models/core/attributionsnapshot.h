#pragma once

#include "core/records.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace PartnerDesk {

// What the rules need to know about a program.
struct ProgramTerms
{
    qint64 id = 0;
    QString name;
    QString currency;
    int linkRateBp = 0;
    int couponRateBp = 0;
    int couponDiscountBp = 0;
    qint64 thresholdMinor = 0;
    int holdDays = 0;
    int cookieDays = 30;
    bool active = true;
    QStringList storeHosts; // normalised
    int lifetimeDays = 0;   // 0: no lifetime customers
    FraudSettings fraud;
    QList<Tier> tiers; // ascending min_orders
};

struct AffiliateFacts
{
    qint64 id = 0;
    QString code;
    QString name;
    QString email;
    bool approved = true;         // false while pending or suspended
    QList<qint64> activePrograms; // active memberships of active programs, in joining order
    qint64 primaryProgramId = 0;  // 0: no active membership
    qint64 anyProgramId = 0;      // most recent membership, active or not (manual assignments)
};

struct CouponFacts
{
    qint64 affiliateId = 0;
    qint64 programId = 0;
    QString code;
    bool active = true;
};

struct ManualFacts
{
    qint64 affiliateId = 0;
    std::optional<qint64> amountMinor;
    QString reason;
};

// An in-memory picture of everything attribution looks up, loaded once per import so that a
// million orders cost hash lookups, not queries. Tests build one by hand.
class AttributionSnapshot final
{
public:
    void addProgram(const ProgramTerms &program);
    // Memberships must be added in joining order; `primary` marks the manager's chosen primary.
    void addAffiliate(qint64 id, const QString &code, const QString &name, const QString &email, bool approved);
    void addMembership(qint64 affiliateId, qint64 programId, bool active, bool primary);
    void addCoupon(const CouponFacts &coupon);
    void addRewrite(qint64 affiliateId, const QString &host, const QString &path);
    void addVerifiedDomain(qint64 affiliateId, const QString &domainPattern);
    // Every domain a partner registered, verified or not (the own-domain fraud rule).
    void addRegisteredDomain(qint64 affiliateId, const QString &domainPattern);
    void setRewriteCampaign(const QString &host, const QString &path, const QString &campaign);
    // A row of a partner's rate history; rows may come in any order.
    void addPartnerRate(const PartnerRate &rate);
    void setManual(const QString &orderId, const ManualFacts &manual);
    // A withdrawn assignment: the rules apply to the order again.
    void clearManual(const QString &orderId);

    const ProgramTerms *program(qint64 id) const;
    const AffiliateFacts *affiliate(qint64 id) const;
    const AffiliateFacts *affiliateByCode(const QString &code) const;
    const CouponFacts *coupon(const QString &code) const;
    std::optional<qint64> rewriteOwner(const QString &host, const QString &path) const;
    QString rewriteCampaign(const QString &host, const QString &path) const;
    // The partner's own rate row in force for an order placed at `at`, if any.
    const PartnerRate *partnerRateAt(qint64 affiliateId, qint64 programId, qint64 at) const;
    // The registered domain pattern of the partner that `host` falls under ("" when none).
    QString registeredDomainOf(qint64 affiliateId, const QString &host) const;
    // Whether any program keeps lifetime customers (the lifetime rule's cheap pre-check).
    bool anyLifetime() const { return m_anyLifetime; }
    bool anySharedCustomerRule() const;
    bool anyCancelShareRule() const;
    // The programs with monthly tiers.
    QSet<qint64> tieredPrograms() const;
    // A cheap pre-check before parsing a URL: could any rewrite have this (raw) path?
    bool mayBeRewritePath(QStringView rawPath) const;
    // The partner whose verified domain matches the (normalised) host, and the pattern that matched.
    std::optional<std::pair<qint64, QString>> domainOwner(const QString &host) const;
    const ManualFacts *manual(const QString &orderId) const;
    bool isStoreHost(const QString &host) const;
    bool hasActiveMembership(qint64 affiliateId, qint64 programId) const;

    static QString normalisePath(const QString &path);

private:
    void refreshPrimary(AffiliateFacts &affiliate);

    QHash<qint64, ProgramTerms> m_programs;
    QHash<qint64, AffiliateFacts> m_affiliates;
    QHash<qint64, qint64> m_chosenPrimary;
    QHash<qint64, QList<std::pair<qint64, bool>>> m_memberships; // affiliate → (program, active)
    QHash<QString, qint64> m_affiliateByCode;                    // lower-case code
    QHash<QString, CouponFacts> m_coupons;                       // lower-case code
    QHash<QString, qint64> m_rewrites;                           // host + path
    QSet<QString> m_rewritePaths;                                // lower-case normalised paths
    QHash<QString, qint64> m_exactDomains;
    QHash<QString, qint64> m_wildcardDomains; // base of "*.base"
    QHash<QString, ManualFacts> m_manual;
    QHash<QString, QString> m_rewriteCampaigns;                   // host + path
    QHash<std::pair<qint64, qint64>, QList<PartnerRate>> m_rates; // (affiliate, program), by effectiveFrom
    QHash<qint64, QStringList> m_registeredDomains;
    bool m_anyLifetime = false;
};

} // namespace PartnerDesk
