#include "pushpipeline.h"

#include "applyscope.h"
#include "centralsession.h"
#include "conflictstore.h"
#include "quarantine.h"
#include "rowapplier.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/syncrole.h"
#include "store/syncstate.h"
#include "syncids.h"
#include "syncschema.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

PushPipeline::PushPipeline(Database &database, CentralSession &session, const SyncRole &role,
                           std::function<Result<QString>()> centralId)
    : m_database(database)
    , m_session(session)
    , m_role(role)
    , m_centralId(std::move(centralId))
    , m_reader(database, m_timings)
    , m_clashes(database, session)
    , m_rows(session, role)
    , m_writer(CentralWriter::create(m_bulkInsert, session, m_timings))
{}

PushPipeline::~PushPipeline() = default;

void PushPipeline::setBulkInsert(BulkInsert how)
{
    if (how == m_bulkInsert)
        return;
    m_bulkInsert = how;
    m_writer = CentralWriter::create(how, m_session, m_timings);
}

Result<qint64> PushPipeline::push(SyncReport &report, const SyncProgress &progress)
{
    // Before the first batch, never while one is on its way: taking a clash's central row
    // changes the outbox, and a batch's outbox rows are cleared by their seq.
    if (Status settled = ConflictStore(m_database).forgetDeletedClashRows(); !settled)
        return Result<qint64>::failure(settled.error());
    if (Status forgotten = Quarantine(m_database).forgetDeletedRows(); !forgotten)
        return Result<qint64>::failure(forgotten.error());
    Outbox outbox(m_database);
    m_timings = {};
    // Key clashes are rare and looking for them costs the server a query per table and batch (a
    // third of a 100,000-row push): a batch goes without the check, and when its COMMIT fails on
    // a unique or exclusion constraint it is sent again, the check on for the rest of the push
    // (a partner's rows are always checked: his refused rows are handled row by row).
    m_checkClashes = false;
    // A value the central database does not take (class 22, e.g. a date out of its range) or a
    // row it refuses (class 23 that is no key clash, or a clash still there with the check on)
    // fails the batch's statements or its COMMIT: the batch is sent again with every row under a
    // savepoint, and the rows refused are quarantined with the reason (docs/SECURITY.md), so one
    // bad row never stops the rest, now or at every later sync.
    m_isolate = false;
    qint64 total = 0;
    std::optional<PreparedBatch> next;
    for (;;) {
        PreparedBatch current;
        if (next) {
            current = std::move(*next);
            next.reset();
            ++m_timings.prefetched;
        } else {
            auto prepared = m_reader.next(outbox, m_batchSize, nullptr, {});
            if (!prepared)
                return Result<qint64>::failure(prepared.error());
            current = std::move(*prepared);
        }
        if (current.batch.isEmpty())
            return total;
        // While the central statements of this batch run, the next one is read here: its outbox
        // changes during the INSERT (CentralWriter), its rows during the COMMIT (pushBatch). It is only
        // read: its changes stay queued until its own central commit, and it is dropped when
        // anything goes wrong, or when it shares a row with this batch (that row's version and
        // values change with this batch's local commit).
        QSet<QUuid> sending;
        QSet<QPair<QString, qint64>> sendingRows;
        for (const PushRow &row : std::as_const(current.rows)) {
            if (!row.uid.isNull())
                sending.insert(row.uid);
            sendingRows.insert({row.table->local, row.localId});
        }
        std::optional<OutboxBatch> nextRead;
        auto readNext = [&] {
            QElapsedTimer timer;
            timer.start();
            if (auto read = outbox.nextBatch(m_batchSize, &current.batch))
                nextRead = std::move(*read);
            m_timings.nextBatch += timer.elapsed();
            // on failure: read again after this batch, when the error is reported
        };
        auto mapNext = [&] {
            if (!nextRead)
                return;
            auto prepared = m_reader.map(std::move(*nextRead), sending);
            nextRead.reset();
            // Nothing read ahead: changes queued since (whose seq may reuse a pushed one's) are
            // read after this batch, from the start of the outbox.
            if (!prepared || prepared->batch.isEmpty())
                return;
            for (const PushRow &row : std::as_const(prepared->rows)) {
                if (sending.contains(row.uid) || sendingRows.contains({row.table->local, row.localId}))
                    return;
            }
            next = std::move(*prepared);
        };
        if (m_overlap)
            m_whileCentral = {readNext, mapNext};
        auto pushed = pushBatch(current, report);
        m_whileCentral.clear();
        if (pushed && nextRead)
            mapNext(); // read during the INSERT, no COMMIT long enough to map it: now
        ++m_timings.batches;
        if (!pushed && !m_checkClashes && !m_session.isBroken() &&
            (m_session.lastState() == u"23505" || m_session.lastState() == u"23P01")) {
            m_checkClashes = true;
            ++m_timings.resent;
            next.reset(); // the batch is read again from the outbox, which still holds it
            continue;
        }
        if (!pushed && !m_isolate && !m_session.isBroken() &&
            (m_session.lastState().startsWith(u"22") || m_session.lastState().startsWith(u"23"))) {
            m_isolate = true;
            m_checkClashes = true; // a clash found before the rows are written is a conflict, not a refusal
            ++m_timings.resent;
            next.reset();
            continue;
        }
        if (!pushed)
            return pushed;
        total += *pushed;
        if (progress && !progress(tr("Sending"), total)) {
            report.cancelled = true;
            return total;
        }
    }
}

