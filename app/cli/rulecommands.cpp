#include "rulecommands.h"

#include "core/csvwriter.h"
#include "core/money.h"
#include "core/rate.h"
#include "core/timestamp.h"
#include "store/holdstore.h"
#include "store/noticesettingsstore.h"
#include "store/programstore.h"
#include "store/ratestore.h"
#include "store/tierstore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

// A --NAME percent option: nullopt (after saying why) when it is no percentage from 0 to 100.
std::optional<int> percentOption(Invocation &run, const QString &name)
{
    QString error;
    const std::optional<Rate> rate = Rate::parsePercent(run.value(name).trimmed(), &error);
    if (!rate) {
        run.fail(u"--"_s + name + u": "_s + error);
        return std::nullopt;
    }
    return rate->basisPoints();
}

// A --NAME amount option in `currency`: nullopt (after saying why) when it is no amount of it or
// is negative.
std::optional<qint64> amountOption(Invocation &run, const QString &name, const QString &currency)
{
    QString error;
    const std::optional<Money> amount = Money::parse(run.value(name).trimmed(), currency, &error);
    if (!amount) {
        run.fail(u"--"_s + name + u": "_s + error);
        return std::nullopt;
    }
    if (amount->minor() < 0) {
        run.fail(RuleCommands::tr("--%1 cannot be negative.").arg(name));
        return std::nullopt;
    }
    return amount->minor();
}

// An on|off option; nullopt (after saying why) for anything else.
std::optional<bool> switchOption(Invocation &run, const QString &name)
{
    const QString value = run.value(name).trimmed().toLower();
    if (value == u"on")
        return true;
    if (value == u"off")
        return false;
    run.fail(RuleCommands::tr("--%1 takes on or off, not \"%2\".").arg(name, run.value(name)));
    return std::nullopt;
}

CsvCell percentCell(const std::optional<int> &basisPoints)
{
    return CsvCell::number(basisPoints ? Rate::fromBasisPoints(*basisPoints).toPercentString() : QString());
}

CsvCell amountCell(const std::optional<qint64> &minor, const QString &currency)
{
    return CsvCell::number(minor ? Money(*minor, currency).toPlainString() : QString());
}

QCommandLineOption programOption()
{
    return valueOption(u"program"_s, RuleCommands::tr("The program's name."), RuleCommands::tr("NAME"));
}

QCommandLineOption orderOption()
{
    return valueOption(u"order"_s, RuleCommands::tr("The order id."), RuleCommands::tr("ID"));
}

QCommandLineOption reasonOption()
{
    return valueOption(u"reason"_s, RuleCommands::tr("Why (required; goes into the audit log)."),
                       RuleCommands::tr("TEXT"));
}

} // namespace

