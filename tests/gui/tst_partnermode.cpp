// Partner mode: a window opened as one partner shows his Partner Package, his transactions, his
// balance and his news, and nothing of any other partner. The test fills a database with a rival
// partner whose every trace carries a marker, opens the window as Jane, visits every pane and tab,
// selects every transaction, presses every Copy, exports the transactions, and harvests every text
// the window holds (labels, buttons, editors, combo items, tooltips, every cell of every model in
// every role, the clipboard, the notice bar, the exported file): no rival marker may appear, and
// Jane's own markers must (so the harvest is known to see what is there).

#include "guitestkit.h"
#include "import/orderimporter.h"
#include "mainwindow.h"
#include "notifier.h"
#include "pane.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "store/programstore.h"
#include "store/requeststore.h"
#include "storetestkit.h"
#include "transactionspane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

namespace {

// Every trace of the rival partner carries one of these.
const QStringList rivalMarkers = {
    u"RIVAL"_s,                      // his code, inside his coupon code too
    u"Rival Marketing"_s,            // his name
    u"rival-secret@rival.example"_s, // his e-mail
    u"rival-site.example"_s,         // his verified website
    u"rival-vanity"_s,               // his rewrite
    u"R-SECRET"_s,                   // his orders
    u"Rival Own Banner"_s,           // his own banner
    u"rival-customer@"_s,            // a customer of his
};
// And of Jane: the harvest must find these, or it proves nothing.
const QStringList janeMarkers = {u"JANE10"_s,       u"J-LINK-1"_s, u"J-MANUAL-1"_s, u"jane-blog.example"_s,
                                 u"Jane Blogger"_s, u"J-CLAIM-1"_s};

} // namespace

class TestPartnerMode : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsOnlyThePartnersPanes();
    void noOtherPartnersDataAnywhere();
    void requestsForAnotherPartnerAreRefused();
    void exportHoldsOnlyHisTransactions();
    void announcesOnlyHisNewTransactions();
    void unknownPartnerIsRefused();

private:
    void fillBooks();
    void importOrders(const QList<StoreTestKit::OrderLine> &lines, const QString &name);
    void openAsJane();
    QString harvest() const;
    static QString modelText(const QAbstractItemModel *model);
    void visitEverything(QString &seen);
    static void expectClean(const QString &seen, const QString &where);

    qint64 m_program = 0;
    Affiliate m_jane;
    Affiliate m_rival;
};

void TestPartnerMode::initTestCase()
{
    StoreTestKit::pinNow();
    isolateSettings();
}

void TestPartnerMode::init()
{
    QVERIFY(newBook(u"books.sqlite"_s));
    QVERIFY(openCheck());
    fillBooks();
}

void TestPartnerMode::cleanup()
{
    closeBook();
}

void TestPartnerMode::importOrders(const QList<StoreTestKit::OrderLine> &lines, const QString &name)
{
    const QString csv = m_dir->filePath(name);
    QVERIFY(StoreTestKit::writeFile(csv, StoreTestKit::ordersCsv(lines)));
    QCOMPARE(OrderImporter(*m_check).importFile(csv).imported, lines.size());
}

