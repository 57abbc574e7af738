// The rate and the fraud holds of a credited order: the second half of AttributionEngine, after a
// rule has chosen the partner (docs/COMMISSION.md).
#include "attributionengine.h"
#include "hostname.h"
#include "money.h"
#include "rate.h"
#include "timestamp.h"

#include <algorithm>

namespace PartnerDesk {

namespace {

constexpr qint64 secondsPerDay = 86400;
constexpr int sharedCustomerDays = 30;
constexpr int cancelShareDays = 90;
// A share of cancelled orders says little about a partner with few orders: the rule waits for this many.
constexpr int cancelShareMinimumOrders = 10;

QString percent(int basisPoints)
{
    return Rate::fromBasisPoints(basisPoints).toPercentString();
}

} // namespace

const Tier *AttributionEngine::tierReached(const QList<Tier> &tiers, int earlier)
{
    const Tier *reached = nullptr;
    for (const Tier &tier : tiers) {
        if (tier.minOrders > earlier)
            break;
        reached = &tier;
    }
    return reached;
}

void AttributionEngine::chooseRate(const Candidate &candidate, const Context &context, Attribution &result) const
{
    const Order &order = context.order;
    // The words only the explainer reads are made only for it: this runs once per imported order.
    const auto part = [&] {
        return candidate.couponPart ? tr("coupon") : tr("link");
    };
    auto byRate = [&](int basisPoints, RateSource source, const QString &why) {
        result.rateBp = basisPoints;
        result.commissionMinor =
            Money(order.subtotalMinor, order.currency).applyRate(Rate::fromBasisPoints(basisPoints)).minor();
        result.rateSource = source;
        if (context.explain)
            result.rateReason = why;
    };
    if (candidate.manualAmount) {
        result.rateBp = 0;
        result.commissionMinor = candidate.fixedAmount.value_or(0);
        result.rateSource = RateSource::Manual;
        if (context.explain)
            result.rateReason = tr("an amount a manager entered");
        return;
    }
    const ProgramTerms *terms = m_snapshot.program(candidate.programId);
    QString passed;
    if (terms) {
        if (const PartnerRate *own =
                m_snapshot.partnerRateAt(candidate.affiliateId, candidate.programId, order.placedAt)) {
            const auto since = [&] {
                return Timestamp::format(own->effectiveFrom).left(10);
            };
            const std::optional<qint64> amount = candidate.couponPart ? own->couponAmountMinor : own->linkAmountMinor;
            const std::optional<int> rate = candidate.couponPart ? own->couponRateBp : own->linkRateBp;
            if (amount && order.currency.compare(terms->currency, Qt::CaseInsensitive) == 0) {
                // A flat amount never pays more than the order's subtotal.
                result.rateBp = 0;
                result.commissionMinor = std::min(*amount, order.subtotalMinor);
                result.rateSource = RateSource::Partner;
                if (context.explain) {
                    result.rateReason =
                        tr("the partner's own %1 amount of %2 %3 per order since %4")
                            .arg(part(), Money(*amount, terms->currency).toPlainString(), terms->currency, since());
                    if (*amount > order.subtotalMinor)
                        result.rateReason += tr(", capped at the subtotal");
                }
                return;
            }
            if (rate) {
                byRate(*rate, RateSource::Partner,
                       tr("the partner's own %1 rate of %2 % since %3").arg(part(), percent(*rate), since()));
                return;
            }
            if (amount && context.explain)
                passed = tr("the partner's own %1 amount is in %2, the order in %3; ")
                             .arg(part(), terms->currency, order.currency);
        }
        if (!terms->tiers.isEmpty() && context.history) {
            const int earlier = context.history->creditedEarlierInMonth(candidate.affiliateId, candidate.programId,
                                                                        order.placedAt, order.orderId);
            if (const Tier *tier = tierReached(terms->tiers, earlier)) {
                const bool own = !candidate.couponPart || tier->couponRateBp.has_value();
                const int rate =
                    candidate.couponPart ? tier->couponRateBp.value_or(terms->couponRateBp) : tier->linkRateBp;
                byRate(rate, own ? RateSource::Tier : RateSource::Program,
                       passed + tr("the tier from %n order(s): %1 earlier credited order(s) this month, %2 rate %3 %",
                                   nullptr, tier->minOrders)
                                    .arg(earlier)
                                    .arg(part(), percent(rate)));
                return;
            }
            if (context.explain)
                passed += tr("%1 earlier credited order(s) this month, below the first tier (%2); ")
                              .arg(earlier)
                              .arg(terms->tiers.first().minOrders);
        }
    }
    byRate(candidate.rateBp, RateSource::Program,
           passed +
               tr("the %1 rate of %2, %3 %").arg(part(), terms ? terms->name : QString(), percent(candidate.rateBp)));
}

void AttributionEngine::checkFraud(const Context &context, Attribution &result) const
{
    // A manager's assignment is a decision already; an order that earns nothing has nothing to hold.
    if (result.rule == AttributionRule::Manual || result.selfReferral)
        return;
    const ProgramTerms *terms = m_snapshot.program(result.programId);
    const AffiliateFacts *affiliate = m_snapshot.affiliate(result.affiliateId);
    if (!terms || !affiliate)
        return;
    const Order &order = context.order;
    const FraudSettings &fraud = terms->fraud;
    const QString key = customerKey(order.customerEmail);
    const auto who = [&] {
        return describe(*affiliate);
    };
    auto flag = [&](const char *rule, const QString &evidence) {
        result.hold = HoldFlag{QString::fromLatin1(rule), evidence};
        if (context.explain)
            result.fraudChecks.append(tr("HELD by %1: %2").arg(QString::fromLatin1(rule), evidence));
    };
    // Passed a rule: words only when explaining (an import checks every order; the words are not
    // made for nothing).
    auto fine = [&](const auto &why) {
        if (context.explain)
            result.fraudChecks.append(why());
    };

    if (fraud.ownDomain) {
        const qsizetype at = key.lastIndexOf(u'@');
        const QString domain = at < 0 ? QString() : HostName::normalise(key.mid(at + 1));
        if (const QString pattern = m_snapshot.registeredDomainOf(affiliate->id, domain); !pattern.isEmpty()) {
            flag("own_domain", tr("the customer e-mail %1 is at %2, a domain %3 registered").arg(key, pattern, who()));
            return;
        }
        fine([&] { return tr("own domain: the customer e-mail is not at a domain the partner registered"); });
    }
    if (fraud.leakedCoupon && result.rule == AttributionRule::Coupon) {
        const QString host = HostName::ofUrl(order.referrerUrl);
        const auto owner = host.isEmpty() ? std::nullopt : m_snapshot.domainOwner(host);
        const AffiliateFacts *site = owner ? m_snapshot.affiliate(owner->first) : nullptr;
        if (site && site->id != affiliate->id) {
            flag("leaked_coupon", tr("coupon \"%1\" of %2 came with a customer referred by %3, the verified site of %4")
                                      .arg(order.couponCode.trimmed(), who(), host, describe(*site)));
            return;
        }
        fine([&] { return tr("leaked coupon: the referrer is not another partner's verified site"); });
    }
    if (fraud.sharedCustomers > 0 && context.history && !key.isEmpty()) {
        QList<qint64> partners = context.history->partnersOfCustomer(
            key, order.placedAt - sharedCustomerDays * secondsPerDay, order.placedAt, order.orderId);
        if (!partners.contains(affiliate->id))
            partners.append(affiliate->id);
        if (partners.size() > fraud.sharedCustomers) {
            QStringList codes;
            for (qint64 id : std::as_const(partners)) {
                const AffiliateFacts *other = m_snapshot.affiliate(id);
                codes.append(other ? other->code : QString::number(id));
            }
            codes.sort();
            flag("shared_customer", tr("customer %1 was credited to %2 partners in %3 days (%4), more than %5")
                                        .arg(key)
                                        .arg(partners.size())
                                        .arg(sharedCustomerDays)
                                        .arg(codes.join(QStringLiteral(", ")))
                                        .arg(fraud.sharedCustomers));
            return;
        }
        fine([&] {
            return tr("shared customer: %1 partner(s) in %2 days, at most %3 allowed")
                .arg(partners.size())
                .arg(sharedCustomerDays)
                .arg(fraud.sharedCustomers);
        });
    }
    if (fraud.cancelShareBp > 0 && context.history) {
        const RuleHistory::Share share = context.history->partnerOrders(
            affiliate->id, order.placedAt - cancelShareDays * secondsPerDay, order.placedAt);
        if (share.orders >= cancelShareMinimumOrders &&
            qint64(share.cancelled) * 10000 > qint64(share.orders) * fraud.cancelShareBp) {
            flag("cancel_share",
                 tr("%1 of %2 orders of %3 in the %4 days before were cancelled or refunded (%5 %), above %6 %")
                     .arg(share.cancelled)
                     .arg(share.orders)
                     .arg(who())
                     .arg(cancelShareDays)
                     .arg(percent(int(qint64(share.cancelled) * 10000 / share.orders)), percent(fraud.cancelShareBp)));
            return;
        }
        fine([&] {
            return tr("cancel share: %1 of %2 orders cancelled in %3 days (the rule needs %4 orders and a share above "
                      "%5 %)")
                .arg(share.cancelled)
                .arg(share.orders)
                .arg(cancelShareDays)
                .arg(cancelShareMinimumOrders)
                .arg(percent(fraud.cancelShareBp));
        });
    }
    if (fraud.noVisit && result.rule == AttributionRule::Link && context.history) {
        const std::optional<bool> visited =
            context.history->visited(affiliate->id, order.placedAt - terms->cookieDays * secondsPerDay, order.placedAt);
        if (visited && !*visited) {
            flag("no_visit", tr("no recorded visit of %1 in the %n day(s) before the order (the cookie lifetime)",
                                nullptr, terms->cookieDays)
                                 .arg(who()));
            return;
        }
        fine([&] {
            return visited ? tr("no visit: a visit of the partner was recorded within the cookie lifetime")
                           : tr("no visit: not checked, the imported visits do not cover the cookie lifetime before "
                                "the order");
        });
    }
}

} // namespace PartnerDesk
