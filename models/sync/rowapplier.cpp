// Why this file is long: one applier with two paths, a row at a time (apply) and a page at a time
// (applyPage), that must apply a central row alike; they share the prepared statements, the id
// caches and the conflict rule, and side by side a difference between them shows.

#include "rowapplier.h"

#include "centralrows.h"
#include "core/valuerules.h"
#include "store/database.h"
#include "store/ledgerwriter.h"
#include "store/sqlitestatement.h"
#include "syncids.h"
#include "syncvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

using Kind = SyncColumn::Kind;

// Table and column names below come from SyncSchema, never from user text.
QString localValueText(const QVariant &value)
{
    return value.toString();
}

QString jsonArray(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// "YYYY-MM-DDTHH:MM:SSZ" within 1970..9999, a real day and time: what Timestamp::format() writes
// for what Timestamp::parse() reads of it (SyncValue::toLocal gives it back unchanged).
bool canonicalTimestamp(QByteArrayView text)
{
    static constexpr char shape[] = "dddd-dd-ddTdd:dd:ddZ";
    if (text.size() != 20)
        return false;
    for (int i = 0; i < 20; ++i) {
        const char c = text[i];
        if (shape[i] == 'd' ? (c < '0' || c > '9') : c != shape[i])
            return false;
    }
    auto number = [&](int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    if (year < 1970 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > days[month - 1] + (month == 2 && leap ? 1 : 0))
        return false;
    return number(11, 2) <= 23 && number(14, 2) <= 59 && number(17, 2) <= 59;
}

// "0", "-12", "1000": what SyncValue takes as an amount (no leading zero, within the ceiling).
std::optional<qint64> plainAmount(QByteArrayView text)
{
    const qsizetype start = text.startsWith('-') ? 1 : 0;
    const qsizetype digits = text.size() - start;
    if (digits < 1 || digits > 13 || (digits > 1 && text[start] == '0'))
        return std::nullopt;
    qint64 value = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value > ValueRules::maxAmountMinor || (start == 1 && value == 0))
        return std::nullopt;
    return start == 1 ? -value : value;
}

// A uid as PostgreSQL writes one: 36 characters, lower-case hex and hyphens (SyncIds::text).
std::optional<QUuid> canonicalUid(QByteArrayView text)
{
    if (text.size() != 36)
        return std::nullopt;
    for (qsizetype i = 0; i < 36; ++i) {
        const char c = text[i];
        const bool hyphen = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphen ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return std::nullopt;
    }
    const QUuid uid = QUuid::fromString(QLatin1StringView(text));
    if (uid.isNull())
        return std::nullopt;
    return uid;
}

// Rows of one multi-row INSERT: under SQLite's limit of bound values (32,766) at any table's width.
constexpr qsizetype rowsPerInsert = 500;

} // namespace

QJsonObject CentralRow::toJson(const SyncTable &table) const
{
    QJsonObject json;
    for (qsizetype i = 0; i < table.columns.size() && i < values.size(); ++i)
        json.insert(table.columns.at(i).name, values.at(i) ? QJsonValue(*values.at(i)) : QJsonValue());
    json.insert(u"deleted"_s, deleted);
    return json;
}

CentralRow CentralRow::fromJson(const SyncTable &table, const QUuid &uid, qint64 version, const QJsonObject &json)
{
    CentralRow row{uid, version, json.value(u"deleted"_s).toBool(), {}};
    for (const SyncColumn &column : table.columns) {
        const QJsonValue value = json.value(column.name);
        row.values.append(value.isNull() || value.isUndefined() ? std::nullopt
                                                                : std::optional<QString>(value.toString()));
    }
    return row;
}

