#include "core/timestamp.h"
#include "import/orderimporter.h"
#include "import/visitimporter.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "store/reportstore.h"
#include "storetestkit.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

// What a test expects of one report line; money in minor units.
struct Expected
{
    QString period;
    QString program;
    QString partner;
    QString kind;
    QString currency;
    qint64 orders = 0;
    qint64 salesMinor = 0;
    qint64 commissionMinor = 0;
    std::optional<qint64> visits;
    std::optional<qint64> conversionBp;
};

QString describe(const ReportLine &line)
{
    return u"[%1|%2|%3|%4|%5] orders %6 sales %7 commission %8 visits %9 conversion %10"_s.arg(
        line.period, line.program, line.affiliateCode, line.kind, line.currency, QString::number(line.orders),
        QString::number(line.salesMinor), QString::number(line.commissionMinor),
        line.visits ? QString::number(*line.visits) : u"-"_s,
        line.conversionBp ? QString::number(*line.conversionBp) : u"-"_s);
}

QString describe(const Expected &e)
{
    ReportLine line;
    line.period = e.period;
    line.program = e.program;
    line.affiliateCode = e.partner;
    line.kind = e.kind;
    line.currency = e.currency;
    line.orders = e.orders;
    line.salesMinor = e.salesMinor;
    line.commissionMinor = e.commissionMinor;
    line.visits = e.visits;
    line.conversionBp = e.conversionBp;
    return describe(line);
}

QString describe(const QList<ReportLine> &lines)
{
    QStringList text;
    for (const ReportLine &line : lines)
        text.append(describe(line));
    return text.join(u'\n');
}

qint64 at(const QString &date)
{
    return *Timestamp::parseDate(date);
}

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestReportStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void groupings_data();
    void groupings();
    void totalsKeepCurrenciesApart();
    void isoWeekAcrossTheYear();
    void filters();
    void unknownFilterFails();
    void withoutVisitsThereIsNoConversion();
    void reversalTakesCommissionBack();
    void cancelStopsTheReport();
    void conversionRounding_data();
    void conversionRounding();
    void byCampaign();

private:
    void importOrders(const QList<OrderLine> &orders);
    void importVisits(const QStringList &rows);
    Report run(ReportParameters parameters);

    std::unique_ptr<StoreFixture> m_store;
};

void TestReportStore::initTestCase()
{
    pinNow();
}

void TestReportStore::importOrders(const QList<OrderLine> &orders)
{
    const QString path = m_store->path(u"orders.csv"_s);
    QVERIFY(writeFile(path, ordersCsv(orders)));
    const ImportSummary summary = OrderImporter(m_store->database).importFile(path);
    QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
    QCOMPARE(summary.rejected, 0);
}

void TestReportStore::importVisits(const QStringList &rows)
{
    const QString path = m_store->path(u"visits.csv"_s);
    QVERIFY(writeFile(path,
                      (u"visited_at,landing_url,referrer_url,affiliate_code\n"_s + rows.join(u'\n') + u'\n').toUtf8()));
    const VisitImportSummary summary = VisitImporter(m_store->database).importFile(path);
    QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
    QCOMPARE(summary.rejected, 0);
}

Report TestReportStore::run(ReportParameters parameters)
{
    const Result<Report> report = ReportStore(m_store->database).run(parameters);
    if (!report)
        qWarning("%s", qPrintable(report.error()));
    return report ? *report : Report{};
}

