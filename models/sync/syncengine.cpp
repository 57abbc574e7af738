#include "syncengine.h"

#include "applyscope.h"
#include "conflictstore.h"
#include "core/order.h"
#include "core/timestamp.h"
#include "quarantine.h"
#include "rowapplier.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "store/ledgerwriter.h"
#include "store/syncstate.h"
#include "syncids.h"
#include "syncroledetect.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

using Kind = SyncColumn::Kind;

QString idsJson(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    return u'[' + numbers.join(u',') + u']';
}

// "$3, $4, ..." from `first` on.
QStringList placeholders(qsizetype count, int first)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"$"_s + QString::number(first + i));
    return marks;
}

QString centralSelect(const SyncTable &table, const SyncRole &role)
{
    QStringList expressions = {u"id::text"_s, u"version"_s, u"deleted::int"_s};
    for (const SyncColumn &column : table.columns)
        expressions.append(SyncSchema::centralExpression(column, role.isPartner()));
    return u"SELECT "_s + expressions.join(u", "_s) + u" FROM partnerdesk."_s + table.central;
}

CentralRow centralRow(const SyncTable &table, const PgRows &rows, int r)
{
    CentralRow row{QUuid(rows.text(r, 0)), rows.number(r, 1), rows.text(r, 2) == u"1", {}};
    row.values.reserve(table.columns.size());
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        row.values.append(rows.value(r, int(3 + i)));
    return row;
}

} // namespace

struct SyncEngine::PushRow
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

SyncEngine::SyncEngine(Database &database, const QString &centralUrl, const QString &password)
    : m_database(database)
    , m_session(centralUrl, password)
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
        m_pulledOrders.clear();
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
                auto attributed =
                    m_role.isPartner() ? Result<qint64>(qint64(0)) : attributePulledOrders(m_pulledOrders);
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

struct SyncEngine::PreparedBatch
{
    OutboxBatch batch;
    QList<PushRow> rows; // in the order they are sent
};

