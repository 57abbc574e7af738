#include "pushbatchreader.h"

#include "store/database.h"
#include "syncedrows.h"
#include "syncids.h"
#include "syncschema.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

using Kind = SyncColumn::Kind;

} // namespace

PushBatchReader::PushBatchReader(Database &database, PushTimings &timings)
    : m_database(database)
    , m_timings(timings)
{}

Result<PreparedBatch> PushBatchReader::next(Outbox &outbox, int limit, const OutboxBatch *after,
                                            const QSet<QUuid> &sending)
{
    QElapsedTimer timer;
    timer.start();
    auto batch = outbox.nextBatch(limit, after);
    if (!batch)
        return Result<PreparedBatch>::failure(batch.error());
    m_timings.nextBatch += timer.elapsed();
    return map(std::move(*batch), sending);
}

Result<PreparedBatch> PushBatchReader::map(OutboxBatch batch, const QSet<QUuid> &sending)
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
    m_timings.read += timer.elapsed();
    return prepared;
}

// `sending`: rows of the batch being sent now, which need not go ahead as prerequisites.
Status PushBatchReader::readRows(QList<PushRow> &rows, const QSet<QUuid> &sending)
{
    SyncIds ids(m_database);
    SyncedRows local(m_database);
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
            if (table.hostList) {
                const auto hosts = local.hostsOf(localIds);
                if (!hosts)
                    return Status::failure(hosts.error());
                for (auto host = hosts->cbegin(); host != hosts->cend(); ++host)
                    rows[index.value(host.key())].hosts = host.value();
                needed[u"programs"_s] += localIds;
                continue;
            }
            const auto read = local.read(table, localIds);
            if (!read)
                return Status::failure(read.error());
            for (const SyncedRows::Row &found : *read) {
                PushRow &row = rows[index.value(found.localId)];
                row.raw = found.values;
                for (qsizetype c = 0; c < row.raw.size(); ++c) {
                    const QVariant &value = row.raw.at(c);
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

} // namespace PartnerDesk
