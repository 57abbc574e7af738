// Why this file is long: the Transactions view's one query builder (filters, sort, keyset pages,
// counts, the CSV of what is shown) and the column list they all share; split, the column list
// would be repeated.

#include "transactionquery.h"

#include "core/csvwriter.h"
#include "core/money.h"
#include "core/rate.h"
#include "database.h"

#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

QString dbError(const QSqlQuery &query)
{
    return QCoreApplication::translate("TransactionQuery", "Database error: %1").arg(query.lastError().text());
}

QString startOfDay(const QDate &date)
{
    return date.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

// The filter a sort key's index also serves, so that term stays usable by the index.
TransactionQuery::Driver compatibleFilter(TransactionSort sort)
{
    using Driver = TransactionQuery::Driver;
    switch (sort) {
    case TransactionSort::PlacedAt:
        return Driver::Dates;
    case TransactionSort::OrderId:
        return Driver::OrderId;
    case TransactionSort::PartnerCode:
    case TransactionSort::PartnerName:
        return Driver::Affiliate;
    case TransactionSort::Program:
        return Driver::Program;
    case TransactionSort::Kind:
        return Driver::Kind;
    case TransactionSort::Currency:
        return Driver::Currency;
    case TransactionSort::TransactionStatus:
        return Driver::TransactionStatus;
    case TransactionSort::Base:
    case TransactionSort::Rate:
    case TransactionSort::Commission:
    case TransactionSort::Flags:
        break;
    }
    return Driver::SortKey;
}

bool prepareAndExec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

TransactionQuery::TransactionQuery(Database &database, const TransactionFilter &filter, TransactionSort sort,
                                   Qt::SortOrder order)
    : m_database(database)
    , m_filter(filter)
    , m_sort(sort)
    , m_order(order)
{}

QStringList TransactionQuery::keyColumns() const
{
    const QString placed = QStringLiteral("t.placed_at");
    const QString id = QStringLiteral("t.id");
    switch (m_sort) {
    case TransactionSort::PlacedAt:
        return {placed, id};
    case TransactionSort::OrderId:
        return {QStringLiteral("t.order_id"), id};
    case TransactionSort::PartnerCode:
        return {QStringLiteral("a.code"), placed, id};
    case TransactionSort::PartnerName:
        return {QStringLiteral("a.name"), QStringLiteral("a.id"), placed, id};
    case TransactionSort::Program:
        return {QStringLiteral("p.name"), placed, id};
    case TransactionSort::Kind:
        return {QStringLiteral("t.kind"), placed, id};
    case TransactionSort::Base:
        return {QStringLiteral("t.base_minor"), id};
    case TransactionSort::Rate:
        return {QStringLiteral("t.rate_bp"), placed, id};
    case TransactionSort::Commission:
        return {QStringLiteral("t.commission_minor"), id};
    case TransactionSort::Currency:
        return {QStringLiteral("t.currency"), placed, id};
    case TransactionSort::TransactionStatus:
        return {QStringLiteral("t.status"), placed, id};
    case TransactionSort::Flags:
        return {QStringLiteral("t.superseded"), QStringLiteral("t.self_referral"), placed, id};
    }
    return {placed, id};
}

void TransactionQuery::useSmallCache(Database &database)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("PRAGMA cache_size = -4096")); // 4 MB; a failure only costs memory
}

QVariantList TransactionQuery::keyOf(const TransactionListRow &row) const
{
    const QVariant placed = row.placedAt;
    const QVariant id = row.id;
    switch (m_sort) {
    case TransactionSort::PlacedAt:
        return {placed, id};
    case TransactionSort::OrderId:
        return {row.orderId, id};
    case TransactionSort::PartnerCode:
        return {row.affiliateCode, placed, id};
    case TransactionSort::PartnerName:
        return {row.affiliateName, row.affiliateId, placed, id};
    case TransactionSort::Program:
        return {row.programName, placed, id};
    case TransactionSort::Kind:
        return {row.kind, placed, id};
    case TransactionSort::Base:
        return {row.baseMinor, id};
    case TransactionSort::Rate:
        return {row.rateBp, placed, id};
    case TransactionSort::Commission:
        return {row.commissionMinor, id};
    case TransactionSort::Currency:
        return {row.currency, placed, id};
    case TransactionSort::TransactionStatus:
        return {row.status, placed, id};
    case TransactionSort::Flags:
        return {int(row.superseded), int(row.selfReferral), placed, id};
    }
    return {placed, id};
}

