#include "payoutcommands.h"

#include "core/csvwriter.h"
#include "core/money.h"
#include "core/timestamp.h"
#include "store/ledgerstore.h"
#include "store/reportstore.h"

#include <QFileInfo>
#include <QSaveFile>
#include <limits>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

CsvCell money(qint64 minor, const QString &currency)
{
    return CsvCell::number(Money(minor, currency).toPlainString());
}

void writeBalances(QTextStream &out, const QList<BalanceRow> &rows)
{
    out << CsvWriter::line({u"affiliate_code"_s, u"name"_s, u"email"_s, u"currency"_s, u"pending"_s, u"balance"_s,
                            u"in_batch"_s, u"paid"_s, u"threshold"_s, u"due"_s});
    for (const BalanceRow &row : rows) {
        out << CsvWriter::line(
            {row.affiliateCode, row.name, row.email, row.currency, money(row.pendingMinor, row.currency),
             money(row.balanceMinor, row.currency), money(row.inBatchMinor, row.currency),
             money(row.paidMinor, row.currency),
             row.thresholdMinor ? money(*row.thresholdMinor, row.currency) : CsvCell::number(QString()),
             Invocation::yesNo(row.due())});
    }
}

// --by, --period, --program and --affiliate of "report"; reports its own errors.
std::optional<ReportParameters> reportParameters(Invocation &run, qint64 firstDay, qint64 lastDay)
{
    ReportParameters parameters = ReportParameters::forDates(firstDay, lastDay);
    if (run.isSet(u"by"_s)) {
        parameters.grouping = {false, false, false, false, false};
        for (const QString &word : run.value(u"by"_s).split(u',', Qt::SkipEmptyParts)) {
            const QString group = word.trimmed().toLower();
            if (group == u"period")
                parameters.grouping.period = true;
            else if (group == u"program")
                parameters.grouping.program = true;
            else if (group == u"partner")
                parameters.grouping.partner = true;
            else if (group == u"kind")
                parameters.grouping.kind = true;
            else if (group == u"campaign")
                parameters.grouping.campaign = true;
            else if (group != u"none") {
                run.fail(PayoutCommands::tr("--by takes period, program, partner, campaign, kind or none, not \"%1\".")
                             .arg(group));
                return std::nullopt;
            }
        }
    }
    if (run.isSet(u"period"_s)) {
        const std::optional<ReportPeriod> period = Report::parsePeriod(run.value(u"period"_s).trimmed());
        if (!period) {
            run.fail(PayoutCommands::tr("--period must be day, week, month, quarter or year, not \"%1\".")
                         .arg(run.value(u"period"_s)));
            return std::nullopt;
        }
        parameters.period = *period;
    }
    parameters.programName = run.value(u"program"_s).trimmed();
    parameters.affiliateCode = run.value(u"affiliate"_s).trimmed();
    return parameters;
}

} // namespace

QList<Command> PayoutCommands::all()
{
    const QCommandLineOption csvFormat = valueOption(u"format"_s, tr("csv (the default)."), tr("FORMAT"));
    return {
        {u"balances"_s,
         tr("Print every partner's money per currency as CSV: pending, approved balance, in a batch, paid."),
         {csvFormat},
         {},
         {},
         true,
         &PayoutCommands::balances},
        {u"payouts due"_s,
         tr("Print the balances that reached their program's payout threshold, as CSV."),
         {csvFormat},
         {},
         {},
         true,
         &PayoutCommands::payoutsDue},
        {u"payouts batch"_s,
         tr("Put every due balance into a payout batch and write its file; prints the batch id."),
         {valueOption(u"format"_s, tr("paypal (PayPal mass payment file) or csv."), tr("FORMAT")),
          valueOption(u"output"_s, tr("The file to write."), tr("FILE"))},
         {u"format"_s, u"output"_s},
         {},
         true,
         &PayoutCommands::payoutBatch},
        {u"payouts mark-paid"_s,
         tr("Mark the transactions of an exported batch paid; prints how many."),
         {valueOption(u"batch"_s, tr("The batch id \"payouts batch\" printed."), tr("ID"))},
         {u"batch"_s},
         {},
         true,
         &PayoutCommands::markPaid},
        {u"report"_s,
         tr("Write orders, sales, commission, visits and conversion for a period, by month, program and kind (or "
            "as --by and --period say), as CSV or PDF."),
         {valueOption(u"from"_s, tr("The first day, YYYY-MM-DD."), tr("DATE")),
          valueOption(u"to"_s, tr("The last day (included), YYYY-MM-DD."), tr("DATE")),
          valueOption(u"format"_s, tr("csv or pdf."), tr("FORMAT")),
          valueOption(u"output"_s, tr("The file to write (csv: standard output when not given)."), tr("FILE")),
          valueOption(u"by"_s,
                      tr("What to group by, comma-separated: period, program, partner, campaign, kind, or none "
                         "(default: period,program,kind)."),
                      tr("LIST")),
          valueOption(u"period"_s, tr("day, week (ISO), month (the default), quarter or year."), tr("PERIOD")),
          valueOption(u"program"_s, tr("Only this program."), tr("NAME")),
          valueOption(u"affiliate"_s, tr("Only this partner (affiliate code)."), tr("CODE")),
          QCommandLineOption(u"no-rollups"_s, tr("Compute every day from the ledger instead of the daily sums kept "
                                                 "for reports (slower; the same report)."))},
         {u"from"_s, u"to"_s, u"format"_s},
         {},
         true,
         &PayoutCommands::report},
    };
}