RowApplier::RowApplier(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

RowApplier::~RowApplier() = default;

std::optional<qint64> RowApplier::localIdOf(const QString &table, const QUuid &uid)
{
    if (const auto it = m_localIds.constFind({table, uid}); it != m_localIds.constEnd())
        return *it;
    // The table's own mapping first, then a waiting key clash's (ConflictStore::record).
    QSqlQuery &query = statement(u"SELECT local_id FROM sync_ids WHERE tbl IN (?, ?) AND uid = ? "
                                 "AND local_id IS NOT NULL ORDER BY tbl <> ? LIMIT 1"_s);
    query.bindValue(0, table);
    query.bindValue(1, QString(table + u":clash"_s));
    query.bindValue(2, SyncIds::text(uid));
    query.bindValue(3, table);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    m_localIds.insert({table, uid}, id);
    return id;
}

std::optional<QUuid> RowApplier::uidOf(const QString &table, qint64 localId)
{
    return SyncIds(m_database).uidOf(table, localId);
}

QSqlQuery &RowApplier::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        query->prepare(sql);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

bool RowApplier::hasPendingChange(const QString &table, std::optional<qint64> localId, const QUuid &uid)
{
    if (!m_pendingLoaded) {
        // The caller's transaction queues nothing while it applies: what waits now is all there is.
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (query.exec(u"SELECT tbl, local_id, uid FROM sync_outbox"_s)) {
            while (query.next()) {
                m_queuedRows.insert({query.value(0).toString(), query.value(1).toLongLong()});
                if (!query.value(2).isNull())
                    m_queuedUids.insert({query.value(0).toString(), query.value(2).toString()});
            }
        }
        if (query.exec(u"SELECT tbl, uid FROM sync_conflicts WHERE resolved_at IS NULL"_s)) {
            while (query.next())
                m_queuedUids.insert({query.value(0).toString(), query.value(1).toString()});
        }
        m_pendingLoaded = true;
    }
    if (m_queuedUids.contains({table, SyncIds::text(uid)}))
        return true;
    return localId && m_queuedRows.contains({table, *localId});
}

QJsonObject RowApplier::localJson(const SyncTable &table, qint64 localId)
{
    QJsonObject json;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + table.columnNames().join(u", "_s) + u" FROM "_s + table.local + u" WHERE "_s +
                  table.localKey + u" = ?"_s);
    query.addBindValue(localId);
    if (!query.exec() || !query.next())
        return json;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const SyncColumn &column = table.columns.at(i);
        const QVariant value = query.value(int(i));
        if (value.isNull()) {
            json.insert(column.name, QJsonValue());
        } else if (column.kind == Kind::ForeignKey) {
            const auto uid = uidOf(column.references, value.toLongLong());
            json.insert(column.name, uid ? QJsonValue(SyncIds::text(*uid)) : QJsonValue());
        } else {
            json.insert(column.name, localValueText(value));
        }
    }
    return json;
}

Result<RowApplier::Outcome> RowApplier::applyHost(const CentralRow &row)
{
    using R = Result<Outcome>;
    // program_id, host
    const auto program = row.values.value(0) ? localIdOf(u"programs"_s, QUuid(*row.values.value(0))) : std::nullopt;
    if (!program)
        return Outcome::Unchanged; // the program is not here (deleted): its hosts went with it
    QSqlQuery query(m_db);
    if (row.deleted)
        query.prepare(u"DELETE FROM program_hosts WHERE program_id = ? AND host = ?"_s);
    else
        query.prepare(u"INSERT OR IGNORE INTO program_hosts (program_id, host) VALUES (?, ?)"_s);
    query.addBindValue(*program);
    query.addBindValue(row.values.value(1).value_or(QString()));
    if (!query.exec())
        return R::failure(tr("Cannot apply a host of a program: %1").arg(query.lastError().text()));
    return Outcome::Applied;
}