Result<qint64> SyncEngine::push(SyncReport &report, const Progress &progress)
{
    // Before the first batch, never while one is on its way: taking a clash's central row
    // changes the outbox, and a batch's outbox rows are cleared by their seq.
    if (Status settled = ConflictStore(m_database).forgetDeletedClashRows(); !settled)
        return Result<qint64>::failure(settled.error());
    if (Status forgotten = Quarantine(m_database).forgetDeletedRows(); !forgotten)
        return Result<qint64>::failure(forgotten.error());
    Outbox outbox(m_database);
    m_pushTimings = {};
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
            ++m_pushTimings.prefetched;
        } else {
            auto prepared = prepareBatch(outbox, nullptr, {});
            if (!prepared)
                return Result<qint64>::failure(prepared.error());
            current = std::move(*prepared);
        }
        if (current.batch.isEmpty())
            return total;
        // While the central statements of this batch run, the next one is read here: its outbox
        // changes during the INSERT (pushCopy), its rows during the COMMIT (pushBatch). It is only
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
            m_pushTimings.nextBatch += timer.elapsed();
            // on failure: read again after this batch, when the error is reported
        };
        auto mapNext = [&] {
            if (!nextRead)
                return;
            auto prepared = mapBatch(std::move(*nextRead), sending);
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
        ++m_pushTimings.batches;
        if (!pushed && !m_checkClashes && !m_session.isBroken() &&
            (m_session.lastState() == u"23505" || m_session.lastState() == u"23P01")) {
            m_checkClashes = true;
            ++m_pushTimings.resent;
            next.reset(); // the batch is read again from the outbox, which still holds it
            continue;
        }
        if (!pushed && !m_isolate && !m_session.isBroken() &&
            (m_session.lastState().startsWith(u"22") || m_session.lastState().startsWith(u"23"))) {
            m_isolate = true;
            m_checkClashes = true; // a clash found before the rows are written is a conflict, not a refusal
            ++m_pushTimings.resent;
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

Result<SyncEngine::PreparedBatch> SyncEngine::prepareBatch(Outbox &outbox, const OutboxBatch *after,
                                                           const QSet<QUuid> &sending)
{
    QElapsedTimer timer;
    timer.start();
    auto batch = outbox.nextBatch(m_batchSize, after);
    if (!batch)
        return Result<PreparedBatch>::failure(batch.error());
    m_pushTimings.nextBatch += timer.elapsed();
    return mapBatch(std::move(*batch), sending);
}

Result<SyncEngine::PreparedBatch> SyncEngine::mapBatch(OutboxBatch batch, const QSet<QUuid> &sending)
{
    using R = Result<PreparedBatch>;
    QElapsedTimer timer;
    timer.start();
    PreparedBatch prepared;
    prepared.batch = std::move(batch);
    QList<PushRow> &rows = prepared.rows;
    rows.reserve(prepared.batch.entries.size());
    for (const OutboxEntry &entry : std::as_const(prepared.batch.entries)) {
        PushRow row;
        row.table = SyncSchema::table(entry.table);
        if (!row.table)
            return R::failure(tr("The table %1 does not sync.").arg(entry.table));
        row.localId = entry.localId;
        row.uid = entry.uid;
        row.baseVersion = entry.baseVersion;
        row.isDelete = entry.op == OutboxEntry::Op::Delete;
        rows.append(row);
    }
    {
        Transaction transaction(m_database.connection());
        if (!transaction.isActive())
            return R::failure(tr("Cannot start a transaction: %1").arg(m_database.connection().lastError().text()));
        if (Status read = readRows(rows, sending); !read)
            return R::failure(read.error());
        if (Status committed = transaction.commit(); !committed)
            return R::failure(committed.error());
    }
    // Parents first: a referenced row sent ahead of the batch's own rows; then deletes, children first.
    const QStringList &order = SyncIds::syncedTables();
    std::stable_sort(rows.begin(), rows.end(), [&order](const PushRow &a, const PushRow &b) {
        if (a.isDelete != b.isDelete)
            return !a.isDelete;
        const auto ia = order.indexOf(a.table->local);
        const auto ib = order.indexOf(b.table->local);
        return a.isDelete ? ia > ib : ia < ib;
    });
    m_pushTimings.read += timer.elapsed();
    return prepared;
}

void SyncEngine::runWhileCentral()
{
    if (m_whileCentral.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    m_whileCentral.takeFirst()();
    m_pushTimings.overlapped += timer.elapsed();
}

// `sending`: rows of the batch being sent now, which need not go ahead as prerequisites.
Status SyncEngine::readRows(QList<PushRow> &rows, const QSet<QUuid> &sending)
{
    QSqlDatabase &db = m_database.connection();
    SyncIds ids(m_database);
    QSet<QUuid> inBatch = sending;
    for (const PushRow &row : std::as_const(rows))
        if (!row.uid.isNull())
            inBatch.insert(row.uid);
    QHash<QString, QHash<qint64, SyncIds::Mapping>> mappings;

    qsizetype done = 0; // rows before this index are read
    while (done < rows.size()) {
        const qsizetype end = rows.size();
        // Read the raw local rows, one query per table.
        QHash<QString, QList<qsizetype>> byTable;
        for (qsizetype i = done; i < end; ++i) {
            if (!rows[i].isDelete)
                byTable[rows[i].table->local].append(i);
        }
        QHash<QString, QList<qint64>> needed; // referenced rows whose uid is needed
        for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
            const SyncTable &table = *rows[it.value().constFirst()].table;
            QHash<qint64, qsizetype> index;
            QList<qint64> localIds;
            for (const qsizetype i : it.value()) {
                index.insert(rows[i].localId, i);
                localIds.append(rows[i].localId);
            }
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (table.hostList) {
                query.prepare(u"SELECT program_id, host FROM program_hosts WHERE program_id IN "
                              "(SELECT value FROM json_each(?)) ORDER BY program_id, host"_s);
                query.addBindValue(idsJson(localIds));
                if (!query.exec())
                    return Status::failure(tr("Cannot read the local rows: %1").arg(query.lastError().text()));
                while (query.next())
                    rows[index.value(query.value(0).toLongLong())].hosts.append(query.value(1).toString());
                needed[u"programs"_s] += localIds;
                continue;
            }
            query.prepare(u"SELECT "_s + table.localKey + u", "_s + table.columnNames().join(u", "_s) + u" FROM "_s +
                          table.local + u" WHERE "_s + table.localKey + u" IN (SELECT value FROM json_each(?))"_s);
            query.addBindValue(idsJson(localIds));
            if (!query.exec())
                return Status::failure(tr("Cannot read the local rows: %1").arg(query.lastError().text()));
            const int columns = int(table.columns.size());
            while (query.next()) {
                PushRow &row = rows[index.value(query.value(0).toLongLong())];
                row.raw.reserve(columns);
                for (int c = 0; c < columns; ++c) {
                    const QVariant value = query.value(c + 1);
                    row.raw.append(value);
                    if (table.columns.at(c).kind == Kind::ForeignKey && !value.isNull())
                        needed[table.columns.at(c).references].append(value.toLongLong());
                }
            }
        }
        // The uids of referenced rows; a referenced row never pushed goes first.
        for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
            QList<qint64> missing;
            QSet<qint64> seen;
            const auto &known = mappings[it.key()];
            for (const qint64 id : it.value()) {
                if (!known.contains(id) && !seen.contains(id)) {
                    seen.insert(id);
                    missing.append(id);
                }
            }
            if (missing.isEmpty())
                continue;
            auto assigned = ids.ensureUids(it.key(), missing);
            if (!assigned)
                return Status::failure(assigned.error());
            const SyncTable *referenced = SyncSchema::table(it.key());
            for (auto m = assigned->cbegin(); m != assigned->cend(); ++m) {
                mappings[it.key()].insert(m.key(), m.value());
                if (m.value().version == 0 && !inBatch.contains(m.value().uid)) {
                    inBatch.insert(m.value().uid);
                    PushRow extra;
                    extra.table = referenced;
                    extra.localId = m.key();
                    extra.uid = m.value().uid;
                    extra.prerequisite = true;
                    rows.append(extra);
                }
            }
        }
        // Values in the central text form.
        for (qsizetype i = done; i < end; ++i) {
            PushRow &row = rows[i];
            if (row.isDelete)
                continue;
            if (row.table->hostList) {
                const auto program = mappings[u"programs"_s].constFind(row.localId);
                if (program == mappings[u"programs"_s].constEnd())
                    row.outcome = PushRow::Outcome::Skipped; // the program is gone: its delete says it
                else
                    row.uid = program->uid;
                continue;
            }
            if (row.raw.isEmpty()) {
                row.outcome = PushRow::Outcome::Skipped; // deleted since: its delete is queued
                continue;
            }
            for (qsizetype c = 0; c < row.table->columns.size(); ++c) {
                const SyncColumn &column = row.table->columns.at(c);
                const QVariant &value = row.raw.at(c);
                if (value.isNull()) {
                    row.values.append(std::nullopt);
                } else if (column.kind == Kind::ForeignKey) {
                    const auto &known = mappings[column.references];
                    const auto target = known.constFind(value.toLongLong());
                    if (target == known.constEnd())
                        return Status::failure(tr("A row of %1 refers to row %2 of %3, which does not exist.")
                                                   .arg(row.table->local)
                                                   .arg(value.toLongLong())
                                                   .arg(column.references));
                    row.values.append(SyncIds::text(target->uid));
                } else {
                    row.values.append(value.toString());
                }
            }
            row.raw.clear();
        }
        done = end;
    }
    return Done{};
}

Result<qint64> SyncEngine::pushBatch(PreparedBatch &prepared, SyncReport &report)
{
    using R = Result<qint64>;
    const OutboxBatch &batch = prepared.batch;
    QList<PushRow> &rows = prepared.rows;
    QElapsedTimer timer;
    timer.start();
    const qint64 overlappedBefore = m_pushTimings.overlapped;
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
        const auto central = centralId();
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

    m_pushTimings.central += timer.restart() - (m_pushTimings.overlapped - overlappedBefore);

    // The central commit is done; if the local one is lost, the next push finds its own rows there
    // (equal: adopted).
    ApplyScope scope(m_database);
    if (!scope.isActive())
        return R::failure(scope.error());
    QSqlDatabase &db = m_database.connection();
    {
        QSqlQuery query(db);
        QStringList seqs;
        for (const qint64 seq : batch.seqs)
            seqs.append(QString::number(seq));
        query.prepare(u"DELETE FROM sync_outbox WHERE seq IN (SELECT value FROM json_each(?))"_s);
        query.addBindValue(QString(u'[' + seqs.join(u',') + u']'));
        if (!query.exec())
            return R::failure(tr("Cannot clear the outbox: %1").arg(query.lastError().text()));
        if (!query.exec(u"PRAGMA defer_foreign_keys = ON"_s))
            return R::failure(query.lastError().text());
    }
    // A partner's new rows now have the ids the central database derived from his.
    for (const PushRow &row : std::as_const(rows)) {
        if (row.sentUid.isNull() || row.sentUid == row.uid ||
            (row.outcome != PushRow::Outcome::Versioned && row.outcome != PushRow::Outcome::Adopted &&
             row.outcome != PushRow::Outcome::Conflict))
            continue;
        QSqlQuery relink(db);
        relink.prepare(u"UPDATE sync_ids SET uid = ? WHERE tbl = ? AND uid = ?"_s);
        relink.addBindValue(SyncIds::text(row.uid));
        relink.addBindValue(row.table->local);
        relink.addBindValue(SyncIds::text(row.sentUid));
        if (!relink.exec())
            return R::failure(tr("Cannot store the sync id: %1").arg(relink.lastError().text()));
    }
    // SyncIds::setVersion of every row sent, in one statement.
    {
        QByteArray versions = "[";
        for (const PushRow &row : std::as_const(rows)) {
            if ((row.outcome == PushRow::Outcome::Versioned || row.outcome == PushRow::Outcome::Adopted) &&
                !row.table->hostList) {
                if (versions.size() > 1)
                    versions += ',';
                versions += "[\"" + row.table->local.toLatin1() + "\",\"" + SyncIds::text(row.uid).toLatin1() + "\"," +
                            QByteArray::number(row.version) + ']';
            }
        }
        versions += ']';
        QSqlQuery setVersions(db);
        setVersions.prepare(u"UPDATE sync_ids SET version = j.value ->> 2 FROM json_each(?) j "
                            "WHERE sync_ids.tbl = j.value ->> 0 AND sync_ids.uid = j.value ->> 1"_s);
        setVersions.addBindValue(QString::fromLatin1(versions));
        if (!setVersions.exec())
            return R::failure(tr("Cannot store the sync version: %1").arg(setVersions.lastError().text()));
    }
    // The audit rows sent carry this login centrally (stamp_row); own writes are not read back, so
    // they get it here. A partner's row that was there already (no RETURNING for him) is his own.
    if (!m_role.login().isEmpty()) {
        QStringList audited;
        for (const PushRow &row : std::as_const(rows)) {
            if (row.table->local == u"audit_log" && !row.isDelete &&
                (row.outcome == PushRow::Outcome::Versioned ||
                 (row.outcome == PushRow::Outcome::Adopted && row.central.uid.isNull())))
                audited.append(QString::number(row.localId));
        }
        QSqlQuery stamp(db);
        stamp.prepare(u"UPDATE audit_log SET changed_by = ? WHERE changed_by = '' "
                      "AND id IN (SELECT value FROM json_each(?))"_s);
        stamp.addBindValue(m_role.login());
        stamp.addBindValue(QString(u'[' + audited.join(u',') + u']'));
        if (!audited.isEmpty() && !stamp.exec())
            return R::failure(tr("Cannot record who wrote the audit rows: %1").arg(stamp.lastError().text()));
    }
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
            const bool clash = row.central.uid != row.uid; // findKeyClashes(): kept under the central uid
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
        if (Status kept = state.setOwnWrites(m_centralId, state.ownWrites(m_centralId) << ownXid); !kept)
            return R::failure(kept.error());
    }
    if (Status committed = scope.commit(); !committed)
        return R::failure(committed.error());
    m_pushTimings.localCommit += timer.elapsed();
    report.pushed += pushed;
    return pushed;
}

