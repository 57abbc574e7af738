// The Direct Links & Rewrites pane in the real main window: add a rewrite through the dialog (and
// a refused one showing the store's message), edit and delete it, undo and redo all three against
// the database, export the rules to a file and the clipboard exactly as RewriteExporter writes
// them, and "Check" against a real nginx loaded with the file the pane exported.

#include "core/rewriteexporter.h"
#include "guitestkit.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/rewritetablemodel.h"
#include "linkspane.h"
#include "mainwindow.h"
#include "network/rewritechecker.h"
#include "rewritedialog.h"
#include "rewriteeditorwidget.h"
#include "rewriteexportdialog.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/programstore.h"
#include "store/rewritestore.h"
#include "storetestkit.h"
#include "webservertestkit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestLinksPane : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void paneShowsEveryRewrite();
    void addThroughTheDialog();
    void refusedInputShowsTheStoreMessage();
    void undoRedoAddEditDelete();
    void exportToFileAndClipboard();
    void checkAgainstRealNginx();
    void checkThroughIsRemembered();

private:
    RewriteEditorWidget *editor() const;
    QTableView *table() const;
    QAction *action(const QString &name) const;
    int rowOf(const QString &path) const;
    void selectPath(const QString &path);
    QString cell(const QString &path, int column, int role = Qt::DisplayRole) const;
    // What the second connection reads: "host path target code" per rewrite, by host and path.
    QStringList stored() const;
    // Fills the Add or Edit dialog as a user types.
    static void fill(RewriteDialog *dialog, const QString &partner, const QString &host, const QString &path,
                     const QString &target);
    void addThroughDialog(const QString &partner, const QString &host, const QString &path, const QString &target);

    qint64 m_bob = 0;
};

void TestLinksPane::initTestCase()
{
    isolateSettings();
    StoreTestKit::pinNow();
}

void TestLinksPane::init()
{
    QVERIFY(newBook());
    // The books before the window opens: a program, Jane and Bob in it, Bob's vanity link.
    QVERIFY(openCheck());
    ProgramStore programs(*m_check);
    AffiliateStore affiliates(*m_check);
    Program partner;
    partner.name = u"Koongo Partner"_s;
    partner.storeHosts = {u"koongo.com"_s, u"shop.koongo.de"_s};
    const Result<qint64> program = programs.add(partner);
    QVERIFY2(program, qPrintable(program.error()));
    const Result<Affiliate> jane = affiliates.add(u"Jane Doe"_s, u"jane@example.com"_s, u"JANE"_s);
    const Result<Affiliate> bob = affiliates.add(u"Bob Roe"_s, u"bob@example.com"_s, u"BOB"_s);
    // Sorted before Bob and found by "BOB" too: editing Bob's rewrite must still start with Bob.
    const Result<Affiliate> abe = affiliates.add(u"Abe Bobek"_s, u"abe@example.com"_s, u"ABOB"_s);
    QVERIFY(jane && bob && abe);
    m_bob = bob->id;
    QVERIFY(programs.join(jane->id, *program));
    QVERIFY(programs.join(bob->id, *program));
    QVERIFY(RewriteStore(*m_check).add({m_bob, u"koongo.com"_s, u"/partner/bob"_s, u"https://koongo.com/sale"_s}));

    QVERIFY(openWindow());
    QVERIFY(m_window->showPane(u"links"_s));
    QVERIFY(editor());
    editor()->setCheckerSetup([](RewriteChecker &checker) { checker.setTimeout(std::chrono::seconds(10)); });
}

void TestLinksPane::cleanup()
{
    closeBook();
}

RewriteEditorWidget *TestLinksPane::editor() const
{
    return child<RewriteEditorWidget>(m_window.get(), u"rewriteEditor"_s);
}

QTableView *TestLinksPane::table() const
{
    return child<QTableView>(m_window.get(), u"rewriteEditorTable"_s);
}

QAction *TestLinksPane::action(const QString &name) const
{
    return child<QAction>(m_window.get(), name);
}

int TestLinksPane::rowOf(const QString &path) const
{
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RewriteTableModel::Path).data().toString() == path)
            return row;
    }
    return -1;
}

