#include "store/auditlog.h"
#include "store/database.h"
#include "storetestkit.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newFileIsMigrated();
    void reopeningIsANoOp();
    void journalModeIsWal();
    void foreignKeysAreEnforced();
    void createsMissingFolders();
    void garbageFileGivesAClearError_data();
    void garbageFileGivesAClearError();
    void newerSchemaIsRefused();
    void transactionRollsBackUnlessCommitted();
    void aTransactionInsideAnotherIsASavepoint();
    void auditLogAppendsAndReads();
    void auditLogIsAppendOnly_data();
    void auditLogIsAppendOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestDatabase::initTestCase()
{
    pinNow();
    qputenv("PARTNERDESK_ACTOR", "tester");
    QVERIFY(Database::latestSchemaVersion() >= 1);
}

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"store.sqlite"_s);
}

void TestDatabase::cleanup()
{
    m_dir.reset();
}

void TestDatabase::newFileIsMigrated()
{
    QVERIFY(!QFile::exists(m_path));
    Database db;
    const Status status = db.open(m_path);
    QVERIFY2(status, qPrintable(status.error()));
    QVERIFY(db.isOpen());
    QCOMPARE(db.path(), m_path);
    QVERIFY(QFile::exists(m_path));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    // Every table of the schema exists and is empty; the triggers are in place.
    for (const char *table : {"programs", "program_hosts", "affiliates", "memberships", "coupons", "banners", "domains",
                              "rewrites", "imports", "orders", "manual_assignments", "payouts", "payout_lines",
                              "transactions", "audit_log", "requests", "notices"})
        QCOMPARE(count(db, QString::fromLatin1(table)), 0);
    // The two append-only guards (the sync outbox adds its own insert trigger, 0009).
    QCOMPARE(
        count(db, u"sqlite_master"_s, u"type = 'trigger' AND tbl_name = 'audit_log' AND name LIKE 'audit_log_%'"_s), 2);
}

void TestDatabase::reopeningIsANoOp()
{
    qint64 schemaObjects = 0;
    {
        Database db;
        QVERIFY(db.open(m_path));
        schemaObjects = count(db, u"sqlite_master"_s);
        QVERIFY(schemaObjects > 10);
        QVERIFY(AuditLog(db.connection()).append(u"test.mark"_s, u"test"_s, u"1"_s, {}, {{u"k"_s, u"v"_s}}));
        QSqlQuery query(db.connection());
        QVERIFY2(query.exec(u"INSERT INTO imports (source, started_at) VALUES ('x.csv', '2026-01-01T00:00:00Z')"_s),
                 qPrintable(query.lastError().text()));
    }
    for (int round = 0; round < 2; ++round) {
        Database db;
        const Status status = db.open(m_path);
        QVERIFY2(status, qPrintable(status.error()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        // No migration ran again: same schema objects, and the data survived.
        QCOMPARE(count(db, u"sqlite_master"_s), schemaObjects);
        QCOMPARE(count(db, u"audit_log"_s), 1);
        QCOMPARE(count(db, u"imports"_s), 1);
    }
    // The same Database object can be reopened too.
    Database db;
    QVERIFY(db.open(m_path));
    QVERIFY(db.open(m_path));
    QCOMPARE(count(db, u"imports"_s), 1);
    db.close();
    QVERIFY(!db.isOpen());
}

void TestDatabase::journalModeIsWal()
{
    Database db;
    QVERIFY(db.open(m_path));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString().toLower(), u"wal"_s);
    // WAL is a property of the file: a second connection sees it too.
    Database other;
    QVERIFY(other.open(m_path));
    QSqlQuery otherQuery(other.connection());
    QVERIFY(otherQuery.exec(u"PRAGMA journal_mode"_s));
    QVERIFY(otherQuery.next());
    QCOMPARE(otherQuery.value(0).toString().toLower(), u"wal"_s);
}

void TestDatabase::foreignKeysAreEnforced()
{
    Database db;
    QVERIFY(db.open(m_path));
    QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s), 1);
    QSqlQuery query(db.connection());
    QVERIFY(!query.exec(u"INSERT INTO memberships (affiliate_id, program_id, joined_at) "
                        "VALUES (424242, 434343, '2026-01-01T00:00:00Z')"_s));
    QVERIFY2(query.lastError().text().contains(u"FOREIGN KEY"_s), qPrintable(query.lastError().text()));
    QCOMPARE(count(db, u"memberships"_s), 0);
}

