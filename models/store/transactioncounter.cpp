#include "transactioncounter.h"

#include "database.h"
#include "ledgerwriter.h"

#include <sqlite3.h>

namespace PartnerDesk {

TransactionCounter::TransactionCounter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("TransactionCounter"));
    // A thread of its own, not a BackgroundJob (core/backgroundjob.h): it keeps one connection to
    // the file open across requests (one per change of the filter, often several a second), and a
    // connection belongs to the thread that opened it. A new request interrupts the running one.
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

TransactionCounter::~TransactionCounter()
{
    m_latest = 0; // nothing queued runs any more
    m_latestAnchors = 0;
    if (sqlite3 *handle = m_handle.load())
        sqlite3_interrupt(handle);
    // The connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_handle = nullptr;
            m_database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 TransactionCounter::request(const TransactionFilter &filter)
{
    const quint64 request = ++m_latest;
    if (sqlite3 *handle = m_handle.load())
        sqlite3_interrupt(handle); // the running count is stale now
    QMetaObject::invokeMethod(
        m_worker, [this, request, filter] { run(request, filter); }, Qt::QueuedConnection);
    return request;
}

quint64 TransactionCounter::requestAnchors(const TransactionFilter &filter, TransactionSort sort, Qt::SortOrder order,
                                           int every)
{
    const quint64 request = ++m_latestAnchors;
    QMetaObject::invokeMethod(
        m_worker, [this, request, filter, sort, order, every] { runAnchors(request, filter, sort, order, every); },
        Qt::QueuedConnection);
    return request;
}

bool TransactionCounter::openDatabase()
{
    if (m_database)
        return true;
    m_database = std::make_unique<Database>();
    if (!m_database->open(m_path)) {
        m_database.reset();
        return false;
    }
    m_handle = LedgerWriter::nativeHandle(*m_database);
    TransactionQuery::useSmallCache(*m_database);
    return true;
}

void TransactionCounter::runAnchors(quint64 request, const TransactionFilter &filter, TransactionSort sort,
                                    Qt::SortOrder order, int every)
{
    if (request != m_latestAnchors)
        return;
    QMap<int, QVariantList> map;
    if (openDatabase()) {
        TransactionQuery query(*m_database, filter, sort, order);
        query.chooseDriver();
        const auto anchors = query.anchors(every, [this, request] { return request != m_latestAnchors; });
        if (anchors)
            map = *anchors;
    }
    if (request != m_latestAnchors)
        return;
    // Failed or not, the latest request is answered: the model waits for it to show deferred rows.
    QMetaObject::invokeMethod(
        this,
        [this, request, map] {
            if (request == m_latestAnchors)
                Q_EMIT anchorsRead(request, map);
        },
        Qt::QueuedConnection);
}

void TransactionCounter::run(quint64 request, const TransactionFilter &filter)
{
    if (request != m_latest)
        return;
    if (!openDatabase()) {
        QMetaObject::invokeMethod(
            this, [this, request] { Q_EMIT counted(request, -1); }, Qt::QueuedConnection);
        return;
    }
    const Result<qint64> count =
        TransactionQuery(*m_database, filter, TransactionSort::PlacedAt, Qt::DescendingOrder).count();
    if (request != m_latest)
        return; // interrupted, or superseded while counting
    const qint64 value = count ? *count : -1;
    // `this` outlives the thread (the destructor waits), and a call still queued dies with it.
    QMetaObject::invokeMethod(
        this,
        [this, request, value] {
            if (request == m_latest)
                Q_EMIT counted(request, value);
        },
        Qt::QueuedConnection);
}

} // namespace PartnerDesk
