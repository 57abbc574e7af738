// The Connection dialog (File › Central Database…) against a real PostgreSQL: Test Connection
// reports the server's version and login with the right password and the server's own message
// otherwise (wrong password, closed port, wrong database, SSL the server does not offer — the
// automatic mode, verify-full, included); plain text is an explicit choice, warned about in the
// dialog and, while the window syncs that way, on its status bar; a
// connection that hangs can be cancelled while the window keeps running; OK saves the settings to
// QSettings without the password, and the dialog opens again with them. No keychain runs here (the
// test points D-Bus at nothing), so the password is kept for the session and the dialog says so.

#include "connectiondialog.h"
#include "guitestkit.h"
#include "mainwindow.h"
#include "pgtestkit.h"
#include "sync/connectiontest.h"
#include "sync/fallbackcredentialstore.h"
#include "sync/keychaincredentialstore.h"
#include "sync/sessioncredentialstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

namespace {

const QString partnerPassword = u"pd-partner-secret-7q"_s; // ASCII: QTest::keyClicks types no more

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

public:
    explicit TestConnectionDialog(QString home)
        : m_home(std::move(home))
    {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void connectsAndShowsTheServer();
    void failures_data();
    void failures();
    void sslModeReachesLibpq();
    void plainTextIsWarnedInTheDialog();
    void plainTextIsWarnedOnTheStatusBar();
    void invalidInputKeepsOkDisabled();
    void hangingConnectionCanBeCancelled();
    void noKeychainIsExplained();
    void rememberedInAKeychainThatAnswers();
    void savedWithoutPasswordAndReopened();

private:
    // The test server has no TLS: plain text is chosen (sslMode "disable") unless told otherwise.
    void fill(ConnectionDialog *dialog, const QString &host, int port, const QString &database, const QString &user,
              const QString &password, const QString &sslMode = u"disable"_s);
    QString testAndWait(ConnectionDialog *dialog);
    QStringList filesHolding(const QString &text) const;

    QString m_home;
    PgTestKit::Server m_server;
    QString m_version; // the server's, as psql reads it
    FallbackCredentialStore *m_credentials = nullptr;
    std::unique_ptr<ConnectionDialog> m_dialog;
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PartnerDesk Tests"_s);
    QCoreApplication::setApplicationName(u"tst_connectiondialog"_s);
    QSettings().clear();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        QFAIL("the QPSQL driver is missing (Debian: libqt6sql6-psql)");
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.psql(u"CREATE ROLE jana LOGIN PASSWORD '%1'"_s.arg(partnerPassword)));
    QVERIFY(m_server.createDatabase(u"books"_s));
    QVERIFY(m_server.psql(u"SHOW server_version"_s, QString::fromLatin1(PgTestKit::Server::superuser),
                          QString::fromLatin1(PgTestKit::Server::superPassword), u"postgres"_s, &m_version));
    m_version = m_version.section(u' ', 0, 0);
    QVERIFY(!m_version.isEmpty());
}

