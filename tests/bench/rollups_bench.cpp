// Reports from rollups (issue #16): ReportStore over a large book, warm, for several ranges and
// groupings, beside the same report from the ledger (ReportStore::setUseRollups(false)) and the
// hand-written GROUP BY a user would type, all in this process on the same connection. First
// prints how long the first report took to refresh what was dirty (cold). Prints figures; never
// fails on time (it does say when the rollup report differs from the ledger's).
//
//   tests/bench/report_bench.sh runs it; by hand:
//   build/tests/rollups_bench --db /tmp/partnerdesk-report-1000000-500000.sqlite [--runs 5] [--rebuild]
//
// --rebuild empties the rollups and marks every day dirty first: the cold figure is then that of
// an upgraded book's first report (migration 0019), the worst case.

#include "core/timestamp.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "store/rollups.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace PartnerDesk;
using namespace Qt::StringLiterals;

namespace {

struct Case
{
    QString name;
    ReportParameters parameters;
    QStringList handWritten; // the equivalent GROUP BY statements, :from / :to / :affiliate bound
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString fingerprint(const Report &report)
{
    QString text;
    for (const ReportLine &line : report.lines) {
        text += u"%1|%2|%3|%4|%5|%6|%7|%8|%9|"_s.arg(line.period, line.program, line.affiliateCode, line.kind,
                                                     line.currency, QString::number(line.orders),
                                                     QString::number(line.salesMinor),
                                                     QString::number(line.commissionMinor), line.campaign) +
                (line.visits ? QString::number(*line.visits) : u"-"_s) + u'\n';
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"The book (a demo of 1,000,000 orders)."_s, u"FILE"_s});
    parser.addOption({u"runs"_s, u"Warm runs of each report (default 5)."_s, u"N"_s, u"5"_s});
    parser.addOption({u"from"_s, u"First day (default 2025-12-01)."_s, u"DATE"_s, u"2025-12-01"_s});
    parser.addOption({u"to"_s, u"Last day (default 2026-11-30)."_s, u"DATE"_s, u"2026-11-30"_s});
    parser.addOption(
        {u"affiliate"_s, u"The partner of the one-partner case (default p00042)."_s, u"CODE"_s, u"p00042"_s});
    parser.addOption({u"rebuild"_s, u"Empty the rollups and mark every day dirty first."_s});
    parser.addOption(
        {u"only"_s, u"Only the reports whose name contains TEXT, from the rollups (for a profiler)."_s, u"TEXT"_s});
    parser.process(app);
    QTextStream out(stdout);
    Database database;
    if (const Status opened = database.open(parser.value(u"db"_s)); !opened) {
        out << opened.error() << Qt::endl;
        return 1;
    }
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const qint64 first = *Timestamp::parseDate(parser.value(u"from"_s));
    const qint64 last = *Timestamp::parseDate(parser.value(u"to"_s));
    const QString code = parser.value(u"affiliate"_s);
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);

    if (parser.isSet(u"rebuild"_s)) {
        for (const char *table : {"rollup_ledger", "rollup_ledger_month", "rollup_ledger_all", "rollup_unattributed",
                                  "rollup_visits", "rollup_visits_month", "rollup_visits_all"})
            query.exec(u"DELETE FROM "_s + QString::fromLatin1(table));
        Rollups(database).markAllDirty();
    }

