// The app and partnerdesk-cli refuse the same input, with the same words, under the field.
// Why this file is long: four dialogs, each a table of refused and accepted values driven through
// the dialog and through the CLI side by side; one window and one CLI binary serve them all.

#include "addbannerdialog.h"
#include "clirunner.h"
#include "guitestkit.h"
#include "importresultdialog.h"
#include "itemmodels/rewritetablemodel.h"
#include "linkspane.h"
#include "localhttpserver.h"
#include "mainwindow.h"
#include "network/networkguard.h"
#include "packagepane.h"
#include "rewritedialog.h"
#include "store/affiliatestore.h"
#include "store/bannerstore.h"
#include "store/database.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
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
using PartnerDeskTest::CliRun;
using PartnerDeskTest::CliRunner;

// Issue #12, "Bad input in the app": the link builder, the rewrite editor, the banner dialog and
// the import dialog show why a value is refused under its field as it is entered, in the words
// partnerdesk-cli prints for the same value; their accept button stays disabled, Enter or accept()
// stores nothing, and the CLI refuses every value the app refuses (and accepts what it accepts).
class TestInlineReasons : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void linkBuilderRefuses_data();
    void linkBuilderRefuses();
    void linkBuilderAgreesWithTheCli_data();
    void linkBuilderAgreesWithTheCli();

    void rewriteDialogRefuses_data();
    void rewriteDialogRefuses();
    void rewriteDialogAndCliAcceptTheSame();

    void bannerDialogRefuses_data();
    void bannerDialogRefuses();
    void bannerDialogAndCliAcceptTheSame();

    void importDialogShowsWhyNothingWasImported_data();
    void importDialogShowsWhyNothingWasImported();
    void importDialogNamesRejectedLinesBesideImportedRows();

private:
    // partnerdesk-cli on the window's database file.
    CliRun cli(QStringList arguments) const;
    // The one visible reason label among `names` (by objectName) of `dialog`, checked to be the
    // only one shown.
    static QString onlyReason(QWidget *dialog, const QStringList &names, const QString &expected);
    void showPackageTab(const QString &code, const QString &tab);
    ImportResultDialog *waitForImportResult();
    qint64 ownBanners() const;

    CliRunner m_cli;
    qint64 m_program = 0;
    qint64 m_jane = 0;
    TestHttp::LocalHttpServer m_server; // the banner image, on 127.0.0.1
};

namespace {

const QString longText(int length)
{
    return QString(length, u'x');
}

QByteArray pngOf(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The message of a refused CLI run, without the "partnerdesk-cli: " each error line starts with.
QString cliMessage(const CliRun &run)
{
    QString message = run.err.trimmed();
    if (message.startsWith(u"partnerdesk-cli: "_s))
        message = message.mid(17);
    return message;
}

// With PARTNERDESK_SCREENSHOT_DIR set (scripts/screenshots.sh), the dialog of the row named
// `shotRow` is saved as docs/screenshot-inline-reasons-NAME.png.
void screenshot(QWidget *dialog, const char *shotRow, const QString &name)
{
    const QString shots = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR");
    if (shots.isEmpty() || qstrcmp(QTest::currentDataTag(), shotRow) != 0)
        return;
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(shots + u"/screenshot-inline-reasons-"_s + name + u".png"_s));
}

} // namespace

void TestInlineReasons::initTestCase()
{
    StoreTestKit::pinNow();
    isolateSettings();
    QVERIFY2(m_cli.error().isEmpty(), qPrintable(m_cli.error()));
    QVERIFY(m_server.listen());
    m_server.setRoutes({{u"/banner.png"_s, TestHttp::Route{200, "image/png", pngOf(5000, 40), 0, true, {}}}});
}

