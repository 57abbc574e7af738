#include "reportstore.h"

#include "core/timestamp.h"
#include "database.h"
#include "ledgerwriter.h"
#include "rollups.h"
#include "sqliteinterrupt.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

// One group of the report, before names are looked up. Ungrouped dimensions are 0 or "".
struct GroupKey
{
    QString period;
    qint64 programId = 0;
    qint64 affiliateId = 0;
    QString kind;
    QString campaign{};

    friend bool operator<(const GroupKey &a, const GroupKey &b)
    {
        return std::tie(a.period, a.programId, a.affiliateId, a.kind, a.campaign) <
               std::tie(b.period, b.programId, b.affiliateId, b.kind, b.campaign);
    }
};

struct Sums
{
    qint64 orders = 0;
    qint64 salesMinor = 0;
    qint64 commissionMinor = 0;
};

// The period as SQL cuts it from an ISO 8601 column; weeks and quarters are folded from days and
// months afterwards (SQLite's %W is not the ISO week).
QString periodSql(const ReportParameters &parameters, const QString &column)
{
    if (!parameters.grouping.period)
        return u"''"_s;
    switch (parameters.period) {
    case ReportPeriod::Day:
    case ReportPeriod::Week:
        return u"substr(%1, 1, 10)"_s.arg(column);
    case ReportPeriod::Month:
    case ReportPeriod::Quarter:
        return u"substr(%1, 1, 7)"_s.arg(column);
    case ReportPeriod::Year:
        return u"substr(%1, 1, 4)"_s.arg(column);
    }
    return u"''"_s;
}

class PeriodLabels final
{
public:
    explicit PeriodLabels(ReportPeriod period)
        : m_period(period)
    {}

    QString operator()(const QString &cut)
    {
        if (cut.isEmpty() || (m_period != ReportPeriod::Week && m_period != ReportPeriod::Quarter))
            return cut;
        auto found = m_labels.constFind(cut);
        if (found != m_labels.constEnd())
            return *found;
        QString label;
        if (m_period == ReportPeriod::Week) {
            int year = 0;
            const int week = QDate::fromString(cut, Qt::ISODate).weekNumber(&year);
            label = u"%1-W%2"_s.arg(year, 4, 10, QChar(u'0')).arg(week, 2, 10, QChar(u'0'));
        } else {
            label = u"%1-Q%2"_s.arg(cut.left(4)).arg((QStringView(cut).mid(5, 2).toInt() + 2) / 3);
        }
        m_labels.insert(cut, label);
        return label;
    }

private:
    ReportPeriod m_period;
    QHash<QString, QString> m_labels;
};

// A stretch of the report's range and where it is read from: whole UTC days from the rollups, the
// rest from the ledger. Both give rows in the same columns, folded into the same groups.
enum class Source
{
    Ledger,
    Days,   // the rollups per day: "YYYY-MM-DD" in `day`
    Months, // the rollups per partner and month: "YYYY-MM" in `month`
};

struct Span
{
    qint64 from = 0;
    qint64 to = 0;
    Source source = Source::Ledger;
};

qint64 floorToDay(qint64 seconds)
{
    const qint64 day = Timestamp::secondsPerDay;
    return seconds / day * day - (seconds % day < 0 ? day : 0);
}

// The first instant of the month of `seconds`, or of the next month.
qint64 monthStart(qint64 seconds, int monthsLater)
{
    const QDate date = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date();
    return QDate(date.year(), date.month(), 1).addMonths(monthsLater).startOfDay(Qt::UTC).toSecsSinceEpoch();
}

} // namespace

ReportStore::ReportStore(Database &database)
    : m_database(database)
{}

