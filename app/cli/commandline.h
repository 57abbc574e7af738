#pragma once

#include "command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace PartnerDesk {

// partnerdesk-cli: finds the subcommand in the arguments, parses its options (each command has
// its own QCommandLineParser and --help), opens the database and runs it. Output a script reads
// goes to `out`; errors go to `err`, one line each, prefixed "partnerdesk-cli: ".
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    // Whether progress may be drawn on stderr (default: stderr is a terminal).
    void setProgressVisible(bool visible) { m_progressVisible = visible; }
    void setPdfReportWriter(PdfReportWriter writer) { m_pdfReportWriter = std::move(writer); }

    // `arguments` as QCoreApplication::arguments() gives them (the program first). Returns the exit code.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // True when the arguments ask for a PDF, which needs a QGuiApplication (fonts, painting).
    static bool needsGui(const QStringList &arguments);

    static const QList<Command> &commands();

private:
    int runCommand(const Command &command, const QStringList &rest, const QString &globalDatabase, QTextStream &out,
                   QTextStream &err);
    static void setUpParser(QCommandLineParser &parser, const Command &command);
    static QString commandHelp(const QCommandLineParser &parser, const Command &command);
    // What is wrong with the parsed arguments ("" when nothing): positionals and required options.
    static QString usageError(const QCommandLineParser &parser, const Command &command);
    static const Command *find(const QStringList &words, qsizetype *consumed);
    static QString overview();
    static QString groupHelp(const QString &group);
    static QStringList subcommandsOf(const QString &group);

    bool m_progressVisible = false;
    PdfReportWriter m_pdfReportWriter;
};

} // namespace PartnerDesk
