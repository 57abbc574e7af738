#include "core/timestamp.h"
#include "import/visitimporter.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

const QString visitsHeader = u"visited_at,landing_url,referrer_url,affiliate_code"_s;

QByteArray visitsCsv(const QStringList &lines)
{
    return (visitsHeader + u'\n' + lines.join(u'\n') + u'\n').toUtf8();
}

struct StoredVisit
{
    QString visitedAt;
    QString rule;
    QString affiliateCode; // of the credited partner, "" when unattributed
    qint64 programId = 0;
};

} // namespace

class TestVisitImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void attribution_data();
    void attribution();
    void badRows_data();
    void badRows();
    void goodRowsKeptBesideBadOnes();
    void exitCode_data();
    void exitCode();
    void fatalHeader_data();
    void fatalHeader();
    void bomQuotingAndColumnOrder();
    void reimportSkipsKnownVisits();
    void cancelWritesNothing();
    void importFromDevice();

private:
    VisitImportSummary import(const QByteArray &csv);
    QList<StoredVisit> stored() const;

    std::unique_ptr<StoreFixture> m_store;
    QList<ImportIssue> m_issues;
    qint64 m_program = 0;
    qint64 m_otherProgram = 0;
};

void TestVisitImporter::initTestCase()
{
    pinNow();
}

// Koongo Partner (koongo.com) and Koongo Japan (koongo.jp); BOB links, CAROL has the rewrite
// /partner/carol, DAVE the verified domain dave-blog.example.org, JANE a coupon, YUKI's primary
// program is Japan, EVE's domain is not verified, SUSI left her only program.
void TestVisitImporter::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    m_issues.clear();
    ProgramStore programs(m_store->database);
    AffiliateStore affiliates(m_store->database);
    Program program;
    program.name = u"Koongo Partner"_s;
    program.storeHosts = {u"koongo.com"_s};
    const Result<qint64> id = programs.add(program);
    QVERIFY2(id, qPrintable(id.error()));
    m_program = *id;
    program.name = u"Koongo Japan"_s;
    program.currency = u"JPY"_s;
    program.storeHosts = {u"koongo.jp"_s};
    const Result<qint64> japan = programs.add(program);
    QVERIFY2(japan, qPrintable(japan.error()));
    m_otherProgram = *japan;
    for (const QString &code : {u"BOB"_s, u"CAROL"_s, u"DAVE"_s, u"JANE"_s, u"YUKI"_s, u"EVE"_s, u"SUSI"_s}) {
        const Result<Affiliate> partner =
            affiliates.add(code + u" Partner"_s, code.toLower() + u"@example.com"_s, code);
        QVERIFY2(partner, qPrintable(partner.error()));
        QVERIFY(programs.join(partner->id, code == u"YUKI" ? m_otherProgram : m_program));
        if (code == u"CAROL")
            QVERIFY(affiliates.addRewrite(partner->id, u"koongo.com"_s, u"/partner/carol"_s,
                                          u"https://koongo.com/pricing"_s));
        if (code == u"DAVE") {
            QVERIFY(affiliates.addDomain(partner->id, u"dave-blog.example.org"_s));
            QVERIFY(affiliates.approveDomain(partner->id, u"dave-blog.example.org"_s, u"checked"_s));
        }
        if (code == u"JANE")
            QVERIFY(affiliates.createCoupon(partner->id, m_program, u"JANE10"_s));
        if (code == u"EVE")
            QVERIFY(affiliates.addDomain(partner->id, u"eve.example"_s));
        if (code == u"SUSI")
            QVERIFY(programs.leave(partner->id, m_program));
    }
}

void TestVisitImporter::cleanup()
{
    m_store.reset();
}

VisitImportSummary TestVisitImporter::import(const QByteArray &csv)
{
    const QString path = m_store->path(u"visits.csv"_s);
    if (!writeFile(path, csv))
        qFatal("cannot write %s", qPrintable(path));
    VisitImporter importer(m_store->database);
    importer.setIssueHandler([this](const ImportIssue &issue) { m_issues.append(issue); });
    return importer.importFile(path);
}

