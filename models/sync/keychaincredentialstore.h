#pragma once

#include "credentialstore.h"

namespace PartnerDesk {

// The system keychain through QtKeychain (Secret Service / KWallet on Linux, the macOS Keychain,
// the Windows Credential Store). QtKeychain 0.13 cannot say beforehand whether a keychain runs, so
// a job's error tells: NoBackendAvailable, NotImplemented and OtherError (no D-Bus, no Secret
// Service) end in Outcome::NoKeychain. Its insecure fallback, which writes passwords into
// QSettings in plain text, stays off.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    // `service` names PartnerDesk's entries in the keychain.
    explicit KeychainCredentialStore(const QString &service = defaultService(), QObject *parent = nullptr);

    void read(const QString &key) override;
    void write(const QString &key, const QString &password) override;
    void remove(const QString &key) override;

    QString service() const { return m_service; }
    static QString defaultService() { return QStringLiteral("PartnerDesk central database"); }

private:
    QString m_service;
};

} // namespace PartnerDesk
