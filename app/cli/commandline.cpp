#include "commandline.h"

#include "affiliatecommands.h"
#include "centralcommands.h"
#include "linkcommands.h"
#include "notifycommands.h"
#include "ordercommands.h"
#include "payoutcommands.h"
#include "programcommands.h"
#include "requestcommands.h"
#include "rulecommands.h"
#include "store/database.h"
#include "synccommand.h"
#include "visitcommands.h"
#include "whatifcommand.h"

#include <QCommandLineParser>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

constexpr auto programName = "partnerdesk-cli"_L1;

bool isHelp(const QString &argument)
{
    return argument == u"--help" || argument == u"-h" || argument == u"help";
}

// "--db PATH" or "--db=PATH" before the command name applies to the command.
qsizetype takeGlobalDatabase(const QStringList &words, QString *path)
{
    qsizetype i = 0;
    while (i < words.size()) {
        if (words.at(i) == u"--db" && i + 1 < words.size()) {
            *path = words.at(i + 1);
            i += 2;
        } else if (words.at(i).startsWith(u"--db=")) {
            *path = words.at(i).mid(5);
            ++i;
        } else {
            break;
        }
    }
    return i;
}

} // namespace

CommandLine::CommandLine()
{
#ifdef Q_OS_UNIX
    m_progressVisible = isatty(STDERR_FILENO) == 1;
#endif
}

const QList<Command> &CommandLine::commands()
{
    static const QList<Command> all = [] {
        QList<Command> list;
        list += ProgramCommands::all();
        list += AffiliateCommands::all();
        list += LinkCommands::all();
        list += OrderCommands::all();
        list += VisitCommands::all();
        list += PayoutCommands::all();
        list += RequestCommands::all();
        list += RuleCommands::all();
        list += CentralCommands::all();
        list += SyncCommand::all();
        list += NotifyCommands::all();
        list.append(WhatIfCommand::command());
        return list;
    }();
    return all;
}

const Command *CommandLine::find(const QStringList &words, qsizetype *consumed)
{
    for (qsizetype length : {2, 1}) {
        if (words.size() < length)
            continue;
        const QString name = words.mid(0, length).join(u' ');
        for (const Command &command : commands()) {
            if (command.name == name) {
                *consumed = length;
                return &command;
            }
        }
    }
    return nullptr;
}

QStringList CommandLine::subcommandsOf(const QString &group)
{
    QStringList names;
    for (const Command &command : commands()) {
        if (command.name.startsWith(group + u' '))
            names.append(command.name.mid(group.size() + 1));
    }
    return names;
}

QString CommandLine::overview()
{
    qsizetype width = 0;
    for (const Command &command : commands())
        width = std::max(width, command.name.size());
    QString text = tr("Usage: %1 COMMAND [options]").arg(programName) + u'\n' +
                   tr("Runs an online store's partner program from scripts: programs, partners, links, orders, "
                      "commissions and payouts, in the same database as the PartnerDesk app.") +
                   u"\n\n"_s + tr("Commands:") + u'\n';
    for (const Command &command : commands())
        text += u"  "_s + command.name.leftJustified(width + 2) + command.summary + u'\n';
    text += u'\n' + tr("Every command takes --db PATH (default: %1).").arg(Database::defaultPath()) + u'\n' +
            tr("Run \"%1 COMMAND --help\" for the options of a command.").arg(programName) + u'\n';
    return text;
}

