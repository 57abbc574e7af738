#include "payoutcommands.h"

#include "core/csvwriter.h"
#include "core/money.h"
#include "core/timestamp.h"
#include "store/ledgerstore.h"

#include <QFileInfo>
#include <QSaveFile>

#include <limits>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

QString money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toPlainString();
}

void writeBalances(QTextStream &out, const QList<BalanceRow> &rows)
{
    out << "affiliate_code,name,email,currency,pending,balance,in_batch,paid,threshold,due\n";
    for (const BalanceRow &row : rows) {
        out << CsvWriter::line({row.affiliateCode, row.name, row.email, row.currency,
                                    money(row.pendingMinor, row.currency), money(row.balanceMinor, row.currency),
                                    money(row.inBatchMinor, row.currency), money(row.paidMinor, row.currency),
                                    row.thresholdMinor ? money(*row.thresholdMinor, row.currency) : QString(),
                                    Invocation::yesNo(row.due())});
    }
}

void writeReportCsv(QTextStream &out, const QList<ReportRow> &rows)
{
    out << "period,program,kind,currency,orders,sales,commission\n";
    for (const ReportRow &row : rows) {
        out << CsvWriter::line({row.period, row.program, row.kind, row.currency, QString::number(row.orders),
                                    money(row.salesMinor, row.currency), money(row.commissionMinor, row.currency)});
    }
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
         tr("Write sales and commission per month, program and kind for a period, as CSV or PDF."),
         {valueOption(u"from"_s, tr("The first day, YYYY-MM-DD."), tr("DATE")),
          valueOption(u"to"_s, tr("The last day (included), YYYY-MM-DD."), tr("DATE")),
          valueOption(u"format"_s, tr("csv or pdf."), tr("FORMAT")),
          valueOption(u"output"_s, tr("The file to write (csv: standard output when not given)."), tr("FILE"))},
         {u"from"_s, u"to"_s, u"format"_s},
         {},
         true,
         &PayoutCommands::report},
        {u"sync"_s,
         tr("Synchronise with the central PostgreSQL database (not available in this version)."),
         {valueOption(u"central"_s, tr("postgresql://USER@HOST:PORT/DB"), tr("URL"))},
         {},
         {},
         false,
         &PayoutCommands::unavailable},
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
    writeBalances(run.out(), LedgerStore(run.database()).balances());
    return ExitSuccess;
}

int PayoutCommands::payoutsDue(Invocation &run)
{
    if (!run.format({u"csv"_s}) || !refreshApprovals(run))
        return ExitFailure;
    writeBalances(run.out(), LedgerStore(run.database()).payoutsDue());
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
    if (!refreshApprovals(run))
        return ExitFailure;

    // The report's upper bound is exclusive; --to names the last day included.
    const QList<ReportRow> rows = LedgerStore(run.database()).report(*from, *to + Timestamp::secondsPerDay);
    if (*format == u"pdf") {
        if (!run.pdfReportWriter())
            return run.fail(tr("This build cannot write PDF reports."));
        const Status written = run.pdfReportWriter()(rows, fromText, toText, output);
        return written ? ExitSuccess : run.fail(written.error());
    }
    if (output.isEmpty() || output == u"-") {
        writeReportCsv(run.out(), rows);
        return ExitSuccess;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return run.fail(tr("Cannot write %1: %2").arg(output, file.errorString()));
    QTextStream stream(&file);
    writeReportCsv(stream, rows);
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
