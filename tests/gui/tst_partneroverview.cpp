// A partner's window opens on his overview: his tracked link and coupon (each copied by its
// button), this month's orders and commission, his balance against the payout threshold, and
// his latest transactions, money written in the user's locale; the package one click away; and
// nothing of another partner. Also: every icon the navigation and the panes' actions name shows
// when the desktop has no icon theme (the bundled fallbacks).

#include "guitestkit.h"
#include "import/orderimporter.h"
#include "mainwindow.h"
#include "pane.h"
#include "partneroverviewwidget.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/programstore.h"
#include "storetestkit.h"
#include "themeicon.h"

#include <QAction>
#include <QClipboard>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestPartnerOverview : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnHisOverview();
    void copiesHisLinkAndCoupon();
    void showsThisMonthAndHisBalanceInTheLocale();
    void showsHisLatestTransactionsNewestFirst();
    void showsHisOrdersPerCampaign();
    void packageIsOneClickAway();
    void followsTheUsersLocale();
    void keepsCurrenciesApart();
    void newOrdersShowAfterReload();
    void partnerWithoutProgramsIsToldWhatToDo();
    void everyIconHasABundledFallback();

private:
    void importOrders(const QList<StoreTestKit::OrderLine> &lines, const QString &name);
    void openAs(const QString &code);
    PartnerOverviewWidget *overview() const;
    QString overviewText() const;
};

void TestPartnerOverview::initTestCase()
{
    StoreTestKit::pinNow(); // 2026-06-01T00:00:00Z: "this month" is June 2026
    isolateSettings();
}

void TestPartnerOverview::init()
{
    QLocale::setDefault(QLocale(u"en_US"_s));
    QVERIFY(newBook(u"books.sqlite"_s));
    QVERIFY(openCheck());

    ProgramStore programs(*m_check);
    Program koongo;
    koongo.name = u"Koongo Partner"_s;
    koongo.storeHosts = {u"koongo.com"_s};
    koongo.holdDays = 0;                 // approved when the window opens
    koongo.thresholdMinor = 100'000'000; // EUR 1,000,000.00
    const qint64 program = *programs.add(koongo);
    AffiliateStore affiliates(*m_check);
    const Affiliate jane = *affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    const Affiliate rival = *affiliates.add(u"Rival Marketing"_s, u"rival@rival.example"_s, u"RIVAL"_s);
    QVERIFY(affiliates.add(u"Newcomer"_s, u"new@comer.example"_s, u"NEW"_s));
    for (const Affiliate &partner : {jane, rival})
        QVERIFY(programs.join(partner.id, program));
    QVERIFY(affiliates.createCoupon(jane.id, program, u"JANE10"_s));
    QVERIFY(affiliates.createCoupon(rival.id, program, u"RIVAL10"_s));

    // Jane: a big link order this month (20 %: 246,913.56 commission) and a coupon order in May
    // (10 %: 10.00). The rival: an order this month that must not count for her.
    StoreTestKit::OrderLine big;
    big.orderId = u"J-BIG-1"_s;
    big.placedAt = StoreTestKit::daysAgo(0);
    big.subtotal = u"1234567.80"_s;
    big.landingUrl = u"https://koongo.com/pricing?acc=JANE"_s;
    StoreTestKit::OrderLine may;
    may.orderId = u"J-MAY-1"_s;
    may.placedAt = StoreTestKit::daysAgo(10);
    may.coupon = u"JANE10"_s;
    StoreTestKit::OrderLine rivals;
    rivals.orderId = u"R-SECRET-1"_s;
    rivals.placedAt = StoreTestKit::daysAgo(0);
    rivals.subtotal = u"999.00"_s;
    rivals.coupon = u"RIVAL10"_s;
    importOrders({big, may, rivals}, u"orders.csv"_s);
}

void TestPartnerOverview::showsHisOrdersPerCampaign()
{
    StoreTestKit::OrderLine tagged;
    tagged.orderId = u"J-SPRING-1"_s;
    tagged.placedAt = StoreTestKit::daysAgo(3);
    tagged.landingUrl = u"https://koongo.com/pricing?acc=JANE&acc_campaign=spring-post"_s;
    importOrders({tagged}, u"tagged.csv"_s);
    openAs(u"JANE"_s);
    auto *campaigns = find<QTableWidget>(u"overviewCampaigns"_s);
    QTRY_VERIFY(campaigns->isVisible());
    QCOMPARE(campaigns->rowCount(), 2);
    QCOMPARE(campaigns->item(0, 0)->text(), u"(none)"_s);
    QCOMPARE(campaigns->item(0, 1)->text(), u"2"_s);
    QCOMPARE(campaigns->item(1, 0)->text(), u"spring-post"_s);
    QCOMPARE(campaigns->item(1, 1)->text(), u"1"_s);
    QCOMPARE(campaigns->item(1, 2)->text(), u"€20.00"_s); // 20 % of 100.00
    // The rival's orders are not his.
    for (int row = 0; row < campaigns->rowCount(); ++row)
        QVERIFY(!campaigns->item(row, 2)->text().contains(u"99.90"_s));
}

