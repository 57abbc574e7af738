#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace PartnerDesk {

// How a connection to the central PostgreSQL is protected (docs/SYNC.md, "TLS"): verify-full by
// default, against the CA file the user chose or else the system's certificate authorities (the
// bundle OpenSSL uses: libpq 15 has no sslrootcert=system). Plain text only when the user chose
// sslmode=disable; allow and prefer, which fall back to plain text without a word under a
// downgrade, are refused. One place for the CLI's URL, the window's settings and Test Connection.
class CentralTls final
{
    Q_DECLARE_TR_FUNCTIONS(CentralTls)

public:
    // The sslmode of a connection that names none.
    static QString defaultMode() { return QStringLiteral("verify-full"); }
    // The modes a user may choose, weakest first: disable, require, verify-ca, verify-full.
    static QStringList modes();
    // Why `mode` cannot be used (a sentence), or empty when it can.
    static QString problemWith(const QString &mode);
    static bool isPlainText(const QString &mode) { return mode == QStringLiteral("disable"); }

    // The system's CA bundle: $SSL_CERT_FILE when set, else OpenSSL's default file
    // (Debian: /usr/lib/ssl/cert.pem, i.e. /etc/ssl/certs/ca-certificates.crt).
    static QString systemCaFile();

    // What libpq is given for the user's choice: `mode` (empty: the default) and `caFile` (empty or
    // "system": the system's bundle where the mode checks the server; left out for disable, and
    // for require without a file of the user's).
    struct Options
    {
        QString sslMode;
        QString rootCert;
    };
    static Options resolve(const QString &mode, const QString &caFile);
    // Where a connection that checks the server against the system's bundle cannot, because the
    // bundle is missing: the sentence to show; empty otherwise.
    static QString missingSystemStore(const Options &options, const QString &caFile);

    // One line: the connection to `where` is not encrypted.
    static QString plainTextWarning(const QString &where);
};

} // namespace PartnerDesk
