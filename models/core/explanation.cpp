#include "explanation.h"

#include "core/money.h"
#include "core/rate.h"
#include "core/timestamp.h"

#include <QTextStream>
#include <utility>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

QString money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toPlainString();
}

} // namespace

QString explanationText(const Explanation &explanation)
{
    QString text;
    QTextStream out(&text);
    const Order &order = explanation.order;
    out << Explanation::tr("Order %1: placed %2, subtotal %3 %4, %5")
               .arg(order.orderId, Timestamp::format(order.placedAt), money(order.subtotalMinor, order.currency),
                    order.currency, Order::statusName(order.status))
        << '\n';
    const std::pair<QString, QString> facts[] = {
        {Explanation::tr("coupon code"), order.couponCode},
        {Explanation::tr("affiliate code"), order.affiliateCode},
        {Explanation::tr("landing URL"), order.landingUrl},
        {Explanation::tr("referrer URL"), order.referrerUrl},
        {Explanation::tr("customer e-mail"), order.customerEmail},
    };
    for (const auto &[label, value] : facts)
        out << "  " << QString(label + u':').leftJustified(18) << (value.isEmpty() ? u"-"_s : value) << '\n';

    const Attribution &attribution = explanation.attribution;
    out << Explanation::tr("Rules, first match wins:") << '\n';
    int number = 0;
    for (const RuleVerdict &verdict : attribution.trace) {
        QString outcome;
        QString reason = verdict.reason;
        switch (verdict.outcome) {
        case RuleVerdict::Outcome::Won:
            outcome = Explanation::tr("WON");
            break;
        case RuleVerdict::Outcome::NotMatched:
            outcome = Explanation::tr("no");
            break;
        case RuleVerdict::Outcome::NotReached:
            outcome = Explanation::tr("not tried");
            reason = Explanation::tr("the %1 rule already won").arg(AttributionEngine::ruleName(attribution.rule));
            break;
        }
        out << "  " << ++number << ". " << AttributionEngine::ruleName(verdict.rule).leftJustified(9)
            << outcome.leftJustified(10) << reason << '\n';
    }

    if (!attribution.isAttributed()) {
        out << Explanation::tr(
                   "Result: unattributed; no rule matched. Assign it by hand with \"partnerdesk-cli assign\".")
            << '\n';
        return text;
    }
    out << Explanation::tr("Rate: %1 (%2)")
               .arg(attribution.rateReason, AttributionEngine::rateSourceName(attribution.rateSource))
        << '\n';
    if (!attribution.campaign.isEmpty())
        out << Explanation::tr("Campaign: %1").arg(attribution.campaign) << '\n';
    if (!attribution.fraudChecks.isEmpty()) {
        out << Explanation::tr("Fraud checks:") << '\n';
        for (const QString &check : attribution.fraudChecks)
            out << "  " << check << '\n';
    }
    if (explanation.transactionHold == u"cleared")
        out << Explanation::tr("Hold: a manager cleared it; the commission goes on as normal.") << '\n';
    else if (explanation.transactionHold == u"cancelled")
        out << Explanation::tr("Hold: a manager cancelled the commission.") << '\n';
    else if (attribution.hold)
        out << Explanation::tr("Hold: held for review (%1); not approved or paid until a manager clears it.")
                   .arg(attribution.hold->rule)
            << '\n';
    const bool flat =
        attribution.rateSource == RateSource::Manual ||
        (attribution.rateSource == RateSource::Partner && attribution.rateBp == 0 && attribution.commissionMinor != 0);
    out << Explanation::tr(
               "Result: %1 (%2), program %3, rule %4, rate %5 %, commission %6 %7, status %8, self-referral %9")
               .arg(explanation.affiliateCode, explanation.affiliateName, explanation.programName,
                    AttributionEngine::ruleName(attribution.rule),
                    !flat ? Rate::fromBasisPoints(attribution.rateBp).toPercentString() : Explanation::tr("fixed"),
                    money(attribution.commissionMinor, order.currency), order.currency,
                    explanation.transactionStatus.isEmpty() ? u"-"_s : explanation.transactionStatus,
                    attribution.selfReferral ? Explanation::tr("yes") : Explanation::tr("no"))
        << '\n';
    return text;
}

} // namespace PartnerDesk
