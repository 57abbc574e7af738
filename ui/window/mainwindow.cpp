#include "mainwindow.h"

#include "backgroundtask.h"
#include "core/backgroundjob.h"
#include "core/timestamp.h"
#include "databasefiles.h"
#include "domainrecheckschedule.h"
#include "importqueue.h"
#include "network/networkguard.h"
#include "noticeautosender.h"
#include "noticesdialog.h"
#include "notifier.h"
#include "pane.h"
#include "panenavigation.h"
#include "partnernews.h"
#include "partnerpickerdialog.h"
#include "store/database.h"
#include "store/databaseopener.h"
#include "synccontroller.h"
#include "themeicon.h"
#include "windowrequests.h"
#include "windowsync.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace PartnerDesk {

namespace {

const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
const QString paneKey = QStringLiteral("MainWindow/pane");

constexpr int statusTimeout = 8000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("PartnerDesk"));
    setWindowIcon(applicationIcon());

    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_navigation = new PaneNavigation(this);
    m_paneIds = paneIds();
    m_navigation->setPanes(m_paneIds);
    connect(m_navigation, &PaneNavigation::paneRequested, this, [this](const QString &id) { showPane(id); });

    m_panes = new QStackedWidget(this);
    m_panes->setObjectName(QStringLiteral("panes"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::switchToPane);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && !m_partner) // a partner's window always opens on his overview
            QSettings().setValue(paneKey, m_paneIds.value(row));
    });

    m_notifier = new Notifier(this);
    connect(m_notifier, &Notifier::showPaneRequested, this, [this](const QString &id) { showPane(id); });

    m_requests = new WindowRequests(m_navigation, m_notifier, this);
    connect(m_requests, &WindowRequests::showPaneRequested, this,
            [this](const QString &id, const QVariantMap &request) { showPane(id, request); });

    m_imports = new ImportQueue(this);
    m_imports->setNotifier(m_notifier);
    m_sync = new WindowSync(this, m_notifier);
    connect(m_sync, &WindowSync::finished, this, &MainWindow::syncFinished);
    connect(m_sync, &WindowSync::booksChanged, this, &MainWindow::reload);
    connect(m_sync, &WindowSync::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusTimeout); });
    m_autoNotices = new NoticeAutoSender(m_notifier, this); // after a sync and every 15 minutes
    connect(m_sync, &WindowSync::finished, m_autoNotices, &NoticeAutoSender::syncFinished);
    connect(m_autoNotices, &NoticeAutoSender::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusTimeout); });
    // No sync until an import's transaction is over (issue #5), nor while the approvals at open write.
    connect(m_imports, &ImportQueue::busyChanged, this,
            [this](bool busy) { m_sync->setHeld(busy || m_approvals.isRunning()); });
    connect(m_imports, &ImportQueue::booksChanged, this, &MainWindow::reload);
    connect(m_imports, &ImportQueue::statusMessage, this,
            [this](const QString &message, int timeout) { statusBar()->showMessage(message, timeout); });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_notifier->noticeBar());
    right->addWidget(m_panes, 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_sync->addIndicators(statusBar()); // sync with the central database (issue #5)

    createMenus();
    setAcceptDrops(true);

    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1200, 750);
    restoreState(settings.value(stateKey).toByteArray());
}

MainWindow::~MainWindow()
{
    m_imports->cancelAll();
    m_approvals.abandon();    // waits for the approvals to finish their transaction
    m_sync->disarm();         // waits for a running sync; before the panes it reloads
    m_autoNotices->disarm();  // waits for a run under way (what went out is marked sent)
    m_domainRechecks.reset(); // before the database it records into
    removePanes();            // before the database they use
}

QStringList MainWindow::paneIds()
{
    return PaneNavigation::managerPaneIds();
}

QStringList MainWindow::partnerPaneIds()
{
    return PaneNavigation::partnerPaneIds();
}

QString MainWindow::currentPaneId() const
{
    return m_paneIds.value(m_navigation->currentRow());
}

DomainRechecker *MainWindow::domainRechecker() const
{
    return m_domainRechecks ? m_domainRechecks->rechecker() : nullptr;
}

