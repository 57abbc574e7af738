#include "mainwindow.h"

#include "assignmentspane.h"
#include "backgroundtask.h"
#include "balancepane.h"
#include "conflictsdialog.h"
#include "connectiondialog.h"
#include "core/money.h"
#include "core/timestamp.h"
#include "filedialogs.h"
#include "import/orderimportjob.h"
#include "importresultdialog.h"
#include "linkspane.h"
#include "network/domainrechecker.h"
#include "network/networkguard.h"
#include "notifier.h"
#include "packagepane.h"
#include "partneroverviewwidget.h"
#include "partnerpickerdialog.h"
#include "partnerspane.h"
#include "payoutspane.h"
#include "programspane.h"
#include "reportspane.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/syncrole.h"
#include "store/syncstate.h"
#include "sync/centraltls.h"
#include "sync/centralwatcher.h"
#include "sync/connectionsettings.h"
#include "sync/enginerunner.h"
#include "sync/fallbackcredentialstore.h"
#include "synccontroller.h"
#include "syncstatusbutton.h"
#include "themeicon.h"
#include "transactionspane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMutex>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace PartnerDesk {

namespace {

const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
const QString paneKey = QStringLiteral("MainWindow/pane");

struct PaneEntry
{
    const char *id;
    const char *title;
    const char *icon;
    bool manager; // shown to a manager
    bool partner; // shown in partner mode
};

// The navigation, in order. Titles are translated where the list is built.
constexpr PaneEntry paneEntries[] = {
    {"overview", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Overview"), "go-home", false, true},
    {"programs", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Programs"), "view-list-details", true, false},
    {"partners", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Partners"), "system-users", true, false},
    {"package", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Partner Package"), "package-x-generic", true, true},
    {"links", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Direct Links && Rewrites"), "insert-link", true, false},
    {"transactions", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Transactions"), "view-financial-list", true, true},
    {"assignments", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Manual Assignments"), "document-edit", true, false},
    {"payouts", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Payouts"), "wallet-open", true, false},
    {"reports", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Reports"), "office-chart-bar", true, false},
    {"balance", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "My Balance"), "wallet-open", false, true},
};

const PaneEntry *entryOf(const QString &id)
{
    for (const PaneEntry &entry : paneEntries) {
        if (id == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}
QString databaseFilter()
{
    return QCoreApplication::translate("PartnerDesk::MainWindow", "PartnerDesk databases (*.sqlite *.db)");
}
constexpr int statusTimeout = 8000;

} // namespace

struct MainWindow::SyncPassword
{
    QMutex mutex;
    QString key;   // the credential key of the configured database (UI thread only)
    QString value; // guarded by mutex
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("PartnerDesk"));
    setWindowIcon(applicationIcon());

    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    createNavigation();

    m_panes = new QStackedWidget(this);
    m_panes->setObjectName(QStringLiteral("panes"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_panes, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && !m_partner) // a partner's window always opens on his overview
            QSettings().setValue(paneKey, m_paneIds.value(row));
    });

    // The real sync: the engine, with the password the credential store gives (when it gives one;
    // else libpq's PGPASSWORD and ~/.pgpass). Tests may replace the runner (setSyncRunner).
    m_syncPassword = std::make_shared<SyncPassword>();
    m_syncRunner = [password = m_syncPassword](const QString &path, const CentralUrl &central,
                                               const std::function<bool(int, int)> &progress) {
        QString value;
        {
            const QMutexLocker locker(&password->mutex);
            value = password->value;
        }
        return runSyncEngine(path, central, value, progress);
    };
    connect(FallbackCredentialStore::application(), &CredentialStore::readFinished, this,
            [this](const CredentialReply &reply) {
                if (reply.outcome != CredentialReply::Outcome::Ok || reply.key != m_syncPassword->key)
                    return;
                {
                    const QMutexLocker locker(&m_syncPassword->mutex);
                    if (m_syncPassword->value == reply.password)
                        return;
                    m_syncPassword->value = reply.password;
                }
                // The watcher and the runner connect with it from now on (queued: the store may
                // answer inside armSync's own read()).
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        if (m_database)
                            armSync();
                    },
                    Qt::QueuedConnection);
            });

    m_notifier = new Notifier(this);
    connect(m_notifier, &Notifier::showPaneRequested, this, [this](const QString &id) { showPane(id); });

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
    // Stays in sight while the window syncs over a connection the user chose not to encrypt.
    m_plainTextLabel = new QLabel(tr("⚠ Not encrypted"), this);
    m_plainTextLabel->setObjectName(QStringLiteral("centralPlainTextLabel"));
    m_plainTextLabel->setStyleSheet(QStringLiteral("color: #b01e1e; font-weight: bold"));
    m_plainTextLabel->hide();
    statusBar()->addPermanentWidget(m_plainTextLabel);
    m_syncStatus = new SyncStatusButton(this); // sync with the central database (issue #5)
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatusButton::conflictsRequested, this, &MainWindow::openSyncConflicts);

    createMenus();
    setAcceptDrops(true);

    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1200, 750);
    restoreState(settings.value(stateKey).toByteArray());
}

MainWindow::~MainWindow()
{
    cancelImports();
    m_sync.reset();            // waits for a running sync; before the panes it reloads
    m_domainRechecker.reset(); // before the database it records into
    removePanes();             // before the database they use
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(190);
    m_paneIds = paneIds();
    rebuildNavigation();
}

void MainWindow::rebuildNavigation()
{
    const QSignalBlocker blocker(m_navigation);
    m_navigation->clear();
    for (const QString &id : std::as_const(m_paneIds)) {
        const PaneEntry &entry = *entryOf(id);
        // "&&" is a literal '&' in the View menu; the list shows text as it is.
        auto *item = new QListWidgetItem(themeIcon(QString::fromLatin1(entry.icon)),
                                         tr(entry.title).replace(QStringLiteral("&&"), QStringLiteral("&")));
        item->setData(Qt::UserRole, id);
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 14));
        m_navigation->addItem(item);
    }
    if (!m_viewMenu)
        return;
    m_viewMenu->clear();
    int number = 1;
    for (const QString &id : std::as_const(m_paneIds)) {
        const PaneEntry &entry = *entryOf(id);
        QAction *go = m_viewMenu->addAction(themeIcon(QString::fromLatin1(entry.icon)), tr(entry.title), this,
                                            [this, id] { showPane(id); });
        go->setObjectName(QStringLiteral("show_%1_Action").arg(id));
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_reloadAction);
}

QStringList MainWindow::paneIds()
{
    QStringList ids;
    for (const PaneEntry &entry : paneEntries) {
        if (entry.manager)
            ids.append(QString::fromLatin1(entry.id));
    }
    return ids;
}

QStringList MainWindow::partnerPaneIds()
{
    QStringList ids;
    for (const PaneEntry &entry : paneEntries) {
        if (entry.partner)
            ids.append(QString::fromLatin1(entry.id));
    }
    return ids;
}

Pane *MainWindow::pane(const QString &id) const
{
    const qsizetype index = m_paneIds.indexOf(id);
    return index >= 0 && index < m_paneList.size() ? m_paneList.at(index) : nullptr;
}

QString MainWindow::currentPaneId() const
{
    return m_paneIds.value(m_navigation->currentRow());
}

bool MainWindow::showPane(const QString &id, const QVariantMap &request)
{
    Pane *target = pane(id);
    if (!target)
        return false;
    m_navigation->setCurrentRow(static_cast<int>(m_paneIds.indexOf(id)));
    if (!request.isEmpty())
        target->open(request);
    return true;
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
    m_importAction = file->addAction(themeIcon(QStringLiteral("document-import")), tr("&Import Orders…"), this,
                                     &MainWindow::chooseOrdersFiles);
    m_importAction->setObjectName(QStringLiteral("importOrdersAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)); // Ctrl+I is Explain in the panes
    m_importAction->setToolTip(tr("Import the store's orders CSV (or drop CSV files on the window)"));
    m_importAction->setEnabled(false);
    m_managerActions.append(m_importAction);
    QAction *asPartner = file->addAction(themeIcon(QStringLiteral("user-identity")), tr("Open as &Partner…"), this,
                                         &MainWindow::choosePartnerWindow);
    asPartner->setObjectName(QStringLiteral("openAsPartnerAction"));
    asPartner->setToolTip(tr("Open a window that shows only one partner's package, transactions and balance, as he "
                             "sees them"));
    m_managerActions.append(asPartner);
    // Central database (issue #5): connection settings and the password, for managers and partners alike.
    QAction *central = file->addAction(themeIcon(QStringLiteral("network-server-database")), tr("&Central Database…"),
                                       this, &MainWindow::editCentralDatabase);
    central->setObjectName(QStringLiteral("centralDatabaseAction"));
    central->setToolTip(tr("Where the central PostgreSQL is, who logs in, and the password"));
    // Sync with the central database (issue #5): managers and partners alike. Enabled by armSync().
    m_syncAction = file->addAction(themeIcon(QStringLiteral("view-refresh")), tr("S&ync Now"), this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_syncAction->setEnabled(false);
    m_syncAction->setToolTip(tr("Open a database first."));
    QAction *conflicts = file->addAction(themeIcon(QStringLiteral("dialog-warning")), tr("Sync Con&flicts…"), this,
                                         &MainWindow::openSyncConflicts);
    conflicts->setObjectName(QStringLiteral("syncConflictsAction"));
    conflicts->setToolTip(tr("Rows changed both here and in the central database: keep mine or take theirs"));
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

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_reloadAction = new QAction(themeIcon(QStringLiteral("view-refresh")), tr("&Reload"), this);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    rebuildNavigation();

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
    if (!QFileInfo::exists(absolute)) {
        if (whenNew == FirstRun::Content::Ask)
            whenNew = FirstRun::ask(absolute, this);
        if (whenNew == FirstRun::Content::Demo) {
            const Result<bool> filled = FirstRun::fillWithDemoData(absolute, FirstRun::demoOrders, this);
            if (!filled)
                QMessageBox::warning(this, tr("Demo Data"),
                                     tr("Could not create the demo data: %1").arg(filled.error()));
            else if (!*filled)
                statusBar()->showMessage(tr("Demo data cancelled; the database is empty."), statusTimeout);
        }
    }

    // A database from an earlier version is migrated on a worker thread first: new indexes over a
    // million transactions take seconds, and the window keeps painting meanwhile.
    if (const int version = Database::schemaVersionOf(absolute);
        QFileInfo::exists(absolute) && version >= 0 && version < Database::latestSchemaVersion()) {
        const Result<bool> migrated = BackgroundTask::run(
            absolute, tr("Updating %1 for this version of PartnerDesk…").arg(QFileInfo(absolute).fileName()),
            BackgroundTask::Cancel::NotAllowed, this,
            [](Database &, const BackgroundTask::Progress &) { return Status(Done{}); });
        if (!migrated)
            return Status::failure(migrated.error());
    }
    auto database = std::make_unique<Database>();
    if (const Status status = database->open(absolute); !status)
        return status;
    std::optional<Affiliate> partner;
    // A partner's own desktop (first synced under his login: docs/SYNC.md, "Partner desktops")
    // opens as his, without --partner; it holds nobody else's rows to show.
    const std::optional<SyncRole> owner = SyncRole::ofDatabase(*database);
    const bool partnerDesktop = owner && owner->isPartner();
    if (partnerDesktop && !partnerCode.isEmpty() && partnerCode.compare(owner->partnerCode(), Qt::CaseInsensitive) != 0)
        return Status::failure(tr("%1 is the desktop of partner %2; it does not open as partner %3.")
                                   .arg(QDir::toNativeSeparators(absolute), owner->partnerCode(), partnerCode));
    const QString code = partnerDesktop ? owner->partnerCode() : partnerCode;
    if (!code.isEmpty()) {
        partner = AffiliateStore(*database).byCode(code);
        if (!partner && partnerDesktop) {
            // His first sync has not brought his partner row yet: his (empty) view until it does.
            partner = Affiliate{};
            partner->code = code;
            partner->name = code;
        }
        if (!partner)
            return Status::failure(
                tr("No partner has the code %1 in %2.").arg(code, QDir::toNativeSeparators(absolute)));
    }
    // An import still running writes to the database being closed; it would report into the new one.
    cancelImports();
    // Commission whose approval hold has passed since the last session is approved before anyone
    // looks; partners whose balance reached the threshold that way are announced.
    // The balances are read only when something is to be approved: most opens approve nothing.
    LedgerStore ledger(*database);
    const qint64 now = Timestamp::now();
    QList<BalanceRow> newlyDue;
    int approvedCount = 0;
    // On a partner's desktop the manager's books approve: his transactions arrive approved.
    if (!partnerDesktop && ledger.hasApprovalsDue(now)) {
        const QList<BalanceRow> dueBefore = ledger.payoutsDue();
        const Result<int> approved = ledger.refreshApprovals(now);
        if (!approved) {
            statusBar()->showMessage(approved.error(), statusTimeout);
        } else {
            approvedCount = *approved;
            newlyDue = LedgerStore::newlyDue(dueBefore, ledger.payoutsDue());
        }
    }
    m_domainRechecker.reset(); // it records into the database being closed
    m_sync.reset();            // it syncs the database being closed
    m_plainTextLabel->hide();
    removePanes();
    m_database = std::move(database);
    m_partner = partner;
    m_paneIds = m_partner ? partnerPaneIds() : paneIds();
    rebuildNavigation();
    for (QAction *action : std::as_const(m_managerActions))
        action->setVisible(!m_partner);
    setAcceptDrops(!m_partner);
    createPanes();
    // The manager's window re-checks every partner's websites; a partner's window does not (its
    // news would be about other partners).
    if (!m_partner)
        armDomainRechecks();
    if (auto *links = qobject_cast<LinksPane *>(pane(QStringLiteral("links"))))
        links->setRechecker(m_domainRechecker.get());
    armSync();
    m_notifier->dismiss(); // news of the database before is not news of this one
    if (m_partner) {
        announcePartnerNews(newlyDue);
    } else if (!newlyDue.isEmpty()) {
        m_notifier->notify(tr("Approval hold passed"),
                           tr("approved transactions: %1.").arg(QLocale().toString(approvedCount)) + u' ' +
                               thresholdText(newlyDue),
                           QStringLiteral("payouts"));
    }

    m_importAction->setEnabled(!m_partner);
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

void MainWindow::createPanes()
{
    Database &database = *m_database;
    if (m_partner) {
        addPane(QStringLiteral("overview"), new PartnerOverviewWidget(database, m_undoStack, *m_partner, m_panes));
        addPane(QStringLiteral("package"), new PackagePane(database, m_undoStack, *m_partner, m_panes));
        addPane(QStringLiteral("transactions"), new TransactionsPane(database, m_undoStack, m_partner, m_panes));
        addPane(QStringLiteral("balance"), new BalancePane(database, m_undoStack, *m_partner, m_panes));
        showFirstPane();
        return;
    }
    addPane(QStringLiteral("programs"), new ProgramsPane(database, m_undoStack, m_panes));
    addPane(QStringLiteral("partners"), new PartnersPane(database, m_undoStack, m_panes));
    addPane(QStringLiteral("package"), new PackagePane(database, m_undoStack, m_panes));
    addPane(QStringLiteral("links"), new LinksPane(database, m_undoStack, m_panes));
    addPane(QStringLiteral("transactions"), new TransactionsPane(database, m_undoStack, m_panes));
    addPane(QStringLiteral("assignments"), new AssignmentsPane(database, m_undoStack, m_panes));
    addPane(QStringLiteral("payouts"), new PayoutsPane(database, m_undoStack, m_panes));
    addPane(QStringLiteral("reports"), new ReportsPane(database, m_undoStack, m_panes));
    showFirstPane();
}

void MainWindow::showFirstPane()
{
    Q_ASSERT(m_paneList.size() == m_paneIds.size());
    // A partner's window opens on his overview (the first of his panes); a manager's where he left it.
    const int row = m_partner ? 0 : qMax(0, static_cast<int>(m_paneIds.indexOf(QSettings().value(paneKey).toString())));
    m_navigation->setCurrentRow(row);
    m_panes->setCurrentIndex(row);
}

void MainWindow::addPane(const QString &id, Pane *pane)
{
    Q_ASSERT(m_paneIds.value(m_paneList.size()) == id);
    m_paneList.append(pane);
    m_panes->addWidget(pane);
    connect(pane, &Pane::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusTimeout); });
    // What one pane changes, the others show the next time they are looked at.
    connect(pane, &Pane::booksChanged, this, [this, pane] {
        for (Pane *other : std::as_const(m_paneList)) {
            if (other != pane)
                other->invalidate();
        }
    });
    connect(pane, &Pane::navigate, this,
            [this](const QString &target, const QVariantMap &request) { showPane(target, request); });
}

void MainWindow::removePanes()
{
    // Undo commands hold on to the panes and the database they edit.
    m_undoStack->clear();
    m_paneList.clear();
    while (m_panes->count() > 0) {
        QWidget *pane = m_panes->widget(0);
        m_panes->removeWidget(pane);
        delete pane;
    }
}

void MainWindow::reload()
{
    for (Pane *pane : std::as_const(m_paneList))
        pane->invalidate();
    if (m_partner)
        announcePartnerNews({});
}

void MainWindow::announcePartnerNews(const QList<BalanceRow> &newlyDue)
{
    // Only his own news: his new transactions since he last looked, his balance reaching the
    // threshold. The last transaction he was told of is remembered per database and partner.
    QSettings settings;
    const QByteArray where =
        QCryptographicHash::hash(m_database->path().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QString key = QStringLiteral("PartnerMode/%1/%2/lastTransaction")
                            .arg(QString::fromLatin1(where), QString::number(m_partner->id));
    const bool firstLook = !settings.contains(key);
    const auto [newCount, lastId] =
        PartnerStore(*m_database).transactionsAfter(m_partner->id, settings.value(key).toLongLong());
    settings.setValue(key, lastId);
    QStringList news;
    if (!firstLook && newCount > 0)
        news.append(tr("new transactions since you last looked: %1.").arg(QLocale().toString(newCount)));
    QList<BalanceRow> his = newlyDue;
    his.removeIf([this](const BalanceRow &row) { return row.affiliateId != m_partner->id; });
    if (!his.isEmpty()) {
        QStringList amounts;
        for (const BalanceRow &row : std::as_const(his))
            amounts.append(Money(row.balanceMinor, row.currency).toDisplayString());
        news.append(
            tr("Your approved balance reached the payout threshold: %1.").arg(amounts.join(QStringLiteral(", "))));
    }
    if (!news.isEmpty())
        m_notifier->notify(tr("News for %1").arg(m_partner->name), news.join(u' '),
                           his.isEmpty() ? QStringLiteral("transactions") : QStringLiteral("balance"));
}

void MainWindow::chooseDatabase()
{
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path = FileDialogs::openFileName(this, tr("Open Database"), start,
                                                   databaseFilter() + QStringLiteral(";;") + tr("All files (*)"));
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
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    QString path = FileDialogs::saveFileName(this, tr("New Database"), start + QStringLiteral("/partnerdesk.sqlite"),
                                             databaseFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    // A new database never replaces a file; opening one is what Open is for.
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 already exists. Choose another name, or open it with File › Open Database.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (const Status status = openDatabase(path, FirstRun::Content::Ask); !status) {
        QMessageBox::warning(this, tr("New Database"), status.error());
        return;
    }
    statusBar()->showMessage(tr("Created %1.").arg(QDir::toNativeSeparators(path)), statusTimeout);
}

// Central database (issue #5): the settings live in QSettings, the password in the credential store.
void MainWindow::editCentralDatabase()
{
    ConnectionDialog dialog(FallbackCredentialStore::application(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(dialog.savedText(), statusTimeout);
    if (m_database)
        armSync(); // the new settings (and password) from now on
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

void MainWindow::chooseOrdersFiles()
{
    QSettings settings;
    const QString key = QStringLiteral("MainWindow/importFolder");
    const QStringList paths =
        FileDialogs::openFileNames(this, tr("Import Orders"), settings.value(key, QDir::homePath()).toString(),
                                   tr("Orders CSV (*.csv)") + QStringLiteral(";;") + tr("All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(key, QFileInfo(paths.first()).absolutePath());
    importOrders(paths);
}

void MainWindow::importOrders(const QStringList &paths)
{
    if (!m_database || m_partner)
        return;
    for (const QString &path : paths)
        m_importQueue.append(QFileInfo(path).absoluteFilePath());
    if (!isImporting())
        startNextImport();
}

bool MainWindow::isImporting() const
{
    return m_importJob != nullptr;
}

void MainWindow::startNextImport()
{
    if (m_importQueue.isEmpty() || !m_database || m_importJob)
        return;
    const QString path = m_importQueue.takeFirst();
    static constexpr int steps = 1000;
    m_importProgress =
        new QProgressDialog(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, steps, this);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setWindowTitle(tr("Import Orders"));
    m_importProgress->setWindowModality(Qt::WindowModal);
    m_importProgress->setMinimumDuration(300);
    m_importProgress->setAutoClose(false);
    m_importProgress->setAutoReset(false);
    m_importProgress->setValue(0);

    m_importJob = std::make_unique<OrderImportJob>(m_database->path(), path);
    OrderImportJob *job = m_importJob.get();
    connect(m_importProgress, &QProgressDialog::canceled, job, [this, job] {
        job->cancel();
        m_importProgress->setLabelText(tr("Cancelling; nothing will be written…"));
    });
    connect(job, &OrderImportJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_importProgress && total > 0 && !m_importProgress->wasCanceled())
            m_importProgress->setValue(static_cast<int>(qMin(done, total) * steps / total));
    });
    connect(job, &OrderImportJob::finished, this, &MainWindow::importFinished);
    statusBar()->showMessage(tr("Importing %1…").arg(QDir::toNativeSeparators(path)));
    if (m_sync)
        m_sync->setHeld(true); // until the import's transaction is over (issue #5)
    job->start();
}

QString MainWindow::thresholdText(const QList<BalanceRow> &newlyDue) const
{
    QStringList who;
    for (const BalanceRow &row : newlyDue.mid(0, 3))
        who.append(tr("%1 (%2)").arg(row.name, Money(row.balanceMinor, row.currency).toDisplayString()));
    if (newlyDue.size() > 3)
        who.append(tr("%1 more").arg(QLocale().toString(newlyDue.size() - 3)));
    return tr("Reached the payout threshold: %1.").arg(who.join(QStringLiteral(", ")));
}

// --- Direct-link domains re-checked on a schedule (DomainStore's rule) ---------------------------
void MainWindow::armDomainRechecks()
{
    if (!QSettings().value(QStringLiteral("DirectLinks/recheckEnabled"), true).toBool())
        return;
    m_domainRechecker = std::make_unique<DomainRechecker>(*m_database);
    DomainRechecker *rechecker = m_domainRechecker.get();
    rechecker->setPolicy(DomainCheckPolicy::fromSettings());
    auto lapses = std::make_shared<QStringList>();
    auto changed = std::make_shared<bool>(false); // a site's state changed: the panes read again
    connect(rechecker, &DomainRechecker::domainChecked, this, [changed](const DomainRecheckResult &result) {
        if (result.error.isEmpty() && result.outcome != DomainCheckOutcome::StillVerified &&
            result.outcome != DomainCheckOutcome::StillLapsing && result.outcome != DomainCheckOutcome::NotVerified)
            *changed = true;
    });
    connect(rechecker, &DomainRechecker::domainLapsing, this, [lapses](const DomainRecord &domain) {
        lapses->append(tr("%1 of %2 is lapsing").arg(domain.domain, domain.affiliateName));
    });
    connect(rechecker, &DomainRechecker::domainLapsed, this, [lapses](const DomainRecord &domain) {
        lapses->append(tr("%1 of %2 lapsed").arg(domain.domain, domain.affiliateName));
    });
    connect(rechecker, &DomainRechecker::finished, this, [this, lapses, changed](const DomainRecheckSummary &) {
        if (std::exchange(*changed, false))
            reload();
        if (lapses->isEmpty())
            return;
        QStringList shown = lapses->mid(0, 3);
        if (lapses->size() > 3)
            shown.append(tr("%1 more").arg(QLocale().toString(lapses->size() - 3)));
        m_notifier->notify(tr("Direct-link websites"),
                           tr("The verification token is missing: %1.").arg(shown.join(QStringLiteral("; "))),
                           QStringLiteral("links"));
        lapses->clear();
    });
    // Not at once: opening the window stays quick, and a short session never touches the network.
    rechecker->schedule(std::chrono::minutes(1));
}
// --- end of domain re-checks ---------------------------------------------------------------------

// --- Sync with the central database (issue #5; docs/SYNC.md) ------------------------------------

// Where the central database is comes from QSettings "CentralDatabase" (the Connection dialog);
// the password from libpq's own lookup until the credential store is wired in here.
void MainWindow::armSync()
{
    m_sync.reset();
    QSettings settings;
    const QString key = ConnectionSettings::load(settings).credentialKey();
    QString password;
    if (key == m_syncPassword->key) {
        const QMutexLocker locker(&m_syncPassword->mutex);
        password = m_syncPassword->value;
    }
    const std::optional<CentralUrl> central = SyncController::configuredCentral(settings, password);
    QString reason;
    if (!central)
        reason = tr("No central database is configured (File › Central Database…).");
    else if (!m_syncRunner)
        reason = tr("This build of PartnerDesk cannot sync.");
    // A partner's view opened from the manager's window shares its file: one of them syncs it.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        const auto *other = qobject_cast<MainWindow *>(widget);
        if (reason.isEmpty() && other && other != this && other->syncController() &&
            other->syncController()->localPath() == m_database->path())
            reason = tr("Another window syncs this database.");
    }
    m_plainTextLabel->setVisible(reason.isEmpty() && central->isPlainText());
    if (central)
        m_plainTextLabel->setToolTip(CentralTls::plainTextWarning(central->displayName()));
    if (!reason.isEmpty()) {
        m_syncAction->setEnabled(false);
        m_syncAction->setToolTip(reason);
        m_syncStatus->setUnavailable(reason);
        return;
    }
    m_syncPassword->key = key;
    m_sync = std::make_unique<SyncController>(m_database->path(), *central, m_syncRunner);
    m_sync->setInterval(std::chrono::minutes(std::max(
        1, settings.value(QStringLiteral("Sync/intervalMinutes"), SyncController::defaultIntervalMinutes).toInt())));
    m_sync->watcher()->setHeartbeatInterval(
        std::chrono::seconds(std::max(1, settings.value(QStringLiteral("Sync/heartbeatSeconds"), 10).toInt())));
    m_sync->setNotifier(m_notifier);
    if (const Result<QString> desktop = SyncState(*m_database).desktopId(); desktop)
        m_sync->setDesktopId(*desktop);
    connect(m_sync.get(), &SyncController::finished, this, [this](const SyncOutcome &outcome) {
        if (reopenAsPartnerDesktop())
            return;
        if (outcome.pulled > 0)
            reload();
        // A partner's requested check may have arrived: the manager's re-checker looks again now
        // (DomainStore::nextDueAt says "now" while one waits), not at its next hourly look.
        if (outcome.pulled > 0 && m_domainRechecker && m_domainRechecker->isScheduled() &&
            !m_domainRechecker->isRunning())
            m_domainRechecker->schedule(std::chrono::milliseconds(0));
        if (!outcome.error.isEmpty())
            statusBar()->showMessage(tr("Sync failed: %1").arg(outcome.error), statusTimeout);
        else if (outcome.refused > 0)
            statusBar()->showMessage(tr("Not sent: %n local change(s) the central database refused (see Sync Details).",
                                        nullptr, int(outcome.refused)) +
                                         u' ' + outcome.refusals.value(0),
                                     statusTimeout);
    });
    m_syncAction->setEnabled(true);
    m_syncAction->setToolTip(tr("Send this desktop's changes to the central database and fetch the new ones (%1)")
                                 .arg(central->displayName()));
    m_syncStatus->setController(m_sync.get());
    m_sync->start();
    // The password, if the keychain (or this session) keeps one: asked now, answered later (a new
    // one arms the sync again).
    FallbackCredentialStore::application()->read(key);
}

// The first sync of a new database under a partner's login made it his desktop (or brought his
// partner row): the window opens it again, as his. Later on the controller that reported it goes.
bool MainWindow::reopenAsPartnerDesktop()
{
    const std::optional<SyncRole> owner = SyncRole::ofDatabase(*m_database);
    if (!owner || !owner->isPartner())
        return false;
    if (m_partner && m_partner->id != 0 && m_partner->code == owner->partnerCode())
        return false;
    if (!AffiliateStore(*m_database).byCode(owner->partnerCode()))
        return false; // not here yet: the next sync that brings it opens his view
    QTimer::singleShot(0, this, [this, path = m_database->path()] {
        if (const Status opened = openDatabaseAs(path, FirstRun::Content::Empty, {}); !opened)
            statusBar()->showMessage(opened.error(), statusTimeout);
    });
    return true;
}

// File › Sync Conflicts… (and the status indicator while conflicts wait): a choice changes the
// books, so the panes reload and a sync sends it (or fetches nothing new) at once.
void MainWindow::openSyncConflicts()
{
    if (!m_database)
        return;
    // No sync while the manager chooses: a running one stops at its next safe point (it would
    // hold the file's write lock, and could change the conflicts on the screen), and none starts
    // until the dialog is closed.
    const bool held = m_sync && !m_sync->isHeld();
    if (held) {
        m_sync->setHeld(true);
        m_sync->cancel();
    }
    ConflictsDialog dialog(*m_database, this);
    dialog.exec();
    if (dialog.choiceMade())
        reload();
    if (held)
        m_sync->setHeld(false);
    if (dialog.choiceMade() && m_sync)
        m_sync->syncNow();
}
// --- end of sync ---------------------------------------------------------------------------------

void MainWindow::importFinished(const ImportOutcome &outcome)
{
    // The job's thread has finished its work; wait for it before the job goes.
    std::unique_ptr<OrderImportJob> job = std::move(m_importJob);
    job.reset();
    if (m_sync)
        m_sync->setHeld(false);
    if (m_importProgress) {
        m_importProgress->close();
        m_importProgress->deleteLater();
        m_importProgress = nullptr;
    }
    const QString name = QFileInfo(outcome.path).fileName();
    const ImportSummary &summary = outcome.summary;
    if (summary.cancelled) {
        statusBar()->showMessage(tr("Import of %1 cancelled; nothing was written.").arg(name), statusTimeout);
        startNextImport();
        return;
    }
    if (summary.imported > 0) {
        reload();
        const QLocale locale;
        // Label-and-value sentences: they read right for any count without plural forms.
        QString message = tr("new transactions: %1 (from %2).").arg(locale.toString(summary.newTransactions), name);
        QString pane = QStringLiteral("transactions");
        if (!outcome.newlyDue.isEmpty()) {
            message += u' ' + thresholdText(outcome.newlyDue);
            pane = QStringLiteral("payouts");
        }
        if (summary.newTransactions > 0 || !outcome.newlyDue.isEmpty())
            m_notifier->notify(tr("Orders imported"), message, pane);
        statusBar()->showMessage(tr("Imported %1 of %2 rows from %3.")
                                     .arg(locale.toString(summary.imported), locale.toString(summary.rows), name),
                                 statusTimeout);
    } else {
        statusBar()->showMessage(tr("Nothing was imported from %1.").arg(name), statusTimeout);
    }
    auto *dialog = new ImportResultDialog(outcome, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The next file of a drop waits until the user has read about this one.
    connect(dialog, &QDialog::finished, this, &MainWindow::startNextImport);
    dialog->open();
}

void MainWindow::cancelImports()
{
    m_importQueue.clear();
    if (m_importJob) {
        disconnect(m_importJob.get(), nullptr, this, nullptr);
        m_importJob.reset(); // cancels and waits: the import's transaction rolls back
    }
    if (m_sync)
        m_sync->setHeld(false);
    if (m_importProgress) {
        m_importProgress->close();
        m_importProgress->deleteLater();
        m_importProgress = nullptr;
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_database || m_partner || !event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
            paths.append(url.toLocalFile());
    }
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
        cancelImports();
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

} // namespace PartnerDesk
