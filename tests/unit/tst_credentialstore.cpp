// The credential stores. SessionCredentialStore holds and forgets; KeychainCredentialStore on a
// machine where no Secret Service runs (this test points D-Bus at a socket that does not exist, so
// the answer is the same on every machine) says NoKeychain; FallbackCredentialStore then keeps the
// password for this session only and says so, and over a keychain that answers it uses it. After
// all of it, no file under the test's home, config and data folders holds the password.

#include "sync/fallbackcredentialstore.h"
#include "sync/keychaincredentialstore.h"
#include "sync/sessioncredentialstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using Outcome = CredentialReply::Outcome;

namespace {

// A password no other file in the test's folders could hold by chance.
const QString secret = u"pd-secret-Ž7q!x"_s;
const QString key = u"jana@db.example.com:5432/partnerdesk"_s;

CredentialReply replyOf(const QSignalSpy &spy, qsizetype index = 0)
{
    return spy.at(index).at(0).value<CredentialReply>();
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit TestCredentialStore(QString home)
        : m_home(std::move(home))
    {}

private Q_SLOTS:
    void initTestCase();
    void sessionStoreHoldsAndForgets();
    void sessionStoreAnswersLater();
    void keychainSaysNoKeychainHere();
    void fallbackKeepsForThisSessionOnly();
    void fallbackForgets();
    void fallbackUsesAKeychainThatAnswers();
    void fallbackKeepForSessionTakesItOutOfTheKeychain();
    void scannerFindsAWrittenPassword();
    void passwordIsInNoFile();

private:
    // Files under the test's folders whose bytes contain `password` (UTF-8 or UTF-16).
    QStringList filesHolding(const QString &password) const;
    QStringList scannedFolders() const;

    QString m_home;
    QString m_service = u"PartnerDesk tst_credentialstore"_s;
};

void TestCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PartnerDesk Tests"_s);
    QCoreApplication::setApplicationName(u"tst_credentialstore"_s);
    // Something in the app's QSettings, as in real use; the password must still not get there.
    QSettings().setValue(u"CentralDatabase/user"_s, u"jana"_s);
}

void TestCredentialStore::sessionStoreHoldsAndForgets()
{
    SessionCredentialStore store;
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy removed(&store, &CredentialStore::removeFinished);

    store.write(key, secret);
    QTRY_COMPARE(written.size(), 1);
    QCOMPARE(replyOf(written).outcome, Outcome::Ok);
    store.read(key);
    QTRY_COMPARE(read.size(), 1);
    QCOMPARE(replyOf(read).outcome, Outcome::Ok);
    QCOMPARE(replyOf(read).password, secret);
    QCOMPARE(replyOf(read).key, key);

    store.remove(key);
    QTRY_COMPARE(removed.size(), 1);
    store.read(key);
    QTRY_COMPARE(read.size(), 2);
    QCOMPARE(replyOf(read, 1).outcome, Outcome::NotFound);
    QVERIFY(replyOf(read, 1).password.isEmpty());

    // Another session knows nothing of this one.
    store.write(key, secret);
    SessionCredentialStore nextSession;
    QVERIFY(store.contains(key));
    QVERIFY(!nextSession.contains(key));
}

void TestCredentialStore::sessionStoreAnswersLater()
{
    SessionCredentialStore store;
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.read(key);
    QCOMPARE(read.size(), 0); // never before the call returns, as a keychain would not either
    QTRY_COMPARE(read.size(), 1);
}

void TestCredentialStore::keychainSaysNoKeychainHere()
{
    KeychainCredentialStore keychain(m_service);
    QSignalSpy read(&keychain, &CredentialStore::readFinished);
    QSignalSpy written(&keychain, &CredentialStore::writeFinished);
    keychain.read(key);
    QTRY_COMPARE(read.size(), 1);
    QCOMPARE(replyOf(read).outcome, Outcome::NoKeychain);
    QVERIFY(!replyOf(read).message.isEmpty());
    qInfo("QtKeychain says: %s", qPrintable(replyOf(read).message));
    keychain.write(key, secret);
    QTRY_COMPARE(written.size(), 1);
    QCOMPARE(replyOf(written).outcome, Outcome::NoKeychain);
}

void TestCredentialStore::fallbackKeepsForThisSessionOnly()
{
    FallbackCredentialStore store(new KeychainCredentialStore(m_service));
    QCOMPARE(store.keychain(), FallbackCredentialStore::Keychain::Unknown);
    QSignalSpy changed(&store, &FallbackCredentialStore::keychainChanged);
    store.probe();
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(store.keychain(), FallbackCredentialStore::Keychain::Unavailable);
    QVERIFY(!store.keychainProblem().isEmpty());
    QVERIFY(store.sessionOnlyText().contains(store.keychainProblem()));

    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    // Nothing anywhere yet: the app has to ask the user.
    store.read(key);
    QTRY_COMPARE(read.size(), 1);
    QCOMPARE(replyOf(read).outcome, Outcome::NoKeychain);

    store.write(key, secret);
    QTRY_COMPARE(written.size(), 1);
    QCOMPARE(replyOf(written).outcome, Outcome::SessionOnly);
    QVERIFY2(replyOf(written).message.contains(u"this session only"_s), qPrintable(replyOf(written).message));

    store.read(key);
    QTRY_COMPARE(read.size(), 2);
    QCOMPARE(replyOf(read, 1).outcome, Outcome::Ok);
    QCOMPARE(replyOf(read, 1).password, secret);

    // The next session (a new store, as after a restart) has to ask again.
    FallbackCredentialStore nextSession(new KeychainCredentialStore(m_service));
    QSignalSpy nextRead(&nextSession, &CredentialStore::readFinished);
    nextSession.read(key);
    QTRY_COMPARE(nextRead.size(), 1);
    QCOMPARE(replyOf(nextRead).outcome, Outcome::NoKeychain);
    QVERIFY(replyOf(nextRead).password.isEmpty());
}

