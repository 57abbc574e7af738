// TransactionTableModel over a real SQLite book: keyset pages, filters, sort, counts, the texts and
// roles it shows, checked by QAbstractItemModelTester. Why this file is long: one class under test,
// one test file (STYLE.md).

#include "core/money.h"
#include "import/demogenerator.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/transactiontablemodel.h"
#include "store/ledgerstore.h"
#include "storetestkit.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

using Column = TransactionTableModel::Column;

namespace {

// The order of every column as plain SQL says it, written out here rather than taken from the
// model: ascending, t.id last. Collation is the column's own (codes and program names NOCASE).
QString orderBy(int column, Qt::SortOrder order)
{
    static const QHash<int, QStringList> keys = {
        {Column::PlacedAt, {u"t.placed_at"_s, u"t.id"_s}},
        {Column::OrderId, {u"t.order_id"_s, u"t.id"_s}},
        {Column::PartnerCode, {u"a.code"_s, u"t.placed_at"_s, u"t.id"_s}},
        {Column::PartnerName, {u"a.name"_s, u"a.id"_s, u"t.placed_at"_s, u"t.id"_s}},
        {Column::Program, {u"p.name"_s, u"t.placed_at"_s, u"t.id"_s}},
        {Column::Kind, {u"t.kind"_s, u"t.placed_at"_s, u"t.id"_s}},
        {Column::Base, {u"t.base_minor"_s, u"t.id"_s}},
        {Column::Rate, {u"t.rate_bp"_s, u"t.placed_at"_s, u"t.id"_s}},
        {Column::Commission, {u"t.commission_minor"_s, u"t.id"_s}},
        {Column::Currency, {u"t.currency"_s, u"t.placed_at"_s, u"t.id"_s}},
        {Column::TransactionStatus, {u"t.status"_s, u"t.placed_at"_s, u"t.id"_s}},
        {Column::Flags, {u"t.superseded"_s, u"t.self_referral"_s, u"t.placed_at"_s, u"t.id"_s}},
    };
    QStringList terms;
    for (const QString &key : keys.value(column))
        terms.append(order == Qt::DescendingOrder ? key + u" DESC"_s : key);
    return terms.join(u", "_s);
}

} // namespace

class TestTransactionTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void startsEmptyAndLoadsOnFilter();
    void everySortMatchesSql_data();
    void everySortMatchesSql();
    void everyFilterMatchesSql_data();
    void everyFilterMatchesSql();
    void pagesAreReadInAnyOrder_data();
    void pagesAreReadInAnyOrder();
    void filteredPagesInAnyOrder();
    void anchorsFromTheCounterThread_data();
    void anchorsFromTheCounterThread();
    void longJumpWaitsForTheAnchors();
    void lastRowFirst();
    void growsByFetchMoreUntilCounted();
    void displaysMoneyAndFlags();
    void reloadFollowsTheBooks();
    void plansNeedNoSort_data();
    void plansNeedNoSort();

private:
    // What plain SQL says: the ids matching `where`, in the given order.
    QList<qint64> expectedIds(const QString &where, const QString &order, const QVariantList &values = {}) const;
    QList<qint64> modelIds() const;
    bool waitForCount() const;
    void setFilter(const TransactionFilter &filter);

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<TransactionTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTransactionTableModel::initTestCase()
{
    pinNow();
    QLocale::setDefault(QLocale(u"en_US"_s)); // amounts are shown in the locale: "€1,234.50"
    m_store = openFixture();
    QVERIFY(m_store);
    DemoGenerator::Options options;
    options.affiliates = 150;
    options.orders = 3000;
    const Status filled = DemoGenerator::fill(m_store->database, options);
    QVERIFY2(filled, qPrintable(filled.error()));
    // More than ten pages, and every kind of row the flags column shows.
    QVERIFY(count(m_store->database, u"transactions"_s) > 10 * TransactionTableModel::pageSize);
}

