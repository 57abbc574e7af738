#include "itemmodels/modelroles.h"
#include "itemmodels/partnerlistmodel.h"
#include "store/affiliatestore.h"
#include "store/partnerstore.h"
#include "storetestkit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

QList<qint64> ids(const PartnerListModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(ModelRoles::IdRole).toLongLong());
    return result;
}

QList<qint64> ids(const QList<Affiliate> &affiliates)
{
    QList<qint64> result;
    for (const Affiliate &affiliate : affiliates)
        result.append(affiliate.id);
    return result;
}

void fetchAll(PartnerListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class TestPartnerListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pagesInNameOrder();
    void equalNamesArePagedByIdWithoutGapsOrRepeats();
    void search_data();
    void search();
    void statusFilter_data();
    void statusFilter();
    void refreshUpdatesOneRow();
    void fetchUntilLoadsPagesToThePartner();
    void display();

private:
    // Partners "Partner 00" … with codes P00 … and e-mails p00@example.net; every third suspended,
    // every fifth pending.
    void addPartners(int count);

    std::unique_ptr<StoreFixture> m_store;
};

void TestPartnerListModel::initTestCase()
{
    pinNow();
}

void TestPartnerListModel::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
}

void TestPartnerListModel::cleanup()
{
    m_store.reset();
}

void TestPartnerListModel::addPartners(int count)
{
    AffiliateStore store(m_store->database);
    // Added in reverse, so the id order differs from the name order.
    for (int i = count - 1; i >= 0; --i) {
        const QString number = u"%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        const Result<Affiliate> added =
            store.add(u"Partner "_s + number, u"p%1@example.net"_s.arg(number), u"P"_s + number);
        QVERIFY2(added, qPrintable(added.error()));
        if (i % 3 == 0)
            QVERIFY(store.setStatus(added->id, u"suspended"_s));
        else if (i % 5 == 0)
            QVERIFY(store.setStatus(added->id, u"pending"_s));
    }
}

void TestPartnerListModel::pagesInNameOrder()
{
    addPartners(25);
    PartnerListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setPageSize(10);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.totalCount(), 25);
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.size(), 2);
    model.fetchMore({});
    QCOMPARE(inserted.size(), 2);

    // The same partners in the same order as the store's own list.
    QCOMPARE(ids(model), ids(AffiliateStore(m_store->database).list({}, 1000)));
    QCOMPARE(model.index(0, PartnerListModel::Name).data().toString(), u"Partner 00"_s);
    QCOMPARE(model.index(24, PartnerListModel::Name).data().toString(), u"Partner 24"_s);
}

void TestPartnerListModel::equalNamesArePagedByIdWithoutGapsOrRepeats()
{
    AffiliateStore store(m_store->database);
    QList<qint64> added;
    for (int i = 0; i < 15; ++i)
        added.append(store.add(u"Same Name"_s, u"same%1@example.net"_s.arg(i))->id);
    QVERIFY(store.add(u"same name"_s, u"lower@example.net"_s)); // equal regardless of case
    PartnerListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(4);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 16);
    QList<qint64> shown = ids(model);
    QCOMPARE(QSet<qint64>(shown.cbegin(), shown.cend()).size(), 16);
    QList<qint64> sorted = shown;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(shown, sorted);
}

void TestPartnerListModel::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected");

    QTest::addRow("name") << u"partner 1"_s << 10;
    QTest::addRow("code, any case") << u"p07"_s << 1;
    QTest::addRow("e-mail") << u"p2"_s << 5;
    QTest::addRow("domain of every e-mail") << u"example.net"_s << 25;
    QTest::addRow("padded") << u"  Partner 03  "_s << 1;
    QTest::newRow("percent sign is a character, not a pattern") << u"%"_s << 0;
    QTest::addRow("no match") << u"nobody"_s << 0;
}

void TestPartnerListModel::search()
{
    QFETCH(QString, search);
    QFETCH(int, expected);
    addPartners(25);
    PartnerListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(3);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSearch(search);
    QCOMPARE(reset.size(), 1);
    model.setSearch(search + u' '); // the same search: no reload
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.totalCount(), expected);
    fetchAll(model);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(ids(model), ids(AffiliateStore(m_store->database).list(search, 1000)));
}

