#include "guitestkit.h"
#include "import/orderimporter.h"
#include "importresultdialog.h"
#include "itemmodels/reporttablemodel.h"
#include "mainwindow.h"
#include "reportchartview.h"
#include "reportspane.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/programstore.h"
#include "store/reportstore.h"
#include "storetestkit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestReportsPane : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showingThePaneRunsTheReport();
    void runShowsTableTotalsAndChart();
    void parametersAreRemembered();
    void exportCsvAndPdf();
    void printPreviewOpens();
    void importVisits();

private:
    ReportsPane *pane() const;
    void clickAction(const QString &name);
    void setUpReport(bool byProgram);
    Report expected() const;
};

void TestReportsPane::initTestCase()
{
    StoreTestKit::pinNow();
    QLocale::setDefault(QLocale(u"en_US"_s)); // amounts are shown in the locale: "€1,234.50"
    isolateSettings();
}

// Koongo Partner (EUR) with BOB and Koongo Agency (USD) with SAM; orders in January and February
// 2026 through the real import, one of them unattributed.
void TestReportsPane::init()
{
    QVERIFY(newBook());
    QVERIFY(openCheck());
    ProgramStore programs(*m_check);
    AffiliateStore affiliates(*m_check);
    Program program;
    program.name = u"Koongo Partner"_s;
    program.storeHosts = {u"koongo.com"_s};
    const Result<qint64> partner = programs.add(program);
    QVERIFY(partner);
    program.name = u"Koongo Agency"_s;
    program.currency = u"USD"_s;
    const Result<qint64> agency = programs.add(program);
    QVERIFY(agency);
    const Result<Affiliate> bob = affiliates.add(u"Bob"_s, u"bob@example.com"_s, u"BOB"_s);
    const Result<Affiliate> sam = affiliates.add(u"Sam"_s, u"sam@example.com"_s, u"SAM"_s);
    QVERIFY(bob && sam);
    QVERIFY(programs.join(bob->id, *partner));
    QVERIFY(programs.join(sam->id, *agency));
    QList<StoreTestKit::OrderLine> orders;
    const std::tuple<const char16_t *, const char16_t *, const char16_t *, const char16_t *, const char16_t *> rows[] =
        {
            {u"A1", u"2026-01-05T10:00:00Z", u"100.00", u"EUR", u"BOB"},
            {u"A2", u"2026-01-25T10:00:00Z", u"50.00", u"EUR", u"BOB"},
            {u"A3", u"2026-02-02T10:00:00Z", u"80.00", u"USD", u"SAM"},
            {u"A4", u"2026-02-03T10:00:00Z", u"30.00", u"EUR", u""},
        };
    for (const auto &[id, placedAt, subtotal, currency, code] : rows) {
        StoreTestKit::OrderLine line;
        line.orderId = QString::fromUtf16(id);
        line.placedAt = QString::fromUtf16(placedAt);
        line.subtotal = QString::fromUtf16(subtotal);
        line.currency = QString::fromUtf16(currency);
        if (*code)
            line.landingUrl = u"https://koongo.com/?acc="_s + QString::fromUtf16(code);
        orders.append(line);
    }
    const QString ordersPath = m_dir->filePath(u"orders.csv"_s);
    QVERIFY(StoreTestKit::writeFile(ordersPath, StoreTestKit::ordersCsv(orders)));
    QCOMPARE(OrderImporter(*m_check).importFile(ordersPath).imported, 4);

    QVERIFY(openWindow());
    QVERIFY(m_window->showPane(u"reports"_s));
    // The first look at the pane runs the report with the last parameters.
    QTRY_VERIFY_WITH_TIMEOUT(!pane()->isRunning(), 20000);
}

void TestReportsPane::cleanup()
{
    closeBook();
}

ReportsPane *TestReportsPane::pane() const
{
    return qobject_cast<ReportsPane *>(m_window->pane(u"reports"_s));
}