QList<Command> RuleCommands::all()
{
    return {
        {u"rate set"_s,
         tr("Give a partner his own link and/or coupon commission in a program from a date on (a percentage or a "
            "flat amount per order); what is not given stays as it was before that date."),
         {programOption(), valueOption(u"affiliate"_s, tr("The partner's affiliate code."), tr("CODE")),
          valueOption(u"link-rate"_s, tr("His commission on link, rewrite, direct and lifetime orders, in percent."),
                      tr("PERCENT")),
          valueOption(u"link-amount"_s,
                      tr("Or a flat amount per such order in the program's currency (at most the order's subtotal)."),
                      tr("AMOUNT")),
          valueOption(u"coupon-rate"_s, tr("His commission on coupon orders, in percent."), tr("PERCENT")),
          valueOption(u"coupon-amount"_s, tr("Or a flat amount per coupon order in the program's currency."),
                      tr("AMOUNT")),
          QCommandLineOption(u"reset-link"_s, tr("Drop his own link commission (the tiers or the program's apply).")),
          QCommandLineOption(u"reset-coupon"_s,
                             tr("Drop his own coupon commission (the tiers or the program's apply).")),
          valueOption(u"from"_s,
                      tr("For orders placed from then on: YYYY-MM-DD (midnight UTC) or YYYY-MM-DDTHH:MM:SSZ "
                         "(default: now)."),
                      tr("DATE"))},
         {u"program"_s, u"affiliate"_s},
         {},
         true,
         &RuleCommands::setRate},
        {u"rate list"_s,
         tr("Print a partner's own rates with their history as CSV, by program and date."),
         {valueOption(u"affiliate"_s, tr("The partner's affiliate code."), tr("CODE")),
          valueOption(u"program"_s, tr("Only this program."), tr("NAME"))},
         {u"affiliate"_s},
         {},
         true,
         &RuleCommands::listRates},
        {u"tier add"_s,
         tr("Add a monthly tier to a program: from N credited orders in a calendar month (UTC), a partner earns "
            "this rate on his next orders that month."),
         {programOption(),
          valueOption(u"min-orders"_s, tr("The partner's orders earlier in the month it takes (1 or more)."), tr("N")),
          valueOption(u"link-rate"_s, tr("The link commission from then on, in percent."), tr("PERCENT")),
          valueOption(u"coupon-rate"_s, tr("The coupon commission from then on, in percent (default: the program's)."),
                      tr("PERCENT"))},
         {u"program"_s, u"min-orders"_s, u"link-rate"_s},
         {},
         true,
         &RuleCommands::addTier},
        {u"tier list"_s,
         tr("Print a program's monthly tiers as CSV."),
         {programOption()},
         {u"program"_s},
         {},
         true,
         &RuleCommands::listTiers},
        {u"tier remove"_s,
         tr("Remove a program's monthly tier."),
         {programOption(), valueOption(u"min-orders"_s, tr("The tier's number of orders."), tr("N"))},
         {u"program"_s, u"min-orders"_s},
         {},
         true,
         &RuleCommands::removeTier},
        {u"holds list"_s,
         tr("Print the commissions a fraud rule holds as CSV, with the rule and its evidence (for the manager's "
            "eyes: it may name other partners)."),
         {},
         {},
         {},
         true,
         &RuleCommands::listHolds},
        {u"holds clear"_s,
         tr("Let a held commission go on as normal (approved once its approval hold passed)."),
         {orderOption(), reasonOption()},
         {u"order"_s, u"reason"_s},
         {},
         true,
         &RuleCommands::clearHold},
        {u"holds cancel"_s,
         tr("Cancel a held commission."),
         {orderOption(), reasonOption()},
         {u"order"_s, u"reason"_s},
         {},
         true,
         &RuleCommands::cancelHold},
        {u"program set"_s,
         tr("Change a program's settings: those of \"program add\", its e-mail notices to partners, lifetime "
            "customers and fraud rules. What is not given stays as it is."),
         {valueOption(u"name"_s, tr("The program's name."), tr("NAME")),
          valueOption(u"description"_s, tr("What partners read about the program."), tr("TEXT")),
          valueOption(u"link-rate"_s, tr("Commission on orders from links, rewrites and direct links, in percent."),
                      tr("PERCENT")),
          valueOption(u"coupon-rate"_s, tr("Commission on orders with the partner's coupon, in percent."),
                      tr("PERCENT")),
          valueOption(u"coupon-discount"_s, tr("The customer's discount with a partner's coupon, in percent."),
                      tr("PERCENT")),
          valueOption(u"threshold"_s, tr("Payout threshold in the program's currency, e.g. 50.00."), tr("AMOUNT")),
          valueOption(u"hold-days"_s, tr("Days after a complete order before its commission is approved."), tr("DAYS")),
          valueOption(u"cookie-days"_s, tr("Cookie lifetime in days."), tr("DAYS")),
          valueOption(u"store-host"_s, tr("The store hosts, replacing the program's; repeat for more."), tr("HOST")),
          valueOption(u"notices"_s,
                      tr("E-mail notices to its partners: off, each (every new transaction) or digest (daily)."),
                      tr("MODE")),
          valueOption(u"lifetime-days"_s,
                      tr("A customer's later orders are credited to the partner who first brought him within this "
                         "many days (0: off)."),
                      tr("DAYS")),
          valueOption(u"fraud-own-domain"_s, tr("Hold orders whose customer e-mail is at a domain of the partner."),
                      tr("on|off")),
          valueOption(u"fraud-leaked-coupon"_s, tr("Hold coupon orders referred by another partner's verified site."),
                      tr("on|off")),
          valueOption(u"fraud-shared-customers"_s,
                      tr("Hold orders of a customer credited to more than N partners in 30 days (0: off)."), tr("N")),
          valueOption(u"fraud-cancel-share"_s,
                      tr("Hold a partner's orders while more than this percentage of his orders in 90 days were "
                         "cancelled or refunded (0: off)."),
                      tr("PERCENT")),
          valueOption(u"fraud-no-visit"_s,
                      tr("Hold link orders with no recorded visit of the partner within the cookie lifetime."),
                      tr("on|off"))},
         {u"name"_s},
         {},
         true,
         &RuleCommands::setProgram},
    };
}