void TestConnectionDialog::init()
{
    m_credentials = new FallbackCredentialStore(new KeychainCredentialStore(u"PartnerDesk tst_connectiondialog"_s));
    m_dialog = std::make_unique<ConnectionDialog>(m_credentials);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestConnectionDialog::cleanup()
{
    m_dialog.reset();
    delete m_credentials;
    m_credentials = nullptr;
    // No worker of a cancelled test outlives the test function (they end within connect_timeout).
    QTRY_COMPARE_WITH_TIMEOUT(ConnectionTest::workersRunning(), 0, 30000);
}

void TestConnectionDialog::fill(ConnectionDialog *dialog, const QString &host, int port, const QString &database,
                                const QString &user, const QString &password, const QString &sslMode)
{
    auto *mode = child<QComboBox>(dialog, u"sslModeCombo"_s);
    mode->setCurrentIndex(mode->findData(sslMode));
    replaceText(child<QLineEdit>(dialog, u"hostEdit"_s), host);
    replaceValue(child<QSpinBox>(dialog, u"portSpin"_s), port);
    replaceText(child<QLineEdit>(dialog, u"databaseEdit"_s), database);
    replaceText(child<QLineEdit>(dialog, u"userEdit"_s), user);
    replaceText(child<QLineEdit>(dialog, u"passwordEdit"_s), password);
}

QString TestConnectionDialog::testAndWait(ConnectionDialog *dialog)
{
    auto *button = child<QPushButton>(dialog, u"testButton"_s);
    auto *progress = child<QProgressBar>(dialog, u"testProgress"_s);
    if (!button || !button->isEnabled())
        return u"the Test Connection button is disabled: "_s + dialog->errorText();
    QTest::mouseClick(button, Qt::LeftButton);
    // The click came back before the answer: the connection is being made elsewhere.
    if (!progress->isVisible())
        return u"no test under way after the click"_s;
    QDeadlineTimer deadline(30000);
    while (progress->isVisible() && !deadline.hasExpired())
        QTest::qWait(20);
    return child<QLabel>(dialog, u"testResultLabel"_s)->text();
}

void TestConnectionDialog::connectsAndShowsTheServer()
{
    fill(m_dialog.get(), m_server.host(), m_server.port(), u"books"_s, u"jana"_s, partnerPassword);
    const QString result = testAndWait(m_dialog.get());
    QCOMPARE(result, u"Connected: PostgreSQL %1, as jana"_s.arg(m_version));
    QCOMPARE(child<QPushButton>(m_dialog.get(), u"testButton"_s)->text(), u"&Test Connection"_s);
}

void TestConnectionDialog::failures_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("closedPort");
    QTest::addColumn<QString>("serverSays");
    QTest::addRow("wrong password") << u"books"_s << u"not it"_s << false
                                    << u"password authentication failed for user \"jana\""_s;
    QTest::addRow("no password") << u"books"_s << QString() << false << u"no password supplied"_s;
    QTest::addRow("wrong database") << u"bookz"_s << partnerPassword << false << u"database \"bookz\" does not exist"_s;
    QTest::addRow("closed port") << u"books"_s << partnerPassword << true << u"Connection refused"_s;
}

void TestConnectionDialog::failures()
{
    QFETCH(QString, database);
    QFETCH(QString, password);
    QFETCH(bool, closedPort);
    QFETCH(QString, serverSays);
    const int port = closedPort ? PgTestKit::freePort() : m_server.port();
    fill(m_dialog.get(), m_server.host(), port, database, u"jana"_s, password);
    const QString result = testAndWait(m_dialog.get());
    QVERIFY2(result.startsWith(u"Cannot connect: "_s), qPrintable(result));
    QVERIFY2(result.contains(serverSays), qPrintable(result));
}

void TestConnectionDialog::sslModeReachesLibpq()
{
    // The test server has no SSL: libpq refuses once sslmode=require gets to it, and so does the
    // automatic mode (verify-full).
    fill(m_dialog.get(), m_server.host(), m_server.port(), u"books"_s, u"jana"_s, partnerPassword);
    auto *mode = child<QComboBox>(m_dialog.get(), u"sslModeCombo"_s);
    mode->setCurrentIndex(mode->findData(u"require"_s));
    QString result = testAndWait(m_dialog.get());
    QVERIFY2(result.contains(u"server does not support SSL"_s), qPrintable(result));
    mode->setCurrentIndex(0);
    QCOMPARE(mode->currentData().toString(), QString());
    result = testAndWait(m_dialog.get());
    QVERIFY2(result.contains(u"server does not support SSL"_s), qPrintable(result));
    QVERIFY2(!result.contains(partnerPassword), qPrintable(result));
    mode->setCurrentIndex(mode->findData(u"disable"_s));
    QCOMPARE(testAndWait(m_dialog.get()), u"Connected: PostgreSQL %1, as jana"_s.arg(m_version));
    // allow and prefer are not offered.
    QCOMPARE(mode->findData(u"prefer"_s), -1);
    QCOMPARE(mode->findData(u"allow"_s), -1);
}