void TestInlineReasons::init()
{
    QVERIFY(newBook(u"books.sqlite"_s));
    // The banner image is served on 127.0.0.1, as a manager allows with Network/allowPrivateAddresses.
    QSettings().setValue(NetworkGuard::settingKey, true);
    QVERIFY(openCheck());
    ProgramStore programs(*m_check);
    AffiliateStore affiliates(*m_check);
    Program koongo;
    koongo.name = u"Koongo Partner"_s;
    koongo.storeHosts = {u"koongo.com"_s};
    const Result<qint64> program = programs.add(koongo);
    QVERIFY2(program, qPrintable(program.error()));
    const Result<Affiliate> jane = affiliates.add(u"Jane Doe"_s, u"jane@example.com"_s, u"JANE"_s);
    // A code as odd as codes may be: '&', '#', '=', '+', a space and non-ASCII letters.
    const Result<Affiliate> odd = affiliates.add(u"Ödön Špaček"_s, u"odon@example.com"_s, u"Ö&D #1=+ž"_s);
    QVERIFY(jane && odd);
    m_program = *program;
    m_jane = jane->id;
    QVERIFY(programs.join(jane->id, *program));
    QVERIFY(programs.join(odd->id, *program));

    QVERIFY(openWindow());
}

void TestInlineReasons::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
            dialog->reject();
    }
    m_window.reset();
    m_check.reset();
    m_dir.reset();
}

CliRun TestInlineReasons::cli(QStringList arguments) const
{
    arguments << u"--db"_s << m_path;
    return m_cli.run(arguments);
}

QString TestInlineReasons::onlyReason(QWidget *dialog, const QStringList &names, const QString &expected)
{
    QString shown;
    for (const QString &name : names) {
        auto *label = dialog->findChild<QLabel *>(name);
        if (!label) {
            qWarning("no reason label %s", qPrintable(name));
            return {};
        }
        if (name == expected) {
            if (!label->isVisible() || label->text().isEmpty())
                qWarning("%s shows nothing", qPrintable(name));
            else
                shown = label->text();
        } else if (label->isVisible() && !label->text().isEmpty()) {
            qWarning("%s says \"%s\" too", qPrintable(name), qPrintable(label->text()));
            return {};
        }
    }
    return shown;
}

void TestInlineReasons::showPackageTab(const QString &code, const QString &tab)
{
    QVERIFY(m_window->showPane(u"package"_s));
    auto *pane = qobject_cast<PackagePane *>(m_window->pane(u"package"_s));
    QVERIFY(pane);
    pane->setPartner(code);
    QVERIFY(pane->partner());
    auto *tabs = child<QTabWidget>(pane, u"packageTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentWidget(child<QWidget>(pane, tab));
    QTRY_VERIFY(child<QWidget>(pane, tab)->isVisible());
}

ImportResultDialog *TestInlineReasons::waitForImportResult()
{
    ImportResultDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<ImportResultDialog *>(u"importResultDialog"_s);
            return dialog && dialog->isVisible();
        },
        20000);
    return shown ? dialog : nullptr;
}

qint64 TestInlineReasons::ownBanners() const
{
    return StoreTestKit::count(*m_check, u"banners"_s);
}

// --- the link builder (Partner Package › Links and Coupons; `link`) -----------------------------

void TestInlineReasons::linkBuilderRefuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("viaCli"); // argv cannot carry a NUL

    QTest::addRow("javascript: URL") << u"javascript:alert(document.cookie)"_s << u"Only http and https"_s << true;
    QTest::addRow("data: URL") << u"data:text/html;base64,PHNjcmlwdD4="_s << u"Only http and https"_s << true;
    QTest::addRow("data: URL with markup")
        << u"data:text/html,<script>alert(1)</script>"_s << u"not a valid URL"_s << true;
    QTest::addRow("space inside") << u"https://koongo.com/a b"_s << u"not a valid URL"_s << true;
    QTest::addRow("newline inside") << u"https://koongo.com/a\nb"_s << u"not a valid URL"_s << true;
    QTest::addRow("NUL inside") << u"https://koongo.com/a"_s + QChar(0) + u"b"_s << u"not a valid URL"_s << false;
    QTest::addRow("foreign host") << u"https://evil.example/koongo.com"_s << u"is not a store host"_s << true;
    QTest::addRow("look-alike host") << u"https://koongo.com.evil.example/"_s << u"is not a store host"_s << true;
    QTest::addRow("IP literal") << u"https://127.0.0.1/"_s << u"is not a store host"_s << true;
    QTest::addRow("IPv6 literal") << u"https://[::1]/"_s << u"host"_s << true;
    QTest::addRow("public suffix") << u"https://com/"_s << u"is not a store host"_s << true;
    QTest::addRow("store as user info") << u"https://koongo.com@evil.example/"_s << u"user name or password"_s << true;
    QTest::addRow("password before the store") << u"https://me:pw@koongo.com/"_s << u"user name or password"_s << true;
    QTest::addRow("over-long") << u"https://koongo.com/?q="_s + longText(2100) << u"characters long"_s << true;
}

