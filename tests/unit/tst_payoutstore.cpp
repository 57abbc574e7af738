#include "core/money.h"
#include "payouttestkit.h"
#include "store/auditlog.h"
#include "store/ledgerstore.h"
#include "store/payoutstore.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;
using namespace PayoutTestKit;

namespace {

QStringList describe(const QList<PayoutLine> &lines)
{
    QStringList out;
    for (const PayoutLine &l : lines)
        out.append(u"%1 %2 %3 %4 x%5"_s
                       .arg(l.affiliateCode, l.email, l.currency, Money(l.amountMinor, l.currency).toPlainString())
                       .arg(l.transactions));
    return out;
}

QStringList describe(const QList<CurrencyTotal> &totals)
{
    QStringList out;
    for (const CurrencyTotal &t : totals)
        out.append(u"%1 %2 lines %3 x%4"_s.arg(t.currency, Money(t.amountMinor, t.currency).toPlainString())
                       .arg(t.lines)
                       .arg(t.transactions));
    return out;
}

QByteArray render(const QString &format, qint64 batchId, const QList<PayoutLine> &lines)
{
    QString text;
    QTextStream out(&text);
    PayoutStore::writeFile(out, format, batchId, lines);
    out.flush();
    return text.toUtf8();
}

} // namespace

class TestPayoutStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void previewChangesNothing();
    void previewEqualsTheBatch_data();
    void previewEqualsTheBatch();
    void selfReferralsAreNotPaidOut();
    void markPaidTouchesOnlyTheBatch();
    void reexportLeavesTheDatabaseUnchanged();
    void cancelledBatchWritesNothing();
    void batchOfAStalePreviewIsRefused();
    void thresholdOfAProgramLeft();
    void batchesList();

private:
    void import(const QList<OrderLine> &orders);
    // A store where ANNA is due 50.00 EUR (2 orders) and 20.00 USD, BEN 180.00 EUR, CARL is under
    // his threshold and BEN has commission still on hold.
    void importMixedBooks();

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<PayoutStore> m_payouts;
    Books m_books;
    int m_imports = 0;
};

void TestPayoutStore::initTestCase()
{
    pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
}

void TestPayoutStore::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    QVERIFY(setUpBooks(m_store->database, m_books));
    m_payouts = std::make_unique<PayoutStore>(m_store->database);
}

void TestPayoutStore::cleanup()
{
    m_payouts.reset();
    m_store.reset();
}

void TestPayoutStore::import(const QList<OrderLine> &orders)
{
    QVERIFY(importOrders(m_store->database, m_store->path(u"orders%1.csv"_s.arg(++m_imports)), orders));
}

void TestPayoutStore::importMixedBooks()
{
    OrderLine onHold = viaLink(u"B2"_s, u"BEN"_s, u"100.00"_s);
    onHold.placedAt = daysAgo(5);
    OrderLine usd = viaLink(u"U1"_s, u"ANNA"_s, u"100.00"_s, u"USD"_s);
    import({viaLink(u"A1"_s, u"ANNA"_s, u"100.00"_s), viaLink(u"A2"_s, u"ANNA"_s, u"150.00"_s), usd,
            viaLink(u"B1"_s, u"BEN"_s, u"600.00"_s), onHold, viaLink(u"C1"_s, u"CARL"_s, u"100.00"_s)});
}

void TestPayoutStore::previewChangesNothing()
{
    importMixedBooks();
    const QByteArray before = checksum(m_store->database);
    const QStringList filesBefore = QDir(m_store->dir.path()).entryList(QDir::Files);

    const Result<PayoutPreview> preview = m_payouts->preview();
    QVERIFY2(preview, qPrintable(preview.error()));
    // A link earns the primary program's 20 % in the order's currency; USD is due against Koongo US.
    QCOMPARE(describe(preview->lines),
             (QStringList{u"ANNA anna@example.com EUR 50.00 x2"_s, u"ANNA anna@example.com USD 20.00 x1"_s,
                          u"BEN ben@example.com EUR 180.00 x1"_s}));
    QCOMPARE(describe(preview->totals), (QStringList{u"EUR 230.00 lines 2 x3"_s, u"USD 20.00 lines 1 x1"_s}));
    QCOMPARE(preview->transactions, 4);
    QCOMPARE(preview->batchId, 1);

    QCOMPARE(checksum(m_store->database), before);
    QCOMPARE(QDir(m_store->dir.path()).entryList(QDir::Files), filesBefore);
    // Twice in a row: the same answer, still nothing written.
    const Result<PayoutPreview> again = m_payouts->preview();
    QCOMPARE(describe(again->lines), describe(preview->lines));
    QCOMPARE(checksum(m_store->database), before);
}

