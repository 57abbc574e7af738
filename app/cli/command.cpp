#include "command.h"

#include "centralcommands.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/programstore.h"
#include "sync/centraltls.h"
#include "sync/centralurl.h"
#include "sync/passwordredaction.h"

using namespace Qt::StringLiterals;

namespace PartnerDesk {

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

Invocation::Invocation(const Command &command, const QCommandLineParser &parser, CommandEnvironment &environment,
                       Database &database)
    : m_command(command)
    , m_parser(parser)
    , m_environment(environment)
    , m_database(database)
{}

int Invocation::fail(const QString &message)
{
    const QStringList passwords{qEnvironmentVariable("PGPASSWORD"),
                                qEnvironmentVariable(CentralCommands::passwordVariable)};
    m_environment.err << "partnerdesk-cli: " << withoutPasswords(message, passwords) << Qt::endl;
    return ExitFailure;
}

std::optional<CentralUrl> Invocation::centralUrl()
{
    const Result<CentralUrl> url = CentralUrl::parse(value(u"central"_s));
    if (!url) {
        fail(url.error());
        return std::nullopt;
    }
    if (url->isPlainText())
        m_environment.err << "partnerdesk-cli: "
                          << tr("warning: %1").arg(CentralTls::plainTextWarning(url->displayName())) << Qt::endl;
    return *url;
}

int Invocation::unavailable()
{
    return fail(tr("'%1' is not available in this version").arg(m_command.name));
}

std::optional<Affiliate> Invocation::affiliate()
{
    const QString code = value(u"affiliate"_s).trimmed();
    std::optional<Affiliate> found = AffiliateStore(m_database).byCode(code);
    if (!found)
        fail(tr("No partner has the code \"%1\".").arg(code));
    return found;
}

std::optional<Program> Invocation::program()
{
    const QString name = value(u"program"_s).trimmed();
    std::optional<Program> found = ProgramStore(m_database).byName(name);
    if (!found)
        fail(tr("There is no program named \"%1\".").arg(name));
    return found;
}

std::optional<qint64> Invocation::integer(const QString &option, qint64 minimum, qint64 maximum,
                                          std::optional<qint64> fallback)
{
    if (!isSet(option))
        return fallback;
    bool ok = false;
    const qint64 number = value(option).trimmed().toLongLong(&ok);
    if (!ok || number < minimum || number > maximum) {
        fail(tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                 .arg(option)
                 .arg(minimum)
                 .arg(maximum)
                 .arg(value(option)));
        return std::nullopt;
    }
    return number;
}

std::optional<QString> Invocation::format(const QStringList &allowed)
{
    if (!isSet(u"format"_s))
        return allowed.constFirst();
    const QString requested = value(u"format"_s).trimmed().toLower();
    if (!allowed.contains(requested)) {
        fail(tr("Unknown format \"%1\": use %2.").arg(value(u"format"_s), allowed.join(u" or "_s)));
        return std::nullopt;
    }
    return requested;
}

QString Invocation::yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

} // namespace PartnerDesk
