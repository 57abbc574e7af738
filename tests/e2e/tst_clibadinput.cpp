// Hostile and broken input through the real partnerdesk-cli, as a user meets it (issue #12): every
// file that cannot be imported says what is wrong, in which file and on which line, exits non-zero
// and leaves the books as they were; the limits of an amount are the central database's; a store
// at those limits still adds up, and one beyond what 64-bit money holds is refused, not misprinted.

#include "clirunner.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace PartnerDeskTest;

namespace {

const QByteArray ordersHeader = "order_id,placed_at,subtotal,currency,status,coupon_code,affiliate_code,landing_url,"
                                "referrer_url,customer_email\n";

QByteArray orderRow(const QByteArray &id, const QByteArray &subtotal = "100.00",
                    const QByteArray &placedAt = "2026-03-01T10:00:00Z")
{
    return id + ',' + placedAt + ',' + subtotal + ",EUR,complete,,,https://koongo.com/?acc=JANE,,\n";
}

} // namespace

class TestCliBadInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ordersImportRefused_data();
    void ordersImportRefused();
    void ordersImportRejectsRows_data();
    void ordersImportRejectsRows();
    void crOnlyLineEndsImport();
    void visitsImportRefused_data();
    void visitsImportRefused();
    void amountCeilingOutsideImports();
    void storeAtTheCeilingAddsUp();
    void sumsBeyond64BitsAreRefused();

private:
    CliRun db(QStringList arguments) const;
    // Every transaction, as `transactions --format csv` prints it.
    QString ledger() const { return db({u"transactions"_s, u"--format"_s, u"csv"_s}).out; }

    CliRunner m_runner;
    QString m_db;
};

void TestCliBadInput::initTestCase()
{
    QVERIFY2(m_runner.error().isEmpty(), qPrintable(m_runner.error()));
    m_db = m_runner.path(u"books.sqlite"_s);
    const QList<QStringList> setup = {
        {u"program"_s, u"add"_s, u"--name"_s, u"Koongo Partner"_s, u"--currency"_s, u"EUR"_s, u"--link-rate"_s, u"20"_s,
         u"--coupon-rate"_s, u"10"_s, u"--coupon-discount"_s, u"10"_s, u"--threshold"_s, u"50.00"_s, u"--hold-days"_s,
         u"30"_s, u"--store-host"_s, u"koongo.com"_s},
        {u"affiliate"_s, u"add"_s, u"--name"_s, u"Jane Doe"_s, u"--email"_s, u"jane@example.com"_s, u"--code"_s,
         u"JANE"_s},
        {u"join"_s, u"--affiliate"_s, u"JANE"_s, u"--program"_s, u"Koongo Partner"_s},
    };
    for (const QStringList &arguments : setup) {
        const CliRun run = db(arguments);
        CLI_EXPECT(run, arguments, run.exitCode == 0);
    }
    const QString first = m_runner.writeFile(u"first.csv"_s, ordersHeader + orderRow("1"));
    const CliRun run = db({u"orders"_s, u"import"_s, first});
    CLI_EXPECT(run, QStringList{first}, run.exitCode == 0);
}

CliRun TestCliBadInput::db(QStringList arguments) const
{
    arguments << u"--db"_s << m_db;
    return m_runner.run(arguments);
}

