// OrderImporter on a fresh SQLite book: which rows are taken, which are refused and with what
// message (file, line, field), the transactions each creates, re-imports and one transaction per
// import. Why this file is long: one class under test, one test file (STYLE.md); most of it is
// tables of rows and the messages they must give.

#include "core/money.h"
#include "import/orderimporter.h"
#include "store/affiliatestore.h"
#include "store/ledgerstore.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QBuffer>
#include <QFileInfo>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

QString line(const OrderLine &order)
{
    return order.toCsv();
}

OrderLine order(const QString &id)
{
    OrderLine o;
    o.orderId = id;
    return o;
}

OrderLine viaLink(const QString &id, const QString &code, const QString &subtotal = u"100.00"_s)
{
    OrderLine o = order(id);
    o.subtotal = subtotal;
    o.landingUrl = u"https://koongo.com/pricing?acc="_s + code;
    return o;
}

} // namespace

class TestOrderImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void goodFile();
    void badRows_data();
    void badRows();
    void edgeValuesImport();
    void unterminatedQuoteAtTheEnd();
    void exitCode_data();
    void exitCode();
    void everyRowBadWritesNothing();
    void fatalHeader_data();
    void fatalHeader();
    void refusedWhole_data();
    void refusedWhole();
    void nulAfterGoodRowsWritesNothing();
    void bomReorderedAndExtraColumns();
    void crOnlyLineEndsImport();
    void reimportUpdatesNeverDuplicates();
    void statusChangesOnReimport();
    void refundAfterPayoutIsReversedOnce_data();
    void refundAfterPayoutIsReversedOnce();
    void cancelLeavesDatabaseUnchanged();
    void progressReachesTheEnd();
    void fatalErrorMidFileWritesNothing();
    void attributionKinds_data();
    void attributionKinds();
    void commissionRounding_data();
    void commissionRounding();
    void importFromDevice();

private:
    ImportSummary import(const QByteArray &csv);
    ImportSummary import(const QList<OrderLine> &orders) { return import(ordersCsv(orders)); }
    QList<TransactionRow> live(const QString &orderId) const;

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<LedgerStore> m_ledger;
    QList<ImportIssue> m_issues;
    QList<std::pair<qint64, qint64>> m_progress;
    std::function<bool(qint64, qint64)> m_progressHandler;
    qint64 m_program = 0;
};

void TestOrderImporter::initTestCase()
{
    pinNow();
}

// One program (EUR, link 20 %, coupon 10 %, hold 30 days, threshold 50.00, koongo.com) and partners
// for every rule: JANE (coupon JANE10), BOB (links), CAROL (rewrite /partner/carol), DAVE (verified
// dave-blog.example.org), ODD (a code that needs percent-encoding), EVE (unverified eve.example).
void TestOrderImporter::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    m_ledger = std::make_unique<LedgerStore>(m_store->database);
    m_issues.clear();
    m_progress.clear();
    m_progressHandler = {};

    ProgramStore programs(m_store->database);
    AffiliateStore affiliates(m_store->database);
    Program program;
    program.name = u"Koongo Partner"_s;
    program.storeHosts = {u"koongo.com"_s};
    const Result<qint64> id = programs.add(program);
    QVERIFY2(id, qPrintable(id.error()));
    m_program = *id;
    for (const QString &code : {u"JANE"_s, u"BOB"_s, u"CAROL"_s, u"DAVE"_s, u"A&B=C+D"_s, u"EVE"_s}) {
        const Result<Affiliate> partner =
            affiliates.add(code + u" Partner"_s,
                           QString(code).remove(u'&').remove(u'=').remove(u'+').toLower() + u"@example.com"_s, code);
        QVERIFY2(partner, qPrintable(partner.error()));
        QVERIFY(programs.join(partner->id, m_program));
        if (code == u"JANE")
            QVERIFY(affiliates.createCoupon(partner->id, m_program, u"JANE10"_s));
        if (code == u"CAROL")
            QVERIFY(affiliates.addRewrite(partner->id, u"koongo.com"_s, u"/partner/carol"_s,
                                          u"https://koongo.com/pricing"_s));
        if (code == u"DAVE") {
            QVERIFY(affiliates.addDomain(partner->id, u"dave-blog.example.org"_s));
            QVERIFY(affiliates.approveDomain(partner->id, u"dave-blog.example.org"_s, u"checked"_s));
        }
        if (code == u"EVE")
            QVERIFY(affiliates.addDomain(partner->id, u"eve.example"_s));
    }
}

void TestOrderImporter::cleanup()
{
    m_ledger.reset();
    m_store.reset();
}

ImportSummary TestOrderImporter::import(const QByteArray &csv)
{
    const QString path = m_store->path(u"orders.csv"_s);
    if (!writeFile(path, csv))
        qFatal("cannot write %s", qPrintable(path));
    OrderImporter importer(m_store->database);
    importer.setIssueHandler([this](const ImportIssue &issue) { m_issues.append(issue); });
    if (m_progressHandler)
        importer.setProgressHandler(m_progressHandler);
    return importer.importFile(path);
}

QList<TransactionRow> TestOrderImporter::live(const QString &orderId) const
{
    QList<TransactionRow> rows;
    for (const TransactionRow &row : m_ledger->transactionsOf(orderId)) {
        if (!row.superseded && row.kind != u"reversal")
            rows.append(row);
    }
    return rows;
}

void TestOrderImporter::goodFile()
{
    const ImportSummary summary = import({viaLink(u"O1"_s, u"BOB"_s), order(u"O2"_s), viaLink(u"O3"_s, u"JANE"_s)});
    QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
    QCOMPARE(summary.rows, 3);
    QCOMPARE(summary.imported, 3);
    QCOMPARE(summary.created, 3);
    QCOMPARE(summary.updated, 0);
    QCOMPARE(summary.rejected, 0);
    QCOMPARE(summary.attributed, 2);
    QCOMPARE(summary.unattributed, 1);
    QCOMPARE(summary.newTransactions, 2);
    QCOMPARE(summary.exitCode(), 0);
    QVERIFY(m_issues.isEmpty());
    QCOMPARE(count(m_store->database, u"orders"_s), 3);
    QCOMPARE(count(m_store->database, u"transactions"_s), 2);
    QCOMPARE(count(m_store->database, u"imports"_s, u"imported = 3 AND rejected = 0 AND finished_at IS NOT NULL"_s), 1);
    QCOMPARE(count(m_store->database, u"audit_log"_s, u"action = 'orders.import'"_s), 1);
    QCOMPARE(count(m_store->database, u"orders"_s, u"order_id = 'O3' AND import_line = 4"_s), 1);
}