// Koongo Partner (EUR, link 20 %, coupon 10 %) with BOB (links) and JANE (coupon JANE10); Koongo
// Agency (USD, link 25 %) with SAM. The report runs over 2026-01-01 .. 2026-05-31.
void TestReportStore::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    ProgramStore programs(m_store->database);
    AffiliateStore affiliates(m_store->database);
    Program partner;
    partner.name = u"Koongo Partner"_s;
    partner.storeHosts = {u"koongo.com"_s};
    const Result<qint64> partnerId = programs.add(partner);
    QVERIFY2(partnerId, qPrintable(partnerId.error()));
    Program agency;
    agency.name = u"Koongo Agency"_s;
    agency.currency = u"USD"_s;
    agency.linkRate = Rate::fromBasisPoints(2500);
    agency.storeHosts = {u"koongo.com"_s};
    const Result<qint64> agencyId = programs.add(agency);
    QVERIFY2(agencyId, qPrintable(agencyId.error()));
    for (const QString &code : {u"BOB"_s, u"JANE"_s, u"SAM"_s}) {
        const Result<Affiliate> affiliate =
            affiliates.add(code + u" Partner"_s, code.toLower() + u"@example.com"_s, code);
        QVERIFY2(affiliate, qPrintable(affiliate.error()));
        QVERIFY(programs.join(affiliate->id, code == u"SAM" ? *agencyId : *partnerId));
        if (code == u"JANE")
            QVERIFY(affiliates.createCoupon(affiliate->id, *partnerId, u"JANE10"_s));
    }

    auto order = [](const QString &id, const QString &placedAt, const QString &subtotal, const QString &currency,
                    const QString &how) {
        OrderLine line;
        line.orderId = id;
        line.placedAt = placedAt;
        line.subtotal = subtotal;
        line.currency = currency;
        if (how == u"JANE10")
            line.coupon = how;
        else if (!how.isEmpty())
            line.landingUrl = u"https://koongo.com/pricing?acc="_s + how;
        return line;
    };
    OrderLine canceled = order(u"O5"_s, u"2026-02-04T10:00:00Z"_s, u"30.00"_s, u"EUR"_s, u"BOB"_s);
    canceled.status = u"canceled"_s;
    importOrders({
        order(u"O1"_s, u"2026-01-05T10:00:00Z"_s, u"100.00"_s, u"EUR"_s, u"BOB"_s),   // link 20.00
        order(u"O2"_s, u"2026-01-20T10:00:00Z"_s, u"50.00"_s, u"EUR"_s, u"JANE10"_s), // coupon 5.00
        order(u"O3"_s, u"2026-02-02T10:00:00Z"_s, u"200.00"_s, u"EUR"_s, u"BOB"_s),   // link 40.00
        order(u"O4"_s, u"2026-02-03T10:00:00Z"_s, u"80.00"_s, u"USD"_s, u"SAM"_s),    // link 20.00 (25 %)
        canceled,                                                                     // sold, earns nothing
        order(u"O6"_s, u"2026-04-10T10:00:00Z"_s, u"40.00"_s, u"EUR"_s, {}),          // unattributed
        order(u"O7"_s, u"2026-04-11T10:00:00Z"_s, u"10.00"_s, u"USD"_s, {}),          // unattributed
        order(u"O8"_s, u"2025-12-31T23:59:59Z"_s, u"999.00"_s, u"EUR"_s, u"BOB"_s),   // before the range
        order(u"O9"_s, u"2026-06-01T00:00:00Z"_s, u"500.00"_s, u"EUR"_s, u"BOB"_s),   // after it
    });
    importVisits({
        u"2026-01-04T09:00:00Z,https://koongo.com/?acc=BOB,,"_s,            // V1 link BOB
        u"2026-01-05T09:00:00Z,https://koongo.com/?acc=BOB,,"_s,            // V2 link BOB
        u"2026-01-06T09:00:00Z,https://koongo.com/,https://google.com/,"_s, // V3 organic
        u"2026-02-01T09:00:00Z,https://koongo.com/?acc=SAM,,"_s,            // V4 link SAM (Agency)
        u"2026-02-10T09:00:00Z,https://koongo.com/,,BOB"_s,                 // V5 link BOB (cookie)
        u"2026-03-01T09:00:00Z,https://koongo.com/,,"_s,                    // V6 organic
        u"2025-12-30T09:00:00Z,https://koongo.com/?acc=BOB,,"_s,            // V7 before the range
    });
}

void TestReportStore::cleanup()
{
    m_store.reset();
}

