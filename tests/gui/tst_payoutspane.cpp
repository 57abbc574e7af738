#include "guitestkit.h"
#include "itemmodels/payoutbalancemodel.h"
#include "itemmodels/payoutbatchlistmodel.h"
#include "itemmodels/payoutlinemodel.h"
#include "mainwindow.h"
#include "payoutpreviewdialog.h"
#include "payoutspane.h"
#include "payouttestkit.h"
#include "progressbardelegate.h"
#include "store/database.h"
#include "store/payoutstore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;
using namespace StoreTestKit;
using namespace PayoutTestKit;

class TestPayoutsPane : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsDueBalances();
    void dueOnlyAndSearch();
    void previewShowsTotalsAndWritesNothing();
    void previewSaysWhatIsHeld();
    void createBatchThroughTheDialog();
    void cancellingTheFileChoiceCreatesNothing();
    void exportAgainLeavesTheBatch();
    void markPaidAfterConfirming();
    void openSelectsThePartnersRows();

private:
    PayoutsPane *pane() const;
    QTableView *table(const QString &name) const;
    QAction *action(const QString &name) const;
    QStringList column(const QString &tableName, int column) const;
    void showPayouts();
    // Preview → Create Batch and Export… in `format`, to `path`, through the pane's dialogs.
    void createBatch(const QString &format, const QString &path);

    // A second connection to the same file: what the store really holds.
    QString m_chosenPath;
    QString m_chosenFormat;
};

void TestPayoutsPane::initTestCase()
{
    pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
    QLocale::setDefault(QLocale(u"en_US"_s)); // amounts are shown in the locale: "€1,234.50"
    isolateSettings();
}

// ANNA: 50.00 EUR due (2 orders) and 20.00 USD due; BEN 180.00 EUR due, 30.00 on hold; CARL
// 20.00 EUR of his 50.00 threshold. Built through the stores and an orders CSV import.
void TestPayoutsPane::init()
{
    QVERIFY(newBook());
    {
        Database setup;
        QVERIFY(setup.open(m_path));
        Books books;
        QVERIFY(setUpBooks(setup, books));
        OrderLine onHold = viaLink(u"B2"_s, u"BEN"_s, u"100.00"_s);
        onHold.placedAt = daysAgo(5);
        QVERIFY(
            importOrders(setup, m_dir->filePath(u"orders.csv"_s),
                         {viaLink(u"A1"_s, u"ANNA"_s, u"100.00"_s), viaLink(u"A2"_s, u"ANNA"_s, u"150.00"_s),
                          viaLink(u"U1"_s, u"ANNA"_s, u"100.00"_s, u"USD"_s), viaLink(u"B1"_s, u"BEN"_s, u"600.00"_s),
                          onHold, viaLink(u"C1"_s, u"CARL"_s, u"100.00"_s)}));
    }
    QVERIFY(openWindow());
    QVERIFY(openCheck());
    m_chosenPath.clear();
    m_chosenFormat.clear();
    // The file dialog's seam: answer with the path the test chose, in the format it chose (the
    // filters are PayPal's, then the CSV with every line).
    FileDialogs::setAnswerer([this](const FileDialogs::Question &question) {
        FileDialogs::Answer answer;
        if (question.suggested.isEmpty())
            return answer;
        if (!m_chosenFormat.isEmpty())
            answer.selectedFilter = question.filter.split(u";;"_s).value(m_chosenFormat == u"csv" ? 1 : 0);
        answer.paths = {m_chosenPath};
        return answer;
    });
}

void TestPayoutsPane::cleanup()
{
    closeBook();
}

PayoutsPane *TestPayoutsPane::pane() const
{
    return qobject_cast<PayoutsPane *>(m_window->pane(u"payouts"_s));
}

QTableView *TestPayoutsPane::table(const QString &name) const
{
    return child<QTableView>(m_window.get(), name);
}

QAction *TestPayoutsPane::action(const QString &name) const
{
    return child<QAction>(m_window.get(), name);
}

