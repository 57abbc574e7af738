#include "noticeautosender.h"

#include "notifier.h"
#include "sync/connectionsettings.h"
#include "sync/fallbackcredentialstore.h"
#include "sync/syncrunner.h"
#include "synccontroller.h"

#include <QSettings>
#include <QStringList>
#include <QTimer>

namespace PartnerDesk {

NoticeAutoSender::NoticeAutoSender(Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("noticeAutoSender"));
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &NoticeAutoSender::trigger);
}

NoticeAutoSender::~NoticeAutoSender()
{
    disarm();
}

void NoticeAutoSender::arm(const QString &databasePath)
{
    // A run for the book before goes on by itself (its own connections); its report is dropped.
    m_job.detach();
    m_busy = false;
    m_again = false;
    m_waiting.clear();
    m_databasePath = databasePath;
    if (databasePath.isEmpty())
        m_timer->stop();
    else
        m_timer->start();
}

void NoticeAutoSender::disarm()
{
    m_timer->stop();
    m_job.abandon(); // waits: the notice on the wire is marked sent, not sent again later
    m_busy = false;
    m_again = false;
    m_waiting.clear();
    m_databasePath.clear();
}

void NoticeAutoSender::syncFinished(const SyncOutcome &outcome)
{
    if (outcome.ok())
        trigger();
}

void NoticeAutoSender::trigger()
{
    if (!isArmed())
        return;
    if (m_busy) {
        m_again = true; // once more after this run: what the sync just brought
        return;
    }
    QSettings settings;
    if (!NoticeRun::sendsAutomatically(settings))
        return;
    SmtpSettings smtp = SmtpSettings::load(settings);
    SmtpSettings withPassword = smtp;
    withPassword.password = QStringLiteral("-"); // read below; the rest must be complete first
    if (const QString problem = withPassword.problem(); !problem.isEmpty()) {
        Q_EMIT statusMessage(tr("E-mail notices are not sent automatically: %1").arg(problem));
        return;
    }
    m_busy = true;
    m_request = {};
    m_request.databasePath = m_databasePath;
    m_request.smtp = smtp;
    m_request.send = true;
    m_smtpKey.clear();
    m_centralKey.clear();
    m_centralPassword.clear();
    m_waiting.clear();
    if (!smtp.user.isEmpty()) {
        m_smtpKey = NoticeRun::passwordKey(smtp.url, smtp.user);
        m_waiting.insert(m_smtpKey);
    }
    if (const ConnectionSettings central = ConnectionSettings::load(settings); !central.host.isEmpty()) {
        m_centralKey = central.credentialKey();
        m_waiting.insert(m_centralKey);
    }
    if (m_waiting.isEmpty()) {
        start();
        return;
    }
    // Each read answers later, never inside read(): every key is waited for before the first asks.
    FallbackCredentialStore *credentials = FallbackCredentialStore::application();
    if (!m_listening) { // not before it is needed: most windows never send by themselves
        connect(credentials, &CredentialStore::readFinished, this, &NoticeAutoSender::passwordRead);
        m_listening = true;
    }
    const QSet<QString> keys = m_waiting;
    for (const QString &key : keys)
        credentials->read(key);
}

void NoticeAutoSender::passwordRead(const CredentialReply &reply)
{
    if (!m_busy || !m_waiting.remove(reply.key))
        return; // another reader's (the Notices dialog's), or of a run disarmed meanwhile
    if (reply.outcome == CredentialReply::Outcome::Ok) {
        if (reply.key == m_smtpKey)
            m_request.smtp.password = reply.password;
        if (reply.key == m_centralKey)
            m_centralPassword = reply.password;
    }
    if (m_waiting.isEmpty())
        start();
}

void NoticeAutoSender::start()
{
    if (const QString problem = m_request.smtp.problem(); !problem.isEmpty()) {
        // The password is not in the keychain (nor in this session's memory).
        Q_EMIT statusMessage(
            tr("E-mail notices are not sent automatically: %1 Enter it in File › E-mail Notices….").arg(problem));
        done();
        return;
    }
    QSettings settings;
    m_request.central = SyncController::configuredCentral(settings, m_centralPassword);
    m_job.start([request = m_request](JobControl &) { return NoticeRun::run(request); },
                [this](NoticeRun::Outcome outcome) { report(outcome); });
}

void NoticeAutoSender::report(const NoticeRun::Outcome &outcome)
{
    const int sent = outcome.count(NoticeOutcome::Kind::Sent);
    const int retry = outcome.count(NoticeOutcome::Kind::Retry);
    const int failed = outcome.count(NoticeOutcome::Kind::Failed);
    if (!outcome.error.isEmpty()) {
        Q_EMIT statusMessage(tr("E-mail notices not sent: %1").arg(outcome.error));
    } else if (!outcome.outcomes.isEmpty()) { // nothing due: nothing to say
        QStringList parts{tr("%n sent", nullptr, sent)};
        if (retry > 0)
            parts.append(tr("%n to be retried", nullptr, retry));
        if (failed > 0)
            parts.append(tr("%n failed", nullptr, failed));
        Q_EMIT statusMessage(tr("E-mail notices: %1").arg(parts.join(QStringLiteral(", "))));
    }
    if (failed > 0) {
        QString error;
        for (const NoticeOutcome &notice : outcome.outcomes) {
            if (notice.kind == NoticeOutcome::Kind::Failed) {
                error = tr("to %1: %2").arg(notice.recipient, notice.error);
                break;
            }
        }
        m_notifier->notify(tr("E-mail notices failed"),
                           tr("Given up, not to be tried again: %n. The first: %1. File › E-mail Notices… shows them.",
                              nullptr, failed)
                               .arg(error));
    }
    m_lastOutcome = outcome;
    done();
    Q_EMIT finished();
}

void NoticeAutoSender::done()
{
    m_busy = false;
    if (std::exchange(m_again, false))
        QTimer::singleShot(0, this, &NoticeAutoSender::trigger);
}

} // namespace PartnerDesk
