#include "auditlog.h"

#include "core/embeddedimage.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <array>
#include <tuple>

namespace PartnerDesk {

namespace {

// An embedded image (a banner's data: URI, up to 256 KB) is described, never copied: a row's
// values in a sync conflict's audit entry would otherwise outgrow the audit JSON's length.
QJsonValue described(const QJsonValue &value)
{
    if (value.isString() && EmbeddedImage::isDataUri(value.toString()))
        return EmbeddedImage::summary(value.toString());
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = described(array.at(i));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = described(it.value());
        return object;
    }
    return value;
}

QString toJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    QString json = QString::fromUtf8(QJsonDocument(described(object).toObject()).toJson(QJsonDocument::Compact));
    // Qt escapes U+0000-U+001F in strings but writes U+007F as it is, which the audit columns
    // refuse (ValueRules); outside strings JSON has no such character, so this is always an escape.
    json.replace(QChar(0x7F), QStringLiteral("\\u007f"));
    return json;
}

QString problemOf(const QString &action, const QString &entity, const QString &entityId, const QString &before,
                  const QString &after, const QString &reason)
{
    const std::array<std::tuple<const char *, const QString *, TextRule>, 6> fields = {
        {{"action", &action, ValueRules::singleLine},
         {"entity", &entity, ValueRules::singleLine},
         {"entity_id", &entityId, ValueRules::singleLine},
         {"before_json", &before, ValueRules::auditJson},
         {"after_json", &after, ValueRules::auditJson},
         {"reason", &reason, ValueRules::optionalReason}}};
    for (const auto &[name, value, rule] : fields) {
        if (QString problem = ValueRules::checkText(QString::fromLatin1(name), *value, rule); !problem.isEmpty())
            return problem;
    }
    return ValueRules::checkText(QStringLiteral("actor"), Database::currentActor(), ValueRules::singleLine);
}

} // namespace

Status AuditLog::append(const QString &action, const QString &entity, const QString &entityId,
                        const QJsonObject &before, const QJsonObject &after, const QString &reason)
{
    const QString beforeJson = toJson(before);
    const QString afterJson = toJson(after);
    if (const QString problem = problemOf(action, entity, entityId, beforeJson, afterJson, reason); !problem.isEmpty())
        return Status::failure(QCoreApplication::translate("AuditLog", "Cannot write the audit log: %1").arg(problem));
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
    query.addBindValue(beforeJson);
    query.addBindValue(afterJson);
    query.addBindValue(reason);
    if (!query.exec())
        return Status::failure(
            QCoreApplication::translate("AuditLog", "Cannot write the audit log: %1").arg(query.lastError().text()));
    return Done{};
}

Status AuditLog::setLogin(const QString &login, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Done{};
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE audit_log SET changed_by = ? WHERE changed_by = '' "
                                 "AND id IN (SELECT value FROM json_each(?))"));
    query.addBindValue(login);
    query.addBindValue(QString(u'[' + numbers.join(u',') + u']'));
    if (!query.exec())
        return Status::failure(QCoreApplication::translate("AuditLog", "Cannot record who wrote the audit rows: %1")
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
