#include "firstrun.h"
#include "guitestkit.h"
#include "itemmodels/programlistmodel.h"
#include "joinpartnerdialog.h"
#include "mainwindow.h"
#include "programdialog.h"
#include "programspane.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/programstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

using namespace GuiTestKit;

class TestProgramsPane : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheDatabase();
    void addProgram();
    void editProgram();
    void editByDoubleClick();
    void deactivateAndActivate();
    void invalidInputKeepsOkDisabled_data();
    void invalidInputKeepsOkDisabled();
    void duplicateNameShowsTheStoreError();
    void joinPartner();
    void joinTwiceIsRefusedInTheDialog();
    void newDatabaseAsksAboutDemoData();
    void demoDataCanBeCancelled();
    void undoEditProgram();
    void undoDeactivateAndJoin();

private:
    QTableView *programsTable() const;
    QAction *action(const QString &name) const;
    int rowOf(const QString &name) const;
    QString cell(int row, int column, int role = Qt::DisplayRole) const;
    void selectProgram(const QString &name);
    // Adds a program through the pane's dialog, as a user would.
    void addThroughDialog(const QString &name, const QString &currency, const QString &hosts);

    // A second connection to the same file: what the store really holds.
};

void TestProgramsPane::initTestCase()
{
    QLocale::setDefault(QLocale(u"en_US"_s)); // amounts are shown in the locale: "€1,234.50"
    isolateSettings();
}

void TestProgramsPane::init()
{
    QVERIFY(newBook());
    QVERIFY(openWindow());
    QVERIFY(openCheck());
}

void TestProgramsPane::cleanup()
{
    closeBook();
}

QTableView *TestProgramsPane::programsTable() const
{
    return child<QTableView>(m_window.get(), u"programsTable"_s);
}

QAction *TestProgramsPane::action(const QString &name) const
{
    return child<QAction>(m_window.get(), name);
}

