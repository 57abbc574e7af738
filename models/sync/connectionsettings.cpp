#include "connectionsettings.h"

#include "centraltls.h"
#include "centralurl.h"
#include "passwordredaction.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace PartnerDesk {

namespace {

const QString sslModeKey = QStringLiteral("sslmode");
const QString caFileKey = QStringLiteral("sslrootcert");
const QString timeoutKey = QStringLiteral("connect_timeout");

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool isHostName(const QString &host)
{
    if (QHostAddress address; address.setAddress(host))
        return true;
    QUrl probe;
    probe.setHost(host, QUrl::StrictMode);
    return probe.isValid() && !probe.host().isEmpty() && !host.contains(u',');
}

// libpq's quoting of a conninfo value: single quotes, backslash escapes.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QStringList ConnectionSettings::sslModes()
{
    return CentralTls::modes();
}

QString ConnectionSettings::effectiveSslMode() const
{
    return sslMode.isEmpty() ? CentralTls::defaultMode() : sslMode;
}

bool ConnectionSettings::isPlainText() const
{
    return CentralTls::isPlainText(effectiveSslMode()) && !isUnixSocket();
}

Status ConnectionSettings::validate() const
{
    const auto problem = [](const QString &field, const QString &message) {
        return Status::failure(tr("%1: %2").arg(field, message));
    };
    if (host.trimmed().isEmpty())
        return problem(tr("Host"), tr("enter the server's host name or IP address"));
    if (!isUnixSocket() && !isHostName(host))
        return problem(tr("Host"), tr("\"%1\" is not a host name or an IP address").arg(host));
    if (isUnixSocket() && host.contains(u';'))
        return problem(tr("Host"), tr("a socket folder cannot contain \";\""));
    if (port == 0)
        return problem(tr("Port"), tr("enter a port from 1 to 65535"));
    if (database.trimmed().isEmpty())
        return problem(tr("Database"), tr("enter the name of the central database"));
    if (hasControlCharacters(database))
        return problem(tr("Database"), tr("the name contains control characters"));
    if (user.trimmed().isEmpty())
        return problem(tr("User"), tr("enter the PostgreSQL login role"));
    if (hasControlCharacters(user))
        return problem(tr("User"), tr("the name contains control characters"));
    if (const QString refused = CentralTls::problemWith(sslMode); !refused.isEmpty())
        return problem(tr("SSL mode"), refused);
    if (!caFile.isEmpty()) {
        // QPSQL turns every ';' of the options into a space, so such a path would reach libpq changed.
        if (caFile.contains(u';'))
            return problem(tr("CA certificate"), tr("the path cannot contain \";\"; move or rename the file"));
        const QFileInfo file(caFile);
        if (!file.isFile())
            return problem(tr("CA certificate"), tr("there is no file %1").arg(caFile));
        if (!file.isReadable())
            return problem(tr("CA certificate"), tr("%1 cannot be read").arg(caFile));
    } else if (const QString missing =
                   CentralTls::missingSystemStore(CentralTls::resolve(effectiveSslMode(), caFile), caFile);
               !missing.isEmpty()) {
        return problem(tr("CA certificate"), missing);
    }
    if (connectTimeout < 1 || connectTimeout > maximumConnectTimeout)
        return problem(tr("Timeout"), tr("enter from 1 to %1 seconds").arg(maximumConnectTimeout));
    return Done{};
}

QString ConnectionSettings::credentialKey() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, isUnixSocket() ? host : host.toLower()).arg(port).arg(database);
}

QString ConnectionSettings::toUrl() const
{
    QString authority = encoded(user) + u'@';
    if (!isUnixSocket())
        authority += host.contains(u':') ? u'[' + host + u']' : host; // an IPv6 address goes in brackets
    authority += u':' + QString::number(port);
    QStringList parameters;
    // libpq takes a socket folder as a parameter: postgresql://user@:5432/db?host=%2Frun%2Fpostgresql
    if (isUnixSocket())
        parameters.append(QStringLiteral("host=") + encoded(host));
    if (!sslMode.isEmpty())
        parameters.append(sslModeKey + u'=' + encoded(sslMode));
    if (!caFile.isEmpty())
        parameters.append(caFileKey + u'=' + encoded(caFile));
    if (connectTimeout != defaultConnectTimeout)
        parameters.append(timeoutKey + u'=' + QString::number(connectTimeout));
    QString url = QStringLiteral("postgresql://") + authority + u'/' + encoded(database);
    if (!parameters.isEmpty())
        url += u'?' + parameters.join(u'&');
    return url;
}

