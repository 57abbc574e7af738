#include "guitestkit.h"
#include "import/demogenerator.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/transactiontablemodel.h"
#include "mainwindow.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "storetestkit.h"
#include "transactionspane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

using Column = TransactionTableModel::Column;

class TestTransactionsPane : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryTransaction();
    void filtersNarrowTheCount();
    void orderSearch();
    void selectedRowIsExplained();
    void headerClickSortsInSql();
    void ctrlEndReachesTheLastRow();
    void copiesTheOrderId();
    void exportsTheFilteredCsv();
    void openOrderSelectsIt();
    void openAffiliateFiltersByPartner();
    void actionsNavigate();
    void reloadKeepsFilterAndSelection();
    void filtersAreRemembered();

private:
    void openOnTransactions();
    TransactionsPane *pane() const;
    QTableView *table() const;
    TransactionTableModel *model() const;
    QString countText() const;
    qint64 sqlCount(const QString &where = {}) const;
    QString sqlString(const QString &sql) const;
    void clickRow(int row);
};

void TestTransactionsPane::initTestCase()
{
    StoreTestKit::pinNow();
    isolateSettings();
    QVERIFY(newBook());
    // One sample store for every test; the tests that change it say so.
    Database database;
    QVERIFY(database.open(m_path));
    DemoGenerator::Options options;
    options.affiliates = 120;
    options.orders = 1500;
    const Status filled = DemoGenerator::fill(database, options);
    QVERIFY2(filled, qPrintable(filled.error()));
}

void TestTransactionsPane::init()
{
    QSettings().clear(); // the book stays: it is made once, in initTestCase()
    openOnTransactions();
    QVERIFY(openCheck());
}

void TestTransactionsPane::openOnTransactions()
{
    QVERIFY(openWindow());
    QVERIFY(m_window->showPane(u"transactions"_s));
    QTRY_VERIFY(model()->isCountKnown() && model()->rowCount() > 0);
}

void TestTransactionsPane::cleanup()
{
    FileDialogs::reset();
    m_check.reset();
    m_window.reset();
}

TransactionsPane *TestTransactionsPane::pane() const
{
    return child<TransactionsPane>(m_window.get(), u"TransactionsPane"_s);
}

QTableView *TestTransactionsPane::table() const
{
    return child<QTableView>(m_window.get(), u"transactionsTable"_s);
}

TransactionTableModel *TestTransactionsPane::model() const
{
    return qobject_cast<TransactionTableModel *>(table()->model());
}

QString TestTransactionsPane::countText() const
{
    return child<QLabel>(m_window.get(), u"transactionCountLabel"_s)->text();
}

qint64 TestTransactionsPane::sqlCount(const QString &where) const
{
    return StoreTestKit::count(*m_check, u"transactions t"_s, where);
}

