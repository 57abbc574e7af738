#pragma once

#include "core/records.h"
#include "core/result.h"
#include "store/ledgerstore.h"
#include "store/report.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <optional>

namespace PartnerDesk {

class CentralUrl;
class Database;
class Invocation;

// Exit codes of partnerdesk-cli. `orders import` adds 2 for "some rows rejected" (DESIGN.md).
enum ExitCode : int
{
    ExitSuccess = 0,
    ExitFailure = 1,
    ExitPartial = 2
};

// Renders a report to a PDF file. The CLI's core knows no Qt Gui; the app hands one in.
using PdfReportWriter = std::function<Status(const Report &report, const QString &path)>;

// What every command runs with: where output and errors go and what the host provides.
struct CommandEnvironment
{
    QTextStream &out;
    QTextStream &err;
    bool progressVisible = false; // stderr is a terminal: show progress there
    PdfReportWriter pdfReportWriter;
};

// One positional argument of a command (all are required).
struct Positional
{
    QString name;
    QString description;
};

// One subcommand: its name as typed ("program add"), its options and what it does. --db and
// --help are added to every command.
struct Command
{
    QString name;
    QString summary;
    QList<QCommandLineOption> options;
    QStringList required; // option names that must be given a non-empty value
    QList<Positional> positionals;
    bool usesDatabase = true;
    std::function<int(Invocation &)> run;
};

// A command being run: its parsed arguments, the open database and the output streams, plus the
// lookups most commands share. Lookups report their own errors and return nothing on failure.
class Invocation final
{
    Q_DECLARE_TR_FUNCTIONS(Invocation)
    Q_DISABLE_COPY_MOVE(Invocation)

public:
    Invocation(const Command &command, const QCommandLineParser &parser, CommandEnvironment &environment,
               Database &database);

    const Command &command() const { return m_command; }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QStringList arguments() const { return m_parser.positionalArguments(); }

    Database &database() { return m_database; }
    QTextStream &out() { return m_environment.out; }
    QTextStream &err() { return m_environment.err; }
    bool progressVisible() const { return m_environment.progressVisible; }
    const PdfReportWriter &pdfReportWriter() const { return m_environment.pdfReportWriter; }

    // Prints "partnerdesk-cli: MESSAGE" on stderr, without any password (withoutPasswords, the
    // environment's PGPASSWORD and PARTNERDESK_LOGIN_PASSWORD included), and returns ExitFailure.
    int fail(const QString &message);
    // The central database of --central: nothing (after saying why) when the URL is refused, a
    // password in it included; a one-line warning on stderr when it chose plain text (sslmode=disable).
    std::optional<CentralUrl> centralUrl();
    // For commands this version lists but cannot run ("sync", "domain verify").
    int unavailable();

    // The partner named by --affiliate, the program named by --program.
    std::optional<Affiliate> affiliate();
    std::optional<Program> program();
    // An integer option within [minimum, maximum]; `fallback` when the option is not given.
    std::optional<qint64> integer(const QString &option, qint64 minimum, qint64 maximum,
                                  std::optional<qint64> fallback = std::nullopt);
    // A --format value that must be one of `allowed`; the first one when not given.
    std::optional<QString> format(const QStringList &allowed);

    static QString yesNo(bool value);

private:
    const Command &m_command;
    const QCommandLineParser &m_parser;
    CommandEnvironment &m_environment;
    Database &m_database;
};

// Shorthand for the options commands declare.
QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName);

} // namespace PartnerDesk