void TestReportStore::groupings_data()
{
    QTest::addColumn<ReportPeriod>("period");
    QTest::addColumn<ReportGrouping>("grouping");
    QTest::addColumn<QList<Expected>>("expected");

    const ReportGrouping byPeriod{true, false, false, false};
    // By month. February's visits (V4, V5) belong to the group, so they are on its first line
    // (EUR) only: 3 orders of every currency / 2 visits. March has visits and no orders.
    QTest::addRow("month") << ReportPeriod::Month << byPeriod
                           << QList<Expected>{
                                  {u"2026-01"_s, {}, {}, {}, u"EUR"_s, 2, 15000, 2500, 3, 6667},
                                  {u"2026-02"_s, {}, {}, {}, u"EUR"_s, 2, 23000, 4000, 2, 15000},
                                  {u"2026-02"_s, {}, {}, {}, u"USD"_s, 1, 8000, 2000, {}, {}},
                                  {u"2026-03"_s, {}, {}, {}, {}, 0, 0, 0, 1, 0},
                                  {u"2026-04"_s, {}, {}, {}, u"EUR"_s, 1, 4000, 0, 0, {}},
                                  {u"2026-04"_s, {}, {}, {}, u"USD"_s, 1, 1000, 0, {}, {}},
                              };
    // ISO weeks: 4 January 2026 is a Sunday (W01), 5 January a Monday (W02).
    QTest::addRow("week") << ReportPeriod::Week << byPeriod
                          << QList<Expected>{
                                 {u"2026-W01"_s, {}, {}, {}, {}, 0, 0, 0, 1, 0},
                                 {u"2026-W02"_s, {}, {}, {}, u"EUR"_s, 1, 10000, 2000, 2, 5000},
                                 {u"2026-W04"_s, {}, {}, {}, u"EUR"_s, 1, 5000, 500, 0, {}},
                                 {u"2026-W05"_s, {}, {}, {}, {}, 0, 0, 0, 1, 0},
                                 {u"2026-W06"_s, {}, {}, {}, u"EUR"_s, 2, 23000, 4000, 0, {}},
                                 {u"2026-W06"_s, {}, {}, {}, u"USD"_s, 1, 8000, 2000, {}, {}},
                                 {u"2026-W07"_s, {}, {}, {}, {}, 0, 0, 0, 1, 0},
                                 {u"2026-W09"_s, {}, {}, {}, {}, 0, 0, 0, 1, 0},
                                 {u"2026-W15"_s, {}, {}, {}, u"EUR"_s, 1, 4000, 0, 0, {}},
                                 {u"2026-W15"_s, {}, {}, {}, u"USD"_s, 1, 1000, 0, {}, {}},
                             };
    QTest::addRow("day") << ReportPeriod::Day << byPeriod
                         << QList<Expected>{
                                {u"2026-01-04"_s, {}, {}, {}, {}, 0, 0, 0, 1, 0},
                                {u"2026-01-05"_s, {}, {}, {}, u"EUR"_s, 1, 10000, 2000, 1, 10000},
                                {u"2026-01-06"_s, {}, {}, {}, {}, 0, 0, 0, 1, 0},
                                {u"2026-01-20"_s, {}, {}, {}, u"EUR"_s, 1, 5000, 500, 0, {}},
                                {u"2026-02-01"_s, {}, {}, {}, {}, 0, 0, 0, 1, 0},
                                {u"2026-02-02"_s, {}, {}, {}, u"EUR"_s, 1, 20000, 4000, 0, {}},
                                {u"2026-02-03"_s, {}, {}, {}, u"USD"_s, 1, 8000, 2000, 0, {}},
                                {u"2026-02-04"_s, {}, {}, {}, u"EUR"_s, 1, 3000, 0, 0, {}},
                                {u"2026-02-10"_s, {}, {}, {}, {}, 0, 0, 0, 1, 0},
                                {u"2026-03-01"_s, {}, {}, {}, {}, 0, 0, 0, 1, 0},
                                {u"2026-04-10"_s, {}, {}, {}, u"EUR"_s, 1, 4000, 0, 0, {}},
                                {u"2026-04-11"_s, {}, {}, {}, u"USD"_s, 1, 1000, 0, 0, {}},
                            };
    QTest::addRow("quarter") << ReportPeriod::Quarter << byPeriod
                             << QList<Expected>{
                                    {u"2026-Q1"_s, {}, {}, {}, u"EUR"_s, 4, 38000, 6500, 6, 8333},
                                    {u"2026-Q1"_s, {}, {}, {}, u"USD"_s, 1, 8000, 2000, {}, {}},
                                    {u"2026-Q2"_s, {}, {}, {}, u"EUR"_s, 1, 4000, 0, 0, {}},
                                    {u"2026-Q2"_s, {}, {}, {}, u"USD"_s, 1, 1000, 0, {}, {}},
                                };
    QTest::addRow("year") << ReportPeriod::Year << byPeriod
                          << QList<Expected>{
                                 {u"2026"_s, {}, {}, {}, u"EUR"_s, 5, 42000, 6500, 6, 11667},
                                 {u"2026"_s, {}, {}, {}, u"USD"_s, 2, 9000, 2000, {}, {}},
                             };
    QTest::addRow("nothing") << ReportPeriod::Month << ReportGrouping{false, false, false, false}
                             << QList<Expected>{
                                    {{}, {}, {}, {}, u"EUR"_s, 5, 42000, 6500, 6, 11667},
                                    {{}, {}, {}, {}, u"USD"_s, 2, 9000, 2000, {}, {}},
                                };
    // Links: O1, O3 and O5 (cancelled: sold, no commission) in EUR, O4 in USD; four link visits.
    QTest::addRow("kind") << ReportPeriod::Month << ReportGrouping{false, false, false, true}
                          << QList<Expected>{
                                 {{}, {}, {}, u"coupon"_s, u"EUR"_s, 1, 5000, 500, 0, {}},
                                 {{}, {}, {}, u"link"_s, u"EUR"_s, 3, 33000, 6000, 4, 10000},
                                 {{}, {}, {}, u"link"_s, u"USD"_s, 1, 8000, 2000, {}, {}},
                                 {{}, {}, {}, u"unattributed"_s, u"EUR"_s, 1, 4000, 0, 2, 10000},
                                 {{}, {}, {}, u"unattributed"_s, u"USD"_s, 1, 1000, 0, {}, {}},
                             };
    QTest::addRow("program") << ReportPeriod::Month << ReportGrouping{false, true, false, false}
                             << QList<Expected>{
                                    {{}, {}, {}, {}, u"EUR"_s, 1, 4000, 0, 2, 10000},
                                    {{}, {}, {}, {}, u"USD"_s, 1, 1000, 0, {}, {}},
                                    {{}, u"Koongo Agency"_s, {}, {}, u"USD"_s, 1, 8000, 2000, 1, 10000},
                                    {{}, u"Koongo Partner"_s, {}, {}, u"EUR"_s, 4, 38000, 6500, 3, 13333},
                                };
    QTest::addRow("partner") << ReportPeriod::Month << ReportGrouping{false, false, true, false}
                             << QList<Expected>{
                                    {{}, {}, {}, {}, u"EUR"_s, 1, 4000, 0, 2, 10000},
                                    {{}, {}, {}, {}, u"USD"_s, 1, 1000, 0, {}, {}},
                                    {{}, {}, u"BOB"_s, {}, u"EUR"_s, 3, 33000, 6000, 3, 10000},
                                    {{}, {}, u"JANE"_s, {}, u"EUR"_s, 1, 5000, 500, 0, {}},
                                    {{}, {}, u"SAM"_s, {}, u"USD"_s, 1, 8000, 2000, 1, 10000},
                                };
    QTest::addRow("month, program, partner, kind")
        << ReportPeriod::Month << ReportGrouping{true, true, true, true}
        << QList<Expected>{
               {u"2026-01"_s, {}, {}, u"unattributed"_s, {}, 0, 0, 0, 1, 0},
               {u"2026-01"_s, u"Koongo Partner"_s, u"BOB"_s, u"link"_s, u"EUR"_s, 1, 10000, 2000, 2, 5000},
               {u"2026-01"_s, u"Koongo Partner"_s, u"JANE"_s, u"coupon"_s, u"EUR"_s, 1, 5000, 500, 0, {}},
               {u"2026-02"_s, u"Koongo Agency"_s, u"SAM"_s, u"link"_s, u"USD"_s, 1, 8000, 2000, 1, 10000},
               {u"2026-02"_s, u"Koongo Partner"_s, u"BOB"_s, u"link"_s, u"EUR"_s, 2, 23000, 4000, 1, 20000},
               {u"2026-03"_s, {}, {}, u"unattributed"_s, {}, 0, 0, 0, 1, 0},
               {u"2026-04"_s, {}, {}, u"unattributed"_s, u"EUR"_s, 1, 4000, 0, 0, {}},
               {u"2026-04"_s, {}, {}, u"unattributed"_s, u"USD"_s, 1, 1000, 0, {}, {}},
           };
}

