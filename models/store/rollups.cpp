#include "rollups.h"

#include "database.h"
#include "ledgerwriter.h"
#include "sqliteinterrupt.h"

#include <QDate>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <utility>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

// A range of days as SQL compares them: a day's rows are those whose ISO 8601 text starts with
// it, so `placed_at >= first AND placed_at < dayAfterLast` is exactly substr(placed_at, 1, 10)
// from first to last.
struct DayRange
{
    QString first;
    QString last;
    QString afterLast;
};

// What one range recomputes: each rollup's rows of the range are deleted and selected again.
// :first, :last and :after are bound; %1 is the orders' planner hint.
constexpr const char *refreshStatements[] = {
    "DELETE FROM rollup_ledger WHERE day >= :first AND day <= :last",
    "INSERT INTO rollup_ledger (day, program_id, affiliate_id, kind, currency, campaign, orders, sales_minor, "
    "commission_minor) "
    "SELECT substr(placed_at, 1, 10), program_id, affiliate_id, kind, currency, campaign, "
    "count(CASE WHEN superseded = 0 AND kind <> 'reversal' THEN 1 END), "
    "sum(CASE WHEN superseded = 0 AND kind <> 'reversal' THEN base_minor ELSE 0 END), "
    "sum(CASE WHEN status <> 'cancelled' THEN commission_minor ELSE 0 END) "
    "FROM transactions WHERE placed_at >= :first AND placed_at < :after GROUP BY 1, 2, 3, 4, 5, 6",
    "DELETE FROM rollup_ledger_all WHERE day >= :first AND day <= :last",
    "INSERT INTO rollup_ledger_all (day, program_id, kind, currency, campaign, orders, sales_minor, commission_minor) "
    "SELECT day, program_id, kind, currency, campaign, sum(orders), sum(sales_minor), sum(commission_minor) "
    "FROM rollup_ledger WHERE day >= :first AND day <= :last GROUP BY 1, 2, 3, 4, 5",
    "DELETE FROM rollup_unattributed WHERE day >= :first AND day <= :last",
    "INSERT INTO rollup_unattributed (day, currency, orders, sales_minor) "
    "SELECT substr(o.placed_at, 1, 10), o.currency, count(*), sum(o.subtotal_minor) FROM orders o%1 "
    "WHERE o.placed_at >= :first AND o.placed_at < :after AND NOT EXISTS (SELECT 1 FROM transactions t "
    "WHERE t.order_id = o.order_id AND t.superseded = 0 AND t.kind <> 'reversal') GROUP BY 1, 2",
    "DELETE FROM rollup_visits WHERE day >= :first AND day <= :last",
    "INSERT INTO rollup_visits (day, program_id, affiliate_id, rule, visits) "
    "SELECT substr(visited_at, 1, 10), coalesce(program_id, 0), coalesce(affiliate_id, 0), rule, count(*) "
    "FROM visits WHERE visited_at >= :first AND visited_at < :after GROUP BY 1, 2, 3, 4",
    "DELETE FROM rollup_visits_all WHERE day >= :first AND day <= :last",
    "INSERT INTO rollup_visits_all (day, program_id, rule, visits) "
    "SELECT day, program_id, rule, sum(visits) FROM rollup_visits WHERE day >= :first AND day <= :last "
    "GROUP BY 1, 2, 3",
    "DELETE FROM rollup_dirty WHERE day >= :first AND day <= :last",
};

// The months of the refreshed days, from their days once every range is done. :first and :last
// are months ("YYYY-MM"), :firstDay the first one's first day, :after the day after the last.
constexpr const char *monthStatements[] = {
    "DELETE FROM rollup_ledger_month WHERE month >= :first AND month <= :last",
    "INSERT INTO rollup_ledger_month (month, program_id, affiliate_id, kind, currency, campaign, orders, "
    "sales_minor, commission_minor) "
    "SELECT substr(day, 1, 7), program_id, affiliate_id, kind, currency, campaign, sum(orders), sum(sales_minor), "
    "sum(commission_minor) FROM rollup_ledger WHERE day >= :firstDay AND day < :after GROUP BY 1, 2, 3, 4, 5, 6",
    "DELETE FROM rollup_visits_month WHERE month >= :first AND month <= :last",
    "INSERT INTO rollup_visits_month (month, program_id, affiliate_id, rule, visits) "
    "SELECT substr(day, 1, 7), program_id, affiliate_id, rule, sum(visits) FROM rollup_visits "
    "WHERE day >= :firstDay AND day < :after GROUP BY 1, 2, 3, 4",
};