// Files that are refused whole: one line on stderr, "partnerdesk-cli: FILE:LINE: why", exit 1,
// no summary, and the ledger untouched even when good rows came first.
void TestCliBadInput::ordersImportRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message"); // what follows "FILE:LINE: "

    const QByteArray good = orderRow("G1") + orderRow("G2") + orderRow("G3");
    QTest::addRow("visits file") << "visited_at,landing_url,referrer_url,affiliate_code\n"
                                    "2026-03-01T10:00:00Z,https://koongo.com/?acc=JANE,,\n"_ba
                                 << 1
                                 << u"not a CSV of orders: the first row (\"visited_at\", \"landing_url\", "
                                    "\"referrer_url\", \"affiliate_code\") lacks the required column(s) order_id, "
                                    "placed_at, subtotal, currency, status"_s;
    QTest::addRow("random CSV") << "name,age,city\nJana,34,Brno\n"_ba << 1
                                << u"not a CSV of orders: the first row (\"name\", \"age\", \"city\") lacks the "
                                   "required column(s) order_id, placed_at, subtotal, currency, status"_s;
    QTest::addRow("header only") << ordersHeader << 1
                                 << u"the file has a header but no data rows: no orders to import"_s;
    QTest::addRow("empty file") << QByteArray() << 1 << u"the file is empty (0 bytes): the header row is missing"_s;
    QByteArray png = "\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR\x00\x00\x01\x2C\x00\x00\x00\xFA\x08\x06"_ba;
    QTest::addRow("PNG") << png << 1
                         << u"byte 0x89 at byte offset 0 is not UTF-8: a binary file, or text in another encoding "
                            "(save it as CSV UTF-8); nothing was imported from this file"_s;
    QTest::addRow("NUL in the middle") << ordersHeader + good + "G4" + QByteArray(1, '\0') + orderRow(",x") << 5
                                       << u"a NUL byte at byte offset 344: this is a binary file, not CSV text; "
                                          "nothing was imported from this file"_s;
    QTest::addRow("UTF-16") << "\xFF\xFEo\x00r\x00"_ba << 1
                            << u"the file is UTF-16 text (it starts with the byte order mark 0xFF 0xFE); save it as "
                               "CSV UTF-8; nothing was imported from this file"_s;
    QTest::addRow("Windows-1250") << ordersHeader + good + orderRow("Nov\xE1k") << 5
                                  << u"the bytes at byte offset 345 (0xE1 0x6B) are not UTF-8: a binary file, or text "
                                     "in another encoding (save it as CSV UTF-8); nothing was imported from this "
                                     "file"_s;
    QTest::addRow("a field of 70 KiB") << ordersHeader + good + orderRow("G4" + QByteArray(70 * 1024, '4')) << 5
                                       << u"row 5: field 1 is longer than 65,536 bytes, the most a field may hold; "
                                          "nothing was imported from this file"_s;
    QByteArray longRow = "G4";
    for (int i = 0; i < 20; ++i)
        longRow += ',' + QByteArray(60 * 1024, 'x');
    QTest::addRow("a row of 1.2 MB") << ordersHeader + good + longRow + '\n'
                                     << 5
                                     << u"row 5: the row is longer than 1,048,576 bytes, the most a row may hold; "
                                        "nothing was imported from this file"_s;
    QTest::addRow("300 columns") << ordersHeader + good + "G4" + QByteArray(299, ',') + '\n'
                                 << 5
                                 << u"row 5: the row has more than 256 fields, the most a row may have; nothing was "
                                    "imported from this file"_s;
    QByteArray unclosed = ordersHeader + orderRow("G1") + "G2,\"2026-03-01,100.00,EUR,complete,,,,,\n";
    for (int i = 4; i <= 10000; ++i)
        unclosed += orderRow("N" + QByteArray::number(i));
    // The quote swallows the lines after it until the field passes 64 KiB: the rest of line 3
    // (36 bytes) and 831 rows of 77 to 79 bytes, which end on line 834.
    QTest::addRow("unclosed quote at line 3 of 10,000") << unclosed << 3
                                                        << u"row 3: unclosed quote starting at line 3: field 2 is "
                                                           "longer than 65,536 bytes, the most a field may hold, still "
                                                           "inside the quotes at line 834; nothing was imported from "
                                                           "this file"_s;
}

void TestCliBadInput::ordersImportRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, message);
    const QString before = ledger();
    const QString file =
        m_runner.writeFile(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".csv"_s, content);
    const QStringList arguments = {u"orders"_s, u"import"_s, file};
    const CliRun run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1);
    CLI_EXPECT(run, arguments, run.out.isEmpty());
    QCOMPARE(run.err, u"partnerdesk-cli: %1:%2: %3\n"_s.arg(file).arg(line).arg(message));
    QCOMPARE(ledger(), before);
}

