#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

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

    // Opens (creating when missing) the file and migrates it to the latest schema version.
    Status open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    const QString &path() const { return m_path; }
    QSqlDatabase &connection() { return m_db; }

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
    Status migrate();

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
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
