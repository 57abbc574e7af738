#include "firstrun.h"

#include "core/backgroundjob.h"
#include "import/demogenerator.h"
#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
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

    BackgroundJob<Status> job;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&job] { job.cancel(); });
    const Status status = job.runAndWait(
        [path, orders](JobControl &control) -> Status {
            Database database; // its own connection, on the job's thread
            if (const Status opened = database.open(path); !opened)
                return opened;
            DemoGenerator::Options options;
            options.orders = orders;
            return DemoGenerator::fill(database, options,
                                       [&control](qint64 done, qint64 total) { return control.progress(done, total); });
        },
        [&progress](int value, int maximum) {
            if (maximum > 0 && value > 0) {
                progress.setMaximum(maximum);
                progress.setValue(value);
            }
        });

    if (job.isCancelled())
        return false;
    if (!status)
        return Result<bool>::failure(status.error());
    return true;
}

QString FirstRun::prepare(const QString &path, Content whenNew, QWidget *parent)
{
    if (QFileInfo::exists(path))
        return {};
    if (whenNew == Content::Ask)
        whenNew = ask(path, parent);
    if (whenNew != Content::Demo)
        return {};
    const Result<bool> filled = fillWithDemoData(path, demoOrders, parent);
    if (!filled)
        QMessageBox::warning(parent, tr("Demo Data"), tr("Could not create the demo data: %1").arg(filled.error()));
    else if (!*filled)
        return tr("Demo data cancelled; the database is empty.");
    return {};
}

} // namespace PartnerDesk