bool RuleCommands::hasRateFlags(const Invocation &run)
{
    for (const QString &flag :
         {u"link-rate"_s, u"link-amount"_s, u"coupon-rate"_s, u"coupon-amount"_s, u"reset-link"_s, u"reset-coupon"_s}) {
        if (run.isSet(flag))
            return true;
    }
    return false;
}

bool RuleCommands::readRateFlags(Invocation &run, const Program &program, PartnerRateChange &change)
{
    change.resetLink = run.isSet(u"reset-link"_s);
    change.resetCoupon = run.isSet(u"reset-coupon"_s);
    for (const auto &[kind, reset] : {std::pair{u"link"_s, change.resetLink}, {u"coupon"_s, change.resetCoupon}}) {
        const QString rate = kind + u"-rate"_s;
        const QString amount = kind + u"-amount"_s;
        if (run.isSet(rate) && run.isSet(amount)) {
            run.fail(tr("--%1 and --%2 cannot both be given: a commission is a rate or an amount.").arg(rate, amount));
            return false;
        }
        if (reset && (run.isSet(rate) || run.isSet(amount))) {
            run.fail(tr("--reset-%1 cannot be given with --%2.").arg(kind, run.isSet(rate) ? rate : amount));
            return false;
        }
    }
    if (run.isSet(u"link-rate"_s) && !(change.linkRateBp = percentOption(run, u"link-rate"_s)))
        return false;
    if (run.isSet(u"coupon-rate"_s) && !(change.couponRateBp = percentOption(run, u"coupon-rate"_s)))
        return false;
    if (run.isSet(u"link-amount"_s) &&
        !(change.linkAmountMinor = amountOption(run, u"link-amount"_s, program.currency)))
        return false;
    if (run.isSet(u"coupon-amount"_s) &&
        !(change.couponAmountMinor = amountOption(run, u"coupon-amount"_s, program.currency)))
        return false;
    if (!change.linkRateBp && !change.linkAmountMinor && !change.couponRateBp && !change.couponAmountMinor &&
        !change.resetLink && !change.resetCoupon) {
        run.fail(tr("Say what to set: --link-rate, --link-amount, --coupon-rate, --coupon-amount, "
                    "--reset-link or --reset-coupon."));
        return false;
    }
    return true;
}

int RuleCommands::setRate(Invocation &run)
{
    const std::optional<Program> program = run.program();
    if (!program)
        return ExitFailure;
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    PartnerRateChange change;
    change.programId = program->id;
    change.affiliateId = affiliate->id;
    if (!readRateFlags(run, *program, change))
        return ExitFailure;
    change.from = Timestamp::now();
    if (run.isSet(u"from"_s)) {
        const QString text = run.value(u"from"_s).trimmed();
        const std::optional<qint64> from = Timestamp::parse(text);
        if (!from)
            return run.fail(
                tr("--from must be a date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM:SSZ, not \"%1\".").arg(text));
        change.from = *from;
    }
    for (const PartnerRate &row : RateStore(run.database()).history(affiliate->id, program->id)) {
        if (row.effectiveFrom == change.from)
            return run.fail(tr("--from: %1 already has rates in %2 from %3; choose another date.")
                                .arg(affiliate->code, program->name, Timestamp::format(change.from)));
    }
    const Result<qint64> set = RateStore(run.database()).set(change);
    return set ? ExitSuccess : run.fail(set.error());
}

int RuleCommands::listRates(Invocation &run)
{
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    qint64 programId = 0;
    if (run.isSet(u"program"_s)) {
        const std::optional<Program> program = run.program();
        if (!program)
            return ExitFailure;
        programId = program->id;
    }
    ProgramStore programs(run.database());
    QHash<qint64, Program> known;
    run.out() << CsvWriter::line({u"program"_s, u"effective_from"_s, u"link_rate_percent"_s, u"link_amount"_s,
                                  u"coupon_rate_percent"_s, u"coupon_amount"_s, u"currency"_s, u"created_by"_s,
                                  u"created_at"_s});
    for (const PartnerRate &rate : RateStore(run.database()).history(affiliate->id, programId)) {
        if (!known.contains(rate.programId))
            known.insert(rate.programId, programs.byId(rate.programId).value_or(Program{}));
        const Program &program = known[rate.programId];
        run.out() << CsvWriter::line(
            {program.name, Timestamp::format(rate.effectiveFrom), percentCell(rate.linkRateBp),
             amountCell(rate.linkAmountMinor, program.currency), percentCell(rate.couponRateBp),
             amountCell(rate.couponAmountMinor, program.currency), program.currency, rate.createdBy, rate.createdAt});
    }
    return ExitSuccess;
}