bool PayoutCommands::refreshApprovals(Invocation &run)
{
    const Result<int> approved = LedgerStore(run.database()).refreshApprovals(Timestamp::now());
    if (!approved)
        run.fail(approved.error());
    return approved.isOk();
}

int PayoutCommands::balances(Invocation &run)
{
    if (!run.format({u"csv"_s}) || !refreshApprovals(run))
        return ExitFailure;
    const Result<QList<BalanceRow>> balances = LedgerStore(run.database()).readBalances();
    if (!balances)
        return run.fail(balances.error());
    writeBalances(run.out(), *balances);
    return ExitSuccess;
}

int PayoutCommands::payoutsDue(Invocation &run)
{
    if (!run.format({u"csv"_s}) || !refreshApprovals(run))
        return ExitFailure;
    const Result<QList<BalanceRow>> balances = LedgerStore(run.database()).readBalances();
    if (!balances)
        return run.fail(balances.error());
    writeBalances(run.out(), LedgerStore::dueOf(*balances));
    return ExitSuccess;
}

int PayoutCommands::payoutBatch(Invocation &run)
{
    const std::optional<QString> format = run.format({u"paypal"_s, u"csv"_s});
    if (!format || !refreshApprovals(run))
        return ExitFailure;
    const Result<PayoutBatch> batch =
        LedgerStore(run.database()).createPayoutBatch(*format, QFileInfo(run.value(u"output"_s)).absoluteFilePath());
    if (!batch)
        return run.fail(batch.error());
    run.out() << batch->id << Qt::endl;
    return ExitSuccess;
}

int PayoutCommands::markPaid(Invocation &run)
{
    const std::optional<qint64> batchId = run.integer(u"batch"_s, 1, std::numeric_limits<qint64>::max());
    if (!batchId)
        return ExitFailure;
    const Result<int> paid = LedgerStore(run.database()).markPaid(*batchId);
    if (!paid)
        return run.fail(paid.error());
    run.out() << *paid << Qt::endl;
    return ExitSuccess;
}

int PayoutCommands::report(Invocation &run)
{
    const std::optional<QString> format = run.format({u"csv"_s, u"pdf"_s});
    if (!format)
        return ExitFailure;
    const QString fromText = run.value(u"from"_s).trimmed();
    const QString toText = run.value(u"to"_s).trimmed();
    const std::optional<qint64> from = Timestamp::parseDate(fromText);
    if (!from)
        return run.fail(tr("--from must be a date YYYY-MM-DD, not \"%1\".").arg(fromText));
    const std::optional<qint64> to = Timestamp::parseDate(toText);
    if (!to)
        return run.fail(tr("--to must be a date YYYY-MM-DD, not \"%1\".").arg(toText));
    if (*to < *from)
        return run.fail(tr("--to (%1) is before --from (%2).").arg(toText, fromText));
    const QString output = run.value(u"output"_s).trimmed();
    if (*format == u"pdf" && output.isEmpty())
        return run.fail(tr("A PDF report needs --output FILE."));
    const std::optional<ReportParameters> parameters = reportParameters(run, *from, *to);
    if (!parameters)
        return ExitFailure;
    if (!refreshApprovals(run))
        return ExitFailure;

    ReportStore store(run.database());
    store.setUseRollups(!run.isSet(u"no-rollups"_s));
    const Result<Report> report = store.run(*parameters);
    if (!report)
        return run.fail(report.error());
    if (*format == u"pdf") {
        if (!run.pdfReportWriter())
            return run.fail(tr("This build cannot write PDF reports."));
        const Status written = run.pdfReportWriter()(*report, output);
        return written ? ExitSuccess : run.fail(written.error());
    }
    if (output.isEmpty() || output == u"-") {
        report->writeCsv(run.out());
        return ExitSuccess;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return run.fail(tr("Cannot write %1: %2").arg(output, file.errorString()));
    QTextStream stream(&file);
    report->writeCsv(stream);
    stream.flush();
    if (stream.status() != QTextStream::Ok || !file.commit())
        return run.fail(tr("Cannot write %1: %2").arg(output, file.errorString()));
    return ExitSuccess;
}

int PayoutCommands::unavailable(Invocation &run)
{
    return run.unavailable();
}

} // namespace PartnerDesk