Result<RowApplier::Outcome> RowApplier::apply(const SyncTable &table, const CentralRow &row, bool force)
{
    using R = Result<Outcome>;
    if (table.hostList)
        return applyHost(row);

    std::optional<qint64> localId;
    std::optional<qint64> knownVersion;
    {
        QSqlQuery &query = statement(u"SELECT local_id, version FROM sync_ids WHERE tbl = ? AND uid = ?"_s);
        query.bindValue(0, table.local);
        query.bindValue(1, SyncIds::text(row.uid));
        if (!query.exec())
            return R::failure(tr("Cannot read the sync ids: %1").arg(query.lastError().text()));
        if (query.next()) {
            if (!query.value(0).isNull())
                localId = query.value(0).toLongLong();
            knownVersion = query.value(1).toLongLong();
        }
        query.finish();
    }
    if (!force && knownVersion && *knownVersion >= row.version)
        return Outcome::Unchanged;
    if (!force && hasPendingChange(table.local, localId, row.uid))
        return Outcome::Conflict;

    QSqlQuery query(m_db);
    if (row.deleted) {
        if (localId) {
            query.prepare(u"DELETE FROM "_s + table.local + u" WHERE "_s + table.localKey + u" = ?"_s);
            query.addBindValue(*localId);
            if (!query.exec())
                return R::failure(
                    tr("Cannot delete a row of %1 deleted centrally: %2").arg(table.local, query.lastError().text()));
            m_localIds.remove({table.local, row.uid});
        }
        query.prepare(u"INSERT INTO sync_ids (tbl, local_id, uid, version) VALUES (?, NULL, ?, ?) "
                      "ON CONFLICT (tbl, uid) DO UPDATE SET local_id = NULL, version = excluded.version"_s);
        query.addBindValue(table.local);
        query.addBindValue(SyncIds::text(row.uid));
        query.addBindValue(row.version);
        if (!query.exec())
            return R::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
        return Outcome::Applied;
    }

    // The values as the local table takes them: foreign keys mapped to local ids.
    QVariantList values;
    QList<qsizetype> deferredColumns;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const SyncColumn &column = table.columns.at(i);
        const std::optional<QString> &value = row.values.value(i);
        if (!value) {
            values.append(QVariant());
            continue;
        }
        // A value its column cannot hold (a hostile or broken central row) is not written.
        const Result<QVariant> local = SyncValue::toLocal(column, value);
        if (!local) {
            m_skipped.append(
                tr("Not applied: the row %1 of %2: %3.").arg(SyncIds::text(row.uid), table.local, local.error()));
            return Outcome::Skipped;
        }
        if (column.kind == Kind::ForeignKey) {
            const auto target = localIdOf(column.references, local->toUuid());
            if (!target) {
                if (column.references != table.local) {
                    m_skipped.append(tr("Not applied: the row %1 of %2 refers to a row of %3 this desktop does not "
                                        "have (%4).")
                                         .arg(SyncIds::text(row.uid), table.local, column.references, *value));
                    return Outcome::Skipped;
                }
                deferredColumns.append(i);
                values.append(QVariant());
                continue;
            }
            values.append(*target);
        } else {
            values.append(*local);
        }
    }

    // A row made here before it had a uid, under the same natural key.
    if (!localId && !table.naturalKey.isEmpty()) {
        const qsizetype keyIndex = table.columnNames().indexOf(table.naturalKey);
        query.prepare(u"SELECT "_s + table.localKey + u" FROM "_s + table.local + u" WHERE "_s + table.naturalKey +
                      u" = ?"_s);
        query.addBindValue(values.value(keyIndex));
        if (query.exec() && query.next()) {
            localId = query.value(0).toLongLong();
            if (!force && hasPendingChange(table.local, localId, row.uid))
                return Outcome::Conflict;
        }
        query.finish();
    }

    const bool isNew = !localId;
    if (localId) {
        QStringList sets;
        for (const SyncColumn &column : table.columns)
            sets.append(column.name + u" = ?"_s);
        QSqlQuery &update = statement(u"UPDATE "_s + table.local + u" SET "_s + sets.join(u", "_s) + u" WHERE "_s +
                                      table.localKey + u" = ?"_s);
        int i = 0;
        for (const QVariant &value : std::as_const(values))
            update.bindValue(i++, value);
        update.bindValue(i, *localId);
        if (!update.exec())
            return R::failure(tr("Cannot update a row of %1: %2").arg(table.local, update.lastError().text()));
    } else {
        QStringList marks;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            marks.append(u"?"_s);
        QSqlQuery &insert = statement(u"INSERT INTO "_s + table.local + u" ("_s + table.columnNames().join(u", "_s) +
                                      u") VALUES ("_s + marks.join(u", "_s) + u") RETURNING "_s + table.localKey);
        int i = 0;
        for (const QVariant &value : std::as_const(values))
            insert.bindValue(i++, value);
        if (!insert.exec() || !insert.next()) {
            // A local row with the same unique values under another uid (made on two desktops):
            // both are kept for the manager.
            const QString error = insert.lastError().text();
            insert.finish();
            if (error.contains(u"UNIQUE"_s))
                return Outcome::Conflict;
            return R::failure(tr("Cannot add a row to %1: %2").arg(table.local, error));
        }
        localId = insert.value(0).toLongLong();
        insert.finish();
    }
    // The local row is the central row `uid` at its version (SyncIds::link, with statements kept).
    if (!isNew) {
        QSqlQuery &unlink = statement(u"DELETE FROM sync_ids WHERE tbl = ? AND local_id = ? AND uid <> ?"_s);
        unlink.bindValue(0, table.local);
        unlink.bindValue(1, *localId);
        unlink.bindValue(2, SyncIds::text(row.uid));
        if (!unlink.exec())
            return R::failure(tr("Cannot store the sync id: %1").arg(unlink.lastError().text()));
    }
    QSqlQuery &link = statement(u"INSERT INTO sync_ids (tbl, local_id, uid, version) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT (tbl, uid) DO UPDATE SET local_id = excluded.local_id, "
                                "version = excluded.version"_s);
    link.bindValue(0, table.local);
    link.bindValue(1, *localId);
    link.bindValue(2, SyncIds::text(row.uid));
    link.bindValue(3, row.version);
    if (!link.exec())
        return R::failure(tr("Cannot store the sync id: %1").arg(link.lastError().text()));
    m_localIds.insert({table.local, row.uid}, *localId);
    for (const qsizetype i : std::as_const(deferredColumns))
        m_deferred.append(
            {table.local, table.localKey, *localId, table.columns.at(i).name, QUuid(*row.values.value(i))});
    if (table.local == u"orders") {
        const QString orderId = values.value(table.columnNames().indexOf(u"order_id"_s)).toString();
        (isNew ? m_newOrders : m_changedOrders).append(orderId);
    } else if (table.local == u"transactions") {
        m_transactionOrders.insert(values.value(table.columnNames().indexOf(u"order_id"_s)).toString());
    }
    return Outcome::Applied;
}

