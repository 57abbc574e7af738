#include "noticequeue.h"

#include "core/timestamp.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

// SQLite keeps times as ISO text, PostgreSQL as timestamptz (QPSQL reads a QDateTime): both come
// back as the local text form. Either side takes the ISO text as input.
QString timeText(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return Timestamp::format(value.toDateTime().toSecsSinceEpoch());
    return value.toString();
}

const char *const columns = "key, kind, recipient, language, subject, body, created_at, state, attempts, "
                            "next_attempt_at, claimed_by, claimed_until, sent_at, last_error";

Notice readNotice(const QSqlQuery &query)
{
    Notice notice;
    notice.key = query.value(0).toString();
    notice.kind = query.value(1).toString();
    notice.recipient = query.value(2).toString();
    notice.language = query.value(3).toString();
    notice.subject = query.value(4).toString();
    notice.body = query.value(5).toString();
    notice.createdAt = timeText(query.value(6));
    notice.state = query.value(7).toString();
    notice.attempts = query.value(8).toInt();
    notice.nextAttemptAt = timeText(query.value(9));
    notice.claimedBy = query.value(10).toString();
    notice.claimedUntil = timeText(query.value(11));
    notice.sentAt = timeText(query.value(12));
    notice.lastError = query.value(13).toString();
    return notice;
}

} // namespace

NoticeQueue::NoticeQueue(QSqlDatabase database, const QString &table)
    : m_db(std::move(database))
    , m_table(table)
{}

NoticeQueue NoticeQueue::local(QSqlDatabase database)
{
    return NoticeQueue(std::move(database), QStringLiteral("notices"));
}

NoticeQueue NoticeQueue::central(QSqlDatabase database)
{
    return NoticeQueue(std::move(database), QStringLiteral("partnerdesk.notices"));
}

QString NoticeQueue::sql(const char *text) const
{
    // The table name is one of two constants (local(), central()), never user text.
    return QString::fromLatin1(text)
        .replace(QStringLiteral("{notices}"), m_table)
        .replace(QStringLiteral("{columns}"), QString::fromLatin1(columns));
}

qint64 NoticeQueue::backoffSeconds(int attempts)
{
    static constexpr qint64 minutes[] = {1, 5, 15, 60, 240};
    const int index = std::clamp(attempts - 1, 0, int(std::size(minutes)) - 1);
    return minutes[index] * 60;
}

Result<bool> NoticeQueue::enqueue(const Notice &notice, qint64 now)
{
    const QString at = Timestamp::format(now);
    QSqlQuery query(m_db);
    query.prepare(sql("INSERT INTO {notices} (key, kind, recipient, language, subject, body, created_at, "
                      "next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING"));
    for (const QString &value :
         {notice.key, notice.kind, notice.recipient, notice.language, notice.subject, notice.body, at, at})
        query.addBindValue(value);
    if (!query.exec())
        return Result<bool>::failure(tr("Notice %1 could not be queued: %2").arg(notice.key, query.lastError().text()));
    return query.numRowsAffected() == 1;
}

Result<QStringList> NoticeQueue::dueKeys(qint64 now, int limit) const
{
    const QString at = Timestamp::format(now);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql("SELECT key FROM {notices} WHERE state = 'due' AND next_attempt_at <= ? "
                      "AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY next_attempt_at, key LIMIT ?"));
    query.addBindValue(at);
    query.addBindValue(at);
    query.addBindValue(limit);
    if (!query.exec())
        return Result<QStringList>::failure(tr("The notice queue could not be read: %1").arg(query.lastError().text()));
    QStringList keys;
    while (query.next())
        keys.append(query.value(0).toString());
    return keys;
}

