#include "import/orderimporter.h"
#include "store/affiliatestore.h"
#include "store/bulkindexes.h"
#include "store/database.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

// Every index of the ledger tables as the schema defines it: name and SQL.
QStringList ledgerIndexes(Database &database)
{
    QSqlQuery query(database.connection());
    QStringList indexes;
    if (!query.exec(u"SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' "
                    "AND tbl_name IN ('orders', 'transactions') ORDER BY name"_s))
        return {u"error"_s};
    while (query.next())
        indexes.append(query.value(0).toString());
    return indexes;
}

QString integrity(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
        return u"error"_s;
    return query.value(0).toString();
}

} // namespace

// A big orders file loads without the read-only indexes and builds them again in the same
// transaction: afterwards the schema is exactly as before and every index matches its table; a
// cancel or an error leaves the indexes as they were.
class TestBulkIndexes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void worthIt_data();
    void worthIt();
    void dropKeepsUniqueAndKeptIndexes();
    void bigImportRebuildsEveryIndex();
    void cancelledBigImportKeepsTheIndexes();

private:
    QString writeOrders(int rows);

    std::unique_ptr<StoreFixture> m_store;
    QString m_code;
};

void TestBulkIndexes::initTestCase()
{
    pinNow();
}

void TestBulkIndexes::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    Program program;
    program.name = u"Koongo Partner"_s;
    program.storeHosts = {u"koongo.com"_s};
    const Result<qint64> programId = ProgramStore(m_store->database).add(program);
    QVERIFY2(programId, qPrintable(programId.error()));
    const Result<Affiliate> partner =
        AffiliateStore(m_store->database).add(u"Jana"_s, u"jana@example.net"_s, u"JANA"_s);
    QVERIFY2(partner, qPrintable(partner.error()));
    m_code = partner->code;
    QVERIFY(ProgramStore(m_store->database).join(partner->id, *programId));
}

void TestBulkIndexes::cleanup()
{
    m_store.reset();
}

