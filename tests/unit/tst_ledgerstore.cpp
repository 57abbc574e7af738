// LedgerStore on a fresh SQLite book: manual assignments, approvals, balances, payout batches,
// reports and the audit rows each writes. Why this file is long: one class under test, one test file
// (STYLE.md), and the ledger is the class every money rule passes through.

#include "core/money.h"
#include "import/orderimporter.h"
#include "store/affiliatestore.h"
#include "store/auditlog.h"
#include "store/ledgerstore.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

OrderLine viaLink(const QString &id, const QString &code, const QString &subtotal = u"100.00"_s)
{
    OrderLine o;
    o.orderId = id;
    o.subtotal = subtotal;
    o.landingUrl = u"https://koongo.com/pricing?acc="_s + code;
    return o;
}

OrderLine unattributed(const QString &id, const QString &subtotal = u"100.00"_s)
{
    OrderLine o;
    o.orderId = id;
    o.subtotal = subtotal;
    return o;
}

// A readable form of balances, to compare them before and after.
QStringList describe(const QList<BalanceRow> &rows)
{
    QStringList lines;
    for (const BalanceRow &r : rows) {
        lines.append(u"%1 %2 pending %3 balance %4 batch %5 paid %6 threshold %7"_s.arg(r.affiliateCode, r.currency)
                         .arg(r.pendingMinor)
                         .arg(r.balanceMinor)
                         .arg(r.inBatchMinor)
                         .arg(r.paidMinor)
                         .arg(r.thresholdMinor ? QString::number(*r.thresholdMinor) : u"none"_s));
    }
    return lines;
}

} // namespace

class TestLedgerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void assignReplacesTheLinkTransaction();
    void assignWithFixedAmount();
    void assignUnattributedOrder();
    void assignErrors_data();
    void assignErrors();
    void assignPaidTransactionReversesIt();
    void reassignTwice();
    void assignAfterPaidCommissionWasRefunded();

    void payoutThreshold_data();
    void payoutThreshold();
    void payoutBatchFile_data();
    void payoutBatchFile();
    void failedBatchChangesNothing_data();
    void failedBatchChangesNothing();
    void markPaidTouchesOnlyThatBatch();

    void refreshApprovals_data();
    void refreshApprovals();
    void balancesPerPartnerAndCurrency();
    void selfReferralEarnsNothing();
    void report();
    void transactionsCsvQuotesValues();
    void explain();

private:
    void import(const QList<OrderLine> &orders);
    QList<TransactionRow> live(const QString &orderId) const;

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<LedgerStore> m_ledger;
    std::unique_ptr<ProgramStore> m_programs;
    std::unique_ptr<AffiliateStore> m_affiliates;
    qint64 m_partnerProgram = 0;
    qint64 m_agencyProgram = 0;
    qint64 m_usProgram = 0;
    qint64 m_anna = 0;
    qint64 m_ben = 0;
    qint64 m_carl = 0;
};

void TestLedgerStore::initTestCase()
{
    pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
}

// Programs: Koongo Partner (EUR, link 20 %, coupon 10 %, threshold 50.00, hold 30 days),
// Koongo Agency (EUR, link 30 %, threshold 100.00), Koongo US (USD, link 25 %, threshold 20.00).
// ANNA: Partner (primary) and US, coupon ANNA10. BEN: Agency (primary) and Partner. CARL: nothing.
void TestLedgerStore::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    m_ledger = std::make_unique<LedgerStore>(m_store->database);
    m_programs = std::make_unique<ProgramStore>(m_store->database);
    m_affiliates = std::make_unique<AffiliateStore>(m_store->database);

    auto addProgram = [this](const QString &name, const QString &currency, int linkBp, qint64 threshold,
                             const QString &host) -> qint64 {
        Program p;
        p.name = name;
        p.currency = currency;
        p.linkRate = Rate::fromBasisPoints(linkBp);
        p.thresholdMinor = threshold;
        p.storeHosts = {host};
        const Result<qint64> id = m_programs->add(p);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? *id : 0;
    };
    m_partnerProgram = addProgram(u"Koongo Partner"_s, u"EUR"_s, 2000, 5000, u"koongo.com"_s);
    m_agencyProgram = addProgram(u"Koongo Agency"_s, u"EUR"_s, 3000, 10000, u"koongo.com"_s);
    m_usProgram = addProgram(u"Koongo US"_s, u"USD"_s, 2500, 2000, u"koongo.us"_s);
    QVERIFY(m_partnerProgram && m_agencyProgram && m_usProgram);

    auto addPartner = [this](const QString &code) -> qint64 {
        const Result<Affiliate> a = m_affiliates->add(code + u" Name"_s, code.toLower() + u"@example.com"_s, code);
        if (!a)
            qWarning("%s", qPrintable(a.error()));
        return a ? a->id : 0;
    };
    m_anna = addPartner(u"ANNA"_s);
    m_ben = addPartner(u"BEN"_s);
    m_carl = addPartner(u"CARL"_s);
    QVERIFY(m_anna && m_ben && m_carl);
    QVERIFY(m_programs->join(m_anna, m_partnerProgram));
    QVERIFY(m_programs->join(m_anna, m_usProgram));
    QVERIFY(m_programs->join(m_ben, m_agencyProgram));
    QVERIFY(m_programs->join(m_ben, m_partnerProgram));
    QVERIFY(m_affiliates->createCoupon(m_anna, m_partnerProgram, u"ANNA10"_s));
}

