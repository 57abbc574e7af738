#include "ordercommands.h"

#include "core/explanation.h"
#include "core/money.h"
#include "core/rate.h"
#include "core/timestamp.h"
#include "import/demogenerator.h"
#include "import/orderimporter.h"
#include "payoutcommands.h"
#include "store/affiliatestore.h"
#include "store/ledgerstore.h"
#include "store/programstore.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

// Draws "label NN %" in place on a terminal's stderr; clear() before printing a full line.
class ProgressLine final
{
public:
    ProgressLine(QTextStream &err, bool visible, const QString &label)
        : m_err(err)
        , m_visible(visible)
        , m_label(label)
    {}
    ~ProgressLine() { clear(); }

    void show(qint64 done, qint64 total)
    {
        if (!m_visible || total <= 0)
            return;
        const int percent = int(qBound(qint64(0), done * 100 / total, qint64(100)));
        if (percent == m_percent)
            return;
        m_percent = percent;
        m_err << '\r' << m_label << ' ' << percent << " %" << Qt::flush;
    }
    void clear()
    {
        if (m_percent < 0)
            return;
        m_err << "\r\x1b[K" << Qt::flush;
        m_percent = -1;
    }

private:
    QTextStream &m_err;
    bool m_visible;
    QString m_label;
    int m_percent = -1;
};

} // namespace

QList<Command> OrderCommands::all()
{
    return {
        {u"orders import"_s,
         tr("Import the store's orders CSV; prints a summary, rejected rows go to stderr as FILE:LINE: field: "
            "reason. Exit 0: all imported, 2: some rejected, 1: nothing imported."),
         {},
         {},
         {{tr("FILE"), tr("The orders CSV (order_id, placed_at, subtotal, currency, status, ...).")}},
         true,
         &OrderCommands::importOrders},
        {u"assign"_s,
         tr("Assign an order to a partner by hand, overriding every rule; audited."),
         {valueOption(u"order"_s, tr("The order's id."), tr("ID")),
          valueOption(u"affiliate"_s, tr("The partner's affiliate code."), tr("CODE")),
          valueOption(u"reason"_s, tr("Why (kept in the audit log)."), tr("TEXT")),
          valueOption(u"amount"_s,
                      tr("A fixed commission in the order's currency instead of the link commission, e.g. 12.50."),
                      tr("AMOUNT"))},
         {u"order"_s, u"affiliate"_s, u"reason"_s},
         {},
         true,
         &OrderCommands::assign},
        {u"explain"_s,
         tr("Show which attribution rule won an order, and why the others did not."),
         {valueOption(u"order"_s, tr("The order's id."), tr("ID"))},
         {u"order"_s},
         {},
         true,
         &OrderCommands::explain},
        {u"transactions"_s,
         tr("Print every commission transaction as CSV."),
         {valueOption(u"format"_s, tr("csv (the default)."), tr("FORMAT"))},
         {},
         {},
         true,
         &OrderCommands::transactions},
        {u"demo"_s,
         tr("Fill the database with sample programs, partners and orders."),
         {valueOption(u"orders"_s, tr("How many orders to generate (0: partners only)."), tr("N")),
          valueOption(u"partners"_s, tr("How many partners to create (default 10000)."), tr("N")),
          valueOption(u"seed"_s, tr("Random seed, for reproducible data."), tr("N"))},
         {u"orders"_s},
         {},
         true,
         &OrderCommands::demo},
    };
}

int OrderCommands::importOrders(Invocation &run)
{
    const QString path = run.arguments().constFirst();
    QTextStream &err = run.err();
    ProgressLine progress(err, run.progressVisible(), tr("importing"));
    OrderImporter importer(run.database());
    importer.setIssueHandler([&](const ImportIssue &issue) {
        progress.clear();
        err << path << ':' << issue.line << ": ";
        if (!issue.field.isEmpty())
            err << issue.field << ": ";
        err << issue.reason << '\n';
    });
    importer.setProgressHandler([&](qint64 done, qint64 total) {
        progress.show(done, total);
        return true;
    });
    const ImportSummary summary = importer.importFile(path);
    progress.clear();
    if (!summary.fatalError.isEmpty())
        return run.fail(summary.fatalError);
    run.out() << tr("imported %1 (created %2, updated %3), rejected %4, attributed %5, unattributed %6, reversals %7")
                     .arg(summary.imported)
                     .arg(summary.created)
                     .arg(summary.updated)
                     .arg(summary.rejected)
                     .arg(summary.attributed)
                     .arg(summary.unattributed)
                     .arg(summary.reversals)
              << Qt::endl;
    return summary.exitCode();
}

int OrderCommands::assign(Invocation &run)
{
    LedgerStore ledger(run.database());
    const QString orderId = run.value(u"order"_s).trimmed();
    const std::optional<Order> order = ledger.order(orderId);
    if (!order)
        return run.fail(tr("Order %1 is unknown; import it first.").arg(orderId));
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    std::optional<qint64> amount;
    if (run.isSet(u"amount"_s)) {
        QString error;
        const std::optional<Money> parsed = Money::parse(run.value(u"amount"_s).trimmed(), order->currency, &error);
        if (!parsed)
            return run.fail(u"--amount: "_s + error);
        if (parsed->minor() < 0)
            return run.fail(tr("--amount cannot be negative."));
        amount = parsed->minor();
    }
    if (const Status assigned = ledger.assign(orderId, affiliate->id, run.value(u"reason"_s).trimmed(), amount);
        !assigned)
        return run.fail(assigned.error());
    return ExitSuccess;
}

int OrderCommands::explain(Invocation &run)
{
    if (!PayoutCommands::refreshApprovals(run))
        return ExitFailure;
    const Result<Explanation> explanation = LedgerStore(run.database()).explain(run.value(u"order"_s).trimmed());
    if (!explanation)
        return run.fail(explanation.error());
    run.out() << explanationText(*explanation);
    return ExitSuccess;
}

int OrderCommands::transactions(Invocation &run)
{
    if (!run.format({u"csv"_s}) || !PayoutCommands::refreshApprovals(run))
        return ExitFailure;
    if (const Status written = LedgerStore(run.database()).writeTransactionsCsv(run.out()); !written)
        return run.fail(written.error());
    return ExitSuccess;
}

int OrderCommands::demo(Invocation &run)
{
    DemoGenerator::Options options;
    const std::optional<qint64> orders = run.integer(u"orders"_s, 0, 100'000'000);
    const std::optional<qint64> partners = run.integer(u"partners"_s, 0, 1'000'000, options.affiliates);
    const std::optional<qint64> seed = run.integer(u"seed"_s, 0, std::numeric_limits<quint32>::max(), options.seed);
    if (!orders || !partners || !seed)
        return ExitFailure;
    options.orders = *orders;
    options.affiliates = int(*partners);
    options.seed = quint32(*seed);

    ProgressLine progress(run.err(), run.progressVisible(), tr("generating"));
    const Status filled = DemoGenerator::fill(run.database(), options, [&](qint64 done, qint64 total) {
        progress.show(done, total);
        return true;
    });
    progress.clear();
    if (!filled)
        return run.fail(filled.error());
    run.out() << tr("demo: %1 programs, %2 partners, %3 orders")
                     .arg(ProgramStore(run.database()).list().size())
                     .arg(AffiliateStore(run.database()).count())
                     .arg(options.orders)
              << Qt::endl;
    return ExitSuccess;
}

} // namespace PartnerDesk