Status SyncEngine::pushRows(QList<PushRow> &rows)
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
    if (Status checked = findKeyClashes(rows); !checked)
        return checked;
    // New rows of a table in numbers go through COPY.
    QHash<const SyncTable *, QList<PushRow *>> fresh;
    for (PushRow &row : rows) {
        if (row.outcome == PushRow::Outcome::Pending && !row.isDelete && row.baseVersion == 0 && !row.table->hostList)
            fresh[row.table].append(&row);
    }
    for (const SyncTable &table : SyncSchema::tables()) {
        auto it = fresh.find(&table);
        if (it != fresh.end() && it->size() >= m_copyThreshold && !m_role.isPartner() && !m_isolate) {
            if (Status copied = pushCopy(table, *it); !copied)
                return copied;
        }
        for (PushRow &row : rows) {
            if (row.table == &table && row.outcome == PushRow::Outcome::Pending && !row.isDelete) {
                if (Status sent = pushAllowed(row); !sent)
                    return sent;
            }
        }
    }
    for (PushRow &row : rows) {
        if (row.isDelete && row.outcome == PushRow::Outcome::Pending) {
            if (Status sent = pushAllowed(row); !sent)
                return sent;
        }
    }
    return Done{};
}

// A manager's change goes as it is. A partner's goes only when his login may make it, under a
// savepoint: a change the central database refuses (row-level security, a column he may not write,
// a row referring to one he cannot see) is dropped with its reason instead of failing the batch
// forever (docs/SYNC.md, "Partner desktops").
Status SyncEngine::pushAllowed(PushRow &row)
{
    if (!m_role.isPartner() && !m_isolate)
        return pushOne(row);
    const QString what = row.isDelete ? tr("the deletion of a row of %1").arg(row.table->local)
                                      : tr("a row of %1").arg(row.table->local);
    if (m_role.isPartner() && !SyncSchema::partnerWrites(*row.table, row.isDelete)) {
        row.outcome = PushRow::Outcome::Refused;
        row.refusal = tr("Not sent: %1 (%2); a partner may not change that.").arg(what, SyncIds::text(row.uid));
        return Done{};
    }
    if (auto savepoint = m_session.exec(u"SAVEPOINT pd_row"_s); !savepoint)
        return Status::failure(savepoint.error());
    // Foreign keys checked at once, so a refused row is known here and not at the commit.
    if (auto immediate = m_session.exec(u"SET CONSTRAINTS ALL IMMEDIATE"_s); !immediate)
        return Status::failure(immediate.error());
    const Status sent = pushOne(row);
    const QString state = m_session.lastState();
    if (!sent && (state == u"42501" || state.startsWith(u"22") || state.startsWith(u"23"))) {
        if (auto back = m_session.exec(u"ROLLBACK TO SAVEPOINT pd_row"_s); !back)
            return Status::failure(back.error());
        row.outcome = PushRow::Outcome::Refused;
        row.refusal = tr("Refused by the central database: %1 (%2): %3")
                          .arg(what, SyncIds::text(row.uid), sent.error().section(u'\n', 0, 0));
        return Done{};
    }
    if (!sent)
        return sent;
    if (auto released = m_session.exec(u"RELEASE SAVEPOINT pd_row"_s); !released)
        return Status::failure(released.error());
    return Done{};
}