void TestReportStore::groupings()
{
    QFETCH(ReportPeriod, period);
    QFETCH(ReportGrouping, grouping);
    QFETCH(QList<Expected>, expected);
    ReportParameters parameters = ReportParameters::forDates(at(u"2026-01-01"_s), at(u"2026-05-31"_s));
    parameters.period = period;
    parameters.grouping = grouping;
    const Report report = run(parameters);
    QVERIFY(report.visitsKnown);
    QStringList wanted;
    for (const Expected &line : expected)
        wanted.append(describe(line));
    QCOMPARE(describe(report.lines), wanted.join(u'\n'));
    // Every way of grouping adds up to the same totals.
    QCOMPARE(report.orders, 7);
    QCOMPARE(report.visits, 6);
    QCOMPARE(report.conversionBp(), std::optional<qint64>(11667));
}

void TestReportStore::totalsKeepCurrenciesApart()
{
    const Report report = run(ReportParameters::forDates(at(u"2026-01-01"_s), at(u"2026-05-31"_s)));
    QCOMPARE(report.totals.size(), 2);
    QCOMPARE(report.totals.at(0).currency, u"EUR"_s);
    QCOMPARE(report.totals.at(0).orders, 5);
    QCOMPARE(report.totals.at(0).salesMinor, 42000);
    QCOMPARE(report.totals.at(0).commissionMinor, 6500);
    QCOMPARE(report.totals.at(1).currency, u"USD"_s);
    QCOMPARE(report.totals.at(1).orders, 2);
    QCOMPARE(report.totals.at(1).salesMinor, 9000);
    QCOMPARE(report.totals.at(1).commissionMinor, 2000);
    for (const ReportLine &line : report.lines)
        QVERIFY2(line.currency.isEmpty() || line.currency == u"EUR" || line.currency == u"USD",
                 qPrintable(line.currency));
}

