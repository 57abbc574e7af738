#include "syncengine.h"

#include "conflictstore.h"
#include "outbox.h"
#include "puller.h"
#include "pushpipeline.h"
#include "quarantine.h"
#include "store/database.h"
#include "store/syncstate.h"
#include "syncroledetect.h"

#include <QElapsedTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

SyncEngine::SyncEngine(Database &database, const QString &centralUrl, const QString &password)
    : m_database(database)
    , m_session(centralUrl, password)
    , m_push(std::make_unique<PushPipeline>(database, m_session, m_role, [this] { return centralId(); }))
    , m_pull(std::make_unique<Puller>(database, m_session, m_role, [this] { return centralId(); }))
{
    if (const Result<QString> desktop = SyncState(database).desktopId())
        m_session.setDesktopId(*desktop);
}

SyncEngine::~SyncEngine() = default;

Result<QString> SyncEngine::centralId()
{
    if (!m_centralId.isEmpty())
        return m_centralId;
    const auto rows = m_session.exec(u"SELECT current_database() || '@' || coalesce(host(inet_server_addr()), "
                                     "'local') || ':' || coalesce(inet_server_port(), 0)"_s);
    if (!rows)
        return Result<QString>::failure(rows.error());
    m_centralId = rows->text(0, 0);
    return m_centralId;
}

Result<SyncReport> SyncEngine::sync(const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    for (int attempt = 0; attempt < std::max(1, maxAttempts); ++attempt) {
        SyncReport report;
        report.reconnects = attempt;
        if (Status connected = m_session.connect(); !connected) {
            error = connected.error();
            continue;
        }
        m_pull->forgetPulledOrders();
        // Whose desktop this is decides what may be sent and fetched; someone else's is refused.
        const Result<SyncRole> role = detectSyncRole(m_session);
        if (!role) {
            error = role.error();
            if (m_session.isBroken())
                continue;
            break;
        }
        if (Status claimed = SyncRole::claim(m_database, *role); !claimed)
            return Result<SyncReport>::failure(claimed.error());
        if (Status kept = SyncRole::rememberPartnerLogins(m_database, *role); !kept)
            return Result<SyncReport>::failure(kept.error());
        m_role = *role;
        auto pushed = push(report, progress);
        if (pushed && !report.cancelled) {
            auto pulled = pull(report, progress);
            if (pulled && !report.cancelled) {
                // A partner's transactions come from the central database: attributing here would
                // invent rows.
                auto attributed = m_role.isPartner() ? Result<qint64>(qint64(0)) : m_pull->attributePulledOrders();
                if (attributed) {
                    report.attributed = *attributed;
                    if (*attributed > 0)
                        pushed = push(report, progress);
                } else {
                    return Result<SyncReport>::failure(attributed.error());
                }
            } else if (!pulled) {
                pushed = Result<qint64>::failure(pulled.error());
            }
        }
        if (pushed) {
            report.openConflicts = ConflictStore(m_database).openCount();
            report.quarantined = Quarantine(m_database).count();
            report.durationMs = timer.elapsed();
            return report;
        }
        error = pushed.error();
        if (!m_session.isBroken())
            break; // refused, not lost: trying again changes nothing
    }
    return Result<SyncReport>::failure(error);
}

Result<qint64> SyncEngine::push(SyncReport &report, const Progress &progress)
{
    if (Status expanded = Outbox(m_database).expandRanges(); !expanded)
        return Result<qint64>::failure(expanded.error());
    return m_push->push(report, progress);
}

Result<qint64> SyncEngine::pull(SyncReport &report, const Progress &progress)
{
    // The pull checks the outbox for local changes a pulled row would overwrite.
    if (Status expanded = Outbox(m_database).expandRanges(); !expanded)
        return Result<qint64>::failure(expanded.error());
    return m_pull->pull(report, progress);
}

void SyncEngine::setBatchSize(int rows)
{
    m_push->setBatchSize(rows);
}

void SyncEngine::setPageSize(int rows)
{
    m_pull->setPageSize(rows);
}

void SyncEngine::setBulkMinimum(int rows)
{
    m_pull->setBulkMinimum(rows);
}

void SyncEngine::setCopyThreshold(int rows)
{
    m_push->setCopyThreshold(rows);
}

void SyncEngine::setOverlap(bool on)
{
    m_push->setOverlap(on);
}

void SyncEngine::setBulkInsert(BulkInsert how)
{
    m_push->setBulkInsert(how);
}

const SyncEngine::PushTimings &SyncEngine::pushTimings() const
{
    return m_push->timings();
}

} // namespace PartnerDesk
