#include "core/timestamp.h"
#include "guitestkit.h"
#include "import/demogenerator.h"
#include "import/orderimporter.h"
#include "mainwindow.h"
#include "network/networkguard.h"
#include "notifier.h"
#include "pane.h"
#include "store/affiliatestore.h"
#include "store/assignmentstore.h"
#include "store/database.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QAction>
#include <QDialog>
#include <QHash>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

namespace {

// The dialog a widget belongs to, if any: names inside a dialog only need to be unique there.
const QDialog *dialogOf(const QObject *object)
{
    for (const QObject *parent = object; parent; parent = parent->parent()) {
        if (const auto *dialog = qobject_cast<const QDialog *>(parent))
            return dialog;
    }
    return nullptr;
}

// The pane an action is a shortcut of; nullptr for the window's own actions.
const Pane *paneOf(const QObject *object)
{
    for (const QObject *parent = object; parent; parent = parent->parent()) {
        if (const auto *pane = qobject_cast<const Pane *>(parent))
            return pane;
    }
    return nullptr;
}

} // namespace

// The window as a whole: the six panes, moving between them, and what the panes must not do to
// each other (share an object name a test or a script looks for, or fight over a shortcut).
class TestMainWindow : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyPaneIsThere();
    void shortcutsSwitchPanes();
    void navigationRequestsReachThePane();
    void lastPaneIsRemembered();
    void objectNamesAreUnique();
    void noShortcutIsAmbiguous();
    void booksChangedMarksOtherPanesStale();
    void panesAreBuiltWhenFirstShown();
    void aPaneShownLaterShowsTheBooksOfThen();
    void dueCommissionIsApprovedAfterOpeningAndAnnounced();
    void olderDatabaseIsMigratedOnOpen();
    void fileImportHoldsOrdersAndVisits();
    void privateAddressesAreASettingOffByDefault();
};

void TestMainWindow::initTestCase()
{
    StoreTestKit::pinNow();
    isolateSettings();
}

void TestMainWindow::init()
{
    QVERIFY(newBook(u"books.sqlite"_s));
    QVERIFY(openWindow());
}

void TestMainWindow::cleanup()
{
    closeBook();
}

void TestMainWindow::everyPaneIsThere()
{
    const QStringList ids = MainWindow::paneIds();
    QCOMPARE(ids, (QStringList{u"programs"_s, u"partners"_s, u"requests"_s, u"package"_s, u"links"_s, u"transactions"_s,
                               u"assignments"_s, u"fraud"_s, u"payouts"_s, u"reports"_s}));
    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), ids.size());
    const QStringList objectNames{u"ProgramsPane"_s, u"PartnersPane"_s,     u"RequestsPane"_s,    u"PackagePane"_s,
                                  u"LinksPane"_s,    u"TransactionsPane"_s, u"AssignmentsPane"_s, u"FraudReviewPane"_s,
                                  u"PayoutsPane"_s,  u"ReportsPane"_s};
    for (int i = 0; i < ids.size(); ++i) {
        Pane *pane = m_window->pane(ids.at(i));
        QVERIFY2(pane, qPrintable(ids.at(i)));
        QCOMPARE(pane->objectName(), objectNames.at(i));
    }
    QVERIFY(!m_window->pane(u"nonsense"_s));
    QVERIFY(!m_window->showPane(u"nonsense"_s));
}

void TestMainWindow::shortcutsSwitchPanes()
{
    auto *panes = m_window->findChild<QStackedWidget *>(u"panes"_s);
    QVERIFY(panes);
    const QStringList ids = MainWindow::paneIds();
    for (int i = ids.size() - 1; i >= 0; --i) {
        // Ctrl+1 … Ctrl+9, Ctrl+0 for the tenth.
        QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_0 + (i + 1) % 10), Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentPaneId(), ids.at(i));
        QCOMPARE(panes->currentWidget(), m_window->pane(ids.at(i)));
    }
}

