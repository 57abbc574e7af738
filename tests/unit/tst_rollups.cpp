// Reports from rollups (issue #16): after every kind of write the books know, the report read from
// the per-day rollups equals the report computed from the ledger (ReportStore::setUseRollups(false),
// the code before the rollups), for several groupings, periods, filters and ranges (whole days,
// partial days at either end, one day); and the rollup tables equal a recomputation from scratch.
// Real SQLite files, written through the real import and stores. A seeded random sequence of
// writes compares after every step (the seed is printed; PARTNERDESK_ROLLUP_SEED replays one).
// Why this file is long: every kind of write shares one fixture and one comparison, and the random
// sequence drives the same stores; split, each half would repeat both.

#include "import/visitimporter.h"
#include "payouttestkit.h"
#include "store/assignmentstore.h"
#include "store/holdstore.h"
#include "store/ledgerstore.h"
#include "store/payoutstore.h"
#include "store/reportstore.h"
#include "store/rollups.h"
#include "store/whatif.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;
using namespace PayoutTestKit;

namespace {

QString describe(const Report &report)
{
    QStringList text;
    for (const ReportLine &line : report.lines) {
        text.append(u"[%1|%2|%3|%4|%5|%6] %7 %8 %9 visits %10 conversion %11"_s.arg(
            line.period, line.program, line.affiliateCode, line.campaign, line.kind, line.currency,
            QString::number(line.orders), QString::number(line.salesMinor), QString::number(line.commissionMinor),
            line.visits ? QString::number(*line.visits) : u"-"_s,
            line.conversionBp ? QString::number(*line.conversionBp) : u"-"_s));
    }
    for (const ReportTotal &total : report.totals) {
        text.append(u"total %1 %2 %3 %4"_s.arg(total.currency, QString::number(total.orders),
                                               QString::number(total.salesMinor),
                                               QString::number(total.commissionMinor)));
    }
    text.append(u"orders %1 visits %2 known %3"_s.arg(report.orders).arg(report.visits).arg(report.visitsKnown));
    return text.join(u'\n');
}

struct Case
{
    QString name;
    ReportParameters parameters;
};

// The reports every comparison runs: periods, groupings, filters and ranges a user can ask for.
QList<Case> cases()
{
    const qint64 day = Timestamp::secondsPerDay;
    const qint64 first = now() - 400 * day;
    const qint64 last = now() + 10 * day;
    QList<Case> list;
    auto add = [&list](const QString &name, ReportParameters parameters) {
        list.append({name, parameters});
    };

    ReportParameters whole = ReportParameters::forDates(first, last);
    add(u"all days by month, program, kind"_s, whole);
    ReportParameters byPartner = whole;
    byPartner.period = ReportPeriod::Day;
    byPartner.grouping = {true, true, true, true, false};
    add(u"by day, program, partner, kind"_s, byPartner);
    ReportParameters byCampaign = whole;
    byCampaign.grouping = {false, false, true, false, true};
    add(u"by partner and campaign"_s, byCampaign);
    ReportParameters nothing = whole;
    nothing.grouping = {false, false, false, false, false};
    add(u"no grouping"_s, nothing);
    ReportParameters weeks = whole;
    weeks.period = ReportPeriod::Week;
    weeks.grouping = {true, false, false, true, false};
    add(u"by ISO week and kind"_s, weeks);
    ReportParameters quarters = whole;
    quarters.period = ReportPeriod::Quarter;
    quarters.programName = u"Koongo Partner"_s;
    add(u"Koongo Partner by quarter"_s, quarters);
    ReportParameters anna = whole;
    anna.period = ReportPeriod::Year;
    anna.grouping = {true, true, true, true, true};
    anna.affiliateCode = u"ANNA"_s;
    add(u"ANNA by year, everything"_s, anna);
    // Partial days at both ends: the ledger answers for them, the rollups for the days between.
    ReportParameters partial;
    partial.from = now() - 75 * day - 5 * 3600;
    partial.to = now() - 20 * day + 7 * 3600;
    partial.period = ReportPeriod::Day;
    partial.grouping = {true, true, true, true, false};
    add(u"partial days at both ends, by day and partner"_s, partial);
    ReportParameters partialMonths = partial;
    partialMonths.period = ReportPeriod::Month;
    partialMonths.grouping = {true, true, false, true, false};
    add(u"partial days at both ends, by month"_s, partialMonths);
    // By partner: whole months from the monthly rollups, the days around them per day.
    ReportParameters partialPartners = partial;
    partialPartners.grouping = {true, false, true, true, true};
    add(u"partial days and months, by month and partner"_s, partialPartners);
    ReportParameters quarterPartners = partialPartners;
    quarterPartners.period = ReportPeriod::Quarter;
    quarterPartners.programName = u"Koongo Partner"_s;
    add(u"partial days and months, Koongo Partner by quarter and partner"_s, quarterPartners);
    // Within one day: nothing whole.
    ReportParameters withinDay;
    withinDay.from = now() - 60 * day + 3600;
    withinDay.to = now() - 60 * day + 20 * 3600;
    add(u"within one day"_s, withinDay);
    ReportParameters oneDay = ReportParameters::forDates(now() - 60 * day, now() - 60 * day);
    oneDay.grouping = {true, true, true, true, true};
    oneDay.period = ReportPeriod::Day;
    add(u"one whole day"_s, oneDay);
    return list;
}

} // namespace

