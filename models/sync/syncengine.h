#pragma once

#include "centralsession.h"
#include "outbox.h"
#include "store/result.h"
#include "syncrole.h"
#include "syncschema.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
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
    // Local changes the central database refused this login (a partner's desktop: docs/SYNC.md,
    // "Partner desktops"): dropped from the outbox, each with its reason.
    qint64 refused = 0;
    QStringList refusals;
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
    int maxAttempts = 3;

private:
    struct PushRow;
    Result<qint64> pushBatch(const OutboxBatch &batch, SyncReport &report);
    Status readRows(QList<PushRow> &rows);
    Status pushRows(QList<PushRow> &rows);
    Status findKeyClashes(QList<PushRow> &rows);
    Status pushCopy(const SyncTable &table, QList<PushRow *> &rows);
    Status pushOne(PushRow &row);
    Status pushAllowed(PushRow &row);
    Status settleExisting(PushRow &row);
    Result<qint64> attributePulledOrders(const QStringList &orderIds);
    Result<QString> centralId();

    Database &m_database;
    CentralSession m_session;
    int m_batchSize = 10000;
    int m_pageSize = 5000;
    int m_bulkMinimum = 16;
    int m_copyThreshold = 1000;
    QString m_centralId;
    SyncRole m_role;
    QStringList m_pulledOrders;
    QStringList m_changedOrders;
    QSet<QString> m_attributedElsewhere;
};

} // namespace PartnerDesk
