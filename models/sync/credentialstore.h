#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace PartnerDesk {

// What became of one read, write or remove in a CredentialStore.
struct CredentialReply final
{
    enum class Outcome
    {
        Ok,          // read: `password` is it; write and remove: done
        NotFound,    // read: nothing is kept under the key
        SessionOnly, // write: no keychain answered, so the password is kept in memory for this session only
        NoKeychain,  // no keychain answered (none runs, or it is locked away): `message` says what it said
        Failed,      // the keychain answered with an error (access denied, ...): `message`
    };

    QString key;
    Outcome outcome = Outcome::Ok;
    QString password; // read with Ok only
    QString message;  // a sentence for the user where the outcome is not Ok
};

// Keeps the central database's password per connection (ConnectionSettings::credentialKey()),
// asynchronously: a keychain may ask the user to unlock it. Each call ends in exactly one
// *Finished signal for its key, never before the call returns. Nothing here writes a password to
// a file or to QSettings.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using QObject::QObject;
    ~CredentialStore() override = default;

    virtual void read(const QString &key) = 0;
    virtual void write(const QString &key, const QString &password) = 0;
    virtual void remove(const QString &key) = 0;

Q_SIGNALS:
    void readFinished(const PartnerDesk::CredentialReply &reply);
    void writeFinished(const PartnerDesk::CredentialReply &reply);
    void removeFinished(const PartnerDesk::CredentialReply &reply);
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::CredentialReply)
