#include "core/timestamp.h"
#include "import/orderimporter.h"
#include "import/visitimporter.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/reporttablemodel.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "store/reportstore.h"
#include "storetestkit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

class TestReportTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheReportLines();
    void columnsFollowTheGrouping();
    void sortRoleHasRawValues();
    void newReportResetsOnce();

private:
    Report run(const ReportGrouping &grouping, ReportPeriod period = ReportPeriod::Month);

    std::unique_ptr<StoreFixture> m_store;
};

void TestReportTableModel::initTestCase()
{
    pinNow();
    QLocale::setDefault(QLocale(u"en_US"_s)); // amounts are shown in the locale: "€1,234.50"
}

// Koongo Partner (EUR, link 20 %) with BOB; two BOB orders and one organic in March 2026, and
// three visits, two of them BOB's.
void TestReportTableModel::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    ProgramStore programs(m_store->database);
    Program program;
    program.name = u"Koongo Partner"_s;
    program.storeHosts = {u"koongo.com"_s};
    const Result<qint64> programId = programs.add(program);
    QVERIFY(programId);
    const Result<Affiliate> bob =
        AffiliateStore(m_store->database).add(u"Bob Builder"_s, u"bob@example.com"_s, u"BOB"_s);
    QVERIFY(bob);
    QVERIFY(programs.join(bob->id, *programId));

    QList<OrderLine> orders;
    for (const auto &[id, subtotal, landing] : {std::tuple{u"A1"_s, u"100.00"_s, u"https://koongo.com/?acc=BOB"_s},
                                                std::tuple{u"A2"_s, u"12.35"_s, u"https://koongo.com/?acc=BOB"_s},
                                                std::tuple{u"A3"_s, u"7.00"_s, u"https://koongo.com/"_s}}) {
        OrderLine line;
        line.orderId = id;
        line.placedAt = u"2026-03-10T10:00:00Z"_s;
        line.subtotal = subtotal;
        line.landingUrl = landing;
        orders.append(line);
    }
    const QString ordersPath = m_store->path(u"orders.csv"_s);
    QVERIFY(writeFile(ordersPath, ordersCsv(orders)));
    QCOMPARE(OrderImporter(m_store->database).importFile(ordersPath).imported, 3);
    const QString visitsPath = m_store->path(u"visits.csv"_s);
    QVERIFY(writeFile(visitsPath, "visited_at,landing_url\n"
                                  "2026-03-09T10:00:00Z,https://koongo.com/?acc=BOB\n"
                                  "2026-03-09T11:00:00Z,https://koongo.com/?acc=BOB\n"
                                  "2026-03-09T12:00:00Z,https://koongo.com/\n"));
    QCOMPARE(VisitImporter(m_store->database).importFile(visitsPath).imported, 3);
}

void TestReportTableModel::cleanup()
{
    m_store.reset();
}

Report TestReportTableModel::run(const ReportGrouping &grouping, ReportPeriod period)
{
    ReportParameters parameters =
        ReportParameters::forDates(*Timestamp::parseDate(u"2026-03-01"), *Timestamp::parseDate(u"2026-03-31"));
    parameters.grouping = grouping;
    parameters.period = period;
    const Result<Report> report = ReportStore(m_store->database).run(parameters);
    if (!report)
        qWarning("%s", qPrintable(report.error()));
    return report ? *report : Report{};
}

void TestReportTableModel::showsTheReportLines()
{
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    model.setReport(run({true, true, true, true}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ReportTableModel::ColumnCount));
    auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    // Unattributed first (no program), then BOB's links.
    QCOMPARE(cell(0, ReportTableModel::Period), u"2026-03"_s);
    QCOMPARE(cell(0, ReportTableModel::Program), u"(none)"_s);
    QCOMPARE(cell(0, ReportTableModel::Kind), u"unattributed"_s);
    QCOMPARE(cell(0, ReportTableModel::Sales), u"€7.00"_s);
    QCOMPARE(cell(0, ReportTableModel::Visits), u"1"_s);
    QCOMPARE(cell(0, ReportTableModel::Conversion), u"100.00 %"_s);
    QCOMPARE(cell(1, ReportTableModel::Program), u"Koongo Partner"_s);
    QCOMPARE(cell(1, ReportTableModel::Partner), u"BOB"_s);
    QCOMPARE(model.index(1, ReportTableModel::Partner).data(Qt::ToolTipRole).toString(), u"Bob Builder"_s);
    QCOMPARE(cell(1, ReportTableModel::Kind), u"link"_s);
    QCOMPARE(cell(1, ReportTableModel::Currency), u"EUR"_s);
    QCOMPARE(cell(1, ReportTableModel::Orders), u"2"_s);
    QCOMPARE(cell(1, ReportTableModel::Sales), u"€112.35"_s);
    QCOMPARE(cell(1, ReportTableModel::Commission), u"€22.47"_s); // 20.00 + 2.47 (2.470 rounded)
    QCOMPARE(cell(1, ReportTableModel::Visits), u"2"_s);
    QCOMPARE(cell(1, ReportTableModel::Conversion), u"100.00 %"_s);
    QCOMPARE(model.index(1, ReportTableModel::Sales).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.headerData(ReportTableModel::Period, Qt::Horizontal).toString(), u"Month"_s);
}

void TestReportTableModel::columnsFollowTheGrouping()
{
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setReport(run({true, false, false, false}, ReportPeriod::Week));
    QCOMPARE(headers.count(), 1);
    QCOMPARE(model.headerData(ReportTableModel::Period, Qt::Horizontal).toString(), u"Week"_s);
    QVERIFY(model.isColumnUsed(ReportTableModel::Period));
    QVERIFY(!model.isColumnUsed(ReportTableModel::Program));
    QVERIFY(!model.isColumnUsed(ReportTableModel::Partner));
    QVERIFY(!model.isColumnUsed(ReportTableModel::Kind));
    QVERIFY(model.isColumnUsed(ReportTableModel::Visits));
    // 9 March is a Monday: orders and visits in 2026-W11; 3 orders / 3 visits.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ReportTableModel::Period).data().toString(), u"2026-W11"_s);
    QCOMPARE(model.index(0, ReportTableModel::Conversion).data().toString(), u"100.00 %"_s);

    QSqlQuery query(m_store->database.connection());
    QVERIFY(query.exec(u"DELETE FROM visits"_s));
    model.setReport(run({false, true, false, false}));
    QVERIFY(!model.isColumnUsed(ReportTableModel::Visits));
    QVERIFY(!model.isColumnUsed(ReportTableModel::Conversion));
    QVERIFY(model.index(0, ReportTableModel::Visits).data().toString().isEmpty());
}

void TestReportTableModel::sortRoleHasRawValues()
{
    ReportTableModel model;
    model.setReport(run({false, false, false, true}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ReportTableModel::Sales).data(ModelRoles::SortRole).toLongLong(), 11235);
    QCOMPARE(model.index(0, ReportTableModel::Orders).data(ModelRoles::SortRole).toLongLong(), 2);
    QCOMPARE(model.index(0, ReportTableModel::Conversion).data(ModelRoles::SortRole).toLongLong(), 10000);
}

void TestReportTableModel::newReportResetsOnce()
{
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setReport(run({true, true, false, true}));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestReportTableModel)
#include "tst_reporttablemodel.moc"