Result<QHash<QString, RowApplier::Known>> RowApplier::knownUids(const QString &table, const QStringList &uids)
{
    using R = Result<QHash<QString, Known>>;
    QHash<QString, Known> known;
    QSqlQuery &query = statement(
        u"SELECT uid, local_id, version FROM sync_ids WHERE tbl = ? AND uid IN (SELECT value FROM json_each(?))"_s);
    query.bindValue(0, table);
    query.bindValue(1, jsonArray(uids));
    if (!query.exec())
        return R::failure(tr("Cannot read the sync ids: %1").arg(query.lastError().text()));
    while (query.next()) {
        Known entry;
        if (!query.value(1).isNull())
            entry.localId = query.value(1).toLongLong();
        entry.version = query.value(2).toLongLong();
        known.insert(query.value(0).toString(), entry);
    }
    query.finish();
    return known;
}

Status RowApplier::prefetchLocalIds(const QString &table, const QStringList &uids)
{
    QStringList missing;
    for (const QString &uid : uids) {
        if (!m_localIds.contains({table, QUuid(uid)}))
            missing.append(uid);
    }
    if (missing.isEmpty())
        return Done{};
    // The table's own mappings win over a waiting key clash's (sorted last, inserted last).
    QSqlQuery &query = statement(u"SELECT uid, local_id FROM sync_ids WHERE tbl IN (?, ?) AND local_id IS NOT NULL "
                                 "AND uid IN (SELECT value FROM json_each(?)) ORDER BY tbl = ?"_s);
    query.bindValue(0, table);
    query.bindValue(1, QString(table + u":clash"_s));
    query.bindValue(2, jsonArray(missing));
    query.bindValue(3, table);
    if (!query.exec())
        return Status::failure(tr("Cannot read the sync ids: %1").arg(query.lastError().text()));
    while (query.next())
        m_localIds.insert({table, QUuid(query.value(0).toString())}, query.value(1).toLongLong());
    query.finish();
    return Done{};
}

// The local values of new rows, ids from `firstId` on, foreign keys mapped (a reference to a row
// of the same table not here yet is deferred to finishTable(), as apply() does).
Result<QList<QVariantList>> RowApplier::bulkValues(const SyncTable &table, const QList<const CentralRow *> &rows,
                                                   qint64 firstId)
{
    using R = Result<QList<QVariantList>>;
    QHash<QString, QStringList> references; // referenced table -> uids
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c).kind != Kind::ForeignKey)
            continue;
        QStringList &uids = references[table.columns.at(c).references];
        for (const CentralRow *row : rows) {
            if (const auto &value = row->values.value(c))
                uids.append(*value);
        }
    }
    for (auto it = references.begin(); it != references.end(); ++it) {
        it->removeDuplicates();
        if (Status loaded = prefetchLocalIds(it.key(), *it); !loaded)
            return R::failure(loaded.error());
    }

    QList<QVariantList> values;
    values.reserve(rows.size());
    qint64 id = firstId;
    for (const CentralRow *row : rows) {
        QVariantList line;
        line.reserve(table.columns.size() + 1);
        line.append(id);
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const SyncColumn &column = table.columns.at(c);
            const std::optional<QString> &value = row->values.value(c);
            if (!value) {
                line.append(QVariant());
            } else if (column.kind != Kind::ForeignKey) {
                const Result<QVariant> local = SyncValue::toLocal(column, value);
                if (!local) // row by row, apply() skips just that row and says why
                    return R::failure(local.error());
                line.append(*local);
            } else if (const auto target = m_localIds.constFind({column.references, QUuid(*value)});
                       target != m_localIds.constEnd()) {
                line.append(*target);
            } else if (column.references == table.local) {
                m_deferred.append({table.local, table.localKey, id, column.name, QUuid(*value)});
                line.append(QVariant());
            } else {
                return R::failure(tr("A row of %1 refers to a row of %2 this desktop does not have (%3).")
                                      .arg(table.local, column.references, *value));
            }
        }
        values.append(line);
        ++id;
    }
    return values;
}