QList<StoredVisit> TestVisitImporter::stored() const
{
    QList<StoredVisit> visits;
    QSqlQuery query(m_store->database.connection());
    if (!query.exec(u"SELECT v.visited_at, v.rule, coalesce(a.code, ''), coalesce(v.program_id, 0) FROM visits v "
                    "LEFT JOIN affiliates a ON a.id = v.affiliate_id ORDER BY v.id"_s))
        qWarning("%s", qPrintable(query.lastError().text()));
    while (query.next()) {
        visits.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toLongLong()});
    }
    return visits;
}

void TestVisitImporter::attribution_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<bool>("japan");

    QTest::addRow("link: acc of the landing URL")
        << u"2026-05-01T10:00:00Z,https://koongo.com/pricing?acc=BOB,,"_s << u"link"_s << u"BOB"_s << false;
    QTest::addRow("link: acc beats the older cookie")
        << u"2026-05-01T10:00:00Z,https://koongo.com/?acc=BOB,,CAROL"_s << u"link"_s << u"BOB"_s << false;
    QTest::addRow("link: the affiliate_code cookie")
        << u"2026-05-01T10:00:00Z,https://koongo.com/features,,dave"_s << u"link"_s << u"DAVE"_s << false;
    QTest::addRow("link: credited to the primary program")
        << u"2026-05-01T10:00:00Z,https://koongo.jp/?acc=YUKI,,"_s << u"link"_s << u"YUKI"_s << true;
    QTest::addRow("rewrite: a vanity path")
        << u"2026-05-01T10:00:00Z,https://koongo.com/partner/carol,,"_s << u"rewrite"_s << u"CAROL"_s << false;
    QTest::addRow("direct: referrer on a verified domain, www. ignored")
        << u"2026-05-01T10:00:00Z,https://koongo.com/,https://www.dave-blog.example.org/post,"_s << u"direct"_s
        << u"DAVE"_s << false;
    QTest::addRow("link beats rewrite and direct")
        << u"2026-05-01T10:00:00Z,https://koongo.com/partner/carol?acc=BOB,https://dave-blog.example.org/,"_s
        << u"link"_s << u"BOB"_s << false;
    QTest::addRow("none: an organic visit") << u"2026-05-01T10:00:00Z,https://koongo.com/,https://www.google.com/,"_s
                                            << u"unattributed"_s << QString() << false;
    QTest::addRow("none: an unverified domain") << u"2026-05-01T10:00:00Z,https://koongo.com/,https://eve.example/,"_s
                                                << u"unattributed"_s << QString() << false;
    QTest::addRow("none: an unknown code")
        << u"2026-05-01T10:00:00Z,https://koongo.com/?acc=NOBODY,,"_s << u"unattributed"_s << QString() << false;
    QTest::addRow("none: a partner without membership")
        << u"2026-05-01T10:00:00Z,https://koongo.com/?acc=SUSI,,"_s << u"unattributed"_s << QString() << false;
    QTest::addRow("none: a coupon code is not a visit's")
        << u"2026-05-01T10:00:00Z,https://koongo.com/?coupon=JANE10,,JANE10"_s << u"unattributed"_s << QString()
        << false;
}

void TestVisitImporter::attribution()
{
    QFETCH(QString, row);
    QFETCH(QString, rule);
    QFETCH(QString, partner);
    QFETCH(bool, japan);
    const VisitImportSummary summary = import(visitsCsv({row}));
    QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
    QCOMPARE(summary.rejected, 0);
    QCOMPARE(summary.imported, 1);
    QCOMPARE(summary.exitCode(), 0);
    QCOMPARE(summary.attributed(), partner.isEmpty() ? 0 : 1);
    QCOMPARE(summary.unattributed, partner.isEmpty() ? 1 : 0);
    const QList<StoredVisit> visits = stored();
    QCOMPARE(visits.size(), 1);
    QCOMPARE(visits.first().visitedAt, u"2026-05-01T10:00:00Z"_s);
    QCOMPARE(visits.first().rule, rule);
    QCOMPARE(visits.first().affiliateCode, partner);
    QCOMPARE(visits.first().programId, partner.isEmpty() ? 0 : (japan ? m_otherProgram : m_program));
}

