#pragma once

#include "core/attributionengine.h"
#include "core/order.h"
#include "result.h"

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
    Q_DISABLE_COPY_MOVE(LedgerWriter)

public:
    enum class Effect { Created, Updated, Duplicate };
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
    Result<Outcome> write(const Order &order, qint64 line);

    static sqlite3 *nativeHandle(Database &database);

private:
    struct LiveTransaction;
    Status upsertOrder(const Order &order, qint64 existingId, qint64 line);
    Status insertTransaction(const Order &order, const Attribution &attribution);
    Status updateTransaction(qint64 transactionId, const Order &order, const Attribution &attribution);
    Status writeReversal(const LiveTransaction &paid, const Order &order);

    const AttributionSnapshot &m_snapshot;
    AttributionEngine m_engine;
    qint64 m_importId;
    QString m_now;
    qint64 m_nowSeconds;
    QString m_prepareError;
    std::unique_ptr<SqliteStatement> m_findOrder;
    std::unique_ptr<SqliteStatement> m_insertOrder;
    std::unique_ptr<SqliteStatement> m_updateOrder;
    std::unique_ptr<SqliteStatement> m_findLive;
    std::unique_ptr<SqliteStatement> m_insertTransaction;
    std::unique_ptr<SqliteStatement> m_updateTransaction;
    std::unique_ptr<SqliteStatement> m_cancelTransaction;
    std::unique_ptr<SqliteStatement> m_insertReversal;
};

} // namespace PartnerDesk
