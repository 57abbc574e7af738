#include "centraltls.h"

#include <QFileInfo>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

QStringList CentralTls::modes()
{
    return {u"disable"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
}

QString CentralTls::problemWith(const QString &mode)
{
    if (mode.isEmpty() || modes().contains(mode))
        return {};
    if (mode == u"allow" || mode == u"prefer")
        return tr("sslmode=%1 falls back to an unencrypted connection without telling anyone; leave sslmode out "
                  "(verify-full), or write sslmode=disable to choose plain text knowingly.")
            .arg(mode);
    return tr("sslmode must be one of %1, not \"%2\".").arg(modes().join(u", "_s), mode);
}

QString CentralTls::systemCaFile()
{
    // OpenSSL's own rule: the environment variable it names (SSL_CERT_FILE) wins over the built-in path.
    const QString variable = QString::fromLatin1(X509_get_default_cert_file_env());
    if (const QString fromEnvironment = qEnvironmentVariable(variable.toLatin1().constData());
        !fromEnvironment.isEmpty())
        return fromEnvironment;
    return QString::fromLocal8Bit(X509_get_default_cert_file());
}

CentralTls::Options CentralTls::resolve(const QString &mode, const QString &caFile)
{
    Options options{mode.isEmpty() ? defaultMode() : mode, {}};
    const bool system = caFile.isEmpty() || caFile == u"system";
    if (isPlainText(options.sslMode))
        return options;
    if (!system)
        options.rootCert = caFile;
    else if (options.sslMode.startsWith(u"verify-"))
        options.rootCert = systemCaFile();
    return options;
}

QString CentralTls::missingSystemStore(const Options &options, const QString &caFile)
{
    if (options.rootCert.isEmpty() || !(caFile.isEmpty() || caFile == u"system") ||
        QFileInfo(options.rootCert).isFile())
        return {};
    return tr("No CA certificate is given, and the system's certificate authorities (%1) are missing (Debian: "
              "ca-certificates): choose the CA certificate that signed the server's.")
        .arg(options.rootCert);
}

QString CentralTls::plainTextWarning(const QString &where)
{
    return tr("The connection to %1 is not encrypted (sslmode=disable): the password and every row cross the network "
              "readable by anyone on the way.")
        .arg(where);
}

} // namespace PartnerDesk
