#include "guitestkit.h"
#include "mainwindow.h"
#include "network/networkguard.h"
#include "pane.h"
#include "store/database.h"

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
#include <QTemporaryDir>
#include <QTest>
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
    void olderDatabaseIsMigratedOnOpen();
    void fileImportHoldsOrdersAndVisits();
    void privateAddressesAreASettingOffByDefault();
};

void TestMainWindow::initTestCase()
{
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