void TestInlineReasons::linkBuilderRefuses()
{
    QFETCH(QString, url);
    QFETCH(QString, words);
    QFETCH(bool, viaCli);
    showPackageTab(u"JANE"_s, u"LinkBuilderWidget"_s);
    auto *edit = child<QLineEdit>(m_window.get(), u"linkUrlEdit"_s);
    auto *reason = child<QLabel>(m_window.get(), u"linkErrorLabel"_s);
    auto *copy = child<QPushButton>(m_window.get(), u"copyLinkButton"_s);
    QVERIFY(edit && reason && copy);
    // First a good URL, so the refusal has something to take away.
    edit->setFocus();
    replaceText(edit, u"https://koongo.com/"_s);
    QVERIFY(copy->isEnabled());
    QVERIFY(!reason->isVisible());

    edit->setText(url); // as pasted
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(words), qPrintable(reason->text()));
    QVERIFY(child<QLineEdit>(m_window.get(), u"trackedUrlEdit"_s)->text().isEmpty());
    QVERIFY(!copy->isEnabled());
    QVERIFY(!child<QPushButton>(m_window.get(), u"copyQrButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(m_window.get(), u"saveQrButton"_s)->isEnabled());
    // Enter and a click on the disabled Copy put nothing on the clipboard.
    QGuiApplication::clipboard()->setText(u"untouched"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"untouched"_s);

    if (!viaCli)
        return;
    const QStringList arguments{u"link"_s, u"--affiliate"_s, u"JANE"_s, u"--url"_s, url};
    const CliRun run = cli(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1 && run.out.isEmpty());
    // The same words, not merely a refusal.
    CLI_EXPECT(run, arguments, cliMessage(run) == reason->text());
}

void TestInlineReasons::linkBuilderAgreesWithTheCli_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("url");

    QTest::addRow("path, query and fragment") << u"JANE"_s << u"https://koongo.com/pricing?x=1&acc=OLD#plans"_s;
    QTest::addRow("subdomain, IDN path") << u"JANE"_s << u"https://shop.koongo.com/ceník"_s;
    QTest::addRow("odd code") << u"Ö&D #1=+ž"_s << u"https://koongo.com/?a=b"_s;
    QTest::addRow("spaces around") << u"JANE"_s << u"  https://KOONGO.com/x  "_s;
}

void TestInlineReasons::linkBuilderAgreesWithTheCli()
{
    QFETCH(QString, code);
    QFETCH(QString, url);
    showPackageTab(code, u"LinkBuilderWidget"_s);
    child<QLineEdit>(m_window.get(), u"linkUrlEdit"_s)->setText(url);
    const QString tracked = child<QLineEdit>(m_window.get(), u"trackedUrlEdit"_s)->text();
    QVERIFY(!tracked.isEmpty());
    QVERIFY(!child<QLabel>(m_window.get(), u"linkErrorLabel"_s)->isVisible());
    QVERIFY(child<QPushButton>(m_window.get(), u"copyLinkButton"_s)->isEnabled());
    const QStringList arguments{u"link"_s, u"--affiliate"_s, code, u"--url"_s, url};
    const CliRun run = cli(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0 && run.out.trimmed() == tracked);
}