void TestReportsPane::clickAction(const QString &name)
{
    auto *toolBar = child<QToolBar>(pane(), u"reportsToolBar"_s);
    QAction *action = child<QAction>(pane(), name);
    QVERIFY(toolBar && action);
    QVERIFY2(action->isEnabled(), qPrintable(name));
    QWidget *button = toolBar->widgetForAction(action);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Dates typed into the editors, groupings clicked, then Run; waits for the table.
void TestReportsPane::setUpReport(bool byProgram)
{
    auto *from = child<QDateEdit>(pane(), u"fromEdit"_s);
    auto *to = child<QDateEdit>(pane(), u"toEdit"_s);
    QVERIFY(from && to);
    from->setFocus();
    from->selectAll();
    QTest::keyClicks(from, u"2026-01-01"_s);
    QTest::keyClick(from, Qt::Key_Tab);
    to->selectAll();
    QTest::keyClicks(to, u"2026-02-28"_s);
    QCOMPARE(from->date(), QDate(2026, 1, 1));
    QCOMPARE(to->date(), QDate(2026, 2, 28));
    auto *periodCombo = child<QComboBox>(pane(), u"periodCombo"_s);
    periodCombo->setCurrentIndex(periodCombo->findText(u"Month"_s));
    for (const auto &[name, wanted] : {std::pair{u"byPeriodCheck"_s, true}, std::pair{u"byProgramCheck"_s, byProgram},
                                       std::pair{u"byPartnerCheck"_s, false}, std::pair{u"byKindCheck"_s, false}}) {
        auto *check = child<QCheckBox>(pane(), name);
        QVERIFY(check);
        if (check->isChecked() != wanted)
            QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(5, check->height() / 2));
        QCOMPARE(check->isChecked(), wanted);
    }
    auto *table = child<QTableView>(pane(), u"reportTable"_s);
    clickAction(u"runReportAction"_s);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);
    QTRY_VERIFY(!pane()->isRunning());
}

Report TestReportsPane::expected() const
{
    const Result<Report> report = ReportStore(*m_check).run(pane()->parameters());
    if (!report)
        qWarning("%s", qPrintable(report.error()));
    return report ? *report : Report{};
}

void TestReportsPane::showingThePaneRunsTheReport()
{
    // init() opened the pane; nobody pressed Run. The default period is this year (pinned 2026), which
    // holds the four orders: EUR and USD lines, nothing else.
    auto *table = child<QTableView>(pane(), u"reportTable"_s);
    QVERIFY(table);
    QVERIFY(table->model()->rowCount() > 0);
    QStringList currencies;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        currencies.append(table->model()->index(row, ReportTableModel::Currency).data().toString());
    currencies.removeDuplicates();
    currencies.sort();
    QCOMPARE(currencies, (QStringList{u"EUR"_s, u"USD"_s}));
    QVERIFY(child<QAction>(pane(), u"exportReportCsvAction"_s)->isEnabled());
}