// Runs `head` ("INSERT INTO t (a, b, ...) VALUES ") with `rowsPerInsert` rows of `rows` at a time,
// through SQLite's own API: at a hundred thousand rows QSqlQuery's binding (a placeholder name
// formatted per value) costs more than the inserts, and one statement per row pays SQLite's
// statement journal each time.
Status RowApplier::insertRows(const QString &head, int width, const QList<QVariantList> &rows)
{
    sqlite3 *handle = LedgerWriter::nativeHandle(m_database);
    if (!handle)
        return Status::failure(tr("The local database is not SQLite."));
    QString mark = u"(?"_s;
    for (int c = 1; c < width; ++c)
        mark += u", ?"_s;
    mark += u')';
    for (qsizetype first = 0; first < rows.size(); first += rowsPerInsert) {
        const qsizetype count = std::min<qsizetype>(rowsPerInsert, rows.size() - first);
        QString sql = head;
        for (qsizetype r = 0; r < count; ++r)
            sql += r == 0 ? mark : u", "_s + mark;
        auto it = m_native.find(sql);
        if (it == m_native.end())
            it = m_native.emplace(sql, std::make_unique<SqliteStatement>(handle, sql.toUtf8().constData())).first;
        SqliteStatement &insert = *it->second;
        if (!insert.isValid())
            return Status::failure(insert.error());
        int index = 1;
        for (qsizetype r = first; r < first + count; ++r) {
            for (const QVariant &value : rows.at(r)) {
                if (value.isNull())
                    insert.bindNull(index);
                else if (value.typeId() == QMetaType::LongLong)
                    insert.bind(index, value.toLongLong());
                else
                    insert.bind(index, value.toString());
                ++index;
            }
        }
        if (!insert.exec())
            return Status::failure(insert.error());
    }
    return Done{};
}

Result<QList<RowApplier::Outcome>> RowApplier::applyPage(const SyncTable &table, const QList<CentralRow> &rows)
{
    using R = Result<QList<Outcome>>;
    QList<Outcome> outcomes(rows.size(), Outcome::Unchanged);
    auto oneByOne = [&](const QList<qsizetype> &indexes) -> Status {
        for (const qsizetype i : indexes) {
            const auto outcome = apply(table, rows.at(i));
            if (!outcome)
                return Status::failure(outcome.error());
            outcomes[i] = *outcome;
        }
        return Done{};
    };
    QList<qsizetype> all;
    for (qsizetype i = 0; i < rows.size(); ++i)
        all.append(i);
    // Hosts are a list per program; domain_checks are keyed by their domain: row by row.
    if (table.hostList || table.localKey != u"id"_s || rows.size() < m_bulkMinimum) {
        if (Status done = oneByOne(all); !done)
            return R::failure(done.error());
        return outcomes;
    }

    QStringList uids;
    uids.reserve(rows.size());
    for (const CentralRow &row : rows)
        uids.append(SyncIds::text(row.uid));
    const auto known = knownUids(table.local, uids);
    if (!known)
        return R::failure(known.error());

    // New here: not known (or known only as gone), not deleted, nothing waiting for it.
    QList<qsizetype> single;
    QList<qsizetype> fresh;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const CentralRow &row = rows.at(i);
        const auto entry = known->constFind(uids.at(i));
        if (entry != known->constEnd() && entry->version >= row.version)
            continue; // Unchanged, as apply() would say
        if (row.deleted || (entry != known->constEnd() && entry->localId) ||
            hasPendingChange(table.local, std::nullopt, row.uid))
            single.append(i);
        else
            fresh.append(i);
    }
    // A row made here before it had a uid, under the same natural key: apply() links it.
    const qsizetype keyIndex = table.naturalKey.isEmpty() ? -1 : table.columnNames().indexOf(table.naturalKey);
    if (keyIndex >= 0 && !fresh.isEmpty()) {
        QStringList keys;
        for (const qsizetype i : std::as_const(fresh))
            keys.append(rows.at(i).values.value(keyIndex).value_or(QString()));
        QSqlQuery &query = statement(u"SELECT "_s + table.naturalKey + u" FROM "_s + table.local + u" WHERE "_s +
                                     table.naturalKey + u" IN (SELECT value FROM json_each(?))"_s);
        query.bindValue(0, jsonArray(keys));
        if (!query.exec())
            return R::failure(tr("Cannot read %1: %2").arg(table.local, query.lastError().text()));
        QSet<QString> present;
        while (query.next())
            present.insert(query.value(0).toString());
        query.finish();
        if (!present.isEmpty()) {
            QList<qsizetype> stillFresh;
            for (const qsizetype i : std::as_const(fresh))
                (present.contains(rows.at(i).values.value(keyIndex).value_or(QString())) ? single : stillFresh)
                    .append(i);
            fresh = stillFresh;
        }
    }
    if (Status done = oneByOne(single); !done)
        return R::failure(done.error());
    if (fresh.size() < m_bulkMinimum) {
        if (Status done = oneByOne(fresh); !done)
            return R::failure(done.error());
        return outcomes;
    }

    // The new rows with ids of their own after the highest here, then their sync ids.
    QSqlQuery &highest = statement(u"SELECT coalesce(max("_s + table.localKey + u"), 0) FROM "_s + table.local);
    if (!highest.exec() || !highest.next())
        return R::failure(tr("Cannot read %1: %2").arg(table.local, highest.lastError().text()));
    const qint64 firstId = highest.value(0).toLongLong() + 1;
    highest.finish();
    QList<const CentralRow *> freshRows;
    freshRows.reserve(fresh.size());
    for (const qsizetype i : std::as_const(fresh))
        freshRows.append(&rows.at(i));
    // Known before the values are mapped, so a reference to a row of the same page is direct.
    for (qsizetype n = 0; n < freshRows.size(); ++n)
        m_localIds.insert({table.local, freshRows.at(n)->uid}, firstId + n);
    auto forget = [&] {
        for (const CentralRow *row : std::as_const(freshRows))
            m_localIds.remove({table.local, row->uid});
    };
    const qsizetype deferredBefore = m_deferred.size();
    const auto values = bulkValues(table, freshRows, firstId);
    if (!values) {
        // A row refers to one this desktop does not have: row by row, apply() skips just that one.
        forget();
        m_deferred.resize(deferredBefore);
        if (Status done = oneByOne(fresh); !done)
            return R::failure(done.error());
        return outcomes;
    }

    QSqlQuery savepoint(m_db);
    if (!savepoint.exec(u"SAVEPOINT pd_page"_s))
        return R::failure(savepoint.lastError().text());
    QList<QVariantList> links;
    links.reserve(fresh.size());
    for (qsizetype n = 0; n < freshRows.size(); ++n)
        links.append({table.local, firstId + n, uids.at(fresh.at(n)), freshRows.at(n)->version});
    Status inserted = insertRows(u"INSERT INTO "_s + table.local + u" ("_s + table.localKey + u", "_s +
                                     table.columnNames().join(u", "_s) + u") VALUES "_s,
                                 int(table.columns.size() + 1), *values);
    if (inserted)
        inserted = insertRows(u"INSERT INTO sync_ids (tbl, local_id, uid, version) VALUES "_s, 4, links);
    if (!inserted) {
        // A local row with the same unique values under another uid, most likely: row by row,
        // apply() keeps such rows as conflicts.
        savepoint.exec(u"ROLLBACK TO pd_page"_s);
        savepoint.exec(u"RELEASE pd_page"_s);
        m_deferred.resize(deferredBefore);
        forget();
        if (Status done = oneByOne(fresh); !done)
            return R::failure(done.error());
        return outcomes;
    }
    if (!savepoint.exec(u"RELEASE pd_page"_s))
        return R::failure(savepoint.lastError().text());

    const qsizetype orderIdIndex = table.columnNames().indexOf(u"order_id"_s);
    for (qsizetype n = 0; n < freshRows.size(); ++n) {
        const CentralRow &row = *freshRows.at(n);
        outcomes[fresh.at(n)] = Outcome::Applied;
        if (table.local == u"orders")
            m_newOrders.append(row.values.value(orderIdIndex).value_or(QString()));
        else if (table.local == u"transactions")
            m_transactionOrders.insert(row.values.value(orderIdIndex).value_or(QString()));
    }
    return outcomes;
}

