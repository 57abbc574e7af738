#include "core/backgroundjob.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

using namespace PartnerDesk;

// models/core/backgroundjob.h: the one helper every worker of the app runs on.
class TestBackgroundJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultArrivesOnTheCallersThread();
    void progressArrivesWithItsScale();
    void cancelledWorkStillDeliversItsResult();
    void oneRunAtATime();
    void doneMayStartTheNextRun();
    void destroyedJobWaitsAndCallsNothing();
};

void TestBackgroundJob::resultArrivesOnTheCallersThread()
{
    BackgroundJob<QThread *> job;
    QThread *ranOn = nullptr;
    QThread *deliveredOn = nullptr;
    QVERIFY(job.start([](JobControl &) { return QThread::currentThread(); },
                      [&](QThread *worker) {
                          ranOn = worker;
                          deliveredOn = QThread::currentThread();
                      }));
    QVERIFY(job.isRunning());
    QTRY_VERIFY(!job.isRunning());
    QVERIFY(ranOn != nullptr);
    QVERIFY(ranOn != QThread::currentThread());
    QCOMPARE(deliveredOn, QThread::currentThread());
}

void TestBackgroundJob::progressArrivesWithItsScale()
{
    // The work waits until the last report has arrived, so none is lost to QFuture's throttling
    // (which always lets the last step through).
    QSemaphore reported;
    BackgroundJob<int> job;
    QList<std::pair<int, int>> seen;
    bool finished = false;
    QVERIFY(job.start(
        [&reported](JobControl &control) {
            control.progress(500, 500); // the maximum: always delivered
            reported.acquire();
            return 7;
        },
        [&](int value) { finished = value == 7; },
        [&](int value, int maximum) {
            seen.append({value, maximum});
            reported.release();
        }));
    QTRY_VERIFY(finished);
    QCOMPARE(seen.value(0), std::make_pair(JobControl::steps, JobControl::steps));

    // Without a total the count itself is reported, against a maximum of 0.
    seen.clear();
    finished = false;
    QVERIFY(job.start(
        [&reported](JobControl &control) {
            control.progress(3, 0);
            reported.acquire();
            return 7;
        },
        [&](int value) { finished = value == 7; },
        [&](int value, int maximum) {
            seen.append({value, maximum});
            reported.release();
        }));
    QTRY_VERIFY(finished);
    QCOMPARE(seen.value(0), std::make_pair(3, 0));
}

void TestBackgroundJob::cancelledWorkStillDeliversItsResult()
{
    QSemaphore started;
    BackgroundJob<QString> job;
    QString result;
    QVERIFY(job.start(
        [&started](JobControl &control) {
            started.release();
            while (control.progress(1, 2))
                QThread::yieldCurrentThread();
            return QStringLiteral("stopped");
        },
        [&](const QString &value) { result = value; }));
    started.acquire();
    QVERIFY(!job.isCancelled());
    job.cancel();
    QVERIFY(job.isCancelled());
    QTRY_COMPARE(result, QStringLiteral("stopped"));
    QVERIFY(!job.isRunning());
}

void TestBackgroundJob::oneRunAtATime()
{
    QSemaphore release;
    BackgroundJob<int> job;
    int result = 0;
    QVERIFY(job.start(
        [&release](JobControl &) {
            release.acquire();
            return 1;
        },
        [&](int value) { result = value; }));
    QVERIFY(!job.start([](JobControl &) { return 2; }, [&](int value) { result = value; }));
    release.release();
    QTRY_COMPARE(result, 1);
    // Delivered: the next one may start.
    QVERIFY(job.start([](JobControl &) { return 2; }, [&](int value) { result = value; }));
    QTRY_COMPARE(result, 2);
}

void TestBackgroundJob::doneMayStartTheNextRun()
{
    BackgroundJob<int> job;
    QList<int> results;
    std::function<void(int)> done = [&](int value) {
        results.append(value);
        if (value < 3)
            QVERIFY(job.start([value](JobControl &) { return value + 1; }, done));
    };
    QVERIFY(job.start([](JobControl &) { return 1; }, done));
    QTRY_COMPARE(results, QList<int>({1, 2, 3}));
    QVERIFY(!job.isRunning());
}

void TestBackgroundJob::destroyedJobWaitsAndCallsNothing()
{
    QSemaphore started;
    std::atomic_bool sawCancel = false;
    std::atomic_bool returned = false;
    bool called = false;
    {
        BackgroundJob<int> job;
        QVERIFY(job.start(
            [&](JobControl &control) {
                started.release();
                while (!control.isCancelled())
                    QThread::yieldCurrentThread();
                sawCancel = true;
                returned = true;
                return 1;
            },
            [&](int) { called = true; }));
        started.acquire();
    } // cancels and waits
    QVERIFY(sawCancel);
    QVERIFY(returned);
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
