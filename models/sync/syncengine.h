#pragma once

#include "centralsession.h"
#include "centralwriter.h"
#include "core/result.h"
#include "pushrow.h"
#include "store/syncrole.h"
#include "syncreport.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace PartnerDesk {

class Database;
class PushPipeline;
class Puller;

// Two-way sync of the local books with the central PostgreSQL (docs/SYNC.md): push the outbox,
// then pull what changed centrally, then attribute pulled orders (and push what that wrote).
// Runs on the calling thread with the caller's Database (open one per thread) and its own central
// connection. Every step is idempotent: a sync cut short anywhere (a lost connection, a crash)
// leaves both sides consistent and the next sync finishes the work. This class runs the cycle, the
// reconnects and the role check; PushPipeline and Puller do the work.
class SyncEngine final
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    // Return false to cancel (between batches).
    using Progress = SyncProgress;

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
    void setBatchSize(int rows);
    // Central rows read (and applied) at a time by the pull.
    void setPageSize(int rows);
    // New rows of a page from which the pull inserts them in bulk (RowApplier::setBulkMinimum).
    void setBulkMinimum(int rows);
    // New rows of one table in one batch from which the push uses the CentralWriter (COPY).
    void setCopyThreshold(int rows);
    // Whether the push reads the next batch while the central database inserts this one (on by
    // default; off for sync_bench's comparison).
    void setOverlap(bool on);
    // How new rows in numbers reach the central tables: COPY into a temp table then INSERT ...
    // SELECT (the default), or one INSERT ... SELECT FROM unnest(array parameters), which costs the
    // server more CPU (docs/PERFORMANCE.md, "Sync engine"; sync_bench's `unnest`).
    using BulkInsert = PartnerDesk::BulkInsert;
    void setBulkInsert(BulkInsert how);
    int maxAttempts = 3;

    // Where the last push() spent its time (milliseconds), for sync_bench.
    using PushTimings = PartnerDesk::PushTimings;
    const PushTimings &pushTimings() const;

private:
    // The central database's name for the pull position and own writes; read once per engine.
    Result<QString> centralId();

    Database &m_database;
    CentralSession m_session;
    QString m_centralId;
    SyncRole m_role;
    std::unique_ptr<PushPipeline> m_push;
    std::unique_ptr<Puller> m_pull;
};

} // namespace PartnerDesk