// Rows refused one by one: the file is read to its end, the good rows imported (exit 2), or none
// (exit 1); each refusal "FILE:LINE: field: why" on stderr.
void TestCliBadInput::ordersImportRejectsRows_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("rejects"); // what follows "FILE:"

    QTest::addRow("placed_at in 1969 and 10000")
        << ordersHeader + orderRow("T1", "10.00", "1969-12-31T23:59:59Z") + orderRow("T2", "10.00", "2026-03-02") +
               orderRow("T3", "10.00", "10000-01-01T00:00:00Z")
        << 2 << u"imported 1 (created 1, updated 0), rejected 2, attributed 1, unattributed 0, reversals 0"_s
        << QStringList{
               u"2: placed_at: placed_at 1969-12-31T23:59:59Z is before 1970-01-01T00:00:00Z, the earliest "
               "time accepted"_s,
               u"4: placed_at: placed_at 10000-01-01 is after 9999-12-31T23:59:59Z, the latest time accepted"_s};
    QTest::addRow("subtotal above the ceiling")
        << ordersHeader + orderRow("A1", "10000000000.01") + orderRow("A2", "90000000000000000.00") +
               orderRow("A3", "99999999999999999999999.00")
        << 1 << u"imported 0 (created 0, updated 0), rejected 3, attributed 0, unattributed 0, reversals 0"_s
        << QStringList{u"2: subtotal: subtotal 10000000000.01 is more than 10000000000.00, the most an order's "
                       "subtotal can be"_s,
                       u"3: subtotal: subtotal 90000000000000000.00 is more than 10000000000.00, the most an order's "
                       "subtotal can be"_s,
                       u"4: subtotal: "_s};
    QTest::addRow("unclosed quote in a short file")
        << ordersHeader + orderRow("Q1") + "Q2,\"2026-03-01,1.00,EUR,complete,,,,,\n" + orderRow("Q3") << 2
        << u"imported 1 (created 1, updated 0), rejected 1, attributed 1, unattributed 0, reversals 0"_s
        << QStringList{u"3: unclosed quote starting at line 3: field 2 is not closed before the end of the file; the "
                       "lines after the quote were read as part of it"_s};
}

void TestCliBadInput::ordersImportRejectsRows()
{
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, summary);
    QFETCH(QStringList, rejects);
    const QString file = m_runner.writeFile(u"rows.csv"_s, content);
    const QStringList arguments = {u"orders"_s, u"import"_s, file};
    const CliRun run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == exitCode);
    QCOMPARE(run.out, summary + u'\n');
    const QStringList errors = run.errLines();
    QCOMPARE(errors.size(), rejects.size());
    for (qsizetype i = 0; i < rejects.size(); ++i)
        CLI_EXPECT(run, arguments, errors.at(i).startsWith(file + u':' + rejects.at(i)));
}

// An old Mac export: CR alone ends each line. It imports like any other file.
void TestCliBadInput::crOnlyLineEndsImport()
{
    QByteArray content = ordersHeader + orderRow("M1") + orderRow("M2");
    content.replace('\n', '\r');
    const QString file = m_runner.writeFile(u"mac.csv"_s, content);
    const CliRun run = db({u"orders"_s, u"import"_s, file});
    CLI_EXPECT(run, QStringList{file}, run.exitCode == 0);
    QCOMPARE(run.out, u"imported 2 (created 2, updated 0), rejected 0, attributed 2, unattributed 0, reversals 0\n"_s);
    QVERIFY(ledger().contains(u"\nM2,JANE,Koongo Partner,link,100.00,20,20.00,EUR,"_s));
}