void TestReportStore::isoWeekAcrossTheYear()
{
    // Wednesday 31 December 2025 belongs to 2026-W01, with the visits of 30 December and 4 January.
    ReportParameters parameters = ReportParameters::forDates(at(u"2025-12-29"_s), at(u"2026-01-04"_s));
    parameters.period = ReportPeriod::Week;
    parameters.grouping = {true, false, false, false};
    const Report report = run(parameters);
    QCOMPARE(describe(report.lines), describe(Expected{u"2026-W01"_s, {}, {}, {}, u"EUR"_s, 1, 99900, 19980, 2, 5000}));
}

void TestReportStore::filters()
{
    ReportParameters parameters = ReportParameters::forDates(at(u"2026-01-01"_s), at(u"2026-05-31"_s));
    parameters.grouping = {false, false, true, false};
    parameters.programName = u"koongo partner"_s; // as a user types it
    Report report = run(parameters);
    QCOMPARE(report.parameters.programName, u"Koongo Partner"_s);
    // Unattributed orders and visits belong to no program: not in a program's report.
    QCOMPARE(describe(report.lines),
             QStringList({describe(Expected{{}, {}, u"BOB"_s, {}, u"EUR"_s, 3, 33000, 6000, 3, 10000}),
                          describe(Expected{{}, {}, u"JANE"_s, {}, u"EUR"_s, 1, 5000, 500, 0, {}})})
                 .join(u'\n'));
    QCOMPARE(report.visits, 3);

    parameters.programName.clear();
    parameters.affiliateCode = u"sam"_s;
    parameters.grouping = {true, false, false, true};
    report = run(parameters);
    QCOMPARE(report.parameters.affiliateCode, u"SAM"_s);
    QCOMPARE(describe(report.lines),
             describe(Expected{u"2026-02"_s, {}, {}, u"link"_s, u"USD"_s, 1, 8000, 2000, 1, 10000}));
    QCOMPARE(report.totals.size(), 1);
}

