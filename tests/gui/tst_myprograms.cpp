#include "core/money.h"
#include "guitestkit.h"
#include "mainwindow.h"
#include "myprogramswidget.h"
#include "packagepane.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

namespace {

const QString noMembership = u"You have no affiliate coupon code. Please join to a program to get coupon code"_s;

} // namespace

class TestMyPrograms : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsActiveProgramsWithRates();
    void partnerWithoutMembershipSeesTheSentence();
    void joiningAfterConfirmationMakesPrimaryMember();
    void answeringNoWritesNothing();
    void memberCannotJoinTwice();
    void noPartnerDisablesTheTab();

private:
    void showPartner(const QString &code);
    int rowOf(const QString &programName) const;
    QString cellText(int row, int column) const;
    void selectProgram(const QString &programName);

    qint64 m_koongo = 0;
    qint64 m_shop = 0;
    qint64 m_closed = 0;
    Affiliate m_jane;
    Affiliate m_loner;
};

void TestMyPrograms::initTestCase()
{
    StoreTestKit::pinNow();
    isolateSettings();
}

void TestMyPrograms::init()
{
    QVERIFY(newBook());
    QVERIFY(openWindow());
    QVERIFY(openCheck());

    ProgramStore programs(*m_check);
    Program koongo;
    koongo.name = u"Koongo Partner"_s;
    koongo.storeHosts = {u"koongo.com"_s};
    koongo.linkRate = Rate::fromBasisPoints(2500);
    koongo.couponRate = Rate::fromBasisPoints(1200);
    koongo.couponDiscount = Rate::fromBasisPoints(1500);
    koongo.thresholdMinor = 7500;
    m_koongo = *programs.add(koongo);
    Program shop;
    shop.name = u"Shop Feeds"_s;
    shop.storeHosts = {u"shopfeeds.example"_s};
    m_shop = *programs.add(shop);
    Program closed;
    closed.name = u"Closed Program"_s;
    closed.storeHosts = {u"closed.example"_s};
    m_closed = *programs.add(closed);
    QVERIFY(programs.setActive(m_closed, false));

    AffiliateStore affiliates(*m_check);
    m_jane = *affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    QVERIFY(programs.join(m_jane.id, m_koongo));
    m_loner = *affiliates.add(u"Lone Wolf"_s, u"lone@example.net"_s, u"LONER"_s);
}

void TestMyPrograms::cleanup()
{
    closeBook();
}

void TestMyPrograms::showPartner(const QString &code)
{
    QVERIFY(m_window->showPane(u"package"_s));
    auto *pane = qobject_cast<PackagePane *>(m_window->pane(u"package"_s));
    QVERIFY(pane);
    pane->setPartner(code);
    QTRY_VERIFY(find<QLabel>(u"packageHeading"_s)->text().contains(code));
    auto *tabs = find<QTabWidget>(u"packageTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentWidget(find<QWidget>(u"MyProgramsWidget"_s));
    QTRY_VERIFY(find<QWidget>(u"MyProgramsWidget"_s)->isVisible());
}

int TestMyPrograms::rowOf(const QString &programName) const
{
    const QAbstractItemModel *model = find<QTableView>(u"myProgramsTable"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MyProgramsWidget::Name).data().toString() == programName)
            return row;
    }
    return -1;
}

QString TestMyPrograms::cellText(int row, int column) const
{
    return find<QTableView>(u"myProgramsTable"_s)->model()->index(row, column).data().toString();
}

void TestMyPrograms::selectProgram(const QString &programName)
{
    auto *table = find<QTableView>(u"myProgramsTable"_s);
    const int row = rowOf(programName);
    QVERIFY(row >= 0);
    const QRect cell = table->visualRect(table->model()->index(row, MyProgramsWidget::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(table->selectionModel()->selectedRows().value(0).row(), row);
}

void TestMyPrograms::listsActiveProgramsWithRates()
{
    showPartner(m_jane.code);
    auto *table = find<QTableView>(u"myProgramsTable"_s);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 2); // the inactive program is not offered
    QCOMPARE(rowOf(u"Closed Program"_s), -1);
    const int koongo = rowOf(u"Koongo Partner"_s);
    QVERIFY(koongo >= 0);
    const Program stored = *ProgramStore(*m_check).byId(m_koongo);
    QVERIFY(cellText(koongo, MyProgramsWidget::LinkRate).contains(stored.linkRate.toPercentString()));
    QVERIFY(cellText(koongo, MyProgramsWidget::CouponRate).contains(stored.couponRate.toPercentString()));
    QVERIFY(cellText(koongo, MyProgramsWidget::CustomerDiscount).contains(stored.couponDiscount.toPercentString()));
    QVERIFY(cellText(koongo, MyProgramsWidget::Threshold)
                .contains(Money(stored.thresholdMinor, stored.currency).toDisplayString()));
    QVERIFY(cellText(koongo, MyProgramsWidget::Membership).contains(u"primary"_s));
    QVERIFY(!cellText(rowOf(u"Shop Feeds"_s), MyProgramsWidget::Membership).contains(u"primary"_s));
    // Jane is a member: no sentence.
    QVERIFY(!find<QLabel>(u"myProgramsNoMembership"_s)->isVisible());
}

void TestMyPrograms::partnerWithoutMembershipSeesTheSentence()
{
    showPartner(m_loner.code);
    auto *label = find<QLabel>(u"myProgramsNoMembership"_s);
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), noMembership);
    QVERIFY(!find<QPushButton>(u"joinProgramButton"_s)->isEnabled()); // nothing selected yet
}

