#pragma once

#include "credentialstore.h"

#include <QHash>

namespace PartnerDesk {

// Passwords in memory for as long as the object lives (the application's session); what the app
// falls back to where no keychain runs. Also readable synchronously.
class SessionCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCredentialStore)

public:
    using CredentialStore::CredentialStore;

    void read(const QString &key) override;
    void write(const QString &key, const QString &password) override;
    void remove(const QString &key) override;

    bool contains(const QString &key) const { return m_passwords.contains(key); }
    QString password(const QString &key) const { return m_passwords.value(key); }
    void keep(const QString &key, const QString &password) { m_passwords.insert(key, password); }
    void forget(const QString &key) { m_passwords.remove(key); }

private:
    // Signals go out from the event loop, as a keychain's would.
    void later(void (CredentialStore::*signal)(const CredentialReply &), const CredentialReply &reply);

    QHash<QString, QString> m_passwords;
};

} // namespace PartnerDesk