void TestCliBadInput::visitsImportRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message"); // what follows "FILE:"
    QTest::addRow("orders file") << ordersHeader + orderRow("V1")
                                 << u"1: the header lacks the required column(s) visited_at; it has \"order_id\", "
                                    "\"placed_at\", \"subtotal\", \"currency\", \"status\", \"coupon_code\" and 4 "
                                    "more"_s;
    QTest::addRow("header only") << "visited_at,landing_url\n"_ba
                                 << u"1: the file has a header but no data rows: no visits to import"_s;
    QTest::addRow("empty file") << QByteArray() << u"1: the file is empty (0 bytes): the header row is missing"_s;
    QTest::addRow("binary") << "visited_at,landing_url\n\x7F"
                               "ELF\x02\x01\x01\x00\x00"_ba
                            << u"2: a NUL byte at byte offset 30: this is a binary file, not CSV text; nothing was "
                               "imported from this file"_s;
}

void TestCliBadInput::visitsImportRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString file = m_runner.writeFile(u"visits.csv"_s, content);
    const CliRun run = db({u"visits"_s, u"import"_s, file});
    CLI_EXPECT(run, QStringList{file}, run.exitCode == 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, u"partnerdesk-cli: "_s + file + u':' + message + u'\n');
}

// The ceiling of an amount a manager types is the central schema's: 10^12 minor units.
void TestCliBadInput::amountCeilingOutsideImports()
{
    const QStringList over = {u"assign"_s,   u"--order"_s,         u"1"_s,        u"--affiliate"_s,   u"JANE"_s,
                              u"--reason"_s, u"agreed by phone"_s, u"--amount"_s, u"10000000000.01"_s};
    const CliRun refused = db(over);
    CLI_EXPECT(refused, over, refused.exitCode == 1);
    QCOMPARE(refused.err, u"partnerdesk-cli: The manual amount 10000000000.01 is more than 10000000000.00, the "
                          "largest amount accepted.\n"_s);
    QStringList huge = over;
    huge.last() = u"99999999999999999999.00"_s;
    const CliRun hugeRun = db(huge);
    CLI_EXPECT(hugeRun, huge, hugeRun.exitCode == 1);
    CLI_EXPECT(hugeRun, huge, hugeRun.err.startsWith(u"partnerdesk-cli: --amount: "_s));
    QVERIFY(!ledger().contains(u"manual"_s));

    QStringList atCeiling = over;
    atCeiling.last() = u"10000000000.00"_s;
    const CliRun accepted = db(atCeiling);
    CLI_EXPECT(accepted, atCeiling, accepted.exitCode == 0);
    QVERIFY2(ledger().contains(u"\n1,JANE,Koongo Partner,manual,100.00,0,10000000000.00,EUR,"_s), qPrintable(ledger()));

    const QStringList threshold = {u"program"_s,
                                   u"add"_s,
                                   u"--name"_s,
                                   u"Big"_s,
                                   u"--currency"_s,
                                   u"EUR"_s,
                                   u"--link-rate"_s,
                                   u"20"_s,
                                   u"--coupon-rate"_s,
                                   u"10"_s,
                                   u"--coupon-discount"_s,
                                   u"10"_s,
                                   u"--threshold"_s,
                                   u"10000000000.01"_s,
                                   u"--hold-days"_s,
                                   u"30"_s,
                                   u"--store-host"_s,
                                   u"big.example"_s};
    const CliRun thresholdRun = db(threshold);
    CLI_EXPECT(thresholdRun, threshold, thresholdRun.exitCode == 1);
    QVERIFY2(thresholdRun.err.contains(u"10000000000.01 is more than 10000000000.00"_s), qPrintable(thresholdRun.err));
}

