#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace PartnerDesk {

class Database;

// One row's pending change, coalesced from every change queued for it.
struct OutboxEntry
{
    enum class Op
    {
        Upsert,
        Delete
    };

    QString table;
    qint64 localId = 0; // program_hosts: the program whose host list changed
    Op op = Op::Upsert;
    // Upsert: the row's uid (assigned when it had none; null for program_hosts, whose rows are
    // named by SyncIds::hostUid of the program's uid). Delete: the uid the deleted row had.
    QUuid uid;
    // The central version the change is based on (SyncIds): 0 for a row never pushed nor pulled.
    qint64 baseVersion = 0;
    qint64 firstSeq = 0; // the first queued change it stands for
};

// What Outbox::nextBatch() hands the push.
struct OutboxBatch
{
    // Upserts parents first (SyncIds::syncedTables() order), then deletes children first.
    QList<OutboxEntry> entries;
    QList<qint64> seqs;  // every queued change the entries stand for (markSent deletes them)
    qint64 readUpTo = 0; // the last of the oldest changes it was read from (nextBatch's `after`)
    bool isEmpty() const { return seqs.isEmpty(); }
};

// The local edits waiting for the push (docs/SYNC.md, "Push: the outbox" and "Local side").
// Triggers write sync_outbox in the same transaction as the edit; this class reads and clears it.
// The push reads each upsert's row as it is at push time, so several changes of one row are one
// entry. A row's current state may refer to a parent queued later (a transaction put in a payout
// batch made after it): the push must send a referenced row whose version is 0 first
// (SyncIds::ensureUid gives its uid).
class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    explicit Outbox(Database &database);

    // The oldest `limit` queued changes and every later change of the same rows, coalesced: one
    // upsert per existing row, one delete per deleted row that had a uid (a row made and deleted
    // here before any push needs nothing). Assigns the missing uids, in its own transaction.
    // `after`: a batch read before and not yet sent (the push reads the next batch while the
    // central database takes this one): its changes are left out, the oldest after it come.
    Result<OutboxBatch> nextBatch(int limit = 5000, const OutboxBatch *after = nullptr);
    // The batch reached the central database: forgets its changes in one transaction. Changes
    // queued after nextBatch() stay.
    Status markSent(const OutboxBatch &batch);
    // markSent() inside the caller's transaction (the push's, in which the sent rows' versions are
    // stored too): the queued changes `seqs` are gone when it commits.
    Status forget(const QList<qint64> &seqs);
    // Turns the ranges an import queued (OutboxRanges, migration 0021) into outbox rows, in one
    // transaction: called before anything reads the outbox (the push, the pull's pending check).
    Status expandRanges();
    // Queued changes (not coalesced), the rows of ranges not yet expanded included.
    qint64 count() const;

private:
    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
