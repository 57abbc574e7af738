#include "ledgerhistory.h"

#include "core/timestamp.h"
#include "sqlitestatement.h"

namespace PartnerDesk {

namespace {

constexpr qint64 secondsPerDay = 86400;

// Counted: live, not cancelled. The partner's index (affiliate_id, placed_at) finds the month; the
// unary + keeps SQLite from taking the program's index instead, which walks every partner's orders
// of the month (measured: a what-if over 110,000 orders ran for 14 CPU minutes that way).
constexpr const char *monthCountSql = "SELECT count(*) FROM transactions WHERE affiliate_id = ?1 AND placed_at >= ?2 "
                                      "AND (placed_at < ?3 OR (placed_at = ?3 AND order_id < ?4)) AND +program_id = ?5 "
                                      "AND superseded = 0 AND kind <> 'reversal' AND status <> 'cancelled'";
// "customer_key <> ''" lets SQLite use the partial index transactions_customer.
constexpr const char *firstCreditSql =
    "SELECT affiliate_id, program_id, placed_at, order_id FROM transactions "
    "WHERE customer_key = ?1 AND customer_key <> '' AND (placed_at < ?2 OR (placed_at = ?2 AND order_id < ?3)) "
    "AND superseded = 0 AND kind <> 'reversal' AND kind <> 'lifetime' AND status <> 'cancelled' "
    "ORDER BY placed_at, order_id LIMIT 1";
// No DISTINCT: SQLite builds a temporary b-tree for it on every run (a customer has a few rows;
// they are told apart here).
constexpr const char *partnersOfCustomerSql =
    "SELECT affiliate_id FROM transactions WHERE customer_key = ?1 AND customer_key <> '' "
    "AND placed_at >= ?2 AND (placed_at < ?3 OR (placed_at = ?3 AND order_id < ?4)) AND superseded = 0 "
    "AND kind <> 'reversal'";
// +superseded: otherwise SQLite walks transactions_browse_flags, every live row of the books, for
// each partner (a what-if over 24,000 orders took 40 CPU seconds that way).
constexpr const char *partnerDaysSql =
    "SELECT substr(placed_at, 1, 10), count(*), sum(status = 'cancelled') FROM transactions "
    "WHERE affiliate_id = ?1 AND +superseded = 0 AND kind <> 'reversal' GROUP BY 1";
constexpr const char *visitRangeSql = "SELECT min(visited_at), max(visited_at) FROM visits";
constexpr const char *visitedSql =
    "SELECT 1 FROM visits WHERE affiliate_id = ?1 AND visited_at >= ?2 AND visited_at <= ?3 LIMIT 1";

// Days since the epoch to a civil date (H. Hinnant's algorithm), for the month of a timestamp.
std::pair<int, int> yearMonthOf(qint64 seconds)
{
    qint64 days = seconds >= 0 ? seconds / secondsPerDay : (seconds - secondsPerDay + 1) / secondsPerDay;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month};
}

QString monthStart(int month)
{
    return QStringLiteral("%1-%2-01T00:00:00Z")
        .arg(month / 12, 4, 10, QChar(u'0'))
        .arg(month % 12 + 1, 2, 10, QChar(u'0'));
}

} // namespace

LedgerHistory::LedgerHistory(sqlite3 *db, QSet<qint64> tieredPrograms)
    : m_tieredPrograms(std::move(tieredPrograms))
{
    m_monthCount = std::make_unique<SqliteStatement>(db, monthCountSql);
    m_firstCredit = std::make_unique<SqliteStatement>(db, firstCreditSql);
    m_partnersOfCustomer = std::make_unique<SqliteStatement>(db, partnersOfCustomerSql);
    m_partnerDays = std::make_unique<SqliteStatement>(db, partnerDaysSql);
    m_visitRange = std::make_unique<SqliteStatement>(db, visitRangeSql);
    m_visited = std::make_unique<SqliteStatement>(db, visitedSql);
    for (const auto *statement : {m_monthCount.get(), m_firstCredit.get(), m_partnersOfCustomer.get(),
                                  m_partnerDays.get(), m_visitRange.get(), m_visited.get()}) {
        if (!statement->isValid()) {
            m_prepareError = statement->error();
            return;
        }
    }
}

LedgerHistory::~LedgerHistory() = default;

int LedgerHistory::monthOf(qint64 placedAt)
{
    const auto [year, month] = yearMonthOf(placedAt);
    return year * 12 + month - 1;
}

std::pair<QString, QString> LedgerHistory::monthRange(int month)
{
    return {monthStart(month), monthStart(month + 1)};
}

int LedgerHistory::compare(qint64 at, const QString &orderId, qint64 otherAt, const QString &otherOrderId)
{
    if (at != otherAt)
        return at < otherAt ? -1 : 1;
    return orderId.compare(otherOrderId);
}

int LedgerHistory::exactCount(const MonthKey &key, qint64 placedAt, const QString &orderId)
{
    SqliteStatement &s = *m_monthCount;
    s.bind(1, key.affiliateId);
    s.bind(2, monthStart(key.month));
    s.bind(3, Timestamp::format(placedAt));
    s.bind(4, orderId);
    s.bind(5, key.programId);
    const int count = s.step() ? int(s.columnInt(0)) : 0;
    s.reset();
    return count;
}

int LedgerHistory::creditedEarlierInMonth(qint64 affiliateId, qint64 programId, qint64 placedAt, const QString &orderId)
{
    const MonthKey key{affiliateId, programId, monthOf(placedAt)};
    auto it = m_months.find(key);
    if (it != m_months.end()) {
        const int order = compare(placedAt, orderId, it->at, it->orderId);
        // An import in time order asks after the last row it wrote: the count is known.
        if (order > 0 || (order == 0 && !it->includes))
            return it->count;
    }
    const int count = exactCount(key, placedAt, orderId);
    m_months.insert(key, MonthCount{count, placedAt, orderId, false});
    return count;
}

