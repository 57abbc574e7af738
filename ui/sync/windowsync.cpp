#include "windowsync.h"

#include "conflictsdialog.h"
#include "connectiondialog.h"
#include "store/database.h"
#include "sync/centraltls.h"
#include "sync/fallbackcredentialstore.h"
#include "synccontroller.h"
#include "syncstatusbutton.h"
#include "themeicon.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

namespace PartnerDesk {

namespace {

// Every window's sync, to tell whether another window syncs the same file.
QList<const WindowSync *> &allWindowSyncs()
{
    static QList<const WindowSync *> all;
    return all;
}

} // namespace

WindowSync::WindowSync(QWidget *window, Notifier *notifier)
    : QObject(window)
    , m_window(window)
    , m_notifier(notifier)
{
    allWindowSyncs().append(this);
    // Connection settings and the password, for managers and partners alike.
    m_centralAction =
        new QAction(themeIcon(QStringLiteral("network-server-database")), tr("&Central Database…"), window);
    m_centralAction->setObjectName(QStringLiteral("centralDatabaseAction"));
    m_centralAction->setToolTip(tr("Where the central PostgreSQL is, who logs in, and the password"));
    connect(m_centralAction, &QAction::triggered, this, &WindowSync::editCentralDatabase);
    m_syncAction = new QAction(themeIcon(QStringLiteral("view-refresh")), tr("S&ync Now"), window);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_syncAction->setEnabled(false); // by arm()
    m_syncAction->setToolTip(tr("Open a database first."));
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    m_conflictsAction = new QAction(themeIcon(QStringLiteral("dialog-warning")), tr("Sync Con&flicts…"), window);
    m_conflictsAction->setObjectName(QStringLiteral("syncConflictsAction"));
    m_conflictsAction->setToolTip(tr("Rows changed both here and in the central database: keep mine or take theirs"));
    connect(m_conflictsAction, &QAction::triggered, this, &WindowSync::openConflicts);

    // Stays in sight while the window syncs over a connection the user chose not to encrypt.
    m_plainTextLabel = new QLabel(tr("⚠ Not encrypted"), window);
    m_plainTextLabel->setObjectName(QStringLiteral("centralPlainTextLabel"));
    m_plainTextLabel->setStyleSheet(QStringLiteral("color: #b01e1e; font-weight: bold"));
    m_plainTextLabel->hide();
    m_status = new SyncStatusButton(window);
    connect(m_status, &SyncStatusButton::conflictsRequested, this, &WindowSync::openConflicts);
}

WindowSync::~WindowSync()
{
    allWindowSyncs().removeOne(this);
    m_sync.reset(); // waits for a running sync
}

void WindowSync::addActions(QMenu *menu)
{
    menu->addAction(m_centralAction);
    menu->addAction(m_syncAction);
    menu->addAction(m_conflictsAction);
}

void WindowSync::addIndicators(QStatusBar *statusBar)
{
    statusBar->addPermanentWidget(m_plainTextLabel);
    statusBar->addPermanentWidget(m_status);
}

void WindowSync::disarm()
{
    m_sync.reset();
    m_database = nullptr;
    m_plainTextLabel->hide();
}

void WindowSync::arm(Database *database)
{
    m_sync.reset();
    m_database = database;
    if (database)
        rearm();
}

void WindowSync::rearm()
{
    m_sync.reset();
    SyncController::Setup setup = SyncController::configure(*m_database, m_runner);
    QString reason = setup.unavailable;
    for (const WindowSync *other : std::as_const(allWindowSyncs())) {
        if (reason.isEmpty() && other != this && other->m_sync && other->m_sync->localPath() == m_database->path())
            reason = tr("Another window syncs this database.");
    }
    m_plainTextLabel->setVisible(reason.isEmpty() && setup.central->isPlainText());
    if (setup.central)
        m_plainTextLabel->setToolTip(CentralTls::plainTextWarning(setup.central->displayName()));
    if (!reason.isEmpty()) {
        m_syncAction->setEnabled(false);
        m_syncAction->setToolTip(reason);
        m_status->setUnavailable(reason);
        return;
    }
    m_sync = std::move(setup.controller);
    m_sync->setNotifier(m_notifier);
    m_sync->setHeld(m_held);
    connect(m_sync.get(), &SyncController::finished, this, &WindowSync::finished);
    // A new password from the credential store: the watcher connects with it from now on (queued:
    // the store may answer inside start()'s own read()).
    connect(m_sync.get(), &SyncController::passwordChanged, this, &WindowSync::rearm, Qt::QueuedConnection);
    m_syncAction->setEnabled(true);
    m_syncAction->setToolTip(tr("Send this desktop's changes to the central database and fetch the new ones (%1)")
                                 .arg(setup.central->displayName()));
    m_status->setController(m_sync.get());
    m_sync->start();
}

void WindowSync::setHeld(bool held)
{
    m_held = held;
    if (m_sync)
        m_sync->setHeld(held);
}

// The settings live in QSettings, the password in the credential store.
void WindowSync::editCentralDatabase()
{
    ConnectionDialog dialog(FallbackCredentialStore::application(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(dialog.savedText());
    if (m_database)
        rearm(); // the new settings (and password) from now on
}

// A choice changes the books, so the panes reload and a sync sends it (or fetches nothing new) at
// once.
void WindowSync::openConflicts()
{
    if (!m_database)
        return;
    // No sync while the manager chooses: a running one stops at its next safe point (it would
    // hold the file's write lock, and could change the conflicts on the screen), and none starts
    // until the dialog is closed.
    const bool hold = m_sync && !m_sync->isHeld();
    if (hold) {
        m_sync->setHeld(true);
        m_sync->cancel();
    }
    ConflictsDialog dialog(*m_database, m_window);
    dialog.exec();
    if (dialog.choiceMade())
        Q_EMIT booksChanged();
    if (hold && m_sync)
        m_sync->setHeld(m_held);
    if (dialog.choiceMade() && m_sync)
        m_sync->syncNow();
}

} // namespace PartnerDesk