namespace {

// A business key the central schema keeps unique (resources/central/0001_schema.sql) that two
// desktops can fill under different ids: these tables' uids are random, or (programs) name-based
// on the name as typed while the key ignores case. Tables whose uid is derived from the key
// (affiliates, coupons, orders, visits, program_hosts) cannot clash so.
struct KeyRule
{
    QString table;
    QStringList columns; // equal in both rows
    QString fold;        // a function both sides' values go through ("lower"), or ""
    QString condition;   // the constraint's WHERE on a row besides NOT deleted; %1 the row
    QStringList conditionColumns;
};

const QList<KeyRule> &keyRules()
{
    static const QList<KeyRule> rules = {
        {u"programs"_s, {u"name"_s}, u"lower"_s, {}, {}},
        {u"memberships"_s, {u"affiliate_id"_s, u"program_id"_s}, {}, {}, {}},
        {u"memberships"_s, {u"affiliate_id"_s}, {}, u"%1.is_primary"_s, {u"is_primary"_s}},
        {u"domains"_s, {u"affiliate_id"_s, u"domain"_s}, {}, {}, {}},
        {u"domains"_s, {u"token"_s}, {}, {}, {}},
        {u"domains"_s, {u"domain"_s}, {}, u"%1.verified"_s, {u"verified"_s}},
        {u"domain_checks"_s, {u"domain_id"_s}, {}, {}, {}},
        {u"rewrites"_s, {u"host"_s, u"path"_s}, {}, {}, {}},
        {u"payout_lines"_s, {u"payout_id"_s, u"affiliate_id"_s, u"currency"_s}, {}, {}, {}},
        {u"transactions"_s,
         {u"order_id"_s},
         {},
         u"NOT %1.superseded AND %1.kind <> 'reversal'"_s,
         {u"superseded"_s, u"kind"_s}},
        {u"transactions"_s, {u"reverses_id"_s}, {}, {}, {}},
    };
    return rules;
}

QString recordType(const SyncColumn &column)
{
    switch (column.kind) {
    case Kind::ForeignKey:
        return u"uuid"_s;
    case Kind::Bool:
        return u"boolean"_s;
    default:
        return u"text"_s;
    }
}

} // namespace

// Rows that would hold a central business key another central row holds under another id (the
// same rewrite address made on two desktops) become conflicts kept with that central row, instead
// of failing the whole push at COMMIT (the constraints are deferred) at every sync. One query per
// table per batch. Rows of the batch cannot clash with each other: the local tables have the same
// unique rules (0001_initial.sql). Rows referring to a new row held back so are held back too
// (Skipped); ConflictStore queues them again when the manager resolves the conflict.
Status SyncEngine::findKeyClashes(QList<PushRow> &rows)
{
    QHash<QUuid, const PushRow *> byUid;
    QHash<QString, QList<qsizetype>> candidates;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PushRow &row = rows.at(i);
        if (row.outcome != PushRow::Outcome::Pending || row.table->hostList)
            continue;
        byUid.insert(row.uid, &row);
        if (!row.isDelete && (m_checkClashes || m_role.isPartner()))
            candidates[row.table->local].append(i);
    }
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        const SyncTable &table = *SyncSchema::table(it.key());
        QList<const KeyRule *> rules;
        QStringList keyColumns;
        for (const KeyRule &rule : keyRules()) {
            if (rule.table != table.local)
                continue;
            rules.append(&rule);
            for (const QString &column : rule.columns + rule.conditionColumns)
                if (!keyColumns.contains(column))
                    keyColumns.append(column);
        }
        if (rules.isEmpty())
            continue;
        // The batch's keys as one JSON array of records: i (index in rows), id, the key columns.
        QJsonArray keys;
        QStringList recordColumns = {u"i int"_s, u"id uuid"_s};
        for (const QString &name : std::as_const(keyColumns))
            recordColumns.append(name + u' ' + recordType(*table.column(name)));
        const QStringList names = table.columnNames();
        for (const qsizetype i : it.value()) {
            const PushRow &row = rows.at(i);
            QJsonObject key{{u"i"_s, int(i)}, {u"id"_s, SyncIds::text(row.uid)}};
            for (const QString &name : std::as_const(keyColumns)) {
                const auto &value = row.values.value(names.indexOf(name));
                key.insert(name, value ? QJsonValue(*value) : QJsonValue());
            }
            keys.append(key);
        }
        QStringList branches;
        for (const KeyRule *rule : std::as_const(rules)) {
            QStringList on;
            for (const QString &name : rule->columns) {
                on.append(rule->fold.isEmpty() ? u"t.%1 = k.%1"_s.arg(name)
                                               : u"%2(t.%1) = %2(k.%1)"_s.arg(name, rule->fold));
            }
            QString where = u"NOT t.deleted AND t.id <> k.id"_s;
            if (!rule->condition.isEmpty())
                where += u" AND "_s + rule->condition.arg(u"t"_s) + u" AND "_s + rule->condition.arg(u"k"_s);
            branches.append(u"SELECT k.i, t.id AS clash FROM k JOIN partnerdesk."_s + table.central + u" t ON "_s +
                            on.join(u" AND "_s) + u" WHERE "_s + where);
        }
        QStringList expressions = {u"id::text"_s, u"version"_s, u"deleted::int"_s};
        for (const SyncColumn &column : table.columns)
            expressions.append(SyncSchema::centralExpression(column));
        // Table and column names come from SyncSchema and keyRules(), the values are bound.
        const QString sql = u"WITH k AS MATERIALIZED (SELECT * FROM jsonb_to_recordset($1::jsonb) AS k("_s +
                            recordColumns.join(u", "_s) + u")) SELECT "_s + expressions.join(u", "_s) +
                            u", c.i FROM ("_s + branches.join(u" UNION ALL "_s) + u") c JOIN partnerdesk."_s +
                            table.central + u" ON "_s + table.central + u".id = c.clash ORDER BY c.i"_s;
        const auto found = m_session.exec(sql, {QJsonDocument(keys).toJson(QJsonDocument::Compact)});
        if (!found)
            return Status::failure(found.error());
        const int indexColumn = int(3 + table.columns.size());
        for (int r = 0; r < found->count(); ++r) {
            PushRow &row = rows[qsizetype(found->number(r, indexColumn))];
            if (row.outcome != PushRow::Outcome::Pending)
                continue; // clashes with more than one central row: the first is kept
            CentralRow central = centralRow(table, *found, r);
            // A central row this batch changes at its version moves out of the way (or goes).
            if (const PushRow *mover = byUid.value(central.uid);
                mover && mover->outcome == PushRow::Outcome::Pending && mover->baseVersion == central.version)
                continue;
            row.outcome = PushRow::Outcome::Conflict;
            row.central = std::move(central);
        }
    }

    // New rows the central database will not have yet: clashed here, or kept in an open clash.
    QSet<QUuid> held;
    for (const PushRow &row : std::as_const(rows))
        if (row.outcome == PushRow::Outcome::Conflict && row.central.uid != row.uid && row.baseVersion == 0)
            held.insert(row.uid);
    {
        QSqlQuery query(m_database.connection());
        if (!query.exec(u"SELECT k.local_uid FROM sync_conflict_clashes k JOIN sync_conflicts c ON c.id = "
                        "k.conflict_id JOIN sync_ids s ON s.tbl = c.tbl AND s.uid = k.local_uid "
                        "WHERE c.resolved_at IS NULL AND s.version = 0"_s))
            return Status::failure(tr("Cannot read the sync conflicts: %1").arg(query.lastError().text()));
        while (query.next())
            held.insert(QUuid(query.value(0).toString()));
    }
    if (held.isEmpty())
        return Done{};
    // Rows referring to a held row are held too (and so on down).
    for (bool more = true; more;) {
        more = false;
        for (PushRow &row : rows) {
            if (row.outcome != PushRow::Outcome::Pending || row.isDelete)
                continue;
            bool refers = row.table->hostList && held.contains(row.uid);
            for (qsizetype c = 0; !refers && c < row.table->columns.size(); ++c) {
                const auto &value = row.values.value(c);
                refers = row.table->columns.at(c).kind == Kind::ForeignKey && value && held.contains(QUuid(*value));
            }
            if (!refers)
                continue;
            row.outcome = PushRow::Outcome::Skipped;
            if (row.baseVersion == 0 && !row.table->hostList && !held.contains(row.uid)) {
                held.insert(row.uid);
                more = true;
            }
        }
    }
    return Done{};
}