void TestPayoutStore::previewEqualsTheBatch_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("earlierBatch");
    QTest::addColumn<bool>("viaLedger"); // LedgerStore::createPayoutBatch, as partnerdesk-cli calls it
    QTest::addRow("paypal") << u"paypal"_s << false << false;
    QTest::addRow("csv") << u"csv"_s << false << false;
    QTest::addRow("csv after an earlier batch") << u"csv"_s << true << false;
    QTest::addRow("paypal through LedgerStore") << u"paypal"_s << true << true;
}

void TestPayoutStore::previewEqualsTheBatch()
{
    QFETCH(QString, format);
    QFETCH(bool, earlierBatch);
    QFETCH(bool, viaLedger);

    if (earlierBatch) {
        import({viaLink(u"E1"_s, u"CARL"_s, u"500.00"_s)});
        QVERIFY(m_payouts->createBatch(u"paypal"_s, m_store->path(u"first.csv"_s)));
    }
    importMixedBooks();
    const Result<PayoutPreview> preview = m_payouts->preview();
    QVERIFY2(preview, qPrintable(preview.error()));
    QVERIFY(!preview->isEmpty());
    const QList<BalanceRow> dueBefore = LedgerStore::dueOf(m_payouts->balances());
    QCOMPARE(dueBefore.size(), preview->lines.size());

    const QString path = m_store->path(u"batch.out"_s);
    const Result<PayoutBatch> batch = viaLedger ? LedgerStore(m_store->database).createPayoutBatch(format, path)
                                                : m_payouts->createBatch(format, path);
    QVERIFY2(batch, qPrintable(batch.error()));
    QCOMPARE(batch->id, preview->batchId);
    QCOMPARE(batch->lines, preview->lines.size());
    QCOMPARE(batch->transactions, preview->transactions);
    // What the store wrote, read back through a second connection.
    Database check;
    QVERIFY(check.open(m_store->path(u"store.sqlite"_s)));
    PayoutStore stored(check);
    QCOMPARE(stored.batchLines(batch->id), preview->lines);
    QCOMPARE(stored.batch(batch->id)->totals, preview->totals);
    QCOMPARE(count(check, u"transactions"_s, u"payout_id = %1"_s.arg(batch->id)), qint64(preview->transactions));
    QCOMPARE(scalar(check, u"SELECT sum(commission_minor) FROM transactions WHERE payout_id = %1"_s.arg(batch->id)),
             scalar(check, u"SELECT sum(amount_minor) FROM payout_lines WHERE payout_id = %1"_s.arg(batch->id)));
    // The file is the preview, rendered with the batch's id.
    QCOMPARE(readFile(path), render(format, preview->batchId, preview->lines));
    // Each due balance went into the batch whole, and nothing is due any more.
    for (int i = 0; i < dueBefore.size(); ++i)
        QCOMPARE(dueBefore.at(i).balanceMinor, preview->lines.at(i).amountMinor);
    QVERIFY(m_payouts->preview()->isEmpty());
}