class TestRollups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void migrationMarksAnUpgradedBookDirty();
    void importAndReimport();
    void assignmentAndUndo();
    void approvalAndPayoutMarkNothingAndStayEqual();
    void cancelAndRefundInAReimport();
    void holdDecisions();
    void visitsImport();
    void pulledRowsCountToo();
    void whatIfRollsBackItsMarks();
    void aMissingTriggerIsCaught();
    void aBulkLoadMarksItsDaysAtOnce();
    void cancelledRefreshChangesNothing();
    void randomWrites();

private:
    Database &db() { return m_store->database; }
    bool import(const QList<OrderLine> &orders)
    {
        return importOrders(db(), m_store->path(u"orders%1.csv"_s.arg(++m_imports)), orders);
    }
    bool importVisits(const QStringList &rows);
    // Every case, with and without the rollups, equal; then the rollup tables equal a rebuild.
    void compareAll(const QString &after);
    QStringList rollupRows();
    QList<OrderLine> someOrders(const QString &prefix);

    std::unique_ptr<StoreFixture> m_store;
    Books m_books;
    int m_imports = 0;
};

void TestRollups::initTestCase()
{
    pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
}

void TestRollups::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    QVERIFY(setUpBooks(db(), m_books));
}

void TestRollups::cleanup()
{
    m_store.reset();
}

bool TestRollups::importVisits(const QStringList &rows)
{
    const QString path = m_store->path(u"visits%1.csv"_s.arg(++m_imports));
    if (!writeFile(path,
                   (u"visited_at,landing_url,referrer_url,affiliate_code\n"_s + rows.join(u'\n') + u'\n').toUtf8()))
        return false;
    const VisitImportSummary summary = VisitImporter(db()).importFile(path);
    if (!summary.fatalError.isEmpty() || summary.rejected != 0)
        qWarning("visits import: %s (%d rejected)", qPrintable(summary.fatalError), int(summary.rejected));
    return summary.fatalError.isEmpty() && summary.rejected == 0;
}

QStringList TestRollups::rollupRows()
{
    QStringList rows;
    for (const char *table : {"rollup_ledger", "rollup_ledger_month", "rollup_ledger_all", "rollup_unattributed",
                              "rollup_visits", "rollup_visits_month", "rollup_visits_all"}) {
        const QString name = QString::fromLatin1(table);
        for (const QString &row : dumpRows(db(), name))
            rows.append(name + u": "_s + row);
    }
    return rows;
}

