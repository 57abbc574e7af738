#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace PartnerDesk {

// The local SQLite store: one named connection, WAL, foreign keys on, versioned migrations
// (resources/migrations/NNNN_name.sql) applied in order, each in one transaction.
// Connections belong to the thread that opened them; open one Database per thread.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

    Q_DISABLE_COPY_MOVE(Database)

public:
    Database();
    ~Database();

    // `done` of `total` steps of a migration; returns false to cancel it.
    using MigrationProgress = std::function<bool(qint64 done, qint64 total)>;

    // Opens (creating when missing) the file and migrates it to the latest schema version. Every
    // migration a file needs runs in one transaction: a failure (or `progress` returning false,
    // which also interrupts the statement running) rolls all of them back, leaving the file at
    // the version it had.
    Status open(const QString &path, const MigrationProgress &progress = {});
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    const QString &path() const { return m_path; }
    QSqlDatabase &connection() { return m_db; }
    // Interrupts the statement running on this connection (it fails as interrupted) once `stop`
    // returns true; asked every few thousand SQLite steps, on the connection's thread. Empty: never.
    void setInterruptCheck(std::function<bool()> stop);

    int schemaVersion() const;
    static int latestSchemaVersion();
    // The schema version of the file at `path` without opening it for work (no migration);
    // -1 when it cannot be read.
    static int schemaVersionOf(const QString &path);
    // Where the app keeps its database when --db is not given.
    static QString defaultPath();
    // The user name recorded as the actor in the audit log.
    static QString currentActor();

private:
    Status migrate(const MigrationProgress &progress);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    std::function<bool()> m_stop;
};

// RAII transaction: rolls back unless commit() succeeded. Opened while the SQLite connection is in
// a transaction already, it is a SAVEPOINT inside it: commit() releases it (the outer transaction
// still decides), a rollback undoes only what was written since. So a store that makes one thing
// through other stores (RequestStore: the request's decision and the assignment it makes) commits
// all of it or nothing.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    bool isActive() const { return m_active; }
    Status commit();
    void rollback();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    bool m_savepoint = false;
};

} // namespace PartnerDesk
