#pragma once

#include "centralsession.h"
#include "core/result.h"
#include "outbox.h"
#include "store/syncrole.h"
#include "syncschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QUuid>
#include <functional>
#include <memory>

namespace PartnerDesk {

class Database;

// What one sync did; stable figures for the CLI and the status bar.
struct SyncReport
{
    qint64 pushed = 0;        // rows sent and accepted centrally
    qint64 pulled = 0;        // central rows applied here
    qint64 conflicts = 0;     // conflicts found by this sync
    qint64 openConflicts = 0; // conflicts waiting for the manager after it
    qint64 attributed = 0;    // pulled orders attributed here
    qint64 durationMs = 0;
    int reconnects = 0;
    bool cancelled = false;
    // Local changes the central database refused this sync (a value it does not take, a change a
    // partner's login may not make: docs/SECURITY.md, "Quarantine"): taken out of the outbox and
    // kept in sync_quarantine, each with its reason; the rest of the sync went on.
    qint64 refused = 0;
    QStringList refusals;
    // Rows waiting in sync_quarantine after this sync (refused now or before, not changed since).
    qint64 quarantined = 0;
    // Central rows this desktop could not take (they refer to a row it does not have): skipped,
    // each with its reason; the pull went on.
    qint64 skipped = 0;
    QStringList skips;
};

// Two-way sync of the local books with the central PostgreSQL (docs/SYNC.md): push the outbox,
// then pull what changed centrally, then attribute pulled orders (and push what that wrote).
// Runs on the calling thread with the caller's Database (open one per thread) and its own central
// connection. Every step is idempotent: a sync cut short anywhere (a lost connection, a crash)
// leaves both sides consistent and the next sync finishes the work.
class SyncEngine final
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    // Return false to cancel (between batches).
    using Progress = std::function<bool(const QString &phase, qint64 rowsDone)>;

    SyncEngine(Database &database, const QString &centralUrl, const QString &password = {});
    ~SyncEngine();

    Result<SyncReport> sync(const Progress &progress = {});

    // The push and the pull on their own (sync() runs both, reconnecting on a lost connection).
    Result<qint64> push(SyncReport &report, const Progress &progress = {});
    Result<qint64> pull(SyncReport &report, const Progress &progress = {});

    CentralSession &session() { return m_session; }
    // Who the last sync logged in as (a manager until a sync learnt otherwise).
    const SyncRole &role() const { return m_role; }
    // Seam for the fault tests: see CentralSession::setStatementHook.
    void setStatementHook(CentralSession::StatementHook hook) { m_session.setStatementHook(std::move(hook)); }
    void setBatchSize(int rows) { m_batchSize = rows; }
    // Central rows read (and applied) at a time by the pull.
    void setPageSize(int rows) { m_pageSize = rows; }
    // New rows of a page from which the pull inserts them in bulk (RowApplier::setBulkMinimum).
    void setBulkMinimum(int rows) { m_bulkMinimum = rows; }
    // New rows of one table in one batch from which the push uses COPY.
    void setCopyThreshold(int rows) { m_copyThreshold = rows; }
    // Whether the push reads the next batch while the central database inserts this one (on by
    // default; off for sync_bench's comparison).
    void setOverlap(bool on) { m_overlap = on; }
    // How new rows in numbers reach the central tables: COPY into a temp table then INSERT ...
    // SELECT (the default), or one INSERT ... SELECT FROM unnest(array parameters), which costs the
    // server more CPU (docs/PERFORMANCE.md, "Sync engine"; sync_bench's `unnest`).
    enum class BulkInsert
    {
        CopyThroughTemp,
        Unnest
    };
    void setBulkInsert(BulkInsert how) { m_bulkInsert = how; }
    int maxAttempts = 3;

    // Where the last push() spent its time (milliseconds), for sync_bench.
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
    const PushTimings &pushTimings() const { return m_pushTimings; }

private:
    struct PushRow;
    struct PreparedBatch;
    // The next outbox batch read and mapped, ready to send. `after`: the batch being sent now,
    // whose changes and rows (`sending`, by uid) this one leaves out.
    Result<PreparedBatch> prepareBatch(Outbox &outbox, const OutboxBatch *after, const QSet<QUuid> &sending);
    // The second half of prepareBatch(): the rows of a batch read and mapped.
    Result<PreparedBatch> mapBatch(OutboxBatch batch, const QSet<QUuid> &sending);
    // Runs the next piece of local work queued for the time a central statement takes.
    void runWhileCentral();
    Result<qint64> pushBatch(PreparedBatch &prepared, SyncReport &report);
    Status readRows(QList<PushRow> &rows, const QSet<QUuid> &sending);
    Status pushRows(QList<PushRow> &rows);
    Status findKeyClashes(QList<PushRow> &rows);
    Status pushCopy(const SyncTable &table, QList<PushRow *> &rows);
    Status pushUnnest(const SyncTable &table, QList<PushRow *> &rows);
    Status pushOne(PushRow &row);
    Status pushAllowed(PushRow &row);
    Status settleExisting(PushRow &row);
    Result<qint64> attributePulledOrders(const QStringList &orderIds);
    Result<QString> centralId();
    Result<QStringList> centralTypes(const SyncTable &table);

    Database &m_database;
    CentralSession m_session;
    int m_batchSize = 10000;
    bool m_checkClashes = false; // see push()
    bool m_isolate = false;      // see push(): every row under a savepoint, refusals quarantined
    int m_pageSize = 5000;
    int m_bulkMinimum = 16;
    int m_copyThreshold = 1000;
    bool m_overlap = true;
    BulkInsert m_bulkInsert = BulkInsert::CopyThroughTemp;
    QString m_centralId;
    SyncRole m_role;
    QStringList m_pulledOrders;
    QStringList m_changedOrders;
    QSet<QString> m_attributedElsewhere;
    QHash<QString, QStringList> m_centralTypes; // per central table: its columns' types, by name
    PushTimings m_pushTimings;
    // Local work for the time the server needs: pushCopy runs the first piece while its INSERT
    // runs, pushBatch the next while its COMMIT runs.
    QList<std::function<void()>> m_whileCentral;
};

} // namespace PartnerDesk