void TestTransactionTableModel::cleanupTestCase()
{
    m_store.reset();
}

void TestTransactionTableModel::init()
{
    m_model = std::make_unique<TransactionTableModel>(m_store->database);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestTransactionTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

QList<qint64> TestTransactionTableModel::expectedIds(const QString &where, const QString &order,
                                                     const QVariantList &values) const
{
    QSqlQuery query(m_store->database.connection());
    query.prepare(u"SELECT t.id FROM transactions t JOIN affiliates a ON a.id = t.affiliate_id "
                  "JOIN programs p ON p.id = t.program_id"_s +
                  (where.isEmpty() ? QString() : u" WHERE "_s + where) + u" ORDER BY "_s + order);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qWarning("%s", qPrintable(query.lastError().text()));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<qint64> TestTransactionTableModel::modelIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->index(row, Column::OrderId).data(ModelRoles::IdRole).toLongLong());
    return ids;
}

bool TestTransactionTableModel::waitForCount() const
{
    return QTest::qWaitFor([this] { return m_model->isCountKnown(); }, 10000);
}

void TestTransactionTableModel::setFilter(const TransactionFilter &filter)
{
    m_model->setFilter(filter);
    QVERIFY(waitForCount());
    QVERIFY2(m_model->lastError().isEmpty(), qPrintable(m_model->lastError()));
}

void TestTransactionTableModel::startsEmptyAndLoadsOnFilter()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(Column::Count));
    QSignalSpy counted(m_model.get(), &TransactionTableModel::countChanged);
    setFilter({});
    QVERIFY(counted.count() >= 1);
    QCOMPARE(m_model->rowCount(), count(m_store->database, u"transactions"_s));
    // Newest first by default.
    QCOMPARE(m_model->sortColumn(), int(Column::PlacedAt));
    QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(m_model->index(0, 0).data(ModelRoles::IdRole).toLongLong(),
             expectedIds({}, orderBy(Column::PlacedAt, Qt::DescendingOrder)).first());
}

void TestTransactionTableModel::everySortMatchesSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const QMetaEnum columns = QMetaEnum::fromType<TransactionTableModel::Column>();
    for (int column = 0; column < Column::Count; ++column) {
        QTest::addRow("%s asc", columns.valueToKey(column)) << column << Qt::AscendingOrder;
        QTest::addRow("%s desc", columns.valueToKey(column)) << column << Qt::DescendingOrder;
    }
}

void TestTransactionTableModel::everySortMatchesSql()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    setFilter({});
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, order);
    QCOMPARE(reset.count(), column == Column::PlacedAt && order == Qt::DescendingOrder ? 0 : 1);
    QCOMPARE(modelIds(), expectedIds({}, orderBy(column, order)));
    QVERIFY(m_model->cachedPages() <= TransactionTableModel::maxPages);
}