void TestPartnerOverview::cleanup()
{
    closeBook();
    QLocale::setDefault(QLocale(u"en_US"_s));
}

void TestPartnerOverview::importOrders(const QList<StoreTestKit::OrderLine> &lines, const QString &name)
{
    const QString csv = m_dir->filePath(name);
    QVERIFY(StoreTestKit::writeFile(csv, StoreTestKit::ordersCsv(lines)));
    QCOMPARE(OrderImporter(*m_check).importFile(csv).imported, lines.size());
}

void TestPartnerOverview::openAs(const QString &code)
{
    QVERIFY(openPartnerWindow(code));
}

PartnerOverviewWidget *TestPartnerOverview::overview() const
{
    return qobject_cast<PartnerOverviewWidget *>(m_window->pane(u"overview"_s));
}

// What the overview shows: its labels, editors, bars and the latest transactions' cells.
QString TestPartnerOverview::overviewText() const
{
    QString text;
    for (const QLabel *label : overview()->findChildren<QLabel *>())
        text += label->text() + u'\n';
    for (const QLineEdit *edit : overview()->findChildren<QLineEdit *>())
        text += edit->text() + u'\n';
    for (const QProgressBar *bar : overview()->findChildren<QProgressBar *>())
        text += bar->text() + u'\n';
    for (const QGroupBox *box : overview()->findChildren<QGroupBox *>())
        text += box->title() + u'\n';
    const auto *latest = child<QTableWidget>(overview(), u"overviewLatest"_s);
    for (int row = 0; latest && row < latest->rowCount(); ++row) {
        for (int column = 0; column < latest->columnCount(); ++column)
            text += latest->item(row, column)->text() + u'\n';
    }
    return text;
}

void TestPartnerOverview::opensOnHisOverview()
{
    openAs(u"JANE"_s);
    QCOMPARE(m_window->shownPaneIds().value(0), u"overview"_s);
    QCOMPARE(m_window->currentPaneId(), u"overview"_s);
    QVERIFY(overview());
    QVERIFY(overview()->isVisible());
    auto *navigation = child<QListWidget>(m_window.get(), u"navigation"_s);
    QCOMPARE(navigation->currentRow(), 0);

    // Looking at another pane does not change where his window opens next time.
    QVERIFY(m_window->showPane(u"transactions"_s));
    m_window.reset();
    openAs(u"JANE"_s);
    QCOMPARE(m_window->currentPaneId(), u"overview"_s);
    // A manager's window has no overview.
    QVERIFY(!MainWindow::paneIds().contains(u"overview"_s));
}