// The dirty days folded into ranges of consecutive dates. A day that is no date (a hand-edited
// placed_at) is a range of its own: its rows start with it all the same.
QList<DayRange> rangesOf(const QStringList &days)
{
    QList<DayRange> ranges;
    QDate previous;
    for (const QString &day : days) {
        const QDate date = QDate::fromString(day, Qt::ISODate);
        if (date.isValid() && previous.isValid() && date == previous.addDays(1) && !ranges.isEmpty()) {
            ranges.last().last = day;
            ranges.last().afterLast = date.addDays(1).toString(Qt::ISODate);
        } else {
            ranges.append({day, day, date.isValid() ? date.addDays(1).toString(Qt::ISODate) : day + QChar(0xFFFF)});
        }
        previous = date;
    }
    return ranges;
}

// The months of the days, consecutive months as one range. A month row is right once no day of
// its month is dirty: whichever refresh cleans the month's last dirty day sums it again.
QList<DayRange> monthsOf(const QStringList &days)
{
    QList<DayRange> ranges;
    QDate previous;
    for (const QString &day : days) {
        const QDate date = QDate::fromString(day, Qt::ISODate);
        if (!date.isValid())
            continue;
        const QDate month(date.year(), date.month(), 1);
        if (month == previous)
            continue;
        const QString name = day.left(7);
        const QString after = month.addMonths(1).toString(Qt::ISODate);
        if (previous.isValid() && month == previous.addMonths(1) && !ranges.isEmpty()) {
            ranges.last().last = name;
            ranges.last().afterLast = after;
        } else {
            ranges.append({name, name, after});
        }
        previous = month;
    }
    return ranges;
}

// Runs `statements` with :first (or :firstDay), :last and :after bound; `hint` is their %1.
bool runStatements(QSqlQuery &query, const auto &statements, const DayRange &range, const QString &hint,
                   const std::atomic_bool *cancelled)
{
    for (const char *statement : statements) {
        if (cancelled && cancelled->load())
            return false;
        const QString sql = QString::fromLatin1(statement);
        query.prepare(sql.contains(u"%1"_s) ? sql.arg(hint) : sql);
        if (sql.contains(u":firstDay"_s))
            query.bindValue(u":firstDay"_s, QString(range.first + u"-01"_s));
        else
            query.bindValue(u":first"_s, range.first);
        if (sql.contains(u":last"_s))
            query.bindValue(u":last"_s, range.last);
        if (sql.contains(u":after"_s))
            query.bindValue(u":after"_s, range.afterLast);
        if (!query.exec())
            return false;
    }
    return true;
}

} // namespace

Rollups::Rollups(Database &database)
    : m_database(database)
{}

Status Rollups::refresh(const QString &firstDay, const QString &lastDay, const std::atomic_bool *cancelled)
{
    SqliteInterrupt interrupt(LedgerWriter::nativeHandle(m_database), cancelled);
    auto failed = [&](const QSqlQuery &query) {
        if (cancelled && cancelled->load())
            return Status::failure(tr("The refresh of the report's sums was cancelled."));
        return Status::failure(tr("Cannot refresh the report's sums: %1").arg(query.lastError().text()));
    };
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT day FROM rollup_dirty WHERE day >= ? AND day <= ? ORDER BY day"_s);
    // A null QString binds as NULL, which no day is greater than.
    query.addBindValue(firstDay.isEmpty() ? u""_s : firstDay);
    query.addBindValue(lastDay.isEmpty() ? QString(QChar(0xFFFF)) : lastDay);
    if (!query.exec())
        return failed(query);
    QStringList days;
    while (query.next())
        days.append(query.value(0).toString());
    if (query.lastError().isValid())
        return failed(query);
    if (days.isEmpty())
        return Done{};

    // Over much of the table a scan of the orders in rowid order beats the placed_at index (see
    // ReportStore): the first refresh of a whole book, or a re-import that touched most days.
    if (!query.exec(u"SELECT min(placed_at), max(placed_at) FROM orders"_s) || !query.next())
        return failed(query);
    const QDate firstOrder = QDate::fromString(query.value(0).toString().left(10), Qt::ISODate);
    const QDate lastOrder = QDate::fromString(query.value(1).toString().left(10), Qt::ISODate);
    const qint64 orderDays = firstOrder.isValid() && lastOrder.isValid() ? firstOrder.daysTo(lastOrder) + 1 : 0;

    Transaction transaction(m_database.connection());
    auto stopped = [&] {
        if (cancelled && cancelled->load())
            return Status::failure(tr("The refresh of the report's sums was cancelled."));
        return failed(query);
    };
    for (const DayRange &range : rangesOf(days)) {
        const QDate first = QDate::fromString(range.first, Qt::ISODate);
        const QDate last = QDate::fromString(range.last, Qt::ISODate);
        const qint64 rangeDays = first.isValid() && last.isValid() ? first.daysTo(last) + 1 : 1;
        const bool scanOrders = orderDays > 0 && rangeDays * 100 >= orderDays * 15;
        if (!runStatements(query, refreshStatements, range, scanOrders ? u" NOT INDEXED"_s : QString(), cancelled))
            return stopped();
    }
    for (const DayRange &months : monthsOf(days)) {
        if (!runStatements(query, monthStatements, months, {}, cancelled))
            return stopped();
    }
    query.finish();
    return transaction.commit();
}