QStringList TestPayoutsPane::column(const QString &tableName, int column) const
{
    const QAbstractItemModel *model = table(tableName)->model();
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

void TestPayoutsPane::showPayouts()
{
    QVERIFY(m_window->showPane(u"payouts"_s));
    QCOMPARE(m_window->currentPaneId(), u"payouts"_s);
    QTRY_VERIFY(!pane()->isLoading());
    QTRY_COMPARE(table(u"payoutBalancesTable"_s)->model()->rowCount(), 4);
}

void TestPayoutsPane::createBatch(const QString &format, const QString &path)
{
    m_chosenPath = path;
    bool created = false;
    whenModal<PayoutPreviewDialog>([&](PayoutPreviewDialog *dialog) {
        auto *combo = child<QComboBox>(dialog, u"formatCombo"_s);
        combo->setCurrentIndex(combo->findData(format));
        auto *button = child<QPushButton>(dialog, u"createBatchButton"_s);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        created = true;
    });
    action(u"previewBatchAction"_s)->trigger();
    QVERIFY(created);
    QTRY_VERIFY(!pane()->isLoading());
}

void TestPayoutsPane::showsDueBalances()
{
    showPayouts();
    QCOMPARE(column(u"payoutBalancesTable"_s, PayoutBalanceModel::Partner),
             (QStringList{u"ANNA"_s, u"ANNA"_s, u"BEN"_s, u"CARL"_s}));
    QCOMPARE(column(u"payoutBalancesTable"_s, PayoutBalanceModel::Due),
             (QStringList{u"Due"_s, u"Due"_s, u"Due"_s, u""_s}));
    QCOMPARE(column(u"payoutBalancesTable"_s, PayoutBalanceModel::Progress),
             (QStringList{u"100 %"_s, u"100 %"_s, u"180 %"_s, u"40 %"_s}));
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(u"Partners due for a payout: 2 (3 balances)"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(child<QLabel>(m_window.get(), u"balancesLabel"_s)->text(), u"Balances: 4, of which 3 due"_s);

    // Due rows stand out; the progress column is a bar.
    QTableView *balances = table(u"payoutBalancesTable"_s);
    auto *bar = qobject_cast<ProgressBarDelegate *>(balances->itemDelegateForColumn(PayoutBalanceModel::Progress));
    QVERIFY(bar);
    auto *highlight = qobject_cast<RowHighlightDelegate *>(balances->itemDelegate());
    QVERIFY(highlight);
    QVERIFY(highlight->isHighlighted(balances->model()->index(2, PayoutBalanceModel::Name)));
    QVERIFY(!highlight->isHighlighted(balances->model()->index(3, PayoutBalanceModel::Name)));
    QCOMPARE(ProgressBarDelegate::barValue(0.4), 400);
    QCOMPARE(ProgressBarDelegate::barValue(1.8), ProgressBarDelegate::steps);
    QVERIFY(!balances->grab().isNull()); // paints the bars
    // Nothing to export or pay yet.
    QCOMPARE(table(u"batchesTable"_s)->model()->rowCount(), 0);
    QVERIFY(action(u"previewBatchAction"_s)->isEnabled());
    QVERIFY(!action(u"exportBatchAction"_s)->isEnabled());
    QVERIFY(!action(u"markPaidAction"_s)->isEnabled());
}

void TestPayoutsPane::dueOnlyAndSearch()
{
    showPayouts();
    QTest::mouseClick(child<QCheckBox>(m_window.get(), u"dueOnlyCheck"_s), Qt::LeftButton);
    QTRY_COMPARE(table(u"payoutBalancesTable"_s)->model()->rowCount(), 3);
    QCOMPARE(child<QLabel>(m_window.get(), u"balancesLabel"_s)->text(), u"Balances: 3 shown of 4, 3 due"_s);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"balanceSearchEdit"_s), u"ben@"_s);
    QTRY_COMPARE(column(u"payoutBalancesTable"_s, PayoutBalanceModel::Partner), QStringList{u"BEN"_s});
    QTest::mouseClick(child<QCheckBox>(m_window.get(), u"dueOnlyCheck"_s), Qt::LeftButton);
    replaceText(child<QLineEdit>(m_window.get(), u"balanceSearchEdit"_s), u"carl"_s);
    QTRY_COMPARE(column(u"payoutBalancesTable"_s, PayoutBalanceModel::Partner), QStringList{u"CARL"_s});

    // The last filters come back with the next window.
    m_window.reset();
    QVERIFY(openWindowHidden());
    m_window->show();
    QVERIFY(m_window->showPane(u"payouts"_s));
    QCOMPARE(child<QLineEdit>(m_window.get(), u"balanceSearchEdit"_s)->text(), u"carl"_s);
    QVERIFY(!child<QCheckBox>(m_window.get(), u"dueOnlyCheck"_s)->isChecked());
    QTRY_COMPARE(column(u"payoutBalancesTable"_s, PayoutBalanceModel::Partner), QStringList{u"CARL"_s});
}