void TestPartnerOverview::copiesHisLinkAndCoupon()
{
    openAs(u"JANE"_s);
    auto *link = child<QLineEdit>(overview(), u"overviewLink"_s);
    QVERIFY(link);
    QCOMPARE(link->text(), u"https://koongo.com/?acc=JANE"_s);
    QApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(overview(), u"overviewCopyLinkButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"https://koongo.com/?acc=JANE"_s);

    QCOMPARE(child<QLineEdit>(overview(), u"overviewCoupon"_s)->text(), u"JANE10"_s);
    QTest::mouseClick(child<QPushButton>(overview(), u"overviewCopyCouponButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"JANE10"_s);
}

void TestPartnerOverview::showsThisMonthAndHisBalanceInTheLocale()
{
    openAs(u"JANE"_s);
    auto *month = child<QGroupBox>(overview(), u"overviewMonthBox"_s);
    QVERIFY(month);
    QVERIFY2(month->title().contains(u"June 2026"_s), qPrintable(month->title()));
    const QString thisMonth = child<QLabel>(overview(), u"overviewMonth"_s)->text();
    // One order this month (May's does not count, nor the rival's), its commission with grouping.
    QVERIFY2(thisMonth.contains(u"<b>1</b>"_s), qPrintable(thisMonth));
    QVERIFY2(thisMonth.contains(u"<b>€246,913.56</b>"_s), qPrintable(thisMonth));

    // Approved: 246,913.56 + 10.00 of the 1,000,000.00 threshold.
    auto *bar = child<QProgressBar>(overview(), u"overviewThresholdBar_EUR"_s);
    QVERIFY(bar);
    QCOMPARE(bar->value(), 246); // per mille
    QCOMPARE(bar->text(), u"€246,923.56 of €1,000,000.00"_s);
    const QString rest = child<QLabel>(overview(), u"overviewBalanceText_EUR"_s)->text();
    QVERIFY2(rest.contains(u"€753,076.44 more"_s), qPrintable(rest));

    const QString all = overviewText();
    for (const QString &rival : {u"RIVAL"_s, u"R-SECRET"_s, u"999"_s, u"199.80"_s})
        QVERIFY2(!all.contains(rival, Qt::CaseInsensitive), qPrintable(rival));
}

void TestPartnerOverview::showsHisLatestTransactionsNewestFirst()
{
    openAs(u"JANE"_s);
    auto *latest = child<QTableWidget>(overview(), u"overviewLatest"_s);
    QVERIFY(latest);
    QCOMPARE(latest->rowCount(), 2);
    QCOMPARE(latest->item(0, 1)->text(), u"J-BIG-1"_s);
    QCOMPARE(latest->item(0, 0)->text(), u"2026-06-01"_s);
    QCOMPARE(latest->item(0, 3)->text(), u"€246,913.56"_s);
    QCOMPARE(latest->item(1, 1)->text(), u"J-MAY-1"_s);
    QCOMPARE(latest->item(1, 3)->text(), u"€10.00"_s);
    QVERIFY(!child<QLabel>(overview(), u"overviewLatestNone"_s)->isVisible());
}

void TestPartnerOverview::packageIsOneClickAway()
{
    openAs(u"JANE"_s);
    QTest::mouseClick(child<QPushButton>(overview(), u"overviewPackageButton"_s), Qt::LeftButton);
    QCOMPARE(m_window->currentPaneId(), u"package"_s);
    QVERIFY(m_window->pane(u"package"_s)->isVisible());
    QVERIFY(m_window->showPane(u"overview"_s));
    QTest::mouseClick(child<QPushButton>(overview(), u"overviewBalanceButton"_s), Qt::LeftButton);
    QCOMPARE(m_window->currentPaneId(), u"balance"_s);
    QVERIFY(m_window->showPane(u"overview"_s));
    QTest::mouseClick(child<QPushButton>(overview(), u"overviewTransactionsButton"_s), Qt::LeftButton);
    QCOMPARE(m_window->currentPaneId(), u"transactions"_s);
}

void TestPartnerOverview::followsTheUsersLocale()
{
    QLocale::setDefault(QLocale(u"cs_CZ"_s));
    openAs(u"JANE"_s);
    const QString thisMonth = child<QLabel>(overview(), u"overviewMonth"_s)->text();
    QVERIFY2(thisMonth.contains(u"246\u00a0913,56\u00a0€"_s), qPrintable(thisMonth));
    QCOMPARE(child<QTableWidget>(overview(), u"overviewLatest"_s)->item(1, 3)->text(), u"10,00\u00a0€"_s);
}

void TestPartnerOverview::keepsCurrenciesApart()
{
    ProgramStore programs(*m_check);
    Program us;
    us.name = u"Koongo US"_s;
    us.currency = u"USD"_s;
    us.storeHosts = {u"koongo.us"_s};
    us.holdDays = 0;
    us.thresholdMinor = 10000; // $100.00
    const qint64 program = *programs.add(us);
    QVERIFY(programs.join(AffiliateStore(*m_check).byCode(u"JANE"_s)->id, program));
    StoreTestKit::OrderLine dollars;
    dollars.orderId = u"J-USD-1"_s;
    dollars.placedAt = StoreTestKit::daysAgo(0);
    dollars.subtotal = u"250.00"_s;
    dollars.currency = u"USD"_s;
    dollars.landingUrl = u"https://koongo.us/?acc=JANE"_s;
    importOrders({dollars}, u"dollars.csv"_s);

    openAs(u"JANE"_s);
    const QString thisMonth = child<QLabel>(overview(), u"overviewMonth"_s)->text();
    for (const QString &expected :
         {u"Orders in EUR"_s, u"<b>€246,913.56</b>"_s, u"Orders in USD"_s, u"<b>$50.00</b>"_s})
        QVERIFY2(thisMonth.contains(expected), qPrintable(expected + u" is not in "_s + thisMonth));
    auto *dollarBar = child<QProgressBar>(overview(), u"overviewThresholdBar_USD"_s);
    QVERIFY(dollarBar);
    QCOMPARE(dollarBar->text(), u"$50.00 of $100.00"_s);
    QCOMPARE(dollarBar->value(), 500);
    QVERIFY(child<QProgressBar>(overview(), u"overviewThresholdBar_EUR"_s));
}

void TestPartnerOverview::newOrdersShowAfterReload()
{
    openAs(u"JANE"_s);
    StoreTestKit::OrderLine another;
    another.orderId = u"J-JUNE-2"_s;
    another.placedAt = StoreTestKit::daysAgo(0);
    another.coupon = u"JANE10"_s;
    importOrders({another}, u"more.csv"_s);
    child<QAction>(m_window.get(), u"reloadAction"_s)->trigger();
    const QString thisMonth = child<QLabel>(overview(), u"overviewMonth"_s)->text();
    QVERIFY2(thisMonth.contains(u"<b>2</b>"_s), qPrintable(thisMonth));
    QVERIFY2(thisMonth.contains(u"<b>€246,923.56</b>"_s), qPrintable(thisMonth));
    QCOMPARE(child<QTableWidget>(overview(), u"overviewLatest"_s)->rowCount(), 3);
}

void TestPartnerOverview::partnerWithoutProgramsIsToldWhatToDo()
{
    openAs(u"NEW"_s);
    QVERIFY(child<QLineEdit>(overview(), u"overviewLink"_s)->text().isEmpty());
    QVERIFY(!child<QPushButton>(overview(), u"overviewCopyLinkButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(overview(), u"overviewCopyCouponButton"_s)->isEnabled());
    QVERIFY(child<QLabel>(overview(), u"overviewLinkHint"_s)->text().contains(u"Join a program"_s));
    QCOMPARE(child<QLabel>(overview(), u"overviewMonth"_s)->text(), u"No orders yet this month."_s);
    QVERIFY(child<QLabel>(overview(), u"overviewLatestNone"_s)->isVisible());
}

void TestPartnerOverview::everyIconHasABundledFallback()
{
    // No icon theme at all: what shows is the bundled fallback, or nothing.
    const QStringList searchPaths = QIcon::themeSearchPaths();
    const QString theme = QIcon::themeName();
    QIcon::setThemeSearchPaths({});
    QIcon::setThemeName(u"no-such-theme"_s);
    QVERIFY(openWindowHidden());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    auto *navigation = child<QListWidget>(m_window.get(), u"navigation"_s);
    QVERIFY(navigation->count() > 0);
    for (int row = 0; row < navigation->count(); ++row)
        QVERIFY2(!navigation->item(row)->icon().isNull(), qPrintable(navigation->item(row)->text()));
    // Every action of the menus and the panes' toolbars that has an icon name shows one: with
    // the theme gone, only the bundled ones can.
    int withIcon = 0;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->icon().isNull())
            continue;
        ++withIcon;
        QVERIFY2(!action->icon().pixmap(16, 16).isNull(), qPrintable(action->objectName()));
    }
    QVERIFY2(withIcon >= 20, qPrintable(QString::number(withIcon)));
    // Every pane built, every icon it names asked for: each has its fallback.
    for (const QString &id : m_window->shownPaneIds())
        QVERIFY(m_window->showPane(id));
    m_window.reset();
    openAs(u"JANE"_s);
    for (const QString &id : m_window->shownPaneIds())
        QVERIFY(m_window->showPane(id));
    QCOMPARE(iconsWithoutFallback(), QStringList());
    for (const QString &name : {u"document-open"_s, u"edit-copy"_s, u"view-refresh"_s, u"go-home"_s,
                                u"view-financial-list"_s, u"wallet-open"_s})
        QVERIFY2(hasBundledIcon(name), qPrintable(name));
    QVERIFY(!hasBundledIcon(u"no-such-icon"_s));
    QVERIFY(themeIcon(u"no-such-icon"_s).isNull());

    m_window.reset();
    QIcon::setThemeSearchPaths(searchPaths);
    QIcon::setThemeName(theme);
}

QTEST_MAIN(TestPartnerOverview)
#include "tst_partneroverview.moc"
