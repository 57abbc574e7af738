#pragma once

#include "core/result.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace PartnerDesk {

// The transaction in which a pull applies rows from the central database (docs/SYNC.md, "Pull").
// While it is open the outbox triggers queue nothing (the rows came from the central database),
// and the pull position is stored in the same transaction as the rows, so a crash or an error
// leaves neither. Destroyed without commit() it rolls everything back.
//
//     ApplyScope scope(database);
//     ... write the pulled rows, SyncIds::link / setVersion ...
//     scope.setPosition(centralId, newPosition);
//     scope.commit();
class ApplyScope final
{
    Q_DECLARE_TR_FUNCTIONS(ApplyScope)
    Q_DISABLE_COPY_MOVE(ApplyScope)

public:
    explicit ApplyScope(Database &database);
    ~ApplyScope();

    // False when the transaction or the flag could not be set up (see error()).
    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }

    // The pull position reached with the rows of this scope, saved when they are.
    // Foreign keys checked at commit(), not per statement: rows arrive table by table and a row may
    // refer to one applied later in the same scope.
    Status deferForeignKeys();
    Status setPosition(const QString &centralId, const QString &position);
    // Clears the flag and commits rows, sync ids and position together.
    Status commit();

private:
    QSqlDatabase &m_db;
    std::optional<Transaction> m_transaction;
    bool m_active = false;
    QString m_error;
};

} // namespace PartnerDesk
