#include "backgroundtask.h"

#include "core/backgroundjob.h"
#include "store/database.h"

#include <QProgressDialog>

namespace PartnerDesk {

Result<bool> BackgroundTask::run(const QString &databasePath, const QString &label, Cancel cancel, QWidget *parent,
                                 const Work &work)
{
    return execute(tr("PartnerDesk"), label, cancel, parent, [databasePath, work](const Progress &progress) {
        // A connection belongs to the thread that opened it: the job opens its own.
        Database database;
        if (const Status opened = database.open(databasePath); !opened)
            return opened;
        return work(database, progress);
    });
}

Result<bool> BackgroundTask::runOpening(const QString &label, QWidget *parent, const OpeningWork &work)
{
    return execute(tr("PartnerDesk"), label, Cancel::Allowed, parent, work);
}

Status BackgroundTask::run(QWidget *parent, const QString &databasePath, const QString &title, const QString &label,
                           const ReportingWork &work)
{
    const Result<bool> ran =
        execute(title, label, Cancel::Allowed, parent, [databasePath, &work](const Progress &progress) {
            Database database;
            if (const Status opened = database.open(databasePath); !opened)
                return opened;
            work(database, progress);
            return Status(Done{});
        });
    if (!ran)
        return Status::failure(ran.error());
    return Done{};
}

Result<bool> BackgroundTask::execute(const QString &title, const QString &label, Cancel cancel, QWidget *parent,
                                     const OpeningWork &work)
{
    static constexpr int steps = JobControl::steps;
    QProgressDialog progress(label, cancel == Cancel::Allowed ? tr("Cancel") : QString(), 0, steps, parent);
    progress.setObjectName(QStringLiteral("backgroundProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    // Short work finishes before the dialog would show, so it never flashes.
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setValue(0);

    BackgroundJob<Status> job;
    if (cancel == Cancel::Allowed)
        QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&job] { job.cancel(); });

    const Status status = job.runAndWait(
        [work](JobControl &control) -> Status {
            return work([&control](qint64 done, qint64 total) { return control.progress(done, total); });
        },
        [&progress](int value, int maximum) {
            if (maximum > 0)
                progress.setValue(value * steps / maximum);
        });
    if (job.isCancelled() && !status)
        return false;
    if (!status)
        return Result<bool>::failure(status.error());
    return true;
}

} // namespace PartnerDesk