void TestLedgerStore::cleanup()
{
    m_affiliates.reset();
    m_programs.reset();
    m_ledger.reset();
    m_store.reset();
}

void TestLedgerStore::import(const QList<OrderLine> &orders)
{
    const QString path = m_store->path(u"orders.csv"_s);
    QVERIFY(writeFile(path, ordersCsv(orders)));
    OrderImporter importer(m_store->database);
    QStringList issues;
    importer.setIssueHandler([&issues](const ImportIssue &issue) { issues.append(issue.reason); });
    const ImportSummary summary = importer.importFile(path);
    QVERIFY2(summary.exitCode() == 0, qPrintable(summary.fatalError + issues.join(u"; "_s)));
}

QList<TransactionRow> TestLedgerStore::live(const QString &orderId) const
{
    QList<TransactionRow> rows;
    for (const TransactionRow &row : m_ledger->transactionsOf(orderId)) {
        if (!row.superseded && row.kind != u"reversal")
            rows.append(row);
    }
    return rows;
}

void TestLedgerStore::assignReplacesTheLinkTransaction()
{
    import({viaLink(u"O1"_s, u"ANNA"_s)});
    QCOMPARE(live(u"O1"_s).first().affiliateCode, u"ANNA"_s);

    const Status status = m_ledger->assign(u"O1"_s, m_ben, u"  customer says Ben referred her  "_s);
    QVERIFY2(status, qPrintable(status.error()));

    const QList<TransactionRow> all = m_ledger->transactionsOf(u"O1"_s);
    QCOMPARE(all.size(), 2);
    // Anna's transaction is cancelled and superseded, not erased; it keeps its commission.
    const TransactionRow &old = all.at(0);
    QCOMPARE(old.affiliateCode, u"ANNA"_s);
    QCOMPARE(old.kind, u"link"_s);
    QCOMPARE(old.status, u"cancelled"_s);
    QVERIFY(old.superseded);
    QCOMPARE(old.commissionMinor, qint64(2000));
    // Ben earns the link rate of his primary program (Agency, 30 %), not Anna's 20 %.
    const TransactionRow &manual = all.at(1);
    QCOMPARE(manual.affiliateCode, u"BEN"_s);
    QCOMPARE(manual.kind, u"manual"_s);
    QCOMPARE(manual.programName, u"Koongo Agency"_s);
    QCOMPARE(manual.rateBp, 3000);
    QCOMPARE(manual.baseMinor, qint64(10000));
    QCOMPARE(manual.commissionMinor, qint64(3000));
    QCOMPARE(manual.status, u"approved"_s);
    QVERIFY(!manual.superseded);

    // The audit log says who, when, before, after and why.
    const QList<AuditEntry> audit = AuditLog(m_store->database.connection()).entries(u"order"_s, u"O1"_s);
    QCOMPARE(audit.size(), 1);
    const AuditEntry &entry = audit.first();
    QCOMPARE(entry.action, u"order.assign"_s);
    QCOMPARE(entry.actor, u"manager"_s);
    QCOMPARE(entry.at, QString::fromLatin1(pinnedNow));
    QCOMPARE(entry.reason, u"customer says Ben referred her"_s);
    QVERIFY2(entry.before.contains(u"\"affiliate\":\"ANNA\""_s), qPrintable(entry.before));
    QVERIFY2(entry.before.contains(u"\"kind\":\"link\""_s), qPrintable(entry.before));
    QVERIFY2(entry.after.contains(u"\"affiliate\":\"BEN\""_s), qPrintable(entry.after));
    QVERIFY2(entry.after.contains(u"\"kind\":\"manual\""_s), qPrintable(entry.after));
    QVERIFY2(entry.after.contains(u"\"commission\":\"30.00\""_s), qPrintable(entry.after));
    QCOMPARE(count(m_store->database, u"manual_assignments"_s, u"assigned_by = 'manager' AND order_id = 'O1'"_s), 1);

    // The assignment overrides every other rule on re-import, and nothing is duplicated.
    import({viaLink(u"O1"_s, u"ANNA"_s)});
    QCOMPARE(m_ledger->transactionsOf(u"O1"_s).size(), 2);
    QCOMPARE(live(u"O1"_s).size(), 1);
    QCOMPARE(live(u"O1"_s).first().affiliateCode, u"BEN"_s);
    QCOMPARE(live(u"O1"_s).first().kind, u"manual"_s);
}

