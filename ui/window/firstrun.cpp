#include "firstrun.h"

#include "import/demogenerator.h"
#include "store/database.h"

#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <atomic>
#include <memory>

namespace PartnerDesk {

FirstRun::Content FirstRun::ask(const QString &path, QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("New Database"),
                    tr("<p>There is no PartnerDesk database at <b>%1</b> yet.</p>"
                       "<p>Start with a sample store to explore — three programs, partners with coupons, "
                       "banners and direct links, and %2 orders with their commission — or with an empty "
                       "database for your own program?</p>")
                        .arg(QDir::toNativeSeparators(path).toHtmlEscaped(), QLocale().toString(demoOrders)),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("firstRunQuestion"));
    QPushButton *demo = box.addButton(tr("Create with &Demo Data"), QMessageBox::AcceptRole);
    demo->setObjectName(QStringLiteral("demoButton"));
    QPushButton *empty = box.addButton(tr("Create &Empty"), QMessageBox::RejectRole);
    empty->setObjectName(QStringLiteral("emptyButton"));
    box.setDefaultButton(demo);
    box.setEscapeButton(empty);
    box.exec();
    return box.clickedButton() == demo ? Content::Demo : Content::Empty;
}

Result<bool> FirstRun::fillWithDemoData(const QString &path, qint64 orders, QWidget *parent)
{
    static constexpr int steps = 1000;
    // Busy until the generator reports its first orders: making the partners takes a while too.
    QProgressDialog progress(tr("Creating a sample store with %1 orders…").arg(QLocale().toString(orders)),
                             tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowTitle(tr("Demo Data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setValue(0);

    std::atomic_bool cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });

    Status status = Done{};
    std::unique_ptr<QThread> worker(QThread::create([&] {
        Database database;
        if (status = database.open(path); !status)
            return;
        DemoGenerator::Options options;
        options.orders = orders;
        int shown = -1;
        status = DemoGenerator::fill(database, options, [&](qint64 done, qint64 total) {
            const int step = total > 0 ? static_cast<int>(qMin(done, total) * steps / total) : 0;
            if (step > 0 && step != shown) {
                shown = step;
                // The dialog lives on the GUI thread; post, and the post dies with the dialog.
                QMetaObject::invokeMethod(
                    &progress,
                    [&progress, step] {
                        progress.setMaximum(steps);
                        progress.setValue(step);
                    },
                    Qt::QueuedConnection);
            }
            return !cancelled;
        });
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();

    if (cancelled)
        return false;
    if (!status)
        return Result<bool>::failure(status.error());
    return true;
}

} // namespace PartnerDesk