// The central types of `table`'s pushed columns, `id` first then SyncTable::pushedColumns: read from the
// catalog once per engine (one statement for every table).
Result<QStringList> SyncEngine::centralTypes(const SyncTable &table)
{
    using R = Result<QStringList>;
    if (m_centralTypes.isEmpty()) {
        const auto found =
            m_session.exec(u"SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                           "JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = 'partnerdesk'::regnamespace "
                           "AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped"_s);
        if (!found)
            return R::failure(found.error());
        QHash<QString, QHash<QString, QString>> byTable;
        for (int r = 0; r < found->count(); ++r)
            byTable[found->text(r, 0)].insert(found->text(r, 1), found->text(r, 2));
        for (const SyncTable &synced : SyncSchema::tables()) {
            const QHash<QString, QString> &types = byTable[synced.central];
            QStringList list = {types.value(u"id"_s)};
            for (const QString &column : synced.pushedColumnNames())
                list.append(types.value(column));
            if (list.contains(QString()))
                continue; // not in the central schema: pushCopy says so
            m_centralTypes.insert(synced.central, list);
        }
    }
    const auto it = m_centralTypes.constFind(table.central);
    if (it == m_centralTypes.constEnd())
        return R::failure(
            tr("The central database has no table %1 with the columns this desktop syncs.").arg(table.central));
    return *it;
}

// New rows in numbers: COPY (through the native connection, text form) into a temp table, then
// INSERT ... SELECT ... ON CONFLICT (id) DO NOTHING RETURNING. The rows are written twice: a
// manager cannot COPY into a table under RLS, and ON CONFLICT needs an INSERT. Measured against
// one INSERT ... FROM unnest(array parameters) (pushUnnest), this costs the server less CPU. The
// next batch's outbox changes are read here while the server runs the INSERT (the COPY leaves
// the server little to do once the data is sent).
Status SyncEngine::pushCopy(const SyncTable &table, QList<PushRow *> &rows)
{
    if (m_bulkInsert == BulkInsert::Unnest)
        return pushUnnest(table, rows);
    QElapsedTimer timer;
    timer.start();
    const QString columns = u"id, "_s + table.pushedColumnNames().join(u", "_s);
    const QList<qsizetype> pushed = table.pushedColumns();
    const QString temp = u"pd_push_"_s + table.central;
    // Made once per connection, emptied by each commit (ON COMMIT DROP made and removed a file per
    // batch).
    if (auto made =
            m_session.exec(u"CREATE TEMP TABLE IF NOT EXISTS "_s + temp + u" ON COMMIT DELETE ROWS AS SELECT "_s +
                           columns + u" FROM partnerdesk."_s + table.central + u" WITH NO DATA"_s);
        !made)
        return Status::failure(made.error());
    QByteArray data;
    data.reserve(rows.size() * 200);
    QHash<QUuid, PushRow *> byUid;
    for (PushRow *row : rows) {
        byUid.insert(row->uid, row);
        data += SyncIds::text(row->uid).toLatin1();
        for (const qsizetype c : pushed) {
            const auto &value = row->values.at(c);
            data += '\t';
            CentralSession::appendCopyValue(data, value ? std::optional<QByteArray>(value->toUtf8()) : std::nullopt);
        }
        data += '\n';
    }
    if (Status copied = m_session.copyIn(u"COPY "_s + temp + u" ("_s + columns + u") FROM STDIN"_s, data); !copied)
        return copied;
    m_pushTimings.copyIntoTemp += timer.elapsed();
    if (Status sent = m_session.send(u"INSERT INTO partnerdesk."_s + table.central + u" ("_s + columns +
                                     u") SELECT "_s + columns + u" FROM "_s + temp +
                                     u" ON CONFLICT (id) DO NOTHING RETURNING id::text, version"_s);
        !sent)
        return sent;
    runWhileCentral();
    const auto inserted = m_session.receive();
    if (!inserted)
        return Status::failure(inserted.error());
    for (int r = 0; r < inserted->count(); ++r) {
        if (PushRow *row = byUid.value(QUuid(inserted->text(r, 0)))) {
            row->outcome = PushRow::Outcome::Versioned;
            row->version = inserted->number(r, 1);
        }
    }
    // The rest existed already: settled one by one by pushRows().
    return Done{};
}