void TestRollups::compareAll(const QString &after)
{
    for (const Case &c : cases()) {
        ReportStore direct(db());
        direct.setUseRollups(false);
        const Result<Report> expected = direct.run(c.parameters);
        QVERIFY2(expected, qPrintable(expected.error()));
        const Result<Report> rolled = ReportStore(db()).run(c.parameters);
        QVERIFY2(rolled, qPrintable(rolled.error()));
        const QString want = describe(*expected);
        const QString got = describe(*rolled);
        if (got != want) {
            qWarning("after %s, %s:\n-- from the ledger:\n%s\n-- from the rollups:\n%s", qPrintable(after),
                     qPrintable(c.name), qPrintable(want), qPrintable(got));
        }
        QVERIFY2(got == want, qPrintable(u"after %1: %2"_s.arg(after, c.name)));
    }
    // Every dirty day refreshed, then the tables against a recomputation from nothing.
    Rollups rollups(db());
    const Status refreshed = rollups.refresh();
    QVERIFY2(refreshed, qPrintable(refreshed.error()));
    QCOMPARE(*rollups.dirtyDays(), 0);
    const QStringList kept = rollupRows();
    QSqlQuery query(db().connection());
    for (const char *table : {"rollup_ledger", "rollup_ledger_month", "rollup_ledger_all", "rollup_unattributed",
                              "rollup_visits", "rollup_visits_month", "rollup_visits_all"})
        QVERIFY(query.exec(u"DELETE FROM "_s + QString::fromLatin1(table)));
    QVERIFY(rollups.markAllDirty());
    QVERIFY(rollups.refresh());
    const QStringList rebuilt = rollupRows();
    if (kept != rebuilt)
        qWarning("after %s:\n-- kept:\n%s\n-- rebuilt:\n%s", qPrintable(after), qPrintable(kept.join(u'\n')),
                 qPrintable(rebuilt.join(u'\n')));
    QVERIFY2(kept == rebuilt, qPrintable(u"after %1: the rollups differ from a rebuild"_s.arg(after)));
}

// Orders over several days and both currencies: links of each partner, a campaign, orders no
// rule credits, one of them at a day's last second.
QList<OrderLine> TestRollups::someOrders(const QString &prefix)
{
    QList<OrderLine> orders;
    auto at = [](int days, int hour) {
        return Timestamp::format(now() - qint64(days) * Timestamp::secondsPerDay + hour * 3600);
    };
    OrderLine a = viaLink(prefix + u"-1"_s, u"ANNA"_s, u"400.00"_s); // past ANNA's payout threshold
    a.placedAt = at(60, 10);
    OrderLine b = viaLink(prefix + u"-2"_s, u"BEN"_s, u"50.00"_s);
    b.placedAt = at(60, 23);
    OrderLine c = viaLink(prefix + u"-3"_s, u"ANNA"_s, u"80.00"_s, u"USD"_s);
    c.landingUrl = u"https://koongo.us/?acc=ANNA&acc_campaign=spring"_s;
    c.placedAt = at(45, 4);
    OrderLine d = viaLink(prefix + u"-4"_s, u"CARL"_s, u"20.00"_s);
    d.landingUrl += u"&acc_campaign=spring"_s;
    d.placedAt = at(75, 2);
    OrderLine e;
    e.orderId = prefix + u"-5"_s;
    e.subtotal = u"40.00"_s;
    e.placedAt = Timestamp::format(now() - 30 * Timestamp::secondsPerDay - 1);
    OrderLine f;
    f.orderId = prefix + u"-6"_s;
    f.subtotal = u"15.00"_s;
    f.currency = u"USD"_s;
    f.placedAt = at(75, 1);
    OrderLine g = viaLink(prefix + u"-7"_s, u"BEN"_s, u"70.00"_s); // still pending approval
    g.placedAt = at(10, 12);
    orders << a << b << c << d << e << f << g;
    return orders;
}

