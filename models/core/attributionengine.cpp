#include "attributionengine.h"

#include "hostname.h"
#include "linkbuilder.h"
#include "money.h"
#include "rate.h"
#include "timestamp.h"
#include "valuerules.h"

#include <QCoreApplication>
#include <QUrl>

namespace PartnerDesk {

namespace {

constexpr AttributionRule ruleOrder[] = {AttributionRule::Manual,  AttributionRule::Coupon, AttributionRule::Link,
                                         AttributionRule::Rewrite, AttributionRule::Direct, AttributionRule::Lifetime};
constexpr qint64 secondsPerDay = 86400;

} // namespace

QString AttributionEngine::ruleName(AttributionRule rule)
{
    switch (rule) {
    case AttributionRule::Manual:
        return QStringLiteral("manual");
    case AttributionRule::Coupon:
        return QStringLiteral("coupon");
    case AttributionRule::Link:
        return QStringLiteral("link");
    case AttributionRule::Rewrite:
        return QStringLiteral("rewrite");
    case AttributionRule::Direct:
        return QStringLiteral("direct");
    case AttributionRule::Lifetime:
        return QStringLiteral("lifetime");
    case AttributionRule::Unattributed:
        return QStringLiteral("unattributed");
    }
    return {};
}

std::optional<AttributionRule> AttributionEngine::parseRule(QStringView name)
{
    for (AttributionRule rule : ruleOrder) {
        if (ruleName(rule) == name)
            return rule;
    }
    if (name == u"unattributed")
        return AttributionRule::Unattributed;
    return std::nullopt;
}

QString AttributionEngine::rateSourceName(RateSource source)
{
    switch (source) {
    case RateSource::Program:
        return QStringLiteral("program");
    case RateSource::Partner:
        return QStringLiteral("partner");
    case RateSource::Tier:
        return QStringLiteral("tier");
    case RateSource::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<RateSource> AttributionEngine::parseRateSource(QStringView name)
{
    for (RateSource source : {RateSource::Program, RateSource::Partner, RateSource::Tier, RateSource::Manual}) {
        if (rateSourceName(source) == name)
            return source;
    }
    return std::nullopt;
}

QString AttributionEngine::customerKey(const QString &email)
{
    // ASCII case only, as SQLite's lower() folds it: the books index the same key (orders_customer).
    QString key = email.trimmed();
    for (QChar &c : key) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return key;
}

QString AttributionEngine::describe(const AffiliateFacts &affiliate) const
{
    return QStringLiteral("%1 (%2)").arg(affiliate.code, affiliate.name);
}

Attribution AttributionEngine::attribute(const Order &order, Detail detail, RuleHistory *history) const
{
    const bool explain = detail == Detail::WithReasons;
    const Context context{order, history, explain};
    Attribution result;
    for (AttributionRule rule : ruleOrder) {
        RuleVerdict verdict;
        verdict.rule = rule;
        if (result.isAttributed()) {
            verdict.outcome = RuleVerdict::Outcome::NotReached;
            if (explain)
                verdict.reason = tr("not tried: the %1 rule already won").arg(ruleName(result.rule));
            result.trace.append(verdict);
            continue;
        }
        std::optional<Candidate> candidate;
        switch (rule) {
        case AttributionRule::Manual:
            candidate = manual(order, explain ? &verdict.reason : nullptr);
            break;
        case AttributionRule::Coupon:
            candidate = coupon(order, explain ? &verdict.reason : nullptr);
            break;
        case AttributionRule::Link:
            candidate = link(order, explain ? &verdict.reason : nullptr);
            break;
        case AttributionRule::Rewrite:
            candidate = rewrite(order, explain ? &verdict.reason : nullptr);
            break;
        case AttributionRule::Direct:
            candidate = direct(order, explain ? &verdict.reason : nullptr);
            break;
        case AttributionRule::Lifetime:
            candidate = lifetime(context, explain ? &verdict.reason : nullptr);
            break;
        case AttributionRule::Unattributed:
            break;
        }
        verdict.outcome = candidate ? RuleVerdict::Outcome::Won : RuleVerdict::Outcome::NotMatched;
        if (candidate) {
            result.rule = rule;
            result.affiliateId = candidate->affiliateId;
            result.programId = candidate->programId;
            chooseRate(*candidate, context, result);
            const AffiliateFacts *winner = m_snapshot.affiliate(candidate->affiliateId);
            if (winner && !order.customerEmail.trimmed().isEmpty() &&
                winner->email.compare(order.customerEmail.trimmed(), Qt::CaseInsensitive) == 0) {
                result.selfReferral = true;
                result.commissionMinor = 0;
                if (explain)
                    verdict.reason += tr("; self-referral: the customer is the partner (%1), so it earns nothing")
                                          .arg(order.customerEmail.trimmed());
            }
        }
        result.trace.append(verdict);
    }
    if (result.isAttributed()) {
        result.campaign = campaignOf(order, result);
        checkFraud(context, result);
    }
    return result;
}

std::optional<AttributionEngine::Candidate> AttributionEngine::manual(const Order &order, QString *reason) const
{
    const ManualFacts *assignment = m_snapshot.manual(order.orderId);
    if (!assignment) {
        if (reason)
            *reason = tr("no manual assignment for this order");
        return std::nullopt;
    }
    const AffiliateFacts *affiliate = m_snapshot.affiliate(assignment->affiliateId);
    if (!affiliate) {
        if (reason)
            *reason = tr("the assigned partner no longer exists");
        return std::nullopt;
    }
    // A manager's assignment overrides the membership requirement; it still needs a program.
    const qint64 programId = affiliate->primaryProgramId ? affiliate->primaryProgramId : affiliate->anyProgramId;
    const ProgramTerms *terms = m_snapshot.program(programId);
    if (!terms) {
        if (reason)
            *reason = tr("assigned to %1, who is not a member of any program").arg(describe(*affiliate));
        return std::nullopt;
    }
    Candidate candidate{affiliate->id, programId, terms->linkRateBp, assignment->amountMinor};
    if (assignment->amountMinor) {
        candidate.rateBp = 0;
        candidate.manualAmount = true;
        if (reason)
            *reason = tr("assigned by hand to %1 with a fixed amount of %2 %3: %4")
                          .arg(describe(*affiliate), Money(*assignment->amountMinor, order.currency).toPlainString(),
                               order.currency, assignment->reason);
    } else {
        if (reason)
            *reason = tr("assigned by hand to %1 at the link rate in %2: %3")
                          .arg(describe(*affiliate), terms->name, assignment->reason);
    }
    return candidate;
}

std::optional<AttributionEngine::Candidate> AttributionEngine::coupon(const Order &order, QString *reason) const
{
    const QString code = order.couponCode.trimmed();
    if (code.isEmpty()) {
        if (reason)
            *reason = tr("the order has no coupon code");
        return std::nullopt;
    }
    const CouponFacts *coupon = m_snapshot.coupon(code);
    if (!coupon) {
        if (reason)
            *reason = tr("coupon \"%1\" is not a partner's coupon").arg(code);
        return std::nullopt;
    }
    const AffiliateFacts *affiliate = m_snapshot.affiliate(coupon->affiliateId);
    const ProgramTerms *terms = m_snapshot.program(coupon->programId);
    if (!coupon->active || !affiliate || !terms) {
        if (reason)
            *reason = tr("coupon \"%1\" is inactive").arg(code);
        return std::nullopt;
    }
    if (!m_snapshot.hasActiveMembership(affiliate->id, terms->id)) {
        if (reason)
            *reason = tr("coupon \"%1\" belongs to %2, who has no active membership in %3")
                          .arg(code, describe(*affiliate), terms->name);
        return std::nullopt;
    }
    if (reason)
        *reason = tr("coupon \"%1\" of %2 in %3").arg(code, describe(*affiliate), terms->name);
    return Candidate{affiliate->id, terms->id, terms->couponRateBp, std::nullopt, true, false};
}

std::optional<AttributionEngine::Candidate>
AttributionEngine::viaPrimaryProgram(const AffiliateFacts &affiliate, const QString &how, QString *reason) const
{
    const ProgramTerms *terms = m_snapshot.program(affiliate.primaryProgramId);
    if (!terms) {
        if (reason)
            *reason = tr("%1 names %2, who has no active membership").arg(how, describe(affiliate));
        return std::nullopt;
    }
    if (reason)
        *reason = tr("%1 names %2; primary program %3").arg(how, describe(affiliate), terms->name);
    return Candidate{affiliate.id, terms->id, terms->linkRateBp, std::nullopt, false, false};
}

std::optional<AttributionEngine::Candidate> AttributionEngine::link(const Order &order, QString *reason) const
{
    const QString fromUrl = LinkBuilder::affiliateCodeOf(order.landingUrl);
    const QString fromCookie = order.affiliateCode.trimmed();
    QStringList whyNot;
    // The landing URL's acc is the visit that converted: last click beats the older cookie.
    const QString sources[] = {fromUrl, fromCookie};
    for (const QString &code : sources) {
        if (code.isEmpty())
            continue;
        const QString how = !reason                ? QString()
                            : &code == &sources[0] ? tr("acc \"%1\" of the landing URL").arg(code)
                                                   : tr("the affiliate_code \"%1\"").arg(code);
        const AffiliateFacts *affiliate = m_snapshot.affiliateByCode(code);
        if (!affiliate) {
            if (reason)
                whyNot.append(tr("%1 is no partner's code").arg(how));
            continue;
        }
        QString why;
        if (auto candidate = viaPrimaryProgram(*affiliate, how, reason ? &why : nullptr)) {
            if (reason)
                *reason = whyNot.isEmpty() ? why : whyNot.join(QStringLiteral("; ")) + QStringLiteral("; ") + why;
            return candidate;
        }
        whyNot.append(why);
    }
    if (reason)
        *reason = whyNot.isEmpty() ? tr("no acc in the landing URL and no affiliate_code")
                                   : whyNot.join(QStringLiteral("; "));
    return std::nullopt;
}

std::optional<AttributionEngine::Candidate> AttributionEngine::rewrite(const Order &order, QString *reason) const
{
    if (order.landingUrl.isEmpty()) {
        if (reason)
            *reason = tr("the order has no landing URL");
        return std::nullopt;
    }
    // Parsing a URL is the costly part of this rule: first ask whether its path could be a rewrite.
    const QStringView landing(order.landingUrl);
    const qsizetype authority = landing.indexOf(u"://");
    const qsizetype pathStart = authority < 0 ? -1 : landing.indexOf(u'/', authority + 3);
    if (pathStart >= 0) {
        qsizetype pathEnd = pathStart;
        while (pathEnd < landing.size() && landing.at(pathEnd) != u'?' && landing.at(pathEnd) != u'#')
            ++pathEnd;
        if (!m_snapshot.mayBeRewritePath(landing.mid(pathStart, pathEnd - pathStart))) {
            if (reason)
                *reason = tr("%1 is not a rewrite path").arg(landing.mid(pathStart, pathEnd - pathStart));
            return std::nullopt;
        }
    }
    const QString host = HostName::ofUrl(order.landingUrl);
    if (host.isEmpty() || !m_snapshot.isStoreHost(host)) {
        if (reason)
            *reason = tr("the landing URL is not on a store host");
        return std::nullopt;
    }
    const QString path = QUrl(order.landingUrl).path(QUrl::FullyEncoded);
    const std::optional<qint64> owner = m_snapshot.rewriteOwner(host, path);
    if (!owner) {
        if (reason)
            *reason = tr("%1%2 is not a rewrite path").arg(host, path);
        return std::nullopt;
    }
    const AffiliateFacts *affiliate = m_snapshot.affiliate(*owner);
    if (!affiliate) {
        if (reason)
            *reason = tr("the rewrite's partner no longer exists");
        return std::nullopt;
    }
    return viaPrimaryProgram(
        *affiliate, reason ? tr("rewrite %1%2").arg(host, AttributionSnapshot::normalisePath(path)) : QString(),
        reason);
}

std::optional<AttributionEngine::Candidate> AttributionEngine::direct(const Order &order, QString *reason) const
{
    if (order.referrerUrl.isEmpty()) {
        if (reason)
            *reason = tr("the order has no referrer");
        return std::nullopt;
    }
    const QString host = HostName::ofUrl(order.referrerUrl);
    const auto owner = m_snapshot.domainOwner(host);
    if (!owner) {
        if (reason)
            *reason = tr("referrer host \"%1\" is not a verified partner domain").arg(host);
        return std::nullopt;
    }
    const AffiliateFacts *affiliate = m_snapshot.affiliate(owner->first);
    if (!affiliate) {
        if (reason)
            *reason = tr("the domain's partner no longer exists");
        return std::nullopt;
    }
    return viaPrimaryProgram(
        *affiliate, reason ? tr("referrer %1 (verified domain %2)").arg(host, owner->second) : QString(), reason);
}

std::optional<AttributionEngine::Candidate> AttributionEngine::lifetime(const Context &context, QString *reason) const
{
    const Order &order = context.order;
    if (!m_snapshot.anyLifetime()) {
        if (reason)
            *reason = tr("no program keeps lifetime customers");
        return std::nullopt;
    }
    const QString key = customerKey(order.customerEmail);
    if (key.isEmpty()) {
        if (reason)
            *reason = tr("the order has no customer e-mail");
        return std::nullopt;
    }
    if (!context.history) {
        if (reason)
            *reason = tr("not checked: it needs the books");
        return std::nullopt;
    }
    const std::optional<CustomerCredit> first = context.history->firstCredit(key, order.placedAt, order.orderId);
    if (!first) {
        if (reason)
            *reason = tr("customer %1 has no earlier credited order").arg(key);
        return std::nullopt;
    }
    const ProgramTerms *terms = m_snapshot.program(first->programId);
    const AffiliateFacts *affiliate = m_snapshot.affiliate(first->affiliateId);
    if (!terms || !affiliate) {
        if (reason)
            *reason =
                tr("the partner or program of the customer's first order %1 no longer exists").arg(first->orderId);
        return std::nullopt;
    }
    if (terms->lifetimeDays <= 0) {
        if (reason)
            *reason = tr("customer %1 came with order %2 in %3, which keeps no lifetime customers")
                          .arg(key, first->orderId, terms->name);
        return std::nullopt;
    }
    const QString since = Timestamp::format(first->placedAt).left(10);
    if (order.placedAt - first->placedAt > terms->lifetimeDays * secondsPerDay) {
        if (reason)
            *reason =
                tr("customer %1 came with order %2 on %3, more than %n day(s) before", nullptr, terms->lifetimeDays)
                    .arg(key, first->orderId, since);
        return std::nullopt;
    }
    if (!m_snapshot.hasActiveMembership(affiliate->id, terms->id)) {
        if (reason)
            *reason = tr("customer %1 came with order %2 of %3, who has no active membership in %4")
                          .arg(key, first->orderId, describe(*affiliate), terms->name);
        return std::nullopt;
    }
    if (reason)
        *reason = tr("customer %1 is a lifetime customer of %2 since order %3 on %4 (%5 keeps them %n day(s))", nullptr,
                     terms->lifetimeDays)
                      .arg(key, describe(*affiliate), first->orderId, since, terms->name);
    return Candidate{affiliate->id, terms->id, terms->linkRateBp, std::nullopt, false, false};
}

QString AttributionEngine::campaignOf(const Order &order, const Attribution &result) const
{
    QString campaign;
    if (result.rule == AttributionRule::Rewrite) {
        campaign = m_snapshot.rewriteCampaign(HostName::ofUrl(order.landingUrl),
                                              QUrl(order.landingUrl).path(QUrl::FullyEncoded));
    } else if (order.landingUrl.contains(LinkBuilder::campaignParameterName)) {
        // The tag counts for the partner whose link it came with.
        const AffiliateFacts *named = m_snapshot.affiliateByCode(LinkBuilder::affiliateCodeOf(order.landingUrl));
        if (named && named->id == result.affiliateId)
            campaign = LinkBuilder::campaignOf(order.landingUrl).trimmed();
    }
    return campaign.isEmpty() ? campaign : ValueRules::fitted(campaign, ValueRules::campaign);
}

} // namespace PartnerDesk