// Many new rows of one table in one statement: each column as one array parameter (text form),
// `INSERT ... SELECT FROM unnest(...) ON CONFLICT (id) DO NOTHING`. It writes each row once, but
// the array input and unnest cost the server about 10 % more CPU than pushCopy's COPY + INSERT
// (docs/PERFORMANCE.md, "Sync engine"): kept for sync_bench's `unnest` comparison.
Status SyncEngine::pushUnnest(const SyncTable &table, QList<PushRow *> &rows)
{
    const auto types = centralTypes(table);
    if (!types)
        return Status::failure(types.error());
    const QList<qsizetype> pushed = table.pushedColumns();
    const qsizetype columns = pushed.size() + 1;
    QList<QByteArray> arrays(columns);
    for (QByteArray &array : arrays) {
        array.reserve(rows.size() * 24);
        array += '{';
    }
    // An element of an array literal: NULL, or quoted with \ and \" escaped.
    auto append = [](QByteArray &array, const std::optional<QString> &value) {
        if (array.size() > 1)
            array += ',';
        if (!value) {
            array += "NULL";
            return;
        }
        array += '"';
        const QByteArray utf8 = value->toUtf8();
        for (const char c : utf8) {
            if (c == '"' || c == '\\')
                array += '\\';
            array += c;
        }
        array += '"';
    };
    QHash<QUuid, PushRow *> byUid;
    byUid.reserve(rows.size());
    for (PushRow *row : rows) {
        byUid.insert(row->uid, row);
        append(arrays[0], SyncIds::text(row->uid));
        for (qsizetype c = 1; c < columns; ++c)
            append(arrays[c], row->values.at(pushed.at(c - 1)));
    }
    PgParams params;
    params.reserve(columns);
    QStringList unnested;
    for (qsizetype c = 0; c < columns; ++c) {
        arrays[c] += '}';
        params.append(std::move(arrays[c]));
        unnested.append(u'$' + QString::number(c + 1) + u"::"_s + types->at(c) + u"[]"_s);
    }
    const QString sql = u"INSERT INTO partnerdesk."_s + table.central + u" (id, "_s +
                        table.pushedColumnNames().join(u", "_s) + u") SELECT * FROM unnest("_s +
                        unnested.join(u", "_s) + u") ON CONFLICT (id) DO NOTHING RETURNING id::text, version"_s;
    if (Status sent = m_session.send(sql, params); !sent)
        return sent;
    runWhileCentral(); // the next batch's outbox changes are read here while the server inserts
    const auto inserted = m_session.receive();
    if (!inserted)
        return Status::failure(inserted.error());
    for (int r = 0; r < inserted->count(); ++r) {
        if (PushRow *row = byUid.value(QUuid(inserted->text(r, 0)))) {
            row->outcome = PushRow::Outcome::Versioned;
            row->version = inserted->number(r, 1);
        }
    }
    // The rest existed already: settled one by one by pushRows().
    return Done{};
}

Status SyncEngine::pushOne(PushRow &row)
{
    const SyncTable &table = *row.table;
    const QByteArray uid = SyncIds::text(row.sentUid.isNull() ? row.uid : row.sentUid).toLatin1();
    auto param = [](const std::optional<QString> &value) {
        return value ? std::optional<QByteArray>(value->toUtf8()) : std::nullopt;
    };

    if (table.hostList) {
        // The program's host list: every host present, the others tombstoned.
        qint64 written = 0;
        for (const QString &host : std::as_const(row.hosts)) {
            const QByteArray hostUid = SyncIds::text(SyncIds::hostUid(row.uid, host)).toLatin1();
            const auto done = m_session.exec(
                u"INSERT INTO partnerdesk.program_hosts (id, program_id, host) VALUES ($1, $2, $3) "
                "ON CONFLICT (id) DO UPDATE SET deleted = false WHERE program_hosts.deleted RETURNING 1"_s,
                {hostUid, uid, host.toUtf8()});
            if (!done)
                return Status::failure(done.error());
            written += done->count();
        }
        QJsonArray hosts;
        for (const QString &host : std::as_const(row.hosts))
            hosts.append(host);
        const auto done = m_session.exec(
            u"UPDATE partnerdesk.program_hosts SET deleted = true WHERE program_id = $1 "
            "AND NOT deleted AND host <> ALL (SELECT jsonb_array_elements_text($2::jsonb)) RETURNING 1"_s,
            {uid, QJsonDocument(hosts).toJson(QJsonDocument::Compact)});
        if (!done)
            return Status::failure(done.error());
        written += done->count();
        // Counted as sent only when a host row changed (the list is a set: sending it again is a no-op).
        row.outcome = written > 0 ? PushRow::Outcome::Versioned : PushRow::Outcome::Adopted;
        return Done{};
    }

    if (row.isDelete) {
        if (table.insertOnly) {
            row.outcome = PushRow::Outcome::Skipped;
            return Done{};
        }
        if (row.baseVersion > 0) {
            const auto done =
                m_session.exec(u"UPDATE partnerdesk."_s + table.central +
                                   u" SET deleted = true WHERE id = $1 AND version = $2 RETURNING version"_s,
                               {uid, QByteArray::number(row.baseVersion)});
            if (!done)
                return Status::failure(done.error());
            if (done->count() == 1) {
                row.outcome = PushRow::Outcome::Versioned;
                row.version = done->number(0, 0);
                return Done{};
            }
        }
        return settleExisting(row);
    }

    // The columns the central database writes itself (SyncColumn::pushed) are not sent.
    const QList<qsizetype> pushed = table.pushedColumns();
    const QString sentNames = table.pushedColumnNames().join(u", "_s);
    PgParams params;
    params.reserve(pushed.size() + 2);
    params.append(uid);
    if (row.baseVersion == 0 && m_role.isPartner() && !table.partnerInsertsAll()) {
        // Only the columns he may give; the central database decides the others (a website's
        // token, its verification) and the row is read back, so his file holds what he publishes.
        QStringList names;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            if (table.columns.at(i).partnerInserts) {
                names.append(table.columns.at(i).name);
                params.append(param(row.values.at(i)));
            }
        }
        const auto done = m_session.exec(
            u"INSERT INTO partnerdesk."_s + table.central + u" (id, "_s + names.join(u", "_s) + u") VALUES ("_s +
                placeholders(names.size() + 1, 1).join(u", "_s) + u") ON CONFLICT (id) DO NOTHING RETURNING version"_s,
            params);
        if (!done)
            return Status::failure(done.error());
        if (done->count() == 0)
            return settleExisting(row);
        // Under the id the central database derived from the one sent (row.uid: pushRows()).
        const auto found =
            m_session.exec(centralSelect(table, m_role) + u" WHERE id = $1"_s, {SyncIds::text(row.uid).toLatin1()});
        if (!found)
            return Status::failure(found.error());
        row.outcome = PushRow::Outcome::Versioned;
        row.version = done->number(0, 0);
        if (found->count() == 1) {
            row.central = centralRow(table, *found, 0);
            row.takeCentral = true;
        }
        return Done{};
    }
    if (row.baseVersion == 0) {
        for (const qsizetype c : pushed)
            params.append(param(row.values.at(c)));
        if (table.insertOnly && m_role.isPartner()) {
            // A partner may add audit rows but not read them back (no RETURNING, no ON CONFLICT):
            // one that is there already is ours from a push whose local commit was lost.
            if (auto savepoint = m_session.exec(u"SAVEPOINT pd_audit"_s); !savepoint)
                return Status::failure(savepoint.error());
            const auto done =
                m_session.exec(u"INSERT INTO partnerdesk."_s + table.central + u" (id, "_s + sentNames +
                                   u") VALUES ("_s + placeholders(pushed.size() + 1, 1).join(u", "_s) + u")"_s,
                               params);
            if (!done && m_session.lastState() != u"23505")
                return Status::failure(done.error());
            if (auto settled =
                    m_session.exec(done ? u"RELEASE SAVEPOINT pd_audit"_s : u"ROLLBACK TO SAVEPOINT pd_audit"_s);
                !settled)
                return Status::failure(settled.error());
            row.outcome = done ? PushRow::Outcome::Versioned : PushRow::Outcome::Adopted;
            row.version = 1;
            return Done{};
        }
        const auto done = m_session.exec(u"INSERT INTO partnerdesk."_s + table.central + u" (id, "_s + sentNames +
                                             u") VALUES ("_s + placeholders(pushed.size() + 1, 1).join(u", "_s) +
                                             u") ON CONFLICT (id) DO NOTHING RETURNING version"_s,
                                         params);
        if (!done)
            return Status::failure(done.error());
        if (done->count() == 1) {
            row.outcome = PushRow::Outcome::Versioned;
            row.version = done->number(0, 0);
            return Done{};
        }
        return settleExisting(row);
    }
    if (table.insertOnly) {
        row.outcome = PushRow::Outcome::Skipped; // sent before: it never changes
        return Done{};
    }
    params.append(QByteArray::number(row.baseVersion));
    for (const qsizetype c : pushed)
        params.append(param(row.values.at(c)));
    QStringList sets;
    QStringList kept; // a partner's: the columns he may not change must be as they are centrally
    const QStringList marks = placeholders(pushed.size(), 3);
    for (qsizetype i = 0; i < pushed.size(); ++i) {
        const SyncColumn &column = table.columns.at(pushed.at(i));
        if (!m_role.isPartner() || column.partnerUpdates)
            sets.append(column.name + u" = "_s + marks.at(i));
        else
            kept.append(u" AND "_s + column.name + u" IS NOT DISTINCT FROM "_s + marks.at(i));
    }
    if (!m_role.isPartner() || table.partnerDeletes)
        sets.append(u"deleted = false"_s);
    const auto done =
        m_session.exec(u"UPDATE partnerdesk."_s + table.central + u" SET "_s + sets.join(u", "_s) +
                           u" WHERE id = $1 AND version = $2"_s + kept.join(QString()) + u" RETURNING version"_s,
                       params);
    if (!done)
        return Status::failure(done.error());
    if (done->count() == 1) {
        row.outcome = PushRow::Outcome::Versioned;
        row.version = done->number(0, 0);
        return Done{};
    }
    return settleExisting(row);
}

