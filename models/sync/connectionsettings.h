#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace PartnerDesk {

// Where the central PostgreSQL is and how to reach it: everything but the password, which lives in a
// CredentialStore (credentialstore.h) under credentialKey() and never in QSettings or a file.
// The same settings read and write the CLI's URL form,
// postgresql://USER@HOST:PORT/DB?sslmode=...&sslrootcert=...&connect_timeout=...
struct ConnectionSettings final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    static constexpr quint16 defaultPort = 5432;
    static constexpr int defaultConnectTimeout = 10; // seconds
    static constexpr int maximumConnectTimeout = 600;

    QString host; // a host name, an IP address, or the folder of a Unix socket (starts with '/')
    quint16 port = defaultPort;
    QString database;
    QString user;
    QString sslMode; // one of sslModes(), or empty: automatic (see effectiveSslMode())
    QString caFile;  // the CA certificate (libpq's sslrootcert), or empty: the system's CA bundle
    int connectTimeout = defaultConnectTimeout;

    // The modes a user may choose, weakest first (CentralTls::modes()): disable, require, verify-ca,
    // verify-full. Not allow and prefer: they fall back to plain text without telling anyone.
    static QStringList sslModes();
    // The explicit choice, else verify-full: against the CA file when one is given, else against the
    // system's certificate authorities (CentralTls).
    QString effectiveSslMode() const;
    bool isUnixSocket() const { return host.startsWith(u'/'); }
    // The connection crosses the network unencrypted: sslmode disable, and not a Unix socket.
    bool isPlainText() const;

    // The first problem, its message naming the field ("Port: ..."); ok when a connection can be tried.
    Status validate() const;

    // The key of the password in a CredentialStore: user@host:port/database.
    QString credentialKey() const;

    // The CLI's form, without a password; an automatic sslmode and the default timeout are left out.
    QString toUrl() const;
    // Reads the CLI's form (postgresql:// or postgres://). A URL with a password is refused, as the
    // CLI refuses it (CentralUrl::passwordRefused()). Not validated.
    static Result<ConnectionSettings> fromUrl(const QString &url);

    // For QSqlDatabase::setConnectOptions with the QPSQL driver: sslmode (always the effective one,
    // so the environment cannot weaken it), sslrootcert as CentralTls resolves it, connect_timeout.
    QString connectOptions() const;

    // QSettings group "CentralDatabase"; save() writes no password and removes one found there. A
    // saved allow or prefer (older versions offered them) is read as automatic.
    static ConnectionSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    static QString settingsGroup() { return QStringLiteral("CentralDatabase"); }

    friend bool operator==(const ConnectionSettings &, const ConnectionSettings &) = default;
};

} // namespace PartnerDesk
