#include "sessioncredentialstore.h"

#include <functional>

namespace PartnerDesk {

void SessionCredentialStore::read(const QString &key)
{
    const auto found = m_passwords.constFind(key);
    if (found == m_passwords.cend())
        later(&CredentialStore::readFinished, {key, CredentialReply::Outcome::NotFound, {}, {}});
    else
        later(&CredentialStore::readFinished, {key, CredentialReply::Outcome::Ok, *found, {}});
}

void SessionCredentialStore::write(const QString &key, const QString &password)
{
    keep(key, password);
    later(&CredentialStore::writeFinished, {key, CredentialReply::Outcome::Ok, {}, {}});
}

void SessionCredentialStore::remove(const QString &key)
{
    forget(key);
    later(&CredentialStore::removeFinished, {key, CredentialReply::Outcome::Ok, {}, {}});
}

void SessionCredentialStore::later(void (CredentialStore::*signal)(const CredentialReply &),
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
