// A partner's own rates in the Partners pane on the real main window (offscreen, a real SQLite
// book): Set Rate… writes a row through RateStore (read back on a second connection), the Rates tab
// shows the history per program, a value that does not parse is said under its field and a
// refusal of the store (a date he has rates from already) under the form, with nothing written.

#include "guitestkit.h"
#include "itemmodels/partnerlistmodel.h"
#include "itemmodels/partnerratemodel.h"
#include "setratedialog.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/programstore.h"
#include "store/ratestore.h"
#include "storetestkit.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestPartnerRates : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void setARateAndSeeTheHistory();
    void refusalsAreShownInTheDialog();

private:
    void selectJane();
    void setRate(std::function<void(SetRateDialog *)> handle);
    static void choose(QComboBox *combo, const QString &text);
    static qint64 utc(int year, int month, int day)
    {
        return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    }

    qint64 m_program = 0;
    Affiliate m_jane;
};

void TestPartnerRates::initTestCase()
{
    StoreTestKit::pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
    isolateSettings();
}

void TestPartnerRates::init()
{
    QVERIFY(newBook());
    QVERIFY(openCheck());
    Program koongo;
    koongo.name = u"Koongo Partner"_s;
    koongo.storeHosts = {u"koongo.com"_s};
    m_program = *ProgramStore(*m_check).add(koongo);
    m_jane = *AffiliateStore(*m_check).add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    QVERIFY(ProgramStore(*m_check).join(m_jane.id, m_program));
    PartnerRateChange first;
    first.programId = m_program;
    first.affiliateId = m_jane.id;
    first.from = utc(2026, 1, 1);
    first.linkRateBp = 2500;
    QVERIFY(RateStore(*m_check).set(first));
    QVERIFY(openWindow());
    QVERIFY(m_window->showPane(u"partners"_s));
}

void TestPartnerRates::cleanup()
{
    closeBook();
}

void TestPartnerRates::choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

void TestPartnerRates::selectJane()
{
    auto *table = find<QTableView>(u"partnersTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    QTRY_VERIFY(find<QLabel>(u"partnerHeaderLabel"_s)->text().contains(u"JANE"_s));
}

void TestPartnerRates::setRate(std::function<void(SetRateDialog *)> handle)
{
    selectJane();
    QAction *action = find<QAction>(u"setRateAction"_s);
    QVERIFY(action->isEnabled());
    bool handled = false;
    whenModal<SetRateDialog>([&](SetRateDialog *dialog) {
        handle(dialog);
        handled = true;
    });
    action->trigger();
    QVERIFY(handled);
}

void TestPartnerRates::setARateAndSeeTheHistory()
{
    setRate([](SetRateDialog *dialog) {
        QCOMPARE(child<QComboBox>(dialog, u"programCombo"_s)->currentText(), u"Koongo Partner"_s);
        child<QDateEdit>(dialog, u"fromEdit"_s)->setDate(QDate(2026, 3, 1));
        choose(child<QComboBox>(dialog, u"couponModeCombo"_s), u"Flat amount per order"_s);
        replaceText(child<QLineEdit>(dialog, u"couponValueEdit"_s), u"5.50"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    const QList<PartnerRate> history = RateStore(*m_check).history(m_jane.id, m_program);
    QCOMPARE(history.size(), 2);
    const PartnerRate &latest = history.last();
    QCOMPARE(latest.effectiveFrom, utc(2026, 3, 1));
    QCOMPARE(latest.couponAmountMinor, std::optional<qint64>(550));
    // The link part not given is copied from the row in force before.
    QCOMPARE(latest.linkRateBp, std::optional<int>(2500));
    QCOMPARE(latest.createdBy, u"manager"_s);

    auto *rates = find<QTableView>(u"ratesTable"_s);
    QTRY_COMPARE(rates->model()->rowCount(), 2);
    QCOMPARE(find<QTabWidget>(u"partnerTabs"_s)->currentWidget(), rates);
    QCOMPARE(rates->model()->index(0, PartnerRateModel::From).data().toString(), u"2026-01-01 00:00"_s);
    QCOMPARE(rates->model()->index(0, PartnerRateModel::Link).data().toString(), u"25 %"_s);
    QCOMPARE(rates->model()->index(0, PartnerRateModel::Coupon).data().toString(), u"program's or tier's"_s);
    QCOMPARE(rates->model()->index(1, PartnerRateModel::From).data().toString(), u"2026-03-01 00:00"_s);
    QVERIFY2(rates->model()->index(1, PartnerRateModel::Coupon).data().toString().contains(u"5.50"_s),
             qPrintable(rates->model()->index(1, PartnerRateModel::Coupon).data().toString()));
}

void TestPartnerRates::refusalsAreShownInTheDialog()
{
    setRate([](SetRateDialog *dialog) {
        QPushButton *ok = child<QPushButton>(dialog, u"okButton"_s);
        choose(child<QComboBox>(dialog, u"linkModeCombo"_s), u"Percentage"_s);
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        replaceText(child<QLineEdit>(dialog, u"linkValueEdit"_s), u"130"_s);
        QVERIFY(!child<QLabel>(dialog, u"linkReason"_s)->text().isEmpty());
        QVERIFY(!ok->isEnabled());
        replaceText(child<QLineEdit>(dialog, u"linkValueEdit"_s), u"30"_s);
        QCOMPARE(child<QLabel>(dialog, u"linkReason"_s)->text(), QString());
        // He has rates from 2026-01-01 already: the store refuses, the dialog stays open and says why.
        child<QDateEdit>(dialog, u"fromEdit"_s)->setDate(QDate(2026, 1, 1));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->writtenId(), 0);
        QVERIFY2(child<QLabel>(dialog, u"errorLabel"_s)->text().contains(u"choose another date"_s),
                 qPrintable(child<QLabel>(dialog, u"errorLabel"_s)->text()));
        dialog->reject();
    });
    QCOMPARE(RateStore(*m_check).history(m_jane.id, m_program).size(), 1);
}

QTEST_MAIN(TestPartnerRates)
#include "tst_partnerrates.moc"