void TestRollups::migrationMarksAnUpgradedBookDirty()
{
    QVERIFY(import(someOrders(u"M"_s)));
    QVERIFY(importVisits({daysAgo(61) + u",https://koongo.com/?acc=ANNA,,"_s}));
    // A book of before the rollups: their tables empty, no day marked. Running the migration
    // again marks every day of the book.
    QSqlQuery query(db().connection());
    for (const char *table : {"rollup_ledger", "rollup_ledger_month", "rollup_ledger_all", "rollup_unattributed",
                              "rollup_visits", "rollup_visits_month", "rollup_visits_all", "rollup_dirty"})
        QVERIFY(query.exec(u"DELETE FROM "_s + QString::fromLatin1(table)));
    QVERIFY(query.exec(u"PRAGMA user_version = 18"_s));
    m_store->database.close();
    QVERIFY(m_store->database.open(m_store->path(u"store.sqlite"_s)));
    QVERIFY(*Rollups(db()).dirtyDays() >= 4);
    compareAll(u"an upgrade"_s);
}

void TestRollups::importAndReimport()
{
    compareAll(u"nothing"_s);
    QVERIFY(import(someOrders(u"A"_s)));
    compareAll(u"an import"_s);
    QVERIFY(*Rollups(db()).dirtyDays() == 0);
    // The same orders again, some changed: a subtotal, a day (to another month), a partner, a
    // campaign, one now credited by a link.
    QList<OrderLine> changed = someOrders(u"A"_s);
    changed[0].subtotal = u"120.00"_s;
    changed[1].placedAt = Timestamp::format(now() - 95 * Timestamp::secondsPerDay);
    changed[2].landingUrl = u"https://koongo.us/?acc=ANNA&acc_campaign=autumn"_s;
    changed[3].landingUrl = u"https://koongo.com/?acc=BEN"_s;
    changed[4].landingUrl = u"https://koongo.com/?acc=CARL"_s;
    QVERIFY(import(changed));
    QVERIFY(*Rollups(db()).dirtyDays() > 0);
    compareAll(u"a re-import of changed orders"_s);
}

void TestRollups::assignmentAndUndo()
{
    QVERIFY(import(someOrders(u"A"_s)));
    compareAll(u"an import"_s);
    AssignmentStore store(db());
    AssignmentRequest request;
    request.orderIds = {u"A-1"_s, u"A-5"_s, u"A-6"_s};
    request.affiliateId = m_books.carl;
    request.reason = u"the customer said so"_s;
    const Result<QList<ReplacedAssignment>> replaced = store.assign(request);
    QVERIFY2(replaced, qPrintable(replaced.error()));
    compareAll(u"a manual assignment"_s);
    const Result<QList<ReplacedAssignment>> again =
        store.assign({{u"A-1"_s}, m_books.ben, u"no, to Ben"_s, qint64(1234)});
    QVERIFY2(again, qPrintable(again.error()));
    compareAll(u"a second assignment with an amount"_s);
    QVERIFY(store.restore(*again, u"undo"_s));
    compareAll(u"the undo of the second"_s);
    QVERIFY(store.restore(*replaced, u"undo"_s));
    compareAll(u"the undo of the first"_s);
}

void TestRollups::approvalAndPayoutMarkNothingAndStayEqual()
{
    QVERIFY(import(someOrders(u"A"_s)));
    compareAll(u"an import"_s);
    const Result<int> approved = LedgerStore(db()).refreshApprovals(now() + 40 * Timestamp::secondsPerDay);
    QVERIFY2(approved, qPrintable(approved.error()));
    QVERIFY(*approved > 0);
    QCOMPARE(*Rollups(db()).dirtyDays(), 0); // status pending → approved changes no sum
    compareAll(u"approvals"_s);
    PayoutStore payouts(db());
    const Result<PayoutBatch> batch = payouts.createBatch(u"csv"_s, m_store->path(u"batch.csv"_s));
    QVERIFY2(batch, qPrintable(batch.error()));
    QVERIFY(payouts.markPaid(batch->id));
    QCOMPARE(*Rollups(db()).dirtyDays(), 0);
    compareAll(u"a payout batch paid"_s);
}