void TestReportStore::unknownFilterFails()
{
    ReportParameters parameters = ReportParameters::forDates(at(u"2026-01-01"_s), at(u"2026-05-31"_s));
    parameters.programName = u"Nope"_s;
    Result<Report> report = ReportStore(m_store->database).run(parameters);
    QVERIFY(!report);
    QVERIFY(report.error().contains(u"Nope"_s));
    parameters.programName.clear();
    parameters.affiliateCode = u"NOBODY"_s;
    report = ReportStore(m_store->database).run(parameters);
    QVERIFY(!report);
    QVERIFY(report.error().contains(u"NOBODY"_s));
}

void TestReportStore::withoutVisitsThereIsNoConversion()
{
    QSqlQuery query(m_store->database.connection());
    QVERIFY(query.exec(u"DELETE FROM visits"_s));
    const Report report = run(ReportParameters::forDates(at(u"2026-01-01"_s), at(u"2026-05-31"_s)));
    QVERIFY(!report.visitsKnown);
    QVERIFY(!report.lines.isEmpty());
    for (const ReportLine &line : report.lines) {
        QVERIFY(!line.visits);
        QVERIFY(!line.conversionBp);
        QVERIFY(!line.currency.isEmpty()); // no visit-only lines
    }
    QCOMPARE(report.orders, 7);
}

void TestReportStore::reversalTakesCommissionBack()
{
    // O3's commission (40.00) is paid, then the order is refunded: the paid transaction stays
    // counted, its reversal takes the money back, and the order still counts as sold.
    QSqlQuery query(m_store->database.connection());
    QVERIFY(query.exec(u"UPDATE transactions SET status = 'paid' WHERE order_id = 'O3'"_s));
    OrderLine refund;
    refund.orderId = u"O3"_s;
    refund.placedAt = u"2026-02-02T10:00:00Z"_s;
    refund.subtotal = u"200.00"_s;
    refund.status = u"refunded"_s;
    refund.landingUrl = u"https://koongo.com/pricing?acc=BOB"_s;
    importOrders({refund});
    ReportParameters parameters = ReportParameters::forDates(at(u"2026-02-01"_s), at(u"2026-02-28"_s));
    parameters.grouping = {false, false, false, true};
    const Report report = run(parameters);
    QCOMPARE(describe(report.lines),
             QStringList({describe(Expected{{}, {}, {}, u"link"_s, u"EUR"_s, 2, 23000, 4000, 2, 15000}),
                          describe(Expected{{}, {}, {}, u"link"_s, u"USD"_s, 1, 8000, 2000, {}, {}}),
                          describe(Expected{{}, {}, {}, u"reversal"_s, u"EUR"_s, 0, 0, -4000, 0, {}})})
                 .join(u'\n'));
    QCOMPARE(report.totals.first().commissionMinor, 0);
}

void TestReportStore::cancelStopsTheReport()
{
    ReportStore store(m_store->database);
    QList<int> steps;
    store.setProgressHandler([&](int step, int) {
        steps.append(step);
        if (step == 1)
            store.cancel();
    });
    const Result<Report> report = store.run(ReportParameters::forDates(at(u"2026-01-01"_s), at(u"2026-05-31"_s)));
    QVERIFY(!report);
    QVERIFY(store.cancelled());
    QCOMPARE(steps, QList<int>({0, 1}));

    // Not cancelled, every step is reported, then the end.
    ReportStore again(m_store->database);
    steps.clear();
    again.setProgressHandler([&](int step, int total) {
        steps.append(step);
        QCOMPARE(total, 4);
    });
    QVERIFY(again.run(ReportParameters::forDates(at(u"2026-01-01"_s), at(u"2026-05-31"_s))));
    QCOMPARE(steps, QList<int>({0, 1, 2, 3, 4}));
}

