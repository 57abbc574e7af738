#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace PartnerDesk {

class Database;

// Small sync settings kept in the books file (sync_state): this desktop's id and, per central
// database, the pull position (docs/SYNC.md, "Pull"). The position is written by ApplyScope in the
// transaction of the rows it applied.
class SyncState final
{
    Q_DECLARE_TR_FUNCTIONS(SyncState)

public:
    explicit SyncState(Database &database);
    explicit SyncState(QSqlDatabase &db);

    std::optional<QString> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

    // A random uuid made the first time it is asked for, then kept.
    Result<QString> desktopId();
    // Where the last pull from `centralId` (e.g. the central database's system identifier and
    // name) stopped; nullopt before the first pull.
    std::optional<QString> position(const QString &centralId) const;
    static QString positionKey(const QString &centralId);
    // The central transactions (xid8, as text) of this desktop's pushes to `centralId` that the
    // next pull need not read back: every row they wrote is here already, at its version.
    QStringList ownWrites(const QString &centralId) const;
    Status setOwnWrites(const QString &centralId, const QStringList &xids);

private:
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
