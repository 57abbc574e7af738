#include "import/orderimporter.h"
#include "store/affiliatestore.h"
#include "store/databaseopener.h"
#include "store/ledgerstore.h"
#include "store/programstore.h"
#include "store/syncrole.h"
#include "storetestkit.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

// models/sync/databaseopener.h: what opening a book decides before a window shows it, on real
// SQLite files.
class TestDatabaseOpener final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void olderFileIsMigratedFirst();
    void cancelledMigrationLeavesTheFileAsItWas();
    void managersBookOpensWithoutPartner();
    void partnerCodeChoosesHisView_data();
    void partnerCodeChoosesHisView();
    void partnerDesktopOpensAsHis();
    void dueCommissionIsApprovedOnce();
    void partnerDesktopApprovesNothing();

private:
    // Koongo Partner (20 %, threshold 50.00 EUR) with ANNA and BEN.
    void addBooks(Database &database);
    // An order of ANNA's worth 60.00 EUR commission, placed 10 days ago: pending for 20 more days.
    void importHeldOrder(Database &database);
    QString pathOf(const char16_t *name) const { return m_store->path(QString::fromUtf16(name)); }

    std::unique_ptr<StoreFixture> m_store;
};

void TestDatabaseOpener::initTestCase()
{
    pinNow();
}

void TestDatabaseOpener::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
}

void TestDatabaseOpener::addBooks(Database &database)
{
    Program program;
    program.name = u"Koongo Partner"_s;
    program.currency = u"EUR"_s;
    program.linkRate = Rate::fromBasisPoints(2000);
    program.thresholdMinor = 5000;
    program.storeHosts = {u"koongo.com"_s};
    const Result<qint64> id = ProgramStore(database).add(program);
    QVERIFY2(id, qPrintable(id.error()));
    for (const QString &code : {u"ANNA"_s, u"BEN"_s}) {
        const Result<Affiliate> partner =
            AffiliateStore(database).add(code + u" Name"_s, code.toLower() + u"@example.com"_s, code);
        QVERIFY2(partner, qPrintable(partner.error()));
        QVERIFY(ProgramStore(database).join(partner->id, *id));
    }
}

void TestDatabaseOpener::importHeldOrder(Database &database)
{
    OrderLine order;
    order.orderId = u"H1"_s;
    order.placedAt = daysAgo(10);
    order.subtotal = u"300.00"_s;
    order.landingUrl = u"https://koongo.com/pricing?acc=ANNA"_s;
    const QString csv = m_store->path(u"orders.csv"_s);
    QVERIFY(writeFile(csv, ordersCsv({order})));
    QCOMPARE(OrderImporter(database).importFile(csv).imported, 1);
    QCOMPARE(count(database, u"transactions"_s, u"status = 'pending'"_s), 1);
}

void TestDatabaseOpener::olderFileIsMigratedFirst()
{
    QVERIFY(!DatabaseOpener::needsMigration(pathOf(u"missing.sqlite"))); // created, not migrated
    QVERIFY(!DatabaseOpener::needsMigration(m_store->database.path()));  // already the latest
    // An empty file is an SQLite database of schema version 0.
    const QString old = pathOf(u"old.sqlite");
    QVERIFY(writeFile(old, {}));
    QVERIFY(DatabaseOpener::needsMigration(old));
    const Status migrated = DatabaseOpener::migrate(old);
    QVERIFY2(migrated, qPrintable(migrated.error()));
    QVERIFY(!DatabaseOpener::needsMigration(old));
    QCOMPARE(Database::schemaVersionOf(old), Database::latestSchemaVersion());
}