void TestLedgerStore::assignWithFixedAmount()
{
    import({viaLink(u"O1"_s, u"ANNA"_s)});
    QVERIFY(m_ledger->assign(u"O1"_s, m_ben, u"agreed bonus"_s, 1234));
    const QList<TransactionRow> rows = live(u"O1"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().affiliateCode, u"BEN"_s);
    QCOMPARE(rows.first().kind, u"manual"_s);
    QCOMPARE(rows.first().commissionMinor, qint64(1234));
    QCOMPARE(rows.first().rateBp, 0);
    // A zero amount is an amount too.
    QVERIFY(m_ledger->assign(u"O1"_s, m_ben, u"bonus withdrawn"_s, 0));
    QCOMPARE(live(u"O1"_s).first().commissionMinor, qint64(0));
}

void TestLedgerStore::assignUnattributedOrder()
{
    import({unattributed(u"O2"_s, u"40.00"_s)});
    QVERIFY(m_ledger->transactionsOf(u"O2"_s).isEmpty());
    QVERIFY(m_ledger->assign(u"O2"_s, m_anna, u"phone order"_s));
    const QList<TransactionRow> all = m_ledger->transactionsOf(u"O2"_s);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().kind, u"manual"_s);
    QCOMPARE(all.first().affiliateCode, u"ANNA"_s);
    QCOMPARE(all.first().programName, u"Koongo Partner"_s);
    QCOMPARE(all.first().commissionMinor, qint64(800));
    const AuditEntry entry = AuditLog(m_store->database.connection()).entries(u"order"_s, u"O2"_s).first();
    QCOMPARE(entry.before, QString());
    QVERIFY(entry.after.contains(u"ANNA"_s));
}

void TestLedgerStore::assignErrors_data()
{
    QTest::addColumn<QString>("orderId");
    QTest::addColumn<QString>("partner"); // ANNA, BEN, CARL or GHOST (no such partner)
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("amount"); // -1: none
    QTest::addColumn<QString>("error");

    QTest::addRow("unknown order") << u"NOPE-42"_s << u"BEN"_s << u"typo"_s << qint64(-1)
                                   << u"Order NOPE-42 is unknown"_s;
    QTest::addRow("no reason") << u"O1"_s << u"BEN"_s << QString() << qint64(-1)
                               << u"A manual assignment needs a reason."_s;
    QTest::addRow("blank reason") << u"O1"_s << u"BEN"_s << u" \t "_s << qint64(-1)
                                  << u"A manual assignment needs a reason."_s;
    QTest::addRow("negative amount") << u"O1"_s << u"BEN"_s << u"refund"_s << qint64(-100)
                                     << u"A manual amount cannot be negative."_s;
    QTest::addRow("partner without a program")
        << u"O1"_s << u"CARL"_s << u"friend"_s << qint64(-1) << u"has no active membership in an active program"_s;
    QTest::addRow("no such partner") << u"O1"_s << u"GHOST"_s << u"friend"_s << qint64(-1)
                                     << u"The partner no longer exists."_s;
}

void TestLedgerStore::assignErrors()
{
    QFETCH(QString, orderId);
    QFETCH(QString, partner);
    QFETCH(QString, reason);
    QFETCH(qint64, amount);
    QFETCH(QString, error);

    import({viaLink(u"O1"_s, u"ANNA"_s)});
    const QList<qint64> before = ledgerCounts(m_store->database);
    const qint64 affiliateId = partner == u"BEN" ? m_ben : partner == u"CARL" ? m_carl : m_carl + 1000;
    const Status status =
        m_ledger->assign(orderId, affiliateId, reason, amount == -1 ? std::nullopt : std::optional<qint64>(amount));
    QVERIFY(!status);
    QVERIFY2(status.error().contains(error), qPrintable(status.error()));
    QCOMPARE(ledgerCounts(m_store->database), before);
    const QList<TransactionRow> all = m_ledger->transactionsOf(u"O1"_s);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().affiliateCode, u"ANNA"_s);
    QCOMPARE(all.first().status, u"approved"_s);
    QVERIFY(!all.first().superseded);
}

void TestLedgerStore::assignPaidTransactionReversesIt()
{
    import({viaLink(u"O1"_s, u"ANNA"_s, u"300.00"_s)}); // 60.00, due
    const Result<PayoutBatch> batch = m_ledger->createPayoutBatch(u"csv"_s, m_store->path(u"payout.csv"_s));
    QVERIFY2(batch, qPrintable(batch.error()));
    QVERIFY(m_ledger->markPaid(batch->id));

    QVERIFY(m_ledger->assign(u"O1"_s, m_ben, u"Ben's customer after all"_s));
    const QList<TransactionRow> all = m_ledger->transactionsOf(u"O1"_s);
    QCOMPARE(all.size(), 3);
    // Paid money is not cancelled: the old transaction stays paid, a reversal claws it back.
    QCOMPARE(all.at(0).affiliateCode, u"ANNA"_s);
    QCOMPARE(all.at(0).status, u"paid"_s);
    QVERIFY(all.at(0).superseded);
    QCOMPARE(all.at(1).kind, u"reversal"_s);
    QCOMPARE(all.at(1).affiliateCode, u"ANNA"_s);
    QCOMPARE(all.at(1).commissionMinor, qint64(-6000));
    QCOMPARE(all.at(2).kind, u"manual"_s);
    QCOMPARE(all.at(2).affiliateCode, u"BEN"_s);
    QCOMPARE(all.at(2).commissionMinor, qint64(9000));

    const QStringList balances = describe(m_ledger->balances());
    QCOMPARE(balances, (QStringList{u"ANNA EUR pending 0 balance -6000 batch 0 paid 6000 threshold 5000"_s,
                                    u"BEN EUR pending 0 balance 9000 batch 0 paid 0 threshold 10000"_s}));

    // Re-importing the order later does not reverse twice.
    import({viaLink(u"O1"_s, u"ANNA"_s, u"300.00"_s)});
    QCOMPARE(m_ledger->transactionsOf(u"O1"_s).size(), 3);
}