void TestDatabase::createsMissingFolders()
{
    const QString nested = m_dir->filePath(u"a/b/c/store.sqlite"_s);
    Database db;
    const Status status = db.open(nested);
    QVERIFY2(status, qPrintable(status.error()));
    QVERIFY(QFile::exists(nested));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::garbageFileGivesAClearError_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "this is a shopping list, not a database\n";
    QTest::addRow("text") << text;
    QByteArray binary(8192, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919 + 13) % 251);
    QTest::addRow("binary") << binary;
    // A damaged SQLite header: the magic string is right, the rest is noise.
    QTest::addRow("damaged header") << QByteArray("SQLite format 3\0", 16) + binary;
}

void TestDatabase::garbageFileGivesAClearError()
{
    QFETCH(QByteArray, content);
    QVERIFY(writeFile(m_path, content));
    Database db;
    const Status status = db.open(m_path);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(m_path), qPrintable(status.error()));
    QVERIFY2(status.error().contains(u"not a database"_s) || status.error().contains(u"not a PartnerDesk database"_s),
             qPrintable(status.error()));
    // The file is left alone.
    QCOMPARE(readFile(m_path), content);
}

void TestDatabase::newerSchemaIsRefused()
{
    {
        Database db;
        QVERIFY(db.open(m_path));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 5)));
    }
    Database db;
    const Status status = db.open(m_path);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"newer PartnerDesk"_s), qPrintable(status.error()));
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    Database db;
    QVERIFY(db.open(m_path));
    const QString insert = u"INSERT INTO imports (source, started_at) VALUES ('x.csv', '2026-01-01T00:00:00Z')"_s;
    {
        Transaction transaction(db.connection());
        QVERIFY(transaction.isActive());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(insert));
        QCOMPARE(count(db, u"imports"_s), 1);
    }
    QCOMPARE(count(db, u"imports"_s), 0);
    {
        Transaction transaction(db.connection());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(insert));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.commit()); // nothing left to commit
    }
    QCOMPARE(count(db, u"imports"_s), 1);
}

// A store that calls other stores (RequestStore's approval: the request and the assignment it
// makes) commits all of it or nothing: an inner Transaction is a SAVEPOINT of the outer one.
void TestDatabase::aTransactionInsideAnotherIsASavepoint()
{
    Database db;
    QVERIFY(db.open(m_path));
    const auto insert = [&db](const QString &source) {
        QSqlQuery query(db.connection());
        query.prepare(u"INSERT INTO imports (source, started_at) VALUES (?, '2026-01-01T00:00:00Z')"_s);
        query.addBindValue(source);
        return query.exec();
    };
    {
        Transaction outer(db.connection());
        QVERIFY(insert(u"outer.csv"_s));
        {
            Transaction inner(db.connection());
            QVERIFY(inner.isActive());
            QVERIFY(insert(u"inner-dropped.csv"_s));
        } // rolled back to its savepoint only
        {
            Transaction inner(db.connection());
            QVERIFY(insert(u"inner-kept.csv"_s));
            QVERIFY(inner.commit());
            QVERIFY(!inner.isActive());
        }
        QCOMPARE(count(db, u"imports"_s), 2);
        QVERIFY(outer.commit());
    }
    QCOMPARE(count(db, u"imports"_s, u"source IN ('outer.csv', 'inner-kept.csv')"_s), 2);
    QCOMPARE(count(db, u"imports"_s), 2);
    {
        // A committed inner part goes when the outer one rolls back.
        Transaction outer(db.connection());
        Transaction inner(db.connection());
        QVERIFY(insert(u"gone.csv"_s));
        QVERIFY(inner.commit());
    }
    QCOMPARE(count(db, u"imports"_s), 2);
    // And the connection is out of any transaction again.
    Transaction next(db.connection());
    QVERIFY(next.isActive());
    QVERIFY(insert(u"next.csv"_s));
    QVERIFY(next.commit());
    QCOMPARE(count(db, u"imports"_s), 3);
}