Result<std::optional<Notice>> NoticeQueue::claim(const QString &key, const QString &sender, qint64 now)
{
    using Claimed = Result<std::optional<Notice>>;
    const QString at = Timestamp::format(now);
    QSqlQuery query(m_db);
    // One statement decides: of several senders only one changes the row (PostgreSQL re-checks
    // the WHERE after a concurrent update commits; SQLite writes one at a time).
    query.prepare(sql("UPDATE {notices} SET claimed_by = ?, claimed_until = ? WHERE key = ? AND state = 'due' "
                      "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)"));
    query.addBindValue(sender);
    query.addBindValue(Timestamp::format(now + claimSeconds));
    query.addBindValue(key);
    query.addBindValue(at);
    query.addBindValue(at);
    if (!query.exec())
        return Claimed::failure(tr("Notice %1 could not be claimed: %2").arg(key, query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return std::optional<Notice>();
    const Result<QList<Notice>> row = select(QStringLiteral("key = ? AND claimed_by = ?"), {key, sender}, {});
    if (!row)
        return Claimed::failure(row.error());
    if (row->isEmpty())
        return std::optional<Notice>();
    return std::optional<Notice>(row->first());
}

Status NoticeQueue::markSent(const QString &key, const QString &sender, qint64 now)
{
    QSqlQuery query(m_db);
    query.prepare(sql("UPDATE {notices} SET state = 'sent', sent_at = ?, attempts = attempts + 1, last_error = '', "
                      "claimed_by = '', claimed_until = NULL WHERE key = ? AND claimed_by = ?"));
    query.addBindValue(Timestamp::format(now));
    query.addBindValue(key);
    query.addBindValue(sender);
    if (!query.exec())
        return Status::failure(
            tr("Notice %1 was sent but could not be marked sent: %2").arg(key, query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("Notice %1 was sent but its claim had been taken over meanwhile.").arg(key));
    return Done{};
}

Result<Notice> NoticeQueue::markFailed(const QString &key, const QString &sender, const QString &error, qint64 now)
{
    const Result<QList<Notice>> row = select(QStringLiteral("key = ? AND claimed_by = ?"), {key, sender}, {});
    if (!row)
        return Result<Notice>::failure(row.error());
    if (row->isEmpty())
        return Result<Notice>::failure(tr("Notice %1 is no longer claimed by this sender.").arg(key));
    const int attempts = row->first().attempts + 1;
    const bool givenUp = attempts >= maxAttempts;
    QSqlQuery query(m_db);
    query.prepare(sql("UPDATE {notices} SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ?, "
                      "claimed_by = '', claimed_until = NULL WHERE key = ? AND claimed_by = ?"));
    query.addBindValue(givenUp ? QStringLiteral("failed") : QStringLiteral("due"));
    query.addBindValue(attempts);
    query.addBindValue(Timestamp::format(givenUp ? now : now + backoffSeconds(attempts)));
    query.addBindValue(error.left(4000));
    query.addBindValue(key);
    query.addBindValue(sender);
    if (!query.exec())
        return Result<Notice>::failure(
            tr("The failure of notice %1 could not be recorded: %2").arg(key, query.lastError().text()));
    const Result<std::optional<Notice>> current = byKey(key);
    if (!current || !current->has_value())
        return Result<Notice>::failure(current ? tr("Notice %1 is gone.").arg(key) : current.error());
    return **current;
}

Status NoticeQueue::retryNow(const QString &key, qint64 now)
{
    QSqlQuery query(m_db);
    query.prepare(sql("UPDATE {notices} SET state = 'due', next_attempt_at = ?, "
                      "attempts = CASE WHEN state = 'failed' THEN ? ELSE attempts END "
                      "WHERE key = ? AND state <> 'sent'"));
    query.addBindValue(Timestamp::format(now));
    query.addBindValue(maxAttempts - 1);
    query.addBindValue(key);
    if (!query.exec())
        return Status::failure(tr("Notice %1 could not be set due: %2").arg(key, query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("Notice %1 is not waiting to be sent.").arg(key));
    return Done{};
}

Result<QList<Notice>> NoticeQueue::list(const QString &state, int limit) const
{
    if (state.isEmpty())
        return select(QStringLiteral("1 = 1"), {},
                      QStringLiteral(" ORDER BY created_at DESC, key LIMIT %1").arg(limit));
    return select(QStringLiteral("state = ?"), {state},
                  QStringLiteral(" ORDER BY created_at DESC, key LIMIT %1").arg(limit));
}

Result<std::optional<Notice>> NoticeQueue::byKey(const QString &key) const
{
    const Result<QList<Notice>> rows = select(QStringLiteral("key = ?"), {key}, {});
    if (!rows)
        return Result<std::optional<Notice>>::failure(rows.error());
    if (rows->isEmpty())
        return std::optional<Notice>();
    return std::optional<Notice>(rows->first());
}

Result<QList<Notice>> NoticeQueue::select(const QString &where, const QVariantList &values, const QString &tail) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // `where` and `tail` are this file's constants (an integer limit at most); values are bound.
    query.prepare(sql("SELECT {columns} FROM {notices} WHERE ") + where + tail);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Result<QList<Notice>>::failure(
            tr("The notice queue could not be read: %1").arg(query.lastError().text()));
    QList<Notice> notices;
    while (query.next())
        notices.append(readNotice(query));
    return notices;
}

} // namespace PartnerDesk