void TestLedgerStore::reassignTwice()
{
    import({viaLink(u"O1"_s, u"ANNA"_s)});
    QVERIFY(m_ledger->assign(u"O1"_s, m_ben, u"first"_s));
    QVERIFY(m_ledger->assign(u"O1"_s, m_anna, u"second thoughts"_s));
    const QList<TransactionRow> all = m_ledger->transactionsOf(u"O1"_s);
    QCOMPARE(all.size(), 3);
    QCOMPARE(live(u"O1"_s).size(), 1);
    QCOMPARE(live(u"O1"_s).first().affiliateCode, u"ANNA"_s);
    QCOMPARE(live(u"O1"_s).first().kind, u"manual"_s);
    QCOMPARE(count(m_store->database, u"transactions"_s, u"status = 'cancelled' AND superseded = 1"_s), 2);
    QCOMPARE(AuditLog(m_store->database.connection()).entries(u"order"_s, u"O1"_s).size(), 2);
}

void TestLedgerStore::assignAfterPaidCommissionWasRefunded()
{
    OrderLine o = viaLink(u"O1"_s, u"ANNA"_s, u"300.00"_s);
    import({o});
    const Result<PayoutBatch> batch = m_ledger->createPayoutBatch(u"csv"_s, m_store->path(u"payout.csv"_s));
    QVERIFY2(batch, qPrintable(batch.error()));
    QVERIFY(m_ledger->markPaid(batch->id));
    o.status = u"refunded"_s;
    import({o}); // the paid 60.00 is reversed once
    QCOMPARE(count(m_store->database, u"transactions"_s, u"kind = 'reversal'"_s), 1);

    // The manager then credits the (refunded) order to Ben: Anna's paid commission was already
    // clawed back, so it must not be reversed a second time.
    const Status status = m_ledger->assign(u"O1"_s, m_ben, u"it was Ben's customer"_s);
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(count(m_store->database, u"transactions"_s, u"kind = 'reversal'"_s), 1);
    QCOMPARE(live(u"O1"_s).size(), 1);
    QCOMPARE(live(u"O1"_s).first().affiliateCode, u"BEN"_s);
    QCOMPARE(live(u"O1"_s).first().status, u"cancelled"_s); // the order is refunded
    QCOMPARE(describe(m_ledger->balances()).first(),
             u"ANNA EUR pending 0 balance -6000 batch 0 paid 6000 threshold 5000"_s);
}

void TestLedgerStore::payoutThreshold_data()
{
    QTest::addColumn<QStringList>("subtotals"); // ANNA's link orders; 20 % each, threshold 50.00
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<bool>("due");
    QTest::addRow("exactly the threshold") << QStringList{u"250.00"_s} << qint64(5000) << true;
    QTest::addRow("one cent under") << QStringList{u"249.95"_s} << qint64(4999) << false;
    QTest::addRow("one cent over") << QStringList{u"250.05"_s} << qint64(5001) << true;
    QTest::addRow("summed to exactly the threshold") << QStringList{u"100.00"_s, u"150.00"_s} << qint64(5000) << true;
    QTest::addRow("summed to one cent under") << QStringList{u"100.00"_s, u"149.95"_s} << qint64(4999) << false;
}

void TestLedgerStore::payoutThreshold()
{
    QFETCH(QStringList, subtotals);
    QFETCH(qint64, balance);
    QFETCH(bool, due);

    QList<OrderLine> orders;
    for (const QString &subtotal : subtotals)
        orders.append(viaLink(u"T%1"_s.arg(orders.size()), u"ANNA"_s, subtotal));
    // Pending and cancelled commission never counts towards the threshold.
    OrderLine pending = viaLink(u"P1"_s, u"ANNA"_s, u"1000.00"_s);
    pending.status = u"pending"_s;
    OrderLine refunded = viaLink(u"R1"_s, u"ANNA"_s, u"1000.00"_s);
    refunded.status = u"refunded"_s;
    orders << pending << refunded;
    import(orders);

    const QList<BalanceRow> balances = m_ledger->balances();
    QCOMPARE(balances.size(), 1);
    QCOMPARE(balances.first().balanceMinor, balance);
    QCOMPARE(balances.first().pendingMinor, qint64(20000));
    QCOMPARE(balances.first().thresholdMinor, std::optional<qint64>(5000));
    QCOMPARE(balances.first().due(), due);
    QCOMPARE(m_ledger->payoutsDue().size(), due ? 1 : 0);
    const Result<PayoutBatch> batch = m_ledger->createPayoutBatch(u"csv"_s, m_store->path(u"payout.csv"_s));
    QCOMPARE(bool(batch), due);
    if (!due)
        QVERIFY2(batch.error().contains(u"No partner has reached the payout threshold"_s), qPrintable(batch.error()));
}

