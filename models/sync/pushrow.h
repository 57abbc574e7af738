#pragma once

#include "outbox.h"
#include "rowapplier.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <optional>

namespace PartnerDesk {

struct SyncTable;

// One row on its way to the central database, from its outbox entry to what the central database
// made of it; the push pipeline's pieces (PushBatchReader, KeyClashFinder, CentralWriter,
// RowPusher) each fill in their part.
struct PushRow
{
    enum class Outcome
    {
        Pending,
        Versioned, // the central row is ours at `version`
        Adopted,   // the central row already held ours (apply `central` for bookkeeping columns)
        Conflict,
        Skipped,
        Refused // a partner's login may not make this change: dropped, with `refusal`
    };
    const SyncTable *table = nullptr;
    qint64 localId = 0;
    QUuid uid;
    // A partner's new row: the uid it has here, sent in the INSERT; `uid` is then the id the
    // central database derives from it (SyncIds::partnerRowUid), and the local mapping follows.
    QUuid sentUid;
    qint64 baseVersion = 0;
    bool isDelete = false;
    bool prerequisite = false; // a referenced row never pushed, sent ahead of its outbox entry
    QVariantList raw;
    QList<std::optional<QString>> values; // local text form, foreign keys as uids
    QStringList hosts;                    // program_hosts: the program's hosts
    Outcome outcome = Outcome::Pending;
    qint64 version = 0;
    CentralRow central;
    bool takeCentral = false; // Versioned: the central database decided columns of it (`central`)
    QJsonObject localJson;
    QString refusal;
};

// An outbox batch read and mapped, ready to send.
struct PreparedBatch
{
    OutboxBatch batch;
    QList<PushRow> rows; // in the order they are sent
};

// Where a push spent its time (milliseconds), for sync_bench.
struct PushTimings
{
    qint64 nextBatch = 0;   // Outbox::nextBatch (coalescing, uids)
    qint64 read = 0;        // reading the rows, mapping foreign keys
    qint64 central = 0;     // the central statements, waiting for them
    qint64 overlapped = 0;  // local work done while a central statement ran
    qint64 localCommit = 0; // outbox cleared, versions stored
    int batches = 0;
    int prefetched = 0;      // batches prepared while the previous one was central
    qint64 copyIntoTemp = 0; // BulkInsert::CopyThroughTemp: the temp table and COPY part of `central`
    int resent = 0;          // batches sent again with the key-clash check after their COMMIT failed
};

} // namespace PartnerDesk