void TestLinksPane::selectPath(const QString &path)
{
    const int row = rowOf(path);
    QVERIFY2(row >= 0, qPrintable(path));
    table()->setFocus();
    const QModelIndex index = table()->model()->index(row, RewriteTableModel::Path);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
    QCOMPARE(editor()->selectedRewrites().size(), 1);
    QCOMPARE(editor()->selectedRewrites().first().rewrite.path, path);
}

QString TestLinksPane::cell(const QString &path, int column, int role) const
{
    const int row = rowOf(path);
    return row < 0 ? QString() : table()->model()->index(row, column).data(role).toString();
}

QStringList TestLinksPane::stored() const
{
    QStringList rows;
    for (const RewriteRow &row : RewriteStore(*m_check).list()) {
        const Rewrite &r = row.rewrite;
        rows.append(QStringList{r.host, r.path, r.targetUrl, r.affiliateCode}.join(u' '));
    }
    return rows;
}

void TestLinksPane::fill(RewriteDialog *dialog, const QString &partner, const QString &host, const QString &path,
                         const QString &target)
{
    if (!partner.isNull())
        replaceText(child<QLineEdit>(dialog, u"partnerSearchEdit"_s), partner);
    if (!host.isNull()) {
        auto *hosts = child<QComboBox>(dialog, u"hostCombo"_s);
        hosts->setFocus();
        replaceText(hosts->lineEdit(), host);
    }
    if (!path.isNull())
        replaceText(child<QLineEdit>(dialog, u"pathEdit"_s), path);
    if (!target.isNull())
        replaceText(child<QLineEdit>(dialog, u"targetEdit"_s), target);
}

void TestLinksPane::addThroughDialog(const QString &partner, const QString &host, const QString &path,
                                     const QString &target)
{
    bool handled = false;
    whenModal<RewriteDialog>([&](RewriteDialog *dialog) {
        fill(dialog, partner, host, path, target);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
        handled = true;
    });
    action(u"addRewriteAction"_s)->trigger();
    QVERIFY(handled);
}

void TestLinksPane::paneShowsEveryRewrite()
{
    auto *tabs = child<QTabWidget>(m_window.get(), u"linksTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->currentWidget(), editor());
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(cell(u"/partner/bob"_s, RewriteTableModel::Host), u"koongo.com"_s);
    QCOMPARE(cell(u"/partner/bob"_s, RewriteTableModel::Partner), u"Bob Roe (BOB)"_s);
    QCOMPARE(cell(u"/partner/bob"_s, RewriteTableModel::Target), u"https://koongo.com/sale?acc=BOB"_s);
    // A rewrite made elsewhere (the CLI) shows after a reload; the filter works in SQL.
    QVERIFY(RewriteStore(*m_check).add({m_bob, u"shop.koongo.de"_s, u"/bob"_s, u"https://shop.koongo.de/"_s}));
    m_window->pane(u"links"_s)->invalidate();
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    replaceText(child<QLineEdit>(m_window.get(), u"rewriteFilterEdit"_s), u"shop."_s);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(cell(u"/bob"_s, RewriteTableModel::Host), u"shop.koongo.de"_s);
    replaceText(child<QLineEdit>(m_window.get(), u"rewriteFilterEdit"_s), QString());
    QTRY_COMPARE(table()->model()->rowCount(), 2);
}

void TestLinksPane::addThroughTheDialog()
{
    bool handled = false;
    whenModal<RewriteDialog>([&](RewriteDialog *dialog) {
        auto *ok = child<QPushButton>(dialog, u"okButton"_s);
        QVERIFY(!ok->isEnabled()); // nothing entered yet
        fill(dialog, u"jane"_s, QString(), u"/partner/jane/"_s, u"https://koongo.com/pricing#plans"_s);
        // The partner search picked Jane; the host list is hers, the first chosen.
        QCOMPARE(child<QComboBox>(dialog, u"partnerCombo"_s)->currentText(), u"Jane Doe (JANE)"_s);
        auto *hosts = child<QComboBox>(dialog, u"hostCombo"_s);
        QCOMPARE(hosts->count(), 2);
        QCOMPARE(hosts->currentText(), u"koongo.com"_s);
        QVERIFY(ok->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"errorLabel"_s)->text().isEmpty());
        const QString preview = child<QLabel>(dialog, u"previewLabel"_s)->text();
        QVERIFY2(preview.contains(u"https://koongo.com/partner/jane"_s), qPrintable(preview));
        QVERIFY2(preview.contains(u"https://koongo.com/pricing?acc=JANE#plans"_s), qPrintable(preview));
        QTest::mouseClick(ok, Qt::LeftButton);
        handled = true;
    });
    action(u"addRewriteAction"_s)->trigger();
    QVERIFY(handled);
    QCOMPARE(stored(), (QStringList{u"koongo.com /partner/bob https://koongo.com/sale?acc=BOB BOB"_s,
                                    u"koongo.com /partner/jane https://koongo.com/pricing?acc=JANE#plans JANE"_s}));
    // The new row is shown and selected, and the edit is on the undo stack.
    QCOMPARE(editor()->selectedRewrites().value(0).rewrite.path, u"/partner/jane"_s);
    QCOMPARE(action(u"undoAction"_s)->text(), u"&Undo Add rewrite koongo.com/partner/jane"_s);
}