void TestOrderImporter::badRows_data()
{
    QTest::addColumn<QString>("bad");        // the CSV text of line 3
    QTest::addColumn<QString>("field");      // the column at fault; "" for the whole row
    QTest::addColumn<QString>("reason");     // part of the reason
    QTest::addColumn<QString>("badOrderId"); // must not be in the database afterwards ("" to skip)

    auto with = [](const QString &id, auto change) {
        OrderLine o = order(id);
        change(o);
        return line(o);
    };
    QTest::addRow("missing order_id") << with(QString(), [](OrderLine &) {}) << u"order_id"_s << u"order_id is empty"_s
                                      << QString();
    QTest::addRow("blank order_id") << with(u"   "_s, [](OrderLine &) {}) << u"order_id"_s << u"order_id is empty"_s
                                    << QString();
    QTest::addRow("bad placed_at") << with(u"B1"_s, [](OrderLine &o) { o.placedAt = u"2026-13-01T00:00:00Z"_s; })
                                   << u"placed_at"_s << u"\"2026-13-01T00:00:00Z\" is not an ISO 8601"_s << u"B1"_s;
    QTest::addRow("placed_at not a date") << with(u"B1"_s, [](OrderLine &o) { o.placedAt = u"yesterday"_s; })
                                          << u"placed_at"_s << u"is not an ISO 8601"_s << u"B1"_s;
    QTest::addRow("empty placed_at") << with(u"B1"_s, [](OrderLine &o) { o.placedAt.clear(); }) << u"placed_at"_s
                                     << u"is not an ISO 8601"_s << u"B1"_s;
    QTest::addRow("subtotal with letters") << with(u"B1"_s, [](OrderLine &o) { o.subtotal = u"12a.00"_s; })
                                           << u"subtotal"_s << u"\"12a.00\" is not a decimal number"_s << u"B1"_s;
    QTest::addRow("subtotal with comma decimal") << with(u"B1"_s, [](OrderLine &o) { o.subtotal = u"\"12,50\""_s; })
                                                 << u"subtotal"_s << u"is not a decimal number"_s << u"B1"_s;
    QTest::addRow("empty subtotal") << with(u"B1"_s, [](OrderLine &o) { o.subtotal.clear(); }) << u"subtotal"_s
                                    << u"the amount is empty"_s << u"B1"_s;
    QTest::addRow("EUR with three decimals")
        << with(u"B1"_s, [](OrderLine &o) { o.subtotal = u"1.234"_s; }) << u"subtotal"_s
        << u"\"1.234\" has 3 decimals; the currency has 2"_s << u"B1"_s;
    QTest::addRow("JPY with a decimal") << with(u"B1"_s,
                                                [](OrderLine &o) {
                                                    o.subtotal = u"10.5"_s;
                                                    o.currency = u"JPY"_s;
                                                })
                                        << u"subtotal"_s << u"\"10.5\" has 1 decimals; the currency has 0"_s << u"B1"_s;
    QTest::addRow("negative subtotal") << with(u"B1"_s, [](OrderLine &o) { o.subtotal = u"-5.00"_s; }) << u"subtotal"_s
                                       << u"cannot be negative"_s << u"B1"_s;
    QTest::addRow("unknown currency") << with(u"B1"_s, [](OrderLine &o) { o.currency = u"XYZ"_s; }) << u"currency"_s
                                      << u"\"XYZ\" is not an ISO 4217 currency code"_s << u"B1"_s;
    QTest::addRow("empty currency") << with(u"B1"_s, [](OrderLine &o) { o.currency.clear(); }) << u"currency"_s
                                    << u"is not an ISO 4217 currency code"_s << u"B1"_s;
    QTest::addRow("bad status") << with(u"B1"_s, [](OrderLine &o) { o.status = u"shipped"_s; }) << u"status"_s
                                << u"\"shipped\" is not one of pending, complete, canceled, refunded"_s << u"B1"_s;
    QTest::addRow("empty status") << with(u"B1"_s, [](OrderLine &o) { o.status.clear(); }) << u"status"_s
                                  << u"is not one of pending"_s << u"B1"_s;
    QTest::addRow("too few fields") << u"B1,2026-05-01T00:00:00Z,10.00,EUR,complete"_s << QString()
                                    << u"the row has 5 fields; the header has 10"_s << u"B1"_s;
    QTest::addRow("too many fields") << line(order(u"B1"_s)) + u",surplus"_s << QString()
                                     << u"the row has 11 fields; the header has 10"_s << u"B1"_s;
    QTest::addRow("quote inside unquoted field") << u"B1,2026-05-01T00:00:00Z,10\"00,EUR,complete,,,,,"_s << QString()
                                                 << u"a quote inside an unquoted field 3"_s << u"B1"_s;
    QTest::addRow("text after closing quote") << u"\"B1\"x,2026-05-01T00:00:00Z,10.00,EUR,complete,,,,,"_s << QString()
                                              << u"unexpected text after a closing quote in field 1"_s << u"B1"_s;
    // ValueRules: what the central database refuses is refused here, by line and field.
    QTest::addRow("placed_at in year 0") << with(u"B1"_s, [](OrderLine &o) { o.placedAt = u"0000-01-01T00:00:00Z"_s; })
                                         << u"placed_at"_s
                                         << u"placed_at 0000-01-01T00:00:00Z is before 1970-01-01T00:00:00Z"_s
                                         << u"B1"_s;
    QTest::addRow("placed_at a second before 1970")
        << with(u"B1"_s, [](OrderLine &o) { o.placedAt = u"1969-12-31T23:59:59Z"_s; }) << u"placed_at"_s
        << u"is before 1970-01-01T00:00:00Z"_s << u"B1"_s;
    QTest::addRow("placed_at in 1969")
        << with(u"B1"_s, [](OrderLine &o) { o.placedAt = u"1969-07-20T20:17:40Z"_s; }) << u"placed_at"_s
        << u"placed_at 1969-07-20T20:17:40Z is before 1970-01-01T00:00:00Z, the earliest "
           "time accepted"_s
        << u"B1"_s;
    QTest::addRow("placed_at in 10000") << with(u"B1"_s, [](OrderLine &o) { o.placedAt = u"10000-01-01T00:00:00Z"_s; })
                                        << u"placed_at"_s
                                        << u"placed_at 10000-01-01 is after 9999-12-31T23:59:59Z, the latest time "
                                           "accepted"_s
                                        << u"B1"_s;
    QTest::addRow("placed_at in year -1")
        << with(u"B1"_s, [](OrderLine &o) { o.placedAt = u"-0001-12-31"_s; }) << u"placed_at"_s
        << u"placed_at -0001-12-31 is before 1970-01-01T00:00:00Z"_s << u"B1"_s;
    QTest::addRow("placed_at after 9999")
        << with(u"B1"_s, [](OrderLine &o) { o.placedAt = u"9999-12-31T23:59:59-00:01"_s; }) << u"placed_at"_s
        << u"placed_at 10000-01-01T00:00:59Z is after 9999-12-31T23:59:59Z"_s << u"B1"_s;
    // A NUL byte is no text at all: the whole file is refused (refusedWhole).
    QTest::addRow("U+0001 in order_id") << with(u"B1\x01x"_s, [](OrderLine &) {}) << u"order_id"_s
                                        << u"order_id contains a control character (U+0001) at position 3"_s
                                        << QString();
    QTest::addRow("tab inside landing_url")
        << with(u"B1"_s, [](OrderLine &o) { o.landingUrl = u"https://koongo.com/a\tb"_s; }) << u"landing_url"_s
        << u"landing_url contains a control character (U+0009) at position 21"_s << u"B1"_s;
    QTest::addRow("U+001F in coupon_code")
        << with(u"B1"_s,
                [](OrderLine &o) {
                    o.coupon = u"JANE\x1f"
                               u"10"_s;
                })
        << u"coupon_code"_s << u"control character (U+001F) at position 5"_s << u"B1"_s;
    QTest::addRow("order_id of 3 kB") << with(QString(3000, u'7'), [](OrderLine &) {}) << u"order_id"_s
                                      << u"characters long; at most 128"_s << QString(3000, u'7');
    QTest::addRow("order_id of 129") << with(QString(129, u'7'), [](OrderLine &) {}) << u"order_id"_s
                                     << u"order_id is 129 characters long; at most 128"_s << QString(129, u'7');
    QTest::addRow("affiliate_code of 65") << with(u"B1"_s, [](OrderLine &o) { o.affiliateCode = QString(65, u'c'); })
                                          << u"affiliate_code"_s << u"65 characters long; at most 64"_s << u"B1"_s;
    QTest::addRow("referrer_url of 2049")
        << with(u"B1"_s, [](OrderLine &o) { o.referrerUrl = u"https://ref.example/"_s + QString(2029, u'r'); })
        << u"referrer_url"_s << u"characters long; at most 2"_s << u"B1"_s;
    QTest::addRow("customer_email of 255")
        << with(u"B1"_s, [](OrderLine &o) { o.customerEmail = QString(243, u'e') + u"@example.com"_s; })
        << u"customer_email"_s << u"255 characters long; at most 254"_s << u"B1"_s;
    QTest::addRow("subtotal 90000000000000000.00")
        << with(u"B1"_s, [](OrderLine &o) { o.subtotal = u"90000000000000000.00"_s; }) << u"subtotal"_s
        << u"subtotal 90000000000000000.00 is more than 10000000000.00"_s << u"B1"_s;
    QTest::addRow("subtotal one cent over 10^12 minor units")
        << with(u"B1"_s, [](OrderLine &o) { o.subtotal = u"10000000000.01"_s; }) << u"subtotal"_s
        << u"is more than 10000000000.00"_s << u"B1"_s;
    QTest::addRow("JPY one yen over 10^12")
        << with(u"B1"_s,
                [](OrderLine &o) {
                    o.subtotal = u"1000000000001"_s;
                    o.currency = u"JPY"_s;
                })
        << u"subtotal"_s << u"subtotal 1000000000001 is more than 1000000000000"_s << u"B1"_s;
    QTest::addRow("duplicate order_id") << with(u"G1"_s, [](OrderLine &o) { o.subtotal = u"999.00"_s; })
                                        << u"order_id"_s << u"order G1 appears twice in this file (first on line 2)"_s
                                        << QString();
}