Result<ConnectionSettings> ConnectionSettings::fromUrl(const QString &text)
{
    using R = Result<ConnectionSettings>;
    // libpq's list of hosts (h1:5432,h2:5432) is no URL to QUrl: say what it is before QUrl does not.
    const QString authority = text.section(QStringLiteral("://"), 1).section(u'/', 0, 0).section(u'?', 0, 0);
    if (authority.contains(u','))
        return R::failure(withoutPasswords(tr("%1 names several hosts; give one").arg(text)));
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return R::failure(withoutPasswords(tr("%1 is not a URL: %2").arg(text, url.errorString().section(u';', 0, 0))));
    if (url.scheme() != QStringLiteral("postgresql") && url.scheme() != QStringLiteral("postgres"))
        return R::failure(withoutPasswords(tr("%1 is not a postgresql:// URL").arg(text)));
    if (url.userInfo(QUrl::FullyEncoded).contains(u':') || QUrlQuery(url).hasQueryItem(QStringLiteral("password")))
        return R::failure(CentralUrl::passwordRefused());

    ConnectionSettings settings;
    settings.user = url.userName(QUrl::FullyDecoded);
    settings.host = url.host(QUrl::FullyDecoded);
    if (url.port() > 0)
        settings.port = quint16(url.port());
    settings.database = url.path(QUrl::FullyDecoded).mid(1);

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == sslModeKey) {
            settings.sslMode = value;
        } else if (key == caFileKey) {
            settings.caFile = value;
        } else if (key == timeoutKey) {
            bool ok = false;
            settings.connectTimeout = value.toInt(&ok);
            if (!ok)
                return R::failure(tr("connect_timeout=%1 is not a number of seconds").arg(value));
        } else if (key == QStringLiteral("host")) {
            settings.host = value;
        } else if (key == QStringLiteral("port")) {
            bool ok = false;
            settings.port = value.toUShort(&ok);
            if (!ok)
                return R::failure(tr("port=%1 is not a port").arg(value));
        } else if (key == QStringLiteral("dbname")) {
            settings.database = value;
        } else if (key == QStringLiteral("user")) {
            settings.user = value;
        } else {
            return R::failure(tr("the URL parameter %1 is not supported").arg(key));
        }
    }
    return settings;
}

QString ConnectionSettings::connectOptions() const
{
    const CentralTls::Options tls = CentralTls::resolve(effectiveSslMode(), caFile);
    QStringList options{sslModeKey + u'=' + tls.sslMode};
    if (!tls.rootCert.isEmpty())
        options.append(caFileKey + u'=' + quoted(tls.rootCert));
    options.append(timeoutKey + u'=' + QString::number(connectTimeout));
    return options.join(u';');
}

ConnectionSettings ConnectionSettings::load(QSettings &settings)
{
    settings.beginGroup(settingsGroup());
    ConnectionSettings loaded;
    loaded.host = settings.value(QStringLiteral("host")).toString();
    loaded.port = quint16(settings.value(QStringLiteral("port"), defaultPort).toUInt());
    loaded.database = settings.value(QStringLiteral("database")).toString();
    loaded.user = settings.value(QStringLiteral("user")).toString();
    loaded.sslMode = settings.value(sslModeKey).toString();
    if (loaded.sslMode == QStringLiteral("allow") || loaded.sslMode == QStringLiteral("prefer"))
        loaded.sslMode.clear();
    loaded.caFile = settings.value(caFileKey).toString();
    loaded.connectTimeout = settings.value(QStringLiteral("connectTimeout"), defaultConnectTimeout).toInt();
    settings.endGroup();
    return loaded;
}

void ConnectionSettings::save(QSettings &settings) const
{
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("host"), host);
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("database"), database);
    settings.setValue(QStringLiteral("user"), user);
    settings.setValue(sslModeKey, sslMode);
    settings.setValue(caFileKey, caFile);
    settings.setValue(QStringLiteral("connectTimeout"), connectTimeout);
    settings.remove(QStringLiteral("password"));
    settings.endGroup();
}

} // namespace PartnerDesk
