#include "syncids.h"

#include "store/database.h"

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
    static const QStringList tables = {QStringLiteral("programs"),     QStringLiteral("program_hosts"),
                                       QStringLiteral("affiliates"),   QStringLiteral("memberships"),
                                       QStringLiteral("coupons"),      QStringLiteral("banners"),
                                       QStringLiteral("domains"),      QStringLiteral("domain_checks"),
                                       QStringLiteral("rewrites"),     QStringLiteral("orders"),
                                       QStringLiteral("payouts"),      QStringLiteral("payout_lines"),
                                       QStringLiteral("transactions"), QStringLiteral("manual_assignments"),
                                       QStringLiteral("visits"),       QStringLiteral("audit_log")};
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

std::optional<qint64> SyncIds::versionOf(const QUuid &uid) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT version FROM sync_ids WHERE uid = ?"));
    query.addBindValue(text(uid));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<std::pair<QString, qint64>> SyncIds::rowOf(const QUuid &uid) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT tbl, local_id FROM sync_ids WHERE uid = ? AND local_id IS NOT NULL"));
    query.addBindValue(text(uid));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return std::make_pair(query.value(0).toString(), query.value(1).toLongLong());
}

std::optional<QString> SyncIds::naturalKey(const QString &table, qint64 localId, bool &exists)
{
    exists = false;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    auto one = [&](const char *sql) -> bool {
        query.prepare(tableSql(sql, table));
        query.addBindValue(localId);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return false;
        }
        exists = query.next();
        return exists;
    };
    if (table == u"orders") {
        if (one("SELECT order_id FROM %1 WHERE id = ?"))
            return QStringLiteral("order:") + query.value(0).toString();
    } else if (table == u"affiliates") {
        if (one("SELECT code FROM %1 WHERE id = ?"))
            return QStringLiteral("affiliate:") + query.value(0).toString().toUpper();
    } else if (table == u"coupons") {
        if (one("SELECT code FROM %1 WHERE id = ?"))
            return QStringLiteral("coupon:") + query.value(0).toString().toUpper();
    } else if (table == u"programs") {
        if (one("SELECT name FROM %1 WHERE id = ?"))
            return QStringLiteral("program:") + query.value(0).toString();
    } else if (table == u"transactions") {
        // N: the order's Nth transaction in attribution order, which is the order of local ids
        // (transactions are only ever added).
        if (one("SELECT t.order_id, (SELECT count(*) FROM %1 o WHERE o.order_id = t.order_id AND o.id <= t.id) "
                "FROM %1 t WHERE t.id = ?"))
            return QStringLiteral("transaction:%1:%2").arg(query.value(0).toString()).arg(query.value(1).toLongLong());
    } else if (table == u"visits") {
        // The visit's identity (visits_identity in 0003): the same click imported on two desktops.
        if (one("SELECT visited_at, landing_url, referrer_url, affiliate_code FROM %1 WHERE id = ?"))
            return QStringLiteral("visit:") + QStringList{query.value(0).toString(), query.value(1).toString(),
                                                          query.value(2).toString(), query.value(3).toString()}
                                                  .join(u'\n');
    } else if (table == u"domain_checks") {
        // One row per domain: named after the domain's uid, so two desktops checking it agree.
        if (one("SELECT domain_id FROM %1 WHERE domain_id = ?")) {
            query.finish();
            const Result<QUuid> domain = ensureUid(QStringLiteral("domains"), localId);
            if (!domain) {
                exists = false;
                m_error = domain.error();
                return std::nullopt;
            }
            return QStringLiteral("domain_check:") + text(*domain);
        }
    } else {
        one("SELECT 1 FROM %1 WHERE id = ?");
    }
    return std::nullopt;
}

std::optional<QUuid> SyncIds::computeUid(const QString &table, qint64 localId)
{
    m_error.clear();
    m_rowMissing = false;
    if (!isSynced(table) || table == u"program_hosts") {
        m_error = tr("The table %1 has no row ids to sync.").arg(table);
        return std::nullopt;
    }
    bool exists = false;
    const std::optional<QString> key = naturalKey(table, localId, exists);
    m_rowMissing = !exists && m_error.isEmpty();
    if (!exists) {
        if (m_rowMissing)
            m_error = tr("Row %1 of %2 does not exist.").arg(localId).arg(table);
        return std::nullopt;
    }
    return key ? nameUid(*key) : QUuid::createUuid();
}

Status SyncIds::store(const QString &table, qint64 localId, const QUuid &uid)
{
    // A uid whose local row was deleted (local_id NULL) is taken over by the row re-created under
    // the same natural key, keeping the version its tombstone is based on.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO sync_ids (tbl, local_id, uid) VALUES (?, ?, ?) "
                                 "ON CONFLICT (uid) DO UPDATE SET tbl = excluded.tbl, local_id = excluded.local_id "
                                 "WHERE sync_ids.local_id IS NULL"));
    query.addBindValue(table);
    query.addBindValue(localId);
    query.addBindValue(text(uid));
    if (!query.exec())
        return Status::failure(
            tr("Cannot store the sync id of row %1 of %2: %3").arg(localId).arg(table, query.lastError().text()));
    if (query.numRowsAffected() != 1) {
        const auto holder = rowOf(uid);
        return Status::failure(tr("Row %1 of %2 has the same sync id as row %3 of %4.")
                                   .arg(localId)
                                   .arg(table)
                                   .arg(holder ? holder->second : 0)
                                   .arg(holder ? holder->first : QString()));
    }
    return Done{};
}

Result<QUuid> SyncIds::ensureUid(const QString &table, qint64 localId)
{
    if (const auto existing = uidOf(table, localId))
        return *existing;
    const std::optional<QUuid> uid = computeUid(table, localId);
    if (!uid)
        return Result<QUuid>::failure(m_error);
    if (auto status = store(table, localId, *uid); !status)
        return Result<QUuid>::failure(status.error());
    return *uid;
}

Status SyncIds::ensureUids(const QString &table, const QList<qint64> &localIds)
{
    for (const qint64 localId : localIds) {
        if (uidOf(table, localId))
            continue;
        const std::optional<QUuid> uid = computeUid(table, localId);
        if (!uid) {
            if (m_rowMissing)
                continue; // deleted since it was queued: its delete carries what the push needs
            return Status::failure(m_error);
        }
        if (auto status = store(table, localId, *uid); !status)
            return status;
    }
    return Done{};
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
                                 "ON CONFLICT (uid) DO UPDATE SET tbl = excluded.tbl, local_id = excluded.local_id, "
                                 "version = excluded.version"));
    query.addBindValue(table);
    query.addBindValue(localId);
    query.addBindValue(text(uid));
    query.addBindValue(version);
    if (!query.exec())
        return Status::failure(tr("Cannot store the sync id: %1").arg(query.lastError().text()));
    return Done{};
}

Status SyncIds::setVersion(const QUuid &uid, qint64 version)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_ids SET version = ? WHERE uid = ?"));
    query.addBindValue(version);
    query.addBindValue(text(uid));
    if (!query.exec())
        return Status::failure(tr("Cannot store the sync version: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("No row has the sync id %1.").arg(text(uid)));
    return Done{};
}

} // namespace PartnerDesk