// --- the rewrite editor (Direct Links & Rewrites › Add Rewrite; `rewrite add`) -------------------

void TestInlineReasons::rewriteDialogRefuses_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("field"); // the reason label that must say it
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("viaCli");

    const QString host = u"koongo.com"_s;
    const QString path = u"/partner/jane"_s;
    const QString target = u"https://koongo.com/pricing"_s;
    const QString nul(QChar(0));
    const auto row = [&](const char *name, const QString &h, const QString &p, const QString &t, const char *field,
                         const QString &words, bool viaCli = true) {
        QTest::addRow("%s", name) << h << p << t << QString::fromLatin1(field) << words << viaCli;
    };
    row("path with a newline", host, u"/partner/ja\nne"_s, target, "pathReason", u"space or a control character"_s);
    row("path with a NUL", host, u"/partner/ja"_s + nul + u"ne"_s, target, "pathReason",
        u"space or a control character"_s, false);
    row("path with a tab", host, u"/partner/ja\tne"_s, target, "pathReason", u"space or a control character"_s);
    row("path with ..", host, u"/partner/../admin"_s, target, "pathReason", u"resolved by browsers"_s);
    row("path with {", host, u"/partner/{jane}"_s, target, "pathReason", u"\"{\" cannot be used"_s);
    row("path with ;", host, u"/partner;jane"_s, target, "pathReason", u"\";\" cannot be used"_s);
    row("path with a double quote", host, u"/partner/\"jane"_s, target, "pathReason", u"\"\"\" cannot be used"_s);
    row("path with a single quote", host, u"/partner/'jane"_s, target, "pathReason", u"\"'\" cannot be used"_s);
    row("path with $", host, u"/partner/$1"_s, target, "pathReason", u"\"$\" cannot be used"_s);
    row("path with non-ASCII", host, u"/partner/jané"_s, target, "pathReason", u"\"é\" cannot be used"_s);
    row("path with a query", host, u"/partner?acc=X"_s, target, "pathReason", u"a query"_s);
    row("path without /", host, u"partner/jane"_s, target, "pathReason", u"must start with"_s);
    row("path //", host, u"/partner//jane"_s, target, "pathReason", u"empty segment"_s);
    row("over-long path", host, u"/"_s + longText(300), target, "pathReason", u"longer than"_s);
    row("host an IP literal", u"127.0.0.1"_s, path, target, "hostReason", u"is not a store host"_s);
    row("host an IPv6 literal", u"[::1]"_s, path, target, "hostReason", u"not"_s);
    row("host a public suffix", u"com"_s, path, target, "hostReason", u"is not a store host"_s);
    row("host a look-alike", u"koongo.com.evil.example"_s, path, target, "hostReason", u"is not a store host"_s);
    row("host with a newline", u"koongo.com\nevil.example"_s, path, target, "hostReason", u"host"_s);
    row("target javascript:", host, path, u"javascript:alert(1)"_s, "targetReason", u"Only http and https"_s);
    row("target with a space", host, path, u"https://koongo.com/a b"_s, "targetReason", u"not a valid URL"_s);
    row("target with a newline", host, path, u"https://koongo.com/a\r\nLocation: x"_s, "targetReason",
        u"not a valid URL"_s);
    row("target on another host", host, path, u"https://evil.example/"_s, "targetReason", u"is not a store host"_s);
    row("target over-long", host, path, u"https://koongo.com/?q="_s + longText(2100), "targetReason",
        u"at most 2000 characters"_s);
    row("target is the vanity path", host, path, u"https://koongo.com/partner/jane/"_s, "targetReason",
        u"would loop"_s);
}