void TestPayoutsPane::previewShowsTotalsAndWritesNothing()
{
    showPayouts();
    const QByteArray before = checksum(*m_check);
    bool seen = false;
    whenModal<PayoutPreviewDialog>([&](PayoutPreviewDialog *dialog) {
        seen = true;
        const QString totals = child<QLabel>(dialog, u"previewTotalsLabel"_s)->text();
        QVERIFY2(totals.contains(u"€230.00</b> to 2 partners (3 transactions)"_s), qPrintable(totals));
        QVERIFY2(totals.contains(u"$20.00</b> to 1 partners (1 transactions)"_s), qPrintable(totals));
        QVERIFY(child<QLabel>(dialog, u"previewSummaryLabel"_s)->text().contains(u"dry run"_s));
        QVERIFY(!dialog->findChild<QLabel *>(u"previewHeldLabel"_s)); // nothing is held
        auto *lines = child<QTableView>(dialog, u"previewLinesTable"_s);
        QCOMPARE(lines->model()->rowCount(), 3);
        QCOMPARE(lines->model()->index(2, PayoutLineModel::Amount).data().toString(), u"€180.00"_s);
        QCOMPARE(lines->model()->index(0, PayoutLineModel::Transactions).data().toString(), u"2"_s);
        clickDialogButton(dialog, QDialogButtonBox::Close);
    });
    // Ctrl+B from the balances, as the status bar says.
    table(u"payoutBalancesTable"_s)->setFocus();
    QTest::keyClick(table(u"payoutBalancesTable"_s), Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(seen);
    QCOMPARE(checksum(*m_check), before);
    QCOMPARE(table(u"batchesTable"_s)->model()->rowCount(), 0);
}

void TestPayoutsPane::previewSaysWhatIsHeld()
{
    // A fraud rule holds BEN's 600.00 EUR order (180.00 EUR commission): out of the batch, and said.
    QSqlQuery hold(m_check->connection());
    QVERIFY(hold.exec(u"UPDATE transactions SET hold = 'held', hold_rule = 'own_domain', hold_evidence = 'x', "
                      "status = 'pending' WHERE order_id = 'B1' AND superseded = 0"_s));
    QCOMPARE(hold.numRowsAffected(), 1);
    showPayouts();
    bool seen = false;
    whenModal<PayoutPreviewDialog>([&](PayoutPreviewDialog *dialog) {
        seen = true;
        auto *held = child<QLabel>(dialog, u"previewHeldLabel"_s);
        QVERIFY(held);
        QVERIFY2(held->text().contains(u"€180.00</b> in 1 transactions (Own domain: 1)"_s), qPrintable(held->text()));
        const QString totals = child<QLabel>(dialog, u"previewTotalsLabel"_s)->text();
        QVERIFY2(totals.contains(u"€50.00</b> to 1 partners (2 transactions)"_s), qPrintable(totals));
        clickDialogButton(dialog, QDialogButtonBox::Close);
    });
    action(u"previewBatchAction"_s)->trigger();
    QTRY_VERIFY(seen);
}

void TestPayoutsPane::createBatchThroughTheDialog()
{
    showPayouts();
    QSignalSpy booksChanged(pane(), &Pane::booksChanged);
    const QString path = m_dir->filePath(u"batch-1.csv"_s);
    createBatch(u"csv"_s, path);

    QTRY_COMPARE(table(u"batchesTable"_s)->model()->rowCount(), 1);
    QCOMPARE(pane()->batches()->selectedBatchId(), 1);
    QCOMPARE(booksChanged.size(), 1);
    QCOMPARE(m_window->undoStack()->count(), 0); // money that left is not undone
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Created payout batch 1"_s));
    QCOMPARE(column(u"batchesTable"_s, PayoutBatchListModel::Totals), QStringList{u"€230.00, $20.00"_s});
    QCOMPARE(column(u"batchesTable"_s, PayoutBatchListModel::Status), QStringList{u"Exported"_s});
    QCOMPARE(column(u"batchLinesTable"_s, PayoutLineModel::Partner), (QStringList{u"ANNA"_s, u"ANNA"_s, u"BEN"_s}));

    // The store holds exactly the batch, and the file is the batch in the chosen format.
    PayoutStore stored(*m_check);
    QCOMPARE(stored.batches().size(), 1);
    QCOMPARE(stored.batch(1)->format, u"csv"_s);
    QCOMPARE(count(*m_check, u"transactions"_s, u"payout_id = 1"_s), 4);
    QCOMPARE(readFile(path), "batch_id,affiliate_code,name,email,currency,amount,transactions\n"
                             "1,ANNA,ANNA Name,anna@example.com,EUR,50.00,2\n"
                             "1,ANNA,ANNA Name,anna@example.com,USD,20.00,1\n"
                             "1,BEN,BEN Name,ben@example.com,EUR,180.00,1\n"_ba);
    // Balances moved from approved to "in batch"; nobody is due any more.
    QTRY_COMPARE(column(u"payoutBalancesTable"_s, PayoutBalanceModel::InBatch),
                 (QStringList{u"€50.00"_s, u"$20.00"_s, u"€180.00"_s, u"€0.00"_s}));
    QCOMPARE(column(u"payoutBalancesTable"_s, PayoutBalanceModel::Due), (QStringList{u""_s, u""_s, u""_s, u""_s}));

    // A second preview has nothing to pay and cannot create an empty batch.
    bool empty = false;
    whenModal<PayoutPreviewDialog>([&empty](PayoutPreviewDialog *dialog) {
        QVERIFY(!child<QPushButton>(dialog, u"createBatchButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"previewSummaryLabel"_s)->text().contains(u"nothing to pay"_s));
        QCOMPARE(child<QTableView>(dialog, u"previewLinesTable"_s)->model()->rowCount(), 0);
        empty = true;
        clickDialogButton(dialog, QDialogButtonBox::Close);
    });
    action(u"previewBatchAction"_s)->trigger();
    QVERIFY(empty);
    QCOMPARE(PayoutStore(*m_check).batches().size(), 1);
}

void TestPayoutsPane::cancellingTheFileChoiceCreatesNothing()
{
    showPayouts();
    const QByteArray before = checksum(*m_check);
    QSignalSpy booksChanged(pane(), &Pane::booksChanged);
    createBatch(u"paypal"_s, QString()); // the file dialog answers "Cancel"
    QCOMPARE(checksum(*m_check), before);
    QCOMPARE(table(u"batchesTable"_s)->model()->rowCount(), 0);
    QCOMPARE(booksChanged.size(), 0);
}

void TestPayoutsPane::exportAgainLeavesTheBatch()
{
    showPayouts();
    createBatch(u"paypal"_s, m_dir->filePath(u"batch-1.paypal.csv"_s));
    QTRY_COMPARE(table(u"batchesTable"_s)->model()->rowCount(), 1);
    const QByteArray before = checksum(*m_check);

    m_chosenPath = m_dir->filePath(u"again.csv"_s);
    m_chosenFormat = u"csv"_s;
    QVERIFY(action(u"exportBatchAction"_s)->isEnabled());
    action(u"exportBatchAction"_s)->trigger();
    QVERIFY(readFile(m_chosenPath)
                .startsWith("batch_id,affiliate_code,name,email,currency,amount,transactions\n"
                            "1,ANNA,ANNA Name,anna@example.com,EUR,50.00,2\n"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"did not change"_s));
    QCOMPARE(checksum(*m_check), before);
    QCOMPARE(PayoutStore(*m_check).batch(1)->format, u"paypal"_s);
}

void TestPayoutsPane::markPaidAfterConfirming()
{
    showPayouts();
    createBatch(u"paypal"_s, m_dir->filePath(u"batch-1.csv"_s));
    QTRY_COMPARE(table(u"batchesTable"_s)->model()->rowCount(), 1);
    // CARL's commission approved after the export is not in the batch.
    {
        Database other;
        QVERIFY(other.open(m_path));
        QVERIFY(importOrders(other, m_dir->filePath(u"more.csv"_s), {viaLink(u"C2"_s, u"CARL"_s, u"400.00"_s)}));
    }
    QVERIFY(action(u"markPaidAction"_s)->isEnabled());

    // Cancelling the question changes nothing.
    const QByteArray before = checksum(*m_check);
    whenModal<QMessageBox>([](QMessageBox *box) {
        QCOMPARE(box->objectName(), u"markPaidQuestion"_s);
        box->reject();
    });
    action(u"markPaidAction"_s)->trigger();
    QCOMPARE(checksum(*m_check), before);

    QSignalSpy booksChanged(pane(), &Pane::booksChanged);
    QString question;
    whenModal<QMessageBox>([&question](QMessageBox *box) {
        question = box->text() + u'\n' + box->informativeText() + u'\n' + box->detailedText();
        QTest::mouseClick(child<QPushButton>(box, u"confirmMarkPaidButton"_s), Qt::LeftButton);
    });
    action(u"markPaidAction"_s)->trigger();
    QVERIFY2(question.contains(u"Mark payout batch 1 paid?"_s), qPrintable(question));
    QVERIFY2(question.contains(u"It pays 3 lines, 4 transactions: €230.00, $20.00."_s), qPrintable(question));
    QVERIFY2(question.contains(u"BEN (BEN Name): €180.00, 1 transactions"_s), qPrintable(question));

    QTRY_COMPARE(column(u"batchesTable"_s, PayoutBatchListModel::Status), QStringList{u"Paid"_s});
    QCOMPARE(booksChanged.size(), 1);
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(!action(u"markPaidAction"_s)->isEnabled());
    QCOMPARE(count(*m_check, u"transactions"_s, u"status = 'paid'"_s), 4);
    QCOMPARE(count(*m_check, u"transactions"_s, u"status = 'paid' AND (payout_id IS NULL OR payout_id <> 1)"_s), 0);
    QCOMPARE(count(*m_check, u"transactions"_s, u"order_id = 'C2' AND status = 'approved' AND payout_id IS NULL"_s), 1);
    QTRY_COMPARE(column(u"payoutBalancesTable"_s, PayoutBalanceModel::Paid),
                 (QStringList{u"€50.00"_s, u"$20.00"_s, u"€180.00"_s, u"€0.00"_s}));
    // CARL: 20.00 + 80.00 crossed his threshold after the batch: due for the next one.
    QCOMPARE(column(u"payoutBalancesTable"_s, PayoutBalanceModel::Due), (QStringList{u""_s, u""_s, u""_s, u"Due"_s}));
}

void TestPayoutsPane::openSelectsThePartnersRows()
{
    showPayouts();
    QTest::mouseClick(child<QCheckBox>(m_window.get(), u"dueOnlyCheck"_s), Qt::LeftButton);
    replaceText(child<QLineEdit>(m_window.get(), u"balanceSearchEdit"_s), u"ben"_s);
    QTRY_COMPARE(table(u"payoutBalancesTable"_s)->model()->rowCount(), 1);

    // Another pane asks for ANNA: the filters make way and both her balances are selected.
    QVERIFY(m_window->showPane(u"programs"_s));
    QVERIFY(m_window->showPane(u"payouts"_s, {{u"affiliate"_s, u"anna"_s}}));
    QTRY_COMPARE(table(u"payoutBalancesTable"_s)->selectionModel()->selectedRows().size(), 2);
    for (const QModelIndex &index : table(u"payoutBalancesTable"_s)->selectionModel()->selectedRows())
        QCOMPARE(index.siblingAtColumn(PayoutBalanceModel::Partner).data().toString(), u"ANNA"_s);
    QCOMPARE(table(u"payoutBalancesTable"_s)->model()->rowCount(), 4);
    QVERIFY(child<QLineEdit>(m_window.get(), u"balanceSearchEdit"_s)->text().isEmpty());
    QVERIFY(action(u"showPartnerTransactionsAction"_s)->isEnabled());

    // After a reload (the books changed elsewhere) the selection stays on her.
    m_window->reload();
    QTRY_VERIFY(!pane()->isLoading());
    QTRY_COMPARE(table(u"payoutBalancesTable"_s)->selectionModel()->selectedRows().size(), 2);
}

QTEST_MAIN(TestPayoutsPane)
#include "tst_payoutspane.moc"
