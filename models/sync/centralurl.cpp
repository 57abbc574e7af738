#include "centralurl.h"

#include "centraltls.h"
#include "passwordredaction.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

// libpq's conninfo quoting: 'value' with \ and ' escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u"'"_s + escaped + u"'"_s;
}

} // namespace

const QStringList &CentralUrl::knownKeywords()
{
    static const QStringList keywords = {u"sslmode"_s,
                                         u"sslrootcert"_s,
                                         u"sslcert"_s,
                                         u"sslkey"_s,
                                         u"sslcrl"_s,
                                         u"sslcompression"_s,
                                         u"connect_timeout"_s,
                                         u"application_name"_s,
                                         u"keepalives"_s,
                                         u"keepalives_idle"_s,
                                         u"keepalives_interval"_s,
                                         u"keepalives_count"_s,
                                         u"tcp_user_timeout"_s,
                                         u"target_session_attrs"_s,
                                         u"channel_binding"_s,
                                         u"gssencmode"_s,
                                         u"passfile"_s,
                                         u"hostaddr"_s,
                                         u"options"_s};
    return keywords;
}

Result<CentralUrl> CentralUrl::parse(const QString &text)
{
    using R = Result<CentralUrl>;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return R::failure(tr("No central database given: use postgresql://USER@HOST:PORT/DATABASE."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        // QUrl's error goes on with the source and its parts ("; source was ...; path = ..."), where
        // a password that did not parse as one would show: only its first sentence.
        return R::failure(
            withoutPasswords(tr("\"%1\" is not a valid URL: %2").arg(trimmed, url.errorString().section(u';', 0, 0))));
    if (url.scheme() != u"postgresql" && url.scheme() != u"postgres")
        return R::failure(tr("\"%1\" is not a PostgreSQL URL: it must start with postgresql://.")
                              .arg(withoutPasswords(url.toDisplayString(QUrl::RemovePassword))));
    if (!url.fragment().isEmpty())
        return R::failure(tr("A PostgreSQL URL has no #fragment."));
    if (url.userInfo(QUrl::FullyEncoded).contains(u':') || QUrlQuery(url).hasQueryItem(u"password"_s))
        return R::failure(passwordRefused());

    CentralUrl result;
    result.m_user = url.userName(QUrl::FullyDecoded);
    result.m_host = url.host(QUrl::FullyDecoded);
    if (url.port() == 0)
        return R::failure(tr("Port 0 is not a port: use 1 to 65535."));
    result.m_port = url.port(-1);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.contains(u'/'))
        return R::failure(tr("\"%1\" is not a database name: the URL's path is the database, one name.").arg(path));
    result.m_database = path;

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host") { // a Unix socket folder, as libpq allows
            result.m_host = value;
            continue;
        }
        if (key == u"port" || key == u"user" || key == u"dbname")
            return R::failure(tr("Give %1 in the URL itself, not as ?%1=.").arg(key));
        if (!knownKeywords().contains(key))
            return R::failure(
                tr("Unknown connection parameter \"%1\"; known: host, %2.").arg(key, knownKeywords().join(u", "_s)));
        if (value.contains(u';'))
            return R::failure(tr("The value of %1 cannot contain \";\".").arg(key));
        if (key == u"sslmode") {
            if (const QString problem = CentralTls::problemWith(value); !problem.isEmpty())
                return R::failure(problem);
        }
        if (key == u"connect_timeout") {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 0)
                return R::failure(tr("connect_timeout must be a whole number of seconds, not \"%1\".").arg(value));
        }
        result.m_parameters.append({key, value});
    }
    if (result.m_database.isEmpty())
        return R::failure(tr("The URL names no database: add it after the host, as in postgresql://%1/partnerdesk.")
                              .arg(url.authority(QUrl::RemovePassword | QUrl::FullyDecoded)));
    if (result.m_host.contains(u';') || result.m_user.contains(u';'))
        return R::failure(tr("The host and user cannot contain \";\"."));
    return result;
}

QString CentralUrl::parameter(const QString &keyword) const
{
    for (const auto &[key, value] : m_parameters) {
        if (key == keyword)
            return value;
    }
    return {};
}

QString CentralUrl::passwordRefused()
{
    return tr("The URL carries a password, which would show in the process list, the shell's history and logs: "
              "leave it out, and give it in PGPASSWORD or ~/.pgpass instead.");
}

QString CentralUrl::sslMode() const
{
    return CentralTls::resolve(parameter(u"sslmode"_s), parameter(u"sslrootcert"_s)).sslMode;
}

bool CentralUrl::isPlainText() const
{
    return CentralTls::isPlainText(sslMode()) && !m_host.startsWith(u'/');
}

QString CentralUrl::connectOptions() const
{
    const CentralTls::Options tls = CentralTls::resolve(parameter(u"sslmode"_s), parameter(u"sslrootcert"_s));
    QStringList options{u"sslmode="_s + quoted(tls.sslMode)};
    if (!tls.rootCert.isEmpty())
        options.append(u"sslrootcert="_s + quoted(tls.rootCert));
    for (const auto &[key, value] : m_parameters) {
        if (key != u"sslmode" && key != u"sslrootcert")
            options.append(key + u'=' + quoted(value));
    }
    if (parameter(u"connect_timeout"_s).isEmpty())
        options.append(u"connect_timeout=10"_s);
    if (parameter(u"application_name"_s).isEmpty())
        options.append(u"application_name=partnerdesk"_s);
    return options.join(u';');
}

QString CentralUrl::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    // A host that is a socket folder goes in the query, as libpq reads it.
    const bool socket = m_host.startsWith(u'/');
    if (!socket)
        url.setHost(m_host);
    if (m_port > 0)
        url.setPort(m_port);
    url.setPath(u'/' + m_database);
    QStringList query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.append(key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (socket)
        add(QStringLiteral("host"), m_host);
    for (const auto &[key, value] : m_parameters)
        add(key, value);
    if (!query.isEmpty())
        url.setQuery(query.join(u'&'), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

QString CentralUrl::displayName() const
{
    QString name;
    if (!m_user.isEmpty())
        name += m_user + u'@';
    name += m_host.isEmpty() ? u"localhost"_s : m_host;
    if (m_port != -1)
        name += u':' + QString::number(m_port);
    return name + u'/' + m_database;
}

} // namespace PartnerDesk