void TestConnectionDialog::plainTextIsWarnedInTheDialog()
{
    fill(m_dialog.get(), m_server.host(), m_server.port(), u"books"_s, u"jana"_s, partnerPassword, QString());
    auto *mode = child<QComboBox>(m_dialog.get(), u"sslModeCombo"_s);
    auto *warning = child<QLabel>(m_dialog.get(), u"plainTextWarning"_s);
    QVERIFY(warning);
    QVERIFY(!warning->isVisible());
    QVERIFY2(mode->currentText().contains(u"verify-full"_s) &&
                 mode->currentText().contains(u"system's certificate authorities"_s),
             qPrintable(mode->currentText()));
    for (const QString &encrypted : {u"require"_s, u"verify-ca"_s, u"verify-full"_s}) {
        mode->setCurrentIndex(mode->findData(encrypted));
        QVERIFY2(!warning->isVisible(), qPrintable(encrypted));
    }
    mode->setCurrentIndex(mode->findData(u"disable"_s));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().startsWith(u"Not encrypted"_s), qPrintable(warning->text()));
    QVERIFY(m_dialog->isValid()); // a warning, not a refusal
    // A Unix socket crosses no network: nothing to warn about.
    replaceText(child<QLineEdit>(m_dialog.get(), u"hostEdit"_s), m_server.socketDir());
    QVERIFY(!warning->isVisible());
}

