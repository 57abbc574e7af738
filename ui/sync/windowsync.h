#pragma once

#include "sync/syncrunner.h"

#include <QObject>
#include <QString>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStatusBar;
class QWidget;

namespace PartnerDesk {

class Database;
class Notifier;
class SyncController;
class SyncStatusButton;

// A window's sync with the central database (issue #5, docs/SYNC.md): File › Central Database…,
// Sync Now and Sync Conflicts…, the status indicator and the "Not encrypted" warning, kept in step
// with the SyncController armed for the open book (SyncController::configure). A partner's view
// opened from the manager's window shares its file: only one window syncs it.
class WindowSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowSync)

public:
    // `window` parents the actions, the indicators and the dialogs.
    WindowSync(QWidget *window, Notifier *notifier);
    ~WindowSync() override;

    void addActions(QMenu *menu);
    void addIndicators(QStatusBar *statusBar);

    // Null runner: the sync engine. Takes effect at the next arm().
    void setRunner(SyncRunner runner) { m_runner = std::move(runner); }
    // Arms the sync of `database` as configured (null: no book open, no sync).
    void arm(Database *database);
    void disarm();
    // Null unless a book is open, a central database is configured and no other window syncs it.
    SyncController *controller() const { return m_sync.get(); }
    // Held while an import writes to the file (ImportQueue::busyChanged).
    void setHeld(bool held);

    void editCentralDatabase(); // File › Central Database…
    void openConflicts();       // File › Sync Conflicts…, and the indicator while conflicts wait

Q_SIGNALS:
    // A sync ended (the controller's finished()).
    void finished(const PartnerDesk::SyncOutcome &outcome);
    // A choice in the conflicts dialog changed the books.
    void booksChanged();
    void statusMessage(const QString &message);

private:
    void rearm();

    QWidget *m_window;
    Notifier *m_notifier;
    Database *m_database = nullptr;
    SyncRunner m_runner;
    bool m_held = false;
    std::unique_ptr<SyncController> m_sync;
    QAction *m_centralAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_conflictsAction = nullptr;
    SyncStatusButton *m_status = nullptr;
    QLabel *m_plainTextLabel = nullptr; // "Not encrypted" while syncing over sslmode=disable
};

} // namespace PartnerDesk