void TestPartnerMode::fillBooks()
{
    ProgramStore programs(*m_check);
    Program koongo;
    koongo.name = u"Koongo Partner"_s;
    koongo.storeHosts = {u"koongo.com"_s};
    koongo.holdDays = 0;
    m_program = *programs.add(koongo);

    AffiliateStore affiliates(*m_check);
    m_jane = *affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    m_rival = *affiliates.add(u"Rival Marketing"_s, u"rival-secret@rival.example"_s, u"RIVAL"_s);
    for (const Affiliate &partner : {m_jane, m_rival})
        QVERIFY(programs.join(partner.id, m_program));
    QVERIFY(affiliates.createCoupon(m_jane.id, m_program, u"JANE10"_s));
    QVERIFY(affiliates.createCoupon(m_rival.id, m_program, u"RIVAL10SECRET"_s));
    QVERIFY(affiliates.addDomain(m_jane.id, u"jane-blog.example"_s));
    QVERIFY(affiliates.addDomain(m_rival.id, u"rival-site.example"_s));
    QVERIFY(affiliates.approveDomain(m_rival.id, u"rival-site.example"_s, u"checked by phone"_s));
    QVERIFY(affiliates.addRewrite(m_jane.id, u"koongo.com"_s, u"/partner/jane"_s, u"https://koongo.com/"_s));
    QVERIFY(affiliates.addRewrite(m_rival.id, u"koongo.com"_s, u"/partner/rival-vanity"_s, u"https://koongo.com/"_s));
    Banner own;
    own.programId = m_program;
    own.affiliateId = m_rival.id;
    own.title = u"Rival Own Banner"_s;
    own.imageUrl = u"https://rival-site.example/banner.png"_s;
    own.width = 300;
    own.height = 250;
    QVERIFY(affiliates.addBanner(own));

    QList<StoreTestKit::OrderLine> lines;
    const auto line = [](const QString &id) {
        StoreTestKit::OrderLine each;
        each.orderId = id;
        return each;
    };
    StoreTestKit::OrderLine janeLink = line(u"J-LINK-1"_s);
    janeLink.landingUrl = u"https://koongo.com/pricing?acc=JANE"_s;
    lines.append(janeLink);
    StoreTestKit::OrderLine janeCoupon = line(u"J-COUPON-1"_s);
    janeCoupon.coupon = u"jane10"_s;
    lines.append(janeCoupon);
    // The rival's coupon, later assigned to Jane by hand: the explainer of this order would name
    // the rival's coupon and his superseded transaction.
    StoreTestKit::OrderLine manual = line(u"J-MANUAL-1"_s);
    manual.coupon = u"RIVAL10SECRET"_s;
    manual.landingUrl = u"https://koongo.com/partner/rival-vanity"_s;
    manual.customerEmail = u"rival-customer@shop.example"_s;
    lines.append(manual);
    for (int i = 1; i <= 3; ++i) {
        StoreTestKit::OrderLine rival = line(u"R-SECRET-%1"_s.arg(i));
        rival.coupon = u"RIVAL10SECRET"_s;
        rival.customerEmail = u"rival-customer@shop.example"_s;
        lines.append(rival);
    }
    StoreTestKit::OrderLine direct = line(u"R-SECRET-DIRECT"_s);
    direct.referrerUrl = u"https://rival-site.example/review"_s;
    lines.append(direct);
    importOrders(lines, u"orders.csv"_s);
    QVERIFY(LedgerStore(*m_check).assign(u"J-MANUAL-1"_s, m_jane.id, u"phone call from Jane"_s));
    // Requests of both (issue #14): his My Requests lists his, never the rival's.
    RequestStore requests(*m_check);
    QVERIFY(requests.fileClaim(m_jane.id, {u"J-CLAIM-1"_s, {}, {}, u"forgot the coupon"_s, 0}));
    QVERIFY(requests.fileClaim(m_rival.id, {u"R-SECRET-CLAIM"_s, {}, {}, u"Rival Marketing wants it"_s, 0}));
    QVERIFY(requests.fileVanity(m_rival.id, {u"koongo.com"_s, u"/partner/rival-vanity-2"_s, u"https://koongo.com/"_s,
                                             u"rival-secret@rival.example"_s}));
    // Both have transactions, so a leak would have something to leak.
    QCOMPARE(StoreTestKit::count(*m_check, u"transactions"_s, u"affiliate_id = %1"_s.arg(m_rival.id)), 5);
    QCOMPARE(StoreTestKit::count(*m_check, u"transactions"_s, u"affiliate_id = %1 AND superseded = 0"_s.arg(m_jane.id)),
             3);
}

void TestPartnerMode::openAsJane()
{
    QVERIFY(openPartnerWindow(u"jane"_s)); // codes are case-insensitive
    // A partner window on the manager's book approves on a worker, then tells him his news (issue #16).
    QTRY_VERIFY(!m_window->isApproving());
    QVERIFY(m_window->partner());
    QCOMPARE(m_window->partner()->code, u"JANE"_s);
}

QString TestPartnerMode::modelText(const QAbstractItemModel *model)
{
    QString text;
    if (!model)
        return text;
    auto *mutableModel = const_cast<QAbstractItemModel *>(model);
    while (mutableModel->canFetchMore({}))
        mutableModel->fetchMore({});
    const QList<int> roles = {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::StatusTipRole, Qt::WhatsThisRole};
    for (int column = 0; column < model->columnCount(); ++column) {
        for (const int role : roles)
            text += model->headerData(column, Qt::Horizontal, role).toString() + u'\n';
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (int role = 0; role < Qt::UserRole + 40; ++role) {
                if (role == Qt::DecorationRole ||
                    (role > Qt::WhatsThisRole && role < Qt::UserRole && role != Qt::AccessibleTextRole))
                    continue;
                const QVariant value = index.data(role);
                if (value.canConvert<QString>())
                    text += value.toString() + u'\n';
                else if (value.canConvert<QStringList>())
                    text += value.toStringList().join(u'\n') + u'\n';
            }
        }
    }
    return text;
}