void TestOrderImporter::badRows()
{
    QFETCH(QString, bad);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    QFETCH(QString, badOrderId);

    const QByteArray csv = (ordersHeader + u'\n' + line(viaLink(u"G1"_s, u"BOB"_s)) + u'\n' + bad + u'\n' +
                            line(viaLink(u"G2"_s, u"JANE"_s)) + u'\n')
                               .toUtf8();
    const ImportSummary summary = import(csv);
    QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
    QCOMPARE(m_issues.size(), 1);
    const ImportIssue &issue = m_issues.first();
    QCOMPARE(issue.line, 3);
    QCOMPARE(issue.field, field);
    QVERIFY2(issue.reason.contains(reason), qPrintable(issue.reason));
    QCOMPARE(summary.rows, 3);
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.exitCode(), 2);

    // The good rows around it are in; the bad one is not.
    QCOMPARE(count(m_store->database, u"orders"_s), 2);
    QVERIFY(m_ledger->order(u"G1"_s));
    QVERIFY(m_ledger->order(u"G2"_s));
    QCOMPARE(m_ledger->order(u"G1"_s)->subtotalMinor, qint64(10000)); // a duplicate does not overwrite the first
    if (!badOrderId.isEmpty())
        QVERIFY(!m_ledger->order(badOrderId));
    QCOMPARE(count(m_store->database, u"transactions"_s), 2);
    QCOMPARE(count(m_store->database, u"imports"_s, u"imported = 2 AND rejected = 1"_s), 1);
}

// The last values ValueRules accepts are imported as they are (tst_valuerulescentral: and accepted
// centrally).
void TestOrderImporter::edgeValuesImport()
{
    OrderLine first = viaLink(QString(128, u'7'), u"BOB"_s, u"10000000000.00"_s);
    first.placedAt = u"1970-01-01T00:00:00Z"_s;
    first.status = u"pending"_s;
    first.customerEmail = QString(242, u'e') + u"@example.com"_s;
    OrderLine last = order(u"LAST"_s);
    last.placedAt = u"9999-12-31T23:59:59Z"_s;
    last.subtotal = u"0.00"_s;
    last.affiliateCode = QString(64, u'c');
    last.landingUrl = u"https://koongo.com/"_s + QString(2048 - 19 - 8, u'p') + u"?acc=BOB"_s;
    const ImportSummary summary = import({first, last});
    QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
    QVERIFY2(m_issues.isEmpty(), qPrintable(m_issues.isEmpty() ? QString() : m_issues.first().reason));
    QCOMPARE(summary.imported, 2);
    const std::optional<Order> big = m_ledger->order(QString(128, u'7'));
    QVERIFY(big);
    QCOMPARE(big->subtotalMinor, qint64(1'000'000'000'000));
    QCOMPARE(big->placedAt, qint64(0));
    QCOMPARE(big->customerEmail.size(), 254);
    const std::optional<Order> late = m_ledger->order(u"LAST"_s);
    QVERIFY(late);
    QCOMPARE(late->placedAt, qint64(253402300799));
    QCOMPARE(late->landingUrl.size(), 2048);
    // The ceiling-sized order earns its commission without overflow: 20 % of 10^12 minor units.
    const QList<TransactionRow> rows = live(QString(128, u'7'));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().commissionMinor, qint64(200'000'000'000));
    // The last second plus a hold of 30 days would be a time neither database holds: it ends there.
    QCOMPARE(live(u"LAST"_s).size(), 1);
    QCOMPARE(scalar(m_store->database, u"SELECT count(*) FROM transactions WHERE order_id = 'LAST' "
                                       "AND approve_at = '9999-12-31T23:59:59Z' AND status = 'pending'"_s),
             1);
}

void TestOrderImporter::unterminatedQuoteAtTheEnd()
{
    const QByteArray csv =
        (ordersHeader + u'\n' + line(order(u"G1"_s)) + u"\nG2,\"2026-05-01,10.00,EUR,complete,,,,,\n"_s).toUtf8();
    const ImportSummary summary = import(csv);
    QCOMPARE(m_issues.size(), 1);
    QCOMPARE(m_issues.first().line, 3);
    QVERIFY2(m_issues.first().reason.contains(u"not closed before the end of the file"_s),
             qPrintable(m_issues.first().reason));
    QCOMPARE(summary.imported, 1);
    QCOMPARE(summary.exitCode(), 2);
    QVERIFY(m_ledger->order(u"G1"_s));
}

void TestOrderImporter::exitCode_data()
{
    QTest::addColumn<QString>("fatal");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<qint64>("imported");
    QTest::addColumn<qint64>("rejected");
    QTest::addColumn<int>("code");
    QTest::addRow("all imported") << QString() << false << qint64(10) << qint64(0) << 0;
    QTest::addRow("some rejected") << QString() << false << qint64(9) << qint64(1) << 2;
    QTest::addRow("all rejected") << QString() << false << qint64(0) << qint64(10) << 1;
    QTest::addRow("fatal") << u"no header"_s << false << qint64(0) << qint64(0) << 1;
    QTest::addRow("cancelled") << QString() << true << qint64(0) << qint64(0) << 1;
}

void TestOrderImporter::exitCode()
{
    QFETCH(QString, fatal);
    QFETCH(bool, cancelled);
    QFETCH(qint64, imported);
    QFETCH(qint64, rejected);
    QFETCH(int, code);
    ImportSummary summary;
    summary.fatalError = fatal;
    summary.cancelled = cancelled;
    summary.imported = imported;
    summary.rejected = rejected;
    QCOMPARE(summary.exitCode(), code);
}

void TestOrderImporter::everyRowBadWritesNothing()
{
    OrderLine bad1 = order(u"B1"_s);
    bad1.currency = u"XYZ"_s;
    OrderLine bad2 = order(u"B2"_s);
    bad2.status = u"lost"_s;
    const QList<qint64> before = ledgerCounts(m_store->database);
    const ImportSummary summary = import({bad1, bad2});
    QCOMPARE(summary.rejected, 2);
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.exitCode(), 1);
    QCOMPARE(m_issues.size(), 2);
    QCOMPARE(m_issues.at(0).line, 2);
    QCOMPARE(m_issues.at(1).line, 3);
    QCOMPARE(ledgerCounts(m_store->database), before);
}

