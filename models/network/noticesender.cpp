#include "noticesender.h"

#include "store/noticequeue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QSysInfo>
#include <QUuid>

namespace PartnerDesk {

NoticeSender::NoticeSender(NoticeQueue &queue, const SmtpSettings &settings, QString senderId)
    : m_queue(queue)
    , m_smtp(settings)
    , m_settings(settings)
    , m_senderId(senderId.isEmpty() ? newSenderId() : std::move(senderId))
{}

QString NoticeSender::newSenderId()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
}

Result<QList<NoticeOutcome>> NoticeSender::sendDue(qint64 now, const std::function<void(const NoticeOutcome &)> &each)
{
    using Outcomes = Result<QList<NoticeOutcome>>;
    if (const QString problem = m_settings.problem(); !problem.isEmpty())
        return Outcomes::failure(problem);
    const QString domain = m_settings.from.section(u'@', 1);
    QList<NoticeOutcome> outcomes;
    QSet<QString> seen;
    for (;;) {
        const Result<QStringList> keys = m_queue.dueKeys(now);
        if (!keys)
            return Outcomes::failure(keys.error());
        bool progress = false;
        for (const QString &key : *keys) {
            if (seen.contains(key))
                continue;
            seen.insert(key);
            progress = true;
            const Result<std::optional<Notice>> claimed = m_queue.claim(key, m_senderId, now);
            if (!claimed)
                return Outcomes::failure(claimed.error());
            if (!claimed->has_value())
                continue; // another sender has it, or it went meanwhile
            const Notice &notice = **claimed;
            // The same Message-ID on any resend: a mail system that sees it twice may drop one.
            const QString messageId =
                QString::fromLatin1(
                    QCryptographicHash::hash(notice.key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32)) +
                u'@' + domain;
            NoticeOutcome outcome{NoticeOutcome::Kind::Sent, notice.key, notice.recipient, {}, {}};
            const Status sent = m_smtp.send({notice.recipient, notice.subject, notice.body, messageId});
            if (sent) {
                if (const Status marked = m_queue.markSent(notice.key, m_senderId, now); !marked) {
                    outcome.kind = NoticeOutcome::Kind::Failed;
                    outcome.error = marked.error();
                }
            } else {
                const Result<Notice> after = m_queue.markFailed(notice.key, m_senderId, sent.error(), now);
                outcome.error = sent.error();
                if (!after) {
                    outcome.kind = NoticeOutcome::Kind::Failed;
                    outcome.error += QStringLiteral("; ") + after.error();
                } else if (after->state == u"failed") {
                    outcome.kind = NoticeOutcome::Kind::Failed;
                } else {
                    outcome.kind = NoticeOutcome::Kind::Retry;
                    outcome.nextAttemptAt = after->nextAttemptAt;
                }
            }
            outcomes.append(outcome);
            if (each)
                each(outcome);
        }
        if (!progress)
            return outcomes;
    }
}

} // namespace PartnerDesk