// Issue #16: the update of a big book may be cancelled, at any point of any statement, and the
// file is then as it was: its old version, its rows. A file of schema 17 with books in it: a
// latest one whose transactions lack the column `hold` again (renamed away), so that migration 18
// rebuilds that table, its indexes and triggers as it does for a book from before it.
void TestDatabaseOpener::cancelledMigrationLeavesTheFileAsItWas()
{
    addBooks(m_store->database);
    importHeldOrder(m_store->database);
    const QString path = m_store->database.path();
    const auto scalar = [](Database &database, const QString &sql) {
        QSqlQuery query(database.connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : u"(failed: %1)"_s.arg(sql);
    };
    const QString hasHold = u"SELECT count(*) FROM pragma_table_info('transactions') WHERE name = 'hold'"_s;
    const QString ledger = u"SELECT group_concat(order_id || ':' || status || ':' || commission_minor, ',') FROM "
                           "(SELECT * FROM transactions ORDER BY id)"_s;
    const QString indexes = u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transactions'"_s;
    {
        QSqlQuery query(m_store->database.connection());
        for (const QString &statement :
             {u"ALTER TABLE transactions RENAME COLUMN hold TO hold_before"_s, u"PRAGMA user_version = 17"_s}) {
            QVERIFY2(query.exec(statement), qPrintable(statement + u": "_s + query.lastError().text()));
        }
    }
    const QString ledgerBefore = scalar(m_store->database, ledger);
    const QString indexesBefore = scalar(m_store->database, indexes);
    QVERIFY(ledgerBefore.startsWith(u"H1:pending:6000"_s));
    m_store->database.close();
    QCOMPARE(Database::schemaVersionOf(path), 17);
    QVERIFY(DatabaseOpener::needsMigration(path));

    // Cancelled at the 1st, 2nd, ... question (between statements, or inside one through the
    // interrupt check), until the migration finishes before it is asked that often.
    int calls = 0;
    int insideStatements = 0; // asked again with the same count done: from inside a statement
    for (int cancelAt = 1;; ++cancelAt) {
        calls = 0;
        insideStatements = 0;
        qint64 last = -1;
        const Status migrated =
            DatabaseOpener::migrate(path, [&calls, &insideStatements, &last, cancelAt](qint64 done, qint64 total) {
                Q_ASSERT(done >= 0 && done <= total);
                insideStatements += done == last && done < total ? 1 : 0; // not the last word
                last = done;
                return ++calls < cancelAt;
            });
        if (migrated)
            break; // asked fewer than cancelAt times: it went through
        QVERIFY2(migrated.error().contains(u"cancelled"_s), qPrintable(migrated.error()));
        QCOMPARE(Database::schemaVersionOf(path), 17);
        QVERIFY(QFile::exists(path));
        // Reading it as it is (without migrating: a connection of its own).
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(hasHold) && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            QVERIFY(query.exec(ledger) && query.next());
            QCOMPARE(query.value(0).toString(), ledgerBefore);
            QVERIFY(query.exec(indexes) && query.next());
            QCOMPARE(query.value(0).toString(), indexesBefore);
            QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'transactions_rebuilt'"_s) &&
                    query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"ok"_s);
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    }
    QVERIFY2(calls > 2, "the migration asks more than twice whether to go on");
    QVERIFY2(insideStatements > 0, "a statement that runs long asks too (and is interrupted when cancelled)");
    qInfo("cancelled at each of %d points, %d of them inside a statement", calls - 1, insideStatements);

    // Not cancelled, it went through: the latest version, the same books.
    QCOMPARE(Database::schemaVersionOf(path), Database::latestSchemaVersion());
    Database reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(scalar(reopened, hasHold), u"1"_s);
    QCOMPARE(scalar(reopened, ledger), ledgerBefore);
}

void TestDatabaseOpener::managersBookOpensWithoutPartner()
{
    addBooks(m_store->database);
    DatabaseOpener opener;
    const Status opened = opener.open(m_store->database.path());
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(!opener.partner());
    QVERIFY(!opener.isPartnerDesktop());
    std::unique_ptr<Database> database = opener.takeDatabase();
    QVERIFY(database && database->isOpen());
    QCOMPARE(count(*database, u"affiliates"_s), 2);
}

void TestDatabaseOpener::partnerCodeChoosesHisView_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name"); // "" when the open fails
    QTest::addColumn<QString>("error");
    QTest::addRow("his code") << u"BEN"_s << u"BEN Name"_s << QString();
    QTest::addRow("nobody's code") << u"NOBODY"_s << QString() << u"No partner has the code NOBODY in "_s;
}

void TestDatabaseOpener::partnerCodeChoosesHisView()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, error);
    addBooks(m_store->database);
    DatabaseOpener opener;
    const Status opened = opener.open(m_store->database.path(), code);
    if (name.isEmpty()) {
        QVERIFY(!opened);
        QVERIFY2(opened.error().startsWith(error), qPrintable(opened.error()));
        QVERIFY(!opener.takeDatabase());
        return;
    }
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(opener.partner());
    QCOMPARE(opener.partner()->name, name);
    QVERIFY(opener.partner()->id != 0);
    QVERIFY(!opener.isPartnerDesktop()); // the manager's file, shown as one partner sees it
}

