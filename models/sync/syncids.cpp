#include "syncids.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

// A query of one table of syncedTables(): the name is ours, never user text.
QString tableSql(const char *pattern, const QString &table)
{
    return QString::fromLatin1(pattern).arg(table);
}

} // namespace

SyncIds::SyncIds(Database &database)
    : m_db(database.connection())
{}

const QStringList &SyncIds::syncedTables()
{
    static const QStringList tables = {QStringLiteral("programs"),      QStringLiteral("program_hosts"),
                                       QStringLiteral("affiliates"),    QStringLiteral("memberships"),
                                       QStringLiteral("partner_rates"), QStringLiteral("program_tiers"),
                                       QStringLiteral("coupons"),       QStringLiteral("banners"),
                                       QStringLiteral("domains"),       QStringLiteral("domain_checks"),
                                       QStringLiteral("rewrites"),      QStringLiteral("orders"),
                                       QStringLiteral("payouts"),       QStringLiteral("payout_lines"),
                                       QStringLiteral("transactions"),  QStringLiteral("manual_assignments"),
                                       QStringLiteral("visits"),        QStringLiteral("requests"),
                                       QStringLiteral("audit_log")};
    return tables;
}

bool SyncIds::isSynced(const QString &table)
{
    return syncedTables().contains(table);
}

QUuid SyncIds::uidNamespace()
{
    static const QUuid ns(QStringLiteral("6f1d3c3e-6c1b-4b8e-9a55-0d2f1f7a9c10"));
    return ns;
}

QUuid SyncIds::nameUid(const QString &naturalKey)
{
    // Qt hashes the key's UTF-8 bytes, as PostgreSQL's uuid_generate_v5 does with a text value.
    return QUuid::createUuidV5(uidNamespace(), naturalKey);
}

QUuid SyncIds::hostUid(const QUuid &programUid, const QString &host)
{
    return nameUid(QStringLiteral("program_host:") + text(programUid) + u':' + host);
}

QUuid SyncIds::partnerRowUid(const QString &table, const QString &login, const QUuid &sent)
{
    return nameUid(table + u':' + login + u':' + text(sent));
}

