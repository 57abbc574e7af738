#pragma once

#include "core/result.h"
#include "smtpsender.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace PartnerDesk {

class NoticeQueue;

// What became of one notice in a sending run.
struct NoticeOutcome
{
    enum class Kind
    {
        Sent,
        Retry, // failed this time; due again at nextAttemptAt
        Failed // given up after NoticeQueue::maxAttempts, or could not be recorded
    };
    Kind kind = Kind::Sent;
    QString key;
    QString recipient;
    QString nextAttemptAt;
    QString error;
};

// Sends the due notices of a queue (docs/NOTICES.md): for each, claim it (one conditional
// UPDATE: another sender's notice is skipped), send it through SMTP, mark it sent; on failure
// count the attempt and keep the error (retried with backoff, failed after maxAttempts).
// The one duplicate path: a sender that dies after the server's 250 and before the mark is
// taken over when its claim expires, and that notice is sent again.
class NoticeSender final
{
    Q_DECLARE_TR_FUNCTIONS(NoticeSender)

public:
    NoticeSender(NoticeQueue &queue, const SmtpSettings &settings, QString senderId = {});

    // Every notice due at `now`; `each` hears of every outcome as it happens.
    Result<QList<NoticeOutcome>> sendDue(qint64 now, const std::function<void(const NoticeOutcome &)> &each = {});

    const QString &senderId() const { return m_senderId; }
    // host:pid:random, unique per sender.
    static QString newSenderId();

private:
    NoticeQueue &m_queue;
    SmtpSender m_smtp;
    SmtpSettings m_settings;
    QString m_senderId;
};

} // namespace PartnerDesk