Result<Report> ReportStore::run(const ReportParameters &parameters)
{
    constexpr int steps = 4;
    // False once cancelled: a query too short for SQLite's progress handler still stops here.
    auto progress = [this](int step) {
        if (m_onProgress)
            m_onProgress(step, steps);
        return !m_cancelled;
    };
    const auto cancelledFailure = Result<Report>::failure(tr("The report was cancelled."));
    // Every amount is at most 10^12 minor units (ValueRules), so a sum overflows 64 bits only past
    // some 9.2 million ceiling-sized orders. SQLite's sum() stops with "integer overflow" then, and
    // the sums added up here are checked: a clear refusal, never a wrong figure.
    const QString tooLarge = tr("The report's sums are beyond what 64-bit money holds (%L1 minor units); choose a "
                                "shorter period, a program or a partner.")
                                 .arg(std::numeric_limits<qint64>::max());
    auto failed = [this, &tooLarge](const QSqlQuery &query) {
        if (query.lastError().text().contains(u"integer overflow"_s))
            return Result<Report>::failure(tooLarge);
        return Result<Report>::failure(m_cancelled ? tr("The report was cancelled.")
                                                   : tr("Cannot compute the report: %1").arg(query.lastError().text()));
    };
    bool overflow = false;
    auto addTo = [&overflow](qint64 &sum, qint64 value) {
        if (__builtin_add_overflow(sum, value, &sum))
            overflow = true;
    };
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!progress(0))
        return cancelledFailure;

    Report report;
    report.parameters = parameters;
    const ReportGrouping &by = parameters.grouping;

    // Filters by name, as the user gave them.
    qint64 programId = 0;
    qint64 affiliateId = 0;
    if (!parameters.programName.isEmpty()) {
        query.prepare(u"SELECT id, name FROM programs WHERE name = ?"_s);
        query.addBindValue(parameters.programName.trimmed());
        if (!query.exec())
            return failed(query);
        if (!query.next())
            return Result<Report>::failure(tr("There is no program named \"%1\".").arg(parameters.programName));
        programId = query.value(0).toLongLong();
        report.parameters.programName = query.value(1).toString();
    }
    if (!parameters.affiliateCode.isEmpty()) {
        query.prepare(u"SELECT id, code FROM affiliates WHERE code = ?"_s);
        query.addBindValue(parameters.affiliateCode.trimmed());
        if (!query.exec())
            return failed(query);
        if (!query.next())
            return Result<Report>::failure(
                tr("There is no partner with the code \"%1\".").arg(parameters.affiliateCode));
        affiliateId = query.value(0).toLongLong();
        report.parameters.affiliateCode = query.value(1).toString();
    }
    QString filters;
    if (programId)
        filters += u" AND program_id = :program"_s;
    if (affiliateId)
        filters += u" AND affiliate_id = :affiliate"_s;

    // Whole UTC days from the rollups, refreshed where dirty; the part of a day at either end from
    // the ledger. Rollups the book cannot refresh (opened read-only, a day's sum beyond 64 bits)
    // leave every day to the ledger: slower, the same report.
    QList<Span> spans;
    const qint64 wholeFrom = -floorToDay(-parameters.from);
    const qint64 wholeTo = floorToDay(parameters.to);
    bool rollups = m_useRollups && wholeFrom < wholeTo;
    if (rollups) {
        const Status refreshed =
            Rollups(m_database)
                .refresh(Timestamp::format(wholeFrom).left(10), Timestamp::format(wholeTo - 1).left(10), &m_cancelled);
        if (!refreshed && m_cancelled)
            return cancelledFailure;
        rollups = refreshed.isOk();
    }
    // A report by partner reads whole months from the monthly rollups, unless it is by day or week.
    const bool perPartner = by.partner || affiliateId;
    const bool byMonths =
        perPartner &&
        !(by.period && (parameters.period == ReportPeriod::Day || parameters.period == ReportPeriod::Week));
    if (rollups) {
        if (parameters.from < wholeFrom)
            spans.append({parameters.from, wholeFrom, Source::Ledger});
        const qint64 monthsFrom = monthStart(wholeFrom - 1, 1);
        const qint64 monthsTo = monthStart(wholeTo, 0);
        if (byMonths && monthsFrom < monthsTo) {
            if (wholeFrom < monthsFrom)
                spans.append({wholeFrom, monthsFrom, Source::Days});
            spans.append({monthsFrom, monthsTo, Source::Months});
            if (monthsTo < wholeTo)
                spans.append({monthsTo, wholeTo, Source::Days});
        } else {
            spans.append({wholeFrom, wholeTo, Source::Days});
        }
        if (wholeTo < parameters.to)
            spans.append({wholeTo, parameters.to, Source::Ledger});
    } else {
        spans.append({parameters.from, parameters.to, Source::Ledger});
    }
    SqliteInterrupt interrupt(LedgerWriter::nativeHandle(m_database), &m_cancelled);

    // The ledger's rows are in UTC seconds, the rollups' in days or months (to excluded).
    auto bindRange = [&](const Span &span) {
        const int length = span.source == Source::Ledger ? 20 : span.source == Source::Days ? 10 : 7;
        query.bindValue(u":from"_s, Timestamp::format(span.from).left(length));
        query.bindValue(u":to"_s, Timestamp::format(span.to).left(length));
        if (programId)
            query.bindValue(u":program"_s, programId);
        if (affiliateId)
            query.bindValue(u":affiliate"_s, affiliateId);
    };
    // A report by partner, or of one, needs the rollups per partner; any other the smaller ones
    // summed over partners.
    auto ledgerTable = [perPartner](const Span &span) {
        return span.source == Source::Months ? u"rollup_ledger_month"_s
               : perPartner                  ? u"rollup_ledger"_s
                                             : u"rollup_ledger_all"_s;
    };
    auto visitsTable = [perPartner](const Span &span) {
        return span.source == Source::Months ? u"rollup_visits_month"_s
               : perPartner                  ? u"rollup_visits"_s
                                             : u"rollup_visits_all"_s;
    };
    auto unit = [](const Span &span) {
        return span.source == Source::Months ? u"month"_s : u"day"_s;
    };
    // The rollups are grouped by the grouped columns only: SQLite's sorter compares the constants
    // of the others too (a year by partner: 0.12 s of CPU against 0.06 s).
    auto groupBy = [&by](bool currency, bool campaign) {
        QStringList columns;
        for (const auto &[grouped, column] :
             {std::pair{by.period, u"1"_s}, std::pair{by.program, u"2"_s}, std::pair{by.partner, u"3"_s},
              std::pair{by.kind, u"4"_s}, std::pair{currency, u"5"_s}, std::pair{campaign, u"9"_s}}) {
            if (grouped)
                columns.append(column);
        }
        // No column at all: one constant group, which like the ledger's gives no row without visits.
        return columns.isEmpty() ? u"1"_s : columns.join(u", "_s);
    };

    PeriodLabels label(parameters.period);
    std::map<GroupKey, std::map<QString, Sums>> money; // group → currency → sums
    // Columns: period, program, partner, kind, currency, the three sums, campaign.
    auto add = [&](const QSqlQuery &row, const QString &kind, int firstSum) {
        GroupKey key{label(row.value(0).toString()), row.value(1).toLongLong(), row.value(2).toLongLong(), kind,
                     row.value(8).toString()};
        Sums &sums = money[key][row.value(4).toString()];
        sums.orders += row.value(firstSum).toLongLong();
        addTo(sums.salesMinor, row.value(firstSum + 1).toLongLong());
        addTo(sums.commissionMinor, row.value(firstSum + 2).toLongLong());
    };

    // 1. The ledger. Orders and sales count live transactions (not superseded, not reversals);
    // commission counts every transaction not cancelled, so a paid one that was reassigned stays
    // counted and its reversal takes it back.
    for (const Span &span : spans) {
        if (span.source != Source::Ledger) {
            query.prepare(u"SELECT %1, %2, %3, %4, currency, sum(orders), sum(sales_minor), sum(commission_minor), %6 "
                          "FROM %7 WHERE %8 >= :from AND %8 < :to%5 GROUP BY %9"_s.arg(
                              periodSql(parameters, unit(span)), by.program ? u"program_id"_s : u"0"_s,
                              by.partner ? u"affiliate_id"_s : u"0"_s, by.kind ? u"kind"_s : u"''"_s, filters,
                              by.campaign ? u"campaign"_s : u"''"_s, ledgerTable(span), unit(span),
                              groupBy(true, by.campaign)));
        } else {
            query.prepare(u"SELECT %1, %2, %3, %4, currency, "
                          "count(CASE WHEN superseded = 0 AND kind <> 'reversal' THEN 1 END), "
                          "sum(CASE WHEN superseded = 0 AND kind <> 'reversal' THEN base_minor ELSE 0 END), "
                          "sum(CASE WHEN status <> 'cancelled' THEN commission_minor ELSE 0 END), %6 "
                          "FROM transactions WHERE placed_at >= :from AND placed_at < :to%5 "
                          "GROUP BY 1, 2, 3, 4, 5, 9"_s.arg(
                              periodSql(parameters, u"placed_at"_s), by.program ? u"program_id"_s : u"0"_s,
                              by.partner ? u"affiliate_id"_s : u"0"_s, by.kind ? u"kind"_s : u"''"_s, filters,
                              by.campaign ? u"campaign"_s : u"''"_s));
        }
        bindRange(span);
        if (!query.exec())
            return failed(query);
        while (query.next())
            add(query, query.value(3).toString(), 5);
        if (query.lastError().isValid())
            return failed(query);
    }
    if (!progress(1))
        return cancelledFailure;

    // 2. Orders no rule credited: they belong to no program and no partner. Over much of the table
    // a scan in rowid order beats the placed_at index: its rows are fetched in order, and so are
    // the look-ups of their transactions (order ids mostly arrive in rowid order). Measured on
    // 1,000,000 orders: a year 0.46 s scanning, 3.0 s through the index; a month 0.25 s by index.
    if (!programId && !affiliateId) {
        for (const Span &span : spans) {
            if (span.source != Source::Ledger) {
                // Not kept per month: its days are few (a row per day and currency).
                query.prepare(u"SELECT %1, 0, 0, '', currency, sum(orders), sum(sales_minor), 0, '' "
                              "FROM rollup_unattributed WHERE day >= :from AND day < :to GROUP BY 1, 5"_s.arg(
                                  periodSql(parameters, u"day"_s)));
            } else {
                if (!query.exec(u"SELECT min(placed_at), max(placed_at) FROM orders"_s) || !query.next())
                    return failed(query);
                const qint64 first = Timestamp::parse(query.value(0).toString()).value_or(0);
                const qint64 last = Timestamp::parse(query.value(1).toString()).value_or(0);
                const qint64 covered = std::min(last + 1, span.to) - std::max(first, span.from);
                const bool scan = last <= first || covered * 100 >= (last + 1 - first) * 15;
                query.prepare(
                    u"SELECT %1, 0, 0, '', o.currency, count(*), sum(o.subtotal_minor), 0, '' FROM orders o%2 "
                    "WHERE o.placed_at >= :from AND o.placed_at < :to AND NOT EXISTS (SELECT 1 FROM "
                    "transactions t WHERE t.order_id = o.order_id AND t.superseded = 0 AND t.kind <> "
                    "'reversal') GROUP BY 1, 5"_s.arg(periodSql(parameters, u"o.placed_at"_s),
                                                      scan ? u" NOT INDEXED"_s : QString()));
            }
            bindRange(span.source == Source::Months ? Span{span.from, span.to, Source::Days} : span);
            if (!query.exec())
                return failed(query);
            while (query.next())
                add(query, by.kind ? u"unattributed"_s : QString(), 5);
            if (query.lastError().isValid())
                return failed(query);
        }
    }
    if (!progress(2))
        return cancelledFailure;

    // 3. Visits, grouped like the orders; their rule is their kind.
    std::map<GroupKey, qint64> visits;
    if (!query.exec(u"SELECT EXISTS (SELECT 1 FROM visits)"_s) || !query.next())
        return failed(query);
    // Visits carry no campaign (their landing URL is not cut into one): none by campaign.
    report.visitsKnown = query.value(0).toBool() && !by.campaign;
    for (const Span &span : spans) {
        if (!report.visitsKnown)
            break;
        if (span.source != Source::Ledger) {
            query.prepare(u"SELECT %1, %2, %3, %4, sum(visits) FROM %6 "
                          "WHERE %7 >= :from AND %7 < :to%5 GROUP BY %8"_s.arg(
                              periodSql(parameters, unit(span)), by.program ? u"program_id"_s : u"0"_s,
                              by.partner ? u"affiliate_id"_s : u"0"_s, by.kind ? u"rule"_s : u"''"_s, filters,
                              visitsTable(span), unit(span), groupBy(false, false)));
        } else {
            query.prepare(
                u"SELECT %1, %2, %3, %4, count(*) FROM visits "
                "WHERE visited_at >= :from AND visited_at < :to%5 GROUP BY 1, 2, 3, 4"_s.arg(
                    periodSql(parameters, u"visited_at"_s), by.program ? u"coalesce(program_id, 0)"_s : u"0"_s,
                    by.partner ? u"coalesce(affiliate_id, 0)"_s : u"0"_s, by.kind ? u"rule"_s : u"''"_s, filters));
        }
        bindRange(span);
        if (!query.exec())
            return failed(query);
        while (query.next()) {
            const GroupKey key{label(query.value(0).toString()), query.value(1).toLongLong(),
                               query.value(2).toLongLong(), query.value(3).toString()};
            visits[key] += query.value(4).toLongLong();
            report.visits += query.value(4).toLongLong();
        }
        if (query.lastError().isValid())
            return failed(query);
    }
    if (!progress(3))
        return cancelledFailure;

    // 4. Names, lines, totals.
    QHash<qint64, QString> programNames;
    if (!query.exec(u"SELECT id, name FROM programs"_s))
        return failed(query);
    while (query.next())
        programNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    QHash<qint64, std::pair<QString, QString>> partners;
    // Many partners are read in one pass (a year by partner: 10,000 look-ups took 0.2 s).
    if (by.partner && money.size() + visits.size() > 1000) {
        if (!query.exec(u"SELECT id, code, name FROM affiliates"_s))
            return failed(query);
        while (query.next())
            partners.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toString()});
    } else if (by.partner) {
        query.prepare(u"SELECT code, name FROM affiliates WHERE id = ?"_s);
        auto lookUp = [&](qint64 id) {
            if (id == 0 || partners.contains(id))
                return;
            query.addBindValue(id);
            if (query.exec() && query.next())
                partners.insert(id, {query.value(0).toString(), query.value(1).toString()});
        };
        for (const auto &[key, currencies] : money)
            lookUp(key.affiliateId);
        for (const auto &[key, count] : visits)
            lookUp(key.affiliateId);
    }

    std::map<QString, ReportTotal> totals;
    auto lineOf = [&](const GroupKey &key) {
        ReportLine line;
        line.period = key.period;
        line.programId = key.programId;
        line.program = programNames.value(key.programId);
        line.affiliateId = key.affiliateId;
        line.affiliateCode = partners.value(key.affiliateId).first;
        line.affiliateName = partners.value(key.affiliateId).second;
        line.kind = key.kind;
        line.campaign = key.campaign;
        return line;
    };
    auto visitsOf = [&](ReportLine &line, const GroupKey &key, qint64 groupOrders) {
        if (!report.visitsKnown)
            return;
        const auto found = visits.find(key);
        line.visits = found == visits.end() ? 0 : found->second;
        line.conversionBp = Report::conversion(groupOrders, *line.visits);
    };
    for (const auto &[key, currencies] : money) {
        qint64 groupOrders = 0;
        for (const auto &[currency, sums] : currencies)
            groupOrders += sums.orders;
        bool first = true;
        for (const auto &[currency, sums] : currencies) {
            ReportLine line = lineOf(key);
            line.currency = currency;
            line.orders = sums.orders;
            line.salesMinor = sums.salesMinor;
            line.commissionMinor = sums.commissionMinor;
            if (first)
                visitsOf(line, key, groupOrders);
            first = false;
            report.lines.append(line);
            ReportTotal &total = totals[currency];
            total.currency = currency;
            total.orders += sums.orders;
            addTo(total.salesMinor, sums.salesMinor);
            addTo(total.commissionMinor, sums.commissionMinor);
            report.orders += sums.orders;
        }
    }
    for (const auto &[key, count] : visits) {
        if (money.find(key) != money.end())
            continue;
        ReportLine line = lineOf(key);
        visitsOf(line, key, 0);
        report.lines.append(line);
    }
    std::sort(report.lines.begin(), report.lines.end(), [](const ReportLine &a, const ReportLine &b) {
        return std::tie(a.period, a.program, a.affiliateCode, a.campaign, a.kind, a.currency) <
               std::tie(b.period, b.program, b.affiliateCode, b.campaign, b.kind, b.currency);
    });
    if (overflow)
        return Result<Report>::failure(tooLarge);
    for (const auto &[currency, total] : totals)
        report.totals.append(total);
    progress(steps);
    return report;
}

} // namespace PartnerDesk