void TestMyPrograms::joiningAfterConfirmationMakesPrimaryMember()
{
    showPartner(m_loner.code);
    const QString before = cellText(rowOf(u"Shop Feeds"_s), MyProgramsWidget::Membership);
    selectProgram(u"Shop Feeds"_s);
    auto *join = find<QPushButton>(u"joinProgramButton"_s);
    QVERIFY(join->isEnabled());

    QString question;
    whenModal<QMessageBox>([&question](QMessageBox *box) {
        QCOMPARE(box->objectName(), u"joinConfirmation"_s);
        question = box->text();
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(join, Qt::LeftButton);
    QVERIFY(question.contains(u"Shop Feeds"_s));
    QVERIFY(question.contains(u"%"_s));

    const QList<Membership> memberships = ProgramStore(*m_check).membershipsOf(m_loner.id);
    QCOMPARE(memberships.size(), 1);
    QCOMPARE(memberships.first().programId, m_shop);
    QVERIFY(memberships.first().active);
    QVERIFY(memberships.first().primary);

    QTRY_VERIFY(!find<QLabel>(u"myProgramsNoMembership"_s)->isVisible());
    const QString after = cellText(rowOf(u"Shop Feeds"_s), MyProgramsWidget::Membership);
    QVERIFY(after != before);
    QVERIFY(after.contains(u"primary"_s));
    QVERIFY(!find<QLabel>(u"myProgramsStatus"_s)->text().isEmpty());
    QVERIFY(!join->isEnabled()); // he is a member now

    // The second program joined is not primary.
    selectProgram(u"Koongo Partner"_s);
    QVERIFY(join->isEnabled());
    whenModal<QMessageBox>([](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    QTest::mouseClick(join, Qt::LeftButton);
    const QList<Membership> both = ProgramStore(*m_check).membershipsOf(m_loner.id);
    QCOMPARE(both.size(), 2);
    for (const Membership &m : both)
        QCOMPARE(m.primary, m.programId == m_shop);
    QVERIFY(!cellText(rowOf(u"Koongo Partner"_s), MyProgramsWidget::Membership).contains(u"primary"_s));
}

void TestMyPrograms::answeringNoWritesNothing()
{
    showPartner(m_loner.code);
    selectProgram(u"Koongo Partner"_s);
    bool asked = false;
    whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->objectName() == u"joinConfirmation"_s;
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>(u"joinProgramButton"_s), Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(ProgramStore(*m_check).membershipsOf(m_loner.id).isEmpty());
    QVERIFY(find<QLabel>(u"myProgramsNoMembership"_s)->isVisible());
    QCOMPARE(find<QLabel>(u"myProgramsNoMembership"_s)->text(), noMembership);
    QVERIFY(find<QPushButton>(u"joinProgramButton"_s)->isEnabled());
}

void TestMyPrograms::memberCannotJoinTwice()
{
    showPartner(m_jane.code);
    selectProgram(u"Koongo Partner"_s);
    QVERIFY(!find<QPushButton>(u"joinProgramButton"_s)->isEnabled());
    selectProgram(u"Shop Feeds"_s);
    QVERIFY(find<QPushButton>(u"joinProgramButton"_s)->isEnabled());
}

void TestMyPrograms::noPartnerDisablesTheTab()
{
    QVERIFY(m_window->pane(u"package"_s)); // built the first time it is needed (issue #16)
    auto *widget = find<MyProgramsWidget>(u"MyProgramsWidget"_s);
    QVERIFY(widget);
    widget->setPartner(std::nullopt);
    QVERIFY(!find<QTableView>(u"myProgramsTable"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(u"joinProgramButton"_s)->isEnabled());
    QCOMPARE(find<QTableView>(u"myProgramsTable"_s)->model()->rowCount(), 0);
    QVERIFY(!find<QLabel>(u"myProgramsPartnerHint"_s)->text().isEmpty());
    QVERIFY(!find<QLabel>(u"myProgramsNoMembership"_s)->isVisibleTo(widget));
}

QTEST_MAIN(TestMyPrograms)
#include "tst_myprograms.moc"