QString CommandLine::groupHelp(const QString &group)
{
    QString text = tr("Usage: %1 %2 COMMAND [options]").arg(programName, group) + u"\n\n"_s + tr("Commands:") + u'\n';
    for (const Command &command : commands()) {
        if (command.name.startsWith(group + u' '))
            text += u"  "_s + command.name.leftJustified(20) + command.summary + u'\n';
    }
    return text;
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    if (!arguments.contains(u"report"_s))
        return false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--format=pdf")
            return true;
        if (arguments.at(i) == u"--format" && i + 1 < arguments.size() && arguments.at(i + 1) == u"pdf")
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList words = arguments.mid(1);
    QString globalDatabase;
    words = words.mid(takeGlobalDatabase(words, &globalDatabase));

    if (words.isEmpty()) {
        err << overview();
        return ExitFailure;
    }
    if (isHelp(words.constFirst())) {
        qsizetype consumed = 0;
        if (const Command *command = words.size() > 1 ? find(words.mid(1), &consumed) : nullptr)
            return runCommand(*command, {u"--help"_s}, globalDatabase, out, err);
        if (words.size() > 1 && !subcommandsOf(words.at(1)).isEmpty()) {
            out << groupHelp(words.at(1));
            return ExitSuccess;
        }
        out << overview();
        return ExitSuccess;
    }
    if (words.constFirst() == u"--version") {
        out << programName << ' ' << QStringLiteral(PARTNERDESK_VERSION) << Qt::endl;
        return ExitSuccess;
    }

    qsizetype consumed = 0;
    if (const Command *command = find(words, &consumed))
        return runCommand(*command, words.mid(consumed), globalDatabase, out, err);

    const QString &word = words.constFirst();
    const QStringList subcommands = subcommandsOf(word);
    if (!subcommands.isEmpty()) {
        if (words.size() > 1 && isHelp(words.at(1))) {
            out << groupHelp(word);
            return ExitSuccess;
        }
        if (words.size() > 1 && !words.at(1).startsWith(u'-')) {
            err << programName << ": "
                << tr("Unknown command \"%1 %2\"; \"%1\" has: %3.").arg(word, words.at(1), subcommands.join(u", "_s))
                << Qt::endl;
        } else {
            err << programName << ": " << tr("\"%1\" needs a command: %2.").arg(word, subcommands.join(u", "_s))
                << Qt::endl;
        }
        return ExitFailure;
    }
    err << programName << ": " << tr("Unknown command \"%1\"; run \"%2 --help\" for the list.").arg(word, programName)
        << Qt::endl;
    return ExitFailure;
}

void CommandLine::setUpParser(QCommandLineParser &parser, const Command &command)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(command.summary);
    parser.addOption(QCommandLineOption(
        u"db"_s,
        tr("The PartnerDesk database (SQLite); created on first use. Default: %1.").arg(Database::defaultPath()),
        tr("PATH")));
    for (QCommandLineOption option : command.options) {
        if (command.required.contains(option.names().constFirst()))
            option.setDescription(option.description() + u' ' + tr("Required."));
        parser.addOption(option);
    }
    parser.addOption(QCommandLineOption({u"h"_s, u"help"_s}, tr("Show this help.")));
    for (const Positional &positional : command.positionals)
        parser.addPositionalArgument(positional.name, positional.description);
}

QString CommandLine::commandHelp(const QCommandLineParser &parser, const Command &command)
{
    QString positionalSyntax;
    for (const Positional &positional : command.positionals)
        positionalSyntax += u' ' + positional.name;
    // QCommandLineParser names the executable by its full path; name the command instead.
    const QString text = parser.helpText();
    QString help =
        tr("Usage: %1 %2 [options]%3").arg(programName, command.name, positionalSyntax) + text.mid(text.indexOf(u'\n'));
    if (!help.endsWith(u'\n'))
        help += u'\n';
    return help;
}

QString CommandLine::usageError(const QCommandLineParser &parser, const Command &command)
{
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() > command.positionals.size())
        return tr("Unexpected argument \"%1\".").arg(positionals.at(command.positionals.size()));
    if (positionals.size() < command.positionals.size())
        return tr("Missing %1.").arg(command.positionals.at(positionals.size()).name);
    for (const QString &name : command.required) {
        if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
            return tr("Missing --%1.").arg(name);
    }
    return {};
}

int CommandLine::runCommand(const Command &command, const QStringList &rest, const QString &globalDatabase,
                            QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    setUpParser(parser, command);
    const bool parsed = parser.parse(QStringList{programName} + rest);
    if (parsed && parser.isSet(u"help"_s)) {
        out << commandHelp(parser, command);
        return ExitSuccess;
    }
    if (const QString problem = parsed ? usageError(parser, command) : parser.errorText(); !problem.isEmpty()) {
        err << programName << ": " << command.name << ": " << problem << ' '
            << tr("See \"%1 %2 --help\".").arg(programName, command.name) << Qt::endl;
        return ExitFailure;
    }

    Database db;
    if (command.usesDatabase) {
        QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : globalDatabase;
        if (path.isEmpty())
            path = Database::defaultPath();
        if (const Status opened = db.open(path); !opened) {
            err << programName << ": " << opened.error() << Qt::endl;
            return ExitFailure;
        }
    }
    CommandEnvironment environment{out, err, m_progressVisible, m_pdfReportWriter};
    Invocation invocation(command, parser, environment, db);
    const int code = command.run(invocation);
    out.flush();
    err.flush();
    return code;
}

} // namespace PartnerDesk