// Every text the window holds now, hidden widgets included.
QString TestPartnerMode::harvest() const
{
    QString text = m_window->windowTitle() + u'\n' + m_window->notifier()->currentMessage() + u'\n' +
                   m_window->statusBar()->currentMessage() + u'\n' + QApplication::clipboard()->text() + u'\n';
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        text += widget->toolTip() + u'\n' + widget->windowTitle() + u'\n';
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            text += label->text() + u'\n';
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text += button->text() + u'\n';
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            text += edit->text() + u'\n' + edit->placeholderText() + u'\n';
        if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
            text += edit->toPlainText() + u'\n' + edit->toHtml() + u'\n';
        if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
            text += edit->toPlainText() + u'\n';
        if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            text += box->title() + u'\n';
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                text += combo->itemText(i) + u'\n' + combo->itemData(i).toString() + u'\n';
        }
        if (const auto *tabs = qobject_cast<const QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                text += tabs->tabText(i) + u'\n';
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget))
            text += modelText(view->model());
    }
    for (const QAction *action : m_window->findChildren<QAction *>())
        text += action->text() + u'\n' + action->toolTip() + u'\n';
    return text;
}

void TestPartnerMode::expectClean(const QString &seen, const QString &where)
{
    for (const QString &marker : rivalMarkers) {
        const qsizetype at = seen.indexOf(marker, 0, Qt::CaseInsensitive);
        QVERIFY2(at < 0, qPrintable(u"%1 shows the other partner's \"%2\": …%3…"_s.arg(
                             where, marker, seen.mid(qMax<qsizetype>(0, at - 80), 200).simplified())));
    }
}

// Every pane, every tab, every transaction selected, every enabled Copy action pressed; what each
// step shows is harvested.
void TestPartnerMode::visitEverything(QString &seen)
{
    for (const QString &id : m_window->shownPaneIds()) {
        QVERIFY(m_window->showPane(id));
        Pane *pane = m_window->pane(id);
        QVERIFY(pane);
        QTest::qWait(50);
        for (QTabWidget *tabs : pane->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(100); // images and lists that load on showing
                seen += harvest();
                for (QAction *action : tabs->currentWidget()->findChildren<QAction *>()) {
                    if (action->isEnabled() && action->objectName().contains(u"copy"_s, Qt::CaseInsensitive)) {
                        action->trigger();
                        seen += QApplication::clipboard()->text() + u'\n';
                    }
                }
                for (QAbstractButton *button : tabs->currentWidget()->findChildren<QAbstractButton *>()) {
                    if (button->isEnabled() && button->isVisible() &&
                        button->objectName().contains(u"copy"_s, Qt::CaseInsensitive)) {
                        button->click();
                        seen += QApplication::clipboard()->text() + u'\n';
                    }
                }
            }
        }
        if (auto *transactions = qobject_cast<TransactionsPane *>(pane)) {
            auto *table = child<QTableView>(transactions, u"transactionsTable"_s);
            QVERIFY(table);
            QTRY_VERIFY(table->model()->rowCount() > 0);
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                table->selectRow(row);
                auto *explain = child<QAction>(transactions, u"explainAction"_s);
                QVERIFY(explain);
                explain->trigger();
                auto *details = child<QTextEdit>(transactions, u"transactionDetails"_s);
                QVERIFY(details);
                QTRY_VERIFY(!details->toPlainText().isEmpty());
                seen += details->toHtml() + u'\n';
            }
        }
        seen += harvest();
    }
}

void TestPartnerMode::showsOnlyThePartnersPanes()
{
    openAsJane();
    QCOMPARE(m_window->shownPaneIds(),
             (QStringList{u"overview"_s, u"package"_s, u"transactions"_s, u"balance"_s, u"myrequests"_s}));
    QCOMPARE(m_window->currentPaneId(), u"overview"_s); // his window opens on his overview
    auto *navigation = child<QListWidget>(m_window.get(), u"navigation"_s);
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 5);
    for (const QString &managerOnly :
         {u"programs"_s, u"partners"_s, u"requests"_s, u"assignments"_s, u"fraud"_s, u"payouts"_s, u"reports"_s})
        QVERIFY2(!m_window->showPane(managerOnly), qPrintable(managerOnly));
    for (const QString &action : {u"importOrdersAction"_s, u"openAsPartnerAction"_s, u"openDatabaseAction"_s})
        QVERIFY2(!child<QAction>(m_window.get(), action)->isVisible(), qPrintable(action));
    QVERIFY(!m_window->acceptDrops());
    QVERIFY(m_window->windowTitle().contains(u"Jane Blogger"_s));
}

