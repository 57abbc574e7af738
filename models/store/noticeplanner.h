#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace PartnerDesk {

class Database;
class NoticeQueue;
struct Notice;

// What one planning run added to the queue (notices already there are not counted).
struct NoticePlan
{
    int transactions = 0;
    int digests = 0;
    int thresholds = 0;
    int decisions = 0;
    int welcomes = 0;
    int waiting = 0; // due, but not planned yet: their rows have no sync id yet (requireSyncIds)
    int added() const { return transactions + digests + thresholds + decisions + welcomes; }
};

// Reads the local books and queues the e-mail notices that are due (docs/NOTICES.md):
//   transaction  each new transaction of a partner whose mode is "each", created after its
//                program switched notices on;
//   digest       one per partner and UTC day with that day's transactions (mode "digest"), once
//                the day has ended;
//   threshold    his approved, unpaid balance in a currency reached the threshold, once per
//                crossing (the crossing is numbered by his payout lines in that currency);
//   decision     a request of his approved or rejected (the `requests` table, when the books
//                have it), a sign-up's approval being a
//   welcome      notice with his code, first tracked link and coupon.
// Keys are deterministic: the row's sync id (sync_ids) when it has one, else local:<id>, so a
// second run, or another manager desktop of the same central database, makes no second row.
class NoticePlanner final
{
    Q_DECLARE_TR_FUNCTIONS(NoticePlanner)

public:
    struct Options
    {
        // With a central queue: plan only rows that have their sync id (pushed or pulled), so the
        // key is the one every desktop makes; the others wait for the next sync.
        bool requireSyncIds = false;
        // How far back a run looks for transactions and decisions.
        qint64 lookbackSeconds = 30 * 86400;
    };

    NoticePlanner(Database &books, NoticeQueue &queue, Options options);
    NoticePlanner(Database &books, NoticeQueue &queue);

    Result<NoticePlan> plan(qint64 now);

private:
    Status planTransactions(qint64 now, NoticePlan &plan);
    Status planThresholds(qint64 now, NoticePlan &plan);
    Status planRequests(qint64 now, NoticePlan &plan);
    // Adds the rendered notice; true when it is new.
    Result<bool> add(const QString &key, const QString &kind, const QString &recipient, const QString &language,
                     const QString &templateName, const QHash<QString, QString> &values, qint64 now);
    // "<uid>" or "local:<id>"; "" when requireSyncIds and the row has no sync id yet.
    QString rowKey(const QVariant &uid, qint64 id) const;

    Database &m_books;
    QSqlDatabase &m_db;
    NoticeQueue &m_queue;
    Options m_options;
};

} // namespace PartnerDesk