void TestRollups::cancelAndRefundInAReimport()
{
    QVERIFY(import(someOrders(u"A"_s)));
    QVERIFY(LedgerStore(db()).refreshApprovals(now()));
    PayoutStore payouts(db());
    const Result<PayoutBatch> batch = payouts.createBatch(u"csv"_s, m_store->path(u"batch.csv"_s));
    QVERIFY2(batch, qPrintable(batch.error()));
    QVERIFY(payouts.markPaid(batch->id));
    compareAll(u"a paid batch"_s);
    QList<OrderLine> orders = someOrders(u"A"_s);
    orders[0].status = u"refunded"_s; // paid: a reversal takes it back
    orders[2].status = u"canceled"_s;
    orders[3].status = u"pending"_s;
    QVERIFY(import(orders));
    compareAll(u"a refund and a cancel in a re-import"_s);
    QVERIFY(count(db(), u"transactions"_s, u"kind = 'reversal'"_s) > 0);
}

void TestRollups::holdDecisions()
{
    QVERIFY(import(someOrders(u"A"_s)));
    QSqlQuery query(db().connection());
    // Held as the attribution engine holds them (tst_holdstore).
    QVERIFY(query.exec(u"UPDATE transactions SET hold = 'held', hold_rule = 'own_domain', hold_evidence = 'x' "
                       "WHERE order_id IN ('A-1', 'A-2', 'A-4') AND superseded = 0"_s));
    compareAll(u"holds"_s);
    HoldStore holds(db());
    QVERIFY(holds.clear(u"A-1"_s, u"checked"_s));
    compareAll(u"a hold cleared"_s);
    QVERIFY(holds.cancel(u"A-2"_s, u"fraud"_s));
    compareAll(u"a hold cancelled"_s);
}

void TestRollups::visitsImport()
{
    QVERIFY(import(someOrders(u"A"_s)));
    compareAll(u"an import"_s);
    QVERIFY(importVisits({
        daysAgo(61) + u",https://koongo.com/?acc=ANNA,,"_s,
        daysAgo(60) + u",https://koongo.com/?acc=ANNA,,"_s,
        daysAgo(60) + u",https://koongo.com/,https://www.google.com/,"_s,
        daysAgo(45) + u",https://koongo.com/,,BEN"_s,
        Timestamp::format(now() - 75 * Timestamp::secondsPerDay - 3 * 3600) + u",https://koongo.com/?acc=CARL,,"_s,
        daysAgo(300) + u",https://koongo.com/,,"_s,
    }));
    compareAll(u"a visits import"_s);
}

// A pull writes the ledger like any other writer, with sync_applying set so the outbox records
// nothing (Outbox::ApplyScope); the rollup triggers do not look at it. Stood in for by SQL here,
// as the puller applies rows (tests/integration compare the pull itself).
void TestRollups::pulledRowsCountToo()
{
    QVERIFY(import(someOrders(u"A"_s)));
    compareAll(u"an import"_s);
    Transaction transaction(db().connection());
    QSqlQuery query(db().connection());
    QVERIFY(query.exec(u"INSERT INTO sync_applying (flag) VALUES (1)"_s));
    QVERIFY(query.exec(u"UPDATE transactions SET commission_minor = commission_minor + 1, campaign = 'pulled' "
                       "WHERE order_id = 'A-1'"_s));
    QVERIFY(query.exec(u"UPDATE orders SET placed_at = '"_s + daysAgo(200) + u"' WHERE order_id = 'A-6'"_s));
    QVERIFY(query.exec(u"INSERT INTO transactions (order_id, affiliate_id, program_id, kind, base_minor, rate_bp, "
                       "commission_minor, currency, status, placed_at, created_at, updated_at) SELECT 'A-5', "
                       "t.affiliate_id, t.program_id, 'link', 4000, 2000, 800, 'EUR', 'approved', o.placed_at, "
                       "o.placed_at, o.placed_at FROM transactions t, orders o WHERE t.order_id = 'A-1' AND "
                       "o.order_id = 'A-5'"_s));
    QVERIFY(query.exec(u"DELETE FROM transactions WHERE order_id = 'A-4'"_s));
    QVERIFY(query.exec(u"DELETE FROM sync_applying"_s));
    QVERIFY(transaction.commit());
    compareAll(u"rows applied as a pull applies them"_s);
}

