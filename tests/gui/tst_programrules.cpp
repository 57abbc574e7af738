// The program dialog's Commission Rules tab on the real main window (offscreen, a real SQLite
// book): lifetime customers, the fraud rules' switches and thresholds and the monthly tiers, saved
// through ProgramStore and TierStore (read back on a second connection), refused while a tier is
// wrong, and the tiers' edit undone and redone from Edit.

#include "guitestkit.h"
#include "programdialog.h"
#include "store/database.h"
#include "store/programstore.h"
#include "store/tierstore.h"
#include "storetestkit.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestProgramRules : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsWhatIsStored();
    void savesLifetimeFraudAndTiers();
    void aWrongTierKeepsOkDisabled();

private:
    void editProgram(std::function<void(ProgramDialog *)> handle);
    static void setCell(QTableWidget *table, int row, int column, const QString &text);

    qint64 m_program = 0;
};

void TestProgramRules::initTestCase()
{
    StoreTestKit::pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
    isolateSettings();
}

void TestProgramRules::init()
{
    QVERIFY(newBook());
    QVERIFY(openCheck());
    Program koongo;
    koongo.name = u"Koongo Partner"_s;
    koongo.storeHosts = {u"koongo.com"_s};
    m_program = *ProgramStore(*m_check).add(koongo);
    QVERIFY(TierStore(*m_check).add(m_program, 10, 2500, std::nullopt));
    QVERIFY(openWindow());
    QVERIFY(m_window->showPane(u"programs"_s));
}

void TestProgramRules::cleanup()
{
    closeBook();
}

void TestProgramRules::setCell(QTableWidget *table, int row, int column, const QString &text)
{
    QTableWidgetItem *item = table->item(row, column);
    QVERIFY(item);
    item->setText(text);
}

void TestProgramRules::editProgram(std::function<void(ProgramDialog *)> handle)
{
    auto *table = find<QTableView>(u"programsTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    QTRY_COMPARE(table->selectionModel()->selectedRows().size(), 1);
    bool handled = false;
    whenModal<ProgramDialog>([&](ProgramDialog *dialog) {
        handle(dialog);
        handled = true;
    });
    find<QAction>(u"editProgramAction"_s)->trigger();
    QVERIFY(handled);
}

void TestProgramRules::showsWhatIsStored()
{
    Program stored = *ProgramStore(*m_check).byId(m_program);
    stored.lifetimeDays = 90;
    stored.fraud.leakedCoupon = false;
    stored.fraud.cancelShareBp = 3000;
    QVERIFY(ProgramStore(*m_check).update(stored));
    m_window->reload();
    editProgram([](ProgramDialog *dialog) {
        QCOMPARE(child<QSpinBox>(dialog, u"lifetimeSpin"_s)->value(), 90);
        QVERIFY(child<QCheckBox>(dialog, u"fraudOwnDomainCheck"_s)->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, u"fraudLeakedCouponCheck"_s)->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, u"fraudSharedCustomersSpin"_s)->text(), u"Off"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"fraudCancelShareEdit"_s)->text(), u"30"_s);
        QVERIFY(!child<QCheckBox>(dialog, u"fraudNoVisitCheck"_s)->isChecked());
        auto *tiers = child<QTableWidget>(dialog, u"tierTable"_s);
        QCOMPARE(tiers->rowCount(), 1);
        QCOMPARE(tiers->item(0, 0)->text(), u"10"_s);
        QCOMPARE(tiers->item(0, 1)->text(), u"25"_s);
        QCOMPARE(tiers->item(0, 2)->text(), QString());
        QVERIFY(!dialog->tiersChanged());
        // With PARTNERDESK_SCREENSHOT_DIR set (scripts/screenshots.sh): docs/screenshot-program-rules.png.
        if (const QString shots = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
            auto *tabs = child<QTabWidget>(dialog, u"programTabs"_s);
            tabs->setCurrentIndex(1);
            QTest::mouseClick(child<QToolButton>(dialog, u"addTierButton"_s), Qt::LeftButton);
            tiers->item(1, 1)->setText(u"30"_s);
            tiers->item(1, 2)->setText(u"15"_s);
            QTest::qWait(50);
            QVERIFY(dialog->grab().save(shots + u"/screenshot-program-rules.png"_s));
        }
        dialog->reject();
    });
}

