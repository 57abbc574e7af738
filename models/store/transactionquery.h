#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVariantList>
#include <functional>
#include <optional>

class QSqlQuery;

namespace PartnerDesk {

class Database;

// What the Transactions pane narrows the ledger to. Empty fields mean "any".
struct TransactionFilter
{
    qint64 affiliateId = 0;
    qint64 programId = 0;
    QString kind;   // manual | coupon | link | rewrite | direct | reversal
    QString status; // pending | approved | cancelled | paid
    QString currency;
    QDate from;            // placed on or after this UTC day
    QDate to;              // placed on or before this UTC day
    QString orderIdPrefix; // order ids that start with this (case-sensitive)

    bool isEmpty() const { return *this == TransactionFilter{}; }
    friend bool operator==(const TransactionFilter &, const TransactionFilter &) = default;
};

// One transaction as the browser shows it, joined to its partner and program.
struct TransactionListRow
{
    qint64 id = 0;
    QString placedAt;
    QString orderId;
    qint64 affiliateId = 0;
    QString affiliateCode;
    QString affiliateName;
    qint64 programId = 0;
    QString programName;
    QString kind;
    qint64 baseMinor = 0;
    int rateBp = 0;
    qint64 commissionMinor = 0;
    QString currency;
    QString status;
    bool selfReferral = false;
    bool superseded = false;
    qint64 payoutId = 0;   // 0: in no payout batch
    qint64 reversesId = 0; // a reversal: the transaction it claws back
};

// The column a browse is ordered by; t.id breaks every tie, so each order is total.
enum class TransactionSort
{
    PlacedAt,
    OrderId,
    PartnerCode,
    PartnerName,
    Program,
    Kind,
    Base,
    Rate,
    Commission,
    Currency,
    TransactionStatus,
    Flags
};

// Browsing the ledger a page at a time, in SQL: keyset pages ("the rows after this key"), an
// OFFSET from a known key for jumps, counts, and the CSV export of the same selection.
//
// Which index drives a query is decided here, not left to SQLite's guess (there are no
// statistics): when one filter alone matches at most defaultNarrowLimit rows its index drives and the
// few rows are sorted; otherwise the index of the sort key drives, so pages come in index order
// without a sort, and the other filters are written `+column` so SQLite cannot pick them instead.
class TransactionQuery final
{
    Q_DECLARE_TR_FUNCTIONS(TransactionQuery)

public:
    // What drives a query: the sort key's index, or one filter's.
    enum class Driver
    {
        SortKey,
        Affiliate,
        Program,
        Kind,
        TransactionStatus,
        Currency,
        Dates,
        OrderId
    };
    static constexpr qint64 defaultNarrowLimit = 10000;

    TransactionQuery(Database &database, const TransactionFilter &filter, TransactionSort sort, Qt::SortOrder order);

    const TransactionFilter &filter() const { return m_filter; }
    TransactionSort sort() const { return m_sort; }
    Qt::SortOrder order() const { return m_order; }
    Driver driver() const { return m_driver; }
    bool isNarrow() const { return m_narrow; }
    // Chooses the driver by counting (up to narrowLimit + 1) what each filter matches.
    void chooseDriver(qint64 narrowLimit = defaultNarrowLimit);
    void setDriver(Driver driver, bool narrow = false)
    {
        m_driver = driver;
        m_narrow = narrow;
    }

    // The sort key of a row: the values of the key's columns, t.id last.
    QVariantList keyOf(const TransactionListRow &row) const;

    // Up to `limit` rows in the browse order (reversed: the opposite order), after `key` (or at it
    // when `inclusive`; from the start when empty), skipping `offset` rows first.
    struct Page
    {
        QVariantList after;
        bool inclusive = false;
        bool reversed = false;
        int offset = 0;
        int limit = 200;
    };
    Result<QList<TransactionListRow>> rows(const Page &page) const;
    // A connection that only scans (a count, an export) needs little page cache of its own: the
    // operating system's cache holds the file, and the app's RSS stays small.
    static void useSmallCache(Database &database);

    // The key of the row `page.offset` rows after `page.after`; none past the end. Reads the key
    // columns only, so an OFFSET walks an index, not the table.
    Result<std::optional<QVariantList>> keyAt(const Page &page) const;

    // The keys of rows 0, every, 2 × every, ... of the whole list: starting points for jumps, read
    // once on a worker thread. `stop()` is asked between rows; true abandons the walk.
    Result<QMap<int, QVariantList>> anchors(int every, const std::function<bool()> &stop) const;

    // How many transactions match the filter (any driver: counting has no order).
    Result<qint64> count() const;
    // The number of matches, counting no further than `limit` + 1: cheap on any filter's index.
    Result<qint64> countUpTo(Driver filterTerm, qint64 limit) const;

    // SQLite's plan for rows(page), or keyAt(page), one line per step, for tests and the benchmark.
    QStringList queryPlan(const Page &page, bool keysOnly = false) const;

    // Transactions CSV as DESIGN.md specifies it, of the matching rows in the browse order.
    // `progress(done)` returns false to cancel (the export then fails with "Cancelled.").
    using Progress = std::function<bool(qint64 done)>;
    Status writeCsv(QTextStream &out, const Progress &progress = {}) const;
    // That CSV's header line, and the line of the current row of a query whose columns are
    // order_id, affiliate code, program name, kind, base_minor, rate_bp, commission_minor,
    // currency, status, campaign (also the CLI's "transactions", in LedgerStore). The campaign
    // is the trailing column (issue #15): scripts reading the first nine columns read them as before.
    static QString csvHeader();
    static QString csvLine(const QSqlQuery &query);
    // The same into `outputPath`, all or nothing (QSaveFile), through a connection of its own to
    // `databasePath`: made to run on a worker thread. Returns the rows written.
    static Result<qint64> exportCsvFile(const QString &databasePath, const TransactionFilter &filter,
                                        TransactionSort sort, Qt::SortOrder order, const QString &outputPath,
                                        const Progress &progress = {});

private:
    struct Sql
    {
        QString text;
        QVariantList values;
    };
    enum class Select
    {
        Rows,
        Key,
        Ids,
        Csv
    };
    Sql build(Select select, const Page &page) const;
    // Every filter term, written `+column` (no index) unless its driver is in `plain`.
    void addFilters(QStringList &where, QVariantList &values, const QList<Driver> &plain) const;
    // The share of the first rows the driver's index yields that pass the whole filter.
    double headDensity(Driver term) const;
    QStringList keyColumns() const;

    Database &m_database;
    TransactionFilter m_filter;
    TransactionSort m_sort;
    Qt::SortOrder m_order;
    Driver m_driver = Driver::SortKey;
    bool m_narrow = false; // the driver's filter matches at most the narrow limit
    TransactionQuery forJump() const;
};

} // namespace PartnerDesk