    // The hand-written statements: transactions, unattributed orders, visits, as report_bench.sh's.
    const QString ledger = u"SELECT %1 currency, count(CASE WHEN superseded = 0 AND kind <> 'reversal' THEN 1 END), "
                           "sum(CASE WHEN superseded = 0 AND kind <> 'reversal' THEN base_minor ELSE 0 END), "
                           "sum(CASE WHEN status <> 'cancelled' THEN commission_minor ELSE 0 END) FROM transactions "
                           "WHERE placed_at >= :from AND placed_at < :to%2 GROUP BY %3"_s;
    const QString unattributed =
        u"SELECT %1 currency, count(*), sum(subtotal_minor) FROM orders o WHERE placed_at >= :from AND placed_at < "
        ":to AND NOT EXISTS (SELECT 1 FROM transactions t WHERE t.order_id = o.order_id AND t.superseded = 0 AND "
        "t.kind <> 'reversal') GROUP BY %2"_s;
    const QString visits =
        u"SELECT %1 count(*) FROM visits WHERE visited_at >= :from AND visited_at < :to%2 GROUP BY %3"_s;

    QList<Case> cases;
    {
        ReportParameters year = ReportParameters::forDates(first, last);
        cases.append(
            {u"a year by month, program, kind"_s,
             year,
             {ledger.arg(u"substr(placed_at, 1, 7), program_id, kind,"_s, QString(), u"1, 2, 3, 4"_s),
              unattributed.arg(u"substr(placed_at, 1, 7),"_s, u"1, 2"_s),
              visits.arg(u"substr(visited_at, 1, 7), coalesce(program_id, 0), rule,"_s, QString(), u"1, 2, 3"_s)}});
        ReportParameters day =
            ReportParameters::forDates(last - 30 * Timestamp::secondsPerDay, last - 30 * Timestamp::secondsPerDay);
        day.period = ReportPeriod::Day;
        cases.append(
            {u"a day by program, kind"_s,
             day,
             {ledger.arg(u"substr(placed_at, 1, 10), program_id, kind,"_s, QString(), u"1, 2, 3, 4"_s),
              unattributed.arg(u"substr(placed_at, 1, 10),"_s, u"1, 2"_s),
              visits.arg(u"substr(visited_at, 1, 10), coalesce(program_id, 0), rule,"_s, QString(), u"1, 2, 3"_s)}});
        ReportParameters partners = year;
        partners.grouping = {false, false, true, false, false};
        cases.append({u"a year by partner"_s,
                      partners,
                      {ledger.arg(u"affiliate_id,"_s, QString(), u"1, 2"_s), unattributed.arg(QString(), u"1"_s),
                       visits.arg(u"coalesce(affiliate_id, 0),"_s, QString(), u"1"_s)}});
        ReportParameters partnerMonths = year;
        partnerMonths.grouping = {true, false, true, false, false};
        cases.append({u"a year by month, partner"_s,
                      partnerMonths,
                      {ledger.arg(u"substr(placed_at, 1, 7), affiliate_id,"_s, QString(), u"1, 2, 3"_s),
                       unattributed.arg(u"substr(placed_at, 1, 7),"_s, u"1, 2"_s),
                       visits.arg(u"substr(visited_at, 1, 7), coalesce(affiliate_id, 0),"_s, QString(), u"1, 2"_s)}});
        ReportParameters one = year;
        one.affiliateCode = code;
        cases.append({u"one partner's year by month, program, kind"_s,
                      one,
                      {ledger.arg(u"substr(placed_at, 1, 7), program_id, kind,"_s, u" AND affiliate_id = :affiliate"_s,
                                  u"1, 2, 3, 4"_s),
                       visits.arg(u"substr(visited_at, 1, 7), coalesce(program_id, 0), rule,"_s,
                                  u" AND affiliate_id = :affiliate"_s, u"1, 2, 3"_s)}});
    }
    query.prepare(u"SELECT id FROM affiliates WHERE code = ?"_s);
    query.addBindValue(code);
    const qint64 affiliateId = query.exec() && query.next() ? query.value(0).toLongLong() : 0;

