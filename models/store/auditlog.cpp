#include "auditlog.h"

#include "core/timestamp.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

QString toJson(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Status AuditLog::append(const QString &action, const QString &entity, const QString &entityId,
                        const QJsonObject &before, const QJsonObject &after, const QString &reason)
{
    QSqlQuery query(m_db);
    // A null QString binds as SQL NULL; an empty before/after/reason is stored as ''.
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, "
                                 "after_json, reason) VALUES (?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), "
                                 "coalesce(?, ''), coalesce(?, ''))"));
    query.addBindValue(Timestamp::format(Timestamp::now()));
    query.addBindValue(Database::currentActor());
    query.addBindValue(action);
    query.addBindValue(entity);
    query.addBindValue(entityId);
    query.addBindValue(toJson(before));
    query.addBindValue(toJson(after));
    query.addBindValue(reason);
    if (!query.exec())
        return Status::failure(QCoreApplication::translate("AuditLog", "Cannot write the audit log: %1")
                                   .arg(query.lastError().text()));
    return Done{};
}

QList<AuditEntry> AuditLog::entries(const QString &entity, const QString &entityId, int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, before_json, after_json, reason "
                                 "FROM audit_log WHERE (coalesce(?, '') = '' OR entity = ?) "
                                 "AND (coalesce(?, '') = '' OR entity_id = ?) "
                                 "ORDER BY id DESC LIMIT ?"));
    query.addBindValue(entity);
    query.addBindValue(entity);
    query.addBindValue(entityId);
    query.addBindValue(entityId);
    query.addBindValue(limit);
    QList<AuditEntry> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                       query.value(6).toString(), query.value(7).toString(), query.value(8).toString()});
    }
    return result;
}

} // namespace PartnerDesk