void TestVisitImporter::badRows_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason"); // a part of the reason

    QTest::addRow("visited_at empty") << u",https://koongo.com/,,"_s << u"visited_at"_s << u"empty"_s;
    QTest::addRow("visited_at not a date")
        << u"yesterday,https://koongo.com/,,"_s << u"visited_at"_s << u"\"yesterday\" is not an ISO 8601"_s;
    QTest::addRow("visited_at impossible")
        << u"2026-02-30T10:00:00Z,https://koongo.com/,,"_s << u"visited_at"_s << u"2026-02-30T10:00:00Z"_s;
    QTest::addRow("landing_url empty") << u"2026-05-01T10:00:00Z,,,BOB"_s << u"landing_url"_s << u"empty"_s;
    QTest::addRow("landing_url not http")
        << u"2026-05-01T10:00:00Z,ftp://koongo.com/,,"_s << u"landing_url"_s << u"not an http or https URL"_s;
    QTest::addRow("landing_url no URL") << u"2026-05-01T10:00:00Z,koongo pricing,,"_s << u"landing_url"_s
                                        << u"not an http or https URL"_s;
    QTest::addRow("referrer_url without a host")
        << u"2026-05-01T10:00:00Z,https://koongo.com/,not a url,"_s << u"referrer_url"_s << u"not a URL with a host"_s;
    // ValueRules, as the central database holds visits to them.
    QTest::addRow("visited_at in year 0") << u"0000-01-01T00:00:00Z,https://koongo.com/,,"_s << u"visited_at"_s
                                          << u"visited_at 0000-01-01T00:00:00Z is before 1970-01-01T00:00:00Z"_s;
    QTest::addRow("visited_at after 9999") << u"9999-12-31T23:59:59-01:00,https://koongo.com/,,"_s << u"visited_at"_s
                                           << u"is after 9999-12-31T23:59:59Z"_s;
    // A NUL byte refuses the whole file (fatalHeader); another control character, the row.
    QTest::addRow("U+0002 in landing_url") << u"2026-05-01T10:00:00Z,https://koongo.com/\x02,,"_s << u"landing_url"_s
                                           << u"landing_url contains a control character (U+0002) at position 20"_s;
    QTest::addRow("visited_at in 1969") << u"1969-12-31T23:59:59Z,https://koongo.com/,,"_s << u"visited_at"_s
                                        << u"visited_at 1969-12-31T23:59:59Z is before 1970-01-01T00:00:00Z"_s;
    QTest::addRow("visited_at in 10000") << u"10000-01-01T00:00:00Z,https://koongo.com/,,"_s << u"visited_at"_s
                                         << u"visited_at 10000-01-01 is after 9999-12-31T23:59:59Z"_s;
    QTest::addRow("landing_url of 2049") << u"2026-05-01T10:00:00Z,https://koongo.com/"_s + QString(2030, u'p') +
                                                u",,"_s
                                         << u"landing_url"_s << u"characters long; at most 2"_s;
    QTest::addRow("line feed in referrer_url")
        << u"2026-05-01T10:00:00Z,https://koongo.com/,\"https://ref.example/a\nb\","_s << u"referrer_url"_s
        << u"control character (U+000A) at position 22"_s;
    QTest::addRow("affiliate_code of 65") << u"2026-05-01T10:00:00Z,https://koongo.com/,,"_s + QString(65, u'c')
                                          << u"affiliate_code"_s << u"65 characters long; at most 64"_s;
    QTest::addRow("too few fields") << u"2026-05-01T10:00:00Z,https://koongo.com/"_s << QString()
                                    << u"the row has 2 fields; the header has 4"_s;
    QTest::addRow("too many fields") << u"2026-05-01T10:00:00Z,https://koongo.com/,,,extra"_s << QString()
                                     << u"the row has 5 fields; the header has 4"_s;
    QTest::addRow("malformed quoting") << u"2026-05-01T10:00:00Z,\"https://koongo.com/\"x,,"_s << QString()
                                       << QString();
}

void TestVisitImporter::badRows()
{
    QFETCH(QString, row);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    // The bad row on line 3, between two good ones.
    const VisitImportSummary summary = import(visitsCsv({u"2026-05-01T09:00:00Z,https://koongo.com/?acc=BOB,,"_s, row,
                                                         u"2026-05-01T11:00:00Z,https://koongo.com/,,"_s}));
    QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.exitCode(), 2);
    QCOMPARE(m_issues.size(), 1);
    QCOMPARE(m_issues.first().line, 3);
    QCOMPARE(m_issues.first().field, field);
    QVERIFY2(!m_issues.first().reason.isEmpty(), "every rejection says why");
    QVERIFY2(m_issues.first().reason.contains(reason), qPrintable(m_issues.first().reason));
    QCOMPARE(count(m_store->database, u"visits"_s), 2);
}

