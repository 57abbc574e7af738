#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace PartnerDesk {

class Database;

// Programs, their store hosts and memberships. Every change writes the audit log in the same
// transaction.
class ProgramStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramStore)

public:
    explicit ProgramStore(Database &database);

    // Validates (name, ISO currency, at least one valid store host) and returns the new id.
    Result<qint64> add(const Program &program);
    Status update(const Program &program);
    Status setActive(qint64 programId, bool active);

    QList<Program> list() const;
    std::optional<Program> byId(qint64 id) const;
    std::optional<Program> byName(const QString &name) const;

    QList<Membership> members(qint64 programId) const;
    QList<Membership> membershipsOf(qint64 affiliateId) const;
    // Joins (or re-activates) a membership; the first active membership becomes the primary one.
    Status join(qint64 affiliateId, qint64 programId);
    Status leave(qint64 affiliateId, qint64 programId);
    Status setPrimary(qint64 affiliateId, qint64 programId);

    // Checks a program before it is saved; "" when valid. Normalises its store hosts in place.
    static QString validate(Program &program);

private:
    Status saveHosts(qint64 programId, const QStringList &hosts);
    QList<Program> query(const QString &where, const QVariantList &values) const;
    QList<Membership> queryMemberships(const QString &where, qint64 id) const;
    Status ensurePrimary(qint64 affiliateId);

    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
