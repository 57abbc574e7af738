#pragma once

#include "attributionsnapshot.h"
#include "order.h"

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
    Unattributed
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
    QList<RuleVerdict> trace; // one verdict per rule, in order

    bool isAttributed() const { return rule != AttributionRule::Unattributed; }
};

// Decides which partner earns an order: the first of manual, coupon, link, rewrite, direct that
// matches (DESIGN.md, "Attribution"). Pure: the snapshot holds everything it looks up.
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
    Attribution attribute(const Order &order, Detail detail = Detail::WithReasons) const;

    static QString ruleName(AttributionRule rule);
    static std::optional<AttributionRule> parseRule(QStringView name);

private:
    struct Candidate
    {
        qint64 affiliateId = 0;
        qint64 programId = 0;
        int rateBp = 0;
        std::optional<qint64> fixedAmount;
    };
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