bool RowApplier::noIdsYet(const QString &table)
{
    if (const auto it = m_noIdsYet.constFind(table); it != m_noIdsYet.constEnd())
        return *it;
    QSqlQuery &query = statement(u"SELECT EXISTS (SELECT 1 FROM sync_ids WHERE tbl = ?)"_s);
    query.bindValue(0, table);
    const bool none = query.exec() && query.next() && query.value(0).toInt() == 0;
    query.finish();
    m_noIdsYet.insert(table, none);
    return none;
}

// Runs `head` ("INSERT INTO t (a, b, ...) VALUES ") with `rowsPerInsert` rows of `values` (`width`
// a row) at a time, text bound as the UTF-8 it is (SQLite keeps it so) without a copy.
Status RowApplier::insertBound(const QString &head, int width, const std::vector<Bound> &values)
{
    sqlite3 *handle = LedgerWriter::nativeHandle(m_database);
    if (!handle)
        return Status::failure(tr("The local database is not SQLite."));
    QString mark = u"(?"_s;
    for (int c = 1; c < width; ++c)
        mark += u", ?"_s;
    mark += u')';
    const qsizetype rows = qsizetype(values.size()) / width;
    for (qsizetype first = 0; first < rows; first += rowsPerInsert) {
        const qsizetype count = std::min<qsizetype>(rowsPerInsert, rows - first);
        QString sql = head;
        for (qsizetype r = 0; r < count; ++r)
            sql += r == 0 ? mark : u", "_s + mark;
        auto it = m_bound.find(sql);
        if (it == m_bound.end()) {
            sqlite3_stmt *prepared = nullptr;
            if (sqlite3_prepare_v3(handle, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, &prepared,
                                   nullptr) != SQLITE_OK)
                return Status::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
            it = m_bound.emplace(sql, std::unique_ptr<sqlite3_stmt, Finalizer>(prepared)).first;
        }
        sqlite3_stmt *native = it->second.get();
        int index = 1;
        for (size_t v = size_t(first * width); v < size_t((first + count) * width); ++v) {
            const Bound &value = values[v];
            switch (value.type) {
            case Bound::Type::Null:
                sqlite3_bind_null(native, index);
                break;
            case Bound::Type::Integer:
                sqlite3_bind_int64(native, index, value.integer);
                break;
            case Bound::Type::Text:
                sqlite3_bind_text(native, index, value.text, value.size, SQLITE_STATIC);
                break;
            }
            ++index;
        }
        const int code = sqlite3_step(native);
        sqlite3_reset(native);
        sqlite3_clear_bindings(native);
        if (code != SQLITE_DONE)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    return Done{};
}

void RowApplier::Finalizer::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

Result<QList<RowApplier::Outcome>> RowApplier::applyCopyPage(const CopyPage &page)
{
    using R = Result<QList<Outcome>>;
    const SyncTable &table = page.table();
    const qsizetype rows = page.size();
    auto usual = [&] {
        return applyPage(table, page.rows());
    };
    if (table.hostList || table.localKey != u"id"_s || rows < m_bulkMinimum || !noIdsYet(table.local))
        return usual();
    if (!m_pendingLoaded)
        hasPendingChange(table.local, std::nullopt, QUuid()); // loads what waits
    const bool nothingWaits = m_queuedUids.isEmpty();
    const int width = int(table.columns.size() + 1);

    // Every row new (no sync id of this table yet), not a tombstone, nothing waiting for its uid,
    // every value what its column takes: else the usual path, which decides row by row.
    QHash<QString, QSet<QUuid>> references; // referenced table -> uids
    for (qsizetype r = 0; r < rows; ++r) {
        const auto uid = canonicalUid(page.field(r, 0));
        if (!uid || page.field(r, 2) != "0")
            return usual();
        if (!nothingWaits && hasPendingChange(table.local, std::nullopt, *uid))
            return usual();
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const SyncColumn &column = table.columns.at(c);
            const QByteArrayView value = page.field(r, int(3 + c));
            if (page.isNull(r, int(3 + c)))
                continue;
            bool valid = true;
            switch (column.kind) {
            case Kind::Plain:
                break;
            case Kind::Bool:
                valid = value == "0" || value == "1";
                break;
            case Kind::Money:
                valid = plainAmount(value).has_value();
                break;
            case Kind::Timestamp:
                // Another spelling of a valid instant is written as format() spells it: the usual path.
                valid = canonicalTimestamp(value);
                break;
            case Kind::ForeignKey:
                if (const auto target = canonicalUid(value))
                    references[column.references].insert(*target);
                else
                    valid = false;
                break;
            }
            if (!valid)
                return usual();
        }
    }
    // A row made here before it had a uid, under the same natural key: apply() links it.
    const qsizetype keyIndex = table.naturalKey.isEmpty() ? -1 : table.columnNames().indexOf(table.naturalKey);
    if (keyIndex >= 0) {
        QStringList keys;
        keys.reserve(rows);
        for (qsizetype r = 0; r < rows; ++r)
            keys.append(QString::fromUtf8(page.field(r, int(3 + keyIndex))));
        QSqlQuery &query = statement(u"SELECT EXISTS (SELECT 1 FROM "_s + table.local + u" WHERE "_s +
                                     table.naturalKey + u" IN (SELECT value FROM json_each(?)))"_s);
        query.bindValue(0, jsonArray(keys));
        if (!query.exec() || !query.next())
            return R::failure(tr("Cannot read %1: %2").arg(table.local, query.lastError().text()));
        const bool present = query.value(0).toInt() != 0;
        query.finish();
        if (present)
            return usual();
    }
    for (auto it = references.cbegin(); it != references.cend(); ++it) {
        QStringList missing;
        for (const QUuid &uid : *it) {
            if (!m_localIds.contains({it.key(), uid}))
                missing.append(SyncIds::text(uid));
        }
        if (Status loaded = prefetchLocalIds(it.key(), missing); !loaded)
            return R::failure(loaded.error());
    }

    QSqlQuery &highest = statement(u"SELECT coalesce(max("_s + table.localKey + u"), 0) FROM "_s + table.local);
    if (!highest.exec() || !highest.next())
        return R::failure(tr("Cannot read %1: %2").arg(table.local, highest.lastError().text()));
    const qint64 firstId = highest.value(0).toLongLong() + 1;
    highest.finish();

    // The values bound as they came; foreign keys mapped (one to a row of this table not here yet
    // is set by finishTable(), as apply() does).
    const qsizetype deferredBefore = m_deferred.size();
    std::vector<Bound> values;
    values.reserve(size_t(rows * width));
    std::vector<Bound> links;
    links.reserve(size_t(rows * 4));
    const QByteArray tableName = table.local.toUtf8();
    for (qsizetype r = 0; r < rows; ++r) {
        const qint64 id = firstId + r;
        values.push_back({Bound::Type::Integer, id, nullptr, 0});
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const SyncColumn &column = table.columns.at(c);
            const int f = int(3 + c);
            if (page.isNull(r, f)) {
                values.push_back({});
                continue;
            }
            const QByteArrayView value = page.field(r, f);
            switch (column.kind) {
            case Kind::Plain:
            case Kind::Timestamp:
                values.push_back({Bound::Type::Text, 0, value.data(), int(value.size())});
                break;
            case Kind::Bool:
                values.push_back({Bound::Type::Integer, value == "1" ? 1 : 0, nullptr, 0});
                break;
            case Kind::Money:
                values.push_back({Bound::Type::Integer, *plainAmount(value), nullptr, 0});
                break;
            case Kind::ForeignKey: {
                const QUuid target = *canonicalUid(value);
                if (const auto local = m_localIds.constFind({column.references, target});
                    local != m_localIds.constEnd()) {
                    values.push_back({Bound::Type::Integer, *local, nullptr, 0});
                } else if (column.references == table.local) {
                    m_deferred.append({table.local, table.localKey, id, column.name, target});
                    values.push_back({});
                } else {
                    // A row that refers to one this desktop does not have: apply() skips just that one.
                    m_deferred.resize(deferredBefore);
                    return usual();
                }
                break;
            }
            }
        }
    }
    // The sync ids in the order of their uids: each lands next to the one before in the (tbl, uid)
    // index, not at a random place.
    std::vector<qsizetype> byUid(static_cast<size_t>(rows));
    for (qsizetype r = 0; r < rows; ++r)
        byUid[size_t(r)] = r;
    std::sort(byUid.begin(), byUid.end(),
              [&page](qsizetype x, qsizetype y) { return page.field(x, 0) < page.field(y, 0); });
    for (const qsizetype r : byUid) {
        const QByteArrayView uid = page.field(r, 0);
        links.push_back({Bound::Type::Text, 0, tableName.constData(), int(tableName.size())});
        links.push_back({Bound::Type::Integer, firstId + r, nullptr, 0});
        links.push_back({Bound::Type::Text, 0, uid.data(), int(uid.size())});
        links.push_back({Bound::Type::Integer, page.field(r, 1).toLongLong(), nullptr, 0});
    }

    QSqlQuery savepoint(m_db);
    if (!savepoint.exec(u"SAVEPOINT pd_page"_s))
        return R::failure(savepoint.lastError().text());
    Status inserted = insertBound(u"INSERT INTO "_s + table.local + u" ("_s + table.localKey + u", "_s +
                                      table.columnNames().join(u", "_s) + u") VALUES "_s,
                                  width, values);
    if (inserted)
        inserted = insertBound(u"INSERT INTO sync_ids (tbl, local_id, uid, version) VALUES "_s, 4, links);
    if (!inserted) {
        // A local row with the same unique values under another uid, most likely: the usual path
        // keeps such rows as conflicts.
        savepoint.exec(u"ROLLBACK TO pd_page"_s);
        savepoint.exec(u"RELEASE pd_page"_s);
        m_deferred.resize(deferredBefore);
        return usual();
    }
    if (!savepoint.exec(u"RELEASE pd_page"_s))
        return R::failure(savepoint.lastError().text());

    // Which orders' transactions arrived matters only for the orders this pull brought, pulled
    // before the transactions (SyncSchema's order): a first pull of transactions alone skips it.
    const qsizetype orderIdIndex = table.columnNames().indexOf(u"order_id"_s);
    const bool ordersPulled = !m_newOrders.isEmpty() || !m_changedOrders.isEmpty();
    if (orderIdIndex >= 0 && (table.local == u"orders" || (table.local == u"transactions" && ordersPulled))) {
        for (qsizetype r = 0; r < rows; ++r) {
            const QString orderId = QString::fromUtf8(page.field(r, int(3 + orderIdIndex)));
            if (table.local == u"orders")
                m_newOrders.append(orderId);
            else
                m_transactionOrders.insert(orderId);
        }
    }
    return QList<Outcome>(rows, Outcome::Applied);
}

Status RowApplier::finishTable()
{
    QSqlQuery query(m_db);
    for (const Deferred &deferred : std::as_const(m_deferred)) {
        const auto target = localIdOf(deferred.table, deferred.target);
        if (!target) {
            // Left empty: the row is here, what it refers to is not (and will not come).
            m_skipped.append(tr("Not set: %1 of row %2 of %3 refers to a row this desktop does not have (%4).")
                                 .arg(deferred.column)
                                 .arg(deferred.localId)
                                 .arg(deferred.table, SyncIds::text(deferred.target)));
            continue;
        }
        query.prepare(u"UPDATE "_s + deferred.table + u" SET "_s + deferred.column + u" = ? WHERE "_s + deferred.key +
                      u" = ?"_s);
        query.addBindValue(*target);
        query.addBindValue(deferred.localId);
        if (!query.exec())
            return Status::failure(tr("Cannot update a row of %1: %2").arg(deferred.table, query.lastError().text()));
    }
    m_deferred.clear();
    return Done{};
}

} // namespace PartnerDesk