QString TestTransactionsPane::sqlString(const QString &sql) const
{
    QSqlQuery query(m_check->connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

void TestTransactionsPane::clickRow(int row)
{
    table()->scrollTo(model()->index(row, Column::OrderId));
    const QRect rect = table()->visualRect(model()->index(row, Column::OrderId));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestTransactionsPane::showsEveryTransaction()
{
    const qint64 all = sqlCount();
    QCOMPARE(model()->rowCount(), all);
    QCOMPARE(countText(), u"%1 transactions"_s.arg(QLocale().toString(all)));
    // Newest first.
    QCOMPARE(model()->index(0, Column::OrderId).data().toString(),
             sqlString(u"SELECT order_id FROM transactions ORDER BY placed_at DESC, id DESC LIMIT 1"_s));
}

void TestTransactionsPane::filtersNarrowTheCount()
{
    auto *kind = child<QComboBox>(m_window.get(), u"kindFilter"_s);
    kind->setCurrentIndex(kind->findData(u"coupon"_s));
    const qint64 coupons = sqlCount(u"kind = 'coupon'"_s);
    QVERIFY(coupons > 0);
    QTRY_COMPARE(countText(), u"%1 match"_s.arg(QLocale().toString(coupons)));
    QCOMPARE(model()->rowCount(), coupons);

    const QString code = sqlString(u"SELECT a.code FROM transactions t JOIN affiliates a ON a.id = t.affiliate_id "
                                   "WHERE t.kind = 'coupon' GROUP BY a.id ORDER BY count(*) DESC LIMIT 1"_s);
    auto *partner = child<QLineEdit>(m_window.get(), u"partnerFilter"_s);
    QTest::keyClicks(partner, code);
    const qint64 partnerCoupons =
        sqlCount(u"kind = 'coupon' AND affiliate_id = (SELECT id FROM affiliates WHERE code = '%1')"_s.arg(code));
    QTRY_COMPARE(model()->rowCount(), partnerCoupons);
    QTRY_COMPARE(countText(), u"%1 match"_s.arg(QLocale().toString(partnerCoupons)));
    for (int row = 0; row < model()->rowCount(); ++row)
        QCOMPARE(model()->index(row, Column::PartnerCode).data().toString(), code);

    auto *status = child<QComboBox>(m_window.get(), u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"approved"_s));
    auto *from = child<QDateEdit>(m_window.get(), u"fromDateFilter"_s);
    from->setDate(QDate(2026, 3, 1));
    QTRY_COMPARE(model()->filter().from, QDate(2026, 3, 1));
    QCOMPARE(model()->rowCount(), sqlCount(u"kind = 'coupon' AND status = 'approved' AND placed_at >= '2026-03-01' AND "
                                           "affiliate_id = (SELECT id FROM affiliates WHERE code = '%1')"_s.arg(code)));

    QTest::mouseClick(child<QPushButton>(m_window.get(), u"clearFiltersButton"_s), Qt::LeftButton);
    QTRY_COMPARE(model()->rowCount(), sqlCount());
    QVERIFY(partner->text().isEmpty());
    QCOMPARE(kind->currentIndex(), 0);

    QTest::keyClicks(partner, u"no-such-partner"_s);
    QTRY_COMPARE(model()->rowCount(), 0);
    QVERIFY(countText().contains(u"no-such-partner"_s));
}

void TestTransactionsPane::orderSearch()
{
    const QString orderId = sqlString(u"SELECT order_id FROM transactions ORDER BY id LIMIT 1 OFFSET 700"_s);
    const QString prefix = orderId.left(orderId.size() - 1);
    auto *order = child<QLineEdit>(m_window.get(), u"orderFilter"_s);
    QTest::keyClicks(order, prefix);
    const qint64 expected = sqlCount(u"substr(order_id, 1, %1) = '%2'"_s.arg(prefix.size()).arg(prefix));
    QVERIFY(expected > 1);
    QTRY_COMPARE(model()->rowCount(), expected);
    QTest::keyClicks(order, orderId.right(1));
    QTest::keyClick(order, Qt::Key_Return); // at once, no pause
    QCOMPARE(model()->rowCount(), sqlCount(u"order_id = '%1'"_s.arg(orderId)));
    QCOMPARE(model()->index(0, Column::OrderId).data().toString(), orderId);
}

void TestTransactionsPane::selectedRowIsExplained()
{
    // An order won by a coupon: its explainer says so, and why the manual rule did not match.
    auto *kind = child<QComboBox>(m_window.get(), u"kindFilter"_s);
    kind->setCurrentIndex(kind->findData(u"coupon"_s));
    QTRY_COMPARE(model()->filter().kind, u"coupon"_s);
    clickRow(3);
    const std::optional<TransactionListRow> selected = pane()->selectedTransaction();
    QVERIFY(selected);
    auto *details = child<QTextBrowser>(m_window.get(), u"transactionDetails"_s);
    QTRY_VERIFY(details->toPlainText().contains(selected->orderId));
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(u"WON"_s), qPrintable(text));
    QVERIFY(text.contains(u"no manual assignment for this order"_s));
    QVERIFY(text.contains(u"not tried"_s));
    QVERIFY(text.contains(u"Winner: %1"_s.arg(selected->affiliateCode)));
    QVERIFY(text.contains(u"rule coupon"_s));
    QVERIFY(text.contains(u"Audit history"_s));
    QVERIFY(text.contains(u"No manual changes."_s));
}

void TestTransactionsPane::headerClickSortsInSql()
{
    QHeaderView *header = table()->horizontalHeader();
    const int x = header->sectionViewportPosition(Column::Commission) + header->sectionSize(Column::Commission) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(model()->sortColumn(), int(Column::Commission));
    const Qt::SortOrder first = model()->sortOrder();
    const QString direction = first == Qt::AscendingOrder ? u""_s : u" DESC"_s;
    QCOMPARE(model()->index(0, Column::OrderId).data(ModelRoles::IdRole).toString(),
             sqlString(u"SELECT id FROM transactions ORDER BY commission_minor%1, id%1 LIMIT 1"_s.arg(direction)));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QVERIFY(model()->sortOrder() != first);
    const QString other = first == Qt::AscendingOrder ? u" DESC"_s : u""_s;
    QCOMPARE(model()->index(0, Column::OrderId).data(ModelRoles::IdRole).toString(),
             sqlString(u"SELECT id FROM transactions ORDER BY commission_minor%1, id%1 LIMIT 1"_s.arg(other)));
    QCOMPARE(model()->rowCount(), sqlCount());
}

void TestTransactionsPane::ctrlEndReachesTheLastRow()
{
    clickRow(0);
    QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(table()->currentIndex().row(), model()->rowCount() - 1);
    QCOMPARE(table()->currentIndex().data(ModelRoles::IdRole).toString(),
             sqlString(u"SELECT id FROM transactions ORDER BY placed_at, id LIMIT 1"_s));
    QTest::keyClick(table(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(table()->currentIndex().row(), 0);
}

void TestTransactionsPane::copiesTheOrderId()
{
    clickRow(2);
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), model()->index(2, Column::OrderId).data().toString());
}

void TestTransactionsPane::exportsTheFilteredCsv()
{
    auto *kind = child<QComboBox>(m_window.get(), u"kindFilter"_s);
    kind->setCurrentIndex(kind->findData(u"link"_s));
    QTRY_VERIFY(model()->filter().kind == u"link"_s && model()->isCountKnown());
    const QString path = m_dir->filePath(u"links.csv"_s);
    FileDialogs::answerNext(path);
    child<QAction>(m_window.get(), u"exportTransactionsAction"_s)->trigger();
    QCOMPARE(FileDialogs::unusedAnswers(), 0);
    const QList<QByteArray> lines = StoreTestKit::readFile(path).split('\n');
    QCOMPARE(lines.first(),
             "order_id,affiliate_code,program,kind,base,rate_percent,commission,currency,status,campaign");
    QVERIFY(lines.last().isEmpty()); // the file ends with a line break
    QCOMPARE(lines.size() - 2, sqlCount(u"kind = 'link'"_s));
    for (int i = 1; i < lines.size() - 1; ++i)
        QVERIFY(lines.at(i).contains(",link,"));
}

void TestTransactionsPane::openOrderSelectsIt()
{
    const QString orderId = sqlString(u"SELECT order_id FROM transactions ORDER BY id LIMIT 1 OFFSET 321"_s);
    QVERIFY(m_window->showPane(u"programs"_s));
    QVERIFY(m_window->showPane(u"transactions"_s, {{u"order"_s, orderId}}));
    QCOMPARE(child<QLineEdit>(m_window.get(), u"orderFilter"_s)->text(), orderId);
    const std::optional<TransactionListRow> selected = pane()->selectedTransaction();
    QVERIFY(selected);
    QCOMPARE(selected->orderId, orderId);
    QTRY_VERIFY(child<QTextBrowser>(m_window.get(), u"transactionDetails"_s)->toPlainText().contains(orderId));
}

void TestTransactionsPane::openAffiliateFiltersByPartner()
{
    const QString code = sqlString(u"SELECT a.code FROM affiliates a JOIN transactions t ON t.affiliate_id = a.id "
                                   "ORDER BY a.id LIMIT 1"_s);
    QVERIFY(m_window->showPane(u"transactions"_s, {{u"affiliate"_s, code}}));
    QCOMPARE(child<QLineEdit>(m_window.get(), u"partnerFilter"_s)->text(), code);
    const qint64 expected = sqlCount(u"affiliate_id = (SELECT id FROM affiliates WHERE code = '%1')"_s.arg(code));
    QTRY_COMPARE(model()->rowCount(), expected);
    QCOMPARE(countText(), u"%1 match"_s.arg(QLocale().toString(expected)));
}

void TestTransactionsPane::actionsNavigate()
{
    auto *showPartner = child<QAction>(m_window.get(), u"showPartnerAction"_s);
    auto *assign = child<QAction>(m_window.get(), u"assignManuallyAction"_s);
    QVERIFY(!showPartner->isEnabled()); // nothing selected yet
    clickRow(1);
    QVERIFY(showPartner->isEnabled());
    showPartner->trigger();
    QCOMPARE(m_window->currentPaneId(), u"partners"_s);
    QVERIFY(m_window->showPane(u"transactions"_s));
    assign->trigger();
    QCOMPARE(m_window->currentPaneId(), u"assignments"_s);
}

void TestTransactionsPane::reloadKeepsFilterAndSelection()
{
    auto *kind = child<QComboBox>(m_window.get(), u"kindFilter"_s);
    kind->setCurrentIndex(kind->findData(u"link"_s));
    QTRY_COMPARE(model()->filter().kind, u"link"_s);
    QTRY_VERIFY(model()->isCountKnown());
    clickRow(5);
    const qint64 selected = pane()->selectedTransaction()->id;
    // The books change elsewhere (a manual assignment of another order), then View › Reload.
    const QString other = sqlString(u"SELECT order_id FROM transactions WHERE kind = 'link' AND id <> %1 "
                                    "ORDER BY id LIMIT 1"_s.arg(selected));
    const QString partner =
        sqlString(u"SELECT id FROM affiliates WHERE status = 'approved' ORDER BY id DESC LIMIT 1"_s);
    const Status assigned = LedgerStore(*m_check).assign(other, partner.toLongLong(), u"reload test"_s);
    QVERIFY2(assigned, qPrintable(assigned.error()));
    child<QAction>(m_window.get(), u"reloadAction"_s)->trigger();
    QTRY_VERIFY(model()->isCountKnown());
    QCOMPARE(model()->filter().kind, u"link"_s);
    QCOMPARE(model()->rowCount(), sqlCount(u"kind = 'link'"_s));
    QVERIFY(pane()->selectedTransaction());
    QCOMPARE(pane()->selectedTransaction()->id, selected);
}

void TestTransactionsPane::filtersAreRemembered()
{
    auto *status = child<QComboBox>(m_window.get(), u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"pending"_s));
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"orderFilter"_s), u"D"_s);
    QTRY_COMPARE(model()->filter().status, u"pending"_s);
    m_window.reset(); // saves the pane's settings
    openOnTransactions();
    QCOMPARE(child<QComboBox>(m_window.get(), u"statusFilter"_s)->currentData().toString(), u"pending"_s);
    QCOMPARE(child<QLineEdit>(m_window.get(), u"orderFilter"_s)->text(), u"D"_s);
    QCOMPARE(model()->filter().status, u"pending"_s);
    QCOMPARE(model()->rowCount(), sqlCount(u"status = 'pending' AND order_id LIKE 'D%'"_s));
}

QTEST_MAIN(TestTransactionsPane)
#include "tst_transactionspane.moc"