void TestConnectionDialog::plainTextIsWarnedOnTheStatusBar()
{
    m_dialog.reset();
    QTemporaryDir files;
    MainWindow window;
    const Status opened = window.openDatabase(files.filePath(u"books.sqlite"_s));
    QVERIFY2(opened, qPrintable(opened.error()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = child<QAction>(&window, u"centralDatabaseAction"_s);
    auto *warning = child<QLabel>(&window, u"centralPlainTextLabel"_s);
    QVERIFY(warning);
    QVERIFY(!warning->isVisible());
    // OK closes the dialog at once only once the (absent) keychain has answered.
    FallbackCredentialStore::application()->probe();
    QTRY_COMPARE(FallbackCredentialStore::application()->keychain(), FallbackCredentialStore::Keychain::Unavailable);

    const auto configure = [this, action](const QString &sslMode) {
        whenModal<ConnectionDialog>([this, sslMode](ConnectionDialog *dialog) {
            fill(dialog, m_server.host(), m_server.port(), u"books"_s, u"jana"_s, partnerPassword, sslMode);
            clickDialogButton(dialog, QDialogButtonBox::Ok);
        });
        action->trigger();
    };
    configure(u"disable"_s);
    auto *status = child<QWidget>(&window, u"syncStatus"_s);
    QVERIFY2(window.syncController(), qPrintable(status->toolTip()));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->toolTip().contains(u"is not encrypted (sslmode=disable)"_s), qPrintable(warning->toolTip()));
    QVERIFY2(status->toolTip().contains(u"is not encrypted"_s), qPrintable(status->toolTip()));

    configure(QString()); // automatic: verify-full
    QVERIFY(window.syncController());
    QVERIFY(!warning->isVisible());
    QVERIFY2(!status->toolTip().contains(u"is not encrypted"_s), qPrintable(status->toolTip()));
    QSettings().remove(ConnectionSettings::settingsGroup());
}

void TestConnectionDialog::invalidInputKeepsOkDisabled()
{
    fill(m_dialog.get(), m_server.host(), m_server.port(), u"books"_s, u"jana"_s, partnerPassword);
    QPushButton *ok = m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    replaceText(child<QLineEdit>(m_dialog.get(), u"hostEdit"_s), u"db example.com"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!child<QPushButton>(m_dialog.get(), u"testButton"_s)->isEnabled());
    QVERIFY2(m_dialog->errorText().startsWith(u"Host: "_s), qPrintable(m_dialog->errorText()));
    replaceText(child<QLineEdit>(m_dialog.get(), u"hostEdit"_s), m_server.host());
    auto *mode = child<QComboBox>(m_dialog.get(), u"sslModeCombo"_s);
    mode->setCurrentIndex(mode->findData(u"verify-full"_s));
    QVERIFY(ok->isEnabled()); // against the system's certificate authorities
    replaceText(child<QLineEdit>(m_dialog.get(), u"caFileEdit"_s), u"/nonexistent/ca.pem"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(m_dialog->errorText().startsWith(u"CA certificate: "_s), qPrintable(m_dialog->errorText()));
    replaceText(child<QLineEdit>(m_dialog.get(), u"caFileEdit"_s), QString());
    mode->setCurrentIndex(0);
    QVERIFY(ok->isEnabled());
    QCOMPARE(child<QLineEdit>(m_dialog.get(), u"urlEdit"_s)->text(),
             u"postgresql://jana@%1:%2/books"_s.arg(m_server.host()).arg(m_server.port()));
}

void TestConnectionDialog::hangingConnectionCanBeCancelled()
{
    // Accepts the TCP connection and never answers: libpq waits for connect_timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    fill(m_dialog.get(), m_server.host(), silent.serverPort(), u"books"_s, u"jana"_s, partnerPassword);
    replaceValue(child<QSpinBox>(m_dialog.get(), u"timeoutSpin"_s), 5);
    auto *button = child<QPushButton>(m_dialog.get(), u"testButton"_s);
    auto *progress = child<QProgressBar>(m_dialog.get(), u"testProgress"_s);
    auto *result = child<QLabel>(m_dialog.get(), u"testResultLabel"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(progress->isVisible());
    QCOMPARE(button->text(), u"Cancel &Test"_s);
    QVERIFY(result->text().startsWith(u"Connecting to "_s));
    // The window keeps running meanwhile: a timer fires, another field takes typing.
    bool fired = false;
    QTimer::singleShot(10, this, [&fired] { fired = true; });
    QTRY_VERIFY(fired);
    QVERIFY(ConnectionTest::workersRunning() > 0);

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!progress->isVisible());
    QCOMPARE(result->text(), u"Test cancelled."_s);
    QCOMPARE(button->text(), u"&Test Connection"_s);
    // The abandoned worker ends by itself, and its result does not come back to the dialog.
    QTRY_COMPARE_WITH_TIMEOUT(ConnectionTest::workersRunning(), 0, 30000);
    QTest::qWait(50);
    QCOMPARE(result->text(), u"Test cancelled."_s);
}

void TestConnectionDialog::noKeychainIsExplained()
{
    QTRY_COMPARE(m_credentials->keychain(), FallbackCredentialStore::Keychain::Unavailable);
    auto *remember = child<QCheckBox>(m_dialog.get(), u"rememberCheck"_s);
    auto *reason = child<QLabel>(m_dialog.get(), u"keychainLabel"_s);
    QVERIFY(!remember->isEnabled());
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(u"kept for this session only"_s), qPrintable(reason->text()));
    QVERIFY(reason->text().contains(m_credentials->keychainProblem()));
}

void TestConnectionDialog::rememberedInAKeychainThatAnswers()
{
    // A keychain that answers, in memory (what the Secret Service does where one runs).
    auto *keychain = new SessionCredentialStore;
    FallbackCredentialStore credentials(keychain);
    ConnectionDialog dialog(&credentials);
    dialog.show();
    QTRY_COMPARE(credentials.keychain(), FallbackCredentialStore::Keychain::Available);
    auto *remember = child<QCheckBox>(&dialog, u"rememberCheck"_s);
    QVERIFY(remember->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, u"keychainLabel"_s)->isVisible());
    fill(&dialog, m_server.host(), m_server.port(), u"books"_s, u"jana"_s, partnerPassword);
    remember->setChecked(true);
    clickDialogButton(&dialog, QDialogButtonBox::Ok);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY2(dialog.savedText().contains(u"system keychain"_s), qPrintable(dialog.savedText()));
    const QString key = dialog.settings().credentialKey();
    QCOMPARE(keychain->password(key), partnerPassword);

    // Told not to remember: out of the keychain, kept for the session.
    ConnectionDialog again(&credentials);
    again.show();
    QTRY_COMPARE(child<QLineEdit>(&again, u"passwordEdit"_s)->text(), partnerPassword);
    child<QCheckBox>(&again, u"rememberCheck"_s)->setChecked(false);
    clickDialogButton(&again, QDialogButtonBox::Ok);
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QTRY_VERIFY(!keychain->contains(key));
    QVERIFY2(again.savedText().contains(u"this session only"_s), qPrintable(again.savedText()));
    QSettings().remove(ConnectionSettings::settingsGroup());
}