void TestLinksPane::refusedInputShowsTheStoreMessage()
{
    bool handled = false;
    whenModal<RewriteDialog>([&](RewriteDialog *dialog) {
        auto *ok = child<QPushButton>(dialog, u"okButton"_s);
        const QStringList reasons{u"partnerReason"_s, u"hostReason"_s, u"pathReason"_s, u"targetReason"_s,
                                  u"errorLabel"_s};
        // The store's message, under the field it is about and nowhere else.
        const auto expectRefusal = [&](const QString &under, const QString &host, const QString &path,
                                       const QString &target) {
            const QString message =
                RewriteStore(*m_check).validate({dialog->draft().affiliateId, host, path, target}).error();
            QVERIFY(!message.isEmpty());
            for (const QString &name : reasons) {
                auto *label = child<QLabel>(dialog, name);
                QCOMPARE(label->text(), name == under ? message : QString());
                QCOMPARE(label->isVisible(), name == under);
            }
            QVERIFY(!ok->isEnabled());
        };
        const auto reason = [&](const QString &name) {
            return child<QLabel>(dialog, name)->text();
        };
        fill(dialog, u"jane"_s, u"koongo.com"_s, u"/partner/../admin"_s, u"https://koongo.com/"_s);
        expectRefusal(u"pathReason"_s, u"koongo.com"_s, u"/partner/../admin"_s, u"https://koongo.com/"_s);
        QVERIFY(reason(u"pathReason"_s).startsWith(u"The path \"/partner/../admin\" is not a valid vanity path"_s));
        // Bob's address, as its www. and trailing-slash twin.
        fill(dialog, QString(), u"www.koongo.com"_s, u"/partner/bob/"_s, QString());
        expectRefusal(u"pathReason"_s, u"www.koongo.com"_s, u"/partner/bob/"_s, u"https://koongo.com/"_s);
        QVERIFY(reason(u"pathReason"_s).startsWith(u"koongo.com/partner/bob is already a rewrite of partner BOB"_s));
        fill(dialog, QString(), u"evil.example"_s, u"/jane"_s, QString());
        expectRefusal(u"hostReason"_s, u"evil.example"_s, u"/jane"_s, u"https://koongo.com/"_s);
        fill(dialog, QString(), u"koongo.com"_s, QString(), u"https://evil.example/"_s);
        expectRefusal(u"targetReason"_s, u"koongo.com"_s, u"/jane"_s, u"https://evil.example/"_s);
        QVERIFY(reason(u"targetReason"_s).startsWith(u"The target must be a store URL"_s));
        // Put right, OK comes back and every reason goes; Cancel still writes nothing.
        fill(dialog, QString(), QString(), QString(), u"https://koongo.com/"_s);
        QVERIFY(ok->isEnabled());
        for (const QString &name : reasons)
            QVERIFY2(!child<QLabel>(dialog, name)->isVisible(), qPrintable(name));
        handled = true;
        dialog->reject();
    });
    action(u"addRewriteAction"_s)->trigger();
    QVERIFY(handled);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(m_window->findChild<QUndoStack *>(u"undoStack"_s)->count(), 0);
}

