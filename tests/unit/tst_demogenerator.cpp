#include "import/demogenerator.h"
#include "store/ledgerstore.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

DemoGenerator::Options smallOptions()
{
    DemoGenerator::Options options;
    options.affiliates = 200;
    options.orders = 2000;
    return options;
}

const char *const allTables[] = {
    "programs", "program_hosts", "affiliates", "memberships",        "coupons", "banners",      "domains",
    "rewrites", "imports",       "orders",     "manual_assignments", "payouts", "payout_lines", "transactions",
    "audit_log"};

QString transactionsCsv(Database &database)
{
    QString csv;
    QTextStream out(&csv);
    if (!LedgerStore(database).writeTransactionsCsv(out))
        return {};
    out.flush();
    return csv;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fillsASmallSample();
    void transactionsFollowTheRules();
    void secondFillRefuses();
    void cancelledFillLeavesTheDatabaseEmpty_data();
    void cancelledFillLeavesTheDatabaseEmpty();
    void sameSeedSameData();

private:
    std::unique_ptr<StoreFixture> m_store;
};

void TestDemoGenerator::initTestCase()
{
    pinNow();
}

void TestDemoGenerator::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
}

void TestDemoGenerator::cleanup()
{
    m_store.reset();
}

void TestDemoGenerator::fillsASmallSample()
{
    QList<std::pair<qint64, qint64>> progress;
    const Status status =
        DemoGenerator::fill(m_store->database, smallOptions(), [&progress](qint64 done, qint64 total) {
            progress.append({done, total});
            return true;
        });
    QVERIFY2(status, qPrintable(status.error()));

    Database &db = m_store->database;
    QCOMPARE(count(db, u"programs"_s), 3);
    const QList<Program> programs = ProgramStore(db).list();
    QStringList names;
    for (const Program &p : programs)
        names.append(p.name + u' ' + p.currency);
    QCOMPARE(names, (QStringList{u"Koongo Agency USD"_s, u"Koongo Japan JPY"_s, u"Koongo Partner EUR"_s}));
    QCOMPARE(count(db, u"affiliates"_s), 200);
    QCOMPARE(count(db, u"memberships"_s, u"is_primary = 1"_s), 200); // everyone has exactly one primary
    QCOMPARE(count(db, u"banners"_s), 9);
    QVERIFY(count(db, u"coupons"_s) > 0);
    QVERIFY(count(db, u"domains"_s, u"verified = 1"_s) > 0);
    QVERIFY(count(db, u"rewrites"_s) > 0);
    QCOMPARE(count(db, u"orders"_s), 2000);
    QCOMPARE(count(db, u"imports"_s, u"source = 'demo'"_s), 1);
    QCOMPARE(count(db, u"audit_log"_s, u"action = 'demo.fill'"_s), 1);

    // Transactions of several kinds, in all three currencies, at most one live one per order.
    for (const char *kind : {"coupon", "link", "rewrite", "direct"})
        QVERIFY2(count(db, u"transactions"_s, u"kind = '%1'"_s.arg(QLatin1StringView(kind))) > 0, kind);
    QCOMPARE(count(db, u"transactions"_s, u"kind IN ('manual', 'reversal')"_s), 0);
    QCOMPARE(scalar(db, u"SELECT count(DISTINCT currency) FROM transactions"_s), 3);
    QCOMPARE(scalar(db, u"SELECT count(DISTINCT status) FROM transactions"_s), 3); // pending, approved, cancelled
    QCOMPARE(scalar(db, u"SELECT count(*) FROM (SELECT order_id FROM transactions GROUP BY order_id "
                        "HAVING count(*) > 1)"_s),
             0);
    const qint64 attributed = count(db, u"transactions"_s);
    QVERIFY2(attributed > 1000 && attributed < 2000, qPrintable(QString::number(attributed)));
    QVERIFY(count(db, u"transactions"_s, u"self_referral = 1 AND commission_minor <> 0"_s) == 0);

    // Progress runs from 0 to the number of orders.
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.first(), (std::pair<qint64, qint64>{0, 2000}));
    QCOMPARE(progress.last(), (std::pair<qint64, qint64>{2000, 2000}));
}