// The central row was not the one our change is based on: ours already (adopt its version), or
// someone else's newer row (a conflict; nothing is overwritten).
Status SyncEngine::settleExisting(PushRow &row)
{
    const SyncTable &table = *row.table;
    const auto found =
        m_session.exec(centralSelect(table, m_role) + u" WHERE id = $1"_s, {SyncIds::text(row.uid).toLatin1()});
    if (!found)
        return Status::failure(found.error());
    if (found->count() == 0) {
        if (m_role.isPartner()) {
            // Not there for him, yet its id is taken (or it was never his to change or delete): a
            // row he may not see, another partner's.
            row.outcome = PushRow::Outcome::Refused;
            row.refusal = tr("Refused by the central database: a row of %1 (%2) that is not this partner's.")
                              .arg(table.local, SyncIds::text(row.uid));
            return Done{};
        }
        if (row.isDelete) {
            row.outcome = PushRow::Outcome::Skipped; // never reached the central database
            return Done{};
        }
        // Our base version names a row the central database does not have (a restored server):
        // send it as new.
        row.baseVersion = 0;
        return pushOne(row);
    }
    row.central = centralRow(table, *found, 0);
    bool equal = row.central.deleted == row.isDelete;
    // A partner's new row is his when what he gave is there (the central database decided the rest).
    const bool partnerInsert = m_role.isPartner() && row.baseVersion == 0;
    if (equal && !row.isDelete) {
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const SyncColumn &column = table.columns.at(i);
            if (column.compared && (!partnerInsert || column.partnerInserts) &&
                row.central.values.value(i) != row.values.value(i)) {
                equal = false;
                break;
            }
        }
    }
    if (equal || table.insertOnly) {
        row.outcome = PushRow::Outcome::Adopted;
        row.version = row.central.version;
    } else {
        row.outcome = PushRow::Outcome::Conflict;
    }
    return Done{};
}