// Five orders at the ceiling (10,000,000,000.00 EUR each) beside the manual ceiling amount: every
// figure exact, in the ledger, the balances and the report.
void TestCliBadInput::storeAtTheCeilingAddsUp()
{
    QByteArray content = ordersHeader;
    for (int i = 1; i <= 5; ++i)
        content += orderRow("C" + QByteArray::number(i), "10000000000.00", "2026-04-0" + QByteArray::number(i));
    const QString file = m_runner.writeFile(u"ceiling.csv"_s, content);
    const CliRun run = db({u"orders"_s, u"import"_s, file});
    CLI_EXPECT(run, QStringList{file}, run.exitCode == 0);
    QVERIFY2(ledger().contains(u"\nC5,JANE,Koongo Partner,link,10000000000.00,20,2000000000.00,EUR,approved"_s),
             qPrintable(ledger()));

    // Approved: order 1's manual 10,000,000,000.00, five times 2,000,000,000.00, and the earlier
    // link orders (G1-G3 were refused with their files; T2, Q1, M1, M2 at 20.00 and T2 at 2.00).
    const CliRun balances = db({u"balances"_s, u"--format"_s, u"csv"_s});
    CLI_EXPECT(balances, QStringList{u"balances"_s}, balances.exitCode == 0);
    QVERIFY2(balances.outLines().value(1).startsWith(u"JANE,Jane Doe,jane@example.com,EUR,0.00,20000000062.00,"_s),
             qPrintable(balances.out));

    const CliRun report = db({u"report"_s, u"--from"_s, u"2026-04-01"_s, u"--to"_s, u"2026-04-30"_s, u"--format"_s,
                              u"csv"_s, u"--by"_s, u"none"_s});
    CLI_EXPECT(report, QStringList{u"report"_s}, report.exitCode == 0);
    QCOMPARE(report.out, u"currency,orders,sales,commission,visits,conversion_percent\n"
                         u"EUR,5,50000000000.00,10000000000.00,,\n"_s); // no visits known: those stay empty
}

// A database written before the value rules (or edited by hand) may hold amounts no import
// accepts now. Sums beyond 64 bits are then refused with a reason, never printed wrapped or empty.
void TestCliBadInput::sumsBeyond64BitsAreRefused()
{
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
        sql.setDatabaseName(m_db);
        QVERIFY(sql.open());
        QSqlQuery query(sql);
        QVERIFY2(query.exec(u"UPDATE transactions SET commission_minor = 4000000000000000000, "
                            "base_minor = 4000000000000000000 WHERE order_id IN ('C1', 'C2', 'C3')"_s),
                 qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 3);
    }
    QSqlDatabase::removeDatabase(u"edit"_s);

    const CliRun balances = db({u"balances"_s, u"--format"_s, u"csv"_s});
    CLI_EXPECT(balances, QStringList{u"balances"_s}, balances.exitCode == 1);
    QCOMPARE(balances.out, QString());
    QCOMPARE(balances.err,
             u"partnerdesk-cli: A partner's commissions in one currency add up to more than 64-bit "
             "money holds (9,223,372,036,854,775,807 minor units): they cannot be summed, shown or paid.\n"_s);
    const CliRun due = db({u"payouts"_s, u"due"_s});
    CLI_EXPECT(due, QStringList{u"payouts due"_s}, due.exitCode == 1 && due.out.isEmpty());
    const QString payPal = m_runner.path(u"paypal.csv"_s);
    const CliRun batch = db({u"payouts"_s, u"batch"_s, u"--format"_s, u"paypal"_s, u"--output"_s, payPal});
    CLI_EXPECT(batch, QStringList{u"payouts batch"_s}, batch.exitCode == 1 && batch.err == balances.err);
    QVERIFY(!QFile::exists(payPal));

    const CliRun report = db({u"report"_s, u"--from"_s, u"2026-04-01"_s, u"--to"_s, u"2026-04-30"_s, u"--format"_s,
                              u"csv"_s, u"--by"_s, u"none"_s});
    CLI_EXPECT(report, QStringList{u"report"_s}, report.exitCode == 1 && report.out.isEmpty());
    QVERIFY2(report.err.contains(u"beyond what 64-bit money holds"_s), qPrintable(report.err));
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_clibadinput.moc"
