#include "syncstate.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace PartnerDesk {

SyncState::SyncState(Database &database)
    : m_db(database.connection())
{}

SyncState::SyncState(QSqlDatabase &db)
    : m_db(db)
{}

QString SyncState::positionKey(const QString &centralId)
{
    return QStringLiteral("pull_position:") + centralId;
}

std::optional<QString> SyncState::value(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

Status SyncState::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Status::failure(tr("Cannot save the sync state: %1").arg(query.lastError().text()));
    return Done{};
}

Result<QString> SyncState::desktopId()
{
    static const QString key = QStringLiteral("desktop_id");
    if (const auto id = value(key))
        return *id;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // INSERT OR IGNORE and read back: two connections asking at once agree on one id.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_state (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(id);
    if (!query.exec())
        return Result<QString>::failure(tr("Cannot save the sync state: %1").arg(query.lastError().text()));
    if (const auto stored = value(key))
        return *stored;
    return Result<QString>::failure(tr("Cannot save the sync state: %1").arg(query.lastError().text()));
}

std::optional<QString> SyncState::position(const QString &centralId) const
{
    return value(positionKey(centralId));
}

QStringList SyncState::ownWrites(const QString &centralId) const
{
    const QString list = value(QStringLiteral("own_writes:") + centralId).value_or(QString());
    return list.isEmpty() ? QStringList() : list.split(u',');
}

Status SyncState::setOwnWrites(const QString &centralId, const QStringList &xids)
{
    // Never a null string: the column is NOT NULL.
    return setValue(QStringLiteral("own_writes:") + centralId, xids.isEmpty() ? QStringLiteral("") : xids.join(u','));
}

} // namespace PartnerDesk
