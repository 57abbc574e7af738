#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace PartnerDesk {

// One e-mail notice to a partner, a row of the queue (times ISO 8601 UTC, "" when none).
struct Notice
{
    QString key;  // deterministic (NoticePlanner): planning it twice makes one row
    QString kind; // transaction | digest | decision | threshold | welcome
    QString recipient;
    QString language; // en | cs
    QString subject;
    QString body;
    QString createdAt;
    QString state = QStringLiteral("due"); // due | sent | failed
    int attempts = 0;
    QString nextAttemptAt;
    QString claimedBy;
    QString claimedUntil;
    QString sentAt;
    QString lastError;
};

// The notice queue (docs/NOTICES.md) on either database: the local SQLite `notices`
// (resources/migrations/0017_notices.sql) or the central partnerdesk.notices
// (resources/central/0009_notices.sql), the same columns and the same SQL. The connection belongs
// to the caller's thread. Each notice is sent once even with several senders at once: a sender
// owns a row only after one conditional UPDATE changed exactly that row (claim()), and only the
// owner marks it sent or failed.
class NoticeQueue final
{
    Q_DECLARE_TR_FUNCTIONS(NoticeQueue)

public:
    // Attempts before a notice is given up as failed; the waits between them (backoff()).
    static constexpr int maxAttempts = 6;
    // How long a claim holds: a sender that died is taken over after this.
    static constexpr qint64 claimSeconds = 600;

    // `table`: "notices" locally, "partnerdesk.notices" centrally.
    NoticeQueue(QSqlDatabase database, const QString &table);
    static NoticeQueue local(QSqlDatabase database);
    static NoticeQueue central(QSqlDatabase database);

    // Adds the notice unless its key is there already (INSERT ... ON CONFLICT DO NOTHING): true
    // when it was added. created_at and next_attempt_at are `now`.
    Result<bool> enqueue(const Notice &notice, qint64 now);

    // Keys of the due notices whose time has come and that nobody holds, oldest first.
    Result<QStringList> dueKeys(qint64 now, int limit = 100) const;
    // Takes the notice for `sender` until now + claimSeconds: one conditional UPDATE; the claimed
    // row, or nothing when another sender has it, it was sent, or its time has not come.
    Result<std::optional<Notice>> claim(const QString &key, const QString &sender, qint64 now);
    // The claimed notice went out: sent, its attempt counted, the claim released.
    Status markSent(const QString &key, const QString &sender, qint64 now);
    // The attempt failed: counted, `error` kept, due again after backoff() or failed after
    // maxAttempts. Returns the row as it is now.
    Result<Notice> markFailed(const QString &key, const QString &sender, const QString &error, qint64 now);
    // A manager's "send now": a due or failed notice is due at `now` again (attempts kept; a
    // failed one gets one more attempt).
    Status retryNow(const QString &key, qint64 now);

    // For a view: notices in `state` ("" for all), newest first.
    Result<QList<Notice>> list(const QString &state = {}, int limit = 500) const;
    Result<std::optional<Notice>> byKey(const QString &key) const;

    // The wait before attempt `attempts` + 1: 1, 5, 15, 60, 240 minutes, then 240.
    static qint64 backoffSeconds(int attempts);

private:
    QString sql(const char *text) const;
    Result<QList<Notice>> select(const QString &where, const QVariantList &values, const QString &tail) const;

    QSqlDatabase m_db;
    QString m_table;
};

} // namespace PartnerDesk