void TestPayoutStore::selfReferralsAreNotPaidOut()
{
    import({viaLink(u"A1"_s, u"ANNA"_s, u"100.00"_s), viaLink(u"A2"_s, u"ANNA"_s, u"150.00"_s),
            selfReferral(u"S1"_s, u"ANNA"_s, u"900.00"_s), selfReferral(u"S2"_s, u"ANNA"_s, u"10.00"_s)});
    QCOMPARE(count(m_store->database, u"transactions"_s, u"self_referral = 1 AND status = 'approved'"_s), 2);

    const Result<PayoutPreview> preview = m_payouts->preview();
    QVERIFY(preview);
    QCOMPARE(describe(preview->lines), QStringList{u"ANNA anna@example.com EUR 50.00 x2"_s});
    const Result<PayoutBatch> batch = m_payouts->createBatch(u"csv"_s, m_store->path(u"batch.csv"_s));
    QVERIFY2(batch, qPrintable(batch.error()));
    QCOMPARE(batch->transactions, 2);
    QCOMPARE(m_payouts->batchLines(batch->id).first().transactions, 2);
    QVERIFY(readFile(m_store->path(u"batch.csv"_s)).endsWith(",EUR,50.00,2\n"));
    QCOMPARE(count(m_store->database, u"transactions"_s, u"self_referral = 1 AND payout_id IS NOT NULL"_s), 0);

    QVERIFY(m_payouts->markPaid(batch->id));
    // The flagged orders stay what they were: approved, earning nothing, never "paid".
    QCOMPARE(count(m_store->database, u"transactions"_s, u"self_referral = 1 AND status = 'approved'"_s), 2);
    QCOMPARE(count(m_store->database, u"transactions"_s, u"status = 'paid'"_s), 2);
    QVERIFY(m_payouts->preview()->isEmpty());
}

void TestPayoutStore::markPaidTouchesOnlyTheBatch()
{
    import({viaLink(u"A1"_s, u"ANNA"_s, u"300.00"_s)});
    const Result<PayoutBatch> first = m_payouts->createBatch(u"paypal"_s, m_store->path(u"first.csv"_s));
    QVERIFY2(first, qPrintable(first.error()));
    OrderLine onHold = viaLink(u"A9"_s, u"ANNA"_s, u"50.00"_s);
    onHold.placedAt = daysAgo(3);
    import({viaLink(u"A2"_s, u"ANNA"_s, u"400.00"_s), viaLink(u"B1"_s, u"BEN"_s, u"600.00"_s)});
    const Result<PayoutBatch> second = m_payouts->createBatch(u"csv"_s, m_store->path(u"second.csv"_s));
    QVERIFY2(second, qPrintable(second.error()));
    // Approved after both exports, and under CARL's threshold: in no batch.
    import({viaLink(u"A3"_s, u"ANNA"_s, u"20.00"_s), viaLink(u"C1"_s, u"CARL"_s, u"100.00"_s), onHold});
    QCOMPARE(count(m_store->database, u"transactions"_s, u"payout_id IS NULL AND status = 'approved'"_s), 2);

    const QString notFirst = u"payout_id IS NULL OR payout_id <> %1"_s.arg(first->id);
    const QStringList othersBefore = dumpRows(m_store->database, u"transactions"_s, notFirst);
    const QStringList secondBatchBefore = dumpRows(m_store->database, u"payouts"_s, u"id = %1"_s.arg(second->id));
    QCOMPARE(othersBefore.size(), 5);

    const Result<int> paid = m_payouts->markPaid(first->id);
    QVERIFY2(paid, qPrintable(paid.error()));
    QCOMPARE(*paid, 1);
    QCOMPARE(count(m_store->database, u"transactions"_s, u"payout_id = %1 AND status = 'paid'"_s.arg(first->id)), 1);
    QCOMPARE(count(m_store->database, u"transactions"_s, u"status = 'paid'"_s), 1);
    QCOMPARE(dumpRows(m_store->database, u"transactions"_s, notFirst), othersBefore);
    QCOMPARE(dumpRows(m_store->database, u"payouts"_s, u"id = %1"_s.arg(second->id)), secondBatchBefore);
    QVERIFY(m_payouts->batch(first->id)->isPaid());
    QVERIFY(!m_payouts->batch(first->id)->paidAt.isEmpty());
    QVERIFY(!m_payouts->batch(second->id)->isPaid());

    // Twice, or a batch that does not exist: refused, and nothing changes.
    const QByteArray before = checksum(m_store->database);
    const Result<int> again = m_payouts->markPaid(first->id);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"already marked paid"_s), qPrintable(again.error()));
    const Result<int> unknown = m_payouts->markPaid(second->id + 40);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(u"There is no payout batch %1"_s.arg(second->id + 40)),
             qPrintable(unknown.error()));
    QCOMPARE(checksum(m_store->database), before);

    // The second batch is paid on its own, still without the rows that came after it.
    const Result<int> secondPaid = m_payouts->markPaid(second->id);
    QVERIFY(secondPaid);
    QCOMPARE(*secondPaid, 2);
    QCOMPARE(count(m_store->database, u"transactions"_s, u"payout_id IS NULL AND status = 'approved'"_s), 2);
}