void TestReportStore::conversionRounding_data()
{
    QTest::addColumn<qint64>("orders");
    QTest::addColumn<qint64>("visits");
    QTest::addColumn<std::optional<qint64>>("basisPoints");
    QTest::addColumn<QString>("text");
    QTest::addRow("two thirds") << qint64(2) << qint64(3) << std::optional<qint64>(6667) << u"66.67 %"_s;
    QTest::addRow("one third") << qint64(1) << qint64(3) << std::optional<qint64>(3333) << u"33.33 %"_s;
    QTest::addRow("half a basis point rounds up")
        << qint64(1) << qint64(20000) << std::optional<qint64>(1) << u"0.01 %"_s;
    QTest::addRow("more orders than visits") << qint64(3) << qint64(2) << std::optional<qint64>(15000) << u"150.00 %"_s;
    QTest::addRow("no visits") << qint64(3) << qint64(0) << std::optional<qint64>() << QString();
}

void TestReportStore::conversionRounding()
{
    QFETCH(qint64, orders);
    QFETCH(qint64, visits);
    QFETCH(std::optional<qint64>, basisPoints);
    QFETCH(QString, text);
    QCOMPARE(Report::conversion(orders, visits), basisPoints);
    if (basisPoints)
        QCOMPARE(Report::conversionText(*basisPoints), text);
}

void TestReportStore::byCampaign()
{
    // The campaigns as the import records them from acc_campaign (set here directly: reading it
    // from landing_url is the importer's, tested there).
    QSqlQuery query(m_store->database.connection());
    QVERIFY(query.exec(u"UPDATE transactions SET campaign = 'spring' WHERE order_id IN ('O1', 'O4')"_s));
    QVERIFY(query.exec(u"UPDATE transactions SET campaign = 'autumn' WHERE order_id = 'O3'"_s));

    ReportParameters parameters = ReportParameters::forDates(at(u"2026-01-01"_s), at(u"2026-05-31"_s));
    parameters.grouping = {false, false, false, false, true};
    const Report report = run(parameters);
    // Orders without a campaign, unattributed ones included, are "(none)"; money stays per currency;
    // visits carry no campaign, so none are shown.
    QVERIFY(!report.visitsKnown);
    QStringList lines;
    for (const ReportLine &line : report.lines)
        lines.append(u"%1 %2 %3 %4 %5"_s.arg(Report::campaignText(line.campaign), line.currency)
                         .arg(line.orders)
                         .arg(line.salesMinor)
                         .arg(line.commissionMinor));
    QCOMPARE(lines, (QStringList{u"(none) EUR 3 12000 500"_s, u"(none) USD 1 1000 0"_s, u"autumn EUR 1 20000 4000"_s,
                                 u"spring EUR 1 10000 2000"_s, u"spring USD 1 8000 2000"_s}));

    QString csv;
    QTextStream out(&csv);
    report.writeCsv(out);
    out.flush();
    QCOMPARE(csv.section(u'\n', 0, 1), u"campaign,currency,orders,sales,commission,visits,conversion_percent\n"
                                       "(none),EUR,3,120.00,5.00,,"_s);
    QVERIFY(report.groupTitles().contains(u"Campaign"_s));

    // Beside another grouping, a campaign splits its groups.
    parameters.grouping = {false, false, true, false, true};
    const Report byPartner = run(parameters);
    QStringList partners;
    for (const ReportLine &line : byPartner.lines) {
        if (line.affiliateCode == u"BOB")
            partners.append(Report::campaignText(line.campaign));
    }
    QCOMPARE(partners, (QStringList{u"(none)"_s, u"autumn"_s, u"spring"_s}));
}

QTEST_GUILESS_MAIN(TestReportStore)
#include "tst_reportstore.moc"