    // CPU time of the process (one thread): steadier than the wall clock on a shared machine.
    auto cpuMs = [] {
        return std::clock() * 1000.0 / CLOCKS_PER_SEC;
    };
    QList<double> cpu;
    auto timeReport = [&](const ReportParameters &parameters, bool rollups, QString *print) {
        ReportStore store(database);
        store.setUseRollups(rollups);
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        const Result<Report> report = store.run(parameters);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (rollups)
            cpu.append(cpuMs() - cpuStart);
        if (!report)
            out << "  report failed: " << report.error() << Qt::endl;
        else if (print)
            *print = fingerprint(*report);
        return ms;
    };
    auto timeHandWritten = [&](const Case &c) {
        QElapsedTimer timer;
        timer.start();
        for (const QString &sql : c.handWritten) {
            query.prepare(sql);
            query.bindValue(u":from"_s, Timestamp::format(c.parameters.from));
            query.bindValue(u":to"_s, Timestamp::format(c.parameters.to));
            if (sql.contains(u":affiliate"_s))
                query.bindValue(u":affiliate"_s, affiliateId);
            if (!query.exec())
                out << "  hand-written SQL failed: " << query.lastError().text() << Qt::endl;
            while (query.next()) {
                // every row fetched, as the report fetches its own
            }
        }
        return timer.nsecsElapsed() / 1e6;
    };

    const qint64 dirty = Rollups(database).dirtyDays().value();
    {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = std::clock() * 1000.0 / CLOCKS_PER_SEC;
        const Status refreshed = Rollups(database).refresh();
        out << u"cold: refresh of %1 dirty days: %2 ms wall, %3 ms CPU%4"_s.arg(dirty)
                   .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1)
                   .arg(std::clock() * 1000.0 / CLOCKS_PER_SEC - cpuStart, 0, 'f', 1)
                   .arg(refreshed ? QString() : u" (failed: "_s + refreshed.error() + u')')
            << Qt::endl;
    }
    out << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(u"report"_s, -44)
               .arg(u"rollups"_s, 10)
               .arg(u"(CPU)"_s, 10)
               .arg(u"ledger"_s, 10)
               .arg(u"GROUP BY"_s, 10)
               .arg(u"ratio"_s, 7)
               .arg(u"same"_s)
        << Qt::endl;
    const QString only = parser.value(u"only"_s);
    for (const Case &c : cases) {
        if (!only.isEmpty()) {
            if (!c.name.contains(only))
                continue;
            QList<double> rolled;
            for (int run = 0; run < runs; ++run)
                rolled.append(timeReport(c.parameters, true, nullptr));
            out << u"%1 %2 ms"_s.arg(c.name, -44).arg(median(rolled), 0, 'f', 1) << Qt::endl;
            continue;
        }
        QList<double> rolled, direct, hand;
        QString rolledPrint, directPrint;
        timeReport(c.parameters, true, nullptr); // warm: the pages in the cache
        cpu.clear();
        for (int run = 0; run < runs; ++run) {
            rolled.append(timeReport(c.parameters, true, run == 0 ? &rolledPrint : nullptr));
            direct.append(timeReport(c.parameters, false, run == 0 ? &directPrint : nullptr));
            hand.append(timeHandWritten(c));
        }
        out << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(c.name, -44)
                   .arg(u"%1 ms"_s.arg(median(rolled), 0, 'f', 1), 10)
                   .arg(u"%1 ms"_s.arg(median(cpu), 0, 'f', 1), 10)
                   .arg(u"%1 ms"_s.arg(median(direct), 0, 'f', 0), 10)
                   .arg(u"%1 ms"_s.arg(median(hand), 0, 'f', 0), 10)
                   .arg(u"%1x"_s.arg(median(rolled) / median(hand), 0, 'f', 3), 7)
                   .arg(rolledPrint == directPrint ? u"yes"_s : u"NO"_s)
            << Qt::endl;
    }
    out << u"(medians of %1 warm runs, wall clock; CPU: the rollup report's process CPU time; ratio = rollups / "
           "hand-written GROUP BY, wall; same = the rollup report equals the ledger's line for line)"_s.arg(runs)
        << Qt::endl;
    return 0;
}