void TestMainWindow::navigationRequestsReachThePane()
{
    m_window->showPane(u"programs"_s);
    // A pane asks for another through its navigate signal; the window brings that pane up.
    Q_EMIT m_window->pane(u"programs"_s)->navigate(u"reports"_s, {});
    QCOMPARE(m_window->currentPaneId(), u"reports"_s);
    Q_EMIT m_window->pane(u"reports"_s)->navigate(u"partners"_s, {{u"affiliate"_s, u"NOBODY"_s}});
    QCOMPARE(m_window->currentPaneId(), u"partners"_s);
}

void TestMainWindow::lastPaneIsRemembered()
{
    QVERIFY(m_window->showPane(u"payouts"_s));
    m_window.reset();
    QVERIFY(openWindowHidden());
    QCOMPARE(m_window->currentPaneId(), u"payouts"_s);
}

void TestMainWindow::objectNamesAreUnique()
{
    for (const QString &id : MainWindow::paneIds()) // each built, as if it had been shown
        QVERIFY(m_window->pane(id));
    // Widgets and actions outside dialogs, by name: tests and users' scripts find them that way.
    QHash<QString, const QObject *> seen;
    QStringList clashes;
    for (const QObject *object : m_window->findChildren<QObject *>()) {
        const QString name = object->objectName();
        if (name.isEmpty() || name.startsWith(u"qt_"_s) || name.startsWith(u"_q_"_s) || dialogOf(object))
            continue;
        if (!object->isWidgetType() && !qobject_cast<const QAction *>(object))
            continue;
        if (qobject_cast<const QTabBar *>(object->parent()))
            continue; // the tab bar's own scroll buttons: Qt's names, not ours
        if (const QObject *other = seen.value(name); other && other != object)
            clashes.append(u"%1 (%2 and %3)"_s.arg(name, QString::fromLatin1(object->metaObject()->className()),
                                                   QString::fromLatin1(other->metaObject()->className())));
        seen.insert(name, object);
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u", "_s)));
}

