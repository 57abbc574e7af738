#pragma once

#include "orderimporter.h"
#include "store/ledgerstore.h"
#include "visitimporter.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace PartnerDesk {

class JobControl;

// What one orders import did, for the result dialog and the notifications.
struct ImportOutcome
{
    static constexpr int maxIssues = 10000;

    QString path;
    ImportSummary summary;
    QList<ImportIssue> issues; // the first maxIssues rejected rows, in file order
    qint64 moreIssues = 0;     // rejected rows beyond those
    // Partners whose balance reached the payout threshold with this import (due now, not before).
    QList<BalanceRow> newlyDue;
};

// What one visits import did.
struct VisitImportOutcome
{
    QString path;
    VisitImportSummary summary;
    QList<ImportIssue> issues; // the first ImportOutcome::maxIssues rejected rows
    qint64 moreIssues = 0;
};

// The imports as background jobs (models/core/backgroundjob.h): each opens its own connection to
// the database file inside the job (SQL connections belong to the thread that opened them) and
// reports progress in bytes read. Cancelled (control.isCancelled()), nothing is written: the
// importer's one transaction is rolled back, and the summary says `cancelled`.
ImportOutcome importOrdersFile(const QString &databasePath, const QString &csvPath, JobControl &control);
VisitImportOutcome importVisitsFile(const QString &databasePath, const QString &csvPath, JobControl &control);

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::ImportOutcome)
