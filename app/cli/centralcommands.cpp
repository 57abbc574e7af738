#include "centralcommands.h"

#include "sync/centralconnection.h"
#include "sync/centralschema.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

QList<Command> CentralCommands::all()
{
    const QCommandLineOption central =
        valueOption(u"central"_s,
                    tr("The central database, postgresql://USER@HOST:PORT/DB[?sslmode=...&sslrootcert=CA]: "
                       "verify-full against the system's CAs unless sslmode says otherwise (disable: plain text); "
                       "the password comes from PGPASSWORD or ~/.pgpass, never from the URL."),
                    tr("URL"));
    return {
        {u"central setup"_s,
         tr("Create or upgrade the central PostgreSQL database: roles, schema, row-level security (run as a "
            "database administrator; running it again changes nothing)."),
         {central},
         {u"central"_s},
         {},
         false,
         &CentralCommands::setup},
        {u"central grant"_s,
         tr("Let a PostgreSQL login work as a partner (--affiliate) or a manager (--manager); the login is created "
            "when missing, with the password in %1 when that is set (only its hash reaches the server).")
             .arg(QString::fromLatin1(passwordVariable)),
         {valueOption(u"affiliate"_s, tr("The partner's code; the partner must be in the central database."),
                      tr("CODE")),
          QCommandLineOption(u"manager"_s, tr("Make the login a manager's instead of a partner's.")),
          valueOption(u"login"_s, tr("The PostgreSQL login role."), tr("ROLE")), central},
         {u"login"_s, u"central"_s},
         {},
         false,
         &CentralCommands::grant},
    };
}

int CentralCommands::setup(Invocation &run)
{
    const std::optional<CentralUrl> central = run.centralUrl();
    if (!central)
        return ExitFailure;
    CentralConnection connection;
    if (Status opened = connection.open(*central); !opened)
        return run.fail(opened.error());
    QElapsedTimer timer;
    timer.start();
    const Result<CentralSetupReport> report = CentralSchema(connection).setup();
    if (!report)
        return run.fail(report.error());
    QTextStream &out = run.out();
    if (!report->createdRoles.isEmpty())
        out << tr("Created the roles %1.").arg(report->createdRoles.join(u", "_s)) << Qt::endl;
    if (report->createdSchema)
        out << tr("Created the schema partnerdesk.") << Qt::endl;
    if (report->createdExtension)
        out << tr("Created the extension uuid-ossp.") << Qt::endl;
    for (int version : report->applied)
        out << tr("Applied central migration %1.").arg(version, 4, 10, QLatin1Char('0')) << Qt::endl;
    if (report->applied.isEmpty() && report->createdRoles.isEmpty() && !report->createdSchema)
        out << tr("%1 is up to date: central schema version %2.")
                   .arg(connection.url().displayName())
                   .arg(report->versionAfter)
            << Qt::endl;
    else
        out << tr("%1: central schema version %2 (was %3), in %4 ms.")
                   .arg(connection.url().displayName())
                   .arg(report->versionAfter)
                   .arg(report->versionBefore)
                   .arg(timer.elapsed())
            << Qt::endl;
    return ExitSuccess;
}

int CentralCommands::grant(Invocation &run)
{
    const bool manager = run.isSet(u"manager"_s);
    const QString code = run.value(u"affiliate"_s).trimmed();
    if (manager && !code.isEmpty())
        return run.fail(tr("Give either --affiliate CODE or --manager, not both."));
    if (!manager && code.isEmpty())
        return run.fail(tr("Give --affiliate CODE (a partner's login) or --manager (a manager's login)."));
    const std::optional<CentralUrl> central = run.centralUrl();
    if (!central)
        return ExitFailure;
    CentralConnection connection;
    if (Status opened = connection.open(*central); !opened)
        return run.fail(opened.error());
    const QString login = run.value(u"login"_s);
    const QString password = qEnvironmentVariable(passwordVariable);
    CentralSchema schema(connection);
    const Result<CentralGrantReport> report =
        manager ? schema.grantManager(login, password) : schema.grantPartner(code, login, password);
    if (!report)
        return run.fail(report.error());
    QTextStream &out = run.out();
    if (manager)
        out << tr("%1 is a manager's login.").arg(login) << Qt::endl;
    else
        out << tr("%1 is the login of partner %2 (%3).").arg(login, report->affiliateCode, report->affiliateName)
            << Qt::endl;
    if (report->roleCreated && !report->passwordSet)
        out << tr("Created the login %1 without a password: set one (ALTER ROLE ... PASSWORD) or run again with %2 "
                  "set.")
                   .arg(login, QString::fromLatin1(passwordVariable))
            << Qt::endl;
    else if (report->roleCreated)
        out << tr("Created the login %1 with the password from %2.").arg(login, QString::fromLatin1(passwordVariable))
            << Qt::endl;
    else if (report->passwordSet)
        out << tr("Set the password of %1 from %2.").arg(login, QString::fromLatin1(passwordVariable)) << Qt::endl;
    return ExitSuccess;
}

} // namespace PartnerDesk