void TestInlineReasons::rewriteDialogRefuses()
{
    QFETCH(QString, host);
    QFETCH(QString, path);
    QFETCH(QString, target);
    QFETCH(QString, field);
    QFETCH(QString, words);
    QFETCH(bool, viaCli);
    const QStringList reasons{u"partnerReason"_s, u"hostReason"_s, u"pathReason"_s, u"targetReason"_s, u"errorLabel"_s};
    QVERIFY(m_window->showPane(u"links"_s));
    QString shown;
    bool handled = false;
    whenModal<RewriteDialog>([&](RewriteDialog *dialog) {
        child<QLineEdit>(dialog, u"partnerSearchEdit"_s)->setText(u"JANE"_s);
        QCOMPARE(child<QComboBox>(dialog, u"partnerCombo"_s)->currentText(), u"Jane Doe (JANE)"_s);
        child<QComboBox>(dialog, u"hostCombo"_s)->setCurrentText(host);
        child<QLineEdit>(dialog, u"pathEdit"_s)->setText(path);
        child<QLineEdit>(dialog, u"targetEdit"_s)->setText(target);
        shown = onlyReason(dialog, reasons, field);
        QVERIFY2(shown.contains(words), qPrintable(shown));
        auto *ok = child<QPushButton>(dialog, u"okButton"_s);
        QVERIFY(!ok->isEnabled());
        screenshot(dialog, "path with {", u"rewrite"_s);
        // Neither Enter nor accept() closes it.
        QTest::keyClick(child<QLineEdit>(dialog, u"targetEdit"_s), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QCOMPARE(onlyReason(dialog, reasons, field), shown);
        handled = true;
        dialog->reject();
    });
    child<QAction>(m_window.get(), u"addRewriteAction"_s)->trigger();
    QVERIFY(handled);
    QCOMPARE(StoreTestKit::count(*m_check, u"rewrites"_s), 0);
    QCOMPARE(StoreTestKit::count(*m_check, u"audit_log"_s, u"action LIKE 'rewrite.%'"_s), 0);
    QCOMPARE(m_window->findChild<QUndoStack *>(u"undoStack"_s)->count(), 0);

    if (!viaCli)
        return;
    const QStringList arguments{u"rewrite"_s, u"add"_s, u"--affiliate"_s, u"JANE"_s, u"--host"_s, host,
                                u"--path"_s,  path,     u"--target"_s,    target};
    const CliRun run = cli(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1);
    CLI_EXPECT(run, arguments, cliMessage(run) == shown);
    QCOMPARE(StoreTestKit::count(*m_check, u"rewrites"_s), 0);
}

void TestInlineReasons::rewriteDialogAndCliAcceptTheSame()
{
    // What the dialog shows as fine, the CLI stores; and the other way round.
    QVERIFY(m_window->showPane(u"links"_s));
    bool handled = false;
    whenModal<RewriteDialog>([&](RewriteDialog *dialog) {
        child<QLineEdit>(dialog, u"partnerSearchEdit"_s)->setText(u"JANE"_s);
        child<QComboBox>(dialog, u"hostCombo"_s)->setCurrentText(u"WWW.Koongo.com"_s);
        child<QLineEdit>(dialog, u"pathEdit"_s)->setText(u"/Partner/jane_~.x-1/"_s);
        child<QLineEdit>(dialog, u"targetEdit"_s)->setText(u"https://koongo.com/pricing?acc=OLD#plans"_s);
        QVERIFY(child<QPushButton>(dialog, u"okButton"_s)->isEnabled());
        QTest::keyClick(child<QLineEdit>(dialog, u"targetEdit"_s), Qt::Key_Return);
        handled = true;
    });
    child<QAction>(m_window.get(), u"addRewriteAction"_s)->trigger();
    QVERIFY(handled);
    QCOMPARE(StoreTestKit::count(*m_check, u"rewrites"_s, u"path = '/Partner/jane_~.x-1'"_s), 1);

    const QStringList arguments{
        u"rewrite"_s,    u"add"_s,    u"--affiliate"_s,   u"Ö&D #1=+ž"_s, u"--host"_s,
        u"koongo.com"_s, u"--path"_s, u"/partner/odon"_s, u"--target"_s,  u"https://koongo.com/?a=b"_s};
    const CliRun run = cli(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0);
    // The CLI's rewrite, edited in the dialog, is valid there as it stands.
    m_window->pane(u"links"_s)->invalidate();
    QVERIFY(m_window->showPane(u"links"_s));
    auto *table = child<QTableView>(m_window.get(), u"rewriteEditorTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, RewriteTableModel::Path).data().toString() == u"/partner/odon")
            table->selectRow(row);
    }
    bool valid = false;
    whenModal<RewriteDialog>([&](RewriteDialog *dialog) {
        valid = dialog->isValid() && child<QPushButton>(dialog, u"okButton"_s)->isEnabled();
        dialog->reject();
    });
    child<QAction>(m_window.get(), u"editRewriteAction"_s)->trigger();
    QVERIFY(valid);
}

// --- the banner dialog (Partner Package › Banners › Add Your Banner; `banner add`) ---------------

void TestInlineReasons::bannerDialogRefuses_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("viaCli");
    // The CLI refuses a blank option before the store sees it ("Missing --title."): a refusal in
    // other words; every other row's reason is word for word the CLI's.
    QTest::addColumn<QString>("cliWords");

    const QString image = m_server.base() + u"/banner.png"_s; // it loads: only the title is wrong
    const QString title = u"Summer sale"_s;
    const QString nul(QChar(0));
    const auto row = [&](const char *name, const QString &t, const QString &i, const char *field, const QString &words,
                         bool viaCli = true, const QString &cliWords = {}) {
        QTest::addRow("%s", name) << t << i << QString::fromLatin1(field) << words << viaCli << cliWords;
    };
    row("over-long title", longText(201), image, "titleReason", u"201 characters long; at most 200"_s);
    row("title of 201 characters, one an emoji", QString(201, u'x').replace(0, 1, u"😀"_s), image, "titleReason",
        u"201 characters long; at most 200"_s);
    row("title with a NUL", u"Sum"_s + nul + u"mer"_s, image, "titleReason", u"control character (U+0000)"_s, false);
    row("title with a newline", u"Summer\nsale"_s, image, "titleReason", u"control character (U+000A)"_s);
    row("title with an escape", u"Summer\x1b[31m"_s, image, "titleReason", u"control character (U+001B)"_s);
    row("title of spaces only", u"\u00a0\u3000"_s, image, "titleReason", u"needs a title"_s, true,
        u"Missing --title."_s);
    row("javascript: image", title, u"javascript:alert(1)"_s, "imageReason", u"is not an http(s) image URL"_s);
    row("data: image typed as a URL", title, u"data:image/png;base64,iVBORw0KGgo="_s, "imageReason",
        u"is not an http(s) image URL"_s);
    row("ftp image", title, u"ftp://img.example/banner.png"_s, "imageReason", u"is not an http(s) image URL"_s);
    row("image URL with a space", title, u"https://img.example/my banner.png"_s, "imageReason",
        u"is not an http(s) image URL"_s);
    row("image URL with a newline", title, u"https://img.example/a\nb.png"_s, "imageReason",
        u"is not an http(s) image URL"_s);
    row("image URL with a quote", title, u"https://img.example/a\"onerror=\"x.png"_s, "imageReason",
        u"is not an http(s) image URL"_s);
    row("image URL without a host", title, u"https:///banner.png"_s, "imageReason", u"is not an http(s) image URL"_s);
    row("over-long image URL", title, u"https://img.example/"_s + longText(2100), "imageReason", u"The image URL is"_s);
}

