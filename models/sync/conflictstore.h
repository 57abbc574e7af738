#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace PartnerDesk {

class Database;

// One open conflict: a row changed here and centrally since this desktop's copy (docs/SYNC.md).
struct SyncConflict
{
    qint64 id = 0;
    QString table;
    QUuid uid;
    QJsonObject local;   // empty: deleted here
    QJsonObject central; // "deleted": true for a central tombstone
    qint64 centralVersion = 0;
    QString detectedAt;
    // A business-key clash: the local row holds the central row's key under this uid of its own
    // (null for a conflict of one row changed on both sides).
    QUuid localUid;

    bool isKeyClash() const { return !localUid.isNull(); }
};

// The conflicts the sync keeps for the manager (sync_conflicts, migration 0010): nothing is
// overwritten until he chooses. keepMine pushes the local row on top of the central version at the
// next sync; takeTheirs applies the central row here and drops the queued change. Both are audited
// (the audit row syncs like any other).
class ConflictStore final
{
    Q_DECLARE_TR_FUNCTIONS(ConflictStore)
    Q_DISABLE_COPY_MOVE(ConflictStore)

public:
    explicit ConflictStore(Database &database);

    QList<SyncConflict> list() const;
    // The local row a uid of `table` names, in words for the Conflicts dialog ("JANE (Jane Doe)",
    // a program's name, a website, "order 1001"); empty when this desktop does not have it.
    QString describeRow(const QString &table, const QString &uid) const;
    qint64 openCount() const;

    // Keeps (or refreshes) the open conflict of `uid`. Call inside the caller's transaction. True
    // when the conflict is new (not the one already open at this central version). `localUid`: a
    // key clash, the local row's own uid (`uid` is the central row's); a refresh without local
    // values (the pull, which does not know the local row) keeps the clash's local values.
    Result<bool> record(const QString &table, const QUuid &uid, const QJsonObject &local, const QJsonObject &central,
                        qint64 centralVersion, const QUuid &localUid = {});

    // Drops the central uid's mapping to a local row of a waiting key clash (see record()) whose
    // local row was deleted since, so no pulled row attaches to a row that is gone, and takes the
    // central row for that clash (nothing is left to choose; audited as Take Theirs), so the rows
    // that refer to it can be pulled. The push and the pull call it first.
    Status forgetDeletedClashRows();
    // The local uids of the waiting key clashes whose local row never reached the central
    // database: the push holds back the rows that refer to them.
    Result<QSet<QUuid>> unsentClashRows() const;

    Status keepMine(qint64 conflictId);
    Status takeTheirs(qint64 conflictId);

private:
    std::optional<SyncConflict> find(qint64 conflictId) const;
    Status resolve(qint64 conflictId, const QString &how);
    // A key clash resolved: the local row becomes the central row `conflict.uid` at `version`; a
    // local uid that had reached the central database is tombstoned there. Its children are queued.
    Status remapClash(const SyncConflict &conflict, std::optional<qint64> localId, qint64 version);
    Status queueChildren(const QString &table, qint64 localId, int depth = 0);

    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
