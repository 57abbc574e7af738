#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace PartnerDesk {

// Queues the orders and transactions an import inserts for the push as two ranges of ids instead
// of an outbox row per inserted row (migration 0021; docs/SYNC.md, "Push: the outbox"). Inside
// the caller's transaction: begin() before the first row, finish() after the last; a rollback
// takes both back. The push expands the ranges (Outbox::expandRanges) before reading the outbox.
// New rows get ids above every id before the import, and the import's transaction is the only
// writer while it runs, so the range (id before, max id after] holds exactly its inserts.
class OutboxRanges final
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRanges)
    Q_DISABLE_COPY_MOVE(OutboxRanges)

public:
    explicit OutboxRanges(QSqlDatabase &db);

    Status begin();
    Status finish();

private:
    QSqlDatabase &m_db;
    qint64 m_lastOrderBefore = 0;
    qint64 m_lastTransactionBefore = 0;
    bool m_begun = false;
};

} // namespace PartnerDesk