void TestLedgerStore::payoutBatchFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("content");
    // ANNA 50.00 EUR (threshold 50.00) and 20.00 USD (threshold 20.00); BEN 180.00 EUR (100.00).
    QTest::addRow("paypal") << u"paypal"_s
                            << "anna@example.com,50.00,EUR,PD1-ANNA,\"PartnerDesk commission, batch 1\"\n"
                               "anna@example.com,20.00,USD,PD1-ANNA,\"PartnerDesk commission, batch 1\"\n"
                               "ben@example.com,180.00,EUR,PD1-BEN,\"PartnerDesk commission, batch 1\"\n"_ba;
    QTest::addRow("csv") << u"csv"_s
                         << "batch_id,affiliate_code,name,email,currency,amount,transactions\n"
                            "1,ANNA,ANNA Name,anna@example.com,EUR,50.00,2\n"
                            "1,ANNA,ANNA Name,anna@example.com,USD,20.00,1\n"
                            "1,BEN,BEN Name,ben@example.com,EUR,180.00,1\n"_ba;
}

void TestLedgerStore::payoutBatchFile()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, content);

    OrderLine usd = viaLink(u"U1"_s, u"ANNA"_s, u"100.00"_s); // 20 % of ANNA's primary program, in USD
    usd.currency = u"USD"_s;
    OrderLine pending = viaLink(u"P1"_s, u"BEN"_s, u"100.00"_s);
    pending.placedAt = daysAgo(5); // complete but still on hold
    import({viaLink(u"E1"_s, u"ANNA"_s, u"100.00"_s), viaLink(u"E2"_s, u"ANNA"_s, u"150.00"_s), usd,
            viaLink(u"B1"_s, u"BEN"_s, u"600.00"_s), pending});
    QCOMPARE(m_ledger->payoutsDue().size(), 3);

    const QString path = m_store->path(u"batch.out"_s);
    const Result<PayoutBatch> batch = m_ledger->createPayoutBatch(format, path);
    QVERIFY2(batch, qPrintable(batch.error()));
    QCOMPARE(batch->id, 1);
    QCOMPARE(batch->lines, 3);
    QCOMPARE(batch->transactions, 4);
    QCOMPARE(batch->paid.size(), 3);
    QCOMPARE(readFile(path), content);

    QCOMPARE(count(m_store->database, u"payouts"_s, u"status = 'exported' AND format = '%1'"_s.arg(format)), 1);
    QCOMPARE(scalar(m_store->database,
                    u"SELECT count(*) FROM payouts WHERE file_path = '%1'"_s.arg(QFileInfo(path).absoluteFilePath())),
             1);
    QCOMPARE(count(m_store->database, u"payout_lines"_s), 3);
    QCOMPARE(count(m_store->database, u"transactions"_s, u"payout_id = 1"_s), 4);
    QCOMPARE(count(m_store->database, u"transactions"_s, u"payout_id IS NULL AND order_id = 'P1'"_s), 1);
    QCOMPARE(count(m_store->database, u"audit_log"_s, u"action = 'payout.batch' AND entity_id = '1'"_s), 1);
    // Exported money is no longer due, but not paid either.
    QVERIFY(m_ledger->payoutsDue().isEmpty());
    QCOMPARE(describe(m_ledger->balances()),
             (QStringList{u"ANNA EUR pending 0 balance 0 batch 5000 paid 0 threshold 5000"_s,
                          u"ANNA USD pending 0 balance 0 batch 2000 paid 0 threshold 2000"_s,
                          u"BEN EUR pending 3000 balance 0 batch 18000 paid 0 threshold 10000"_s}));
}

void TestLedgerStore::failedBatchChangesNothing_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("output"); // relative to the test's folder
    QTest::addColumn<QString>("error");
    QTest::addRow("folder does not exist") << u"paypal"_s << u"missing/folder/payout.csv"_s << u"Cannot write"_s;
    QTest::addRow("output is a folder") << u"csv"_s << u"existing-folder"_s << u"Cannot write"_s;
    QTest::addRow("unknown format") << u"xml"_s << u"payout.xml"_s << u"Unknown payout format \"xml\""_s;
}