void TestDemoGenerator::transactionsFollowTheRules()
{
    QVERIFY(DemoGenerator::fill(m_store->database, smallOptions()));
    // The demo goes through the real attribution: explaining a sample of orders gives back
    // exactly the transaction that was written.
    LedgerStore ledger(m_store->database);
    QSqlQuery query(m_store->database.connection());
    QVERIFY(query.exec(u"SELECT o.order_id, coalesce(t.kind, 'unattributed'), coalesce(a.code, '') FROM orders o "
                       "LEFT JOIN transactions t ON t.order_id = o.order_id "
                       "LEFT JOIN affiliates a ON a.id = t.affiliate_id WHERE o.id % 37 = 0"_s));
    int checked = 0;
    while (query.next()) {
        const QString orderId = query.value(0).toString();
        const Result<Explanation> why = ledger.explain(orderId);
        QVERIFY2(why, qPrintable(why.error()));
        QCOMPARE(AttributionEngine::ruleName(why->attribution.rule), query.value(1).toString());
        QCOMPARE(why->affiliateCode, query.value(2).toString());
        ++checked;
    }
    QVERIFY(checked >= 50);
}

void TestDemoGenerator::secondFillRefuses()
{
    QVERIFY(DemoGenerator::fill(m_store->database, smallOptions()));
    QList<qint64> before;
    for (const char *table : allTables)
        before.append(count(m_store->database, QString::fromLatin1(table)));

    const Status again = DemoGenerator::fill(m_store->database, smallOptions());
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"already has programs"_s), qPrintable(again.error()));
    QList<qint64> after;
    for (const char *table : allTables)
        after.append(count(m_store->database, QString::fromLatin1(table)));
    QCOMPARE(after, before);
}

void TestDemoGenerator::cancelledFillLeavesTheDatabaseEmpty_data()
{
    QTest::addColumn<int>("cancelAtCall"); // 1: the first progress report; -1: the last one
    QTest::addRow("at the start") << 1;
    QTest::addRow("after every order was written") << -1;
}

void TestDemoGenerator::cancelledFillLeavesTheDatabaseEmpty()
{
    QFETCH(int, cancelAtCall);
    int calls = 0;
    const Status status =
        DemoGenerator::fill(m_store->database, smallOptions(), [&calls, cancelAtCall](qint64 done, qint64 total) {
            ++calls;
            return cancelAtCall > 0 ? calls < cancelAtCall : done < total;
        });
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"Cancelled"_s), qPrintable(status.error()));
    QVERIFY(calls >= 1);
    for (const char *table : allTables)
        QVERIFY2(count(m_store->database, QString::fromLatin1(table)) == 0, table);

    // The empty database can still be filled.
    QVERIFY(DemoGenerator::fill(m_store->database, smallOptions()));
    QCOMPARE(count(m_store->database, u"orders"_s), 2000);
}

void TestDemoGenerator::sameSeedSameData()
{
    QVERIFY(DemoGenerator::fill(m_store->database, smallOptions()));
    StoreFixture other;
    QVERIFY(other.open());
    QVERIFY(DemoGenerator::fill(other.database, smallOptions()));
    const QString first = transactionsCsv(m_store->database);
    QVERIFY(first.count(u'\n') > 1000);
    QCOMPARE(transactionsCsv(other.database), first);

    StoreFixture reseeded;
    QVERIFY(reseeded.open());
    DemoGenerator::Options options = smallOptions();
    options.seed += 1;
    QVERIFY(DemoGenerator::fill(reseeded.database, options));
    QVERIFY(transactionsCsv(reseeded.database) != first);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