std::optional<QUuid> SyncIds::uidOf(const QString &table, qint64 localId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT uid FROM sync_ids WHERE tbl = ? AND local_id = ?"));
    query.addBindValue(table);
    query.addBindValue(localId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QUuid(query.value(0).toString());
}

std::optional<qint64> SyncIds::versionOf(const QString &table, const QUuid &uid) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT version FROM sync_ids WHERE tbl = ? AND uid = ?"));
    query.addBindValue(table);
    query.addBindValue(text(uid));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<qint64> SyncIds::rowOf(const QString &table, const QUuid &uid) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT local_id FROM sync_ids WHERE tbl = ? AND uid = ? AND local_id IS NOT NULL"));
    query.addBindValue(table);
    query.addBindValue(text(uid));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

Result<QHash<qint64, QString>> SyncIds::naturalKeys(const QString &table, const QString &idsJson)
{
    using R = Result<QHash<qint64, QString>>;
    // Each query reads the rows whose ids are in the bound JSON array; %1 is the table (ours).
    const char *sql = "SELECT t.id, '' FROM json_each(?) j CROSS JOIN %1 t ON t.id = j.value";
    QString prefix;
    bool upper = false;
    if (table == u"orders") {
        sql = "SELECT t.id, t.order_id FROM json_each(?) j CROSS JOIN %1 t ON t.id = j.value";
        prefix = QStringLiteral("order:");
    } else if (table == u"affiliates" || table == u"coupons") {
        sql = "SELECT t.id, t.code FROM json_each(?) j CROSS JOIN %1 t ON t.id = j.value";
        prefix = table == u"coupons" ? QStringLiteral("coupon:") : QStringLiteral("affiliate:");
        upper = true;
    } else if (table == u"programs") {
        sql = "SELECT t.id, t.name FROM json_each(?) j CROSS JOIN %1 t ON t.id = j.value";
        prefix = QStringLiteral("program:");
    } else if (table == u"transactions") {
        // N: the order's Nth transaction in attribution order, which is the order of local ids
        // (transactions are only ever added).
        sql = "SELECT t.id, t.order_id || ':' || (SELECT count(*) FROM %1 o WHERE o.order_id = t.order_id "
              "AND o.id <= t.id) FROM json_each(?) j CROSS JOIN %1 t ON t.id = j.value";
        prefix = QStringLiteral("transaction:");
    } else if (table == u"visits") {
        // The visit's identity (visits_identity in 0003): the same click imported on two desktops.
        sql = "SELECT t.id, t.visited_at || char(10) || t.landing_url || char(10) || t.referrer_url || char(10) || "
              "t.affiliate_code FROM json_each(?) j CROSS JOIN %1 t ON t.id = j.value";
        prefix = QStringLiteral("visit:");
    } else if (table == u"domain_checks") {
        sql = "SELECT t.domain_id, '' FROM json_each(?) j CROSS JOIN %1 t ON t.domain_id = j.value";
    }
    QHash<qint64, QString> keys;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(tableSql(sql, table));
        query.addBindValue(idsJson);
        if (!query.exec())
            return R::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
        while (query.next()) {
            const QString value = query.value(1).toString();
            keys.insert(query.value(0).toLongLong(),
                        prefix.isEmpty() ? QString() : prefix + (upper ? value.toUpper() : value));
        }
    }
    if (table == u"domain_checks" && !keys.isEmpty()) {
        // One row per domain: named after the domain's uid, so two desktops checking it agree.
        const auto domains = ensureUids(QStringLiteral("domains"), keys.keys());
        if (!domains)
            return R::failure(domains.error());
        for (auto it = keys.begin(); it != keys.end(); ++it)
            it.value() = QStringLiteral("domain_check:") + text(domains->value(it.key()).uid);
    }
    return keys;
}

Result<QUuid> SyncIds::ensureUid(const QString &table, qint64 localId)
{
    m_rowMissing = false;
    const auto mappings = ensureUids(table, {localId});
    if (!mappings)
        return Result<QUuid>::failure(mappings.error());
    if (!mappings->contains(localId)) {
        m_rowMissing = true;
        return Result<QUuid>::failure(tr("Row %1 of %2 does not exist.").arg(localId).arg(table));
    }
    return mappings->value(localId).uid;
}

