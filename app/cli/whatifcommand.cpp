#include "whatifcommand.h"

#include "core/money.h"
#include "core/rate.h"
#include "core/timestamp.h"
#include "rulecommands.h"
#include "store/database.h"
#include "store/whatif.h"

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

// "N:R" or "N:R:C": from N orders, link rate R %, coupon rate C % (the program's when left out).
std::optional<Tier> parseTier(const QString &text, QString *error)
{
    const QStringList parts = text.split(u':');
    if (parts.size() < 2 || parts.size() > 3) {
        *error = WhatIfCommand::tr("--tier \"%1\" is not MIN_ORDERS:LINK_RATE[:COUPON_RATE], e.g. 50:25:12").arg(text);
        return std::nullopt;
    }
    bool ok = false;
    Tier tier;
    tier.minOrders = parts.at(0).trimmed().toInt(&ok);
    if (!ok || tier.minOrders < 1 || tier.minOrders > 1000000) {
        *error = WhatIfCommand::tr("--tier \"%1\": the minimum number of orders must be 1 to 1000000").arg(text);
        return std::nullopt;
    }
    QString why;
    const std::optional<Rate> link = Rate::parsePercent(parts.at(1).trimmed(), &why);
    if (!link) {
        *error = WhatIfCommand::tr("--tier \"%1\": the link rate: %2").arg(text, why);
        return std::nullopt;
    }
    tier.linkRateBp = link->basisPoints();
    if (parts.size() == 3) {
        const std::optional<Rate> coupon = Rate::parsePercent(parts.at(2).trimmed(), &why);
        if (!coupon) {
            *error = WhatIfCommand::tr("--tier \"%1\": the coupon rate: %2").arg(text, why);
            return std::nullopt;
        }
        tier.couponRateBp = coupon->basisPoints();
    }
    return tier;
}

} // namespace

Command WhatIfCommand::command()
{
    return {
        u"whatif"_s,
        tr("Show what a change of the commission rules would have paid over a past period, per currency, "
           "without saving it: a partner's rate, the program's tiers or its lifetime days."),
        {valueOption(u"program"_s, tr("The program whose rules change."), tr("NAME")),
         valueOption(u"affiliate"_s, tr("Only this partner's commission (and his rate, for the rate flags)."),
                     tr("CODE")),
         valueOption(u"from"_s, tr("First day of the period (YYYY-MM-DD, UTC)."), tr("DATE")),
         valueOption(u"to"_s, tr("Last day of the period, included (YYYY-MM-DD, UTC)."), tr("DATE")),
         valueOption(u"link-rate"_s, tr("The partner's own link rate in percent."), tr("PERCENT")),
         valueOption(u"link-amount"_s, tr("The partner's own flat amount per link order."), tr("AMOUNT")),
         valueOption(u"coupon-rate"_s, tr("The partner's own coupon rate in percent."), tr("PERCENT")),
         valueOption(u"coupon-amount"_s, tr("The partner's own flat amount per coupon order."), tr("AMOUNT")),
         QCommandLineOption(u"reset-link"_s, tr("The partner's link commission back to the tiers or the program's.")),
         QCommandLineOption(u"reset-coupon"_s,
                            tr("The partner's coupon commission back to the tiers or the program's.")),
         valueOption(u"rate-from"_s, tr("The day the partner's rate would start (default: --from)."), tr("DATE")),
         valueOption(u"tier"_s,
                     tr("A tier of the new tier table, MIN_ORDERS:LINK_RATE[:COUPON_RATE]; repeat it for each "
                        "tier; \"none\" tries the program without tiers."),
                     tr("TIER")),
         valueOption(u"lifetime-days"_s, tr("The program's lifetime days (0: off)."), tr("DAYS"))},
        {u"program"_s, u"from"_s, u"to"_s},
        {},
        true,
        &WhatIfCommand::run};
}

int WhatIfCommand::run(Invocation &run)
{
    const std::optional<Program> program = run.program();
    if (!program)
        return ExitFailure;
    const std::optional<qint64> from = Timestamp::parseDate(run.value(u"from"_s));
    if (!from)
        return run.fail(tr("--from must be a date YYYY-MM-DD, not \"%1\".").arg(run.value(u"from"_s)));
    const std::optional<qint64> lastDay = Timestamp::parseDate(run.value(u"to"_s));
    if (!lastDay)
        return run.fail(tr("--to must be a date YYYY-MM-DD, not \"%1\".").arg(run.value(u"to"_s)));
    if (*lastDay < *from)
        return run.fail(tr("--to (%1) is before --from (%2).").arg(run.value(u"to"_s), run.value(u"from"_s)));
    qint64 affiliateId = 0;
    if (run.isSet(u"affiliate"_s)) {
        const std::optional<Affiliate> affiliate = run.affiliate();
        if (!affiliate)
            return ExitFailure;
        affiliateId = affiliate->id;
    }

    RuleChange change;
    change.programId = program->id;
    if (RuleCommands::hasRateFlags(run)) {
        if (!affiliateId)
            return run.fail(tr("A partner's rate needs --affiliate."));
        PartnerRateChange rate;
        rate.programId = program->id;
        rate.affiliateId = affiliateId;
        if (!RuleCommands::readRateFlags(run, *program, rate))
            return ExitFailure;
        const QString start = run.isSet(u"rate-from"_s) ? run.value(u"rate-from"_s) : run.value(u"from"_s);
        const std::optional<qint64> effective = Timestamp::parseDate(start);
        if (!effective)
            return run.fail(tr("--rate-from must be a date YYYY-MM-DD, not \"%1\".").arg(start));
        rate.from = *effective;
        change.rate = rate;
    }
    if (run.isSet(u"tier"_s)) {
        QList<Tier> tiers;
        for (const QString &text : run.values(u"tier"_s)) {
            if (text.trimmed() == u"none")
                continue;
            QString why;
            const std::optional<Tier> tier = parseTier(text, &why);
            if (!tier)
                return run.fail(why);
            tiers.append(*tier);
        }
        change.tiers = tiers;
    }
    if (run.isSet(u"lifetime-days"_s)) {
        const std::optional<qint64> days = run.integer(u"lifetime-days"_s, 0, 3650);
        if (!days)
            return ExitFailure;
        change.lifetimeDays = int(*days);
    }
    if (change.isEmpty())
        return run.fail(tr("Nothing to try: give a rate (--link-rate, --link-amount, --coupon-rate, --coupon-amount, "
                           "--reset-link, --reset-coupon), --tier or --lifetime-days."));

    const qint64 to = *lastDay + Timestamp::secondsPerDay;
    const Result<WhatIfResult> result = WhatIf(run.database()).run(change, *from, to, affiliateId);
    if (!result)
        return run.fail(result.error());
    run.out() << "currency,orders,commission_before,commission_after,difference,changed_orders\n";
    for (const WhatIfLine &line : result->lines) {
        run.out() << line.currency << ',' << line.orders << ','
                  << Money(line.beforeMinor, line.currency).toPlainString() << ','
                  << Money(line.afterMinor, line.currency).toPlainString() << ','
                  << Money(line.afterMinor - line.beforeMinor, line.currency).toPlainString() << ','
                  << line.changedOrders << '\n';
    }
    return ExitSuccess;
}

} // namespace PartnerDesk
