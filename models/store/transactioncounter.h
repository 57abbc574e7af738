#pragma once

#include "transactionquery.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

struct sqlite3;

namespace PartnerDesk {

class Database;

// Counts the transactions a filter matches, and reads the anchors jumps start from, on a thread
// of its own with its own connection to the database file (connections belong to the thread
// that opened them): reading a million rows must not hold up the window. A new request
// supersedes the one running, which is interrupted (or, for anchors, abandoned).
class TransactionCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionCounter)

public:
    explicit TransactionCounter(const QString &databasePath, QObject *parent = nullptr);
    ~TransactionCounter() override;

    // Starts counting; counted() reports it with the number returned here.
    quint64 request(const TransactionFilter &filter);
    // Starts reading the keys of every `every`-th row of the list in that order (TransactionQuery::
    // anchors); anchorsRead() reports them with the number returned here.
    quint64 requestAnchors(const TransactionFilter &filter, TransactionSort sort, Qt::SortOrder order, int every);

Q_SIGNALS:
    // Only for the latest request; `count` is -1 when the count failed.
    void counted(quint64 request, qint64 count);
    // Only for the latest request of anchors; empty when the walk failed.
    void anchorsRead(quint64 request, const QMap<int, QVariantList> &anchors);

private:
    void run(quint64 request, const TransactionFilter &filter);
    void runAnchors(quint64 request, const TransactionFilter &filter, TransactionSort sort, Qt::SortOrder order,
                    int every);
    bool openDatabase();

    QString m_path;
    QThread m_thread;
    QObject *m_worker = nullptr;          // lives in m_thread
    std::unique_ptr<Database> m_database; // opened and closed in m_thread
    std::atomic<quint64> m_latest = 0;
    std::atomic<quint64> m_latestAnchors = 0;
    std::atomic<sqlite3 *> m_handle = nullptr;
};

} // namespace PartnerDesk