void TestOrderImporter::fatalHeader_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    const QByteArray row = "O1,2026-05-01T00:00:00Z,10.00,EUR,complete\n";
    QTest::addRow("no order_id") << "id,placed_at,subtotal,currency,status\n"_ba + row
                                 << u"lacks the required column(s) order_id"_s;
    QTest::addRow("no placed_at") << "order_id,date,subtotal,currency,status\n"_ba + row
                                  << u"lacks the required column(s) placed_at"_s;
    QTest::addRow("no subtotal") << "order_id,placed_at,total,currency,status\n"_ba + row
                                 << u"lacks the required column(s) subtotal"_s;
    QTest::addRow("no currency") << "order_id,placed_at,subtotal,cur,status\n"_ba + row
                                 << u"lacks the required column(s) currency"_s;
    QTest::addRow("no status") << "order_id,placed_at,subtotal,currency,state\n"_ba + row
                               << u"lacks the required column(s) status"_s;
    QTest::addRow("several missing") << "order_id,subtotal,currency\nO1,10.00,EUR\n"_ba
                                     << u"lacks the required column(s) placed_at, status"_s;
    QTest::addRow("column twice") << "order_id,placed_at,subtotal,currency,status,Status\n"_ba
                                  << u"the column status appears twice"_s;
    QTest::addRow("empty file") << QByteArray() << u"the header row is missing"_s;
    QTest::addRow("only blank lines") << "\n\r\n\n"_ba << u"the header row is missing"_s;
    QTest::addRow("malformed header") << "order_id,\"placed_at\"x,subtotal\n"_ba + row
                                      << u"the header row is malformed"_s;
}

void TestOrderImporter::fatalHeader()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    QVERIFY(import({viaLink(u"E1"_s, u"BOB"_s)}).fatalError.isEmpty()); // something already there
    m_issues.clear();
    const QList<qint64> before = ledgerCounts(m_store->database);
    const ImportSummary summary = import(csv);
    QVERIFY2(summary.fatalError.contains(error), qPrintable(summary.fatalError));
    QVERIFY2(summary.fatalError.contains(m_store->path(u"orders.csv"_s)), qPrintable(summary.fatalError));
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.exitCode(), 1);
    QVERIFY(m_issues.isEmpty());
    QCOMPARE(ledgerCounts(m_store->database), before);
}

// What makes a file no orders file at all, or unreadable from some line on: one message naming the
// file and the line, exit 1, and nothing written, not even the good rows before it.
void TestOrderImporter::refusedWhole_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("error");
    const QByteArray header = ordersHeader.toUtf8() + '\n';
    QByteArray good;
    for (int i = 1; i <= 3; ++i)
        good += line(viaLink(u"G%1"_s.arg(i), u"BOB"_s)).toUtf8() + '\n';

    QTest::addRow("visits file") << "visited_at,landing_url,referrer_url,affiliate_code\n"
                                    "2026-05-01T10:00:00Z,https://koongo.com/?acc=BOB,,\n"_ba
                                 << qint64(1)
                                 << u"not a CSV of orders: the first row (\"visited_at\", \"landing_url\", "
                                    "\"referrer_url\", \"affiliate_code\") lacks the required column(s) order_id, "
                                    "placed_at, subtotal, currency, status"_s;
    QTest::addRow("random CSV") << "name,age,city,country,phone,zip,team,shoe size\nJana,34,Brno,CZ,,,,\n"_ba
                                << qint64(1)
                                << u"not a CSV of orders: the first row (\"name\", \"age\", \"city\", \"country\", "
                                   "\"phone\", \"zip\" and 2 more) lacks the required column(s) order_id"_s;
    QTest::addRow("data without a header") << good << qint64(1) << u"not a CSV of orders: the first row (\"G1\""_s;
    QTest::addRow("some columns missing") << "order_id,subtotal,currency\nO1,10.00,EUR\n"_ba << qint64(1)
                                          << u"the header lacks the required column(s) placed_at, status; it has "
                                             "\"order_id\", \"subtotal\", \"currency\""_s;
    QTest::addRow("header only") << header << qint64(1)
                                 << u"the file has a header but no data rows: no orders to import"_s;
    QTest::addRow("header and blank lines") << "\r\n" + header + "\r\n\r\n"
                                            << qint64(2) << u"the file has a header but no data rows"_s;
    QTest::addRow("empty file") << QByteArray() << qint64(1)
                                << u"the file is empty (0 bytes): the header row is missing"_s;
    QTest::addRow("blank lines only") << "\n\r\n\n"_ba << qint64(1)
                                      << u"the file holds only blank lines: the header row is missing"_s;
    QTest::addRow("PNG") << "\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"_ba << qint64(1)
                         << u"byte 0x89 at byte offset 0 is not UTF-8: a binary file, or text in another encoding "
                            "(save it as CSV UTF-8); nothing was imported from this file"_s;
    QTest::addRow("NUL in the middle") << header + good + "B1" + QByteArray(1, '\0') +
                                              "x,2026-05-01T00:00:00Z,1.00,EUR,complete,,,,,\n"
                                       << qint64(5) << u"a NUL byte at byte offset "_s;
    QTest::addRow("UTF-16") << "\xFF\xFEo\x00r\x00d\x00"_ba << qint64(1) << u"the file is UTF-16 text"_s;
    QTest::addRow("Windows-1250 name") << header + good + "B1,2026-05-01T00:00:00Z,1.00,EUR,complete,,,,,Nov\xE1k\n"
                                       << qint64(5) << u"(0xE1 0x6B) are not UTF-8"_s;
    QTest::addRow("a field of 70 KiB") << header + good +
                                              "B1,2026-05-01T00:00:00Z,1.00,EUR,complete,,,https://koongo.com/" +
                                              QByteArray(70 * 1024, 'p') + ",,\n" + good
                                       << qint64(5) << u"row 5: field 8 is longer than"_s;
    QByteArray longRow = "B1";
    for (int i = 0; i < 20; ++i)
        longRow += ',' + QByteArray(60 * 1024, 'x');
    QTest::addRow("a row of 1.2 MB") << header + good + longRow + '\n'
                                     << qint64(5) << u"row 5: the row is longer than"_s;
    QTest::addRow("300 columns") << header + good + "B1" + QByteArray(299, ',') + '\n'
                                 << qint64(5) << u"row 5: the row has more than 256 fields, the most a row may have"_s;
    QTest::addRow("a header of 300 columns") << ordersHeader.toUtf8() + QByteArray(290, ',') + '\n' + good << qint64(1)
                                             << u"row 1: the row has more than 256 fields"_s;
    QByteArray unclosed = header + good.first(good.indexOf('\n') + 1) + "B1,\"2026-05-01,1.00,EUR,complete,,,,,\n";
    for (int i = 4; i <= 10000; ++i)
        unclosed += line(viaLink(u"N%1"_s.arg(i), u"BOB"_s)).toUtf8() + '\n';
    QTest::addRow("unclosed quote at line 3 of 10,000") << unclosed << qint64(3)
                                                        << u"row 3: unclosed quote starting at line 3: field 2 is "
                                                           "longer than"_s;
}

