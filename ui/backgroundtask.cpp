#include "backgroundtask.h"

#include "store/database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>
#include <atomic>
#include <memory>

namespace PartnerDesk {

Status BackgroundTask::run(QWidget *parent, const QString &databasePath, const QString &title, const QString &label,
                           const Work &work)
{
    // The dialog belongs to the window, not to `parent`, which is disabled meanwhile.
    QProgressDialog progress(label, tr("Cancel"), 0, 0, parent ? parent->window() : nullptr);
    progress.setObjectName(QStringLiteral("backgroundTaskProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(showAfterMilliseconds);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setValue(0);

    std::atomic_bool cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });

    // Until the dialog shows, nothing else in the window may start (or close the database).
    const bool wasEnabled = parent && parent->isEnabled();
    if (parent)
        parent->setEnabled(false);

    Status opened = Done{};
    std::unique_ptr<QThread> worker(QThread::create([&] {
        Database database;
        if (opened = database.open(databasePath); !opened)
            return;
        work(database, [&](int done, int total) {
            // The dialog lives on the GUI thread; post, and the post dies with the dialog.
            QMetaObject::invokeMethod(
                &progress,
                [&progress, done, total] {
                    progress.setMaximum(total);
                    progress.setValue(done);
                },
                Qt::QueuedConnection);
            return !cancelled;
        });
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    if (parent)
        parent->setEnabled(wasEnabled);
    return opened;
}

} // namespace PartnerDesk