void TestVisitImporter::goodRowsKeptBesideBadOnes()
{
    // Every rejected row is reported with its own line; lines count physical lines (a quoted
    // field spans two).
    const VisitImportSummary summary = import(visitsCsv({
        u"2026-05-01T09:00:00Z,\"https://koongo.com/?acc=BOB&x=a,b\",,BOB"_s,        // line 2
        u"2026-05-01T09:30:00Z,https://koongo.com/,\"https://a.example/\nnext\","_s, // lines 3-4
        u"bad,https://koongo.com/,,"_s,                                              // line 5
        u"2026-05-02T09:00:00Z,https://koongo.com/,,"_s,                             // line 6
        u"2026-05-03T09:00:00Z,mailto:x@example.com,,"_s,                            // line 7
    }));
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.rejected, 3);
    QCOMPARE(m_issues.size(), 3);
    QCOMPARE(m_issues.at(0).line, 3);
    QCOMPARE(m_issues.at(0).field, u"referrer_url"_s);
    QCOMPARE(m_issues.at(1).line, 5);
    QCOMPARE(m_issues.at(1).field, u"visited_at"_s);
    QCOMPARE(m_issues.at(2).line, 7);
    QCOMPARE(m_issues.at(2).field, u"landing_url"_s);
    QCOMPARE(stored().size(), 2);
}

void TestVisitImporter::exitCode_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("all good") << QStringList{u"2026-05-01T09:00:00Z,https://koongo.com/,,"_s} << 0;
    QTest::addRow("some bad") << QStringList{u"2026-05-01T09:00:00Z,https://koongo.com/,,"_s, u"x,y,,"_s} << 2;
    QTest::addRow("all bad") << QStringList{u"x,https://koongo.com/,,"_s, u"2026-05-01,,,"_s} << 1;
}

void TestVisitImporter::exitCode()
{
    QFETCH(QStringList, rows);
    QFETCH(int, exitCode);
    const QList<qint64> before = ledgerCounts(m_store->database);
    const VisitImportSummary summary = import(visitsCsv(rows));
    QCOMPARE(summary.exitCode(), exitCode);
    if (exitCode == 1) {
        // Nothing imported: not even the import's own record stays.
        QCOMPARE(ledgerCounts(m_store->database), before);
        QCOMPARE(count(m_store->database, u"visits"_s), 0);
    }
}

void TestVisitImporter::fatalHeader_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::addRow("empty file") << QByteArray() << u"header row is missing"_s;
    QTest::addRow("no visited_at") << QByteArray("landing_url,referrer_url\nhttps://koongo.com/,\n")
                                   << u"lacks the required column(s) visited_at"_s;
    QTest::addRow("no landing_url") << QByteArray("visited_at,affiliate_code\n2026-05-01,BOB\n")
                                    << u"lacks the required column(s) landing_url"_s;
    QTest::addRow("column twice") << QByteArray("visited_at,landing_url,visited_at\n")
                                  << u"the column visited_at appears twice"_s;
    // No silent no-ops: another kind of file, a header alone, no text; each names the file and line.
    QTest::addRow("orders file") << QByteArray("order_id,placed_at,subtotal,currency,status,landing_url\n"
                                               "O1,2026-05-01,10.00,EUR,complete,https://koongo.com/\n")
                                 << u":1: the header lacks the required column(s) visited_at; it has \"order_id\", "
                                    "\"placed_at\", \"subtotal\", \"currency\", \"status\", \"landing_url\""_s;
    QTest::addRow("random CSV") << QByteArray("a,b\n1,2\n")
                                << u":1: not a CSV of visits: the first row (\"a\", \"b\") lacks the required "
                                   "column(s) visited_at, landing_url"_s;
    QTest::addRow("header only") << QByteArray("visited_at,landing_url\r\n")
                                 << u":1: the file has a header but no data rows: no visits to import"_s;
    QTest::addRow("NUL in the middle") << QByteArray("visited_at,landing_url\n2026-05-01,https://koongo.com/\n"
                                                     "2026-05-02,https://koongo.com/\0\n",
                                                     86)
                                       << u":3: a NUL byte at byte offset 84: this is a binary file, not CSV text; "
                                          "nothing was imported from this file"_s;
    QTest::addRow("a field of 70 KiB")
        << "visited_at,landing_url\n2026-05-01,https://koongo.com/\n2026-05-02,https://koongo.com/"_ba +
               QByteArray(70 * 1024, 'p') + '\n'
        << u":3: row 3: field 2 is longer than"_s;
}

