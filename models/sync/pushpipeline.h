#pragma once

#include "centralwriter.h"
#include "core/result.h"
#include "keyclashfinder.h"
#include "pushbatchreader.h"
#include "pushrow.h"
#include "rowpusher.h"
#include "syncreport.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <memory>

namespace PartnerDesk {

class CentralSession;
class Database;
class SyncRole;

// The push (docs/SYNC.md, "Push"): reads the outbox a batch at a time (PushBatchReader), sends
// each batch in one central transaction — key clashes looked for (KeyClashFinder), new rows in
// numbers through the CentralWriter, the rest row by row (RowPusher), under savepoints once a
// batch was refused — and, once the central commit is done, clears the batch from the outbox and
// stores what the central database made of each row in one local transaction. While the central
// database works on one batch the next one is read here.
class PushPipeline final
{
    // In SyncEngine's context: the strings came from there and keep their translations.
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
    Q_DISABLE_COPY_MOVE(PushPipeline)

public:
    // `role`: whose login the push writes as; `centralId`: the central database's name for the
    // pull position and own writes (SyncEngine's, read once per engine when first needed).
    PushPipeline(Database &database, CentralSession &session, const SyncRole &role,
                 std::function<Result<QString>()> centralId);
    ~PushPipeline();

    // Sends the whole outbox, batch by batch; returns the rows sent. Cancelled between batches.
    Result<qint64> push(SyncReport &report, const SyncProgress &progress);

    void setBatchSize(int rows) { m_batchSize = rows; }
    void setCopyThreshold(int rows) { m_copyThreshold = rows; }
    void setOverlap(bool on) { m_overlap = on; }
    void setBulkInsert(BulkInsert how);
    const PushTimings &timings() const { return m_timings; }

private:
    Result<qint64> pushBatch(PreparedBatch &prepared, SyncReport &report);
    // The central half of pushBatch(): sends the rows, commits; returns the central transaction's
    // id when the next pull need not read back what it wrote (else "").
    Result<QString> sendBatch(QList<PushRow> &rows);
    // The local half: the outbox, sync ids and versions, conflicts and refusals, in one transaction.
    Result<qint64> storeOutcomes(PreparedBatch &prepared, const QString &ownXid, SyncReport &report);
    // Part of storeOutcomes(): the sent rows' sync ids and versions, and who wrote the audit rows.
    Status storeIds(const QList<PushRow> &rows);
    Status pushRows(QList<PushRow> &rows);
    // Runs the next piece of local work queued for the time a central statement takes.
    void runWhileCentral();

    Database &m_database;
    CentralSession &m_session;
    const SyncRole &m_role;
    std::function<Result<QString>()> m_centralId;
    PushTimings m_timings;
    PushBatchReader m_reader;
    KeyClashFinder m_clashes;
    RowPusher m_rows;
    BulkInsert m_bulkInsert = BulkInsert::CopyThroughTemp;
    std::unique_ptr<CentralWriter> m_writer;
    int m_batchSize = 10000;
    int m_copyThreshold = 1000;
    bool m_overlap = true;
    bool m_checkClashes = false; // see push()
    bool m_isolate = false;      // see push(): every row under a savepoint, refusals quarantined
    // Local work for the time the server needs: the writer runs the first piece while its INSERT
    // runs, pushBatch the next while its COMMIT runs.
    QList<std::function<void()>> m_whileCentral;
};

} // namespace PartnerDesk