void TestOrderImporter::refusedWhole()
{
    QFETCH(QByteArray, csv);
    QFETCH(qint64, line);
    QFETCH(QString, error);
    QVERIFY(import({viaLink(u"E1"_s, u"BOB"_s)}).fatalError.isEmpty()); // something already there
    m_issues.clear();
    const QList<qint64> before = ledgerCounts(m_store->database);
    const ImportSummary summary = import(csv);
    const QString where = m_store->path(u"orders.csv"_s) + u':' + QString::number(line) + u": "_s;
    QVERIFY2(summary.fatalError.startsWith(where), qPrintable(summary.fatalError));
    QVERIFY2(summary.fatalError.contains(error), qPrintable(summary.fatalError));
    QVERIFY2(!summary.fatalError.contains(u'\n'), qPrintable(summary.fatalError)); // one line of stderr
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.created, 0);
    QCOMPARE(summary.exitCode(), 1);
    QVERIFY(m_issues.isEmpty());
    QCOMPARE(ledgerCounts(m_store->database), before);
    QVERIFY(!m_ledger->order(u"G1"_s));
    QCOMPARE(count(m_store->database, u"imports"_s), 1); // the first import's only
}

// A NUL byte after the first megabyte: found when that block is read, the rows before it (and
// their rejections) are undone with the rest.
void TestOrderImporter::nulAfterGoodRowsWritesNothing()
{
    QList<OrderLine> many;
    for (int i = 0; i < 15000; ++i)
        many.append(viaLink(u"N%1"_s.arg(i), u"BOB"_s));
    OrderLine bad = order(u"BAD"_s);
    bad.currency = u"XYZ"_s;
    many.insert(5, bad);
    QByteArray csv = ordersCsv(many);
    QVERIFY(csv.size() > 1'200'000);
    const qsizetype at = csv.size() - 100;
    csv[at] = '\0';
    const QList<qint64> before = ledgerCounts(m_store->database);
    const ImportSummary summary = import(csv);
    const qint64 nulLine = csv.first(at).count('\n') + 1;
    QVERIFY2(summary.fatalError.startsWith(m_store->path(u"orders.csv"_s) + u':' + QString::number(nulLine) + u": "_s),
             qPrintable(summary.fatalError));
    QVERIFY2(summary.fatalError.contains(u"a NUL byte at byte offset %1"_s.arg(QLocale().toString(qint64(at)))),
             qPrintable(summary.fatalError));
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.exitCode(), 1);
    QCOMPARE(m_issues.size(), 1); // the bad row before it was reported as it was read
    QCOMPARE(m_issues.first().line, 7);
    QCOMPARE(ledgerCounts(m_store->database), before);
    QVERIFY(!m_ledger->order(u"N0"_s));
}

void TestOrderImporter::bomReorderedAndExtraColumns()
{
    const QByteArray csv =
        "\xEF\xBB\xBF"
        "Status,utm_campaign,Subtotal,ORDER_ID,currency, placed_at ,landing_url,notes\r\n"
        "complete,\"spring, 2026\",123.45,R1,eur,2026-03-01T10:00:00+02:00,https://koongo.com/?acc=BOB,\"say "
        "\"\"hi\"\"\"\r\n"
        "pending,,5,R2,JPY,2026-03-02,,\r\n"_ba;
    const ImportSummary summary = import(csv);
    QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
    QVERIFY(m_issues.isEmpty());
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.exitCode(), 0);

    const std::optional<Order> r1 = m_ledger->order(u"R1"_s);
    QVERIFY(r1);
    QCOMPARE(r1->status, OrderStatus::Complete);
    QCOMPARE(r1->subtotalMinor, qint64(12345));
    QCOMPARE(r1->currency, u"EUR"_s);
    QCOMPARE(Timestamp::format(r1->placedAt), u"2026-03-01T08:00:00Z"_s);
    QCOMPARE(r1->landingUrl, u"https://koongo.com/?acc=BOB"_s);
    QCOMPARE(r1->couponCode, QString()); // optional columns may be absent
    QCOMPARE(live(u"R1"_s).size(), 1);
    QCOMPARE(live(u"R1"_s).first().affiliateCode, u"BOB"_s);

    const std::optional<Order> r2 = m_ledger->order(u"R2"_s);
    QVERIFY(r2);
    QCOMPARE(r2->subtotalMinor, qint64(5));
    QCOMPARE(r2->currency, u"JPY"_s);
    QCOMPARE(r2->status, OrderStatus::Pending);
}

// "CSV (Macintosh)": CR alone ends each line. It used to read as one header record and import
// nothing with exit 0; every row imports, and a bad row is named by its line.
void TestOrderImporter::crOnlyLineEndsImport()
{
    const QByteArray csv = "order_id,placed_at,subtotal,currency,status\r"
                           "M1,2026-03-01T10:00:00Z,10.00,EUR,complete\r"
                           "M2,0000-01-01T00:00:00Z,10.00,EUR,complete\r"
                           "M3,2026-03-02T10:00:00Z,12.50,EUR,pending\r"_ba;
    const ImportSummary summary = import(csv);
    QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
    QCOMPARE(summary.imported, 2);
    QCOMPARE(m_issues.size(), 1);
    QCOMPARE(m_issues.first().line, qint64(3));
    QCOMPARE(summary.exitCode(), 2);
    QVERIFY(m_ledger->order(u"M1"_s));
    QVERIFY(m_ledger->order(u"M3"_s));
}