void TestMainWindow::noShortcutIsAmbiguous()
{
    // A pane's shortcuts work while focus is in it; the window's work everywhere. The same key in
    // one pane twice, or in a pane and in the window, would make Qt ignore both.
    for (const QString &id : MainWindow::paneIds()) // each built, as if it had been shown
        QVERIFY(m_window->pane(id));
    QHash<QString, QString> window;
    QHash<QPair<const Pane *, QString>, QString> panes;
    QStringList clashes;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (dialogOf(action) || !action->isVisible())
            continue;
        const Pane *pane = paneOf(action);
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::PortableText);
            const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
            if (!pane) {
                if (window.contains(text) && window.value(text) != name)
                    clashes.append(u"%1: %2 and %3"_s.arg(text, name, window.value(text)));
                window.insert(text, name);
            } else {
                const auto key2 = qMakePair(pane, text);
                if (panes.contains(key2) && panes.value(key2) != name)
                    clashes.append(u"%1: %2 and %3"_s.arg(text, name, panes.value(key2)));
                panes.insert(key2, name);
            }
        }
    }
    for (auto it = panes.cbegin(); it != panes.cend(); ++it) {
        if (window.contains(it.key().second))
            clashes.append(u"%1: %2 (%3) and the window's %4"_s.arg(
                it.key().second, it.value(), it.key().first->objectName(), window.value(it.key().second)));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void TestMainWindow::booksChangedMarksOtherPanesStale()
{
    m_window->showPane(u"programs"_s);
    for (const QString &id : MainWindow::paneIds()) // each built, as if it had been shown
        QVERIFY(m_window->pane(id));
    Pane *programs = m_window->pane(u"programs"_s);
    Q_EMIT programs->booksChanged();
    for (const QString &id : MainWindow::paneIds()) {
        Pane *pane = m_window->pane(id);
        // The visible pane is the one that changed the books; every hidden one reloads when shown.
        QCOMPARE(pane->isStale(), pane != programs);
    }
    m_window->showPane(u"transactions"_s);
    QTRY_VERIFY(!m_window->pane(u"transactions"_s)->isStale());
    QVERIFY(m_window->pane(u"reports"_s)->isStale());
}

// Issue #16: a pane nobody opens reads nothing. The window builds the pane it opens on; every other
// one the first time it is shown, by the navigation list, the View menu's shortcuts, a pane's
// request or showPane().
void TestMainWindow::panesAreBuiltWhenFirstShown()
{
    const QStringList ids = MainWindow::paneIds();
    QCOMPARE(m_window->currentPaneId(), u"programs"_s);
    auto *panes = m_window->findChild<QStackedWidget *>(u"panes"_s);
    QVERIFY(panes);
    const auto built = [this, &ids] {
        QStringList names;
        for (const QString &id : ids) {
            if (m_window->builtPane(id))
                names.append(id);
        }
        return names;
    };
    QCOMPARE(built(), QStringList{u"programs"_s});
    QCOMPARE(panes->count(), 1);
    QVERIFY(!m_window->findChild<Pane *>(u"AssignmentsPane"_s));

    // What changes the books and a reload go to the panes there are; the others stay unbuilt.
    Q_EMIT m_window->builtPane(u"programs"_s)->booksChanged();
    m_window->reload();
    QCOMPARE(built(), QStringList{u"programs"_s});

    // The navigation list.
    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
    navigation->setCurrentRow(static_cast<int>(ids.indexOf(u"partners"_s)));
    QCOMPARE(built(), (QStringList{u"programs"_s, u"partners"_s}));
    QCOMPARE(panes->currentWidget(), m_window->builtPane(u"partners"_s));
    QTRY_VERIFY(m_window->builtPane(u"partners"_s)->isVisible());
    // A shortcut (Ctrl+6: transactions).
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QTRY_COMPARE(m_window->currentPaneId(), u"transactions"_s);
    QCOMPARE(panes->currentWidget(), m_window->builtPane(u"transactions"_s));
    // A pane's request.
    Q_EMIT m_window->builtPane(u"transactions"_s)->navigate(u"reports"_s, {});
    QCOMPARE(m_window->currentPaneId(), u"reports"_s);
    QCOMPARE(panes->currentWidget(), m_window->builtPane(u"reports"_s));
    QCOMPARE(built(), (QStringList{u"programs"_s, u"partners"_s, u"transactions"_s, u"reports"_s}));
    // Built once: shown again, the same pane.
    Pane *partners = m_window->builtPane(u"partners"_s);
    QVERIFY(m_window->showPane(u"partners"_s));
    QCOMPARE(panes->currentWidget(), partners);
    QCOMPARE(panes->count(), 4);

    // Another book: the panes of this one go, the new window's first pane is built again.
    m_window->undoStack()->push(new QUndoCommand(u"something"_s));
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    QVERIFY(m_window->openDatabase(other));
    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(built(), QStringList{u"partners"_s}); // where the manager left the other book
    QCOMPARE(panes->count(), 1);
}

// A pane built after the books changed reads them as they are then; its counts come from a worker
// thread, and are the books'.
void TestMainWindow::aPaneShownLaterShowsTheBooksOfThen()
{
    closeBook();
    QVERIFY(newBook(u"demo.sqlite"_s));
    {
        Database seed;
        QVERIFY(seed.open(m_path));
        DemoGenerator::Options options;
        options.orders = 400;
        options.affiliates = 40;
        const Status filled = DemoGenerator::fill(seed, options);
        QVERIFY2(filled, qPrintable(filled.error()));
    }
    QVERIFY(openWindow());
    QVERIFY(!m_window->builtPane(u"assignments"_s));

    // Two unattributed orders assigned through another connection after the window opened.
    QVERIFY(openCheck());
    const auto number = [this](const QString &sql) {
        QSqlQuery query(m_check->connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    };
    const QString unattributedSql = u"SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM transactions t "
                                    "WHERE t.order_id = o.order_id AND t.superseded = 0 AND t.kind <> 'reversal')"_s;
    const qint64 before = number(unattributedSql);
    QVERIFY(before >= 2);
    QStringList orders;
    QSqlQuery query(m_check->connection());
    QVERIFY(query.exec(u"SELECT o.order_id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE "
                       "t.order_id = o.order_id AND t.superseded = 0 AND t.kind <> 'reversal') LIMIT 2"_s));
    while (query.next())
        orders.append(query.value(0).toString());
    const qint64 partner = number(u"SELECT a.id FROM affiliates a JOIN memberships m ON m.affiliate_id = a.id "
                                  "WHERE a.status = 'approved' AND m.active = 1 AND m.is_primary = 1 ORDER BY a.id "
                                  "LIMIT 1"_s);
    QVERIFY(partner > 0);
    const auto assigned = AssignmentStore(*m_check).assign({orders, partner, u"later"_s, std::nullopt});
    QVERIFY2(assigned, qPrintable(assigned.error()));
    QCOMPARE(number(unattributedSql), before - 2);

    QVERIFY(m_window->showPane(u"assignments"_s));
    auto *label = m_window->findChild<QLabel *>(u"ordersCountLabel"_s);
    QVERIFY(label);
    // The first page at once, the counts when the worker has them.
    QVERIFY(m_window->findChild<QTableView *>(u"ordersTable"_s)->model()->rowCount() > 0);
    const QString expected = u"%1 unattributed of 400 orders"_s.arg(before - 2);
    QTRY_VERIFY2(label->text().startsWith(expected), qPrintable(label->text()));
}

// Commission whose hold passed is approved after the book opens, on a worker: the window is there
// first, the approval and its notice follow, and the panes built meanwhile read the ledger again.
void TestMainWindow::dueCommissionIsApprovedAfterOpeningAndAnnounced()
{
    const QString path = m_dir->filePath(u"due.sqlite"_s);
    {
        Database books;
        QVERIFY(books.open(path));
        Program koongo;
        koongo.name = u"Koongo Partner"_s;
        koongo.currency = u"EUR"_s;
        koongo.storeHosts = {u"koongo.com"_s};
        koongo.thresholdMinor = 5000; // EUR 50.00; a 30-day hold
        const Result<qint64> program = ProgramStore(books).add(koongo);
        QVERIFY2(program, qPrintable(program.error()));
        const Result<Affiliate> anna = AffiliateStore(books).add(u"Anna Blogger"_s, u"anna@blog.example"_s, u"ANNA"_s);
        QVERIFY2(anna, qPrintable(anna.error()));
        QVERIFY(ProgramStore(books).join(anna->id, *program));
        StoreTestKit::OrderLine order;
        order.orderId = u"DUE-1"_s;
        order.placedAt = StoreTestKit::daysAgo(10);
        order.subtotal = u"300.00"_s; // 20 %: 60.00, over the threshold
        order.landingUrl = u"https://koongo.com/pricing?acc=ANNA"_s;
        const QString csv = m_dir->filePath(u"due.csv"_s);
        QVERIFY(StoreTestKit::writeFile(csv, StoreTestKit::ordersCsv({order})));
        QCOMPARE(OrderImporter(books).importFile(csv).imported, 1);
        QCOMPARE(StoreTestKit::count(books, u"transactions"_s, u"status = 'pending'"_s), 1);
        // Its hold passed while the window was closed ("now" is pinned: the hold ends earlier instead).
        QSqlQuery query(books.connection());
        query.prepare(u"UPDATE transactions SET approve_at = ? WHERE order_id = 'DUE-1'"_s);
        query.addBindValue(Timestamp::format(StoreTestKit::now() - Timestamp::secondsPerDay));
        QVERIFY(query.exec());
    }
    QVERIFY(m_window->openDatabase(path));
    QVERIFY(m_window->isApproving()); // its result arrives through the event loop
    QVERIFY(m_window->showPane(u"payouts"_s));
    QTRY_VERIFY(!m_window->isApproving());
    Database check;
    QVERIFY(check.open(path));
    QCOMPARE(StoreTestKit::count(check, u"transactions"_s, u"status = 'approved'"_s), 1);
    const QString notice = m_window->notifier()->currentMessage();
    QVERIFY2(notice.contains(u"approved transactions: 1."_s), qPrintable(notice));
    QVERIFY2(notice.contains(u"Anna Blogger"_s), qPrintable(notice));
    // The payouts pane, built before the approval ended, shows her approved balance now.
    auto *balances = m_window->findChild<QTableView *>(u"payoutBalancesTable"_s);
    QVERIFY(balances);
    QTRY_COMPARE(balances->model()->rowCount(), 1);
    bool showsDue = false;
    for (int column = 0; column < balances->model()->columnCount(); ++column)
        showsDue |= balances->model()->index(0, column).data().toString().contains(u"60.00"_s);
    QVERIFY(showsDue);

    // Opened again, nothing is due any more: nothing is announced.
    m_window->notifier()->dismiss();
    QVERIFY(m_window->openDatabase(path));
    QTRY_VERIFY(!m_window->isApproving());
    QVERIFY(m_window->notifier()->currentMessage().isEmpty());
}

void TestMainWindow::olderDatabaseIsMigratedOnOpen()
{
    // A file as the previous version left it: schema 6 (0007 only drops a redundant index).
    const QString path = m_dir->filePath(u"older.sqlite"_s);
    {
        Database older;
        QVERIFY(older.open(path));
        QSqlQuery query(older.connection());
        QVERIFY(query.exec(u"PRAGMA user_version = 6"_s));
    }
    QCOMPARE(Database::schemaVersionOf(path), 6);
    QVERIFY(Database::latestSchemaVersion() > 6);
    QCOMPARE(Database::schemaVersionOf(m_dir->filePath(u"missing.sqlite"_s)), -1);

    const Status opened = m_window->openDatabase(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(m_window->database()->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(Database::schemaVersionOf(path), Database::latestSchemaVersion());
}

// File › Import: orders and visits, one queue (the Reports pane imports nothing of its own).
void TestMainWindow::fileImportHoldsOrdersAndVisits()
{
    auto *import = m_window->findChild<QAction *>(u"importMenuAction"_s);
    QVERIFY(import && import->menu());
    QVERIFY(import->isEnabled() && import->isVisible());
    QStringList names;
    for (const QAction *action : import->menu()->actions()) {
        names.append(action->objectName());
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    }
    QCOMPARE(names, (QStringList{u"importOrdersAction"_s, u"importVisitsAction"_s}));
    QVERIFY(!m_window->pane(u"reports"_s)->findChild<QAction *>(u"importVisitsAction"_s));

    // Before a database is open there is nothing to import into.
    MainWindow empty;
    auto *none = empty.findChild<QAction *>(u"importMenuAction"_s);
    QVERIFY(none && !none->isEnabled());
    for (const QAction *action : none->menu()->actions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QVERIFY(!empty.isImporting());
}

// File > Allow Private Network Addresses is the setting Network/allowPrivateAddresses that
// NetworkGuard reads: off unless the manager turns it on, and a window opened later shows it.
void TestMainWindow::privateAddressesAreASettingOffByDefault()
{
    QSettings().remove(NetworkGuard::settingKey);
    m_window = std::make_unique<MainWindow>();
    auto *action = m_window->findChild<QAction *>(u"allowPrivateAddressesAction"_s);
    QVERIFY(action);
    QVERIFY(action->isCheckable());
    QVERIFY(!action->isChecked());
    QVERIFY(action->toolTip().contains(u"private"_s));
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QVERIFY(!menus.isEmpty() && menus.constFirst()->menu());
    QVERIFY(menus.constFirst()->menu()->actions().contains(action)); // in the File menu

    action->trigger();
    QVERIFY(action->isChecked());
    QCOMPARE(QSettings().value(NetworkGuard::settingKey).toBool(), true);
    QVERIFY(NetworkGuard().privateAddressesAllowed());

    m_window = std::make_unique<MainWindow>();
    action = m_window->findChild<QAction *>(u"allowPrivateAddressesAction"_s);
    QVERIFY(action && action->isChecked());
    action->trigger();
    QCOMPARE(QSettings().value(NetworkGuard::settingKey).toBool(), false);
    QVERIFY(!NetworkGuard().privateAddressesAllowed());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