void TestDatabase::auditLogAppendsAndReads()
{
    Database db;
    QVERIFY(db.open(m_path));
    AuditLog log(db.connection());
    QVERIFY(log.append(u"program.add"_s, u"program"_s, u"1"_s, {}, {{u"name"_s, u"Koongo"_s}}));
    QVERIFY(log.append(u"program.update"_s, u"program"_s, u"1"_s, {{u"name"_s, u"Koongo"_s}},
                       {{u"name"_s, u"Koongo Partner"_s}}, u"rename"_s));
    QVERIFY(log.append(u"affiliate.add"_s, u"affiliate"_s, u"7"_s, {}, {{u"code"_s, u"JANE"_s}}));

    const QList<AuditEntry> all = log.entries();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().action, u"affiliate.add"_s); // newest first
    const QList<AuditEntry> program = log.entries(u"program"_s, u"1"_s);
    QCOMPARE(program.size(), 2);
    const AuditEntry &update = program.first();
    QCOMPARE(update.action, u"program.update"_s);
    QCOMPARE(update.actor, u"tester"_s);
    QCOMPARE(update.at, QString::fromLatin1(pinnedNow));
    QCOMPARE(update.before, u"{\"name\":\"Koongo\"}"_s);
    QCOMPARE(update.after, u"{\"name\":\"Koongo Partner\"}"_s);
    QCOMPARE(update.reason, u"rename"_s);
    QCOMPARE(program.last().before, QString()); // an empty object is stored as ""
    QCOMPARE(log.entries(u"affiliate"_s).size(), 1);
    QCOMPARE(log.entries({}, {}, 2).size(), 2);
}

void TestDatabase::auditLogIsAppendOnly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::addRow("update one column") << u"UPDATE audit_log SET reason = 'forged' WHERE id = 1"_s
                                       << u"audit_log is append-only: rows cannot be updated"_s;
    QTest::addRow("update every row") << u"UPDATE audit_log SET actor = 'nobody'"_s
                                      << u"audit_log is append-only: rows cannot be updated"_s;
    QTest::addRow("delete one row") << u"DELETE FROM audit_log WHERE id = 1"_s
                                    << u"audit_log is append-only: rows cannot be deleted"_s;
    QTest::addRow("delete every row") << u"DELETE FROM audit_log"_s
                                      << u"audit_log is append-only: rows cannot be deleted"_s;
    QTest::addRow("replace a row") << u"INSERT OR REPLACE INTO audit_log (id, at, actor, action, entity, entity_id) "
                                      "VALUES (1, 'x', 'x', 'x', 'x', 'x')"_s
                                   << u"audit_log is append-only: rows cannot be deleted"_s;
}

void TestDatabase::auditLogIsAppendOnly()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    Database db;
    QVERIFY(db.open(m_path));
    AuditLog log(db.connection());
    QVERIFY(log.append(u"order.assign"_s, u"order"_s, u"O1"_s, {{u"affiliate"_s, u"A"_s}}, {{u"affiliate"_s, u"B"_s}},
                       u"customer called"_s));
    const AuditEntry before = log.entries().first();

    QSqlQuery query(db.connection());
    QVERIFY(!query.exec(sql));
    QVERIFY2(query.lastError().text().contains(message), qPrintable(query.lastError().text()));

    const QList<AuditEntry> after = log.entries();
    QCOMPARE(after.size(), 1);
    const AuditEntry &row = after.first();
    QCOMPARE(row.id, before.id);
    QCOMPARE(row.at, before.at);
    QCOMPARE(row.actor, before.actor);
    QCOMPARE(row.action, before.action);
    QCOMPARE(row.entity, before.entity);
    QCOMPARE(row.entityId, before.entityId);
    QCOMPARE(row.before, before.before);
    QCOMPARE(row.after, before.after);
    QCOMPARE(row.reason, u"customer called"_s);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