void TestRollups::whatIfRollsBackItsMarks()
{
    QVERIFY(import(someOrders(u"A"_s)));
    compareAll(u"an import"_s);
    RuleChange change;
    change.programId = m_books.partnerProgram;
    change.lifetimeDays = 365;
    const Result<WhatIfResult> result =
        WhatIf(db()).run(change, now() - 365 * Timestamp::secondsPerDay, now() + Timestamp::secondsPerDay);
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(*Rollups(db()).dirtyDays(), 0);
    compareAll(u"a what-if"_s);
}

// The comparison has teeth: without the orders' insert trigger an import leaves the rollups stale.
void TestRollups::aMissingTriggerIsCaught()
{
    QVERIFY(import(someOrders(u"A"_s)));
    QVERIFY(Rollups(db()).refresh());
    QSqlQuery query(db().connection());
    QVERIFY(query.exec(u"DROP TRIGGER rollup_orders_insert"_s));
    QVERIFY(query.exec(u"DROP TRIGGER rollup_transactions_insert"_s));
    QVERIFY(import(someOrders(u"B"_s)));
    QCOMPARE(*Rollups(db()).dirtyDays(), 0);
    const ReportParameters parameters = cases().constFirst().parameters;
    ReportStore direct(db());
    direct.setUseRollups(false);
    const Result<Report> expected = direct.run(parameters);
    const Result<Report> rolled = ReportStore(db()).run(parameters);
    QVERIFY(expected && rolled);
    QVERIFY(describe(*expected) != describe(*rolled));
}