void TestDatabaseOpener::partnerDesktopOpensAsHis()
{
    // A new file whose first sync ran under ANNA's login, before it brought her partner row.
    Database desktop;
    QVERIFY(desktop.open(pathOf(u"desktop.sqlite")));
    QVERIFY(SyncRole::claim(desktop, SyncRole::partner(u"ANNA"_s)));

    DatabaseOpener opener;
    Status opened = opener.open(desktop.path());
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(opener.isPartnerDesktop());
    QVERIFY(opener.partner());
    QCOMPARE(opener.partner()->code, u"ANNA"_s);
    QCOMPARE(opener.partner()->id, qint64(0)); // her empty view until the row arrives
    QVERIFY(!DatabaseOpener::shouldReopenAsPartner(desktop, opener.partner()));

    opened = opener.open(desktop.path(), u"ben"_s);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"is the desktop of partner ANNA; it does not open as partner ben"_s),
             qPrintable(opened.error()));
    QVERIFY(opener.open(desktop.path(), u"anna"_s)); // her own code, in any case

    // The next sync brings her row: the window opens the file again, as hers.
    const std::optional<Affiliate> placeholder = opener.partner();
    QVERIFY(AffiliateStore(desktop).add(u"Anna"_s, u"anna@example.com"_s, u"ANNA"_s));
    QVERIFY(DatabaseOpener::shouldReopenAsPartner(desktop, placeholder));
    QVERIFY(opener.open(desktop.path()));
    QCOMPARE(opener.partner()->name, u"Anna"_s);
    QVERIFY(!DatabaseOpener::shouldReopenAsPartner(desktop, opener.partner()));
    // A manager's file is never reopened as anybody's.
    addBooks(m_store->database);
    QVERIFY(!DatabaseOpener::shouldReopenAsPartner(m_store->database, std::nullopt));
}

void TestDatabaseOpener::dueCommissionIsApprovedOnce()
{
    addBooks(m_store->database);
    importHeldOrder(m_store->database);
    DatabaseOpener opener;
    QVERIFY(opener.open(m_store->database.path()));

    opener.approveDueCommission(now()); // the 30-day hold has not passed
    QCOMPARE(opener.approvedCount(), 0);
    QVERIFY(opener.newlyDue().isEmpty());

    const qint64 holdPassed = now() + 20 * Timestamp::secondsPerDay;
    opener.approveDueCommission(holdPassed);
    QVERIFY2(opener.approvalError().isEmpty(), qPrintable(opener.approvalError()));
    QCOMPARE(opener.approvedCount(), 1);
    QCOMPARE(opener.newlyDue().size(), 1);
    QCOMPARE(opener.newlyDue().first().name, u"ANNA Name"_s);
    QCOMPARE(opener.newlyDue().first().balanceMinor, qint64(6000));
    QCOMPARE(count(m_store->database, u"transactions"_s, u"status = 'approved'"_s), 1);

    // The next open finds nothing new.
    DatabaseOpener again;
    QVERIFY(again.open(m_store->database.path()));
    again.approveDueCommission(holdPassed);
    QCOMPARE(again.approvedCount(), 0);
    QVERIFY(again.newlyDue().isEmpty());
}

void TestDatabaseOpener::partnerDesktopApprovesNothing()
{
    QVERIFY(SyncRole::claim(m_store->database, SyncRole::partner(u"ANNA"_s)));
    addBooks(m_store->database);
    importHeldOrder(m_store->database);
    DatabaseOpener opener;
    QVERIFY(opener.open(m_store->database.path()));
    QVERIFY(opener.isPartnerDesktop());
    opener.approveDueCommission(now() + 20 * Timestamp::secondsPerDay);
    QCOMPARE(opener.approvedCount(), 0);
    QCOMPARE(count(m_store->database, u"transactions"_s, u"status = 'pending'"_s), 1);
}

QTEST_GUILESS_MAIN(TestDatabaseOpener)
#include "tst_databaseopener.moc"