void TestInlineReasons::bannerDialogRefuses()
{
    QFETCH(QString, title);
    QFETCH(QString, image);
    QFETCH(QString, field);
    QFETCH(QString, words);
    QFETCH(bool, viaCli);
    QFETCH(QString, cliWords);
    const QStringList reasons{u"programReason"_s, u"titleReason"_s, u"imageReason"_s, u"sizeReason"_s, u"errorLabel"_s};
    showPackageTab(u"JANE"_s, u"BannerGalleryWidget"_s);
    const qint64 before = ownBanners();
    QString shown;
    bool handled = false;
    whenModal<AddBannerDialog>([&](AddBannerDialog *dialog) {
        auto *titleEdit = child<QLineEdit>(dialog, u"bannerTitleEdit"_s);
        titleEdit->setFocus();
        replaceText(titleEdit, u"typed"_s); // the partner types a title...
        titleEdit->setText(title);          // ...and pastes this one over it
        QCOMPARE(titleEdit->text(), title); // kept whole, never cut to fit
        dialog->setImageUrl(image);
        shown = onlyReason(dialog, reasons, field);
        QVERIFY2(shown.contains(words), qPrintable(shown));
        auto *ok = child<QPushButton>(dialog, u"okButton"_s);
        QVERIFY(!ok->isEnabled());
        screenshot(dialog, "image URL with a space", u"banner"_s);
        QTest::keyClick(titleEdit, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(!onlyReason(dialog, reasons, field).isEmpty());
        handled = true;
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(m_window.get(), u"addBannerButton"_s), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(ownBanners(), before);

    if (!viaCli)
        return;
    const QStringList arguments{u"banner"_s,      u"add"_s, u"--program"_s, u"Koongo Partner"_s,
                                u"--title"_s,     title,    u"--image"_s,   image,
                                u"--width"_s,     u"468"_s, u"--height"_s,  u"60"_s,
                                u"--affiliate"_s, u"JANE"_s};
    const CliRun run = cli(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1 && run.out.isEmpty());
    if (cliWords.isEmpty())
        CLI_EXPECT(run, arguments, cliMessage(run) == shown);
    else
        CLI_EXPECT(run, arguments, cliMessage(run).contains(cliWords));
    QCOMPARE(ownBanners(), before);
}

void TestInlineReasons::bannerDialogAndCliAcceptTheSame()
{
    // A title with every character HTML cares about and a 5000 px wide image: the dialog adds it,
    // and so does the CLI (which once stopped at 4000 px).
    const QString title = u"Jane's <summer> \"sale\" & more — ž"_s;
    const QString image = m_server.base() + u"/banner.png?a=1&b=2"_s;
    showPackageTab(u"JANE"_s, u"BannerGalleryWidget"_s);
    const qint64 before = ownBanners();
    bool handled = false;
    whenModal<AddBannerDialog>([&](AddBannerDialog *dialog) {
        // Pasted (QTest types Latin-1 only), so it counts as typed and no file name replaces it.
        auto *titleEdit = child<QLineEdit>(dialog, u"bannerTitleEdit"_s);
        QGuiApplication::clipboard()->setText(title);
        titleEdit->setFocus();
        QTest::keySequence(titleEdit, QKeySequence::Paste);
        QCOMPARE(titleEdit->text(), title);
        dialog->setImageUrl(image);
        auto *ok = child<QPushButton>(dialog, u"okButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 10000);
        QCOMPARE(child<QSpinBox>(dialog, u"bannerWidthSpin"_s)->value(), 5000);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
        handled = true;
    });
    QTest::mouseClick(child<QPushButton>(m_window.get(), u"addBannerButton"_s), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(ownBanners(), before + 1);

    const QStringList arguments{u"banner"_s,      u"add"_s, u"--program"_s, u"Koongo Partner"_s, u"--title"_s,  title,
                                u"--image"_s,     image,    u"--width"_s,   u"5000"_s,           u"--height"_s, u"40"_s,
                                u"--affiliate"_s, u"JANE"_s};
    const CliRun run = cli(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0);
    QCOMPARE(ownBanners(), before + 2);
    // Both stored the same banner.
    const QList<Banner> banners = BannerStore(*m_check).bannersFor(m_program, m_jane);
    QCOMPARE(banners.size(), 2);
    for (const Banner &banner : banners) {
        QCOMPARE(banner.affiliateId, m_jane);
        QCOMPARE(banner.title, title);
        QCOMPARE(banner.imageUrl, image);
        QCOMPARE(banner.width, 5000);
        QCOMPARE(banner.height, 40);
    }
}

// --- the import dialog (File › Import Orders; `orders import`) -----------------------------------

void TestInlineReasons::importDialogShowsWhyNothingWasImported_data()
{
    QTest::addColumn<QByteArray>("content");

    using StoreTestKit::OrderLine;
    OrderLine badCurrency;
    badCurrency.orderId = u"X-1"_s;
    badCurrency.currency = u"EURO"_s;
    OrderLine badStatus;
    badStatus.orderId = u"X-2"_s;
    badStatus.status = u"shipped"_s;
    OrderLine badSubtotal;
    badSubtotal.orderId = u"X-3"_s;
    badSubtotal.subtotal = u"12.345"_s;
    QTest::addRow("every row rejected") << StoreTestKit::ordersCsv({badCurrency, badStatus, badSubtotal});
    QTest::addRow("not an orders header") << QByteArray("name,email\nJane,jane@example.com\n");
    QTest::addRow("empty file") << QByteArray();
}

void TestInlineReasons::importDialogShowsWhyNothingWasImported()
{
    QFETCH(QByteArray, content);
    const QString csv = m_cli.writeFile(u"orders.csv"_s, content);
    QVERIFY(importThroughMenu({csv}));
    ImportResultDialog *dialog = waitForImportResult();
    QVERIFY(dialog);
    auto *problem = child<QLabel>(dialog, u"importProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(u"Nothing was imported from orders.csv: "_s), qPrintable(problem->text()));
    QVERIFY(!dialog->summaryText().contains(u"success"_s, Qt::CaseInsensitive));
    QCOMPARE(StoreTestKit::count(*m_check, u"orders"_s), 0);

    // The CLI refuses the same file, and what it says is what the dialog shows.
    const QStringList arguments{u"orders"_s, u"import"_s, csv};
    const CliRun run = cli(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1);
    auto *table = dialog->findChild<QTableView *>(u"importIssuesTable"_s);
    if (table) {
        // Every rejected row, by its line, in the dialog as on stderr.
        QVERIFY(table->isVisible());
        const QStringList rowLines =
            run.errLines().filter(QRegularExpression(u"^"_s + QRegularExpression::escape(csv) + u":\\d+: "_s));
        QCOMPARE(table->model()->rowCount(), rowLines.size());
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString line = table->model()->index(row, 0).data().toString();
            const QString field = table->model()->index(row, 1).data().toString();
            const QString reason = table->model()->index(row, 2).data().toString();
            const QString expected =
                csv + u':' + line + u": "_s + (field.isEmpty() ? QString() : field + u": "_s) + reason;
            CLI_EXPECT(run, arguments, run.errLines().contains(expected));
        }
    } else {
        CLI_EXPECT(run, arguments, problem->text().endsWith(cliMessage(run)));
    }
}

void TestInlineReasons::importDialogNamesRejectedLinesBesideImportedRows()
{
    using StoreTestKit::OrderLine;
    OrderLine good;
    good.orderId = u"Y-1"_s;
    OrderLine bad;
    bad.orderId = u"Y-2"_s;
    bad.placedAt = u"yesterday"_s;
    const QString csv = m_cli.writeFile(u"mixed.csv"_s, StoreTestKit::ordersCsv({good, bad}));
    QVERIFY(importThroughMenu({csv}));
    ImportResultDialog *dialog = waitForImportResult();
    QVERIFY(dialog);
    const QString problem = child<QLabel>(dialog, u"importProblem"_s)->text();
    QVERIFY2(problem.startsWith(u"1 of 2 rows were rejected and not imported"_s), qPrintable(problem));
    auto *table = child<QTableView>(dialog, u"importIssuesTable"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"3"_s);
    QCOMPARE(table->model()->index(0, 1).data().toString(), u"placed_at"_s);
    QCOMPARE(StoreTestKit::count(*m_check, u"orders"_s), 1);
}

QTEST_MAIN(TestInlineReasons)
#include "tst_inlinereasons.moc"