// RollupBulkLoad: the insert triggers suspended for a load, its days marked at once, the triggers
// back as they were; a rolled back load brings them back too.
void TestRollups::aBulkLoadMarksItsDaysAtOnce()
{
    QVERIFY(import(someOrders(u"A"_s)));
    compareAll(u"an import"_s);
    const QString triggers = u"sqlite_master"_s;
    const QString rollupTriggers = u"type = 'trigger' AND name LIKE 'rollup_%'"_s;
    const qint64 all = count(db(), triggers, rollupTriggers);
    QCOMPARE(all, 9);
    {
        Transaction transaction(db().connection());
        RollupBulkLoad load(db());
        QVERIFY(load.suspend());
        QCOMPARE(count(db(), triggers, rollupTriggers), all - 2);
        QVERIFY(import(someOrders(u"B"_s)));
        QCOMPARE(*Rollups(db()).dirtyDays(), 0); // nothing marked row by row
        QVERIFY(load.resume(daysAgo(75).left(10), daysAgo(10).left(10)));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(count(db(), triggers, rollupTriggers), all);
    QCOMPARE(*Rollups(db()).dirtyDays(), 66);
    compareAll(u"a bulk load"_s);
    {
        Transaction transaction(db().connection());
        RollupBulkLoad load(db());
        QVERIFY(load.suspend());
    } // rolled back
    QCOMPARE(count(db(), triggers, rollupTriggers), all);
}

void TestRollups::cancelledRefreshChangesNothing()
{
    QVERIFY(import(someOrders(u"A"_s)));
    const qint64 dirty = *Rollups(db()).dirtyDays();
    QVERIFY(dirty > 0);
    const std::atomic_bool cancelled = true;
    const Status refreshed = Rollups(db()).refresh({}, {}, &cancelled);
    QVERIFY(!refreshed);
    QVERIFY2(refreshed.error().contains(u"cancelled"_s), qPrintable(refreshed.error()));
    QCOMPARE(*Rollups(db()).dirtyDays(), dirty);
    QCOMPARE(count(db(), u"rollup_ledger"_s), 0);
    // A report cancelled while it refreshes fails as cancelled.
    ReportStore store(db());
    store.setProgressHandler([&store](int, int) { store.cancel(); });
    const Result<Report> report = store.run(cases().constFirst().parameters);
    QVERIFY(!report);
    QVERIFY(store.cancelled());
    QCOMPARE(*Rollups(db()).dirtyDays(), dirty);
}

// Random writes of every kind, compared after each. The seed is printed, and
// PARTNERDESK_ROLLUP_SEED=N replays a sequence.
void TestRollups::randomWrites()
{
    bool fixed = false;
    const quint32 seed = qEnvironmentVariableIntValue("PARTNERDESK_ROLLUP_SEED", &fixed);
    QRandomGenerator random(fixed ? seed : 20261207u);
    qInfo("random writes, seed %u (PARTNERDESK_ROLLUP_SEED replays it)", fixed ? seed : 20261207u);
    const QStringList partners{u"ANNA"_s, u"BEN"_s, u"CARL"_s, u"NOBODY"_s, QString()};
    const QList<qint64> partnerIds{m_books.anna, m_books.ben, m_books.carl};
    QStringList orderIds;
    QList<QList<ReplacedAssignment>> undo;
    std::map<int, int> done;         // how often each action ran, printed at the end
    QHash<QString, OrderLine> lines; // each order as last imported
    auto randomOrder = [&](const QString &id) {
        OrderLine order;
        order.orderId = id;
        order.placedAt = Timestamp::format(now() - qint64(random.bounded(120)) * Timestamp::secondsPerDay -
                                           random.bounded(int(Timestamp::secondsPerDay)));
        order.subtotal = u"%1.%2"_s.arg(1 + random.bounded(300)).arg(random.bounded(100), 2, 10, QChar(u'0'));
        order.currency = random.bounded(4) == 0 ? u"USD"_s : u"EUR"_s;
        const QString partner = partners.at(random.bounded(int(partners.size())));
        if (!partner.isEmpty())
            order.landingUrl = u"https://koongo.com/?acc="_s + partner;
        if (random.bounded(3) == 0)
            order.landingUrl += u"&acc_campaign=c%1"_s.arg(random.bounded(3));
        const int status = random.bounded(10);
        order.status = status == 0   ? u"canceled"_s
                       : status == 1 ? u"refunded"_s
                       : status == 2 ? u"pending"_s
                                     : u"complete"_s;
        return order;
    };
    for (int step = 0; step < 80; ++step) {
        const int action = orderIds.isEmpty() ? 0 : random.bounded(9);
        QString what;
        switch (action) {
        case 0:
        case 1: { // an import of new orders
            QList<OrderLine> orders;
            for (int i = 1 + random.bounded(8); i > 0; --i) {
                orders.append(randomOrder(u"R%1"_s.arg(orderIds.size() + 1)));
                orderIds.append(orders.last().orderId);
                lines.insert(orders.last().orderId, orders.last());
            }
            QVERIFY(import(orders));
            what = u"import of %1 orders"_s.arg(orders.size());
            break;
        }
        case 2: { // a re-import of known orders: changed at random, or only cancelled or refunded
            std::map<QString, OrderLine> orders;
            const bool statusOnly = random.bounded(2) == 0;
            for (int i = 1 + random.bounded(4); i > 0; --i) {
                const QString id = orderIds.at(random.bounded(int(orderIds.size())));
                OrderLine order = statusOnly ? lines.value(id) : randomOrder(id);
                if (statusOnly)
                    order.status = random.bounded(2) == 0 ? u"canceled"_s : u"refunded"_s;
                orders[id] = order;
            }
            QList<OrderLine> list;
            for (const auto &[id, order] : orders) {
                list.append(order);
                lines.insert(id, order);
            }
            QVERIFY(import(list));
            what = u"re-import of %1 orders%2"_s.arg(list.size())
                       .arg(statusOnly ? u", cancelled or refunded"_s : QString());
            break;
        }
        case 3: { // a manual assignment
            AssignmentRequest request;
            request.orderIds = {orderIds.at(random.bounded(int(orderIds.size())))};
            request.affiliateId = partnerIds.at(random.bounded(int(partnerIds.size())));
            request.reason = u"random"_s;
            if (random.bounded(2) == 0)
                request.amountMinor = random.bounded(5000);
            const Result<QList<ReplacedAssignment>> replaced = AssignmentStore(db()).assign(request);
            QVERIFY2(replaced, qPrintable(replaced.error()));
            undo.append(*replaced);
            what = u"assignment of %1"_s.arg(request.orderIds.constFirst());
            break;
        }
        case 4: { // its undo
            if (undo.isEmpty())
                continue;
            const Status restored = AssignmentStore(db()).restore(undo.takeLast(), u"undo"_s);
            QVERIFY2(restored, qPrintable(restored.error()));
            what = u"undo of an assignment"_s;
            break;
        }
        case 5: { // approvals and a payout batch, paid
            QVERIFY(LedgerStore(db()).refreshApprovals(now()));
            PayoutStore payouts(db());
            const Result<PayoutPreview> preview = payouts.preview();
            QVERIFY(preview);
            if (!preview->isEmpty()) {
                const Result<PayoutBatch> batch =
                    payouts.createBatch(u"csv"_s, m_store->path(u"batch%1.csv"_s.arg(step)));
                QVERIFY2(batch, qPrintable(batch.error()));
                QVERIFY(payouts.markPaid(batch->id));
            }
            what = u"approvals and a payout"_s;
            break;
        }
        case 6: { // a hold on a live transaction not paid, then cleared or cancelled
            QSqlQuery query(db().connection());
            const QString live = u"superseded = 0 AND kind <> 'reversal' AND status IN ('pending', 'approved') "
                                 "AND payout_id IS NULL"_s;
            const qint64 candidates = count(db(), u"transactions"_s, live);
            if (candidates <= 0)
                continue;
            query.prepare(u"SELECT order_id FROM transactions WHERE %1 ORDER BY id LIMIT 1 OFFSET ?"_s.arg(live));
            query.addBindValue(random.bounded(int(candidates)));
            QVERIFY(query.exec() && query.next());
            const QString orderId = query.value(0).toString();
            query.prepare(u"UPDATE transactions SET hold = 'held', hold_rule = 'own_domain', hold_evidence = 'x', "
                          "status = 'pending' WHERE order_id = ? AND %1"_s.arg(live));
            query.addBindValue(orderId);
            QVERIFY(query.exec());
            HoldStore holds(db());
            const bool clear = random.bounded(2) == 0;
            QVERIFY(clear ? holds.clear(orderId, u"ok"_s) : holds.cancel(orderId, u"no"_s));
            what = u"a hold on %1 %2"_s.arg(orderId, clear ? u"cleared"_s : u"cancelled"_s);
            break;
        }
        case 7: { // visits
            QStringList rows;
            for (int i = 1 + random.bounded(6); i > 0; --i) {
                const QString at = Timestamp::format(now() - random.bounded(int(120 * Timestamp::secondsPerDay)));
                const QString partner = partners.at(random.bounded(int(partners.size())));
                rows.append(at + (partner.isEmpty() ? u",https://koongo.com/,,"_s
                                                    : u",https://koongo.com/?acc="_s + partner + u",,"_s));
            }
            QVERIFY(importVisits(rows));
            what = u"visits"_s;
            break;
        }
        case 8: { // a what-if: written, rolled back
            RuleChange change;
            change.programId = m_books.partnerProgram;
            change.lifetimeDays = 30 + random.bounded(300);
            QVERIFY(WhatIf(db()).run(change, now() - 200 * Timestamp::secondsPerDay, now()));
            what = u"a what-if"_s;
            break;
        }
        }
        ++done[action];
        compareAll(u"step %1 (%2, seed %3)"_s.arg(step).arg(what).arg(fixed ? seed : 20261207u));
        if (QTest::currentTestFailed())
            return;
    }
    QStringList summary;
    const QStringList names{u"import"_s, u"import"_s, u"re-import"_s, u"assignment"_s, u"undo"_s,
                            u"payout"_s, u"hold"_s,   u"visits"_s,    u"what-if"_s};
    std::map<QString, int> byName;
    for (const auto &[action, times] : done)
        byName[names.at(action)] += times;
    for (const auto &[name, times] : byName)
        summary.append(u"%1 %2×"_s.arg(name).arg(times));
    qInfo("%s", qPrintable(summary.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestRollups)
#include "tst_rollups.moc"
