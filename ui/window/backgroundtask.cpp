#include "backgroundtask.h"

#include "store/database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <atomic>
#include <memory>

namespace PartnerDesk {

Result<bool> BackgroundTask::run(const QString &databasePath, const QString &label, Cancel cancel, QWidget *parent,
                                 const Work &work)
{
    return execute(databasePath, tr("PartnerDesk"), label, cancel, parent, work);
}

Status BackgroundTask::run(QWidget *parent, const QString &databasePath, const QString &title, const QString &label,
                           const ReportingWork &work)
{
    const Result<bool> ran = execute(databasePath, title, label, Cancel::Allowed, parent,
                                     [&work](Database &database, const Progress &progress) {
                                         work(database, progress);
                                         return Status(Done{});
                                     });
    if (!ran)
        return Status::failure(ran.error());
    return Done{};
}

Result<bool> BackgroundTask::execute(const QString &databasePath, const QString &title, const QString &label,
                                     Cancel cancel, QWidget *parent, const Work &work)
{
    static constexpr int steps = 1000;
    QProgressDialog progress(label, cancel == Cancel::Allowed ? tr("Cancel") : QString(), 0, steps, parent);
    progress.setObjectName(QStringLiteral("backgroundProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    // Short work finishes before the dialog would show, so it never flashes.
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setValue(0);

    std::atomic_bool cancelled = false;
    if (cancel == Cancel::Allowed)
        QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });

    Status status = Done{};
    std::unique_ptr<QThread> worker(QThread::create([&] {
        Database database;
        if (status = database.open(databasePath); !status)
            return;
        int shown = -1;
        status = work(database, [&](qint64 done, qint64 total) {
            const int step = total > 0 ? static_cast<int>(qMin(done, total) * steps / total) : 0;
            if (step != shown) {
                shown = step;
                // The dialog lives on the GUI thread; post, and the post dies with the dialog.
                QMetaObject::invokeMethod(
                    &progress, [&progress, step] { progress.setValue(step); }, Qt::QueuedConnection);
            }
            return !cancelled;
        });
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();

    if (cancelled && !status)
        return false;
    if (!status)
        return Result<bool>::failure(status.error());
    return true;
}

} // namespace PartnerDesk
