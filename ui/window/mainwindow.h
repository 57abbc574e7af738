#pragma once

#include "core/records.h"
#include "core/result.h"
#include "firstrun.h"
#include "sync/syncrunner.h"

#include <QMainWindow>
#include <QVariantMap>
#include <memory>
#include <optional>

class QAction;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QListWidget;
class QMenu;
class QProgressDialog;
class QStackedWidget;
class QUndoStack;

namespace PartnerDesk {

class Database;
class DomainRechecker;
class Notifier;
class OrderImportJob;
class Pane;
class SyncController;
class SyncStatusButton;
struct BalanceRow;
struct ImportOutcome;

// The window: a navigation list on the left switching the panes on the right, one per concern.
// Panes are built for one open database and rebuilt when another one is opened.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` and shows it. A file that does not exist yet is created, with demo data when
    // `whenNew` says so (or the user, asked, chooses it).
    Status openDatabase(const QString &path, FirstRun::Content whenNew = FirstRun::Content::Empty);
    // Partner mode: opens `path` as the partner with `partnerCode`. The window then shows only his
    // Partner Package, his transactions, his balance and news of his own; nothing of any other
    // partner is read into it. Not a security boundary (the file holds everybody's books): a
    // partner's own desktop gets only his rows from the central database.
    Status openAsPartner(const QString &path, const QString &partnerCode);
    // The partner of a partner-mode window.
    std::optional<Affiliate> partner() const { return m_partner; }
    // Reads everything the panes show again (the visible pane now, the others when shown).
    void reload();
    Database *database() const { return m_database.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // A manager's pane ids, in navigation order: programs, partners, package, transactions,
    // assignments, payouts, reports.
    static QStringList paneIds();
    // Partner mode's: package, transactions, balance.
    static QStringList partnerPaneIds();
    // The panes this window shows.
    QStringList shownPaneIds() const { return m_paneIds; }
    // Brings a pane to the front; false for an unknown id or before a database is open.
    bool showPane(const QString &id, const QVariantMap &request = {});
    Pane *pane(const QString &id) const;
    QString currentPaneId() const;

    // Imports orders CSV files one after the other, each on a worker thread behind a progress
    // dialog that can cancel, then shows what was imported and rejected (File › Import Orders and
    // files dropped on the window come here).
    void importOrders(const QStringList &paths);
    bool isImporting() const;
    Notifier *notifier() const { return m_notifier; }
    // Re-checks verified direct-link domains on a schedule while a database is open; lapses are
    // announced through the notifier. Null before a database is open or when switched off
    // (QSettings "DirectLinks/recheckEnabled" false).
    DomainRechecker *domainRechecker() const { return m_domainRechecker.get(); }

    static QIcon applicationIcon();

    // Sync with the central database (issue #5): the runner every sync of this window runs (the sync
    // engine's). Takes effect when the next database opens. Without one, or without a central
    // database configured, File › Sync Now is disabled and says why.
    void setSyncRunner(SyncRunner runner) { m_syncRunner = std::move(runner); }
    // Null unless a database is open, a central database is configured and a runner is set.
    SyncController *syncController() const { return m_sync.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createNavigation();
    void createPanes();
    void addPane(const QString &id, Pane *pane);
    void showFirstPane();
    void removePanes();
    Status openDatabaseAs(const QString &path, FirstRun::Content whenNew, const QString &partnerCode);
    bool reopenAsPartnerDesktop();
    void rebuildNavigation();
    void announcePartnerNews(const QList<BalanceRow> &newlyDue);
    void chooseDatabase();
    void choosePartnerWindow();
    void chooseNewDatabase();
    void about();
    void editCentralDatabase(); // File › Central Database…
    void openSyncConflicts();   // File › Sync Conflicts…
    void chooseOrdersFiles();
    void startNextImport();
    void importFinished(const ImportOutcome &outcome);
    void cancelImports();
    // "Reached the payout threshold: Jana (52.00 EUR), …" for a notification.
    QString thresholdText(const QList<BalanceRow> &newlyDue) const;
    void armDomainRechecks();
    void armSync(); // the SyncController for the open database

    std::unique_ptr<Database> m_database;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_panes = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QList<Pane *> m_paneList; // in navigation order
    QStringList m_paneIds;    // of m_paneList
    QMenu *m_viewMenu = nullptr;
    QAction *m_reloadAction = nullptr;
    QList<QAction *> m_managerActions; // hidden in partner mode
    std::optional<Affiliate> m_partner;
    QAction *m_importAction = nullptr;
    Notifier *m_notifier = nullptr;
    QStringList m_importQueue;
    std::unique_ptr<OrderImportJob> m_importJob;
    QProgressDialog *m_importProgress = nullptr;
    std::unique_ptr<DomainRechecker> m_domainRechecker;
    // Sync with the central database (issue #5).
    SyncRunner m_syncRunner;
    struct SyncPassword; // what the credential store gave, read by the runner on its thread
    std::shared_ptr<SyncPassword> m_syncPassword;
    std::unique_ptr<SyncController> m_sync;
    QAction *m_syncAction = nullptr;
    SyncStatusButton *m_syncStatus = nullptr;
    QLabel *m_plainTextLabel = nullptr; // "Not encrypted" while syncing over sslmode=disable
};

} // namespace PartnerDesk