void TestOrderImporter::reimportUpdatesNeverDuplicates()
{
    OrderLine coupon = order(u"O2"_s);
    coupon.coupon = u"JANE10"_s;
    const QList<OrderLine> orders{viaLink(u"O1"_s, u"BOB"_s), coupon, order(u"O3"_s), viaLink(u"O4"_s, u"CAROL"_s)};
    ImportSummary first = import(orders);
    QCOMPARE(first.created, 4);
    const qint64 orderCount = count(m_store->database, u"orders"_s);
    const qint64 transactionCount = count(m_store->database, u"transactions"_s);
    QCOMPARE(orderCount, 4);
    QCOMPARE(transactionCount, 3);

    for (int round = 0; round < 2; ++round) {
        const ImportSummary again = import(orders);
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(again.created, 0);
        QCOMPARE(again.updated, 4);
        QCOMPARE(again.newTransactions, 0);
        QCOMPARE(count(m_store->database, u"orders"_s), orderCount);
        QCOMPARE(count(m_store->database, u"transactions"_s), transactionCount);
    }
    QCOMPARE(count(m_store->database, u"imports"_s), 3);

    // A changed subtotal updates the same transaction.
    QList<OrderLine> changed = orders;
    changed[0].subtotal = u"50.00"_s;
    QCOMPARE(import(changed).updated, 4);
    QCOMPARE(count(m_store->database, u"transactions"_s), transactionCount);
    QCOMPARE(live(u"O1"_s).size(), 1);
    QCOMPARE(live(u"O1"_s).first().commissionMinor, qint64(1000));
    QCOMPARE(live(u"O1"_s).first().baseMinor, qint64(5000));

    // An order that becomes attributed on re-import gets its first transaction.
    changed[2].affiliateCode = u"JANE"_s;
    const ImportSummary attributed = import(changed);
    QCOMPARE(attributed.newTransactions, 1);
    QCOMPARE(live(u"O3"_s).size(), 1);
    QCOMPARE(live(u"O3"_s).first().kind, u"link"_s);
}

void TestOrderImporter::statusChangesOnReimport()
{
    struct Step
    {
        const char *status;
        int daysAgo;
        const char *transaction;
    };
    // Hold is 30 days: complete 40 days ago is approved, complete 10 days ago still pending.
    const Step steps[] = {{"pending", 40, "pending"},     {"complete", 10, "pending"},  {"complete", 40, "approved"},
                          {"refunded", 40, "cancelled"},  {"complete", 40, "approved"}, {"canceled", 40, "cancelled"},
                          {"Cancelled", 40, "cancelled"}, {"pending", 40, "pending"}};
    for (const Step &step : steps) {
        OrderLine o = viaLink(u"O1"_s, u"BOB"_s, u"80.00"_s);
        o.status = QString::fromLatin1(step.status);
        o.placedAt = daysAgo(step.daysAgo);
        const ImportSummary summary = import({o});
        QVERIFY2(summary.exitCode() == 0, step.status);
        const QList<TransactionRow> all = m_ledger->transactionsOf(u"O1"_s);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().status, QString::fromLatin1(step.transaction));
        // A cancelled transaction keeps its computed commission for the record.
        QCOMPARE(all.first().commissionMinor, qint64(1600));
    }
    QCOMPARE(count(m_store->database, u"transactions"_s), 1);

    // approve_at is set only for complete orders: placed_at + 30 days.
    OrderLine o = viaLink(u"O1"_s, u"BOB"_s, u"80.00"_s);
    o.placedAt = daysAgo(10);
    QCOMPARE(import({o}).exitCode(), 0);
    QSqlQuery query(m_store->database.connection());
    QVERIFY(query.exec(u"SELECT approve_at FROM transactions WHERE order_id = 'O1'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), daysAgo(10 - 30));
}

void TestOrderImporter::refundAfterPayoutIsReversedOnce_data()
{
    QTest::addColumn<bool>("markPaid");
    QTest::addColumn<QString>("refund");
    QTest::addRow("paid, refunded") << true << u"refunded"_s;
    QTest::addRow("paid, canceled") << true << u"canceled"_s;
    QTest::addRow("in an exported batch, refunded") << false << u"refunded"_s;
}

void TestOrderImporter::refundAfterPayoutIsReversedOnce()
{
    QFETCH(bool, markPaid);
    QFETCH(QString, refund);

    // 300.00 at 20 % = 60.00, approved (placed 60 days ago), over the 50.00 threshold.
    OrderLine o = viaLink(u"O1"_s, u"BOB"_s, u"300.00"_s);
    QCOMPARE(import({o}).exitCode(), 0);
    QCOMPARE(live(u"O1"_s).first().status, u"approved"_s);
    const Result<PayoutBatch> batch = m_ledger->createPayoutBatch(u"paypal"_s, m_store->path(u"payout.csv"_s));
    QVERIFY2(batch, qPrintable(batch.error()));
    QCOMPARE(batch->transactions, 1);
    if (markPaid) {
        const Result<int> paid = m_ledger->markPaid(batch->id);
        QVERIFY2(paid, qPrintable(paid.error()));
        QCOMPARE(*paid, 1);
    }
    const QString paidStatus = markPaid ? u"paid"_s : u"approved"_s;

    o.status = refund;
    for (int round = 0; round < 3; ++round) {
        const ImportSummary summary = import({o});
        QCOMPARE(summary.exitCode(), 0);
        const QList<TransactionRow> all = m_ledger->transactionsOf(u"O1"_s);
        QCOMPARE(all.size(), 2);
        const TransactionRow &original = all.at(0);
        const TransactionRow &reversal = all.at(1);
        // The paid commission is never rewritten...
        QCOMPARE(original.kind, u"link"_s);
        QCOMPARE(original.status, paidStatus);
        QCOMPARE(original.commissionMinor, qint64(6000));
        QCOMPARE(original.payoutId, batch->id);
        // ...a single negative reversal claws it back.
        QCOMPARE(reversal.kind, u"reversal"_s);
        QCOMPARE(reversal.affiliateCode, u"BOB"_s);
        QCOMPARE(reversal.commissionMinor, qint64(-6000));
        QCOMPARE(reversal.currency, u"EUR"_s);
        QCOMPARE(reversal.status, u"approved"_s);
        QCOMPARE(reversal.payoutId, qint64(0));
    }
    QCOMPARE(count(m_store->database, u"transactions"_s, u"kind = 'reversal'"_s), 1);
    QCOMPARE(scalar(m_store->database, u"SELECT reverses_id FROM transactions WHERE kind = 'reversal'"_s),
             m_ledger->transactionsOf(u"O1"_s).first().id);

    // The partner now owes the 60.00 back: nothing is due.
    QList<BalanceRow> balances = m_ledger->balances();
    QCOMPARE(balances.size(), 1);
    QCOMPARE(balances.first().balanceMinor, qint64(-6000));
    QCOMPARE(markPaid ? balances.first().paidMinor : balances.first().inBatchMinor, qint64(6000));
    QVERIFY(m_ledger->payoutsDue().isEmpty());
}

void TestOrderImporter::cancelLeavesDatabaseUnchanged()
{
    OrderLine existing = viaLink(u"O1"_s, u"BOB"_s);
    existing.status = u"pending"_s;
    QCOMPARE(import({existing, order(u"O2"_s)}).exitCode(), 0);
    const QList<qint64> before = ledgerCounts(m_store->database);

    QList<OrderLine> many;
    OrderLine completed = existing;
    completed.status = u"complete"_s;
    many.append(completed); // an update of an existing order, early in the file
    for (int i = 0; i < 1500; ++i)
        many.append(viaLink(u"N%1"_s.arg(i), i % 2 ? u"BOB"_s : u"JANE"_s));
    int calls = 0;
    m_progressHandler = [&calls](qint64, qint64) {
        ++calls;
        return false; // cancel at the first chance
    };
    const ImportSummary summary = import(many);
    QVERIFY(calls >= 1);
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.exitCode(), 1);
    QCOMPARE(ledgerCounts(m_store->database), before);
    QCOMPARE(m_ledger->order(u"O1"_s)->status, OrderStatus::Pending);
    QCOMPARE(live(u"O1"_s).first().status, u"pending"_s);
    QVERIFY(!m_ledger->order(u"N0"_s));
}

