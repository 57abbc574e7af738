#include "backgroundjob.h"

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

} // namespace

QThreadPool *backgroundJobPool()
{
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