void TestPartnerMode::noOtherPartnersDataAnywhere()
{
    openAsJane();
    QString seen;
    visitEverything(seen);
    expectClean(seen, u"the partner window"_s);
    for (const QString &marker : janeMarkers)
        QVERIFY2(seen.contains(marker), qPrintable(u"the harvest does not see Jane's own \"%1\""_s.arg(marker)));
    // The manually assigned order shows, with how it came to her, but not the coupon it carried.
    QVERIFY(seen.contains(u"assigned this order to you"_s));
}

void TestPartnerMode::requestsForAnotherPartnerAreRefused()
{
    openAsJane();
    QVERIFY(m_window->showPane(u"transactions"_s));
    auto *table = child<QTableView>(m_window->pane(u"transactions"_s), u"transactionsTable"_s);
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    const int hers = table->model()->rowCount();

    // Another partner's code: refused, her own list stays.
    QVERIFY(m_window->showPane(u"transactions"_s, {{u"affiliate"_s, u"RIVAL"_s}}));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"only your own"_s));
    QCOMPARE(table->model()->rowCount(), hers);
    expectClean(modelText(table->model()), u"the list after a request for the other partner"_s);
    // Another partner's order: not among hers, so nothing.
    QVERIFY(m_window->showPane(u"transactions"_s, {{u"order"_s, u"R-SECRET-1"_s}}));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    child<QAction>(m_window.get(), u"clearFiltersAction"_s)->trigger(); // the order id typed is the request's
    QTRY_COMPARE(table->model()->rowCount(), hers);
    QVERIFY(m_window->showPane(u"package"_s, {{u"affiliate"_s, u"RIVAL"_s}}));
    auto *heading = child<QLabel>(m_window.get(), u"packageHeading"_s);
    QVERIFY(heading);
    QVERIFY2(heading->text().contains(u"Jane Blogger"_s), qPrintable(heading->text()));
    expectClean(harvest(), u"the window after requests for the other partner"_s);
}

void TestPartnerMode::exportHoldsOnlyHisTransactions()
{
    openAsJane();
    QVERIFY(m_window->showPane(u"transactions"_s));
    auto *pane = qobject_cast<TransactionsPane *>(m_window->pane(u"transactions"_s));
    QVERIFY(pane);
    auto *table = child<QTableView>(pane, u"transactionsTable"_s);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    const QString path = m_dir->filePath(u"mine.csv"_s);
    FileDialogs::answerNext(path);
    child<QAction>(pane, u"exportTransactionsAction"_s)->trigger();
    QCOMPARE(FileDialogs::unusedAnswers(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    expectClean(csv, u"the exported CSV"_s);
    QVERIFY(csv.contains(u"J-LINK-1"_s));
    QVERIFY(csv.contains(u"J-MANUAL-1"_s));
}

void TestPartnerMode::announcesOnlyHisNewTransactions()
{
    openAsJane(); // the first look remembers where he is and announces nothing old
    QVERIFY(m_window->notifier()->currentMessage().isEmpty());
    m_window.reset();

    QList<StoreTestKit::OrderLine> more;
    StoreTestKit::OrderLine jane;
    jane.orderId = u"J-NEW-1"_s;
    jane.coupon = u"JANE10"_s;
    more.append(jane);
    for (int i = 0; i < 2; ++i) {
        StoreTestKit::OrderLine rival;
        rival.orderId = u"R-SECRET-NEW-%1"_s.arg(i);
        rival.coupon = u"RIVAL10SECRET"_s;
        more.append(rival);
    }
    importOrders(more, u"more.csv"_s);

    openAsJane();
    const QString message = m_window->notifier()->currentMessage();
    QVERIFY2(message.contains(u"new transactions since you last looked: 1."_s), qPrintable(message));
    expectClean(message, u"the notice"_s);
    m_window.reset();

    openAsJane(); // told once
    QVERIFY(m_window->notifier()->currentMessage().isEmpty());
}

void TestPartnerMode::unknownPartnerIsRefused()
{
    m_window = std::make_unique<MainWindow>();
    const Status opened = m_window->openAsPartner(m_path, u"NOBODY"_s);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"NOBODY"_s), qPrintable(opened.error()));
    QVERIFY(!m_window->database());
    const Status missing = m_window->openAsPartner(m_dir->filePath(u"absent.sqlite"_s), u"JANE"_s);
    QVERIFY(!missing);
    QVERIFY(!QFile::exists(m_dir->filePath(u"absent.sqlite"_s))); // never created
}

QTEST_MAIN(TestPartnerMode)
#include "tst_partnermode.moc"