Result<qint64> PushPipeline::pushBatch(PreparedBatch &prepared, SyncReport &report)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 overlappedBefore = m_timings.overlapped;
    const auto ownXid = sendBatch(prepared.rows);
    if (!ownXid)
        return Result<qint64>::failure(ownXid.error());
    m_timings.central += timer.restart() - (m_timings.overlapped - overlappedBefore);
    const auto pushed = storeOutcomes(prepared, *ownXid, report);
    if (!pushed)
        return pushed;
    m_timings.localCommit += timer.elapsed();
    report.pushed += *pushed;
    return pushed;
}

Result<QString> PushPipeline::sendBatch(QList<PushRow> &rows)
{
    using R = Result<QString>;
    if (Status begun = m_session.begin(); !begun)
        return R::failure(begun.error());
    if (Status sent = pushRows(rows); !sent) {
        m_session.rollback();
        return R::failure(sent.error());
    }
    // This transaction's id: the next pull need not read back what it wrote. A partner's rows are
    // read back: the central database decides some of their values (ids, a website's token and
    // verification), and his pushes are small.
    QString ownXid;
    if (!m_role.isPartner() && std::any_of(rows.cbegin(), rows.cend(), [](const PushRow &row) {
            return row.outcome == PushRow::Outcome::Versioned;
        })) {
        const auto central = m_centralId();
        const auto xid =
            central ? m_session.exec(u"SELECT pg_current_xact_id()::text"_s) : Result<PgRows>::failure(central.error());
        if (!xid) {
            m_session.rollback();
            return R::failure(xid.error());
        }
        ownXid = xid->text(0, 0);
    }
    // COMMIT (the deferred constraints are checked now) while the next batch's rows are read here.
    if (Status sent = m_session.send(u"COMMIT"_s); !sent) {
        m_session.rollback();
        return R::failure(sent.error());
    }
    runWhileCentral();
    if (const auto committed = m_session.receive(); !committed) {
        m_session.rollback();
        return R::failure(committed.error());
    }
    return ownXid;
}

Result<qint64> PushPipeline::storeOutcomes(PreparedBatch &prepared, const QString &ownXid, SyncReport &report)
{
    using R = Result<qint64>;
    const OutboxBatch &batch = prepared.batch;
    QList<PushRow> &rows = prepared.rows;
    // The central commit is done; if the local one is lost, the next push finds its own rows there
    // (equal: adopted).
    ApplyScope scope(m_database);
    if (!scope.isActive())
        return R::failure(scope.error());
    if (Status forgotten = Outbox(m_database).forget(batch.seqs); !forgotten)
        return R::failure(forgotten.error());
    if (Status deferred = scope.deferForeignKeys(); !deferred)
        return R::failure(deferred.error());
    if (Status stored = storeIds(rows); !stored)
        return R::failure(stored.error());
    ConflictStore conflicts(m_database);
    RowApplier applier(m_database);
    Quarantine quarantine(m_database);
    const bool anyQuarantined = quarantine.count() > 0;
    qint64 pushed = 0;
    for (PushRow &row : rows) {
        switch (row.outcome) {
        case PushRow::Outcome::Versioned:
            ++pushed;
            [[fallthrough]];
        case PushRow::Outcome::Adopted:
            if (row.table->hostList)
                break;
            if (anyQuarantined) {
                if (Status released =
                        quarantine.release(row.table->local, row.sentUid.isNull() ? row.uid : row.sentUid);
                    !released)
                    return R::failure(released.error());
            }
            // (A partner's audit row found there already was not read back: no central values.)
            if ((row.outcome == PushRow::Outcome::Adopted || row.takeCentral) && !row.isDelete &&
                !row.central.uid.isNull() && row.central.values != row.values) {
                // Equal but for when it was written, or for what the central database decided:
                // take the central values.
                auto applied = applier.apply(*row.table, row.central, true);
                if (!applied)
                    return R::failure(applied.error());
            }
            break;
        case PushRow::Outcome::Conflict: {
            const QJsonObject local = row.isDelete ? QJsonObject() : applier.localJson(*row.table, row.localId);
            const bool clash = row.central.uid != row.uid; // KeyClashFinder: kept under the central uid
            const auto kept =
                conflicts.record(row.table->local, clash ? row.central.uid : row.uid, local,
                                 row.central.toJson(*row.table), row.central.version, clash ? row.uid : QUuid());
            if (!kept)
                return R::failure(kept.error());
            report.conflicts += *kept ? 1 : 0;
            break;
        }
        case PushRow::Outcome::Refused:
            ++report.refused;
            report.refusals.append(row.refusal);
            qWarning("sync: %s", qPrintable(row.refusal));
            if (Status kept =
                    quarantine.keep(row.table->local, row.isDelete ? std::nullopt : std::optional(row.localId),
                                    row.sentUid.isNull() ? row.uid : row.sentUid, row.refusal);
                !kept)
                return R::failure(kept.error());
            break;
        case PushRow::Outcome::Pending:
        case PushRow::Outcome::Skipped:
            break;
        }
    }
    if (Status finished = applier.finishTable(); !finished)
        return R::failure(finished.error());
    if (!ownXid.isEmpty()) {
        SyncState state(m_database);
        const QString central = *m_centralId(); // read by sendBatch()
        if (Status kept = state.setOwnWrites(central, state.ownWrites(central) << ownXid); !kept)
            return R::failure(kept.error());
    }
    if (Status committed = scope.commit(); !committed)
        return R::failure(committed.error());
    return pushed;
}