void TestCredentialStore::fallbackForgets()
{
    FallbackCredentialStore store(new KeychainCredentialStore(m_service));
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    store.keepForSession(key, secret);
    store.read(key);
    QTRY_COMPARE(read.size(), 1);
    QCOMPARE(replyOf(read).password, secret);
    store.remove(key);
    QTRY_COMPARE(removed.size(), 1);
    store.read(key);
    QTRY_COMPARE(read.size(), 2);
    QVERIFY(replyOf(read, 1).outcome != Outcome::Ok);
    QVERIFY(replyOf(read, 1).password.isEmpty());
}

void TestCredentialStore::fallbackUsesAKeychainThatAnswers()
{
    // A keychain that answers, in memory: what the Secret Service does where one runs.
    auto *keychain = new SessionCredentialStore;
    keychain->keep(key, secret);
    FallbackCredentialStore store(keychain);
    QSignalSpy keychainReads(keychain, &CredentialStore::readFinished);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy written(&store, &CredentialStore::writeFinished);

    store.read(key);
    QTRY_COMPARE(read.size(), 1);
    QCOMPARE(replyOf(read).outcome, Outcome::Ok);
    QCOMPARE(replyOf(read).password, secret);
    QCOMPARE(store.keychain(), FallbackCredentialStore::Keychain::Available);
    store.read(key); // from this session's memory now
    QTRY_COMPARE(read.size(), 2);
    QCOMPARE(replyOf(read, 1).password, secret);
    QCOMPARE(keychainReads.size(), 1);

    const QString other = u"petr@db.example.com:5432/partnerdesk"_s;
    store.write(other, u"petr's"_s);
    QTRY_COMPARE(written.size(), 1);
    QCOMPARE(replyOf(written).outcome, Outcome::Ok);
    QCOMPARE(keychain->password(other), u"petr's"_s);
}

void TestCredentialStore::fallbackKeepForSessionTakesItOutOfTheKeychain()
{
    auto *keychain = new SessionCredentialStore;
    keychain->keep(key, u"remembered before"_s);
    FallbackCredentialStore store(keychain);
    QSignalSpy keychainRemoves(keychain, &CredentialStore::removeFinished);
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    store.keepForSession(key, secret);
    QTRY_COMPARE(written.size(), 1);
    QCOMPARE(replyOf(written).outcome, Outcome::SessionOnly);
    QTRY_COMPARE(keychainRemoves.size(), 1);
    QVERIFY(!keychain->contains(key));
    QCOMPARE(removed.size(), 0); // the user asked for no remove
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.read(key);
    QTRY_COMPARE(read.size(), 1);
    QCOMPARE(replyOf(read).password, secret);
}

QStringList TestCredentialStore::scannedFolders() const
{
    QStringList folders{m_home};
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::AppDataLocation, QStandardPaths::GenericCacheLocation})
        folders.append(QStandardPaths::writableLocation(location));
    return folders;
}

QStringList TestCredentialStore::filesHolding(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(password.utf16()), password.size() * 2);
    QStringList found;
    for (const QString &folder : scannedFolders()) {
        QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.readAll();
                if (bytes.contains(utf8) || bytes.contains(utf16))
                    found.append(file.fileName());
            }
        }
    }
    found.removeDuplicates();
    return found;
}

void TestCredentialStore::scannerFindsAWrittenPassword()
{
    // The scan below proves something only if it finds what a careless store would write.
    QSettings settings;
    settings.setValue(u"Canary/password"_s, u"canary-Ž-password"_s);
    settings.sync();
    QVERIFY(!filesHolding(u"canary-Ž-password"_s).isEmpty());
    settings.remove(u"Canary"_s);
    settings.sync();
    QVERIFY(filesHolding(u"canary-Ž-password"_s).isEmpty());
}

void TestCredentialStore::passwordIsInNoFile()
{
    QSettings().sync();
    const QStringList holding = filesHolding(secret);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u", "_s)));
    // And the folders were the test's own.
    for (const QString &folder : scannedFolders())
        QVERIFY2(folder.startsWith(m_home) || folder.contains(u"qttest"_s), qPrintable(folder));
}

// A home of its own (config, data, cache in it) and a D-Bus address that leads nowhere, set before
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
    QCoreApplication app(argc, argv);
    TestCredentialStore test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
