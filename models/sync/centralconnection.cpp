#include "centralconnection.h"

#include "passwordredaction.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

QAtomicInteger<quint64> connectionCounter;

} // namespace

CentralConnection::CentralConnection()
    : m_name(u"partnerdesk-central-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

CentralConnection::~CentralConnection()
{
    close();
}

Status CentralConnection::open(const QString &url, const QString &password)
{
    const Result<CentralUrl> parsed = CentralUrl::parse(url);
    if (!parsed)
        return Status::failure(parsed.error());
    return open(*parsed, password);
}

Status CentralConnection::open(const CentralUrl &url, const QString &password)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return Status::failure(tr("Qt's PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)."));
    m_url = url;
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    if (!url.host().isEmpty())
        m_db.setHostName(url.host());
    if (url.port() != -1)
        m_db.setPort(url.port());
    m_db.setDatabaseName(url.database());
    if (!url.user().isEmpty())
        m_db.setUserName(url.user());
    const QString effectivePassword = password.isEmpty() ? url.password() : password;
    m_db.setPassword(effectivePassword);
    m_db.setConnectOptions(url.connectOptions());
    if (!m_db.open()) {
        const QString error = m_db.lastError().databaseText().trimmed().isEmpty() ? m_db.lastError().text()
                                                                                  : m_db.lastError().databaseText();
        close();
        return Status::failure(withoutPasswords(tr("Cannot connect to %1: %2").arg(url.displayName(), error.trimmed()),
                                                {effectivePassword}));
    }
    return Done{};
}

void CentralConnection::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

PGconn *CentralConnection::native() const
{
    if (!m_db.isOpen())
        return nullptr;
    const QVariant handle = m_db.driver()->handle();
    // Qt names the type after the struct or the typedef, depending on the version.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

Status CentralConnection::execScript(const QString &sql)
{
    PGconn *connection = native();
    if (!connection)
        return Status::failure(tr("Not connected to the central database."));
    PGresult *result = PQexec(connection, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    QString error;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
        error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (!error.isEmpty())
        return Status::failure(withoutPasswords(error));
    return Done{};
}

Status CentralConnection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Status::failure(withoutPasswords(query.lastError().databaseText().trimmed()));
    return Done{};
}

} // namespace PartnerDesk
