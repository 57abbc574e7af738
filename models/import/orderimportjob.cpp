#include "orderimportjob.h"

#include "core/timestamp.h"
#include "store/database.h"

#include <QThread>

namespace PartnerDesk {

OrderImportJob::OrderImportJob(const QString &databasePath, const QString &csvPath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_csvPath(csvPath)
{
    qRegisterMetaType<PartnerDesk::ImportOutcome>();
}

OrderImportJob::~OrderImportJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

bool OrderImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void OrderImportJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread.reset(QThread::create([this] {
        ImportOutcome outcome = run();
        // Delivered on the job's own thread; a job deleted meanwhile waited for this thread first.
        QMetaObject::invokeMethod(
            this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
    }));
    m_thread->start();
}

ImportOutcome OrderImportJob::run()
{
    ImportOutcome outcome;
    outcome.path = m_csvPath;
    Database database;
    if (const Status opened = database.open(m_databasePath); !opened) {
        outcome.summary.fatalError = opened.error();
        return outcome;
    }
    LedgerStore ledger(database);
    // Approvals whose hold has passed count towards the threshold before and after alike.
    ledger.refreshApprovals(Timestamp::now());
    const QList<BalanceRow> dueBefore = ledger.payoutsDue();

    OrderImporter importer(database);
    importer.setIssueHandler([&outcome](const ImportIssue &issue) {
        if (outcome.issues.size() < maxIssues)
            outcome.issues.append(issue);
        else
            ++outcome.moreIssues;
    });
    importer.setProgressHandler([this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        return !m_cancelled;
    });
    outcome.summary = importer.importFile(m_csvPath);
    if (outcome.summary.cancelled || !outcome.summary.fatalError.isEmpty() || outcome.summary.imported == 0)
        return outcome;

    ledger.refreshApprovals(Timestamp::now());
    outcome.newlyDue = LedgerStore::newlyDue(dueBefore, ledger.payoutsDue());
    return outcome;
}

} // namespace PartnerDesk