void TestReportsPane::runShowsTableTotalsAndChart()
{
    setUpReport(true);
    const Report want = expected();
    const Report &shown = pane()->report();
    auto *table = child<QTableView>(pane(), u"reportTable"_s);
    // January: BOB's two EUR orders; February: SAM's USD order, the unattributed EUR one.
    QCOMPARE(table->model()->rowCount(), int(want.lines.size()));
    QCOMPARE(want.lines.size(), 3);
    QCOMPARE(shown.lines.size(), want.lines.size());
    for (qsizetype i = 0; i < want.lines.size(); ++i) {
        QCOMPARE(shown.lines.at(i).period, want.lines.at(i).period);
        QCOMPARE(shown.lines.at(i).commissionMinor, want.lines.at(i).commissionMinor);
    }
    QCOMPARE(shown.totals.size(), 2);
    QCOMPARE(shown.totals.at(0).salesMinor, want.totals.at(0).salesMinor);
    QCOMPARE(shown.totals.at(0).salesMinor, 18000);     // 100 + 50 + 30 EUR
    QCOMPARE(shown.totals.at(1).commissionMinor, 1600); // 20 % of 80 USD
    const QString totals = child<QLabel>(pane(), u"totalsLabel"_s)->text();
    QVERIFY2(totals.contains(u"EUR: 3 orders, sales €180.00, commission €30.00"_s), qPrintable(totals));
    QVERIFY2(totals.contains(u"USD: 1 orders, sales $80.00, commission $16.00"_s), qPrintable(totals));
    // Grouped by period and program: those columns show, partner and kind do not.
    QVERIFY(!table->isColumnHidden(ReportTableModel::Period));
    QVERIFY(!table->isColumnHidden(ReportTableModel::Program));
    QVERIFY(table->isColumnHidden(ReportTableModel::Partner));
    QVERIFY(table->isColumnHidden(ReportTableModel::Kind));
    QVERIFY(table->isColumnHidden(ReportTableModel::Visits)); // no visits imported

    auto *chart = child<ReportChartView>(pane(), u"reportChart"_s);
    QVERIFY(chart);
    QVERIFY(!chart->chart()->series().isEmpty());
    // EUR: one bar set per program (Koongo Partner, and the unattributed order's none).
    QCOMPARE(chart->barSetCount(), 2);
    QCOMPARE(chart->categories(), QStringList({u"2026-01"_s, u"2026-02"_s}));
    // The value axis writes whole units in the user's locale, with the currency's symbol.
    const auto valueAxis = [chart] {
        const QList<QAbstractAxis *> axes = chart->chart()->axes(Qt::Vertical);
        return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
    };
    QVERIFY(valueAxis());
    QVERIFY(chart->chart()->localizeNumbers());
    QCOMPARE(chart->chart()->locale(), QLocale(u"en_US"_s));
    QCOMPARE(valueAxis()->labelFormat(), u"€%.0f"_s);
    QCOMPARE(ReportChartView::axisLabelFormat(u"EUR"_s, QLocale(u"de_DE"_s)), u"%.0f\u00a0€"_s);
    QCOMPARE(ReportChartView::axisLabelFormat(u"CZK"_s, QLocale(u"cs_CZ"_s)), u"%.0f\u00a0Kč"_s);
    QCOMPARE(ReportChartView::axisLabelFormat(QString(), QLocale(u"cs_CZ"_s)), u"%.0f"_s);
    auto *currency = child<QComboBox>(pane(), u"chartCurrencyCombo"_s);
    QCOMPARE(currency->count(), 2);
    currency->setCurrentIndex(currency->findText(u"USD"_s));
    QCOMPARE(chart->barSetCount(), 1);
    QCOMPARE(chart->categories(), QStringList({u"2026-02"_s}));
    QCOMPARE(valueAxis()->labelFormat(), u"$%.0f"_s);
}

void TestReportsPane::parametersAreRemembered()
{
    setUpReport(false);
    child<QLineEdit>(pane(), u"reportPartnerFilter"_s)->setText(u"BOB"_s);
    clickAction(u"runReportAction"_s);
    QTRY_VERIFY(!pane()->isRunning());
    QCOMPARE(pane()->report().lines.size(), 1); // BOB's January
    // A new window (and pane) starts with the last parameters.
    QVERIFY(openWindowHidden());
    QVERIFY(m_window->showPane(u"reports"_s));
    const ReportParameters restored = pane()->parameters();
    QCOMPARE(restored.fromDate(), u"2026-01-01"_s);
    QCOMPARE(restored.toDate(), u"2026-02-28"_s);
    QCOMPARE(restored.grouping, (ReportGrouping{true, false, false, false}));
    QCOMPARE(restored.affiliateCode, u"BOB"_s);
    child<QLineEdit>(pane(), u"reportPartnerFilter"_s)->clear();
}

