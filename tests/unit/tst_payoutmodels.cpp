#include "itemmodels/modelroles.h"
#include "itemmodels/payoutbalancemodel.h"
#include "itemmodels/payoutbatchlistmodel.h"
#include "itemmodels/payoutlinemodel.h"
#include "payouttestkit.h"
#include "store/payoutstore.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;
using namespace PayoutTestKit;

class TestPayoutModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void balances();
    void balancesFilter();
    void balancesInBackground();
    void previewLines();
    void batches();

private:
    void import(const QList<OrderLine> &orders);
    QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole) const;

    std::unique_ptr<StoreFixture> m_store;
    Books m_books;
    int m_imports = 0;
};

void TestPayoutModels::initTestCase()
{
    pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
    QLocale::setDefault(QLocale(u"en_US"_s)); // amounts are shown in the locale: "€1,234.50"
}

void TestPayoutModels::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    QVERIFY(setUpBooks(m_store->database, m_books));
    // ANNA: 50.00 EUR due (threshold 50.00), 20.00 USD due (20.00); BEN 180.00 EUR due (100.00) and
    // 30.00 on hold; CARL 20.00 EUR of 50.00.
    OrderLine onHold = viaLink(u"B2"_s, u"BEN"_s, u"100.00"_s);
    onHold.placedAt = daysAgo(5);
    import({viaLink(u"A1"_s, u"ANNA"_s, u"100.00"_s), viaLink(u"A2"_s, u"ANNA"_s, u"150.00"_s),
            viaLink(u"U1"_s, u"ANNA"_s, u"100.00"_s, u"USD"_s), viaLink(u"B1"_s, u"BEN"_s, u"600.00"_s), onHold,
            viaLink(u"C1"_s, u"CARL"_s, u"100.00"_s)});
}

void TestPayoutModels::cleanup()
{
    m_store.reset();
}

void TestPayoutModels::import(const QList<OrderLine> &orders)
{
    QVERIFY(importOrders(m_store->database, m_store->path(u"orders%1.csv"_s.arg(++m_imports)), orders));
}

QStringList TestPayoutModels::column(const QAbstractItemModel &model, int column, int role) const
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

void TestPayoutModels::balances()
{
    PayoutBalanceModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    model.reload();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.columnCount(), int(PayoutBalanceModel::Count));
    QCOMPARE(column(model, PayoutBalanceModel::Partner), (QStringList{u"ANNA"_s, u"ANNA"_s, u"BEN"_s, u"CARL"_s}));
    QCOMPARE(column(model, PayoutBalanceModel::Currency), (QStringList{u"EUR"_s, u"USD"_s, u"EUR"_s, u"EUR"_s}));
    QCOMPARE(column(model, PayoutBalanceModel::Balance),
             (QStringList{u"€50.00"_s, u"$20.00"_s, u"€180.00"_s, u"€20.00"_s}));
    QCOMPARE(column(model, PayoutBalanceModel::Pending),
             (QStringList{u"€0.00"_s, u"$0.00"_s, u"€30.00"_s, u"€0.00"_s}));
    QCOMPARE(column(model, PayoutBalanceModel::Threshold),
             (QStringList{u"€50.00"_s, u"$20.00"_s, u"€100.00"_s, u"€50.00"_s}));
    QCOMPARE(column(model, PayoutBalanceModel::Progress), (QStringList{u"100 %"_s, u"100 %"_s, u"180 %"_s, u"40 %"_s}));
    QCOMPARE(column(model, PayoutBalanceModel::Due, PayoutBalanceModel::DueRole),
             (QStringList{u"true"_s, u"true"_s, u"true"_s, u"false"_s}));
    QCOMPARE(model.index(3, 0).data(PayoutBalanceModel::ProgressRole).toDouble(), 0.4);
    QCOMPARE(model.index(2, 0).data(PayoutBalanceModel::ProgressRole).toDouble(), 1.8);
    QCOMPARE(model.index(2, 0).data(ModelRoles::IdRole).toLongLong(), m_books.ben);
    QCOMPARE(model.index(2, PayoutBalanceModel::Balance).data(ModelRoles::SortRole).toLongLong(), qint64(18000));
    QCOMPARE(model.dueCount(), 3);
    QCOMPARE(model.duePartnerCount(), 2);

    // After a batch the money moves from approved to in batch, then to paid.
    PayoutStore store(m_store->database);
    const Result<PayoutBatch> batch = store.createBatch(u"csv"_s, m_store->path(u"batch.csv"_s));
    QVERIFY(batch);
    model.reload();
    QCOMPARE(column(model, PayoutBalanceModel::InBatch),
             (QStringList{u"€50.00"_s, u"$20.00"_s, u"€180.00"_s, u"€0.00"_s}));
    QCOMPARE(column(model, PayoutBalanceModel::Balance),
             (QStringList{u"€0.00"_s, u"$0.00"_s, u"€0.00"_s, u"€20.00"_s}));
    QCOMPARE(model.dueCount(), 0);
    QVERIFY(store.markPaid(batch->id));
    model.reload();
    QCOMPARE(column(model, PayoutBalanceModel::Paid),
             (QStringList{u"€50.00"_s, u"$20.00"_s, u"€180.00"_s, u"€0.00"_s}));
    QCOMPARE(resets.size(), 3);
}