void TestTransactionTableModel::everyFilterMatchesSql_data()
{
    QTest::addColumn<TransactionFilter>("filter");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantList>("values");

    QSqlQuery query(m_store->database.connection());
    QVERIFY(query.exec(u"SELECT affiliate_id, count(*) FROM transactions GROUP BY 1 ORDER BY 2 DESC LIMIT 1"_s));
    QVERIFY(query.next());
    const qint64 busiest = query.value(0).toLongLong();
    QVERIFY(query.exec(u"SELECT id FROM programs WHERE currency = 'USD'"_s) && query.next());
    const qint64 usdProgram = query.value(0).toLongLong();
    QVERIFY(query.exec(u"SELECT order_id FROM transactions ORDER BY id LIMIT 1 OFFSET 1234"_s) && query.next());
    const QString someOrder = query.value(0).toString();

    TransactionFilter filter;
    filter.affiliateId = busiest;
    QTest::addRow("partner") << filter << u"t.affiliate_id = ?"_s << QVariantList{busiest};
    filter = {};
    filter.programId = usdProgram;
    QTest::addRow("program") << filter << u"t.program_id = ?"_s << QVariantList{usdProgram};
    for (const char *kind : {"coupon", "link", "rewrite", "direct", "manual"}) {
        filter = {};
        filter.kind = QString::fromLatin1(kind);
        QTest::addRow("kind %s", kind) << filter << u"t.kind = ?"_s << QVariantList{filter.kind};
    }
    for (const char *status : {"pending", "approved", "cancelled"}) {
        filter = {};
        filter.status = QString::fromLatin1(status);
        QTest::addRow("status %s", status) << filter << u"t.status = ?"_s << QVariantList{filter.status};
    }
    filter = {};
    filter.currency = u"JPY"_s;
    QTest::addRow("currency") << filter << u"t.currency = ?"_s << QVariantList{u"JPY"_s};
    filter = {};
    filter.from = QDate(2026, 3, 1);
    QTest::addRow("from") << filter << u"t.placed_at >= '2026-03-01'"_s << QVariantList{};
    filter = {};
    filter.to = QDate(2026, 3, 31);
    QTest::addRow("to") << filter << u"t.placed_at < '2026-04-01'"_s << QVariantList{};
    filter.from = QDate(2026, 3, 31);
    QTest::addRow("one day") << filter << u"substr(t.placed_at, 1, 10) = '2026-03-31'"_s << QVariantList{};
    filter = {};
    filter.orderIdPrefix = someOrder.left(someOrder.size() - 1);
    QTest::addRow("order prefix") << filter << u"t.order_id LIKE ? || '%'"_s << QVariantList{filter.orderIdPrefix};
    filter.orderIdPrefix = someOrder;
    QTest::addRow("one order") << filter << u"t.order_id = ?"_s << QVariantList{someOrder};
    filter.orderIdPrefix = u"no such order"_s;
    QTest::addRow("no order") << filter << u"0"_s << QVariantList{};
    filter = {};
    filter.kind = u"link"_s;
    filter.status = u"approved"_s;
    filter.currency = u"EUR"_s;
    filter.from = QDate(2026, 1, 1);
    QTest::addRow("combined") << filter
                              << u"t.kind = 'link' AND t.status = 'approved' AND t.currency = 'EUR' "
                                 "AND t.placed_at >= '2026-01-01'"_s
                              << QVariantList{};
    filter = {};
    filter.currency = u"JPY"_s;
    filter.programId = usdProgram;
    QTest::addRow("contradiction") << filter << u"0"_s << QVariantList{};
}

void TestTransactionTableModel::everyFilterMatchesSql()
{
    QFETCH(TransactionFilter, filter);
    QFETCH(QString, where);
    QFETCH(QVariantList, values);
    // Through the filter's own index (the default for a few rows) and through the sort key's.
    for (const qint64 narrowLimit : {TransactionQuery::defaultNarrowLimit, qint64(-1)}) {
        m_model->setNarrowLimit(narrowLimit);
        setFilter(filter);
        // Newest first, an equality filter's index may drive (it is in date order too).
        if (narrowLimit < 0)
            QVERIFY(m_model->driver() != TransactionQuery::Driver::Dates &&
                    m_model->driver() != TransactionQuery::Driver::OrderId);
        const QList<qint64> expected = expectedIds(where, orderBy(Column::PlacedAt, Qt::DescendingOrder), values);
        QCOMPARE(m_model->rowCount(), expected.size());
        QCOMPARE(modelIds(), expected);
        m_model->sort(Column::Commission, Qt::AscendingOrder);
        if (narrowLimit < 0)
            QCOMPARE(m_model->driver(), TransactionQuery::Driver::SortKey);
        QCOMPARE(modelIds(), expectedIds(where, orderBy(Column::Commission, Qt::AscendingOrder), values));
        m_model->sort(Column::PartnerCode, Qt::DescendingOrder);
        QCOMPARE(modelIds(), expectedIds(where, orderBy(Column::PartnerCode, Qt::DescendingOrder), values));
        m_model->sort(Column::PlacedAt, Qt::DescendingOrder);
    }
}