void TestReportsPane::exportCsvAndPdf()
{
    setUpReport(true);
    const QString csv = m_dir->filePath(u"report.csv"_s);
    const QString pdf = m_dir->filePath(u"report.pdf"_s);
    QStringList titles;
    FileDialogs::setAnswerer([&](const FileDialogs::Question &question) {
        titles.append(question.caption);
        if (question.kind != FileDialogs::Kind::Save)
            return FileDialogs::Answer{};
        return FileDialogs::Answer{{question.suggested.endsWith(u".csv"_s) ? csv : pdf}, {}};
    });
    clickAction(u"exportReportCsvAction"_s);
    QTRY_VERIFY(QFile::exists(csv) && !pane()->isRunning());
    QString wanted;
    QTextStream stream(&wanted);
    expected().writeCsv(stream);
    stream.flush();
    QCOMPARE(QString::fromUtf8(StoreTestKit::readFile(csv)), wanted);

    clickAction(u"exportReportPdfAction"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pdf) && !pane()->isRunning(), 20000);
    QVERIFY(StoreTestKit::readFile(pdf).startsWith("%PDF"));
    QCOMPARE(titles.size(), 2);
}

void TestReportsPane::printPreviewOpens()
{
    setUpReport(false);
    bool seen = false;
    whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *dialog) {
        seen = dialog->objectName() == u"reportPrintPreview";
        dialog->close();
    });
    clickAction(u"printReportPreviewAction"_s);
    QVERIFY(seen);
}

// Visits are imported under File › Import, beside orders (issue #13), and the Reports pane's next
// report counts them.
void TestReportsPane::importVisits()
{
    QVERIFY(!pane()->findChild<QAction *>(u"importVisitsAction"_s)); // no importer of its own
    const QString visits = m_dir->filePath(u"visits.csv"_s);
    QVERIFY(StoreTestKit::writeFile(visits, "visited_at,landing_url,referrer_url,affiliate_code\n"
                                            "2026-01-04T10:00:00Z,https://koongo.com/?acc=BOB,,\n"
                                            "yesterday,https://koongo.com/,,\n"
                                            "2026-01-06T10:00:00Z,https://koongo.com/,,\n"));
    auto *action = child<QAction>(m_window.get(), u"importVisitsAction"_s);
    QVERIFY(action && action->isEnabled());
    // The file chosen in File › Import › Visits…'s file dialog.
    FileDialogs::setAnswerer([&](const FileDialogs::Question &question) {
        return FileDialogs::Answer{question.kind == FileDialogs::Kind::OpenMany ? QStringList{visits} : QStringList{},
                                   {}};
    });
    action->trigger();
    ImportResultDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<ImportResultDialog *>(u"importResultDialog"_s)), 20000);
    QVERIFY(!m_window->isImporting());
    const QString summary = dialog->summaryText();
    QStringList issues;
    auto *issueTable = child<QTableView>(dialog, u"importIssuesTable"_s);
    for (int row = 0; issueTable && row < issueTable->model()->rowCount(); ++row)
        issues.append(u"line %1: %2: %3"_s.arg(issueTable->model()->index(row, 0).data().toString(),
                                               issueTable->model()->index(row, 1).data().toString(),
                                               issueTable->model()->index(row, 2).data().toString()));
    dialog->accept();
    // Some rows imported: the rejected one is said with its line, and the rest is no failure.
    QVERIFY2(summary.startsWith(u"1 of 3 rows were rejected and not imported"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Imported: 2 visits"_s), qPrintable(summary));
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.value(0).startsWith(u"line 3: visited_at: \"yesterday\" is not an ISO 8601"_s),
             qPrintable(issues.join(u'\n')));
    QCOMPARE(StoreTestKit::count(*m_check, u"visits"_s), 2);

    // The next report knows the visits: January has BOB's two orders and two visits.
    m_window->showPane(u"reports"_s);
    setUpReport(false);
    auto *table = child<QTableView>(pane(), u"reportTable"_s);
    QVERIFY(!table->isColumnHidden(ReportTableModel::Visits));
    QCOMPARE(pane()->report().lines.first().visits, std::optional<qint64>(2));
    QCOMPARE(table->model()->index(0, ReportTableModel::Conversion).data().toString(), u"100.00 %"_s);
}

QTEST_MAIN(TestReportsPane)
#include "tst_reportspane.moc"