int RuleCommands::addTier(Invocation &run)
{
    const std::optional<Program> program = run.program();
    if (!program)
        return ExitFailure;
    const std::optional<qint64> minOrders = run.integer(u"min-orders"_s, 1, 1'000'000);
    if (!minOrders)
        return ExitFailure;
    const std::optional<int> linkRate = percentOption(run, u"link-rate"_s);
    if (!linkRate)
        return ExitFailure;
    std::optional<int> couponRate;
    if (run.isSet(u"coupon-rate"_s) && !(couponRate = percentOption(run, u"coupon-rate"_s)))
        return ExitFailure;
    const Result<qint64> added = TierStore(run.database()).add(program->id, int(*minOrders), *linkRate, couponRate);
    return added ? ExitSuccess : run.fail(added.error());
}

int RuleCommands::listTiers(Invocation &run)
{
    const std::optional<Program> program = run.program();
    if (!program)
        return ExitFailure;
    run.out() << CsvWriter::line({u"min_orders"_s, u"link_rate_percent"_s, u"coupon_rate_percent"_s});
    for (const Tier &tier : TierStore(run.database()).list(program->id))
        run.out() << CsvWriter::line({CsvCell::number(tier.minOrders), percentCell(tier.linkRateBp),
                                      // The program's coupon rate applies when the tier sets none.
                                      percentCell(tier.couponRateBp.value_or(program->couponRate.basisPoints()))});
    return ExitSuccess;
}

int RuleCommands::removeTier(Invocation &run)
{
    const std::optional<Program> program = run.program();
    if (!program)
        return ExitFailure;
    const std::optional<qint64> minOrders = run.integer(u"min-orders"_s, 1, 1'000'000);
    if (!minOrders)
        return ExitFailure;
    TierStore tiers(run.database());
    const std::optional<Tier> tier = tiers.byMinOrders(program->id, int(*minOrders));
    if (!tier)
        return run.fail(tr("--min-orders: %1 has no tier from %2 orders.").arg(program->name).arg(*minOrders));
    const Status removed = tiers.remove(tier->id);
    return removed ? ExitSuccess : run.fail(removed.error());
}

int RuleCommands::listHolds(Invocation &run)
{
    run.out() << CsvWriter::line({u"order_id"_s, u"placed_at"_s, u"affiliate_code"_s, u"name"_s, u"program"_s,
                                  u"kind"_s, u"status"_s, u"commission"_s, u"currency"_s, u"hold_rule"_s,
                                  u"hold_evidence"_s});
    for (const HeldTransaction &held : HoldStore(run.database()).list())
        run.out() << CsvWriter::line({held.orderId, held.placedAt, held.affiliateCode, held.affiliateName,
                                      held.programName, held.kind, held.status,
                                      CsvCell::number(Money(held.commissionMinor, held.currency).toPlainString()),
                                      held.currency, held.holdRule, held.holdEvidence});
    return ExitSuccess;
}

int RuleCommands::clearHold(Invocation &run)
{
    const QString order = run.value(u"order"_s).trimmed();
    const Status cleared = HoldStore(run.database()).clear(order, run.value(u"reason"_s));
    if (!cleared)
        return run.fail(cleared.error());
    run.out() << tr("cleared %1").arg(order) << Qt::endl;
    return ExitSuccess;
}

int RuleCommands::cancelHold(Invocation &run)
{
    const QString order = run.value(u"order"_s).trimmed();
    const Status cancelled = HoldStore(run.database()).cancel(order, run.value(u"reason"_s));
    if (!cancelled)
        return run.fail(cancelled.error());
    run.out() << tr("cancelled %1").arg(order) << Qt::endl;
    return ExitSuccess;
}