Status Rollups::markAllDirty()
{
    QSqlQuery query(m_database.connection());
    for (const QString &sql :
         {u"INSERT OR IGNORE INTO rollup_dirty (day) SELECT DISTINCT substr(placed_at, 1, 10) FROM orders"_s,
          u"INSERT OR IGNORE INTO rollup_dirty (day) SELECT DISTINCT substr(placed_at, 1, 10) FROM transactions"_s,
          u"INSERT OR IGNORE INTO rollup_dirty (day) SELECT DISTINCT substr(visited_at, 1, 10) FROM visits"_s}) {
        if (!query.exec(sql))
            return Status::failure(tr("Cannot mark the report's sums for a refresh: %1").arg(query.lastError().text()));
    }
    return Done{};
}

Result<qint64> Rollups::dirtyDays()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT count(*) FROM rollup_dirty"_s) || !query.next())
        return Result<qint64>::failure(query.lastError().text());
    return query.value(0).toLongLong();
}

Status Rollups::markDaysDirty(Database &database, const QString &firstDay, const QString &lastDay)
{
    const QDate first = QDate::fromString(firstDay, Qt::ISODate);
    const QDate last = QDate::fromString(lastDay, Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return Status::failure(tr("Not a day: %1 .. %2").arg(firstDay, lastDay));
    QSqlQuery query(database.connection());
    query.prepare(u"INSERT OR IGNORE INTO rollup_dirty (day) VALUES (?)"_s);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        query.addBindValue(day.toString(Qt::ISODate));
        if (!query.exec())
            return Status::failure(tr("Cannot mark the report's sums for a refresh: %1").arg(query.lastError().text()));
    }
    return Done{};
}

RollupBulkLoad::RollupBulkLoad(Database &database)
    : m_database(database)
{}

Status RollupBulkLoad::suspend()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                    "('rollup_orders_insert', 'rollup_transactions_insert')"_s))
        return Status::failure(tr("Cannot read the report triggers: %1").arg(query.lastError().text()));
    QStringList names;
    while (query.next()) {
        names.append(query.value(0).toString());
        m_dropped.append(query.value(1).toString());
    }
    for (const QString &name : std::as_const(names)) {
        // A trigger's name is an identifier, not a value: these two come from the list above.
        if (!query.exec(u"DROP TRIGGER "_s + name))
            return Status::failure(tr("Cannot suspend the report triggers: %1").arg(query.lastError().text()));
    }
    return Done{};
}

Status RollupBulkLoad::resume(const QString &firstDay, const QString &lastDay)
{
    QSqlQuery query(m_database.connection());
    for (const QString &sql : std::as_const(m_dropped)) {
        if (!query.exec(sql))
            return Status::failure(tr("Cannot restore the report triggers: %1").arg(query.lastError().text()));
    }
    m_dropped.clear();
    if (firstDay.isEmpty())
        return Done{}; // nothing was loaded
    return Rollups::markDaysDirty(m_database, firstDay, lastDay);
}

} // namespace PartnerDesk
