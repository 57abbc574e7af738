#pragma once

#include "core/backgroundjob.h"
#include "core/records.h"
#include "core/result.h"
#include "firstrun.h"
#include "store/databaseopener.h"
#include "sync/syncrunner.h"

#include <QMainWindow>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QStackedWidget;
class QUndoStack;

namespace PartnerDesk {

class Database;
class DomainRecheckSchedule;
class DomainRechecker;
class ImportQueue;
class NoticeAutoSender;
class Notifier;
class Pane;
class PaneNavigation;
class SyncController;
class WindowRequests;
class WindowSync;
struct BalanceRow;

// The window: a navigation list on the left switching the panes on the right, one per concern.
// Panes are built for one open database and rebuilt when another one is opened; each is built the
// first time it is shown (issue #16: a pane nobody opens reads nothing of a million-order book).
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

    // A manager's pane ids, in navigation order: programs, partners, requests, package, links,
    // transactions, assignments, payouts, reports.
    static QStringList paneIds();
    // Partner mode's: overview, package, transactions, balance, myrequests.
    static QStringList partnerPaneIds();
    // The panes this window shows.
    QStringList shownPaneIds() const { return m_paneIds; }
    // Brings a pane to the front (building it the first time); false for an unknown id or before
    // a database is open.
    bool showPane(const QString &id, const QVariantMap &request = {});
    // The pane `id`, built now when it was not yet (without bringing it to the front); null for an
    // unknown id or before a database is open.
    Pane *pane(const QString &id);
    // The pane `id` when it has been built, else null.
    Pane *builtPane(const QString &id) const;
    QString currentPaneId() const;

    // Imports orders (visits) CSV files one after the other, each a background job behind a
    // progress dialog that can cancel, then shows what was imported and rejected (File › Import ›
    // Orders… and Visits…, and orders files dropped on the window, come here: ImportQueue).
    void importOrders(const QStringList &paths);
    void importVisits(const QStringList &paths);
    bool isImporting() const;
    Notifier *notifier() const { return m_notifier; }
    // Sends due e-mail notices by itself when switched on in File › E-mail Notices… (issue #14);
    // armed for a manager's book only, never in a partner's window.
    NoticeAutoSender *noticeAutoSender() const { return m_autoNotices; }
    // Re-checks verified direct-link domains on a schedule while a database is open; lapses are
    // announced through the notifier. Null before a database is open or when switched off
    // (QSettings "DirectLinks/recheckEnabled" false).
    DomainRechecker *domainRechecker() const;

    static QIcon applicationIcon();

    // Commission whose approval hold passed is approved on a worker thread after a manager's book
    // opens (issue #16); approvalsFinished() says when it is done and announced.
    bool isApproving() const;

    // Sync with the central database (issue #5): the runner every sync of this window runs (null, the
    // default: the sync engine's). Takes effect when the next database opens. Without a central
    // database configured, File › Sync Now is disabled and says why.
    void setSyncRunner(SyncRunner runner);
    // Null unless a database is open, a central database is configured and no other window syncs it.
    SyncController *syncController() const;

Q_SIGNALS:
    void approvalsFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createPanes();
    void addPane(const QString &id, std::function<Pane *()> factory);
    Pane *ensurePane(int index);
    void switchToPane(int index);
    void showFirstPane();
    void removePanes();
    Status openDatabaseAs(const QString &path, FirstRun::Content whenNew, const QString &partnerCode);
    bool reopenAsPartnerDesktop();
    bool approveDueCommission(bool partnerDesktop); // false when nothing is approved here

    void announcePartnerNews(const QList<BalanceRow> &newlyDue);
    void chooseDatabase();
    void choosePartnerWindow();
    void chooseNewDatabase();
    void about();
    void syncFinished(const SyncOutcome &outcome);

    std::unique_ptr<Database> m_database;
    PaneNavigation *m_navigation = nullptr;
    QStackedWidget *m_panes = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QList<Pane *> m_paneList;                       // in navigation order; null until first shown
    QList<std::function<Pane *()>> m_paneFactories; // of m_paneList
    QStringList m_paneIds;                          // of m_paneList
    QAction *m_reloadAction = nullptr;
    QList<QAction *> m_managerActions; // hidden in partner mode
    std::optional<Affiliate> m_partner;
    Notifier *m_notifier = nullptr;
    ImportQueue *m_imports = nullptr;
    std::unique_ptr<DomainRecheckSchedule> m_domainRechecks;
    WindowSync *m_sync = nullptr;                         // with the central database (issue #5)
    WindowRequests *m_requests = nullptr;                 // badge, notice and the partner's menu (issue #14)
    NoticeAutoSender *m_autoNotices = nullptr;            // e-mail notices sent by themselves (issue #14)
    BackgroundJob<DatabaseOpener::Approvals> m_approvals; // at open, on a worker (issue #16)
};

} // namespace PartnerDesk