namespace {

bool isEquality(TransactionQuery::Driver driver)
{
    using Driver = TransactionQuery::Driver;
    return driver == Driver::Affiliate || driver == Driver::Program || driver == Driver::Kind ||
           driver == Driver::TransactionStatus || driver == Driver::Currency;
}

// The filter with only the terms a driver's index can use.
TransactionFilter termsOf(const TransactionFilter &filter, TransactionQuery::Driver term)
{
    using Driver = TransactionQuery::Driver;
    TransactionFilter only;
    switch (term) {
    case Driver::SortKey:
        break;
    case Driver::Affiliate:
        only.affiliateId = filter.affiliateId;
        break;
    case Driver::Program:
        only.programId = filter.programId;
        break;
    case Driver::Kind:
        only.kind = filter.kind;
        break;
    case Driver::TransactionStatus:
        only.status = filter.status;
        break;
    case Driver::Currency:
        only.currency = filter.currency;
        break;
    case Driver::Dates:
        only.from = filter.from;
        only.to = filter.to;
        break;
    case Driver::OrderId:
        only.orderIdPrefix = filter.orderIdPrefix;
        break;
    }
    return only;
}

} // namespace

void TransactionQuery::addFilters(QStringList &where, QVariantList &values, const QList<Driver> &plain) const
{
    // `+column` is the same value, but SQLite will not use an index for it.
    const auto column = [&plain](Driver term, const char *name) -> QString {
        return (plain.contains(term) ? QString() : QStringLiteral("+")) + QString::fromLatin1(name);
    };
    const auto equal = [&](Driver term, const char *name, const QVariant &value) {
        where.append(column(term, name) + QStringLiteral(" = ?"));
        values.append(value);
    };
    if (m_filter.affiliateId != 0)
        equal(Driver::Affiliate, "t.affiliate_id", m_filter.affiliateId);
    if (m_filter.programId != 0)
        equal(Driver::Program, "t.program_id", m_filter.programId);
    if (!m_filter.kind.isEmpty())
        equal(Driver::Kind, "t.kind", m_filter.kind);
    if (!m_filter.status.isEmpty())
        equal(Driver::TransactionStatus, "t.status", m_filter.status);
    if (!m_filter.currency.isEmpty())
        equal(Driver::Currency, "t.currency", m_filter.currency);
    if (m_filter.from.isValid()) {
        where.append(column(Driver::Dates, "t.placed_at") + QStringLiteral(" >= ?"));
        values.append(startOfDay(m_filter.from));
    }
    if (m_filter.to.isValid()) {
        where.append(column(Driver::Dates, "t.placed_at") + QStringLiteral(" < ?"));
        values.append(startOfDay(m_filter.to.addDays(1)));
    }
    if (!m_filter.orderIdPrefix.isEmpty()) {
        // A range, not LIKE: LIKE is case-insensitive and so cannot use the order_id index.
        // U+10FFFF sorts after every character that can follow the prefix.
        const QString name = column(Driver::OrderId, "t.order_id");
        where.append(name + QStringLiteral(" >= ? AND ") + name + QStringLiteral(" < ?"));
        values.append(m_filter.orderIdPrefix);
        values.append(QString(m_filter.orderIdPrefix + QChar(0xDBFF) + QChar(0xDFFF)));
    }
}