Result<qint64> SyncEngine::pull(SyncReport &report, const Progress &progress)
{
    using R = Result<qint64>;
    const auto id = centralId();
    if (!id)
        return R::failure(id.error());
    const QString position = SyncState(m_database).position(*id).value_or(u"0"_s);
    // Rows whose last writer is one of our own pushes are here already.
    const QStringList ownWrites = SyncState(m_database).ownWrites(*id);
    const QByteArray ownXids = '{' + ownWrites.join(u',').toLatin1() + '}';

    if (Status settled = ConflictStore(m_database).forgetDeletedClashRows(); !settled)
        return R::failure(settled.error());

    // One local transaction for every row and the new position; one REPEATABLE READ snapshot
    // centrally, read a page at a time through a cursor per table (memory stays at a page
    // whatever the central database holds).
    ApplyScope scope(m_database);
    if (!scope.isActive())
        return R::failure(scope.error());
    QSqlQuery pragma(m_database.connection());
    if (!pragma.exec(u"PRAGMA defer_foreign_keys = ON"_s))
        return R::failure(pragma.lastError().text());
    if (Status begun = m_session.begin(true); !begun)
        return R::failure(begun.error());
    auto failed = [this](const QString &error) {
        m_session.rollback();
        return R::failure(error);
    };
    const auto xmin = m_session.exec(u"SELECT pg_snapshot_xmin(pg_current_snapshot())::text"_s);
    if (!xmin)
        return failed(xmin.error());
    const QString newPosition = xmin->text(0, 0);

    RowApplier applier(m_database);
    applier.setBulkMinimum(m_bulkMinimum);
    ConflictStore conflicts(m_database);
    qint64 applied = 0;
    qint64 received = 0;
    const int pageSize = std::max(1, m_pageSize);
    // Which tables changed since the position: one statement, so a sync with nothing to do reads
    // nothing else.
    QList<const SyncTable *> readable;
    for (const SyncTable &table : SyncSchema::tables()) {
        if (!m_role.isPartner() || table.partnerReads)
            readable.append(&table); // a partner does not read audit_log, visits, manual_assignments
    }
    QStringList probes;
    for (const SyncTable *table : std::as_const(readable))
        probes.append(u"(SELECT EXISTS (SELECT 1 FROM partnerdesk."_s + table->central +
                      u" WHERE changed_xid >= $1::xid8 AND changed_xid <> ALL ($2::xid8[])))::int"_s);
    const auto changed = m_session.exec(u"SELECT "_s + probes.join(u", "_s), {position.toLatin1(), ownXids});
    if (!changed)
        return failed(changed.error());
    for (qsizetype t = 0; t < readable.size(); ++t) {
        if (changed->text(0, int(t)) != u"1")
            continue;
        const SyncTable &table = *readable.at(t);
        const QString cursor = u"pd_pull_"_s + table.central;
        if (auto declared =
                m_session.exec(u"DECLARE "_s + cursor + u" NO SCROLL CURSOR FOR "_s + centralSelect(table, m_role) +
                                   u" WHERE changed_xid >= $1::xid8 AND changed_xid <> ALL ($2::xid8[])"_s,
                               {position.toLatin1(), ownXids});
            !declared)
            return failed(declared.error());
        const QString fetch = u"FETCH "_s + QString::number(pageSize) + u" FROM "_s + cursor;
        // The next page is on its way while this one is applied.
        if (Status sent = m_session.send(fetch); !sent)
            return failed(sent.error());
        for (bool more = true; more;) {
            const auto rows = m_session.receive();
            if (!rows)
                return failed(rows.error());
            more = rows->count() == pageSize;
            if (more) {
                if (Status sent = m_session.send(fetch); !sent)
                    return failed(sent.error());
            }
            QList<CentralRow> page;
            page.reserve(rows->count());
            for (int r = 0; r < rows->count(); ++r)
                page.append(centralRow(table, *rows, r));
            const auto outcomes = applier.applyPage(table, page);
            if (!outcomes)
                return failed(outcomes.error());
            for (qsizetype i = 0; i < page.size(); ++i) {
                if (outcomes->at(i) == RowApplier::Outcome::Applied) {
                    ++applied;
                } else if (outcomes->at(i) == RowApplier::Outcome::Conflict) {
                    const CentralRow &row = page.at(i);
                    const auto localId = applier.localIdOf(table.local, row.uid);
                    const QJsonObject local = localId ? applier.localJson(table, *localId) : QJsonObject();
                    const auto kept = conflicts.record(table.local, row.uid, local, row.toJson(table), row.version);
                    if (!kept)
                        return failed(kept.error());
                    report.conflicts += *kept ? 1 : 0;
                }
            }
            received += page.size();
            if (progress && !progress(tr("Receiving"), received)) {
                m_session.rollback(); // and the scope rolls back what this pull applied
                report.cancelled = true;
                return 0;
            }
        }
        if (Status finished = applier.finishTable(); !finished)
            return failed(finished.error());
    }
    if (Status committed = m_session.commit(); !committed)
        return R::failure(committed.error());
    if (Status stored = scope.setPosition(*id, newPosition); !stored)
        return R::failure(stored.error());
    // Our transactions below the new position are behind it for good.
    QStringList stillAhead;
    for (const QString &xid : ownWrites) {
        if (xid.toULongLong() >= newPosition.toULongLong())
            stillAhead.append(xid);
    }
    if (stillAhead != ownWrites) {
        if (Status kept = SyncState(m_database).setOwnWrites(*id, stillAhead); !kept)
            return R::failure(kept.error());
    }
    if (Status committed = scope.commit(); !committed)
        return R::failure(committed.error());
    for (const QString &skip : applier.skipped())
        qWarning("sync: %s", qPrintable(skip));
    report.skipped += applier.skipped().size();
    report.skips += applier.skipped();
    m_pulledOrders = applier.newOrders() + applier.changedOrders();
    m_changedOrders = applier.changedOrders();
    m_attributedElsewhere = applier.transactionOrders();
    report.pulled += applied;
    return applied;
}

// Orders the store wrote centrally arrive without commission: attributed here through the
// ledger's own path, deterministically and keyed by order id, so two desktops doing it write the
// same transaction (transaction:ORDER_ID:N) and the push finds it equal.
Result<qint64> SyncEngine::attributePulledOrders(const QStringList &orderIds)
{
    using R = Result<qint64>;
    if (orderIds.isEmpty())
        return qint64(0);
    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
    const AttributionSnapshot snapshot = LedgerStore(m_database).loadSnapshot();
    LedgerWriter writer(m_database, snapshot, 0, Timestamp::now());
    if (!writer.prepareError().isEmpty())
        return R::failure(writer.prepareError());
    QSqlQuery query(db);
    query.prepare(u"SELECT o.placed_at, o.subtotal_minor, o.currency, o.status, o.coupon_code, o.affiliate_code, "
                  "o.landing_url, o.referrer_url, o.customer_email, "
                  "EXISTS (SELECT 1 FROM transactions t WHERE t.order_id = o.order_id) "
                  "FROM orders o WHERE o.order_id = ?"_s);
    const QSet<QString> changed(m_changedOrders.cbegin(), m_changedOrders.cend());
    QSqlQuery savepoint(db);
    qint64 attributed = 0;
    for (const QString &orderId : orderIds) {
        query.addBindValue(orderId);
        if (!query.exec())
            return R::failure(query.lastError().text());
        if (!query.next())
            continue;
        const bool hasTransaction = query.value(9).toBool();
        Order order;
        order.orderId = orderId;
        order.placedAt = Timestamp::parse(query.value(0).toString()).value_or(0);
        order.subtotalMinor = query.value(1).toLongLong();
        order.currency = query.value(2).toString();
        order.status = Order::parseStatus(query.value(3).toString()).value_or(OrderStatus::Pending);
        order.couponCode = query.value(4).toString();
        order.affiliateCode = query.value(5).toString();
        order.landingUrl = query.value(6).toString();
        order.referrerUrl = query.value(7).toString();
        order.customerEmail = query.value(8).toString();
        query.finish();
        // An order attributed elsewhere arrived with its transactions: settled there already.
        if (m_attributedElsewhere.contains(orderId) || (hasTransaction && !changed.contains(orderId)))
            continue;
        // One order that cannot be settled (its data breaks a rule) does not stop the sync.
        if (!savepoint.exec(u"SAVEPOINT pd_attribute"_s))
            return R::failure(savepoint.lastError().text());
        if (auto outcome = writer.reattribute(order); outcome) {
            ++attributed;
            savepoint.exec(u"RELEASE pd_attribute"_s);
        } else {
            qWarning("sync: cannot attribute order %s: %s", qPrintable(orderId), qPrintable(outcome.error()));
            savepoint.exec(u"ROLLBACK TO pd_attribute"_s);
            savepoint.exec(u"RELEASE pd_attribute"_s);
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return attributed;
}

} // namespace PartnerDesk
