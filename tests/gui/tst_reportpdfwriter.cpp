// The report PDF rendered and read back with poppler's pdfinfo and pdftotext (Debian package
// poppler-utils): page count, the text of every page.

#include "import/orderimporter.h"
#include "reportpdfwriter.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "store/reportstore.h"
#include "storetestkit.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

class TestReportPdfWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void onePageReport();
    void multiPageReportRepeatsItsHeader();
    void emptyReport();

private:
    Report report(qint64 firstDay, qint64 lastDay, ReportPeriod period);
    QString write(const Report &report);
    int pages(const QString &pdf);
    QString text(const QString &pdf, int page = 0);

    std::unique_ptr<StoreFixture> m_store;
    QString m_pdfinfo;
    QString m_pdftotext;
};

void TestReportPdfWriter::initTestCase()
{
    pinNow();
    QLocale::setDefault(QLocale(u"en_US"_s)); // amounts are shown in the locale: "€1,234.50"
    m_pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (m_pdfinfo.isEmpty() || m_pdftotext.isEmpty())
        QSKIP("pdfinfo and pdftotext (Debian package poppler-utils) are needed to read the PDF back");
}

// Koongo Partner (EUR, link 20 %) with BOB; one 10.00 order through BOB's link every day of
// 2026 until 20 May (140 days), one 5.00 unattributed order each of those days.
void TestReportPdfWriter::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    ProgramStore programs(m_store->database);
    Program program;
    program.name = u"Koongo Partner"_s;
    program.storeHosts = {u"koongo.com"_s};
    const Result<qint64> id = programs.add(program);
    QVERIFY(id);
    const Result<Affiliate> bob = AffiliateStore(m_store->database).add(u"Bob"_s, u"bob@example.com"_s, u"BOB"_s);
    QVERIFY(bob);
    QVERIFY(programs.join(bob->id, *id));
    QList<OrderLine> orders;
    const qint64 start = *Timestamp::parseDate(u"2026-01-01");
    for (int day = 0; day < 140; ++day) {
        OrderLine linked;
        linked.orderId = u"L%1"_s.arg(day);
        linked.placedAt = Timestamp::format(start + day * Timestamp::secondsPerDay + 3600);
        linked.subtotal = u"10.00"_s;
        linked.landingUrl = u"https://koongo.com/?acc=BOB"_s;
        orders.append(linked);
        OrderLine organic = linked;
        organic.orderId = u"U%1"_s.arg(day);
        organic.subtotal = u"5.00"_s;
        organic.landingUrl.clear();
        orders.append(organic);
    }
    const QString path = m_store->path(u"orders.csv"_s);
    QVERIFY(writeFile(path, ordersCsv(orders)));
    QCOMPARE(OrderImporter(m_store->database).importFile(path).imported, 280);
}

void TestReportPdfWriter::cleanup()
{
    m_store.reset();
}

Report TestReportPdfWriter::report(qint64 firstDay, qint64 lastDay, ReportPeriod period)
{
    ReportParameters parameters = ReportParameters::forDates(firstDay, lastDay);
    parameters.period = period;
    parameters.grouping = {true, true, false, true};
    const Result<Report> report = ReportStore(m_store->database).run(parameters);
    if (!report)
        qWarning("%s", qPrintable(report.error()));
    return report ? *report : Report{};
}

QString TestReportPdfWriter::write(const Report &report)
{
    const QString path = m_store->path(u"report.pdf"_s);
    const Status written = ReportPdfWriter::write(report, path);
    if (!written)
        qWarning("%s", qPrintable(written.error()));
    return path;
}

int TestReportPdfWriter::pages(const QString &pdf)
{
    QProcess process;
    process.start(m_pdfinfo, {pdf});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return -1;
    const QRegularExpressionMatch match =
        QRegularExpression(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString TestReportPdfWriter::text(const QString &pdf, int page)
{
    QStringList arguments{u"-layout"_s};
    if (page > 0)
        arguments += {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page)};
    QProcess process;
    process.start(m_pdftotext, arguments + QStringList{pdf, u"-"_s});
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestReportPdfWriter::onePageReport()
{
    // January by month: 31 linked orders (310.00, commission 62.00) and 31 unattributed (155.00).
    const Report january =
        report(*Timestamp::parseDate(u"2026-01-01"), *Timestamp::parseDate(u"2026-01-31"), ReportPeriod::Month);
    QCOMPARE(january.lines.size(), 2);
    const QString pdf = write(january);
    QCOMPARE(pages(pdf), 1);
    const QString all = text(pdf);
    for (const QString &expected :
         {u"Partner program report"_s, u"Period: 2026-01-01 to 2026-01-31 (both included)"_s,
          u"Grouped by: period (month), program, kind"_s, u"Program: all programs"_s, u"Partner: all partners"_s,
          u"Totals per currency"_s, u"€310.00"_s, u"€62.00"_s, u"€155.00"_s, u"€465.00"_s, u"unattributed"_s})
        QVERIFY2(all.contains(expected), qPrintable(expected + u" is not in:\n"_s + all));
    // The table's line: month, program, kind, currency, orders, sales, commission.
    QVERIFY2(
        all.contains(QRegularExpression(u"2026-01\\s+Koongo Partner\\s+link\\s+EUR\\s+31\\s+€310\\.00\\s+€62\\.00"_s)),
        qPrintable(all));
}

void TestReportPdfWriter::multiPageReportRepeatsItsHeader()
{
    // By day: 140 days × (link, unattributed) = 280 lines, several A4 pages.
    const Report daily =
        report(*Timestamp::parseDate(u"2026-01-01"), *Timestamp::parseDate(u"2026-05-31"), ReportPeriod::Day);
    QCOMPARE(daily.lines.size(), 280);
    const QString pdf = write(daily);
    const int count = pages(pdf);
    QVERIFY2(count >= 3, qPrintable(QString::number(count)));
    for (int page = 1; page <= count; ++page) {
        const QString onPage = text(pdf, page);
        // The table's header heads every page the table reaches; the last page may hold only totals.
        if (page < count || onPage.contains(u"2026-05-20"_s)) {
            QVERIFY2(onPage.contains(QRegularExpression(u"Day\\s+Program\\s+Kind\\s+Currency\\s+Orders\\s+Sales\\s+"
                                                        u"Commission"_s)),
                     qPrintable(u"page %1:\n"_s.arg(page) + onPage));
        }
    }
    QVERIFY(text(pdf, 1).contains(u"Partner program report"_s));
    QVERIFY(text(pdf, 1).contains(u"2026-01-01"_s));
    const QString last = text(pdf, count);
    QVERIFY2(last.contains(u"Totals per currency"_s), qPrintable(last));
    // 140 × 10.00 + 140 × 5.00 sold, 140 × 2.00 earned.
    QVERIFY2(last.contains(QRegularExpression(u"EUR\\s+280\\s+€2,100\\.00\\s+€280\\.00"_s)), qPrintable(last));
}

void TestReportPdfWriter::emptyReport()
{
    const Report none =
        report(*Timestamp::parseDate(u"2027-01-01"), *Timestamp::parseDate(u"2027-01-31"), ReportPeriod::Month);
    QVERIFY(none.lines.isEmpty());
    const QString pdf = write(none);
    QCOMPARE(pages(pdf), 1);
    QVERIFY(text(pdf).contains(u"No orders in this period."_s));
}

QTEST_MAIN(TestReportPdfWriter)
#include "tst_reportpdfwriter.moc"