void TestOrderImporter::progressReachesTheEnd()
{
    QList<OrderLine> many;
    for (int i = 0; i < 2100; ++i)
        many.append(viaLink(u"N%1"_s.arg(i), u"BOB"_s, u"1.00"_s));
    m_progressHandler = [this](qint64 done, qint64 total) {
        m_progress.append({done, total});
        return true;
    };
    const ImportSummary summary = import(many);
    QCOMPARE(summary.exitCode(), 0);
    QCOMPARE(summary.imported, 2100);
    QVERIFY(m_progress.size() >= 2);
    const qint64 size = QFileInfo(m_store->path(u"orders.csv"_s)).size();
    for (qsizetype i = 0; i < m_progress.size(); ++i) {
        QCOMPARE(m_progress.at(i).second, size);
        QVERIFY(m_progress.at(i).first <= size);
        if (i > 0)
            QVERIFY(m_progress.at(i).first >= m_progress.at(i - 1).first);
    }
    QCOMPARE(m_progress.last().first, size);
    QCOMPARE(count(m_store->database, u"transactions"_s), 2100);
}

void TestOrderImporter::fatalErrorMidFileWritesNothing()
{
    OrderLine existing = viaLink(u"O1"_s, u"BOB"_s);
    existing.status = u"pending"_s;
    QCOMPARE(import({existing}).exitCode(), 0);
    // A real SQLite failure on the third data row: the database refuses that order.
    QSqlQuery query(m_store->database.connection());
    QVERIFY2(query.exec(u"CREATE TRIGGER refuse_boom BEFORE INSERT ON orders WHEN NEW.order_id = 'BOOM' "
                        "BEGIN SELECT RAISE(ABORT, 'the disk said no'); END"_s),
             qPrintable(query.lastError().text()));
    const QList<qint64> before = ledgerCounts(m_store->database);

    OrderLine completed = existing;
    completed.status = u"complete"_s;
    m_issues.clear();
    OrderLine bad = order(u"B1"_s);
    bad.currency = u"XYZ"_s;
    const ImportSummary summary =
        import({completed, viaLink(u"N1"_s, u"JANE"_s), bad, viaLink(u"BOOM"_s, u"BOB"_s), viaLink(u"N2"_s, u"BOB"_s)});
    QVERIFY2(summary.fatalError.contains(u":5:"_s), qPrintable(summary.fatalError));
    QVERIFY2(summary.fatalError.contains(u"the disk said no"_s), qPrintable(summary.fatalError));
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.exitCode(), 1);
    QCOMPARE(ledgerCounts(m_store->database), before);
    QCOMPARE(m_ledger->order(u"O1"_s)->status, OrderStatus::Pending);
    QCOMPARE(live(u"O1"_s).first().status, u"pending"_s);
    QVERIFY(!m_ledger->order(u"N1"_s));

    // The database is usable afterwards.
    QCOMPARE(import({viaLink(u"N1"_s, u"JANE"_s)}).exitCode(), 0);
    QVERIFY(m_ledger->order(u"N1"_s));
}

void TestOrderImporter::attributionKinds_data()
{
    QTest::addColumn<QString>("coupon");
    QTest::addColumn<QString>("affiliateCode");
    QTest::addColumn<QString>("landing");
    QTest::addColumn<QString>("referrer");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("kind"); // "" when unattributed
    QTest::addColumn<QString>("partner");
    QTest::addColumn<int>("rateBp");
    QTest::addColumn<qint64>("commission");
    QTest::addColumn<bool>("selfReferral");

    const QString store = u"https://koongo.com/pricing"_s;
    QTest::addRow("coupon") << u"JANE10"_s << QString() << store << QString() << QString() << u"coupon"_s << u"JANE"_s
                            << 1000 << qint64(1000) << false;
    QTest::addRow("coupon, other case and spaces") << u" jane10 "_s << QString() << store << QString() << QString()
                                                   << u"coupon"_s << u"JANE"_s << 1000 << qint64(1000) << false;
    QTest::addRow("link acc") << QString() << QString() << store + u"?acc=BOB"_s << QString() << QString() << u"link"_s
                              << u"BOB"_s << 2000 << qint64(2000) << false;
    QTest::addRow("link acc, code in other case")
        << QString() << QString() << store + u"?x=1&acc=bob#top"_s << QString() << QString() << u"link"_s << u"BOB"_s
        << 2000 << qint64(2000) << false;
    QTest::addRow("link percent-encoded code")
        << QString() << QString() << store + u"?acc=A%26B%3DC%2BD"_s << QString() << QString() << u"link"_s
        << u"A&B=C+D"_s << 2000 << qint64(2000) << false;
    QTest::addRow("link affiliate_code column") << QString() << u"BOB"_s << store << QString() << QString() << u"link"_s
                                                << u"BOB"_s << 2000 << qint64(2000) << false;
    QTest::addRow("landing acc beats the cookie")
        << QString() << u"JANE"_s << store + u"?acc=BOB"_s << QString() << QString() << u"link"_s << u"BOB"_s << 2000
        << qint64(2000) << false;
    QTest::addRow("coupon beats the link") << u"JANE10"_s << u"BOB"_s << store + u"?acc=BOB"_s << QString() << QString()
                                           << u"coupon"_s << u"JANE"_s << 1000 << qint64(1000) << false;
    QTest::addRow("unknown coupon falls through")
        << u"NOPE"_s << QString() << store + u"?acc=BOB"_s << QString() << QString() << u"link"_s << u"BOB"_s << 2000
        << qint64(2000) << false;
    QTest::addRow("rewrite") << QString() << QString() << u"https://koongo.com/partner/carol"_s << QString()
                             << QString() << u"rewrite"_s << u"CAROL"_s << 2000 << qint64(2000) << false;
    QTest::addRow("rewrite, www and trailing slash")
        << QString() << QString() << u"https://www.koongo.com/partner/carol/"_s << QString() << QString()
        << u"rewrite"_s << u"CAROL"_s << 2000 << qint64(2000) << false;
    QTest::addRow("link beats rewrite") << QString() << QString() << u"https://koongo.com/partner/carol?acc=BOB"_s
                                        << QString() << QString() << u"link"_s << u"BOB"_s << 2000 << qint64(2000)
                                        << false;
    QTest::addRow("direct") << QString() << QString() << store << u"https://www.dave-blog.example.org/review"_s
                            << QString() << u"direct"_s << u"DAVE"_s << 2000 << qint64(2000) << false;
    QTest::addRow("rewrite beats direct")
        << QString() << QString() << u"https://koongo.com/partner/carol"_s << u"https://dave-blog.example.org/"_s
        << QString() << u"rewrite"_s << u"CAROL"_s << 2000 << qint64(2000) << false;
    QTest::addRow("unverified domain") << QString() << QString() << store << u"https://eve.example/"_s << QString()
                                       << QString() << QString() << 0 << qint64(0) << false;
    QTest::addRow("unknown acc") << QString() << QString() << store + u"?acc=NOBODY"_s << QString() << QString()
                                 << QString() << QString() << 0 << qint64(0) << false;
    QTest::addRow("nothing") << QString() << QString() << store << u"https://www.google.com/"_s << QString()
                             << QString() << QString() << 0 << qint64(0) << false;
    QTest::addRow("self-referral") << QString() << QString() << store + u"?acc=BOB"_s << QString()
                                   << u"BOB@Example.COM"_s << u"link"_s << u"BOB"_s << 2000 << qint64(0) << true;
}

