#include "importjobs.h"

#include "core/backgroundjob.h"
#include "core/timestamp.h"
#include "store/database.h"

namespace PartnerDesk {

ImportOutcome importOrdersFile(const QString &databasePath, const QString &csvPath, JobControl &control)
{
    ImportOutcome outcome;
    outcome.path = csvPath;
    Database database;
    if (const Status opened = database.open(databasePath); !opened) {
        outcome.summary.fatalError = opened.error();
        return outcome;
    }
    LedgerStore ledger(database);
    // Approvals whose hold has passed count towards the threshold before and after alike.
    ledger.refreshApprovals(Timestamp::now());
    const QList<BalanceRow> dueBefore = ledger.payoutsDue();

    OrderImporter importer(database);
    importer.setIssueHandler([&outcome](const ImportIssue &issue) {
        if (outcome.issues.size() < ImportOutcome::maxIssues)
            outcome.issues.append(issue);
        else
            ++outcome.moreIssues;
    });
    importer.setProgressHandler([&control](qint64 done, qint64 total) { return control.progress(done, total); });
    outcome.summary = importer.importFile(csvPath);
    if (outcome.summary.cancelled || !outcome.summary.fatalError.isEmpty() || outcome.summary.imported == 0)
        return outcome;

    ledger.refreshApprovals(Timestamp::now());
    outcome.newlyDue = LedgerStore::newlyDue(dueBefore, ledger.payoutsDue());
    return outcome;
}

VisitImportOutcome importVisitsFile(const QString &databasePath, const QString &csvPath, JobControl &control)
{
    VisitImportOutcome outcome;
    outcome.path = csvPath;
    Database database;
    if (const Status opened = database.open(databasePath); !opened) {
        outcome.summary.fatalError = opened.error();
        return outcome;
    }
    VisitImporter importer(database);
    importer.setIssueHandler([&outcome](const ImportIssue &issue) {
        if (outcome.issues.size() < ImportOutcome::maxIssues)
            outcome.issues.append(issue);
        else
            ++outcome.moreIssues;
    });
    importer.setProgressHandler([&control](qint64 done, qint64 total) { return control.progress(done, total); });
    outcome.summary = importer.importFile(csvPath);
    return outcome;
}

} // namespace PartnerDesk
