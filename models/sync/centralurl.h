#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace PartnerDesk {

// Where the central PostgreSQL is, as the CLI takes it: postgresql://USER@HOST:PORT/DB?sslmode=...
// (also postgres://, a percent-encoded user, an IPv6 host in brackets). Query parameters are libpq
// keywords (sslmode, sslrootcert, connect_timeout, ...). A URL never carries a password (it would
// show in the process list, the shell's history, a log): parse() refuses one, and libpq reads it
// from PGPASSWORD or ~/.pgpass (PGPASSFILE); the window hands the keychain's over withPassword().
// TLS is CentralTls's rule: no sslmode means verify-full, against sslrootcert or else the system's
// CA bundle; PGSSLMODE cannot weaken it. Anything else left out is libpq's default (PGHOST, PGPORT,
// PGUSER).
class CentralUrl final
{
    Q_DECLARE_TR_FUNCTIONS(CentralUrl)

public:
    static Result<CentralUrl> parse(const QString &url);

    QString user() const { return m_user; }
    // Kept in memory only, never in toUrl() or displayName().
    QString password() const { return m_password; }
    // The same place with `password` (none given: the one it had, if any).
    CentralUrl withPassword(const QString &password) const
    {
        CentralUrl copy = *this;
        if (!password.isEmpty())
            copy.m_password = password;
        return copy;
    }
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: libpq's default
    QString database() const { return m_database; }
    // The libpq keywords from the query, in order.
    const QList<QPair<QString, QString>> &parameters() const { return m_parameters; }
    QString parameter(const QString &keyword) const;

    // The sslmode libpq gets: the URL's, else CentralTls::defaultMode().
    QString sslMode() const;
    // The connection crosses the network unencrypted: sslmode=disable to a host that is not a Unix
    // socket folder.
    bool isPlainText() const;

    // For QSqlDatabase::setConnectOptions: sslmode and sslrootcert as CentralTls resolves them, then
    // the other parameters as key='value' pairs joined by ';', plus connect_timeout=10 and
    // application_name=partnerdesk unless the URL sets them.
    QString connectOptions() const;
    // postgresql://USER@HOST:PORT/DB?KEYWORD=VALUE..., never the password: parse() reads it back.
    QString toUrl() const;
    // USER@HOST:PORT/DB, never the password: for messages and connection lists.
    QString displayName() const;

    // The libpq keywords a URL may carry.
    static const QStringList &knownKeywords();
    // Why a URL with a password is refused, and where the password goes instead.
    static QString passwordRefused();

private:
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace PartnerDesk
