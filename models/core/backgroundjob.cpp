#include "backgroundjob.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <limits>

namespace PartnerDesk {

namespace {

struct JobPool : QThreadPool
{
    JobPool()
    {
        setObjectName(QStringLiteral("PartnerDesk background jobs"));
        setMaxThreadCount(qMax(8, QThread::idealThreadCount() * 2));
    }
};

Q_GLOBAL_STATIC(JobPool, jobPool)

// The pool's threads end with the application object, not after exit(): libraries that keep state
// per thread free it when the thread ends, and some only while they are still loaded. OpenSSL (under
// libpq) frees its per-thread error state from a thread-exit handler that its own exit-time cleanup
// removes, so a pool thread still alive at exit() leaks it (LeakSanitizer, tst_connectiondialog).
// Owned jobs are waited for by their BackgroundJob; only detached work (a connection attempt that
// cannot be stopped) can still run here, and quitting waits for it 10 s at most.
void stopJobPool()
{
    if (jobPool.exists())
        jobPool->waitForDone(10000);
}

} // namespace

QThreadPool *backgroundJobPool()
{
    static const bool stopsWithTheApplication = [] {
        if (QCoreApplication::instance())
            qAddPostRoutine(stopJobPool);
        return true;
    }();
    Q_UNUSED(stopsWithTheApplication)
    return jobPool();
}

JobControl::JobControl(const std::atomic_bool &cancelled, std::function<void(int, int)> report)
    : m_cancelled(cancelled)
    , m_report(std::move(report))
{}

bool JobControl::progress(qint64 done, qint64 total)
{
    if (m_report) {
        if (total > 0)
            m_report(static_cast<int>(qBound(qint64(0), done, total) * steps / total), steps);
        else
            m_report(static_cast<int>(qBound(qint64(0), done, qint64(std::numeric_limits<int>::max()))), 0);
    }
    return !isCancelled();
}

} // namespace PartnerDesk
