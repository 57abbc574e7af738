#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace PartnerDesk {

class Database;

// The central uuid of a local row (docs/SYNC.md, "Rows" and "Local side"). SQLite keeps its
// integer ids; sync_ids maps (table, local id) to the uid and the central version this desktop's
// copy is based on. A uid is unique within its table only (migration 0014): an id a partner's
// login chose in one table can never name a row of another. Rows with a natural key get a name-based UUID (version 5)
// of it, so the same order, partner, coupon, program or transaction made on two desktops has the same uid; other rows
// get a random one (version 4). Uids are assigned lazily (the triggers only queue local ids) and, once assigned, never
// change: a renamed program keeps the uid of its first name.
class SyncIds final
{
    Q_DECLARE_TR_FUNCTIONS(SyncIds)

public:
    explicit SyncIds(Database &database);

    // The tables that sync, parents before children (the order a push sends new rows in).
    static const QStringList &syncedTables();
    static bool isSynced(const QString &table);
    // Namespace of the name-based uids (SYNC.md).
    static QUuid uidNamespace();
    // The name-based uid of a natural key such as "order:1001" (SYNC.md spells every key).
    static QUuid nameUid(const QString &naturalKey);
    // A program's host rows have no integer id: the uid of one host of a program.
    static QUuid hostUid(const QUuid &programUid, const QString &host);
    // The central id of a row a partner's login inserts with the id `sent`: the central database
    // never keeps a partner's own choice (resources/central/0003_trust.sql, partner_row_id), it
    // derives "TABLE:LOGIN:SENT", so no id a partner sends can be one another table or party uses.
    static QUuid partnerRowUid(const QString &table, const QString &login, const QUuid &sent);
    static QString text(const QUuid &uid) { return uid.toString(QUuid::WithoutBraces); }

    // The stored uid of a row, if it has one.
    std::optional<QUuid> uidOf(const QString &table, qint64 localId) const;
    // The stored version of a uid of `table` (0: never pushed nor pulled); nullopt when unknown.
    // A uid names a row of one table only: the same uid in another table is another row.
    std::optional<qint64> versionOf(const QString &table, const QUuid &uid) const;
    // Which local row of `table` a uid names; nullopt when unknown or the local row was deleted.
    std::optional<qint64> rowOf(const QString &table, const QUuid &uid) const;

    struct Mapping
    {
        QUuid uid;
        qint64 version = 0;
    };
    // The row's uid, assigned and stored now when it has none. Call inside a transaction.
    Result<QUuid> ensureUid(const QString &table, qint64 localId);
    // The lazy batch assignment: the uid and version of many rows of one table, assigning the
    // missing ones in a few statements. Rows that do not exist (any more) are left out. Call
    // inside a transaction.
    Result<QHash<qint64, Mapping>> ensureUids(const QString &table, const QList<qint64> &localIds);
    // For the pull: the local row `localId` of `table` is the central row `uid` at `version`.
    Status link(const QString &table, qint64 localId, const QUuid &uid, qint64 version);
    // For the push and the pull: the central version this desktop's copy of `uid` is now based on.
    Status setVersion(const QString &table, const QUuid &uid, qint64 version);
    struct Version
    {
        QString table;
        QUuid uid;
        qint64 version = 0;
    };
    // setVersion() of every row a push batch sent, in one statement (a batch is up to thousands of
    // rows); rows without a sync id are left alone.
    Status setVersions(const QList<Version> &versions);
    // A partner's new row sent under `sent` is known centrally under the id derived from it
    // (partnerRowUid): the local row's uid becomes that one.
    Status relink(const QString &table, const QUuid &sent, const QUuid &central);

    // Whether the last ensureUid() failed because the row does not exist.
    bool rowMissing() const { return m_rowMissing; }

private:
    // The natural key of each existing row ("" for a row without one, which gets a random uid).
    Result<QHash<qint64, QString>> naturalKeys(const QString &table, const QString &idsJson);

    QSqlDatabase &m_db;
    bool m_rowMissing = false;
};

} // namespace PartnerDesk
