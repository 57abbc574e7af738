#pragma once

#include "orderimporter.h"
#include "store/ledgerstore.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

namespace PartnerDesk {

// What one orders import did, for the result dialog and the notifications.
struct ImportOutcome
{
    QString path;
    ImportSummary summary;
    QList<ImportIssue> issues; // the first maxIssues rejected rows, in file order
    qint64 moreIssues = 0;     // rejected rows beyond those
    // Partners whose balance reached the payout threshold with this import (due now, not before).
    QList<BalanceRow> newlyDue;
};

// Runs OrderImporter on a worker thread with its own connection to the database file (SQL
// connections belong to the thread that opened them), so the window stays responsive. Progress
// and the outcome arrive as signals on the thread that owns the job. cancel() stops the import
// and nothing is written: the importer's one transaction is rolled back.
class OrderImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderImportJob)

public:
    static constexpr int maxIssues = 10000;

    OrderImportJob(const QString &databasePath, const QString &csvPath, QObject *parent = nullptr);
    // Cancels a running import and waits for the worker.
    ~OrderImportJob() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const;
    const QString &csvPath() const { return m_csvPath; }

Q_SIGNALS:
    void progress(qint64 bytesRead, qint64 bytesTotal);
    void finished(const PartnerDesk::ImportOutcome &outcome);

private:
    ImportOutcome run();

    QString m_databasePath;
    QString m_csvPath;
    std::atomic_bool m_cancelled = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::ImportOutcome)