void TestLedgerStore::failedBatchChangesNothing()
{
    QFETCH(QString, format);
    QFETCH(QString, output);
    QFETCH(QString, error);

    import({viaLink(u"E1"_s, u"ANNA"_s, u"300.00"_s), viaLink(u"B1"_s, u"BEN"_s, u"600.00"_s)});
    QVERIFY(QDir(m_store->dir.path()).mkdir(u"existing-folder"_s));
    const QStringList dueBefore = describe(m_ledger->payoutsDue());
    const QStringList balancesBefore = describe(m_ledger->balances());
    const QList<qint64> countsBefore = ledgerCounts(m_store->database);
    QCOMPARE(dueBefore.size(), 2);

    const QString path = m_store->path(output);
    const Result<PayoutBatch> batch = m_ledger->createPayoutBatch(format, path);
    QVERIFY(!batch);
    QVERIFY2(batch.error().contains(error), qPrintable(batch.error()));

    QCOMPARE(describe(m_ledger->payoutsDue()), dueBefore);
    QCOMPARE(describe(m_ledger->balances()), balancesBefore);
    QCOMPARE(ledgerCounts(m_store->database), countsBefore);
    QCOMPARE(count(m_store->database, u"transactions"_s, u"payout_id IS NOT NULL"_s), 0);
    QVERIFY(!QFileInfo(path).isFile());

    // After the failure, a batch to a good path works and gets the first id.
    const Result<PayoutBatch> retry = m_ledger->createPayoutBatch(u"csv"_s, m_store->path(u"good.csv"_s));
    QVERIFY2(retry, qPrintable(retry.error()));
    QCOMPARE(retry->id, 1);
}

void TestLedgerStore::markPaidTouchesOnlyThatBatch()
{
    import({viaLink(u"E1"_s, u"ANNA"_s, u"300.00"_s)});
    const Result<PayoutBatch> batch = m_ledger->createPayoutBatch(u"paypal"_s, m_store->path(u"payout.csv"_s));
    QVERIFY2(batch, qPrintable(batch.error()));

    // Commission approved after the export is not part of the batch.
    OrderLine onHold = viaLink(u"E3"_s, u"ANNA"_s, u"50.00"_s);
    onHold.placedAt = daysAgo(3);
    import({viaLink(u"E2"_s, u"ANNA"_s, u"400.00"_s), onHold});
    QCOMPARE(live(u"E2"_s).first().status, u"approved"_s);

    const Result<int> paid = m_ledger->markPaid(batch->id);
    QVERIFY2(paid, qPrintable(paid.error()));
    QCOMPARE(*paid, 1);
    QCOMPARE(live(u"E1"_s).first().status, u"paid"_s);
    QCOMPARE(live(u"E1"_s).first().payoutId, batch->id);
    QCOMPARE(live(u"E2"_s).first().status, u"approved"_s);
    QCOMPARE(live(u"E2"_s).first().payoutId, qint64(0));
    QCOMPARE(live(u"E3"_s).first().status, u"pending"_s);
    QCOMPARE(count(m_store->database, u"payouts"_s, u"status = 'paid' AND paid_at IS NOT NULL"_s), 1);

    // Twice is refused, and changes nothing.
    const QList<qint64> before = ledgerCounts(m_store->database);
    const Result<int> again = m_ledger->markPaid(batch->id);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"already marked paid"_s), qPrintable(again.error()));
    const Result<int> unknown = m_ledger->markPaid(batch->id + 41);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(u"There is no payout batch %1"_s.arg(batch->id + 41)),
             qPrintable(unknown.error()));
    QCOMPARE(ledgerCounts(m_store->database), before);

    QCOMPARE(describe(m_ledger->balances()),
             (QStringList{u"ANNA EUR pending 1000 balance 8000 batch 0 paid 6000 threshold 5000"_s}));
    // The next batch holds only the new commission.
    const Result<PayoutBatch> next = m_ledger->createPayoutBatch(u"csv"_s, m_store->path(u"payout2.csv"_s));
    QVERIFY2(next, qPrintable(next.error()));
    QCOMPARE(next->transactions, 1);
    QCOMPARE(next->paid.first().balanceMinor, qint64(8000));
    QStringList actions;
    for (const AuditEntry &e : AuditLog(m_store->database.connection()).entries(u"payout"_s))
        actions.prepend(e.action + u' ' + e.entityId);
    QCOMPARE(actions, (QStringList{u"payout.batch 1"_s, u"payout.paid 1"_s, u"payout.batch 2"_s}));
}

void TestLedgerStore::refreshApprovals_data()
{
    QTest::addColumn<qint64>("offset"); // seconds after the hold has passed
    QTest::addColumn<int>("approved");
    QTest::addRow("one second before") << qint64(-1) << 0;
    QTest::addRow("exactly when the hold passes") << qint64(0) << 1;
    QTest::addRow("a day later") << qint64(Timestamp::secondsPerDay) << 1;
}

