#pragma once

#include "core/rulehistory.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <memory>

struct sqlite3;

namespace PartnerDesk {

class SqliteStatement;

// The books as the rules that look past one order see them (RuleHistory): SQLite queries on the
// writer's own connection, so the rows an import has written so far count. The monthly count and
// the partner's daily counts are cached and follow what the writer reports through changed(); the
// writer's recount (LedgerWriter::finish) makes every tier exact whatever order the rows came in.
class LedgerHistory final : public RuleHistory
{
    Q_DISABLE_COPY_MOVE(LedgerHistory)

public:
    // `tieredPrograms`: the programs with monthly tiers, the only ones whose months are counted.
    LedgerHistory(sqlite3 *db, QSet<qint64> tieredPrograms);
    ~LedgerHistory() override;

    QString prepareError() const { return m_prepareError; }

    int creditedEarlierInMonth(qint64 affiliateId, qint64 programId, qint64 placedAt, const QString &orderId) override;
    std::optional<CustomerCredit> firstCredit(const QString &customerKey, qint64 placedAt,
                                              const QString &orderId) override;
    QList<qint64> partnersOfCustomer(const QString &customerKey, qint64 from, qint64 to,
                                     const QString &orderId) override;
    Share partnerOrders(qint64 affiliateId, qint64 from, qint64 to) override;
    std::optional<bool> visited(qint64 affiliateId, qint64 from, qint64 to) override;

    // A live transaction as the counts see it.
    struct Row
    {
        qint64 affiliateId = 0;
        qint64 programId = 0;
        qint64 placedAt = 0;
        QString orderId;
        bool cancelled = false;
    };
    // The writer wrote or changed an order's live transaction (either side may be absent).
    void changed(const std::optional<Row> &before, const std::optional<Row> &after);

    // A partner's month in a program with tiers that the writes touched: the recount's work list.
    struct MonthKey
    {
        qint64 affiliateId = 0;
        qint64 programId = 0;
        int month = 0; // year * 12 + month - 1, UTC

        friend bool operator==(const MonthKey &, const MonthKey &) = default;
        friend size_t qHash(const MonthKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.affiliateId, key.programId, key.month);
        }
    };
    QList<MonthKey> touchedMonths() const;
    void clearTouched() { m_touched.clear(); }
    // The first instant of a month key and of the next one, as the books store them.
    static std::pair<QString, QString> monthRange(int month);
    static int monthOf(qint64 placedAt);

private:
    struct MonthCount
    {
        int count = 0; // counted rows before (at, orderId), and the one there when `includes`
        qint64 at = 0;
        QString orderId;
        bool includes = false;
    };
    static int compare(qint64 at, const QString &orderId, qint64 otherAt, const QString &otherOrderId);
    int exactCount(const MonthKey &key, qint64 placedAt, const QString &orderId);
    void follow(const Row &row, int delta);
    QMap<qint64, Share> &daysOf(qint64 affiliateId);

    QSet<qint64> m_tieredPrograms;
    QString m_prepareError;
    std::unique_ptr<SqliteStatement> m_monthCount;
    std::unique_ptr<SqliteStatement> m_firstCredit;
    std::unique_ptr<SqliteStatement> m_partnersOfCustomer;
    std::unique_ptr<SqliteStatement> m_partnerDays;
    std::unique_ptr<SqliteStatement> m_visitRange;
    std::unique_ptr<SqliteStatement> m_visited;
    QHash<MonthKey, MonthCount> m_months;
    QSet<MonthKey> m_touched;
    QHash<qint64, QMap<qint64, Share>> m_days; // affiliate → UTC day number → orders, cancelled
    std::optional<std::pair<qint64, qint64>> m_visitCoverage;
    bool m_visitCoverageLoaded = false;
};

} // namespace PartnerDesk
