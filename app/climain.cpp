#include "cli/commandline.h"
#include "reportpdfwriter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>
#include <memory>

using namespace PartnerDesk;

int main(int argc, char *argv[])
{
    // Only a PDF report paints, and painting needs a QGuiApplication; without a display it renders
    // offscreen. Everything else runs on a plain QCoreApplication, fit for cron and servers.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as the GUI, so both find the same default database.
    QCoreApplication::setApplicationName(QStringLiteral("PartnerDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("partnerdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    commandLine.setPdfReportWriter(&ReportPdfWriter::write);
    return commandLine.run(QCoreApplication::arguments(), out, err);
}