void TestLedgerStore::refreshApprovals()
{
    QFETCH(qint64, offset);
    QFETCH(int, approved);

    OrderLine onHold = viaLink(u"H1"_s, u"ANNA"_s);
    onHold.placedAt = daysAgo(10); // hold 30 days: approved 20 days from now
    OrderLine pending = viaLink(u"P1"_s, u"ANNA"_s);
    pending.status = u"pending"_s;
    pending.placedAt = daysAgo(100);
    OrderLine refunded = viaLink(u"R1"_s, u"ANNA"_s);
    refunded.status = u"refunded"_s;
    refunded.placedAt = daysAgo(10);
    import({onHold, pending, refunded});
    QCOMPARE(live(u"H1"_s).first().status, u"pending"_s);

    const qint64 holdPassed = now() + 20 * Timestamp::secondsPerDay;
    const Result<int> result = m_ledger->refreshApprovals(holdPassed + offset);
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(*result, approved);
    QCOMPARE(live(u"H1"_s).first().status, approved ? u"approved"_s : u"pending"_s);
    QCOMPARE(live(u"P1"_s).first().status, u"pending"_s);   // a pending order has no hold to pass
    QCOMPARE(live(u"R1"_s).first().status, u"cancelled"_s); // never revived
    QCOMPARE(count(m_store->database, u"audit_log"_s, u"action = 'transactions.approve'"_s), approved);

    // Running it again finds nothing new.
    const Result<int> again = m_ledger->refreshApprovals(holdPassed + offset);
    QVERIFY(again);
    QCOMPARE(*again, 0);
    QCOMPARE(count(m_store->database, u"audit_log"_s, u"action = 'transactions.approve'"_s), approved);
}

void TestLedgerStore::balancesPerPartnerAndCurrency()
{
    OrderLine pending = viaLink(u"E2"_s, u"ANNA"_s, u"50.00"_s);
    pending.status = u"pending"_s;
    OrderLine refunded = viaLink(u"E3"_s, u"ANNA"_s, u"500.00"_s);
    refunded.status = u"refunded"_s;
    OrderLine usd = viaLink(u"U1"_s, u"ANNA"_s, u"100.00"_s);
    usd.currency = u"USD"_s;
    OrderLine yen = viaLink(u"J1"_s, u"BEN"_s, u"10000"_s);
    yen.currency = u"JPY"_s;
    import({viaLink(u"E1"_s, u"ANNA"_s, u"100.00"_s), pending, refunded, usd, viaLink(u"B1"_s, u"BEN"_s, u"200.00"_s),
            yen});

    // BEN's EUR threshold is his primary program's (Agency, 100.00) though Partner's is lower;
    // no program of his pays in JPY, so that balance has no threshold and is never due.
    QCOMPARE(describe(m_ledger->balances()),
             (QStringList{u"ANNA EUR pending 1000 balance 2000 batch 0 paid 0 threshold 5000"_s,
                          u"ANNA USD pending 0 balance 2000 batch 0 paid 0 threshold 2000"_s,
                          u"BEN EUR pending 0 balance 6000 batch 0 paid 0 threshold 10000"_s,
                          u"BEN JPY pending 0 balance 3000 batch 0 paid 0 threshold none"_s}));
    const QList<BalanceRow> due = m_ledger->payoutsDue();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().affiliateCode, u"ANNA"_s);
    QCOMPARE(due.first().currency, u"USD"_s);
    QCOMPARE(due.first().email, u"anna@example.com"_s);

    // Without a primary program in EUR the lowest EUR threshold applies.
    QVERIFY(m_programs->setPrimary(m_ben, m_partnerProgram));
    QVERIFY(m_programs->leave(m_ben, m_agencyProgram));
    QCOMPARE(m_ledger->balances().at(2).thresholdMinor, std::optional<qint64>(5000));
    QCOMPARE(m_ledger->payoutsDue().size(), 2);
}

void TestLedgerStore::selfReferralEarnsNothing()
{
    OrderLine own = viaLink(u"S1"_s, u"ANNA"_s, u"500.00"_s);
    own.customerEmail = u" Anna@Example.COM "_s;
    OrderLine ownCoupon = viaLink(u"S2"_s, u"BEN"_s, u"500.00"_s);
    ownCoupon.coupon = u"anna10"_s;
    ownCoupon.customerEmail = u"anna@example.com"_s;
    OrderLine someoneElse = viaLink(u"S3"_s, u"ANNA"_s, u"10.00"_s);
    someoneElse.customerEmail = u"customer@example.com"_s;
    import({own, ownCoupon, someoneElse});

    for (const char *id : {"S1", "S2"}) {
        const QList<TransactionRow> rows = live(QString::fromLatin1(id));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().affiliateCode, u"ANNA"_s);
        QVERIFY(rows.first().selfReferral);
        QCOMPARE(rows.first().commissionMinor, qint64(0));
    }
    QCOMPARE(live(u"S2"_s).first().kind, u"coupon"_s);
    QVERIFY(!live(u"S3"_s).first().selfReferral);
    QCOMPARE(live(u"S3"_s).first().commissionMinor, qint64(200));
    QCOMPARE(m_ledger->balances().first().balanceMinor, qint64(200));
    const Result<Explanation> why = m_ledger->explain(u"S1"_s);
    QVERIFY(why);
    QVERIFY(why->attribution.selfReferral);
    QVERIFY2(why->attribution.trace.at(2).reason.contains(u"self-referral"_s),
             qPrintable(why->attribution.trace.at(2).reason));
}