void TestVisitImporter::fatalHeader()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    const QList<qint64> before = ledgerCounts(m_store->database);
    const VisitImportSummary summary = import(csv);
    QVERIFY2(summary.fatalError.contains(error), qPrintable(summary.fatalError));
    QVERIFY2(summary.fatalError.startsWith(m_store->path(u"visits.csv"_s) + u':'), qPrintable(summary.fatalError));
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.exitCode(), 1);
    QCOMPARE(ledgerCounts(m_store->database), before);
}

void TestVisitImporter::bomQuotingAndColumnOrder()
{
    // Columns by name in any order, unknown ones ignored, CRLF, a BOM, referrer_url and
    // affiliate_code optional, a timestamp with an offset stored in UTC.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "session,Landing_URL,visited_at\r\n"
                           "s1,\"https://koongo.com/pricing?acc=BOB&utm=a,b\",2026-05-01T12:00:00+02:00\r\n";
    const VisitImportSummary summary = import(csv);
    QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
    QCOMPARE(summary.imported, 1);
    QCOMPARE(summary.link, 1);
    const QList<StoredVisit> visits = stored();
    QCOMPARE(visits.size(), 1);
    QCOMPARE(visits.first().visitedAt, u"2026-05-01T10:00:00Z"_s);
    QCOMPARE(visits.first().affiliateCode, u"BOB"_s);
}

void TestVisitImporter::reimportSkipsKnownVisits()
{
    const QByteArray csv = visitsCsv({u"2026-05-01T09:00:00Z,https://koongo.com/?acc=BOB,,"_s,
                                      u"2026-05-01T09:00:00Z,https://koongo.com/?acc=BOB,,"_s, // a double click
                                      u"2026-05-01T09:05:00Z,https://koongo.com/,,"_s});
    const VisitImportSummary first = import(csv);
    QCOMPARE(first.imported, 2);
    QCOMPARE(first.duplicates, 1);
    QCOMPARE(first.exitCode(), 0);
    const qint64 imports = count(m_store->database, u"imports"_s);
    const VisitImportSummary again = import(csv);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, 3);
    QCOMPARE(again.exitCode(), 0);
    QCOMPARE(count(m_store->database, u"visits"_s), 2);
    QCOMPARE(count(m_store->database, u"imports"_s), imports); // nothing new, no trace
}

void TestVisitImporter::cancelWritesNothing()
{
    QStringList rows;
    for (int i = 0; i < 5000; ++i)
        rows.append(u"%1,https://koongo.com/?acc=BOB,,"_s.arg(Timestamp::format(now() - i * 60)));
    const QString path = m_store->path(u"visits.csv"_s);
    QVERIFY(writeFile(path, visitsCsv(rows)));
    const QList<qint64> before = ledgerCounts(m_store->database);
    VisitImporter importer(m_store->database);
    int calls = 0;
    importer.setProgressHandler([&](qint64, qint64) { return ++calls < 3; });
    const VisitImportSummary summary = importer.importFile(path);
    QVERIFY(summary.cancelled);
    QCOMPARE(calls, 3);
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.exitCode(), 1);
    QCOMPARE(count(m_store->database, u"visits"_s), 0);
    QCOMPARE(ledgerCounts(m_store->database), before);

    // The same file, not cancelled, imports every row.
    VisitImporter again(m_store->database);
    QCOMPARE(again.importFile(path).imported, 5000);
}

void TestVisitImporter::importFromDevice()
{
    QByteArray csv = visitsCsv({u"2026-05-01T09:00:00Z,https://koongo.com/partner/carol,,"_s});
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const VisitImportSummary summary = VisitImporter(m_store->database).importDevice(buffer, u"clicks.csv"_s);
    QCOMPARE(summary.rewrite, 1);
    QCOMPARE(StoreTestKit::scalar(m_store->database, u"SELECT count(*) FROM imports WHERE source = 'clicks.csv'"_s), 1);
    QCOMPARE(
        StoreTestKit::scalar(m_store->database, u"SELECT count(*) FROM audit_log WHERE action = 'visits.import'"_s), 1);
}

QTEST_GUILESS_MAIN(TestVisitImporter)
#include "tst_visitimporter.moc"