void TestLinksPane::undoRedoAddEditDelete()
{
    auto *undo = action(u"undoAction"_s);
    auto *redo = action(u"redoAction"_s);
    const QStringList initial = stored();
    const qint64 bobId = RewriteStore(*m_check).list().first().rewrite.id;

    addThroughDialog(u"jane"_s, u"shop.koongo.de"_s, u"/jane"_s, u"https://shop.koongo.de/a"_s);
    const QStringList added = stored();
    QCOMPARE(added.size(), 2);
    QVERIFY(added.contains(u"shop.koongo.de /jane https://shop.koongo.de/a?acc=JANE JANE"_s));
    const qint64 janeId = editor()->selectedRewrites().value(0).rewrite.id;

    // Edit Bob's: another path and target, handed to Jane.
    selectPath(u"/partner/bob"_s);
    bool handled = false;
    whenModal<RewriteDialog>([&](RewriteDialog *dialog) {
        QCOMPARE(dialog->windowTitle(), u"Edit Rewrite"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"pathEdit"_s)->text(), u"/partner/bob"_s);
        QCOMPARE(child<QComboBox>(dialog, u"partnerCombo"_s)->currentText(), u"Bob Roe (BOB)"_s);
        QVERIFY(child<QPushButton>(dialog, u"okButton"_s)->isEnabled());
        fill(dialog, u"jane"_s, QString(), u"/p/jane"_s, u"https://koongo.com/b?acc=BOB"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
        handled = true;
    });
    action(u"editRewriteAction"_s)->trigger();
    QVERIFY(handled);
    const QStringList edited = stored();
    QVERIFY2(edited.contains(u"koongo.com /p/jane https://koongo.com/b?acc=JANE JANE"_s),
             qPrintable(edited.join(u'\n')));
    QCOMPARE(RewriteStore(*m_check).byId(bobId)->rewrite.path, u"/p/jane"_s);

    // Delete the one that was added.
    selectPath(u"/jane"_s);
    action(u"deleteRewriteAction"_s)->trigger();
    const QStringList deleted = stored();
    QCOMPARE(deleted, QStringList{u"koongo.com /p/jane https://koongo.com/b?acc=JANE JANE"_s});
    QCOMPARE(table()->model()->rowCount(), 1);

    // Undo all three, checking the books at each step; ids come back too.
    undo->trigger();
    QCOMPARE(stored(), edited);
    QVERIFY(RewriteStore(*m_check).byId(janeId));
    undo->trigger();
    QCOMPARE(stored(), added);
    QCOMPARE(RewriteStore(*m_check).byId(bobId)->rewrite.affiliateCode, u"BOB"_s);
    undo->trigger();
    QCOMPARE(stored(), initial);
    QCOMPARE(table()->model()->rowCount(), 1);
    QVERIFY(!undo->isEnabled());
    // And redo them.
    redo->trigger();
    QCOMPARE(stored(), added);
    QCOMPARE(RewriteStore(*m_check).byId(janeId)->rewrite.path, u"/jane"_s);
    redo->trigger();
    QCOMPARE(stored(), edited);
    redo->trigger();
    QCOMPARE(stored(), deleted);
    QCOMPARE(table()->model()->rowCount(), 1);
    // Every step is in the audit log.
    QCOMPARE(StoreTestKit::count(*m_check, u"audit_log"_s, u"entity = 'rewrite' AND action = 'rewrite.restore'"_s), 4);
}

