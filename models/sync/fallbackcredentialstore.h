#pragma once

#include "credentialstore.h"

#include <QHash>

namespace PartnerDesk {

class SessionCredentialStore;

// What the app uses: the keychain when it answers, otherwise memory for this session only (the app
// then asks for the password once per session). Reads look in this session's memory first, so the
// keychain is asked at most once per key; what the keychain returns is kept in memory too.
// Nothing is written to a file or QSettings on any path.
class FallbackCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FallbackCredentialStore)

public:
    enum class Keychain
    {
        Unknown,   // not asked yet (see probe())
        Available, // answered the last time it was asked
        Unavailable,
    };

    // Takes `keychain` (normally a KeychainCredentialStore; tests may give another store).
    explicit FallbackCredentialStore(CredentialStore *keychain, QObject *parent = nullptr);
    ~FallbackCredentialStore() override;

    // The application's store for this session: over the system keychain, living until the
    // application object is destroyed. Made on first use.
    static FallbackCredentialStore *application();

    // read: memory, then the keychain; NoKeychain when neither has it and no keychain answered.
    void read(const QString &key) override;
    // Into memory and the keychain; SessionOnly (with the reason) when no keychain answered.
    void write(const QString &key, const QString &password) override;
    void remove(const QString &key) override;
    // Into memory only, and out of the keychain: "do not remember the password". SessionOnly.
    void keepForSession(const QString &key, const QString &password);

    // Asks the keychain whether it answers (reads an entry that need not exist); keychainChanged() tells.
    void probe();
    Keychain keychain() const { return m_keychainState; }
    // Why no keychain answered, as it said it (empty while Unknown or Available).
    QString keychainProblem() const { return m_keychainProblem; }
    // A sentence for the user: the password is kept for this session only, and why.
    QString sessionOnlyText() const;

Q_SIGNALS:
    void keychainChanged(PartnerDesk::FallbackCredentialStore::Keychain state);

private:
    void keychainRead(const CredentialReply &reply);
    void keychainWritten(const CredentialReply &reply);
    void keychainRemoved(const CredentialReply &reply);
    // Updates the state from any reply of the keychain; true when it answered.
    bool noteKeychain(const CredentialReply &reply);
    void later(void (CredentialStore::*signal)(const CredentialReply &), const CredentialReply &reply);
    static QString probeKey() { return QStringLiteral("partnerdesk-keychain-probe"); }

    CredentialStore *m_keychain = nullptr;
    SessionCredentialStore *m_session = nullptr;
    Keychain m_keychainState = Keychain::Unknown;
    QString m_keychainProblem;
    // Calls waiting for the keychain, per key: how many of each, so every call gets one reply.
    QHash<QString, int> m_pendingReads;
    QHash<QString, int> m_pendingWrites;
    QHash<QString, int> m_pendingRemoves;
    QHash<QString, int> m_silentRemoves; // of keepForSession(), which answers without waiting
    int m_pendingProbes = 0;
};

} // namespace PartnerDesk