TransactionQuery::Sql TransactionQuery::build(Select select, const Page &page) const
{
    const QStringList key = keyColumns();
    const bool descending = (m_order == Qt::DescendingOrder) != page.reversed;
    const bool byKey = m_driver == Driver::SortKey;
    // An equality filter's index, (column, placed_at), is in date order too: it can drive a
    // newest-first browse and seek its keyset, with the date range on the same index.
    const bool inKeyOrder = byKey || (m_sort == TransactionSort::PlacedAt && isEquality(m_driver));

    Sql sql;
    QStringList where;
    QList<Driver> plain = {byKey ? compatibleFilter(m_sort) : m_driver};
    if (inKeyOrder && !byKey)
        plain.append(Driver::Dates);
    addFilters(where, sql.values, plain);
    if (!page.after.isEmpty()) {
        Q_ASSERT(page.after.size() == key.size());
        QStringList columns;
        for (const QString &column : key)
            columns.append(inKeyOrder ? column : QStringLiteral("+") + column);
        const QString op = QString(descending ? u'<' : u'>') + (page.inclusive ? QStringLiteral("=") : QString());
        // The row value says it all; the first column alone again lets SQLite seek the index with it.
        where.append(QStringLiteral("(%1) %2 (%3)")
                         .arg(columns.join(QStringLiteral(", ")), op,
                              QStringList(key.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        sql.values.append(page.after);
        where.append(columns.first() + (descending ? QStringLiteral(" <= ?") : QStringLiteral(" >= ?")));
        sql.values.append(page.after.first());
    }

    QString columns;
    bool withAffiliate = true;
    bool withProgram = true;
    switch (select) {
    case Select::Rows:
        columns = QStringLiteral("t.id, t.placed_at, t.order_id, t.affiliate_id, a.code, a.name, t.program_id, p.name, "
                                 "t.kind, t.base_minor, t.rate_bp, t.commission_minor, t.currency, t.status, "
                                 "t.self_referral, t.superseded, coalesce(t.payout_id, 0), coalesce(t.reverses_id, 0)");
        break;
    case Select::Csv:
        columns = QStringLiteral("t.order_id, a.code, p.name, t.kind, t.base_minor, t.rate_bp, t.commission_minor, "
                                 "t.currency, t.status, t.campaign");
        break;
    case Select::Ids:
        columns = QStringLiteral("t.id");
        withAffiliate = m_sort == TransactionSort::PartnerCode || m_sort == TransactionSort::PartnerName;
        withProgram = m_sort == TransactionSort::Program;
        break;
    case Select::Key:
        columns = key.join(QStringLiteral(", "));
        withAffiliate = m_sort == TransactionSort::PartnerCode || m_sort == TransactionSort::PartnerName;
        withProgram = m_sort == TransactionSort::Program;
        break;
    }
    const QString joinAffiliate = QStringLiteral(" JOIN affiliates a ON a.id = t.affiliate_id");
    const QString joinProgram = QStringLiteral(" JOIN programs p ON p.id = t.program_id");
    // Newest first through the date index, the one that carries the filter columns: SQLite would
    // pick the narrower transactions_placed_at and read the table for every filtered row it skips.
    const QString transactions = byKey && m_sort == TransactionSort::PlacedAt
                                     ? QStringLiteral("transactions t INDEXED BY transactions_browse_placed")
                                     : QStringLiteral("transactions t");
    QString from = transactions + (withAffiliate ? joinAffiliate : QString()) + (withProgram ? joinProgram : QString());
    // Sorted by a partner's or program's name, the names' index drives the outer loop and each
    // one's transactions come in date order from the inner one. CROSS JOIN fixes that order: with
    // no statistics SQLite would rather scan the transactions and sort them all.
    if (byKey && (m_sort == TransactionSort::PartnerCode || m_sort == TransactionSort::PartnerName)) {
        from = QStringLiteral("affiliates a CROSS JOIN transactions t ON t.affiliate_id = a.id") +
               (withProgram ? joinProgram : QString());
    } else if (byKey && m_sort == TransactionSort::Program) {
        from = QStringLiteral("programs p CROSS JOIN transactions t ON t.program_id = p.id") +
               (withAffiliate ? joinAffiliate : QString());
    }
    sql.text = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + from;
    if (!where.isEmpty())
        sql.text += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QStringList orderBy;
    for (const QString &column : key)
        orderBy.append(column + (descending ? QStringLiteral(" DESC") : QString()));
    sql.text += QStringLiteral(" ORDER BY ") + orderBy.join(QStringLiteral(", "));
    sql.text += QStringLiteral(" LIMIT ? OFFSET ?");
    sql.values.append(select == Select::Key ? 1 : page.limit);
    sql.values.append(page.offset);
    return sql;
}

void TransactionQuery::chooseDriver(qint64 narrowLimit)
{
    m_driver = Driver::SortKey;
    m_narrow = false;
    qint64 fewest = narrowLimit + 1;
    const std::pair<Driver, bool> terms[] = {
        {Driver::OrderId, !m_filter.orderIdPrefix.isEmpty()},
        {Driver::Affiliate, m_filter.affiliateId != 0},
        {Driver::Kind, !m_filter.kind.isEmpty()},
        {Driver::TransactionStatus, !m_filter.status.isEmpty()},
        {Driver::Dates, m_filter.from.isValid() || m_filter.to.isValid()},
        {Driver::Program, m_filter.programId != 0},
        {Driver::Currency, !m_filter.currency.isEmpty()},
    };
    for (const auto &[term, set] : terms) {
        if (!set)
            continue;
        const Result<qint64> matches = countUpTo(term, narrowLimit);
        if (matches && *matches <= narrowLimit && *matches < fewest) {
            fewest = *matches;
            m_driver = term;
            m_narrow = true;
        }
    }
    if (m_driver != Driver::SortKey || m_sort != TransactionSort::PlacedAt)
        return;
    // Newest first, every equality filter's index is in the right order too, and the data decide
    // which one finds a page soonest: the newest transactions are all still pending, say, so a
    // filter on "approved" read through the date index would pass over a month of them first.
    double densest = headDensity(Driver::SortKey);
    for (const Driver term :
         {Driver::Affiliate, Driver::TransactionStatus, Driver::Kind, Driver::Currency, Driver::Program}) {
        if (termsOf(m_filter, term) == TransactionFilter{})
            continue;
        if (const double density = headDensity(term); density > densest) {
            densest = density;
            m_driver = term;
        }
    }
}

double TransactionQuery::headDensity(Driver term) const
{
    constexpr int sample = 1000;
    // The first rows the driver's index yields, and how many of them pass every filter.
    TransactionFilter only = termsOf(m_filter, term);
    only.from = m_filter.from;
    only.to = m_filter.to;
    TransactionQuery probe(m_database, only, m_sort, m_order);
    probe.m_driver = term;
    Page head;
    head.limit = sample;
    const Sql inner = probe.build(Select::Ids, head);
    QStringList where;
    QVariantList values;
    addFilters(where, values, {});
    QString sql = QStringLiteral("SELECT count(*) FROM transactions t WHERE ");
    if (!where.isEmpty())
        sql += where.join(QStringLiteral(" AND ")) + QStringLiteral(" AND ");
    sql += QStringLiteral("t.id IN (") + inner.text + u')';
    values.append(inner.values);
    QSqlQuery query(m_database.connection());
    if (!prepareAndExec(query, sql, values) || !query.next())
        return 0;
    return query.value(0).toDouble() / sample;
}

Result<QList<TransactionListRow>> TransactionQuery::rows(const Page &page) const
{
    const Sql sql = build(Select::Rows, page);
    QSqlQuery query(m_database.connection());
    if (!prepareAndExec(query, sql.text, sql.values))
        return Result<QList<TransactionListRow>>::failure(dbError(query));
    QList<TransactionListRow> rows;
    rows.reserve(page.limit);
    while (query.next()) {
        TransactionListRow row;
        row.id = query.value(0).toLongLong();
        row.placedAt = query.value(1).toString();
        row.orderId = query.value(2).toString();
        row.affiliateId = query.value(3).toLongLong();
        row.affiliateCode = query.value(4).toString();
        row.affiliateName = query.value(5).toString();
        row.programId = query.value(6).toLongLong();
        row.programName = query.value(7).toString();
        row.kind = query.value(8).toString();
        row.baseMinor = query.value(9).toLongLong();
        row.rateBp = query.value(10).toInt();
        row.commissionMinor = query.value(11).toLongLong();
        row.currency = query.value(12).toString();
        row.status = query.value(13).toString();
        row.selfReferral = query.value(14).toInt() == 1;
        row.superseded = query.value(15).toInt() == 1;
        row.payoutId = query.value(16).toLongLong();
        row.reversesId = query.value(17).toLongLong();
        rows.append(row);
    }
    return rows;
}

TransactionQuery TransactionQuery::forJump() const
{
    // Newest first, every driver yields the same order, and the wide date index holds every
    // filter column: skipping rows there reads no table. A narrow filter's few rows are cheaper.
    TransactionQuery jump = *this;
    if (m_sort == TransactionSort::PlacedAt && !m_narrow)
        jump.m_driver = Driver::SortKey;
    return jump;
}

Result<std::optional<QVariantList>> TransactionQuery::keyAt(const Page &page) const
{
    const Sql sql = forJump().build(Select::Key, page);
    QSqlQuery query(m_database.connection());
    if (!prepareAndExec(query, sql.text, sql.values))
        return Result<std::optional<QVariantList>>::failure(dbError(query));
    if (!query.next())
        return std::optional<QVariantList>();
    QVariantList key;
    for (int column = 0; column < keyColumns().size(); ++column)
        key.append(query.value(column));
    return std::optional<QVariantList>(key);
}

Result<QMap<int, QVariantList>> TransactionQuery::anchors(int every, const std::function<bool()> &stop) const
{
    Page all;
    all.limit = -1;
    const TransactionQuery jump = forJump();
    const Sql sql = jump.build(Select::Key, all);
    QSqlQuery query(m_database.connection());
    // Select::Key reads one row; this walk reads them all.
    QVariantList values = sql.values;
    values[values.size() - 2] = -1;
    if (!prepareAndExec(query, sql.text, values))
        return Result<QMap<int, QVariantList>>::failure(dbError(query));
    const int columns = static_cast<int>(keyColumns().size());
    QMap<int, QVariantList> anchors;
    for (int row = 0; query.next(); ++row) {
        if (row % every != 0)
            continue;
        if (stop && stop())
            return Result<QMap<int, QVariantList>>::failure(tr("Cancelled."));
        QVariantList key;
        for (int column = 0; column < columns; ++column)
            key.append(query.value(column));
        anchors.insert(row, key);
    }
    if (query.lastError().isValid())
        return Result<QMap<int, QVariantList>>::failure(dbError(query));
    return anchors;
}

Result<qint64> TransactionQuery::count() const
{
    QStringList where;
    QVariantList values;
    addFilters(where, values, {m_driver});
    QString sql = QStringLiteral("SELECT count(*) FROM transactions t");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery query(m_database.connection());
    if (!prepareAndExec(query, sql, values) || !query.next())
        return Result<qint64>::failure(dbError(query));
    return query.value(0).toLongLong();
}

Result<qint64> TransactionQuery::countUpTo(Driver filterTerm, qint64 limit) const
{
    TransactionFilter only;
    switch (filterTerm) {
    case Driver::SortKey:
        break;
    case Driver::Affiliate:
        only.affiliateId = m_filter.affiliateId;
        break;
    case Driver::Program:
        only.programId = m_filter.programId;
        break;
    case Driver::Kind:
        only.kind = m_filter.kind;
        break;
    case Driver::TransactionStatus:
        only.status = m_filter.status;
        break;
    case Driver::Currency:
        only.currency = m_filter.currency;
        break;
    case Driver::Dates:
        only.from = m_filter.from;
        only.to = m_filter.to;
        break;
    case Driver::OrderId:
        only.orderIdPrefix = m_filter.orderIdPrefix;
        break;
    }
    TransactionQuery term(m_database, only, m_sort, m_order);
    term.m_driver = filterTerm;
    QStringList where;
    QVariantList values;
    term.addFilters(where, values, {filterTerm});
    QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM transactions t");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" LIMIT ?)");
    values.append(limit + 1);
    QSqlQuery query(m_database.connection());
    if (!prepareAndExec(query, sql, values) || !query.next())
        return Result<qint64>::failure(dbError(query));
    return query.value(0).toLongLong();
}

QStringList TransactionQuery::queryPlan(const Page &page, bool keysOnly) const
{
    const Sql sql = keysOnly ? forJump().build(Select::Key, page) : build(Select::Rows, page);
    QSqlQuery query(m_database.connection());
    QStringList plan;
    if (!prepareAndExec(query, QStringLiteral("EXPLAIN QUERY PLAN ") + sql.text, sql.values))
        return {dbError(query)};
    while (query.next())
        plan.append(query.value(3).toString());
    return plan;
}

Status TransactionQuery::writeCsv(QTextStream &out, const Progress &progress) const
{
    Page all;
    all.limit = -1; // SQLite: no limit
    const Sql sql = build(Select::Csv, all);
    QSqlQuery query(m_database.connection());
    if (!prepareAndExec(query, sql.text, sql.values))
        return Status::failure(dbError(query));
    out << csvHeader();
    qint64 done = 0;
    while (query.next()) {
        out << csvLine(query);
        if (++done % 1000 == 0 && progress && !progress(done))
            return Status::failure(tr("Cancelled."));
    }
    if (progress)
        progress(done);
    if (query.lastError().isValid())
        return Status::failure(dbError(query));
    return Done{};
}

QString TransactionQuery::csvHeader()
{
    return CsvWriter::line({QStringLiteral("order_id"), QStringLiteral("affiliate_code"), QStringLiteral("program"),
                            QStringLiteral("kind"), QStringLiteral("base"), QStringLiteral("rate_percent"),
                            QStringLiteral("commission"), QStringLiteral("currency"), QStringLiteral("status"),
                            QStringLiteral("campaign")});
}

QString TransactionQuery::csvLine(const QSqlQuery &query)
{
    const QString currency = query.value(7).toString();
    return CsvWriter::line({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(),
                            CsvCell::number(Money(query.value(4).toLongLong(), currency).toPlainString()),
                            CsvCell::number(Rate::fromBasisPoints(query.value(5).toInt()).toPercentString()),
                            CsvCell::number(Money(query.value(6).toLongLong(), currency).toPlainString()), currency,
                            query.value(8).toString(), query.value(9).toString()});
}

Result<qint64> TransactionQuery::exportCsvFile(const QString &databasePath, const TransactionFilter &filter,
                                               TransactionSort sort, Qt::SortOrder order, const QString &outputPath,
                                               const Progress &progress)
{
    Database database;
    if (const Status opened = database.open(databasePath); !opened)
        return Result<qint64>::failure(opened.error());
    useSmallCache(database);
    TransactionQuery query(database, filter, sort, order);
    query.chooseDriver();
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return Result<qint64>::failure(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
    QTextStream out(&file);
    qint64 rows = 0;
    const Status written = query.writeCsv(out, [&](qint64 done) {
        rows = done;
        return !progress || progress(done);
    });
    out.flush();
    if (!written) {
        file.cancelWriting();
        return Result<qint64>::failure(written.error());
    }
    if (out.status() != QTextStream::Ok || !file.commit())
        return Result<qint64>::failure(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
    return rows;
}

} // namespace PartnerDesk