void TestLinksPane::exportToFileAndClipboard()
{
    QVERIFY(RewriteStore(*m_check).add(
        {m_bob, u"shop.koongo.de"_s, u"/deal"_s, u"https://shop.koongo.de/d?p=$5&off=10%25"_s}));
    const QList<Rewrite> rewrites = AffiliateStore(*m_check).rewrites();
    const QString apacheFile = m_dir->filePath(u"rules.apache.conf"_s);
    const QString nginxFile = m_dir->filePath(u"rules.nginx.conf"_s);
    QString suggested;
    QString target = apacheFile;
    FileDialogs::setAnswerer([&](const FileDialogs::Question &question) {
        suggested = QFileInfo(question.suggested).fileName();
        return FileDialogs::Answer{{target}, {}};
    });
    bool handled = false;
    whenModal<RewriteExportDialog>([&](RewriteExportDialog *dialog) {
        auto *format = child<QComboBox>(dialog, u"formatCombo"_s);
        format->setCurrentIndex(1);
        QCOMPARE(child<QPlainTextEdit>(dialog, u"rulesPreview"_s)->toPlainText(), RewriteExporter::toApache(rewrites));
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(suggested, u"partnerdesk-rewrites.apache.conf"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"copyButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), RewriteExporter::toApache(rewrites));

        format->setCurrentIndex(0);
        auto *listen = child<QLineEdit>(dialog, u"listenEdit"_s);
        replaceText(listen, u"127.0.0.1:8080; include /etc/passwd"_s);
        QVERIFY(!child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"errorLabel"_s)->text().contains(u"is not a listen address"_s));
        replaceText(listen, u"127.0.0.1:8080"_s);
        target = nginxFile;
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, u"statusLabel"_s)->text().startsWith(u"Saved "_s));
        QTest::mouseClick(child<QPushButton>(dialog, u"copyButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), RewriteExporter::toNginx(rewrites, u"127.0.0.1:8080"_s));
        handled = true;
        dialog->reject();
    });
    action(u"exportRewriteRulesAction"_s)->trigger();
    QVERIFY(handled);
    QCOMPARE(QString::fromUtf8(StoreTestKit::readFile(apacheFile)), RewriteExporter::toApache(rewrites));
    QCOMPARE(QString::fromUtf8(StoreTestKit::readFile(nginxFile)),
             RewriteExporter::toNginx(rewrites, u"127.0.0.1:8080"_s));
    QVERIFY(QString::fromUtf8(StoreTestKit::readFile(nginxFile)).contains(u"${partnerdesk_dollar}5"_s));
}