void TestTransactionTableModel::pagesAreReadInAnyOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addRow("placed at") << int(Column::PlacedAt) << Qt::DescendingOrder;
    QTest::addRow("partner name") << int(Column::PartnerName) << Qt::AscendingOrder;
    QTest::addRow("program") << int(Column::Program) << Qt::DescendingOrder;
    QTest::addRow("commission") << int(Column::Commission) << Qt::AscendingOrder;
}

void TestTransactionTableModel::pagesAreReadInAnyOrder()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    setFilter({});
    m_model->sort(column, order);
    const QList<qint64> expected = expectedIds({}, orderBy(column, order));
    const int last = m_model->rowCount() - 1;
    const int page = TransactionTableModel::pageSize;
    // Both sides of page boundaries, the ends, jumps into the middle and back, by keyset from a
    // neighbour page, by OFFSET from a distant anchor and from the end.
    QList<int> rows = {last, last - 1, last - page, last - page - 1, page * 7 + 3, page * 7 - 1, page * 7, page * 3 + 1,
                       0,    page - 1, page,        page + 1,        page * 2 - 1, page * 2,     last / 2};
    QRandomGenerator random(7);
    for (int i = 0; i < 40; ++i)
        rows.append(random.bounded(last + 1));
    for (const int row : std::as_const(rows)) {
        const QModelIndex index = m_model->index(row, Column::OrderId);
        QVERIFY2(index.data(ModelRoles::IdRole).toLongLong() == expected.at(row), qPrintable(QString::number(row)));
    }
    QCOMPARE(modelIds(), expected);
    QVERIFY(m_model->cachedPages() <= TransactionTableModel::maxPages);
}

void TestTransactionTableModel::filteredPagesInAnyOrder()
{
    // Pages come through one index, jumps through another (newest first: the wide date index):
    // both must agree on every row.
    TransactionFilter filter;
    filter.kind = u"link"_s;
    filter.currency = u"EUR"_s;
    m_model->setNarrowLimit(-1);
    for (const int column : {int(Column::PlacedAt), int(Column::Commission)}) {
        setFilter(filter);
        m_model->sort(column, Qt::DescendingOrder);
        const QList<qint64> expected =
            expectedIds(u"t.kind = 'link' AND t.currency = 'EUR'"_s, orderBy(column, Qt::DescendingOrder));
        QCOMPARE(m_model->rowCount(), expected.size());
        const int last = m_model->rowCount() - 1;
        QVERIFY(last > 4 * TransactionTableModel::pageSize);
        QRandomGenerator random(11);
        QList<int> rows = {last / 2, last, 3 * TransactionTableModel::pageSize + 5, 1};
        for (int i = 0; i < 30; ++i)
            rows.append(random.bounded(last + 1));
        for (const int row : std::as_const(rows)) {
            QVERIFY2(m_model->index(row, 0).data(ModelRoles::IdRole).toLongLong() == expected.at(row),
                     qPrintable(QString::number(row)));
        }
        QCOMPARE(modelIds(), expected);
        m_model->setFilter({});
    }
}

void TestTransactionTableModel::anchorsFromTheCounterThread_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("kind");
    QTest::addRow("links by commission") << int(Column::Commission) << Qt::DescendingOrder << u"link"_s;
    QTest::addRow("links by program") << int(Column::Program) << Qt::AscendingOrder << u"link"_s;
    QTest::addRow("links by partner name") << int(Column::PartnerName) << Qt::DescendingOrder << u"link"_s;
}

