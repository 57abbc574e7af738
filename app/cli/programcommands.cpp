#include "programcommands.h"

#include "core/csvwriter.h"
#include "core/money.h"
#include "core/rate.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"

using namespace Qt::StringLiterals;

namespace PartnerDesk {

QList<Command> ProgramCommands::all()
{
    return {
        {u"program add"_s,
         tr("Create a partner program."),
         {valueOption(u"name"_s, tr("The program's name, unique."), tr("NAME")),
          valueOption(u"description"_s, tr("What partners read about the program."), tr("TEXT")),
          valueOption(u"currency"_s, tr("ISO 4217 currency of commissions and the threshold, e.g. EUR."), tr("CODE")),
          valueOption(u"link-rate"_s, tr("Commission on orders from links, rewrites and direct links, in percent."),
                      tr("PERCENT")),
          valueOption(u"coupon-rate"_s, tr("Commission on orders with the partner's coupon, in percent."),
                      tr("PERCENT")),
          valueOption(u"coupon-discount"_s, tr("The customer's discount with a partner's coupon, in percent."),
                      tr("PERCENT")),
          valueOption(u"threshold"_s, tr("Payout threshold in the program's currency, e.g. 50.00."), tr("AMOUNT")),
          valueOption(u"hold-days"_s, tr("Days after a complete order before its commission is approved."), tr("DAYS")),
          valueOption(u"cookie-days"_s, tr("Cookie lifetime in days (default 30)."), tr("DAYS")),
          valueOption(u"store-host"_s, tr("A store host links may point to (subdomains included); repeat for more."),
                      tr("HOST"))},
         {u"name"_s, u"currency"_s, u"link-rate"_s, u"coupon-rate"_s, u"coupon-discount"_s, u"threshold"_s,
          u"hold-days"_s, u"store-host"_s},
         {},
         true,
         &ProgramCommands::addProgram},
        {u"program list"_s, tr("List the programs as CSV."), {}, {}, {}, true, &ProgramCommands::listPrograms},
        {u"affiliate add"_s,
         tr("Register a partner; prints the affiliate code."),
         {valueOption(u"name"_s, tr("The partner's name."), tr("NAME")),
          valueOption(u"email"_s, tr("The partner's e-mail (PayPal payouts go there)."), tr("EMAIL")),
          valueOption(u"code"_s, tr("The affiliate code; generated when not given."), tr("CODE"))},
         {u"name"_s, u"email"_s},
         {},
         true,
         &ProgramCommands::addAffiliate},
        {u"join"_s,
         tr("Make a partner a member of a program."),
         {valueOption(u"affiliate"_s, tr("The partner's affiliate code."), tr("CODE")),
          valueOption(u"program"_s, tr("The program's name."), tr("NAME"))},
         {u"affiliate"_s, u"program"_s},
         {},
         true,
         &ProgramCommands::join},
        {u"coupon create"_s,
         tr("Create a partner's coupon code in a program; prints the code."),
         {valueOption(u"affiliate"_s, tr("The partner's affiliate code."), tr("CODE")),
          valueOption(u"program"_s, tr("The program's name; the partner must be a member."), tr("NAME")),
          valueOption(u"code"_s, tr("The coupon code; generated when not given."), tr("COUPON"))},
         {u"affiliate"_s, u"program"_s},
         {},
         true,
         &ProgramCommands::createCoupon},
    };
}

int ProgramCommands::addProgram(Invocation &run)
{
    Program program;
    program.name = run.value(u"name"_s).trimmed();
    program.description = run.value(u"description"_s).trimmed();
    program.currency = run.value(u"currency"_s).trimmed().toUpper();
    if (!Currency::isKnown(program.currency))
        return run.fail(tr("\"%1\" is not an ISO 4217 currency code.").arg(run.value(u"currency"_s)));

    const std::pair<const char16_t *, Rate *> rates[] = {{u"link-rate", &program.linkRate},
                                                         {u"coupon-rate", &program.couponRate},
                                                         {u"coupon-discount", &program.couponDiscount}};
    for (const auto &[option, rate] : rates) {
        const QString name = QString::fromUtf16(option);
        QString error;
        const std::optional<Rate> parsed = Rate::parsePercent(run.value(name).trimmed(), &error);
        if (!parsed)
            return run.fail(u"--"_s + name + u": "_s + error);
        *rate = *parsed;
    }
    QString error;
    const std::optional<Money> threshold = Money::parse(run.value(u"threshold"_s).trimmed(), program.currency, &error);
    if (!threshold)
        return run.fail(u"--threshold: "_s + error);
    if (threshold->minor() < 0)
        return run.fail(tr("--threshold cannot be negative."));
    program.thresholdMinor = threshold->minor();

    const std::optional<qint64> holdDays = run.integer(u"hold-days"_s, 0, 3650);
    const std::optional<qint64> cookieDays = run.integer(u"cookie-days"_s, 0, 3650, program.cookieDays);
    if (!holdDays || !cookieDays)
        return ExitFailure;
    program.holdDays = int(*holdDays);
    program.cookieDays = int(*cookieDays);
    for (const QString &host : run.values(u"store-host"_s))
        program.storeHosts.append(host.trimmed());

    const Result<qint64> added = ProgramStore(run.database()).add(program);
    if (!added)
        return run.fail(added.error());
    return ExitSuccess;
}

int ProgramCommands::listPrograms(Invocation &run)
{
    QTextStream &out = run.out();
    out << CsvWriter::line({u"name"_s, u"currency"_s, u"link_rate_percent"_s, u"coupon_rate_percent"_s,
                            u"coupon_discount_percent"_s, u"threshold"_s, u"hold_days"_s, u"store_hosts"_s, u"active"_s,
                            u"members"_s});
    for (const Program &program : ProgramStore(run.database()).list()) {
        out << CsvWriter::line({program.name, program.currency, CsvCell::number(program.linkRate.toPercentString()),
                                CsvCell::number(program.couponRate.toPercentString()),
                                CsvCell::number(program.couponDiscount.toPercentString()),
                                CsvCell::number(Money(program.thresholdMinor, program.currency).toPlainString()),
                                CsvCell::number(program.holdDays), program.storeHosts.join(u' '),
                                Invocation::yesNo(program.active), CsvCell::number(program.memberCount)});
    }
    return ExitSuccess;
}

int ProgramCommands::addAffiliate(Invocation &run)
{
    const Result<Affiliate> added =
        AffiliateStore(run.database()).add(run.value(u"name"_s), run.value(u"email"_s), run.value(u"code"_s));
    if (!added)
        return run.fail(added.error());
    run.out() << added->code << Qt::endl;
    return ExitSuccess;
}

int ProgramCommands::join(Invocation &run)
{
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    const std::optional<Program> program = run.program();
    if (!program)
        return ExitFailure;
    if (const Status joined = ProgramStore(run.database()).join(affiliate->id, program->id); !joined)
        return run.fail(joined.error());
    return ExitSuccess;
}

int ProgramCommands::createCoupon(Invocation &run)
{
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    const std::optional<Program> program = run.program();
    if (!program)
        return ExitFailure;
    const Result<QString> coupon =
        AffiliateStore(run.database()).createCoupon(affiliate->id, program->id, run.value(u"code"_s).trimmed());
    if (!coupon)
        return run.fail(coupon.error());
    run.out() << *coupon << Qt::endl;
    return ExitSuccess;
}

} // namespace PartnerDesk
