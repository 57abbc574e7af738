#pragma once

#include "attributionsnapshot.h"
#include "order.h"
#include "rulehistory.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace PartnerDesk {

enum class AttributionRule
{
    Manual,
    Coupon,
    Link,
    Rewrite,
    Direct,
    Lifetime,
    Unattributed
};

// Where a credited order's rate came from (transactions.rate_source).
enum class RateSource
{
    Program,
    Partner,
    Tier,
    Manual
};

// A fraud rule that flagged an order (docs/COMMISSION.md, "Fraud holds").
struct HoldFlag
{
    QString rule;     // own_domain | leaked_coupon | shared_customer | cancel_share | no_visit
    QString evidence; // for the manager only: it may name other partners
};

// What one rule concluded about one order, for the explainer.
struct RuleVerdict
{
    AttributionRule rule = AttributionRule::Unattributed;
    enum class Outcome
    {
        Won,
        NotMatched,
        NotReached
    } outcome = Outcome::NotReached;
    QString reason;
};

struct Attribution
{
    AttributionRule rule = AttributionRule::Unattributed;
    qint64 affiliateId = 0;
    qint64 programId = 0;
    int rateBp = 0;
    qint64 commissionMinor = 0;
    bool selfReferral = false;
    RateSource rateSource = RateSource::Program;
    QString rateReason;           // how the rate was chosen, in words (WithReasons only)
    QString campaign;             // acc_campaign of a link naming the winner, or the rewrite's
    std::optional<HoldFlag> hold; // set when a fraud rule flags the order
    QList<RuleVerdict> trace;     // one verdict per rule, in order
    QStringList fraudChecks;      // what each fraud rule found (WithReasons only)

    bool isAttributed() const { return rule != AttributionRule::Unattributed; }
};

// Decides which partner earns an order, at what rate, and whether a fraud rule holds it: the first
// of manual, coupon, link, rewrite, direct, lifetime that matches (DESIGN.md, "Attribution";
// docs/COMMISSION.md). The snapshot holds the program's terms; the history, when given, what the
// tiers, the lifetime rule and three fraud rules need to know about other orders.
class AttributionEngine final
{
    Q_DECLARE_TR_FUNCTIONS(AttributionEngine)

public:
    explicit AttributionEngine(const AttributionSnapshot &snapshot)
        : m_snapshot(snapshot)
    {}

    // The import needs only the winner; the explainer also wants every rule's reason in words.
    enum class Detail
    {
        WinnerOnly,
        WithReasons
    };
    Attribution attribute(const Order &order, Detail detail = Detail::WithReasons,
                          RuleHistory *history = nullptr) const;

    static QString ruleName(AttributionRule rule);
    static std::optional<AttributionRule> parseRule(QStringView name);
    static QString rateSourceName(RateSource source);
    static std::optional<RateSource> parseRateSource(QStringView name);
    // The trimmed e-mail with ASCII letters in lower case, as SQLite's lower(trim(...)): how the
    // lifetime and shared-customer rules know a customer.
    static QString customerKey(const QString &email);
    // The highest tier of `tiers` (ascending) reached with `earlier` orders, or nullptr.
    static const Tier *tierReached(const QList<Tier> &tiers, int earlier);

private:
    struct Candidate
    {
        qint64 affiliateId = 0;
        qint64 programId = 0;
        int rateBp = 0;
        std::optional<qint64> fixedAmount;
        bool couponPart = false; // the coupon rate applies, else the link rate
        bool manualAmount = false;
    };
    struct Context
    {
        const Order &order;
        RuleHistory *history;
        bool explain;
    };
    void chooseRate(const Candidate &candidate, const Context &context, Attribution &result) const;
    std::optional<Candidate> lifetime(const Context &context, QString *reason) const;
    void checkFraud(const Context &context, Attribution &result) const;
    QString campaignOf(const Order &order, const Attribution &result) const;
    std::optional<Candidate> manual(const Order &order, QString *reason) const;
    std::optional<Candidate> coupon(const Order &order, QString *reason) const;
    std::optional<Candidate> link(const Order &order, QString *reason) const;
    std::optional<Candidate> rewrite(const Order &order, QString *reason) const;
    std::optional<Candidate> direct(const Order &order, QString *reason) const;
    std::optional<Candidate> viaPrimaryProgram(const AffiliateFacts &affiliate, const QString &how,
                                               QString *reason) const;
    QString describe(const AffiliateFacts &affiliate) const;

    const AttributionSnapshot &m_snapshot;
};

} // namespace PartnerDesk