void TestTransactionTableModel::anchorsFromTheCounterThread()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, kind);
    constexpr int spacing = 97;
    m_model->setAnchorSpacing(spacing);
    m_model->setNarrowLimit(-1); // a narrow filter's rows are few: they need no anchors
    TransactionFilter filter;
    filter.kind = kind;
    setFilter(filter);
    m_model->sort(column, order);
    const int rows = m_model->rowCount();
    QVERIFY(rows > 10 * spacing);
    // Every 97th row's key arrives from the counter thread; jumps start from the nearest.
    QTRY_VERIFY(m_model->knownAnchors() >= rows / spacing);
    const QList<qint64> expected =
        expectedIds(kind.isEmpty() ? QString() : u"t.kind = '%1'"_s.arg(kind), orderBy(column, order));
    QCOMPARE(rows, expected.size());
    QRandomGenerator random(5);
    for (int i = 0; i < 40; ++i) {
        const int row = random.bounded(rows);
        QVERIFY2(m_model->index(row, 0).data(ModelRoles::IdRole).toLongLong() == expected.at(row),
                 qPrintable(QString::number(row)));
    }
    for (const int row : {spacing, spacing - 1, spacing + 1, rows - 1, 0, 5 * spacing})
        QCOMPARE(m_model->index(row, 0).data(ModelRoles::IdRole).toLongLong(), expected.at(row));
    QCOMPARE(modelIds(), expected);
}

void TestTransactionTableModel::longJumpWaitsForTheAnchors()
{
    m_model->setAnchorSpacing(97);
    m_model->setDeferredSkip(300);
    m_model->setNarrowLimit(-1);
    TransactionFilter filter;
    filter.kind = u"link"_s;
    setFilter(filter);
    const QList<qint64> expected = expectedIds(u"t.kind = 'link'"_s, orderBy(Column::Commission, Qt::AscendingOrder));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->sort(Column::Commission, Qt::AscendingOrder);
    // Far from any known row while the anchors are on their way: empty now, filled in later.
    const int row = m_model->rowCount() * 2 / 3;
    if (!m_model->index(row, 0).data(ModelRoles::IdRole).isValid()) {
        QVERIFY(!m_model->transactionAt(row));
        QTRY_VERIFY(!changed.isEmpty());
        const QModelIndex topLeft = changed.last().at(0).toModelIndex();
        const QModelIndex bottomRight = changed.last().at(1).toModelIndex();
        QVERIFY(topLeft.row() <= row && row <= bottomRight.row());
        QCOMPARE(bottomRight.column(), Column::Count - 1);
    }
    QCOMPARE(m_model->index(row, 0).data(ModelRoles::IdRole).toLongLong(), expected.at(row));
    QCOMPARE(modelIds(), expected);
}

void TestTransactionTableModel::lastRowFirst()
{
    setFilter({});
    m_model->sort(Column::OrderId, Qt::AscendingOrder);
    const QList<qint64> expected = expectedIds({}, orderBy(Column::OrderId, Qt::AscendingOrder));
    // Read from the end (Ctrl+End) with no page before it held.
    const std::optional<TransactionListRow> last = m_model->transactionAt(m_model->rowCount() - 1);
    QVERIFY(last);
    QCOMPARE(last->id, expected.last());
    QCOMPARE(m_model->index(m_model->rowCount() - 2, 0).data(ModelRoles::IdRole).toLongLong(),
             expected.at(expected.size() - 2));
    QVERIFY(!m_model->transactionAt(m_model->rowCount()));
}

void TestTransactionTableModel::growsByFetchMoreUntilCounted()
{
    const QList<qint64> expected = expectedIds({}, orderBy(Column::PlacedAt, Qt::DescendingOrder));
    m_model->setFilter({});
    // The first page is there at once; the rest comes from the counter or from fetchMore().
    QVERIFY(m_model->rowCount() >= TransactionTableModel::pageSize);
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QVERIFY(waitForCount());
    QCOMPARE(m_model->rowCount(), expected.size());
    QCOMPARE(modelIds(), expected);
}