QString TestBulkIndexes::writeOrders(int rows)
{
    QByteArray content = ordersHeader.toUtf8() + '\n';
    for (int i = 0; i < rows; ++i) {
        OrderLine line;
        line.orderId = u"B-%1"_s.arg(i);
        line.placedAt = daysAgo(1 + i % 90);
        line.subtotal = u"%1.%2"_s.arg(10 + i % 300).arg(i % 100, 2, 10, QChar(u'0'));
        line.status = i % 5 == 0 ? u"pending"_s : u"complete"_s;
        if (i % 3 != 0) // two thirds came through the partner's link and earn commission
            line.landingUrl = u"https://koongo.com/pricing?utm_source=newsletter&acc="_s + m_code;
        if (i % 7 == 0)
            line.customerEmail = u"customer%1@example.com"_s.arg(i);
        content += line.toCsv().toUtf8() + '\n';
    }
    const QString path = m_store->path(u"orders.csv"_s);
    if (!writeFile(path, content))
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestBulkIndexes::worthIt_data()
{
    QTest::addColumn<qint64>("incoming");
    QTest::addColumn<qint64>("existing");
    QTest::addColumn<bool>("worthIt");
    QTest::addRow("small file, empty books") << qint64(1000) << qint64(0) << false;
    QTest::addRow("first load of a big history") << qint64(1000000) << qint64(0) << true;
    QTest::addRow("a full re-export") << qint64(1000000) << qint64(1000000) << true;
    QTest::addRow("a day's orders into a big store") << qint64(60000) << qint64(1000000) << false;
    QTest::addRow("a quarter of the books") << qint64(250000) << qint64(1000000) << true;
}

void TestBulkIndexes::worthIt()
{
    QFETCH(qint64, incoming);
    QFETCH(qint64, existing);
    QFETCH(bool, worthIt);
    QCOMPARE(BulkIndexes::worthIt(incoming, existing), worthIt);
}

void TestBulkIndexes::dropKeepsUniqueAndKeptIndexes()
{
    const QStringList before = ledgerIndexes(m_store->database);
    Transaction transaction(m_store->database.connection());
    BulkIndexes bulk(m_store->database.connection(), {u"orders"_s, u"transactions"_s}, {u"transactions_order"_s});
    QVERIFY(bulk.drop());
    const QStringList dropped = bulk.dropped();
    QVERIFY(dropped.contains(u"orders_placed_at"_s));
    QVERIFY(dropped.contains(u"transactions_browse_commission"_s));
    QVERIFY(!dropped.contains(u"transactions_order"_s));
    QVERIFY(!dropped.contains(u"transactions_live_per_order"_s)); // UNIQUE: it enforces a rule
    const QStringList during = ledgerIndexes(m_store->database);
    QCOMPARE(during.size(), before.size() - dropped.size());
    QVERIFY(bulk.rebuild());
    QCOMPARE(ledgerIndexes(m_store->database), before);
    transaction.rollback();
    QCOMPARE(ledgerIndexes(m_store->database), before);
}

void TestBulkIndexes::bigImportRebuildsEveryIndex()
{
    const QStringList before = ledgerIndexes(m_store->database);
    QVERIFY(before.size() > 10);
    const QString csv = writeOrders(60000); // ~7 MB: above the bulk threshold on empty books
    const ImportSummary summary = OrderImporter(m_store->database).importFile(csv);
    QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
    QCOMPARE(summary.imported, 60000);
    QCOMPARE(summary.newTransactions, 40000);
    QVERIFY(summary.bulkLoad);
    QCOMPARE(ledgerIndexes(m_store->database), before);
    QCOMPARE(integrity(m_store->database), u"ok"_s);
    // A day's orders into these books go in with the indexes in place.
    writeOrders(2000);
    const ImportSummary small = OrderImporter(m_store->database).importFile(m_store->path(u"orders.csv"_s));
    QCOMPARE(small.imported, 2000);
    QVERIFY(!small.bulkLoad);
    QCOMPARE(ledgerIndexes(m_store->database), before);
    // The indexes answer: the same counts through an index and through the table.
    QCOMPARE(scalar(m_store->database, u"SELECT count(*) FROM orders INDEXED BY orders_placed_at "
                                       "WHERE placed_at >= ''"_s),
             60000);
    QCOMPARE(scalar(m_store->database, u"SELECT count(*) FROM transactions INDEXED BY transactions_browse_status "
                                       "WHERE status = 'pending'"_s),
             scalar(m_store->database, u"SELECT count(*) FROM transactions NOT INDEXED WHERE status = 'pending'"_s));
}

void TestBulkIndexes::cancelledBigImportKeepsTheIndexes()
{
    const QStringList before = ledgerIndexes(m_store->database);
    const QList<qint64> counts = ledgerCounts(m_store->database);
    const QString csv = writeOrders(60000);
    OrderImporter importer(m_store->database);
    int calls = 0;
    importer.setProgressHandler([&calls](qint64, qint64) { return ++calls < 20; }); // cancel mid-file
    const ImportSummary summary = importer.importFile(csv);
    QVERIFY(summary.cancelled);
    QVERIFY(summary.bulkLoad);
    QCOMPARE(ledgerIndexes(m_store->database), before);
    QCOMPARE(ledgerCounts(m_store->database), counts);
    QCOMPARE(integrity(m_store->database), u"ok"_s);

    // Cancelled while the indexes are built again, after every row was read: the same.
    OrderImporter late(m_store->database);
    bool rowsDone = false;
    late.setProgressHandler([&rowsDone](qint64 done, qint64 total) {
        if (done == total) {
            if (rowsDone)
                return false; // the second report at the end: an index is being built
            rowsDone = true;
        }
        return true;
    });
    const ImportSummary lateSummary = late.importFile(csv);
    QVERIFY2(lateSummary.cancelled,
             qPrintable(u"%1 imported, error: %2"_s.arg(lateSummary.imported).arg(lateSummary.fatalError)));
    QCOMPARE(ledgerIndexes(m_store->database), before);
    QCOMPARE(ledgerCounts(m_store->database), counts);
}

QTEST_GUILESS_MAIN(TestBulkIndexes)
#include "tst_bulkindexes.moc"