void TestPayoutModels::balancesFilter()
{
    PayoutBalanceModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.setDueOnly(true);
    QCOMPARE(column(model, PayoutBalanceModel::Partner), (QStringList{u"ANNA"_s, u"ANNA"_s, u"BEN"_s}));
    model.setSearch(u"  ben@EXAMPLE "_s); // by e-mail, any case
    QCOMPARE(column(model, PayoutBalanceModel::Partner), QStringList{u"BEN"_s});
    model.setDueOnly(false);
    model.setSearch(u"carl name"_s);
    QCOMPARE(column(model, PayoutBalanceModel::Partner), QStringList{u"CARL"_s});
    model.setSearch(u"nobody"_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.size(), 5);
    model.setSearch(u"nobody "_s); // the same search: no reset
    QCOMPARE(resets.size(), 5);
    model.setSearch({});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.totalCount(), 4);
    QCOMPARE(model.rowsOf(u"anna"_s), (QList<int>{0, 1}));
    QCOMPARE(model.dueCount(), 3);
}

void TestPayoutModels::balancesInBackground()
{
    PayoutBalanceModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &PayoutBalanceModel::loaded);
    QSignalSpy loading(&model, &PayoutBalanceModel::loadingChanged);
    model.setDueOnly(true);
    model.reloadInBackground();
    QVERIFY(model.isLoading());
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    QCOMPARE(column(model, PayoutBalanceModel::Partner), (QStringList{u"ANNA"_s, u"ANNA"_s, u"BEN"_s}));

    // CARL crosses his threshold; a second request while the first runs reads once more after it.
    import({viaLink(u"C2"_s, u"CARL"_s, u"200.00"_s)});
    model.reloadInBackground();
    model.reloadInBackground();
    QTRY_COMPARE(loaded.size(), 3);
    QVERIFY(!model.isLoading());
    QCOMPARE(column(model, PayoutBalanceModel::Partner), (QStringList{u"ANNA"_s, u"ANNA"_s, u"BEN"_s, u"CARL"_s}));
}

void TestPayoutModels::previewLines()
{
    PayoutLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Result<PayoutPreview> preview = PayoutStore(m_store->database).preview();
    QVERIFY(preview);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setLines(preview->lines);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(column(model, PayoutLineModel::Email),
             (QStringList{u"anna@example.com"_s, u"anna@example.com"_s, u"ben@example.com"_s}));
    QCOMPARE(column(model, PayoutLineModel::Amount), (QStringList{u"€50.00"_s, u"$20.00"_s, u"€180.00"_s}));
    QCOMPARE(column(model, PayoutLineModel::Transactions), (QStringList{u"2"_s, u"1"_s, u"1"_s}));
    QCOMPARE(model.index(2, PayoutLineModel::Amount).data(ModelRoles::SortRole).toLongLong(), qint64(18000));
    model.setLines({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPayoutModels::batches()
{
    PayoutBatchListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    PayoutStore store(m_store->database);
    const Result<PayoutBatch> first = store.createBatch(u"paypal"_s, m_store->path(u"first.csv"_s));
    QVERIFY(first);
    import({viaLink(u"C2"_s, u"CARL"_s, u"200.00"_s)});
    const Result<PayoutBatch> second = store.createBatch(u"csv"_s, m_store->path(u"second.csv"_s));
    QVERIFY(second);
    QVERIFY(store.markPaid(first->id));

    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(column(model, PayoutBatchListModel::Batch), (QStringList{u"2"_s, u"1"_s}));
    QCOMPARE(column(model, PayoutBatchListModel::Format), (QStringList{u"CSV"_s, u"PayPal mass pay"_s}));
    QCOMPARE(column(model, PayoutBatchListModel::Status), (QStringList{u"Exported"_s, u"Paid"_s}));
    QCOMPARE(column(model, PayoutBatchListModel::Lines), (QStringList{u"1"_s, u"3"_s}));
    QCOMPARE(column(model, PayoutBatchListModel::Totals), (QStringList{u"€60.00"_s, u"€230.00, $20.00"_s}));
    QCOMPARE(column(model, PayoutBatchListModel::CreatedBy), (QStringList{u"manager"_s, u"manager"_s}));
    QCOMPARE(column(model, PayoutBatchListModel::Batch, PayoutBatchListModel::PaidRole),
             (QStringList{u"false"_s, u"true"_s}));
    QVERIFY(model.index(0, PayoutBatchListModel::PaidAt).data().toString().isEmpty());
    QVERIFY(!model.index(1, PayoutBatchListModel::PaidAt).data().toString().isEmpty());
    QCOMPARE(model.index(1, 0).data(ModelRoles::IdRole).toLongLong(), first->id);
    QCOMPARE(model.rowOf(second->id), 0);
    QCOMPARE(model.batch(first->id)->lines, 3);
    QVERIFY(!model.batch(42));
    QCOMPARE(QFileInfo(model.index(0, PayoutBatchListModel::File).data().toString()).fileName(), u"second.csv"_s);
}

QTEST_GUILESS_MAIN(TestPayoutModels)
#include "tst_payoutmodels.moc"