void TestTransactionTableModel::displaysMoneyAndFlags()
{
    TransactionFilter filter;
    filter.currency = u"JPY"_s;
    setFilter(filter);
    QVERIFY(m_model->rowCount() > 0);
    const std::optional<TransactionListRow> row = m_model->transactionAt(0);
    QVERIFY(row);
    // JPY has no minor unit: whole yen, grouped, with the code (en_US, initTestCase).
    QCOMPARE(m_model->index(0, Column::Commission).data().toString(),
             u"JPY\u00a0"_s + QLocale(u"en_US"_s).toString(row->commissionMinor));
    QCOMPARE(m_model->index(0, Column::Currency).data().toString(), u"JPY"_s);
    QCOMPARE(m_model->index(0, Column::Commission).data(ModelRoles::SortRole).toLongLong(), row->commissionMinor);
    QCOMPARE(m_model->index(0, Column::PlacedAt).data().toString(),
             row->placedAt.left(10) + u' ' + row->placedAt.mid(11, 5));

    filter = {};
    filter.currency = u"EUR"_s;
    setFilter(filter);
    m_model->sort(Column::Flags, Qt::DescendingOrder);
    // Self-referrals sort first among live rows.
    const qint64 selfReferrals =
        count(m_store->database, u"transactions"_s, u"self_referral = 1 AND currency = 'EUR'"_s);
    QVERIFY(selfReferrals > 0);
    QVERIFY(m_model->index(0, Column::Flags).data().toString().contains(u"self-referral"_s));
    const std::optional<TransactionListRow> euro = m_model->transactionAt(0);
    QCOMPARE(m_model->index(0, Column::Base).data().toString(), Money(euro->baseMinor, u"EUR"_s).toDisplayString());
    QCOMPARE(m_model->index(0, Column::Base).data(ModelRoles::SortRole).toLongLong(), euro->baseMinor);
}

void TestTransactionTableModel::reloadFollowsTheBooks()
{
    setFilter({});
    const int before = m_model->rowCount();
    // A manual assignment supersedes the order's transaction and adds one: a row more.
    QSqlQuery query(m_store->database.connection());
    QVERIFY(query.exec(u"SELECT t.order_id, a.id FROM transactions t, affiliates a WHERE t.kind = 'link' "
                       "AND a.id <> t.affiliate_id AND a.status = 'approved' ORDER BY t.id, a.id LIMIT 1"_s));
    QVERIFY(query.next());
    const QString orderId = query.value(0).toString();
    const qint64 affiliateId = query.value(1).toLongLong();
    query.finish();
    const Status assigned = LedgerStore(m_store->database).assign(orderId, affiliateId, u"test"_s);
    QVERIFY2(assigned, qPrintable(assigned.error()));

    m_model->reload();
    QVERIFY(waitForCount());
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(modelIds(), expectedIds({}, orderBy(Column::PlacedAt, Qt::DescendingOrder)));

    TransactionFilter filter;
    filter.orderIdPrefix = orderId;
    setFilter(filter);
    QCOMPARE(m_model->rowCount(), 2);
    QStringList kinds;
    for (int row = 0; row < 2; ++row)
        kinds.append(m_model->index(row, Column::Kind).data(ModelRoles::SortRole).toString());
    kinds.sort();
    QCOMPARE(kinds, (QStringList{u"link"_s, u"manual"_s}));
}