void TestProgramRules::savesLifetimeFraudAndTiers()
{
    editProgram([](ProgramDialog *dialog) {
        replaceValue(child<QSpinBox>(dialog, u"lifetimeSpin"_s), 365);
        child<QCheckBox>(dialog, u"fraudLeakedCouponCheck"_s)->setChecked(false);
        replaceValue(child<QSpinBox>(dialog, u"fraudSharedCustomersSpin"_s), 3);
        replaceText(child<QLineEdit>(dialog, u"fraudCancelShareEdit"_s), u"25"_s);
        child<QCheckBox>(dialog, u"fraudNoVisitCheck"_s)->setChecked(true);
        auto *tiers = child<QTableWidget>(dialog, u"tierTable"_s);
        QTest::mouseClick(child<QToolButton>(dialog, u"addTierButton"_s), Qt::LeftButton);
        QCOMPARE(tiers->rowCount(), 2);
        setCell(tiers, 1, 0, u"50"_s);
        setCell(tiers, 1, 1, u"30"_s);
        setCell(tiers, 1, 2, u"15"_s);
        setCell(tiers, 0, 1, u"22.5"_s);
        QVERIFY(dialog->tiersChanged());
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    const Program saved = *ProgramStore(*m_check).byId(m_program);
    QCOMPARE(saved.lifetimeDays, 365);
    QVERIFY(saved.fraud.ownDomain);
    QVERIFY(!saved.fraud.leakedCoupon);
    QCOMPARE(saved.fraud.sharedCustomers, 3);
    QCOMPARE(saved.fraud.cancelShareBp, 2500);
    QVERIFY(saved.fraud.noVisit);
    QList<Tier> tiers = TierStore(*m_check).list(m_program);
    QCOMPARE(tiers.size(), 2);
    QCOMPARE(tiers.at(0).minOrders, 10);
    QCOMPARE(tiers.at(0).linkRateBp, 2250);
    QCOMPARE(tiers.at(0).couponRateBp, std::nullopt);
    QCOMPARE(tiers.at(1).minOrders, 50);
    QCOMPARE(tiers.at(1).linkRateBp, 3000);
    QCOMPARE(tiers.at(1).couponRateBp, std::optional<int>(1500));

    // The tiers are one step on Edit's undo stack, the program's settings the one before.
    QAction *undo = find<QAction>(u"undoAction"_s);
    QCOMPARE(undo->text(), u"&Undo Edit the tiers of program Koongo Partner"_s);
    undo->trigger();
    tiers = TierStore(*m_check).list(m_program);
    QCOMPARE(tiers.size(), 1);
    QCOMPARE(tiers.at(0).linkRateBp, 2500);
    QCOMPARE(ProgramStore(*m_check).byId(m_program)->lifetimeDays, 365);
    undo->trigger();
    QCOMPARE(ProgramStore(*m_check).byId(m_program)->lifetimeDays, 0);
    QVERIFY(ProgramStore(*m_check).byId(m_program)->fraud.leakedCoupon);
    find<QAction>(u"redoAction"_s)->trigger();
    find<QAction>(u"redoAction"_s)->trigger();
    QCOMPARE(TierStore(*m_check).list(m_program).size(), 2);
    QCOMPARE(ProgramStore(*m_check).byId(m_program)->lifetimeDays, 365);
}

void TestProgramRules::aWrongTierKeepsOkDisabled()
{
    editProgram([](ProgramDialog *dialog) {
        auto *tiers = child<QTableWidget>(dialog, u"tierTable"_s);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(child<QToolButton>(dialog, u"addTierButton"_s), Qt::LeftButton);
        setCell(tiers, 1, 0, u"10"_s);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog->errorText(), u"Two tiers start at 10 orders."_s);
        setCell(tiers, 1, 0, u"0"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->errorText().startsWith(u"Tier 2: "_s));
        setCell(tiers, 1, 0, u"20"_s);
        setCell(tiers, 1, 1, u"120"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->errorText().startsWith(u"Tier 2, link rate: "_s));
        setCell(tiers, 1, 1, u"30"_s);
        QVERIFY(ok->isEnabled());
        // Removing it again leaves the tiers as they were.
        tiers->setCurrentCell(1, 0);
        QTest::mouseClick(child<QToolButton>(dialog, u"removeTierButton"_s), Qt::LeftButton);
        QCOMPARE(tiers->rowCount(), 1);
        QVERIFY(!dialog->tiersChanged());
        replaceText(child<QLineEdit>(dialog, u"fraudCancelShareEdit"_s), u"abc"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->errorText().startsWith(u"Cancelled share: "_s));
        dialog->reject();
    });
    QCOMPARE(TierStore(*m_check).list(m_program).size(), 1);
}

QTEST_MAIN(TestProgramRules)
#include "tst_programrules.moc"
