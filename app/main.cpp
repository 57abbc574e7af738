#include "firstrun.h"
#include "mainwindow.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

using namespace PartnerDesk;

namespace {

// PartnerDesk's own strings and Qt's (standard buttons, dialogs) in the user's language.
void installTranslations(QApplication &app, const QLocale &locale)
{
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("partnerdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// --help and --version only print, so they must work where there is no display (a terminal over
// ssh, a package check); the default platform plugin would abort there before they are read.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v" ||
            argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PartnerDesk"));
    QApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.partnerdesk.PartnerDesk"));
    QApplication::setWindowIcon(MainWindow::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Runs an online store's partner program."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "The database to open."),
                                QStringLiteral("path"), Database::defaultPath());
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "The language to use instead of the system's."),
                                  QStringLiteral("code"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QApplication::translate("main", "Fill a new database with demo data without asking."));
    const QCommandLineOption pane(QStringLiteral("pane"),
                                  QApplication::translate("main", "The pane to show first: %1.")
                                      .arg(MainWindow::paneIds().join(QStringLiteral(", "))),
                                  QStringLiteral("id"));
    const QCommandLineOption partner(
        QStringLiteral("partner"),
        QApplication::translate("main",
                                "Open the database as this partner: only his overview, Partner Package, transactions "
                                "and balance."),
        QStringLiteral("code"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp); // for scripts/screenshots.sh
    // What the pane should show, as another pane would ask for it: --open order=100042.
    QCommandLineOption open(QStringLiteral("open"), QString(), QStringLiteral("key=value"));
    open.setFlags(QCommandLineOption::HiddenFromHelp); // for scripts/screenshots.sh
    parser.addOptions({db, lang, demo, pane, partner, open, screenshot});
    parser.process(app);

    QLocale locale = QLocale::system();
    if (parser.isSet(lang)) {
        locale = QLocale(parser.value(lang));
        QLocale::setDefault(locale);
    }
    installTranslations(app, locale);

    MainWindow window;
    window.show();
    const FirstRun::Content whenNew = parser.isSet(demo) ? FirstRun::Content::Demo : FirstRun::Content::Ask;
    const Status status = parser.isSet(partner) ? window.openAsPartner(parser.value(db), parser.value(partner))
                                                : window.openDatabase(parser.value(db), whenNew);
    if (!status) {
        QMessageBox::critical(&window, QApplication::translate("main", "PartnerDesk"), status.error());
        return 1;
    }
    QVariantMap request;
    for (const QString &pair : parser.values(open))
        request.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    if (parser.isSet(pane) && !window.showPane(parser.value(pane), request)) {
        QMessageBox::critical(&window, QApplication::translate("main", "PartnerDesk"),
                              QApplication::translate("main", "There is no pane \"%1\"; the panes are %2.")
                                  .arg(parser.value(pane), window.shownPaneIds().join(QStringLiteral(", "))));
        return 1;
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        window.resize(1400, 860); // the same picture whatever the saved geometry
        QTimer::singleShot(500, &window, [&window, file] { QApplication::exit(window.grab().save(file) ? 0 : 1); });
    }
    return QApplication::exec();
}