void LedgerHistory::follow(const Row &row, int delta)
{
    if (m_tieredPrograms.contains(row.programId)) {
        const MonthKey key{row.affiliateId, row.programId, monthOf(row.placedAt)};
        m_touched.insert(key);
        auto it = m_months.find(key);
        if (it != m_months.end() && !row.cancelled) {
            const int order = compare(row.placedAt, row.orderId, it->at, it->orderId);
            if (delta > 0 && (order > 0 || (order == 0 && !it->includes))) {
                ++it->count;
                it->at = row.placedAt;
                it->orderId = row.orderId;
                it->includes = true;
            } else if (delta < 0 && (order < 0 || (order == 0 && it->includes))) {
                --it->count;
                if (order == 0)
                    it->includes = false;
            } else {
                m_months.erase(it); // not an append: ask the books next time
            }
        }
    }
    auto days = m_days.find(row.affiliateId);
    if (days != m_days.end()) {
        Share &share = (*days)[row.placedAt / secondsPerDay];
        share.orders += delta;
        share.cancelled += row.cancelled ? delta : 0;
    }
}

void LedgerHistory::changed(const std::optional<Row> &before, const std::optional<Row> &after)
{
    if (before && after && before->affiliateId == after->affiliateId && before->programId == after->programId &&
        before->placedAt == after->placedAt && before->cancelled == after->cancelled) {
        // The counts see no difference, but the rate written may have come from a count cached
        // before an earlier row changed: the recount looks at the month again.
        if (m_tieredPrograms.contains(after->programId))
            m_touched.insert(MonthKey{after->affiliateId, after->programId, monthOf(after->placedAt)});
        return;
    }
    if (before)
        follow(*before, -1);
    if (after)
        follow(*after, +1);
}

QList<LedgerHistory::MonthKey> LedgerHistory::touchedMonths() const
{
    QList<MonthKey> keys(m_touched.cbegin(), m_touched.cend());
    std::sort(keys.begin(), keys.end(), [](const MonthKey &a, const MonthKey &b) {
        return std::tie(a.affiliateId, a.programId, a.month) < std::tie(b.affiliateId, b.programId, b.month);
    });
    return keys;
}

std::optional<CustomerCredit> LedgerHistory::firstCredit(const QString &customerKey, qint64 placedAt,
                                                         const QString &orderId)
{
    SqliteStatement &s = *m_firstCredit;
    s.bind(1, customerKey);
    s.bind(2, Timestamp::format(placedAt));
    s.bind(3, orderId);
    std::optional<CustomerCredit> credit;
    if (s.step()) {
        credit = CustomerCredit{s.columnInt(0), s.columnInt(1), Timestamp::parse(s.columnText(2)).value_or(0),
                                s.columnText(3)};
    }
    s.reset();
    return credit;
}

QList<qint64> LedgerHistory::partnersOfCustomer(const QString &customerKey, qint64 from, qint64 to,
                                                const QString &orderId)
{
    SqliteStatement &s = *m_partnersOfCustomer;
    s.bind(1, customerKey);
    s.bind(2, Timestamp::format(from));
    s.bind(3, Timestamp::format(to));
    s.bind(4, orderId);
    QList<qint64> partners;
    while (s.step()) {
        if (const qint64 id = s.columnInt(0); !partners.contains(id))
            partners.append(id);
    }
    s.reset();
    return partners;
}

QMap<qint64, RuleHistory::Share> &LedgerHistory::daysOf(qint64 affiliateId)
{
    auto it = m_days.find(affiliateId);
    if (it != m_days.end())
        return *it;
    QMap<qint64, Share> days;
    SqliteStatement &s = *m_partnerDays;
    s.bind(1, affiliateId);
    while (s.step()) {
        if (const std::optional<qint64> day = Timestamp::parseDate(s.columnText(0)))
            days.insert(*day / secondsPerDay, Share{int(s.columnInt(1)), int(s.columnInt(2))});
    }
    s.reset();
    return *m_days.insert(affiliateId, days);
}

RuleHistory::Share LedgerHistory::partnerOrders(qint64 affiliateId, qint64 from, qint64 to)
{
    // Whole UTC days: the ones from from's day up to, not including, to's day. An order's own day
    // never counts, so the result does not depend on which of that day's orders came first.
    const QMap<qint64, Share> &days = daysOf(affiliateId);
    Share total;
    const qint64 last = to / secondsPerDay;
    for (auto it = days.lowerBound(from / secondsPerDay); it != days.cend() && it.key() < last; ++it) {
        total.orders += it->orders;
        total.cancelled += it->cancelled;
    }
    return total;
}

std::optional<bool> LedgerHistory::visited(qint64 affiliateId, qint64 from, qint64 to)
{
    if (!m_visitCoverageLoaded) {
        m_visitCoverageLoaded = true;
        SqliteStatement &range = *m_visitRange;
        if (range.step() && !range.columnIsNull(0)) {
            const auto first = Timestamp::parse(range.columnText(0));
            const auto last = Timestamp::parse(range.columnText(1));
            if (first && last)
                m_visitCoverage = std::pair{*first, *last};
        }
        range.reset();
    }
    if (!m_visitCoverage || from < m_visitCoverage->first || to > m_visitCoverage->second)
        return std::nullopt;
    SqliteStatement &s = *m_visited;
    s.bind(1, affiliateId);
    s.bind(2, Timestamp::format(from));
    s.bind(3, Timestamp::format(to));
    const bool found = s.step();
    s.reset();
    return found;
}

} // namespace PartnerDesk