QIcon MainWindow::applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/partnerdesk-%1.png").arg(size), QSize(size, size));
    if (QImageReader::supportedImageFormats().contains("svg"))
        icon.addFile(QStringLiteral(":/icons/partnerdesk.svg"));
    return icon;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(themeIcon(QStringLiteral("document-open")), tr("&Open Database…"), this,
                                    &MainWindow::chooseDatabase);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    m_managerActions.append(open);
    QAction *create = file->addAction(themeIcon(QStringLiteral("document-new")), tr("&New Database…"), this,
                                      &MainWindow::chooseNewDatabase);
    create->setObjectName(QStringLiteral("newDatabaseAction"));
    create->setShortcut(QKeySequence::New);
    m_managerActions.append(create);
    file->addSeparator();
    QMenu *import = m_imports->createMenu(this); // Orders… and Visits…
    file->addMenu(import);
    m_managerActions << import->menuAction() << import->actions();
    QAction *asPartner = file->addAction(themeIcon(QStringLiteral("user-identity")), tr("Open as &Partner…"), this,
                                         &MainWindow::choosePartnerWindow);
    asPartner->setObjectName(QStringLiteral("openAsPartnerAction"));
    asPartner->setToolTip(tr("Open a window that shows only one partner's package, transactions and balance, as he "
                             "sees them"));
    m_managerActions.append(asPartner);
    m_sync->addActions(file); // Central Database…, Sync Now, Sync Conflicts… (issue #5)
    QAction *notices = file->addAction(themeIcon(QStringLiteral("mail-unread")), tr("E-mail &Notices…"), this, [this] {
        if (!m_database)
            return;
        NoticesDialog dialog(*m_database, this);
        dialog.exec();
    });
    notices->setObjectName(QStringLiteral("noticesAction"));
    notices->setToolTip(tr("The SMTP server e-mail notices to partners go through, and the notice queue"));
    m_managerActions.append(notices);
    file->addSeparator();
    // Issue #11: partners' websites and banner images are fetched from public addresses only
    // (NetworkGuard) unless this setting allows private ones: an intranet, a test server.
    QAction *allowPrivate = file->addAction(tr("Allow &Private Network Addresses"));
    allowPrivate->setObjectName(QStringLiteral("allowPrivateAddressesAction"));
    allowPrivate->setCheckable(true);
    allowPrivate->setChecked(NetworkGuard::privateAddressesAllowedBySettings());
    const QString allowPrivateTip =
        tr("Let website checks and banner previews reach loopback and private (intranet) addresses. Off by "
           "default: with it on, a partner can register an address on your own network and learn from the "
           "check's finding what answers there.");
    allowPrivate->setToolTip(allowPrivateTip);
    allowPrivate->setStatusTip(allowPrivateTip);
    connect(allowPrivate, &QAction::toggled, this,
            [](bool allowed) { NetworkGuard::setPrivateAddressesAllowedBySettings(allowed); });
    file->setToolTipsVisible(true);
    file->addSeparator();
    QAction *quit = file->addAction(themeIcon(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(themeIcon(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(themeIcon(QStringLiteral("edit-redo")));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_reloadAction = new QAction(themeIcon(QStringLiteral("view-refresh")), tr("&Reload"), this);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_navigation->setViewMenu(view, m_reloadAction);

    m_requests->addPartnerMenu(menuBar());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About PartnerDesk"), this, &MainWindow::about);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

Status MainWindow::openDatabase(const QString &path, FirstRun::Content whenNew)
{
    return openDatabaseAs(path, whenNew, {});
}

Status MainWindow::openAsPartner(const QString &path, const QString &partnerCode)
{
    if (!QFileInfo::exists(path))
        return Status::failure(tr("There is no database %1.").arg(QDir::toNativeSeparators(path)));
    return openDatabaseAs(path, FirstRun::Content::Empty, partnerCode);
}

Status MainWindow::openDatabaseAs(const QString &path, FirstRun::Content whenNew, const QString &partnerCode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const QString note = FirstRun::prepare(absolute, whenNew, this); !note.isEmpty())
        statusBar()->showMessage(note, statusTimeout);

    // A database from an earlier version is migrated by a background job first: new indexes over a
    // million transactions take seconds, and the window keeps painting meanwhile. The user may
    // cancel it: the migration runs in one transaction, and the file stays as it was.
    if (DatabaseOpener::needsMigration(absolute)) {
        const int version = Database::schemaVersionOf(absolute);
        const Result<bool> migrated = BackgroundTask::runOpening(
            tr("Updating %1 for this version of PartnerDesk…").arg(QFileInfo(absolute).fileName()), this,
            [absolute](const BackgroundTask::Progress &progress) {
                return DatabaseOpener::migrate(absolute, progress);
            });
        if (!migrated)
            return Status::failure(migrated.error());
        if (!*migrated) {
            return Status::failure(tr("The update of %1 for this version of PartnerDesk was cancelled. The file is "
                                      "unchanged (schema %2) and was not opened; open it again to update it.")
                                       .arg(QDir::toNativeSeparators(absolute))
                                       .arg(version));
        }
    }
    DatabaseOpener opener;
    if (const Status opened = opener.open(absolute, partnerCode); !opened)
        return opened;
    // An import still running writes to the database being closed; it would report into the new one.
    m_imports->cancelAll();
    m_approvals.abandon(); // approvals of the database being closed: its holds go with it
    m_imports->setHeld(false);
    m_domainRechecks.reset(); // it records into the database being closed
    m_sync->disarm();         // it syncs the database being closed
    removePanes();
    m_database = opener.takeDatabase();
    m_partner = opener.partner();
    m_paneIds = m_partner ? partnerPaneIds() : paneIds();
    m_navigation->setPanes(m_paneIds);
    for (QAction *action : std::as_const(m_managerActions))
        action->setVisible(!m_partner);
    setAcceptDrops(!m_partner);
    createPanes();
    // The manager's window re-checks every partner's websites; a partner's window does not (its
    // news would be about other partners).
    if (!m_partner) {
        m_domainRechecks = DomainRecheckSchedule::create(*m_database, m_notifier);
        if (m_domainRechecks)
            connect(m_domainRechecks.get(), &DomainRecheckSchedule::booksChanged, this, &MainWindow::reload);
    }
    showFirstPane(); // the other panes are built when first shown
    // Holds the sync and imports until it is done.
    const bool approving = approveDueCommission(opener.isPartnerDesktop());
    m_sync->arm(m_database.get());
    m_autoNotices->arm(m_partner ? QString() : m_database->path()); // a manager's desktop only
    m_notifier->dismiss();                                    // news of the database before is not news of this one
    m_requests->arm(m_database.get(), m_partner.has_value()); // what waits on opening is counted, not announced
    if (m_partner && !approving)
        announcePartnerNews({});

    m_imports->setDatabasePath(m_partner ? QString() : m_database->path());
    if (m_partner)
        setWindowTitle(tr("%1 (%2) – Partner View – PartnerDesk").arg(m_partner->name, m_partner->code));
    else
        setWindowTitle(tr("%1 – PartnerDesk").arg(QFileInfo(absolute).fileName()));
    m_databaseLabel->setText(
        m_partner
            ? tr("Partner view: %1 (%2) · %3").arg(m_partner->name, m_partner->code, QDir::toNativeSeparators(absolute))
            : QDir::toNativeSeparators(absolute));
    m_databaseLabel->setToolTip(tr("The open database"));
    return Done{};
}

// Commission whose approval hold has passed since the last session is approved before anyone acts
// on it, on a worker thread with its own connection (over a million transactions it takes
// seconds): the window paints and the panes answer meanwhile. Its writes are one transaction, so
// a pane reads the ledger before or after it, never half of it; when it approved something, every
// pane built so far reads again (balances, statuses) and partners whose balance reached the
// threshold that way are announced. Meanwhile the sync and imports wait (they would wait for its
// write lock, and a long wait fails as "database is locked"); an edit of the user's waits for the
// lock too, a few seconds at most (SQLite's busy timeout is 5 s).
bool MainWindow::approveDueCommission(bool partnerDesktop)
{
    m_sync->setHeld(m_imports->isImporting());
    if (partnerDesktop) // the manager's books approve; his transactions arrive approved
        return false;
    m_sync->setHeld(true);
    m_imports->setHeld(true);
    m_approvals.start(
        [path = m_database->path(), now = Timestamp::now()](JobControl &) {
            Database database;
            if (const Status opened = database.open(path); !opened)
                return DatabaseOpener::Approvals{0, {}, opened.error()};
            return DatabaseOpener::approveDueCommission(database, now);
        },
        [this](const DatabaseOpener::Approvals &approvals) {
            if (!approvals.error.isEmpty())
                statusBar()->showMessage(approvals.error, statusTimeout);
            if (approvals.approved > 0) {
                for (Pane *pane : std::as_const(m_paneList)) {
                    if (pane)
                        pane->invalidate();
                }
            }
            if (m_partner) {
                announcePartnerNews(approvals.newlyDue);
            } else if (!approvals.newlyDue.isEmpty()) {
                m_notifier->notify(tr("Approval hold passed"),
                                   tr("approved transactions: %1.").arg(QLocale().toString(approvals.approved)) + u' ' +
                                       ImportQueue::thresholdText(approvals.newlyDue),
                                   QStringLiteral("payouts"));
            }
            m_imports->setHeld(false);
            m_sync->setHeld(m_imports->isImporting());
            Q_EMIT approvalsFinished();
        });
    return true;
}

bool MainWindow::isApproving() const
{
    return m_approvals.isRunning();
}

void MainWindow::announcePartnerNews(const QList<BalanceRow> &newlyDue)
{
    const PartnerNews news = PartnerNews::sinceLastLook(*m_database, *m_partner, newlyDue);
    if (!news.message.isEmpty())
        m_notifier->notify(news.title, news.message, news.pane);
}

void MainWindow::chooseDatabase()
{
    const QString path = DatabaseFiles::chooseExisting(this, m_database ? m_database->path() : QString());
    if (path.isEmpty())
        return;
    if (const Status status = openDatabase(path); !status) {
        QMessageBox::warning(this, tr("Open Database"), status.error());
        return;
    }
    statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)), statusTimeout);
}

