#pragma once

#include "core/result.h"
#include "pushrow.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

namespace PartnerDesk {

class Database;

// Turns an outbox batch into the rows the push sends: each row read as it is now, its foreign keys
// mapped to uids, a referenced row never pushed added ahead of it (docs/SYNC.md, "Push"), parents
// first then deletes children first. Only reads (and assigns missing uids): the outbox is cleared
// by the push once the central commit is done.
class PushBatchReader final
{
    // In SyncEngine's context: the strings came from there and keep their translations.
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
    Q_DISABLE_COPY_MOVE(PushBatchReader)

public:
    // `timings`: nextBatch and read are added up there.
    PushBatchReader(Database &database, PushTimings &timings);

    // The next outbox batch of up to `limit` changes, read and mapped. `after`: the batch being
    // sent now, whose changes and rows (`sending`, by uid) this one leaves out.
    Result<PreparedBatch> next(Outbox &outbox, int limit, const OutboxBatch *after, const QSet<QUuid> &sending);
    // The second half of next(): the rows of `batch` read and mapped.
    Result<PreparedBatch> map(OutboxBatch batch, const QSet<QUuid> &sending);

private:
    Status readRows(QList<PushRow> &rows, const QSet<QUuid> &sending);

    Database &m_database;
    PushTimings &m_timings;
};

} // namespace PartnerDesk