void TestPartnerListModel::statusFilter_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("search");

    QTest::addRow("all") << QString() << QString();
    QTest::addRow("approved") << u"approved"_s << QString();
    QTest::addRow("pending") << u"pending"_s << QString();
    QTest::addRow("suspended") << u"suspended"_s << QString();
    QTest::addRow("suspended, searched") << u"suspended"_s << u"partner 1"_s;
}

void TestPartnerListModel::statusFilter()
{
    QFETCH(QString, status);
    QFETCH(QString, search);
    addPartners(25);
    PartnerListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(4);
    model.setSearch(search);
    model.setStatusFilter(status);
    fetchAll(model);

    // What the store holds, filtered here by hand.
    QList<qint64> expected;
    for (const Affiliate &affiliate : AffiliateStore(m_store->database).list(search, 1000)) {
        if (status.isEmpty() || affiliate.status == status)
            expected.append(affiliate.id);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(ids(model), expected);
    QCOMPARE(model.totalCount(), int(expected.size()));
    QCOMPARE(model.totalCount(), PartnerStore(m_store->database).count({search, status}));
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool suspended = model.index(row, PartnerListModel::Status).data(ModelRoles::SortRole) == u"suspended"_s;
        QCOMPARE(model.index(row, 0).data(ModelRoles::ActiveRole).toBool(), !suspended);
    }
}

void TestPartnerListModel::refreshUpdatesOneRow()
{
    addPartners(5);
    PartnerListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStatusFilter(u"approved"_s);
    QCOMPARE(model.rowCount(), 3); // 01, 02, 04
    const qint64 id = model.affiliate(1)->id;
    QVERIFY(AffiliateStore(m_store->database).setStatus(id, u"suspended"_s));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh(id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(reset.size(), 0);
    // Still listed until the next reload, showing what he is now.
    QCOMPARE(model.index(1, PartnerListModel::Status).data().toString(), u"Suspended"_s);
    QVERIFY(!model.index(1, 0).data(ModelRoles::ActiveRole).toBool());
    model.refresh(-5);
    QCOMPARE(changed.size(), 1);

    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(id), -1);
}

void TestPartnerListModel::fetchUntilLoadsPagesToThePartner()
{
    addPartners(25);
    PartnerListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(5);
    const std::optional<Affiliate> last = AffiliateStore(m_store->database).byCode(u"P23"_s);
    QVERIFY(last);
    QCOMPARE(model.rowOf(last->id), -1);
    QCOMPARE(model.fetchUntil(last->id), 23);
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(model.affiliate(23)->code, u"P23"_s);

    model.setStatusFilter(u"suspended"_s);
    const std::optional<Affiliate> approved = AffiliateStore(m_store->database).byCode(u"P01"_s);
    QCOMPARE(model.fetchUntil(approved->id), -1);
    QVERIFY(!model.canFetchMore({}));
}

void TestPartnerListModel::display()
{
    QVERIFY(AffiliateStore(m_store->database).add(u"Jana Nováková"_s, u"jana@example.net"_s, u"JANA"_s));
    PartnerListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.columnCount(), int(PartnerListModel::Count));
    QCOMPARE(model.index(0, PartnerListModel::Name).data().toString(), u"Jana Nováková"_s);
    QCOMPARE(model.index(0, PartnerListModel::Code).data().toString(), u"JANA"_s);
    QCOMPARE(model.index(0, PartnerListModel::Email).data().toString(), u"jana@example.net"_s);
    QCOMPARE(model.index(0, PartnerListModel::Status).data().toString(), u"Approved"_s);
    QCOMPARE(model.index(0, PartnerListModel::Created).data(Qt::ToolTipRole).toString(),
             QString::fromLatin1(pinnedNow));
    QCOMPARE(model.headerData(PartnerListModel::Code, Qt::Horizontal).toString(), u"Partner code"_s);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestPartnerListModel)
#include "tst_partnerlistmodel.moc"