void MainWindow::choosePartnerWindow()
{
    if (!m_database)
        return;
    PartnerPickerDialog picker(*m_database, tr("Open as Partner"), this);
    if (picker.exec() != QDialog::Accepted)
        return;
    const std::optional<Affiliate> partner = picker.selectedPartner();
    if (!partner)
        return;
    // A window of its own: the manager's window stays as it is.
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (const Status status = window->openAsPartner(m_database->path(), partner->code); !status) {
        delete window;
        QMessageBox::warning(this, tr("Open as Partner"), status.error());
        return;
    }
    window->show();
}

void MainWindow::chooseNewDatabase()
{
    const QString path = DatabaseFiles::chooseNew(this, m_database ? m_database->path() : QString());
    if (path.isEmpty())
        return;
    if (const Status status = openDatabase(path, FirstRun::Content::Ask); !status) {
        QMessageBox::warning(this, tr("New Database"), status.error());
        return;
    }
    statusBar()->showMessage(tr("Created %1.").arg(QDir::toNativeSeparators(path)), statusTimeout);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About PartnerDesk"),
                       tr("<h3>PartnerDesk %1</h3>"
                          "<p>Runs an online store's partner program: programs and partners, links, banners "
                          "and coupons, attribution of orders, commission, payouts and reports.</p>"
                          "<p>Works offline from a local database and syncs with a central PostgreSQL.</p>")
                           .arg(QStringLiteral(PARTNERDESK_VERSION)));
}