int TestProgramsPane::rowOf(const QString &name) const
{
    const QAbstractItemModel *model = programsTable()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ProgramListModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

QString TestProgramsPane::cell(int row, int column, int role) const
{
    return programsTable()->model()->index(row, column).data(role).toString();
}

void TestProgramsPane::selectProgram(const QString &name)
{
    const int row = rowOf(name);
    QVERIFY2(row >= 0, qPrintable(name));
    QTest::mouseClick(programsTable()->viewport(), Qt::LeftButton, {},
                      programsTable()->visualRect(programsTable()->model()->index(row, 0)).center());
    QTRY_COMPARE(programsTable()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(programsTable()->selectionModel()->selectedRows().first().row(), row);
}

void TestProgramsPane::addThroughDialog(const QString &name, const QString &currency, const QString &hosts)
{
    whenModal<ProgramDialog>([=](ProgramDialog *dialog) {
        replaceText(child<QLineEdit>(dialog, u"nameEdit"_s), name);
        replaceText(child<QLineEdit>(dialog, u"currencyEdit"_s), currency);
        replaceText(child<QPlainTextEdit>(dialog, u"storeHostsEdit"_s), hosts);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    action(u"addProgramAction"_s)->trigger();
    QTRY_VERIFY(rowOf(name) >= 0);
}

void TestProgramsPane::showsTheDatabase()
{
    QCOMPARE(m_window->objectName(), u"MainWindow"_s);
    QTRY_COMPARE(child<QLabel>(m_window.get(), u"databaseLabel"_s)->text(), QDir::toNativeSeparators(m_path));
    QVERIFY(m_window->windowTitle().contains(u"partnerdesk.sqlite"_s));
    QVERIFY(!m_window->windowIcon().isNull());
    QVERIFY(!m_window->windowIcon().pixmap(64).isNull());
    // Where app/main.cpp looks for the translations qt_add_translations builds in.
    QVERIFY(QFile::exists(u":/i18n/partnerdesk_cs.qm"_s));
    auto *navigation = child<QListWidget>(m_window.get(), u"navigation"_s);
    QCOMPARE(navigation->count(), 10);                                   // Fraud Review is the tenth
    QCOMPARE(navigation->item(4)->text(), u"Direct Links & Rewrites"_s); // "&&" is for the View menu only
    QCOMPARE(navigation->item(9)->text(), u"Reports"_s);
    QCOMPARE(navigation->currentItem()->text(), u"Programs"_s);
    auto *panes = child<QStackedWidget>(m_window.get(), u"panes"_s);
    QCOMPARE(panes->currentWidget()->objectName(), u"ProgramsPane"_s);
    QCOMPARE(programsTable()->model()->rowCount(), 0);
    // Nothing to edit yet.
    QVERIFY(action(u"addProgramAction"_s)->isEnabled());
    QVERIFY(!action(u"editProgramAction"_s)->isEnabled());
    QVERIFY(!action(u"toggleProgramActiveAction"_s)->isEnabled());
    QVERIFY(!action(u"joinPartnerAction"_s)->isEnabled());
}

void TestProgramsPane::addProgram()
{
    whenModal<ProgramDialog>([](ProgramDialog *dialog) {
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"Koongo Partner"_s);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"descriptionEdit"_s), u"For bloggers"_s);
        replaceText(child<QLineEdit>(dialog, u"currencyEdit"_s), u"usd"_s);
        replaceText(child<QLineEdit>(dialog, u"linkRateEdit"_s), u"20"_s);
        replaceText(child<QLineEdit>(dialog, u"couponRateEdit"_s), u"12.5"_s);
        replaceText(child<QLineEdit>(dialog, u"couponDiscountEdit"_s), u"10"_s);
        replaceText(child<QLineEdit>(dialog, u"thresholdEdit"_s), u"75.50"_s);
        replaceValue(child<QSpinBox>(dialog, u"holdDaysSpin"_s), 45);
        replaceValue(child<QSpinBox>(dialog, u"cookieDaysSpin"_s), 60);
        replaceText(child<QPlainTextEdit>(dialog, u"storeHostsEdit"_s), u"Koongo.com, www.store.koongo.com"_s);
        QVERIFY(child<QCheckBox>(dialog, u"activeCheck"_s)->isChecked());
        QCOMPARE(child<QLabel>(dialog, u"errorLabel"_s)->text(), QString());
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    action(u"addProgramAction"_s)->trigger();

    QTRY_COMPARE(rowOf(u"Koongo Partner"_s), 0);
    QCOMPARE(cell(0, ProgramListModel::Currency), u"USD"_s);
    QCOMPARE(cell(0, ProgramListModel::LinkRate), u"20 %"_s);
    QCOMPARE(cell(0, ProgramListModel::CouponRate), u"12.5 %"_s);
    QCOMPARE(cell(0, ProgramListModel::Threshold), u"$75.50"_s);
    QCOMPARE(cell(0, ProgramListModel::HoldDays), u"45"_s);
    QCOMPARE(cell(0, ProgramListModel::Active), u"Yes"_s);
    // The new program is selected, ready for the next action.
    QCOMPARE(programsTable()->selectionModel()->selectedRows().size(), 1);
    QVERIFY(action(u"editProgramAction"_s)->isEnabled());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Koongo Partner"_s));

    const std::optional<Program> stored = ProgramStore(*m_check).byName(u"Koongo Partner"_s);
    QVERIFY(stored);
    QCOMPARE(stored->description, u"For bloggers"_s);
    QCOMPARE(stored->currency, u"USD"_s);
    QCOMPARE(stored->linkRate, Rate::fromBasisPoints(2000));
    QCOMPARE(stored->couponRate, Rate::fromBasisPoints(1250));
    QCOMPARE(stored->couponDiscount, Rate::fromBasisPoints(1000));
    QCOMPARE(stored->thresholdMinor, qint64(7550));
    QCOMPARE(stored->holdDays, 45);
    QCOMPARE(stored->cookieDays, 60);
    QCOMPARE(stored->storeHosts, (QStringList{u"koongo.com"_s, u"store.koongo.com"_s}));
    QVERIFY(stored->active);
}

void TestProgramsPane::editProgram()
{
    addThroughDialog(u"Koongo Partner"_s, u"EUR"_s, u"koongo.com"_s);
    addThroughDialog(u"Agency"_s, u"EUR"_s, u"koongo.com"_s);
    selectProgram(u"Koongo Partner"_s);

    whenModal<ProgramDialog>([](ProgramDialog *dialog) {
        QCOMPARE(child<QLineEdit>(dialog, u"nameEdit"_s)->text(), u"Koongo Partner"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"linkRateEdit"_s)->text(), u"20"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"thresholdEdit"_s)->text(), u"50.00"_s);
        QCOMPARE(child<QPlainTextEdit>(dialog, u"storeHostsEdit"_s)->toPlainText(), u"koongo.com"_s);
        replaceText(child<QLineEdit>(dialog, u"nameEdit"_s), u"Koongo Bloggers"_s);
        replaceText(child<QLineEdit>(dialog, u"linkRateEdit"_s), u"25"_s);
        QTest::keyClick(child<QPlainTextEdit>(dialog, u"storeHostsEdit"_s), Qt::Key_End);
        QTest::keyClick(child<QPlainTextEdit>(dialog, u"storeHostsEdit"_s), Qt::Key_Return);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"storeHostsEdit"_s), u"koongo.de"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    action(u"editProgramAction"_s)->trigger();

    QTRY_VERIFY(rowOf(u"Koongo Bloggers"_s) >= 0);
    QCOMPARE(rowOf(u"Koongo Partner"_s), -1);
    const int row = rowOf(u"Koongo Bloggers"_s);
    QCOMPARE(cell(row, ProgramListModel::LinkRate), u"25 %"_s);
    QCOMPARE(programsTable()->model()->rowCount(), 2);
    // Still selected after the rename moved it.
    QCOMPARE(programsTable()->selectionModel()->selectedRows().first().row(), row);

    const std::optional<Program> stored = ProgramStore(*m_check).byName(u"Koongo Bloggers"_s);
    QVERIFY(stored);
    QCOMPARE(stored->linkRate, Rate::fromBasisPoints(2500));
    QCOMPARE(stored->storeHosts, (QStringList{u"koongo.com"_s, u"koongo.de"_s}));
    QVERIFY(!ProgramStore(*m_check).byName(u"Koongo Partner"_s));
}

void TestProgramsPane::editByDoubleClick()
{
    addThroughDialog(u"Koongo Partner"_s, u"EUR"_s, u"koongo.com"_s);
    bool opened = false;
    whenModal<ProgramDialog>([&opened](ProgramDialog *dialog) {
        opened = true;
        QCOMPARE(child<QLineEdit>(dialog, u"nameEdit"_s)->text(), u"Koongo Partner"_s);
        clickDialogButton(dialog, QDialogButtonBox::Cancel);
    });
    const QRect cellRect = programsTable()->visualRect(programsTable()->model()->index(0, ProgramListModel::Currency));
    // A double click starts with a click: the view opens only the row the press was on.
    QTest::mouseClick(programsTable()->viewport(), Qt::LeftButton, {}, cellRect.center());
    QTest::mouseDClick(programsTable()->viewport(), Qt::LeftButton, {}, cellRect.center());
    QTRY_VERIFY(opened);
}

void TestProgramsPane::deactivateAndActivate()
{
    addThroughDialog(u"Koongo Partner"_s, u"EUR"_s, u"koongo.com"_s);
    addThroughDialog(u"Agency"_s, u"EUR"_s, u"koongo.com"_s);
    selectProgram(u"Koongo Partner"_s);
    QAction *toggle = action(u"toggleProgramActiveAction"_s);
    QCOMPARE(toggle->text(), u"&Deactivate"_s);
    QVERIFY(action(u"joinPartnerAction"_s)->isEnabled());

    toggle->trigger();
    const int row = rowOf(u"Koongo Partner"_s);
    QTRY_COMPARE(cell(row, ProgramListModel::Active), u"No"_s);
    const QVariant foreground = programsTable()->model()->index(row, ProgramListModel::Name).data(Qt::ForegroundRole);
    QCOMPARE(foreground.value<QBrush>(), QApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    // Only the inactive row is greyed.
    QVERIFY(!programsTable()->model()->index(rowOf(u"Agency"_s), 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!ProgramStore(*m_check).byName(u"Koongo Partner"_s)->active);
    QCOMPARE(toggle->text(), u"&Activate"_s);
    QVERIFY(!action(u"joinPartnerAction"_s)->isEnabled());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Deactivated"_s));

    toggle->trigger();
    QTRY_COMPARE(cell(row, ProgramListModel::Active), u"Yes"_s);
    QVERIFY(!programsTable()->model()->index(row, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(ProgramStore(*m_check).byName(u"Koongo Partner"_s)->active);
    QCOMPARE(toggle->text(), u"&Deactivate"_s);
}

void TestProgramsPane::invalidInputKeepsOkDisabled_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::addRow("no name") << u"nameEdit"_s << u"   "_s << u"The program needs a name."_s;
    QTest::addRow("unknown currency") << u"currencyEdit"_s << u"XY"_s << u"ISO 4217"_s;
    QTest::addRow("rate over 100") << u"linkRateEdit"_s << u"120"_s << u"Link commission:"_s;
    QTest::addRow("rate with a comma") << u"couponRateEdit"_s << u"12,5"_s << u"Coupon commission:"_s;
    QTest::addRow("three decimals") << u"couponDiscountEdit"_s << u"1.125"_s << u"Customer discount:"_s;
    QTest::addRow("threshold too precise") << u"thresholdEdit"_s << u"50.001"_s << u"Payout threshold:"_s;
    QTest::addRow("threshold not a number") << u"thresholdEdit"_s << u"fifty"_s << u"Payout threshold:"_s;
    QTest::addRow("no store host") << u"storeHostsEdit"_s << u""_s << u"at least one store host"_s;
    QTest::addRow("bad store host") << u"storeHostsEdit"_s << u"koongo.com, not a host"_s << u"valid store host"_s;
}

void TestProgramsPane::invalidInputKeepsOkDisabled()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, error);

    bool checked = false;
    whenModal<ProgramDialog>([&](ProgramDialog *dialog) {
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *errorLabel = child<QLabel>(dialog, u"errorLabel"_s);
        // A valid program first, then one bad field.
        replaceText(child<QLineEdit>(dialog, u"nameEdit"_s), u"Koongo Partner"_s);
        replaceText(child<QPlainTextEdit>(dialog, u"storeHostsEdit"_s), u"koongo.com"_s);
        QVERIFY2(ok->isEnabled(), qPrintable(errorLabel->text()));
        QVERIFY(errorLabel->text().isEmpty());

        if (auto *line = dialog->findChild<QLineEdit *>(field))
            replaceText(line, text);
        else
            replaceText(child<QPlainTextEdit>(dialog, field), text);
        QVERIFY(!ok->isEnabled());
        QVERIFY(errorLabel->isVisible());
        QVERIFY2(errorLabel->text().contains(error), qPrintable(errorLabel->text()));
        checked = true;
        clickDialogButton(dialog, QDialogButtonBox::Cancel);
    });
    action(u"addProgramAction"_s)->trigger();
    QVERIFY(checked);
    QCOMPARE(programsTable()->model()->rowCount(), 0);
    QVERIFY(ProgramStore(*m_check).list().isEmpty());
}

void TestProgramsPane::duplicateNameShowsTheStoreError()
{
    addThroughDialog(u"Koongo Partner"_s, u"EUR"_s, u"koongo.com"_s);

    QString warning;
    bool reopened = false;
    whenModal<ProgramDialog>([&](ProgramDialog *dialog) {
        replaceText(child<QLineEdit>(dialog, u"nameEdit"_s), u"koongo partner"_s);
        replaceText(child<QPlainTextEdit>(dialog, u"storeHostsEdit"_s), u"koongo.com"_s);
        // The store refuses; the pane says why and opens the dialog again with what was typed.
        whenModal<QMessageBox>([&](QMessageBox *box) {
            warning = box->text();
            whenModal<ProgramDialog>([&](ProgramDialog *again) {
                reopened = child<QLineEdit>(again, u"nameEdit"_s)->text() == u"koongo partner";
                clickDialogButton(again, QDialogButtonBox::Cancel);
            });
            box->button(QMessageBox::Ok)->click();
        });
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    action(u"addProgramAction"_s)->trigger();

    QCOMPARE(warning, u"A program with this name already exists."_s);
    QVERIFY(reopened);
    QCOMPARE(programsTable()->model()->rowCount(), 1);
    QCOMPARE(ProgramStore(*m_check).list().size(), 1);
}

void TestProgramsPane::joinPartner()
{
    AffiliateStore affiliates(*m_check);
    QVERIFY(affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s));
    QVERIFY(affiliates.add(u"John Reviewer"_s, u"john@reviews.example"_s, u"JOHN"_s));
    addThroughDialog(u"Koongo Partner"_s, u"EUR"_s, u"koongo.com"_s);
    selectProgram(u"Koongo Partner"_s);
    auto *membersTable = child<QTableView>(m_window.get(), u"membersTable"_s);
    QCOMPARE(membersTable->model()->rowCount(), 0);

    whenModal<JoinPartnerDialog>([](JoinPartnerDialog *dialog) {
        auto *list = child<QTreeView>(dialog, u"partnersList"_s);
        QTRY_COMPARE(list->model()->rowCount(), 2);
        QTest::keyClicks(child<QLineEdit>(dialog, u"searchEdit"_s), u"blog"_s);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), u"Jane Blogger"_s);
        // The only match is chosen already.
        QTRY_VERIFY(child<QPushButton>(dialog, u"joinButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, u"joinButton"_s), Qt::LeftButton);
    });
    action(u"joinPartnerAction"_s)->trigger();

    QTRY_COMPARE(membersTable->model()->rowCount(), 1);
    QCOMPARE(membersTable->model()->index(0, 0).data().toString(), u"JANE"_s);
    QCOMPARE(membersTable->model()->index(0, 1).data().toString(), u"Jane Blogger"_s);
    QCOMPARE(cell(rowOf(u"Koongo Partner"_s), ProgramListModel::Members), u"1"_s);
    QVERIFY(child<QLabel>(m_window.get(), u"membersLabel"_s)->text().contains(u"1 active"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Jane Blogger"_s));

    const std::optional<Program> stored = ProgramStore(*m_check).byName(u"Koongo Partner"_s);
    const QList<Membership> members = ProgramStore(*m_check).members(stored->id);
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().affiliateCode, u"JANE"_s);
    QVERIFY(members.first().primary);
}

void TestProgramsPane::joinTwiceIsRefusedInTheDialog()
{
    const Result<Affiliate> jane = AffiliateStore(*m_check).add(u"Jane Blogger"_s, u"jane@blog.example"_s);
    QVERIFY(jane);
    addThroughDialog(u"Koongo Partner"_s, u"EUR"_s, u"koongo.com"_s);
    QVERIFY(ProgramStore(*m_check).join(jane->id, ProgramStore(*m_check).byName(u"Koongo Partner"_s)->id));
    selectProgram(u"Koongo Partner"_s);

    QString error;
    whenModal<JoinPartnerDialog>([&error](JoinPartnerDialog *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, u"searchEdit"_s), u"jane"_s);
        QTRY_VERIFY(child<QPushButton>(dialog, u"joinButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, u"joinButton"_s), Qt::LeftButton);
        // Still open, saying why.
        QVERIFY(dialog->isVisible());
        error = child<QLabel>(dialog, u"errorLabel"_s)->text();
        clickDialogButton(dialog, QDialogButtonBox::Cancel);
    });
    action(u"joinPartnerAction"_s)->trigger();
    QVERIFY2(error.contains(u"already a member"_s), qPrintable(error));
}

void TestProgramsPane::newDatabaseAsksAboutDemoData()
{
    const QString path = m_dir->filePath(u"new/empty.sqlite"_s);
    bool asked = false;
    whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->objectName() == u"firstRunQuestion";
        child<QPushButton>(box, u"emptyButton"_s)->click();
    });
    const Status opened = m_window->openDatabase(path, FirstRun::Content::Ask);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(asked);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(child<QLabel>(m_window.get(), u"databaseLabel"_s)->text(), QDir::toNativeSeparators(path));
    QCOMPARE(programsTable()->model()->rowCount(), 0);
}

void TestProgramsPane::demoDataCanBeCancelled()
{
    const QString path = m_dir->filePath(u"cancelled.sqlite"_s);
    whenModal<QProgressDialog>([](QProgressDialog *progress) {
        QCOMPARE(progress->objectName(), u"demoProgress"_s);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    const Result<bool> filled = FirstRun::fillWithDemoData(path, 50000, m_window.get());
    QVERIFY2(filled, qPrintable(filled.error()));
    QVERIFY(!*filled);
    Database database;
    QVERIFY(database.open(path));
    QVERIFY(ProgramStore(database).list().isEmpty());
}

void TestProgramsPane::undoEditProgram()
{
    addThroughDialog(u"Koongo Partner"_s, u"EUR"_s, u"koongo.com"_s);
    selectProgram(u"Koongo Partner"_s);
    const Program before = *ProgramStore(*m_check).byName(u"Koongo Partner"_s);
    whenModal<ProgramDialog>([](ProgramDialog *dialog) {
        replaceText(child<QLineEdit>(dialog, u"nameEdit"_s), u"Koongo Bloggers"_s);
        replaceText(child<QLineEdit>(dialog, u"linkRateEdit"_s), u"25"_s);
        replaceText(child<QPlainTextEdit>(dialog, u"storeHostsEdit"_s), u"koongo.de"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    action(u"editProgramAction"_s)->trigger();
    QTRY_VERIFY(rowOf(u"Koongo Bloggers"_s) >= 0);
    QAction *undo = action(u"undoAction"_s);
    QCOMPARE(undo->text(), u"&Undo Edit program Koongo Bloggers"_s);

    undo->trigger();
    const std::optional<Program> restored = ProgramStore(*m_check).byId(before.id);
    QCOMPARE(restored->name, u"Koongo Partner"_s);
    QCOMPARE(restored->linkRate, before.linkRate);
    QCOMPARE(restored->storeHosts, before.storeHosts);
    QTRY_VERIFY(rowOf(u"Koongo Partner"_s) >= 0);
    QCOMPARE(rowOf(u"Koongo Bloggers"_s), -1);
    QCOMPARE(cell(rowOf(u"Koongo Partner"_s), ProgramListModel::LinkRate), u"20 %"_s);
    QCOMPARE(programsTable()->selectionModel()->selectedRows().first().row(), rowOf(u"Koongo Partner"_s));

    action(u"redoAction"_s)->trigger();
    QCOMPARE(ProgramStore(*m_check).byId(before.id)->name, u"Koongo Bloggers"_s);
    QCOMPARE(ProgramStore(*m_check).byId(before.id)->storeHosts, QStringList{u"koongo.de"_s});
    QTRY_COMPARE(cell(rowOf(u"Koongo Bloggers"_s), ProgramListModel::LinkRate), u"25 %"_s);
}

void TestProgramsPane::undoDeactivateAndJoin()
{
    const Result<Affiliate> jane = AffiliateStore(*m_check).add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    QVERIFY(jane);
    addThroughDialog(u"Koongo Partner"_s, u"EUR"_s, u"koongo.com"_s);
    selectProgram(u"Koongo Partner"_s);
    const qint64 id = ProgramStore(*m_check).byName(u"Koongo Partner"_s)->id;

    whenModal<JoinPartnerDialog>([](JoinPartnerDialog *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, u"searchEdit"_s), u"jane"_s);
        QTRY_VERIFY(child<QPushButton>(dialog, u"joinButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, u"joinButton"_s), Qt::LeftButton);
    });
    action(u"joinPartnerAction"_s)->trigger();
    auto *membersTable = child<QTableView>(m_window.get(), u"membersTable"_s);
    QTRY_COMPARE(membersTable->model()->rowCount(), 1);
    QCOMPARE(ProgramStore(*m_check).members(id).size(), 1);

    action(u"undoAction"_s)->trigger();
    QVERIFY(!ProgramStore(*m_check).members(id).first().active);
    QTRY_COMPARE(cell(rowOf(u"Koongo Partner"_s), ProgramListModel::Members), u"0"_s);
    action(u"redoAction"_s)->trigger();
    QVERIFY(ProgramStore(*m_check).members(id).first().active);
    QTRY_COMPARE(cell(rowOf(u"Koongo Partner"_s), ProgramListModel::Members), u"1"_s);

    action(u"toggleProgramActiveAction"_s)->trigger();
    QVERIFY(!ProgramStore(*m_check).byId(id)->active);
    action(u"undoAction"_s)->trigger();
    QVERIFY(ProgramStore(*m_check).byId(id)->active);
    QTRY_COMPARE(cell(rowOf(u"Koongo Partner"_s), ProgramListModel::Active), u"Yes"_s);
    QCOMPARE(action(u"toggleProgramActiveAction"_s)->text(), u"&Deactivate"_s);
}

QTEST_MAIN(TestProgramsPane)
#include "tst_programspane.moc"
