#pragma once

#include "core/attributionengine.h"
#include "core/order.h"
#include "core/result.h"
#include "ledgerhistory.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <memory>

struct sqlite3;

namespace PartnerDesk {

class Database;
class SqliteStatement;

// Writes orders and their transactions: the one place where an order becomes commission. Used
// by the CSV import and the demo generator inside the caller's transaction. Re-writing an order
// updates its transaction (never a second one); a refund of paid commission adds a reversal.
class LedgerWriter final
{
    Q_DECLARE_TR_FUNCTIONS(LedgerWriter)

    Q_DISABLE_COPY_MOVE(LedgerWriter)

public:
    enum class Effect
    {
        Created,
        Updated,
        Duplicate
    };
    struct Outcome
    {
        Effect effect = Effect::Created;
        qint64 firstLine = 0; // Duplicate: the line the order appeared on first in this import
        AttributionRule rule = AttributionRule::Unattributed;
        bool reversal = false;
        bool newTransaction = false;
    };

    // `importId` tags the orders written (duplicates inside one import are refused).
    LedgerWriter(Database &database, const AttributionSnapshot &snapshot, qint64 importId, qint64 now);
    ~LedgerWriter();

    QString prepareError() const { return m_prepareError; }
    // Saves the order (new or changed) and settles its transaction.
    Result<Outcome> write(const Order &order, qint64 line);
    // Settles the transaction of an order already saved, after the rules' inputs changed (a
    // manual assignment); the order row itself is left as imported.
    Result<Outcome> reattribute(const Order &order);
    // Retires the order's live transaction so a new one can replace it: it is superseded and
    // cancelled, or, when its commission was paid or batched, superseded and reversed.
    Status supersede(const Order &order);
    // After the last write: sets the tier rate of every order in the partner-months the writes
    // touched, in the tiers' order (placed_at, order_id), so the result does not depend on the
    // order the rows came in. Returns how many transactions it changed. Call before the commit.
    Result<int> finish();
    // Settle the customer's orders again in finish(), in time order (a reassignment of his first
    // order moves his lifetime orders).
    void markCustomer(const QString &customerKey);
    // What the rules looking past one order see (the writer's connection, caches following its writes).
    RuleHistory *history() const { return m_history.get(); }

    static sqlite3 *nativeHandle(Database &database);
    // The indexes a bulk load must keep for the writer's own look-ups (BulkIndexes' `keep`): the
    // order's transactions always, a customer's with lifetime or shared-customer rules on, a
    // partner's month with tiers.
    static QStringList indexesNeeded(const AttributionSnapshot &snapshot);

private:
    struct LiveTransaction;
    void noteCustomer(const Order &order);
    Status resettleCustomers();
    struct Settled;
    Settled decide(const Order &order, const Attribution &attribution,
                   const std::optional<LiveTransaction> &live) const;
    static std::optional<LedgerHistory::Row> historyRow(const LiveTransaction &live, const QString &orderId);
    std::optional<LiveTransaction> findLive(const QString &orderId);
    const QString &placedAtText(const Order &order);
    Result<Outcome> settle(const Order &order, bool existing, Outcome outcome);
    Status upsertOrder(const Order &order, qint64 existingId, qint64 line);
    Status insertTransaction(const Order &order, const Attribution &attribution, const Settled &settled);
    Status updateTransaction(qint64 transactionId, const Order &order, const Attribution &attribution,
                             const Settled &settled);
    Status writeReversal(const LiveTransaction &paid, const Order &order);

    const AttributionSnapshot &m_snapshot;
    AttributionEngine m_engine;
    qint64 m_importId;
    QString m_now;
    qint64 m_nowSeconds;
    qint64 m_placedAtSeconds = 0;
    QString m_placedAtText;
    QString m_prepareError;
    std::unique_ptr<SqliteStatement> m_findOrder;
    std::unique_ptr<SqliteStatement> m_insertOrder;
    std::unique_ptr<SqliteStatement> m_updateOrder;
    std::unique_ptr<SqliteStatement> m_findLive;
    std::unique_ptr<SqliteStatement> m_insertTransaction;
    std::unique_ptr<SqliteStatement> m_updateTransaction;
    std::unique_ptr<SqliteStatement> m_cancelTransaction;
    std::unique_ptr<SqliteStatement> m_insertReversal;
    std::unique_ptr<SqliteStatement> m_supersede;
    std::unique_ptr<SqliteStatement> m_monthRows;
    std::unique_ptr<SqliteStatement> m_rerate;
    std::unique_ptr<SqliteStatement> m_laterOfCustomer;
    std::unique_ptr<SqliteStatement> m_ordersOfCustomer;
    std::unique_ptr<LedgerHistory> m_history;
    bool m_customerRules = false;
    bool m_resettling = false;
    QSet<QString> m_dirtyCustomers;
};

} // namespace PartnerDesk
