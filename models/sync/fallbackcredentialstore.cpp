#include "fallbackcredentialstore.h"

#include "keychaincredentialstore.h"
#include "sessioncredentialstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <functional>

namespace PartnerDesk {

namespace {

// Takes one waiting call for `key`; false when none was waiting (a probe's, or a silent one's).
bool take(QHash<QString, int> &pending, const QString &key)
{
    const auto found = pending.find(key);
    if (found == pending.end())
        return false;
    if (--*found == 0)
        pending.erase(found);
    return true;
}

} // namespace

FallbackCredentialStore::FallbackCredentialStore(CredentialStore *keychain, QObject *parent)
    : CredentialStore(parent)
    , m_keychain(keychain)
    , m_session(new SessionCredentialStore(this))
{
    m_keychain->setParent(this);
    connect(m_keychain, &CredentialStore::readFinished, this, &FallbackCredentialStore::keychainRead);
    connect(m_keychain, &CredentialStore::writeFinished, this, &FallbackCredentialStore::keychainWritten);
    connect(m_keychain, &CredentialStore::removeFinished, this, &FallbackCredentialStore::keychainRemoved);
}

FallbackCredentialStore::~FallbackCredentialStore() = default;

FallbackCredentialStore *FallbackCredentialStore::application()
{
    static QPointer<FallbackCredentialStore> store;
    if (!store)
        store = new FallbackCredentialStore(new KeychainCredentialStore, QCoreApplication::instance());
    return store;
}

void FallbackCredentialStore::read(const QString &key)
{
    if (m_session->contains(key)) {
        later(&CredentialStore::readFinished, {key, CredentialReply::Outcome::Ok, m_session->password(key), {}});
        return;
    }
    ++m_pendingReads[key];
    m_keychain->read(key);
}

void FallbackCredentialStore::write(const QString &key, const QString &password)
{
    m_session->keep(key, password);
    ++m_pendingWrites[key];
    m_keychain->write(key, password);
}

void FallbackCredentialStore::remove(const QString &key)
{
    m_session->forget(key);
    ++m_pendingRemoves[key];
    m_keychain->remove(key);
}

void FallbackCredentialStore::keepForSession(const QString &key, const QString &password)
{
    m_session->keep(key, password);
    ++m_silentRemoves[key];
    m_keychain->remove(key);
    later(&CredentialStore::writeFinished,
          {key, CredentialReply::Outcome::SessionOnly, {}, tr("The password is kept for this session only.")});
}

void FallbackCredentialStore::probe()
{
    ++m_pendingProbes;
    m_keychain->read(probeKey());
}

QString FallbackCredentialStore::sessionOnlyText() const
{
    if (m_keychainProblem.isEmpty())
        return tr("The password is kept for this session only.");
    return tr("No system keychain answered (%1), so the password is kept for this session only.")
        .arg(m_keychainProblem);
}

void FallbackCredentialStore::keychainRead(const CredentialReply &reply)
{
    noteKeychain(reply);
    if (reply.key == probeKey() && m_pendingProbes > 0 && !m_pendingReads.contains(reply.key)) {
        --m_pendingProbes;
        return;
    }
    if (!take(m_pendingReads, reply.key))
        return;
    if (reply.outcome == CredentialReply::Outcome::Ok)
        m_session->keep(reply.key, reply.password);
    Q_EMIT readFinished(reply);
}

void FallbackCredentialStore::keychainWritten(const CredentialReply &reply)
{
    const bool answered = noteKeychain(reply);
    if (!take(m_pendingWrites, reply.key))
        return;
    if (reply.outcome == CredentialReply::Outcome::Ok) {
        Q_EMIT writeFinished(reply);
        return;
    }
    // The password is in this session's memory whatever the keychain said.
    const QString reason = answered ? tr("The system keychain refused the password (%1), so it is kept for this "
                                         "session only.")
                                          .arg(reply.message)
                                    : sessionOnlyText();
    Q_EMIT writeFinished({reply.key, CredentialReply::Outcome::SessionOnly, {}, reason});
}

void FallbackCredentialStore::keychainRemoved(const CredentialReply &reply)
{
    noteKeychain(reply);
    if (take(m_silentRemoves, reply.key))
        return;
    if (take(m_pendingRemoves, reply.key))
        Q_EMIT removeFinished(reply);
}

bool FallbackCredentialStore::noteKeychain(const CredentialReply &reply)
{
    const bool answered = reply.outcome != CredentialReply::Outcome::NoKeychain;
    const Keychain state = answered ? Keychain::Available : Keychain::Unavailable;
    m_keychainProblem = answered ? QString() : reply.message;
    if (state != m_keychainState) {
        m_keychainState = state;
        Q_EMIT keychainChanged(state);
    }
    return answered;
}

void FallbackCredentialStore::later(void (CredentialStore::*signal)(const CredentialReply &),
                                    const CredentialReply &reply)
{
    QMetaObject::invokeMethod(
        this,
        [this, signal, reply] {
            std::invoke(signal, this, reply); // emits
        },
        Qt::QueuedConnection);
}

} // namespace PartnerDesk