Result<QHash<qint64, SyncIds::Mapping>> SyncIds::ensureUids(const QString &table, const QList<qint64> &localIds)
{
    using R = Result<QHash<qint64, Mapping>>;
    if (!isSynced(table) || table == u"program_hosts")
        return R::failure(tr("The table %1 has no row ids to sync.").arg(table));
    QHash<qint64, Mapping> mappings;
    if (localIds.isEmpty())
        return mappings;
    auto json = [](const QList<qint64> &ids) {
        QStringList numbers;
        numbers.reserve(ids.size());
        for (const qint64 id : ids)
            numbers.append(QString::number(id));
        return QString(u'[' + numbers.join(u',') + u']');
    };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.local_id, s.uid, s.version FROM json_each(?) j "
                                 "CROSS JOIN sync_ids s ON s.tbl = ? AND s.local_id = j.value"));
    query.addBindValue(json(localIds));
    query.addBindValue(table);
    if (!query.exec())
        return R::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
    while (query.next())
        mappings.insert(query.value(0).toLongLong(), {QUuid(query.value(1).toString()), query.value(2).toLongLong()});
    QList<qint64> missing;
    QSet<qint64> seen;
    for (const qint64 id : localIds) {
        if (!mappings.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            missing.append(id);
        }
    }
    if (missing.isEmpty())
        return mappings;
    const auto keys = naturalKeys(table, json(missing));
    if (!keys)
        return R::failure(keys.error());
    // A uid whose local row was deleted (local_id NULL) is taken over by the row re-created under
    // the same natural key, keeping the version its tombstone is based on. One statement for the
    // batch: a row that got no uid (RETURNING leaves it out) has one another row holds.
    QJsonArray pairs;
    QHash<qint64, QUuid> wanted;
    wanted.reserve(keys->size());
    for (auto it = keys->cbegin(); it != keys->cend(); ++it) {
        const QUuid uid = it.value().isEmpty() ? QUuid::createUuid() : nameUid(it.value());
        wanted.insert(it.key(), uid);
        pairs.append(QJsonArray{it.key(), text(uid)});
    }
    // "WHERE true": SQLite's parser needs it between INSERT ... SELECT and ON CONFLICT.
    query.prepare(QStringLiteral("INSERT INTO sync_ids (tbl, local_id, uid) SELECT ?, j.value ->> 0, j.value ->> 1 "
                                 "FROM json_each(?) j WHERE true "
                                 "ON CONFLICT (tbl, uid) DO UPDATE SET local_id = excluded.local_id "
                                 "WHERE sync_ids.local_id IS NULL RETURNING local_id, version"));
    query.addBindValue(table);
    query.addBindValue(QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return R::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
    while (query.next()) {
        const qint64 localId = query.value(0).toLongLong();
        mappings.insert(localId, {wanted.value(localId), query.value(1).toLongLong()});
    }
    query.finish();
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (mappings.contains(it.key()))
            continue;
        const auto holder = rowOf(table, it.value());
        return R::failure(
            tr("Row %1 of %2 has the same sync id as row %3.").arg(it.key()).arg(table).arg(holder.value_or(0)));
    }
    return mappings;
}

Status SyncIds::link(const QString &table, qint64 localId, const QUuid &uid, qint64 version)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sync_ids WHERE tbl = ? AND local_id = ? AND uid <> ?"));
    query.addBindValue(table);
    query.addBindValue(localId);
    query.addBindValue(text(uid));
    if (!query.exec())
        return Status::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
    query.prepare(QStringLiteral("INSERT INTO sync_ids (tbl, local_id, uid, version) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (tbl, uid) DO UPDATE SET local_id = excluded.local_id, "
                                 "version = excluded.version"));
    query.addBindValue(table);
    query.addBindValue(localId);
    query.addBindValue(text(uid));
    query.addBindValue(version);
    if (!query.exec())
        return Status::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
    return Done{};
}

Status SyncIds::setVersion(const QString &table, const QUuid &uid, qint64 version)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_ids SET version = ? WHERE tbl = ? AND uid = ?"));
    query.addBindValue(version);
    query.addBindValue(table);
    query.addBindValue(text(uid));
    if (!query.exec())
        return Status::failure(tr("Cannot store the sync version: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("No row has the sync id %1.").arg(text(uid)));
    return Done{};
}

Status SyncIds::setVersions(const QList<Version> &versions)
{
    // The table names are ours and the uids hex: the array is written as it is.
    QByteArray json = "[";
    for (const Version &row : versions) {
        if (json.size() > 1)
            json += ',';
        json += "[\"" + row.table.toLatin1() + "\",\"" + text(row.uid).toLatin1() + "\"," +
                QByteArray::number(row.version) + ']';
    }
    json += ']';
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_ids SET version = j.value ->> 2 FROM json_each(?) j "
                                 "WHERE sync_ids.tbl = j.value ->> 0 AND sync_ids.uid = j.value ->> 1"));
    query.addBindValue(QString::fromLatin1(json));
    if (!query.exec())
        return Status::failure(tr("Cannot store the sync version: %1").arg(query.lastError().text()));
    return Done{};
}

Status SyncIds::relink(const QString &table, const QUuid &sent, const QUuid &central)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_ids SET uid = ? WHERE tbl = ? AND uid = ?"));
    query.addBindValue(text(central));
    query.addBindValue(table);
    query.addBindValue(text(sent));
    if (!query.exec())
        return Status::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
    return Done{};
}

} // namespace PartnerDesk