void MainWindow::importOrders(const QStringList &paths)
{
    if (m_database && !m_partner)
        m_imports->enqueue(ImportQueue::Kind::Orders, paths);
}

void MainWindow::importVisits(const QStringList &paths)
{
    if (m_database && !m_partner)
        m_imports->enqueue(ImportQueue::Kind::Visits, paths);
}

bool MainWindow::isImporting() const
{
    return m_imports->isImporting();
}

void MainWindow::setSyncRunner(SyncRunner runner)
{
    m_sync->setRunner(std::move(runner));
}

SyncController *MainWindow::syncController() const
{
    return m_sync->controller();
}

// --- Sync with the central database (issue #5; docs/SYNC.md) ------------------------------------

void MainWindow::syncFinished(const SyncOutcome &outcome)
{
    if (reopenAsPartnerDesktop())
        return;
    if (outcome.pulled > 0)
        reload();
    // A partner's requested check may have arrived: the manager's re-checker looks again now
    // (DomainStore::nextDueAt says "now" while one waits), not at its next hourly look.
    if (outcome.pulled > 0 && m_domainRechecks)
        m_domainRechecks->lookAgainNow();
    if (!outcome.error.isEmpty())
        statusBar()->showMessage(tr("Sync failed: %1").arg(outcome.error), statusTimeout);
    else if (outcome.refused > 0)
        statusBar()->showMessage(tr("Not sent: %n local change(s) the central database refused (see Sync Details).",
                                    nullptr, int(outcome.refused)) +
                                     u' ' + outcome.refusals.value(0),
                                 statusTimeout);
}

// The first sync of a new database under a partner's login made it his desktop (or brought his
// partner row): the window opens it again, as his. Later on the controller that reported it goes.
bool MainWindow::reopenAsPartnerDesktop()
{
    if (!DatabaseOpener::shouldReopenAsPartner(*m_database, m_partner))
        return false;
    QTimer::singleShot(0, this, [this, path = m_database->path()] {
        if (const Status opened = openDatabaseAs(path, FirstRun::Content::Empty, {}); !opened)
            statusBar()->showMessage(opened.error(), statusTimeout);
    });
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_database && !m_partner && !ImportQueue::csvFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = ImportQueue::csvFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importOrders(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isImporting()) {
        const auto answer = QMessageBox::question(
            this, tr("Import Orders"), tr("An import is running. Cancel it and quit? Nothing of it will be written."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_imports->cancelAll();
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

} // namespace PartnerDesk
