#pragma once

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

namespace PartnerDesk {

// What a background job's work sees on its pool thread: whether it was asked to stop, and a way to
// say how far it got. SQL connections belong to the thread that opened them: work that reads the
// books opens its own Database (a named connection) inside the job and closes it before returning.
class JobControl final
{
public:
    // `report(value, maximum)` publishes progress; `maximum` is 0 when the total is not known.
    JobControl(const std::atomic_bool &cancelled, std::function<void(int value, int maximum)> report);

    bool isCancelled() const { return m_cancelled.load(); }
    // `done` of `total` in any unit (bytes, rows); with `total` <= 0 the count itself is reported.
    // Returns false once the job is cancelled, as the importers' progress handlers expect.
    bool progress(qint64 done, qint64 total);

    // The scale of progress with a known total: progress(done, total) reports done * steps / total.
    static constexpr int steps = 1000;

private:
    const std::atomic_bool &m_cancelled;
    std::function<void(int, int)> m_report;
};

// The pool every background job runs on. Not QThreadPool::globalInstance(): its thread count is the
// number of cores (2 here), and a sync or an import that runs for minutes would keep a payout reload
// or a transaction count waiting behind it. The jobs mostly wait on the disk, SQLite's locks or the
// network, so a few more threads than cores cost little.
QThreadPool *backgroundJobPool();

// One way to run work off the UI thread (issue #13): start() runs a callable on backgroundJobPool()
// through QtConcurrent, its progress and its result arrive on the thread that called start() (the
// one that owns the job; it needs an event loop), and cancel() asks the work to stop. Unlike
// QFuture::cancel(), a cancelled job still delivers what its work returned (which says it stopped):
// an import reports "cancelled, nothing written" the same way it reports a success.
//
// One run at a time per job; a job destroyed (or restarted) while its work runs cancels it and waits,
// and its callbacks are not called. Keep the job a member of the object its callbacks use.
template<typename T>
class BackgroundJob final
{
    Q_DISABLE_COPY_MOVE(BackgroundJob)

public:
    using Work = std::function<T(JobControl &control)>;
    using Done = std::function<void(T result)>;
    using Progress = std::function<void(int value, int maximum)>;

    BackgroundJob() = default;
    ~BackgroundJob() { abandon(); }

    // Starts `work`; `done` gets its result, `progress` what it reported above 0 (throttled by
    // QFuture to about 25 a second, the last step always delivered). False, and nothing started, while an earlier run
    // has not delivered yet.
    bool start(Work work, Done done, Progress progress = {})
    {
        if (m_running)
            return false;
        abandon();
        m_running = true;
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        m_cancelled = cancelled;
        m_watcher = new QFutureWatcher<T>;
        QFutureWatcher<T> *watcher = m_watcher;
        auto delivering = std::make_shared<bool>(false); // outlives this job when `done` destroys it
        m_delivering = delivering;
        if (progress) {
            // QFutureWatcher also says 0 when it starts watching: only the work's own steps go on.
            QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, watcher,
                             [watcher, progress](int value) {
                                 if (value > 0)
                                     progress(value, watcher->progressMaximum());
                             });
        }
        QObject::connect(
            watcher, &QFutureWatcherBase::finished, watcher, [this, watcher, delivering, done = std::move(done)] {
                if (watcher != m_watcher)
                    return;
                m_running = false;
                T result = watcher->result(); // not takeResult(): it resets the future, which then never finishes
                // `done` may start the next run or destroy the job: either retires this
                // watcher while it emits, so only the flag is touched afterwards.
                *delivering = true;
                done(std::move(result));
                *delivering = false;
            });
        watcher->setFuture(
            QtConcurrent::run(backgroundJobPool(), [cancelled, work = std::move(work)](QPromise<T> &promise) {
                bool ranged = false;
                JobControl control(*cancelled, [&promise, &ranged](int value, int maximum) {
                    if (maximum > 0 && !std::exchange(ranged, true))
                        promise.setProgressRange(0, maximum);
                    promise.setProgressValue(value);
                });
                promise.addResult(work(control));
            }));
        return true;
    }

    // Runs `work` and waits for its result in a local event loop, so the window keeps painting and
    // a window-modal progress dialog can cancel() meanwhile. Not while a run is under way.
    T runAndWait(Work work, Progress progress = {})
    {
        Q_ASSERT(!m_running);
        std::optional<T> result;
        QEventLoop loop;
        start(
            std::move(work),
            [&result, &loop](T value) {
                result.emplace(std::move(value));
                loop.quit();
            },
            std::move(progress));
        if (!result) // not delivered yet by an event loop that ran meanwhile
            loop.exec();
        return std::move(*result);
    }

    void cancel()
    {
        if (m_cancelled)
            *m_cancelled = true;
    }
    // From start() until its `done` has been called.
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }
    // Blocks until the work has returned (its result is then delivered by the event loop, unless
    // the job is stopped or destroyed first).
    void waitForFinished()
    {
        if (m_watcher)
            m_watcher->waitForFinished();
    }

    // Cancels a running work and waits for it to return; its result is dropped, `done` not called.
    void abandon()
    {
        m_running = false;
        cancel();
        if (!m_watcher)
            return;
        QFutureWatcher<T> *watcher = std::exchange(m_watcher, nullptr);
        watcher->waitForFinished();
        QObject::disconnect(watcher, nullptr, nullptr, nullptr);
        if (m_delivering && *m_delivering)
            watcher->deleteLater(); // inside its own finished()
        else
            delete watcher;
    }

    // Lets a running work go on by itself without waiting for it, for work that cannot be stopped
    // (a connection attempt blocked in libpq): it is cancelled, its result dropped, and the job is
    // free to start() again at once. What the work shares must outlive it (capture by value).
    void detach()
    {
        m_running = false;
        cancel();
        if (QFutureWatcher<T> *watcher = std::exchange(m_watcher, nullptr)) {
            QObject::disconnect(watcher, nullptr, nullptr, nullptr);
            watcher->deleteLater(); // a watcher does not wait for its future
        }
    }

private:
    QFutureWatcher<T> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<bool> m_delivering; // the current watcher is emitting finished()
    bool m_running = false;
};

} // namespace PartnerDesk