void TestOrderImporter::attributionKinds()
{
    QFETCH(QString, coupon);
    QFETCH(QString, affiliateCode);
    QFETCH(QString, landing);
    QFETCH(QString, referrer);
    QFETCH(QString, email);
    QFETCH(QString, kind);
    QFETCH(QString, partner);
    QFETCH(int, rateBp);
    QFETCH(qint64, commission);
    QFETCH(bool, selfReferral);

    OrderLine o = order(u"K1"_s);
    o.coupon = coupon;
    o.affiliateCode = affiliateCode;
    o.landingUrl = landing;
    o.referrerUrl = referrer;
    o.customerEmail = email;
    const ImportSummary summary = import({o});
    QCOMPARE(summary.exitCode(), 0);
    QCOMPARE(summary.attributed, kind.isEmpty() ? 0 : 1);
    const QList<TransactionRow> rows = m_ledger->transactionsOf(u"K1"_s);
    if (kind.isEmpty()) {
        QVERIFY(rows.isEmpty());
        QCOMPARE(count(m_store->database, u"transactions"_s), 0);
        return;
    }
    QCOMPARE(rows.size(), 1);
    const TransactionRow &t = rows.first();
    QCOMPARE(t.kind, kind);
    QCOMPARE(t.affiliateCode, partner);
    QCOMPARE(t.programName, u"Koongo Partner"_s);
    QCOMPARE(t.rateBp, rateBp);
    QCOMPARE(t.baseMinor, qint64(10000));
    QCOMPARE(t.commissionMinor, commission);
    QCOMPARE(t.currency, u"EUR"_s);
    QCOMPARE(t.status, u"approved"_s);
    QCOMPARE(t.selfReferral, selfReferral);
    QCOMPARE(scalar(m_store->database, u"SELECT count(*) FROM transactions WHERE kind = '%1'"_s.arg(kind)), 1);
}

void TestOrderImporter::commissionRounding_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("subtotal");
    QTest::addColumn<bool>("coupon"); // coupon 10 %, else link 20 %
    QTest::addColumn<QString>("commission");

    QTest::addRow("EUR 0.15 at 10 %%") << u"EUR"_s << u"0.15"_s << true << u"0.02"_s;
    QTest::addRow("EUR 0.25 at 10 %%") << u"EUR"_s << u"0.25"_s << true << u"0.03"_s;
    QTest::addRow("EUR 0.14 at 10 %%") << u"EUR"_s << u"0.14"_s << true << u"0.01"_s;
    QTest::addRow("EUR 0.05 at 10 %%") << u"EUR"_s << u"0.05"_s << true << u"0.01"_s;
    QTest::addRow("EUR 0.04 at 10 %%") << u"EUR"_s << u"0.04"_s << true << u"0.00"_s;
    QTest::addRow("EUR 0.0 at 10 %%") << u"EUR"_s << u"0"_s << true << u"0.00"_s;
    QTest::addRow("EUR 1234.56 at 10 %%") << u"EUR"_s << u"1234.56"_s << true << u"123.46"_s;
    QTest::addRow("EUR 0.03 at 20 %%") << u"EUR"_s << u"0.03"_s << false << u"0.01"_s;
    QTest::addRow("EUR 0.02 at 20 %%") << u"EUR"_s << u"0.02"_s << false << u"0.00"_s;
    QTest::addRow("EUR 12.5 at 20 %%") << u"EUR"_s << u"12.5"_s << false << u"2.50"_s;
    // Large: the most an order's subtotal may be (ValueRules), and a cent below it.
    QTest::addRow("EUR at the ceiling") << u"EUR"_s << u"10000000000.00"_s << false << u"2000000000.00"_s;
    QTest::addRow("EUR large") << u"EUR"_s << u"9999999999.95"_s << false << u"1999999999.99"_s;
    QTest::addRow("JPY 15 at 10 %%") << u"JPY"_s << u"15"_s << true << u"2"_s;
    QTest::addRow("JPY 25 at 10 %%") << u"JPY"_s << u"25"_s << true << u"3"_s;
    QTest::addRow("JPY 14 at 10 %%") << u"JPY"_s << u"14"_s << true << u"1"_s;
    QTest::addRow("JPY 1234 at 20 %%") << u"JPY"_s << u"1234"_s << false << u"247"_s;
    QTest::addRow("KWD 0.015 at 10 %%") << u"KWD"_s << u"0.015"_s << true << u"0.002"_s;
}

void TestOrderImporter::commissionRounding()
{
    QFETCH(QString, currency);
    QFETCH(QString, subtotal);
    QFETCH(bool, coupon);
    QFETCH(QString, commission);

    OrderLine o = coupon ? order(u"M1"_s) : viaLink(u"M1"_s, u"BOB"_s);
    if (coupon)
        o.coupon = u"JANE10"_s;
    o.subtotal = subtotal;
    o.currency = currency;
    const ImportSummary summary = import({o});
    QVERIFY2(summary.exitCode() == 0, m_issues.isEmpty() ? "" : qPrintable(m_issues.first().reason));
    const QList<TransactionRow> rows = m_ledger->transactionsOf(u"M1"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().currency, currency);
    QCOMPARE(Money(rows.first().commissionMinor, currency).toPlainString(), commission);

    // The transactions CSV carries the same amount with the currency's minor digits.
    QString csv;
    QTextStream out(&csv);
    QVERIFY(m_ledger->writeTransactionsCsv(out));
    out.flush();
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(),
             u"order_id,affiliate_code,program,kind,base,rate_percent,commission,currency,status,campaign"_s);
    const QStringList fields = lines.at(1).split(u',');
    QCOMPARE(fields.size(), 10);
    QCOMPARE(fields.at(3), coupon ? u"coupon"_s : u"link"_s);
    QCOMPARE(fields.at(5), coupon ? u"10"_s : u"20"_s);
    QCOMPARE(fields.at(6), commission);
    QCOMPARE(fields.at(7), currency);
}

void TestOrderImporter::importFromDevice()
{
    QByteArray csv = ordersCsv({viaLink(u"D1"_s, u"BOB"_s)});
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    OrderImporter importer(m_store->database);
    const ImportSummary summary = importer.importDevice(buffer, u"/some/where/paste.csv"_s);
    QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
    QCOMPARE(summary.imported, 1);
    QCOMPARE(count(m_store->database, u"imports"_s, u"source = 'paste.csv'"_s), 1);

    // A file that cannot be opened is a fatal error naming it.
    const ImportSummary missing = importer.importFile(m_store->path(u"no-such.csv"_s));
    QVERIFY2(missing.fatalError.contains(u"no-such.csv"_s), qPrintable(missing.fatalError));
    QCOMPARE(missing.exitCode(), 1);
}

QTEST_GUILESS_MAIN(TestOrderImporter)
#include "tst_orderimporter.moc"
