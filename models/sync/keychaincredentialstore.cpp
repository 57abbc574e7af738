#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

namespace PartnerDesk {

namespace {

CredentialReply replyOf(const QKeychain::Job &job)
{
    CredentialReply reply;
    reply.key = job.key();
    switch (job.error()) {
    case QKeychain::NoError:
        reply.outcome = CredentialReply::Outcome::Ok;
        break;
    case QKeychain::EntryNotFound:
        reply.outcome = CredentialReply::Outcome::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // on Linux: no D-Bus session, no Secret Service on it, ...
        reply.outcome = CredentialReply::Outcome::NoKeychain;
        reply.message = job.errorString();
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        reply.outcome = CredentialReply::Outcome::Failed;
        reply.message = job.errorString();
        break;
    }
    return reply;
}

// Jobs delete themselves once they have finished, and only then: the libsecret backend calls back
// into its job when the answer comes, so a job deleted early (with a parent that goes away) would be
// used after it is freed. The store's connections are made with it as the context, so a job that
// finishes after the store is gone tells nobody.
template<typename Job>
Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{}

void KeychainCredentialStore::read(const QString &key)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        CredentialReply reply = replyOf(*job);
        if (reply.outcome == CredentialReply::Outcome::Ok)
            reply.password = job->textData();
        Q_EMIT readFinished(reply);
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QString &password)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job] { Q_EMIT writeFinished(replyOf(*job)); });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        CredentialReply reply = replyOf(*job);
        if (reply.outcome == CredentialReply::Outcome::NotFound)
            reply.outcome = CredentialReply::Outcome::Ok; // nothing to remove is what was asked for
        Q_EMIT removeFinished(reply);
    });
    job->start();
}

} // namespace PartnerDesk