void TestPayoutStore::reexportLeavesTheDatabaseUnchanged()
{
    importMixedBooks();
    const Result<PayoutBatch> batch = m_payouts->createBatch(u"paypal"_s, m_store->path(u"batch.paypal.csv"_s));
    QVERIFY2(batch, qPrintable(batch.error()));
    const QByteArray before = checksum(m_store->database);

    const QString csv = m_store->path(u"again.csv"_s);
    const Status exported = m_payouts->exportBatch(batch->id, u"csv"_s, csv);
    QVERIFY2(exported, qPrintable(exported.error()));
    QCOMPARE(readFile(csv), render(u"csv"_s, batch->id, m_payouts->batchLines(batch->id)));
    QVERIFY(readFile(csv).startsWith("batch_id,affiliate_code,"));
    // The same format again gives the very file the batch wrote.
    const QString paypal = m_store->path(u"again.paypal.csv"_s);
    QVERIFY(m_payouts->exportBatch(batch->id, u"paypal"_s, paypal));
    QCOMPARE(readFile(paypal), readFile(m_store->path(u"batch.paypal.csv"_s)));
    QCOMPARE(checksum(m_store->database), before);
    QCOMPARE(m_payouts->batch(batch->id)->format, u"paypal"_s);

    QVERIFY(!m_payouts->exportBatch(batch->id + 1, u"csv"_s, m_store->path(u"none.csv"_s)));
    QVERIFY(!QFileInfo::exists(m_store->path(u"none.csv"_s)));
    QVERIFY(!m_payouts->exportBatch(batch->id, u"xml"_s, m_store->path(u"batch.xml"_s)));
    QVERIFY(!m_payouts->exportBatch(batch->id, u"csv"_s, m_store->path(u"missing/folder/x.csv"_s)));
    QCOMPARE(checksum(m_store->database), before);
}

void TestPayoutStore::cancelledBatchWritesNothing()
{
    importMixedBooks();
    const QByteArray before = checksum(m_store->database);
    int calls = 0;
    const QString path = m_store->path(u"batch.csv"_s);
    const Result<PayoutBatch> batch = m_payouts->createBatch(u"csv"_s, path, [&calls](int done, int total) {
        ++calls;
        return done < total - 1; // cancel before the last line
    });
    QVERIFY(!batch);
    QCOMPARE(calls, 3);
    QCOMPARE(checksum(m_store->database), before);
    QVERIFY(!QFileInfo::exists(path));
}

void TestPayoutStore::batchOfAStalePreviewIsRefused()
{
    importMixedBooks();
    const Result<PayoutPreview> seen = m_payouts->preview();
    QVERIFY(seen);
    // Between the preview and the click another import approves more of ANNA's commission.
    import({viaLink(u"A3"_s, u"ANNA"_s, u"10.00"_s)});
    const QByteArray before = checksum(m_store->database);
    const QString path = m_store->path(u"batch.csv"_s);
    const Result<PayoutBatch> stale = m_payouts->createBatch(u"csv"_s, path, {}, seen->lines);
    QVERIFY(!stale);
    QVERIFY2(stale.error().contains(u"preview the batch again"_s), qPrintable(stale.error()));
    QCOMPARE(checksum(m_store->database), before);
    QVERIFY(!QFileInfo::exists(path));

    const Result<PayoutPreview> fresh = m_payouts->preview();
    QCOMPARE(fresh->lines.first().amountMinor, seen->lines.first().amountMinor + 200);
    const Result<PayoutBatch> batch = m_payouts->createBatch(u"csv"_s, path, {}, fresh->lines);
    QVERIFY2(batch, qPrintable(batch.error()));
    QCOMPARE(m_payouts->batchLines(batch->id), fresh->lines);
}

