#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace PartnerDesk {

struct AuditEntry
{
    qint64 id = 0;
    QString at;
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QString before;
    QString after;
    QString reason;
    // The central login that wrote the row (the central database's word, pulled; "" until the row
    // has been there) and whether it has been sent or pulled (AuditLogQuery fills both).
    QString login{};
    bool synced = false;
};

// The append-only audit log. Writers call append() inside their own transaction, so the audit
// row and the change it records commit or roll back together.
class AuditLog final
{
public:
    explicit AuditLog(QSqlDatabase &db)
        : m_db(db)
    {}

    Status append(const QString &action, const QString &entity, const QString &entityId, const QJsonObject &before,
                  const QJsonObject &after, const QString &reason = {});
    // The central login that wrote the rows `ids` (the sync's push: its own rows are not read back),
    // for the rows that do not name one yet.
    Status setLogin(const QString &login, const QList<qint64> &ids);
    QList<AuditEntry> entries(const QString &entity = {}, const QString &entityId = {}, int limit = 1000) const;

private:
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