void TestLinksPane::checkAgainstRealNginx()
{
    WebServerTestKit::WebServer nginx(WebServerTestKit::WebServer::Kind::Nginx);
    if (nginx.binary().isEmpty())
        QSKIP("nginx is not installed (Debian: apt-get install nginx-light); there is nothing to check against");
    addThroughDialog(u"jane"_s, u"koongo.com"_s, u"/jane"_s, u"https://koongo.com/pricing"_s);

    // Export through the pane, with the port the server will listen on, and load that file.
    const quint16 port = WebServerTestKit::freePort();
    QVERIFY(port != 0);
    const QString file = m_dir->filePath(u"exported.conf"_s);
    FileDialogs::answerNext(file);
    whenModal<RewriteExportDialog>([&](RewriteExportDialog *dialog) {
        child<QComboBox>(dialog, u"formatCombo"_s)->setCurrentIndex(0);
        replaceText(child<QLineEdit>(dialog, u"listenEdit"_s), u"127.0.0.1:%1"_s.arg(port));
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        dialog->accept();
    });
    action(u"exportRewriteRulesAction"_s)->trigger();
    QString error;
    QVERIFY2(nginx.startOnPort(port, QString::fromUtf8(StoreTestKit::readFile(file)), &error), qPrintable(error));

    // After the export: Bob's target changes and a new rewrite appears; the server knows neither.
    selectPath(u"/partner/bob"_s);
    whenModal<RewriteDialog>([&](RewriteDialog *dialog) {
        fill(dialog, QString(), QString(), QString(), u"https://koongo.com/new"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    action(u"editRewriteAction"_s)->trigger();
    addThroughDialog(u"Bob Roe"_s, u"shop.koongo.de"_s, u"/later"_s, u"https://shop.koongo.de/"_s);
    QCOMPARE(table()->model()->rowCount(), 3);

    replaceText(child<QLineEdit>(m_window.get(), u"checkThroughEdit"_s), nginx.base());
    table()->clearSelection(); // none selected: every row shown is checked
    action(u"checkRewritesAction"_s)->trigger();
    const auto state = [this](const QString &path) {
        return RewriteTableModel::CheckState(
            cell(path, RewriteTableModel::LastCheck, RewriteTableModel::CheckStateRole).toInt());
    };
    QTRY_VERIFY_WITH_TIMEOUT(state(u"/jane"_s) != RewriteTableModel::CheckState::Running &&
                                 state(u"/partner/bob"_s) != RewriteTableModel::CheckState::Running &&
                                 state(u"/later"_s) != RewriteTableModel::CheckState::Running,
                             30000);
    QTRY_VERIFY(action(u"checkRewritesAction"_s)->isEnabled());
    const QString through = u" (through 127.0.0.1:%1)"_s.arg(port);
    QCOMPARE(state(u"/jane"_s), RewriteTableModel::CheckState::Ok);
    QCOMPARE(cell(u"/jane"_s, RewriteTableModel::LastCheck), u"OK: 4 address(es) answered 302 with the tracked URL."_s);
    QVERIFY(
        cell(u"/jane"_s, RewriteTableModel::LastCheck, Qt::ToolTipRole)
            .contains(u"http://www.koongo.com/jane/"_s + through + u": 302 to https://koongo.com/pricing?acc=JANE"_s));
    QCOMPARE(state(u"/partner/bob"_s), RewriteTableModel::CheckState::Failed);
    QCOMPARE(cell(u"/partner/bob"_s, RewriteTableModel::LastCheck),
             u"http://koongo.com/partner/bob"_s + through +
                 u": 302 to https://koongo.com/sale?acc=BOB, but the tracked URL is https://koongo.com/new?acc=BOB "
                 u"(and 3 more address(es))"_s);
    QCOMPARE(state(u"/later"_s), RewriteTableModel::CheckState::Failed);
    QVERIFY(cell(u"/later"_s, RewriteTableModel::LastCheck).contains(u": HTTP 404 instead of a 302 to "_s));

    // Checking one selected row touches only that row; an edit voids its result.
    selectPath(u"/jane"_s);
    QVERIFY(state(u"/later"_s) == RewriteTableModel::CheckState::Failed);
    whenModal<RewriteDialog>([&](RewriteDialog *dialog) {
        fill(dialog, QString(), QString(), QString(), u"https://koongo.com/pricing?x=1"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    action(u"editRewriteAction"_s)->trigger();
    QCOMPARE(state(u"/jane"_s), RewriteTableModel::CheckState::None);
    QCOMPARE(state(u"/later"_s), RewriteTableModel::CheckState::Failed);
}

void TestLinksPane::checkThroughIsRemembered()
{
    auto *through = child<QLineEdit>(m_window.get(), u"checkThroughEdit"_s);
    through->setFocus();
    replaceText(through, u"http://127.0.0.1:8081"_s);
    QTest::keyClick(through, Qt::Key_Return);
    m_window.reset();
    QVERIFY(openWindowHidden());
    QCOMPARE(child<QLineEdit>(m_window.get(), u"checkThroughEdit"_s)->text(), u"http://127.0.0.1:8081"_s);
    // A bad base is refused with its reason, and not remembered.
    m_window->show();
    QVERIFY(m_window->showPane(u"links"_s));
    auto *edit = child<QLineEdit>(m_window.get(), u"checkThroughEdit"_s);
    edit->setFocus();
    replaceText(edit, u"ftp://x"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(
        child<QLabel>(m_window.get(), u"rewritesStatusLabel"_s)->text().startsWith(u"Check through: \"ftp://x\""_s));
    QCOMPARE(QSettings().value(u"RewriteEditor/checkThrough"_s).toString(), u"http://127.0.0.1:8081"_s);
}

QTEST_MAIN(TestLinksPane)
#include "tst_linkspane.moc"