void TestTransactionTableModel::plansNeedNoSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<TransactionFilter>("filter");
    QTest::addColumn<TransactionQuery::Driver>("driver");
    const QMetaEnum columns = QMetaEnum::fromType<TransactionTableModel::Column>();
    using Driver = TransactionQuery::Driver;
    // Every sort over the whole ledger, both ways round (the reverse is what Ctrl+End reads).
    for (int column = 0; column < Column::Count; ++column)
        QTest::addRow("%s", columns.valueToKey(column)) << column << TransactionFilter{} << Driver::SortKey;
    // A filter on a big share of the ledger, newest first and by commission: the sort key drives.
    TransactionFilter big;
    big.kind = u"link"_s;
    big.status = u"approved"_s;
    big.currency = u"EUR"_s;
    big.programId = 1;
    big.from = QDate(2026, 1, 1);
    for (const int column : {int(Column::PlacedAt), int(Column::Commission), int(Column::Kind),
                             int(Column::PartnerCode), int(Column::Program)})
        QTest::addRow("big filter, %s", columns.valueToKey(column)) << column << big << Driver::SortKey;
    // A filter on a few rows, newest first: that filter's index drives and is in date order too.
    const auto narrow = [](Driver driver) {
        TransactionFilter filter;
        switch (driver) {
        case Driver::Affiliate:
            filter.affiliateId = 5;
            break;
        case Driver::Program:
            filter.programId = 3;
            break;
        case Driver::Kind:
            filter.kind = u"rewrite"_s;
            break;
        case Driver::TransactionStatus:
            filter.status = u"paid"_s;
            break;
        case Driver::Currency:
            filter.currency = u"JPY"_s;
            break;
        case Driver::Dates:
            filter.from = QDate(2026, 5, 1);
            filter.to = QDate(2026, 5, 2);
            break;
        case Driver::OrderId:
            filter.orderIdPrefix = u"D00001"_s;
            break;
        case Driver::SortKey:
            break;
        }
        return filter;
    };
    for (const Driver driver : {Driver::Affiliate, Driver::Program, Driver::Kind, Driver::TransactionStatus,
                                Driver::Currency, Driver::Dates}) {
        QTest::addRow("narrow %d", int(driver)) << int(Column::PlacedAt) << narrow(driver) << driver;
    }
    QTest::addRow("narrow order") << int(Column::OrderId) << narrow(Driver::OrderId) << Driver::OrderId;
}

void TestTransactionTableModel::plansNeedNoSort()
{
    QFETCH(int, column);
    QFETCH(TransactionFilter, filter);
    QFETCH(TransactionQuery::Driver, driver);
    // SQLite plans from the schema alone (no ANALYZE): these plans are the million-row ones too.
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        TransactionQuery query(m_store->database, filter, TransactionSort(column), order);
        query.setDriver(driver);
        TransactionQuery::Page first;
        TransactionQuery::Page next;
        TransactionListRow row;
        row.id = 10;
        row.placedAt = u"2026-05-01T00:00:00Z"_s;
        next.after = query.keyOf(row);
        next.offset = 50;
        for (const TransactionQuery::Page &page : {first, next}) {
            const QString plan = query.queryPlan(page).join(u"; "_s);
            QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
            QVERIFY2(!plan.contains(u"SCAN t"_s) || driver == TransactionQuery::Driver::SortKey, qPrintable(plan));
            // A filter's index drives a newest-first browse and seeks the next page's key in it.
            static const QHash<TransactionQuery::Driver, QString> indexes = {
                {TransactionQuery::Driver::Affiliate, u"transactions_browse_affiliate (affiliate_id=?"_s},
                {TransactionQuery::Driver::Program, u"transactions_browse_program (program_id=?"_s},
                {TransactionQuery::Driver::Kind, u"transactions_browse_kind (kind=?"_s},
                {TransactionQuery::Driver::TransactionStatus, u"transactions_browse_status (status=?"_s},
                {TransactionQuery::Driver::Currency, u"transactions_browse_currency (currency=?"_s},
            };
            if (column == Column::PlacedAt && indexes.contains(driver)) {
                QVERIFY2(plan.contains(indexes.value(driver)), qPrintable(plan));
                QVERIFY2(page.after.isEmpty() || plan.contains(u"placed_at"_s), qPrintable(plan));
            }
            // Newest first, skipping rows (a jump) reads an index that holds every filter column.
            if (column == Column::PlacedAt && driver != TransactionQuery::Driver::Dates) {
                const QString keys = query.queryPlan(page, true).join(u"; "_s);
                QVERIFY2(keys.contains(u"COVERING INDEX"_s) && !keys.contains(u"TEMP B-TREE"_s), qPrintable(keys));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestTransactionTableModel)
#include "tst_transactiontablemodel.moc"
