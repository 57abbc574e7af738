#include "mainwindow.h"

#include "programspane.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace PartnerDesk {

namespace {

const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
QString databaseFilter()
{
    return QCoreApplication::translate("PartnerDesk::MainWindow", "PartnerDesk databases (*.sqlite *.db)");
}
constexpr int statusTimeout = 8000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("PartnerDesk"));
    setWindowIcon(applicationIcon());

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(190);
    // Later panes (Partners, Partner Package, Coupons, ...) append their entries here.
    auto *programs = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("Programs"));
    programs->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 14));
    m_navigation->addItem(programs);

    m_panes = new QStackedWidget(this);
    m_panes->setObjectName(QStringLiteral("panes"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_panes, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_panes, 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createMenus();

    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1200, 750);
    restoreState(settings.value(stateKey).toByteArray());
}

MainWindow::~MainWindow()
{
    removePanes(); // before the database they use
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
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Database…"), this,
                                    &MainWindow::chooseDatabase);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    QAction *create = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Database…"), this,
                                      &MainWindow::chooseNewDatabase);
    create->setObjectName(QStringLiteral("newDatabaseAction"));
    create->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit =
        file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About PartnerDesk"), this, &MainWindow::about);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

Status MainWindow::openDatabase(const QString &path, FirstRun::Content whenNew)
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

    auto database = std::make_unique<Database>();
    if (const Status status = database->open(absolute); !status)
        return status;
    removePanes();
    m_database = std::move(database);
    createPanes();

    setWindowTitle(tr("%1 – PartnerDesk").arg(QFileInfo(absolute).fileName()));
    m_databaseLabel->setText(QDir::toNativeSeparators(absolute));
    m_databaseLabel->setToolTip(tr("The open database"));
    return Done{};
}

void MainWindow::createPanes()
{
    m_programsPane = new ProgramsPane(*m_database, m_panes);
    connect(m_programsPane, &ProgramsPane::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusTimeout); });
    m_panes->addWidget(m_programsPane);
    m_navigation->setCurrentRow(qMax(0, m_navigation->currentRow()));
    m_panes->setCurrentIndex(m_navigation->currentRow());
}

void MainWindow::removePanes()
{
    while (m_panes->count() > 0) {
        QWidget *pane = m_panes->widget(0);
        m_panes->removeWidget(pane);
        delete pane;
    }
    m_programsPane = nullptr;
}

void MainWindow::reload()
{
    if (m_programsPane)
        m_programsPane->reload();
}

void MainWindow::chooseDatabase()
{
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                      databaseFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status status = openDatabase(path); !status) {
        QMessageBox::warning(this, tr("Open Database"), status.error());
        return;
    }
    statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)), statusTimeout);
}

void MainWindow::chooseNewDatabase()
{
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), start + QStringLiteral("/partnerdesk.sqlite"),
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

void MainWindow::about()
{
    QMessageBox::about(this, tr("About PartnerDesk"),
                       tr("<h3>PartnerDesk %1</h3>"
                          "<p>Runs an online store's partner program: programs and partners, links, banners "
                          "and coupons, attribution of orders, commission, payouts and reports.</p>"
                          "<p>Works offline from a local database and syncs with a central PostgreSQL.</p>")
                           .arg(QStringLiteral(PARTNERDESK_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

} // namespace PartnerDesk