namespace {

// The options "program set" shares with "program add", applied to `program`: whether any was
// given; nullopt after saying what is wrong with one.
std::optional<bool> applyAddOptions(Invocation &run, Program &program)
{
    bool given = false;
    if (run.isSet(u"description"_s)) {
        program.description = run.value(u"description"_s).trimmed();
        given = true;
    }
    const std::pair<QString, Rate *> rates[] = {{u"link-rate"_s, &program.linkRate},
                                                {u"coupon-rate"_s, &program.couponRate},
                                                {u"coupon-discount"_s, &program.couponDiscount}};
    for (const auto &[option, rate] : rates) {
        if (!run.isSet(option))
            continue;
        const std::optional<int> basisPoints = percentOption(run, option);
        if (!basisPoints)
            return std::nullopt;
        *rate = Rate::fromBasisPoints(*basisPoints);
        given = true;
    }
    if (run.isSet(u"threshold"_s)) {
        const std::optional<qint64> threshold = amountOption(run, u"threshold"_s, program.currency);
        if (!threshold)
            return std::nullopt;
        program.thresholdMinor = *threshold;
        given = true;
    }
    const std::pair<QString, int *> days[] = {{u"hold-days"_s, &program.holdDays},
                                              {u"cookie-days"_s, &program.cookieDays}};
    for (const auto &[option, target] : days) {
        if (!run.isSet(option))
            continue;
        const std::optional<qint64> value = run.integer(option, 0, 3650);
        if (!value)
            return std::nullopt;
        *target = int(*value);
        given = true;
    }
    if (run.isSet(u"store-host"_s)) {
        program.storeHosts.clear();
        for (const QString &host : run.values(u"store-host"_s))
            program.storeHosts.append(host.trimmed());
        given = true;
    }
    return given;
}

// --lifetime-days and the --fraud-... options applied to `program`: whether any was given;
// nullopt after saying what is wrong with one.
std::optional<bool> applyRuleOptions(Invocation &run, Program &program)
{
    bool given = false;
    const std::pair<QString, int *> numbers[] = {{u"lifetime-days"_s, &program.lifetimeDays},
                                                 {u"fraud-shared-customers"_s, &program.fraud.sharedCustomers}};
    for (const auto &[option, target] : numbers) {
        if (!run.isSet(option))
            continue;
        const std::optional<qint64> value = run.integer(option, 0, option == u"lifetime-days" ? 3650 : 1000);
        if (!value)
            return std::nullopt;
        *target = int(*value);
        given = true;
    }
    const std::pair<QString, bool *> switches[] = {{u"fraud-own-domain"_s, &program.fraud.ownDomain},
                                                   {u"fraud-leaked-coupon"_s, &program.fraud.leakedCoupon},
                                                   {u"fraud-no-visit"_s, &program.fraud.noVisit}};
    for (const auto &[option, target] : switches) {
        if (!run.isSet(option))
            continue;
        const std::optional<bool> on = switchOption(run, option);
        if (!on)
            return std::nullopt;
        *target = *on;
        given = true;
    }
    if (run.isSet(u"fraud-cancel-share"_s)) {
        const std::optional<int> share = percentOption(run, u"fraud-cancel-share"_s);
        if (!share)
            return std::nullopt;
        program.fraud.cancelShareBp = *share;
        given = true;
    }
    return given;
}

} // namespace

int RuleCommands::setProgram(Invocation &run)
{
    const QString name = run.value(u"name"_s).trimmed();
    ProgramStore programs(run.database());
    const std::optional<Program> found = programs.byName(name);
    if (!found)
        return run.fail(tr("There is no program named \"%1\".").arg(name));
    Program program = *found;
    const std::optional<bool> settingsGiven = applyAddOptions(run, program);
    if (!settingsGiven)
        return ExitFailure;
    const std::optional<bool> rulesGiven = applyRuleOptions(run, program);
    if (!rulesGiven)
        return ExitFailure;
    if (!*settingsGiven && !*rulesGiven && !run.isSet(u"notices"_s))
        return run.fail(tr("Say what to change: --notices, --lifetime-days, a --fraud-... option or one of "
                           "\"program add\"'s."));
    // Checked before anything is written: the notices are a store of their own.
    if (const QString problem = ProgramStore::validate(program); !problem.isEmpty())
        return run.fail(problem);
    if (run.isSet(u"notices"_s)) {
        const QString notices = run.value(u"notices"_s).trimmed();
        if (const Status changed = NoticeSettingsStore(run.database()).setProgramMode(program.id, notices); !changed)
            return run.fail(u"--notices: "_s + changed.error());
    }
    if (*settingsGiven || *rulesGiven) {
        if (const Status changed = programs.update(program); !changed)
            return run.fail(changed.error());
    }
    return ExitSuccess;
}

} // namespace PartnerDesk