void TestPayoutStore::thresholdOfAProgramLeft()
{
    ProgramStore programs(m_store->database);
    // CARL: Partner (50.00, primary) and Agency (100.00). 60.00 EUR through Partner's 20 %.
    QVERIFY(programs.join(m_books.carl, m_books.agencyProgram));
    import({viaLink(u"C1"_s, u"CARL"_s, u"300.00"_s)});
    auto carl = [this]() {
        for (const BalanceRow &row : m_payouts->balances()) {
            if (row.affiliateCode == u"CARL")
                return row;
        }
        return BalanceRow{};
    };
    QCOMPARE(carl().thresholdMinor, std::optional<qint64>(5000));
    QVERIFY(carl().due());

    // He leaves Partner: Agency is his program now, and the 50.00 he left does not make 60.00 due.
    QVERIFY(programs.leave(m_books.carl, m_books.partnerProgram));
    QCOMPARE(carl().thresholdMinor, std::optional<qint64>(10000));
    QVERIFY(!carl().thresholdOfLeftProgram);
    QVERIFY(!carl().due());
    QVERIFY(m_payouts->preview()->isEmpty());

    // He leaves Agency too: what he earned is still his, due against the lowest threshold he left.
    QVERIFY(programs.leave(m_books.carl, m_books.agencyProgram));
    QCOMPARE(carl().thresholdMinor, std::optional<qint64>(5000));
    QVERIFY(carl().thresholdOfLeftProgram);
    QVERIFY(carl().due());
    QCOMPARE(describe(m_payouts->preview()->lines), QStringList{u"CARL carl@example.com EUR 60.00 x1"_s});
}

void TestPayoutStore::batchesList()
{
    QVERIFY(m_payouts->batches().isEmpty());
    importMixedBooks();
    const Result<PayoutBatch> first = m_payouts->createBatch(u"paypal"_s, m_store->path(u"first.csv"_s));
    QVERIFY(first);
    QVERIFY(m_payouts->markPaid(first->id));
    import({viaLink(u"C2"_s, u"CARL"_s, u"900.00"_s)});
    const Result<PayoutBatch> second = m_payouts->createBatch(u"csv"_s, m_store->path(u"second.csv"_s));
    QVERIFY(second);

    const QList<PayoutBatchSummary> batches = m_payouts->batches();
    QCOMPARE(batches.size(), 2);
    const PayoutBatchSummary &newest = batches.at(0);
    QCOMPARE(newest.id, second->id);
    QCOMPARE(newest.format, u"csv"_s);
    QCOMPARE(newest.status, u"exported"_s);
    QCOMPARE(newest.createdBy, u"manager"_s);
    QCOMPARE(newest.createdAt, QString::fromLatin1(pinnedNow));
    QCOMPARE(newest.filePath, QFileInfo(m_store->path(u"second.csv"_s)).absoluteFilePath());
    QVERIFY(newest.paidAt.isEmpty());
    // CARL: 20 % of 100.00 and of 900.00.
    QCOMPARE(describe(newest.totals), QStringList{u"EUR 200.00 lines 1 x2"_s});
    const PayoutBatchSummary &oldest = batches.at(1);
    QCOMPARE(oldest.status, u"paid"_s);
    QCOMPARE(oldest.paidAt, QString::fromLatin1(pinnedNow));
    QCOMPARE(oldest.lines, 3);
    QCOMPARE(oldest.transactions, 4);
    QCOMPARE(describe(oldest.totals), (QStringList{u"EUR 230.00 lines 2 x3"_s, u"USD 20.00 lines 1 x1"_s}));
    QCOMPARE(describe(m_payouts->batchLines(oldest.id)),
             (QStringList{u"ANNA anna@example.com EUR 50.00 x2"_s, u"ANNA anna@example.com USD 20.00 x1"_s,
                          u"BEN ben@example.com EUR 180.00 x1"_s}));
    QVERIFY(!m_payouts->batch(99));
    QVERIFY(m_payouts->batchLines(99).isEmpty());
}

QTEST_GUILESS_MAIN(TestPayoutStore)
#include "tst_payoutstore.moc"
