#include "database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <sqlite3.h>

namespace PartnerDesk {

namespace {

// The SQLite handle under a QSQLITE connection; null for anything else or when closed.
sqlite3 *nativeHandle(QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    QDirIterator it(QStringLiteral(":/migrations"), {QStringLiteral("*.sql")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        bool ok = false;
        const int version = QFileInfo(path).fileName().section(u'_', 0, 0).toInt(&ok);
        if (ok && version > 0)
            files.insert(version, path);
    }
    return files;
}

// A migration's directive line: "-- migrate: unless column TABLE.COLUMN" starts a block that is
// skipped when TABLE already has COLUMN, "-- migrate: end" ends it. A table rebuild (0018) uses it
// so that the migration can run again on a schema that has it without losing the new columns.
constexpr QStringView directivePrefix = u"-- migrate:";

// Splits a migration into statements at ';' line ends, keeping trigger bodies (BEGIN ... END;)
// whole. Directive lines come through as statements of their own.
QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    for (const QString &rawLine : sql.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(directivePrefix) && current.trimmed().isEmpty()) {
            statements.append(line);
            continue;
        }
        if (line.startsWith(QStringLiteral("--")) || line.isEmpty())
            continue;
        current += rawLine + u'\n';
        if (line.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends = line.endsWith(u';');
        if (ends && (!inTrigger || line.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0)) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

// SQLite has no ADD COLUMN IF NOT EXISTS: a migration's "ALTER TABLE t ADD COLUMN c ..." is
// skipped when t has c already, so a migration can run again on a schema that has it, like the
// ones whose statements say IF NOT EXISTS (tst_outbox runs 0009 onwards twice).
bool addsAnExistingColumn(QSqlDatabase &db, const QString &statement)
{
    static const QRegularExpression addColumn(QStringLiteral("^ALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+COLUMN\\s+(\\w+)"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = addColumn.match(statement);
    if (!match.hasMatch())
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"));
    query.addBindValue(match.captured(1));
    query.addBindValue(match.captured(2));
    return query.exec() && query.next();
}

// Whether a directive says to skip the statements up to its "end" (see directivePrefix).
Result<bool> skipsBlock(QSqlDatabase &db, QStringView directive)
{
    const QStringView body = directive.mid(directivePrefix.size()).trimmed();
    if (body == u"end")
        return false;
    static const QRegularExpression unlessColumn(QStringLiteral("^unless column (\\w+)\\.(\\w+)$"));
    const QRegularExpressionMatch match = unlessColumn.match(body.toString());
    if (!match.hasMatch())
        return Result<bool>::failure(Database::tr("Unknown migration directive: %1").arg(directive));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"));
    query.addBindValue(match.captured(1));
    query.addBindValue(match.captured(2));
    return query.exec() && query.next();
}

} // namespace

Database::Database()
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("partnerdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Status Database::open(const QString &path, const MigrationProgress &progress)
{
    close();
    m_path = path;
    if (path != u":memory:") {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return Status::failure(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return Status::failure(tr("Cannot open the database %1: %2").arg(path, m_db.lastError().text()));

    QSqlQuery pragma(m_db);
    // recursive_triggers makes SQLite fire delete triggers for rows that INSERT OR REPLACE removes,
    // so the audit log's append-only trigger cannot be side-stepped that way.
    for (const char *statement : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                  "PRAGMA synchronous = NORMAL", "PRAGMA recursive_triggers = ON",
                                  // Up to 64 MB of page cache: a million-row import keeps its indexes in memory.
                                  "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY"}) {
        if (!pragma.exec(QString::fromLatin1(statement)))
            return Status::failure(tr("Cannot set up the database %1: %2").arg(path, pragma.lastError().text()));
    }
    // A file that is not SQLite fails on the first real read, so check now with a clear message.
    if (!pragma.exec(QStringLiteral("PRAGMA user_version")) || !pragma.next())
        return Status::failure(tr("%1 is not a PartnerDesk database: %2").arg(path, pragma.lastError().text()));
    // A statement still open would lock the schema against a migration's DROP.
    pragma.finish();
    return migrate(progress);
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int Database::schemaVersionOf(const QString &path)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("partnerdesk-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

Status Database::migrate(const MigrationProgress &progress)
{
    const int current = schemaVersion();
    const auto files = migrationFiles();
    if (current > latestSchemaVersion()) {
        return Status::failure(tr("%1 was written by a newer PartnerDesk (schema %2; this one knows %3).")
                                   .arg(m_path)
                                   .arg(current)
                                   .arg(latestSchemaVersion()));
    }
    struct Pending
    {
        int version;
        QString file;
        QStringList statements;
    };
    QList<Pending> pending;
    qint64 total = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() <= current)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(tr("Cannot read migration %1.").arg(it.value()));
        pending.append({it.key(), it.value(), splitStatements(QString::fromUtf8(file.readAll()))});
        total += pending.constLast().statements.size();
    }
    if (pending.isEmpty())
        return Done{};

    // All of them or none (issue #16): a cancelled or failed update leaves the file as it was.
    // Each migration's own transaction is a savepoint inside this one.
    Transaction all(m_db);
    if (!all.isActive())
        return Status::failure(tr("Cannot update %1: %2").arg(m_path, m_db.lastError().text()));
    qint64 done = 0;
    bool cancelled = false;
    if (progress) {
        if (!progress(0, total))
            return Status::failure(tr("The update of %1 was cancelled; the file is unchanged.").arg(m_path));
        // A statement that rewrites a big table runs for seconds: a cancel interrupts it.
        setInterruptCheck([&progress, &done, &total, &cancelled] {
            if (!cancelled && !progress(done, total))
                cancelled = true;
            return cancelled;
        });
    }
    const auto stopChecking = qScopeGuard([this] { setInterruptCheck({}); });
    const auto failed = [this, &cancelled](const QString &error) {
        return Status::failure(cancelled ? tr("The update of %1 was cancelled; the file is unchanged.").arg(m_path)
                                         : error);
    };
    for (const Pending &migration : std::as_const(pending)) {
        Transaction transaction(m_db);
        QSqlQuery query(m_db);
        bool skipping = false;
        for (const QString &statement : migration.statements) {
            ++done;
            if (statement.startsWith(directivePrefix)) {
                const Result<bool> skips = skipsBlock(m_db, statement);
                if (!skips)
                    return failed(skips.error());
                skipping = *skips;
                continue;
            }
            if (skipping || addsAnExistingColumn(m_db, statement))
                continue;
            if (!query.exec(statement)) {
                return failed(tr("Migration %1 failed: %2\n%3")
                                  .arg(QFileInfo(migration.file).fileName(), query.lastError().text(), statement));
            }
            if (progress && !cancelled && !progress(done, total))
                cancelled = true;
            if (cancelled)
                return failed({});
        }
        // PRAGMA does not take bound values; the version is an integer we computed.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
            return failed(
                tr("Cannot record schema version %1: %2").arg(migration.version).arg(query.lastError().text()));
        if (auto status = transaction.commit(); !status)
            return failed(status.error());
    }
    // The last word before the commit, which nothing interrupts.
    if (progress && !cancelled && !progress(total, total))
        cancelled = true;
    if (cancelled)
        return failed({});
    setInterruptCheck({});
    return all.commit();
}

void Database::setInterruptCheck(std::function<bool()> stop)
{
    m_stop = std::move(stop);
    sqlite3 *native = nativeHandle(m_db);
    if (!native)
        return;
    if (!m_stop) {
        sqlite3_progress_handler(native, 0, nullptr, nullptr);
        return;
    }
    constexpr int steps = 4000; // virtual machine steps between two asks: well under a millisecond
    sqlite3_progress_handler(
        native, steps, [](void *self) { return static_cast<Database *>(self)->m_stop() ? 1 : 0; }, this);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/partnerdesk.sqlite");
}

QString Database::currentActor()
{
    QString actor = qEnvironmentVariable("PARTNERDESK_ACTOR");
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USER");
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USERNAME");
    return actor.isEmpty() ? QStringLiteral("unknown") : actor;
}

namespace {

// Whether `db` is an SQLite connection inside a transaction (BEGIN would fail there).
bool insideSqliteTransaction(QSqlDatabase &db)
{
    sqlite3 *native = nativeHandle(db);
    return native && sqlite3_get_autocommit(native) == 0;
}

} // namespace

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    if (insideSqliteTransaction(m_db)) {
        QSqlQuery query(m_db);
        m_savepoint = query.exec(QStringLiteral("SAVEPOINT pd_nested"));
        m_active = m_savepoint;
        return;
    }
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(
            QCoreApplication::translate("Database", "No transaction is open: %1").arg(m_db.lastError().text()));
    if (m_savepoint) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("RELEASE SAVEPOINT pd_nested"))) {
            const QString error = query.lastError().text();
            rollback();
            return Status::failure(QCoreApplication::translate("Database", "Cannot save: %1").arg(error));
        }
        m_active = false;
        return Done{};
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        rollback();
        return Status::failure(QCoreApplication::translate("Database", "Cannot save: %1").arg(error));
    }
    m_active = false;
    return Done{};
}

void Transaction::rollback()
{
    if (m_active && m_savepoint) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT pd_nested"));
        query.exec(QStringLiteral("RELEASE SAVEPOINT pd_nested"));
        m_active = false;
        return;
    }
    if (m_active) {
        m_db.rollback();
        m_active = false;
    }
}

} // namespace PartnerDesk