QStringList TestConnectionDialog::filesHolding(const QString &text) const
{
    QStringList found;
    QDirIterator files(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
            found.append(file.fileName());
    }
    return found;
}

void TestConnectionDialog::savedWithoutPasswordAndReopened()
{
    m_dialog.reset();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = child<QAction>(&window, u"centralDatabaseAction"_s);
    QVERIFY(action);

    whenModal<ConnectionDialog>([this](ConnectionDialog *dialog) {
        fill(dialog, m_server.host(), m_server.port(), u"books"_s, u"jana"_s, partnerPassword);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    action->trigger();
    QVERIFY2(window.statusBar()->currentMessage().contains(u"this session only"_s),
             qPrintable(window.statusBar()->currentMessage()));

    QSettings settings;
    settings.sync();
    const ConnectionSettings saved = ConnectionSettings::load(settings);
    QCOMPARE(saved.host, m_server.host());
    QCOMPARE(saved.port, m_server.port());
    QCOMPARE(saved.database, u"books"_s);
    QCOMPARE(saved.user, u"jana"_s);
    QCOMPARE(saved.sslMode, u"disable"_s);
    QVERIFY(!filesHolding(u"jana"_s).isEmpty()); // the scan sees the settings file
    const QStringList holding = filesHolding(partnerPassword);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u", "_s)));

    // Opened again in the same session: the settings, and the password kept in memory, so Test
    // Connection works without typing anything.
    QString reopened;
    whenModal<ConnectionDialog>([this, &reopened](ConnectionDialog *dialog) {
        QCOMPARE(child<QLineEdit>(dialog, u"hostEdit"_s)->text(), m_server.host());
        QCOMPARE(child<QSpinBox>(dialog, u"portSpin"_s)->value(), int(m_server.port()));
        QCOMPARE(child<QLineEdit>(dialog, u"databaseEdit"_s)->text(), u"books"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"userEdit"_s)->text(), u"jana"_s);
        QCOMPARE(child<QComboBox>(dialog, u"sslModeCombo"_s)->currentData().toString(), u"disable"_s);
        QTRY_COMPARE(child<QLineEdit>(dialog, u"passwordEdit"_s)->text(), partnerPassword);
        reopened = testAndWait(dialog);
        dialog->reject();
    });
    action->trigger();
    QCOMPARE(reopened, u"Connected: PostgreSQL %1, as jana"_s.arg(m_version));
}

// A home of its own (settings, data, cache in it) and a D-Bus address that leads nowhere, set before
// anything reads them.
int main(int argc, char **argv)
{
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + u"/config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + u"/data"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + u"/cache"_s).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", (u"unix:path="_s + home.path() + u"/no-bus"_s).toUtf8());
    qunsetenv("XDG_CURRENT_DESKTOP");
    qunsetenv("DESKTOP_SESSION");
    QApplication app(argc, argv);
    TestConnectionDialog test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connectiondialog.moc"
