#pragma once

#include "store/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace PartnerDesk {

// Where the central PostgreSQL is, as the CLI takes it: postgresql://USER@HOST:PORT/DB?sslmode=...
// (also postgres://, a percent-encoded user, an optional :PASSWORD, an IPv6 host in brackets).
// Query parameters are libpq keywords (sslmode, sslrootcert, connect_timeout, ...). Anything left
// out is libpq's default: PGHOST, PGPORT, PGUSER, PGSSLMODE, and the password from PGPASSWORD or
// ~/.pgpass (PGPASSFILE), which libpq reads itself when no password is given.
class CentralUrl final
{
    Q_DECLARE_TR_FUNCTIONS(CentralUrl)

public:
    static Result<CentralUrl> parse(const QString &url);

    QString user() const { return m_user; }
    QString password() const { return m_password; }
    // The same place with `password` (none given: the URL's own, if any).
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

    // For QSqlDatabase::setConnectOptions: the parameters as key='value' pairs joined by ';', plus
    // connect_timeout=10 and application_name=partnerdesk unless the URL sets them.
    QString connectOptions() const;
    // postgresql://USER@HOST:PORT/DB?KEYWORD=VALUE..., never the password: parse() reads it back.
    QString toUrl() const;
    // USER@HOST:PORT/DB, never the password: for messages and connection lists.
    QString displayName() const;

    // The libpq keywords a URL may carry.
    static const QStringList &knownKeywords();

private:
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace PartnerDesk