void TestLedgerStore::report()
{
    auto at = [](OrderLine o, const QString &placedAt) {
        o.placedAt = placedAt;
        return o;
    };
    OrderLine coupon = unattributed(u"A2"_s, u"50.00"_s);
    coupon.coupon = u"ANNA10"_s;
    OrderLine refunded = viaLink(u"M5"_s, u"ANNA"_s, u"10.00"_s);
    refunded.status = u"refunded"_s;
    import({at(viaLink(u"A1"_s, u"ANNA"_s, u"100.00"_s), u"2026-04-10T12:00:00Z"_s),
            at(coupon, u"2026-04-12T08:00:00Z"_s), at(unattributed(u"A3"_s, u"30.00"_s), u"2026-04-15T00:00:00Z"_s),
            at(viaLink(u"M4"_s, u"ANNA"_s, u"200.00"_s), u"2026-05-03T00:00:00Z"_s),
            at(refunded, u"2026-05-04T00:00:00Z"_s), at(unattributed(u"M6"_s, u"70.00"_s), u"2026-05-05T00:00:00Z"_s),
            at(unattributed(u"M7"_s, u"5.00"_s), u"2026-05-31T23:59:59Z"_s),
            at(viaLink(u"M8"_s, u"BEN"_s, u"100.00"_s), u"2026-05-06T00:00:00Z"_s),
            at(viaLink(u"X1"_s, u"ANNA"_s, u"999.00"_s), u"2026-03-31T23:59:59Z"_s),
            at(unattributed(u"X2"_s, u"999.00"_s), u"2026-06-01T00:00:00Z"_s)});
    // A manual reassignment shows only the live transaction.
    QVERIFY(m_ledger->assign(u"M4"_s, m_ben, u"moved"_s));

    const QList<ReportRow> rows =
        m_ledger->report(*Timestamp::parseDate(u"2026-04-01"), *Timestamp::parseDate(u"2026-06-01"));
    QStringList lines;
    for (const ReportRow &r : rows)
        lines.append(u"%1|%2|%3|%4|%5|%6|%7"_s.arg(r.period, r.program, r.kind, r.currency)
                         .arg(r.orders)
                         .arg(r.salesMinor)
                         .arg(r.commissionMinor));
    QCOMPARE(lines,
             (QStringList{u"2026-04||unattributed|EUR|1|3000|0"_s, u"2026-04|Koongo Partner|coupon|EUR|1|5000|500"_s,
                          u"2026-04|Koongo Partner|link|EUR|1|10000|2000"_s, u"2026-05||unattributed|EUR|2|7500|0"_s,
                          u"2026-05|Koongo Agency|link|EUR|1|10000|3000"_s,
                          u"2026-05|Koongo Agency|manual|EUR|1|20000|6000"_s,
                          u"2026-05|Koongo Partner|link|EUR|1|1000|0"_s}));
}

void TestLedgerStore::transactionsCsvQuotesValues()
{
    Program odd;
    odd.name = u"Partner \"Plus\", EU"_s;
    odd.storeHosts = {u"plus.example"_s};
    const Result<qint64> program = m_programs->add(odd);
    QVERIFY(program);
    const Result<Affiliate> comma = m_affiliates->add(u"Comma"_s, u"comma@example.com"_s, u"C,1"_s);
    QVERIFY(comma);
    QVERIFY(m_programs->join(comma->id, *program));
    import({viaLink(u"Q1"_s, u"C%2C1"_s, u"12.50"_s)});

    QString csv;
    QTextStream out(&csv);
    QVERIFY(m_ledger->writeTransactionsCsv(out));
    out.flush();
    QCOMPARE(csv, u"order_id,affiliate_code,program,kind,base,rate_percent,commission,currency,status,campaign\n"
                  "Q1,\"C,1\",\"Partner \"\"Plus\"\", EU\",link,12.50,20,2.50,EUR,approved,\n"_s);
}

void TestLedgerStore::explain()
{
    OrderLine both = viaLink(u"O1"_s, u"BEN"_s);
    both.coupon = u"ANNA10"_s;
    import({both});
    const Result<Explanation> why = m_ledger->explain(u"O1"_s);
    QVERIFY2(why, qPrintable(why.error()));
    QVERIFY(why->imported);
    QCOMPARE(why->attribution.rule, AttributionRule::Coupon);
    QCOMPARE(why->affiliateCode, u"ANNA"_s);
    QCOMPARE(why->programName, u"Koongo Partner"_s);
    QCOMPARE(why->transactionStatus, u"approved"_s);
    QCOMPARE(why->attribution.trace.size(), 6);
    QCOMPARE(why->attribution.trace.at(1).outcome, RuleVerdict::Outcome::Won);
    QCOMPARE(why->attribution.trace.at(2).outcome, RuleVerdict::Outcome::NotReached);

    const Result<Explanation> unknown = m_ledger->explain(u"NOPE"_s);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(u"Order NOPE is unknown"_s), qPrintable(unknown.error()));
}

QTEST_GUILESS_MAIN(TestLedgerStore)
#include "tst_ledgerstore.moc"
