#pragma once

#include "core/backgroundjob.h"
#include "import/importjobs.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QMimeData;
class QProgressDialog;
class QWidget;

namespace PartnerDesk {

class Notifier;

// File › Import › Orders… and Visits…, and orders CSV files dropped on the window: imports one
// after the other, each a background job (importjobs.h) behind a window-modal progress dialog that
// can cancel. After each, the status bar and a result dialog say what was imported and rejected;
// the next file waits until the user has closed it. New orders are announced through the notifier.
class ImportQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportQueue)

public:
    enum class Kind
    {
        Orders,
        Visits,
    };

    // `window` is the parent of the dialogs.
    explicit ImportQueue(QWidget *window);
    ~ImportQueue() override; // cancels a running import and waits: nothing of it is written

    // File › Import with Orders… and Visits…, enabled while a book is open (setDatabasePath()).
    QMenu *createMenu(QWidget *parent);
    // The book imports go into; empty while none is open (enqueue() then does nothing).
    void setDatabasePath(const QString &path);
    void setNotifier(Notifier *notifier) { m_notifier = notifier; }

    // Asks for CSV files in a file dialog and queues them.
    void choose(Kind kind);
    void enqueue(Kind kind, const QStringList &paths);
    // While held (the approvals at open write the ledger: issue #16), files wait in the queue;
    // released, the first starts.
    void setHeld(bool held);
    // An import runs (its result not delivered yet).
    bool isImporting() const { return m_orders.isRunning() || m_visits.isRunning(); }
    // Forgets the queued files and cancels the running import, waiting for its rollback.
    void cancelAll();

    // The CSV files among the local files of a drag and drop.
    static QStringList csvFiles(const QMimeData *data);
    // "Reached the payout threshold: Jana (52.00 EUR), …" for a notification.
    static QString thresholdText(const QList<BalanceRow> &newlyDue);

Q_SIGNALS:
    // An import starts (true) or is over (false): the window holds syncs meanwhile, since the
    // import's long transaction would make the sync's writes fail with "database is locked".
    void busyChanged(bool busy);
    // Rows were written: the panes read the books again.
    void booksChanged();
    // For the status bar; `timeout` 0 keeps it until the next message.
    void statusMessage(const QString &message, int timeout);

private:
    struct Entry
    {
        Kind kind;
        QString path;
    };

    void startNext();
    void showProgress(const Entry &entry);
    void closeProgress();
    void ordersFinished(const ImportOutcome &outcome);
    void visitsFinished(const VisitImportOutcome &outcome);
    void finish(); // after either: the sync released, the progress closed

    QWidget *m_window;
    QString m_databasePath;
    bool m_held = false;
    Notifier *m_notifier = nullptr;
    QList<QAction *> m_actions; // File › Import's
    QList<Entry> m_queue;
    QPointer<QProgressDialog> m_progress;
    BackgroundJob<ImportOutcome> m_orders;
    BackgroundJob<VisitImportOutcome> m_visits;
};

} // namespace PartnerDesk