Status PushPipeline::storeIds(const QList<PushRow> &rows)
{
    // A partner's new rows now have the ids the central database derived from his.
    SyncIds ids(m_database);
    for (const PushRow &row : std::as_const(rows)) {
        if (row.sentUid.isNull() || row.sentUid == row.uid ||
            (row.outcome != PushRow::Outcome::Versioned && row.outcome != PushRow::Outcome::Adopted &&
             row.outcome != PushRow::Outcome::Conflict))
            continue;
        if (Status relinked = ids.relink(row.table->local, row.sentUid, row.uid); !relinked)
            return relinked;
    }
    QList<SyncIds::Version> versions;
    for (const PushRow &row : std::as_const(rows)) {
        if ((row.outcome == PushRow::Outcome::Versioned || row.outcome == PushRow::Outcome::Adopted) &&
            !row.table->hostList)
            versions.append({row.table->local, row.uid, row.version});
    }
    if (Status stored = ids.setVersions(versions); !stored)
        return stored;
    // The audit rows sent carry this login centrally (stamp_row); own writes are not read back, so
    // they get it here. A partner's row that was there already (no RETURNING for him) is his own.
    if (!m_role.login().isEmpty()) {
        QList<qint64> audited;
        for (const PushRow &row : std::as_const(rows)) {
            if (row.table->local == u"audit_log" && !row.isDelete &&
                (row.outcome == PushRow::Outcome::Versioned ||
                 (row.outcome == PushRow::Outcome::Adopted && row.central.uid.isNull())))
                audited.append(row.localId);
        }
        if (Status stamped = AuditLog(m_database.connection()).setLogin(m_role.login(), audited); !stamped)
            return stamped;
    }
    return Done{};
}

Status PushPipeline::pushRows(QList<PushRow> &rows)
{
    // A partner's new rows: known under the ids the central database will give them, before the
    // key clashes are looked for (an earlier push of the same row holds that id).
    if (m_role.isPartner()) {
        for (PushRow &row : rows) {
            if (row.isDelete || row.baseVersion != 0 || row.table->hostList || !row.sentUid.isNull())
                continue;
            row.sentUid = row.uid;
            row.uid = SyncIds::partnerRowUid(row.table->central, m_role.login(), row.sentUid);
        }
    }
    if (Status checked = m_clashes.find(rows, m_checkClashes || m_role.isPartner(), m_role.isPartner()); !checked)
        return checked;
    // New rows of a table in numbers go through the CentralWriter.
    QHash<const SyncTable *, QList<PushRow *>> fresh;
    for (PushRow &row : rows) {
        if (row.outcome == PushRow::Outcome::Pending && !row.isDelete && row.baseVersion == 0 && !row.table->hostList)
            fresh[row.table].append(&row);
    }
    for (const SyncTable &table : SyncSchema::tables()) {
        auto it = fresh.find(&table);
        if (it != fresh.end() && it->size() >= m_copyThreshold && !m_role.isPartner() && !m_isolate) {
            if (Status written = m_writer->insert(table, *it, [this] { runWhileCentral(); }); !written)
                return written;
        }
        for (PushRow &row : rows) {
            if (row.table == &table && row.outcome == PushRow::Outcome::Pending && !row.isDelete) {
                if (Status sent = m_rows.push(row, m_isolate); !sent)
                    return sent;
            }
        }
    }
    for (PushRow &row : rows) {
        if (row.isDelete && row.outcome == PushRow::Outcome::Pending) {
            if (Status sent = m_rows.push(row, m_isolate); !sent)
                return sent;
        }
    }
    return Done{};
}

void PushPipeline::runWhileCentral()
{
    if (m_whileCentral.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    m_whileCentral.takeFirst()();
    m_timings.overlapped += timer.elapsed();
}

} // namespace PartnerDesk
