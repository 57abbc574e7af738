#include "centralsession.h"

#include "passwordredaction.h"

#include <libpq-fe.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

PgRows::PgRows(PGresult *result)
    : m_result(result, PQclear)
{}

int PgRows::count() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

bool PgRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QString PgRows::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

std::optional<QString> PgRows::value(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return text(row, column);
}

CentralSession::CentralSession(const QString &url, const QString &password)
    : m_url(url)
    , m_password(password)
{}

CentralSession::~CentralSession() = default;

Status CentralSession::connect()
{
    if (!m_broken && m_connection.native() && PQstatus(m_connection.native()) == CONNECTION_OK)
        return Done{};
    m_connection.close();
    m_sent.clear();
    if (Status opened = m_connection.open(m_url, m_password); !opened)
        return opened;
    // The server's notices (a temp table that exists already, ...) say nothing to a user, and
    // libpq would print them on stderr; warnings and errors still come.
    PQclear(PQexec(m_connection.native(), "SET client_min_messages = warning"));
    if (!m_desktopId.isEmpty()) {
        // Straight through libpq: not one of the sync's statements (the fault tests count those).
        const QByteArray id = m_desktopId.toUtf8();
        const char *values[] = {id.constData()};
        PGresult *result = PQexecParams(m_connection.native(), "SELECT set_config('partnerdesk.desktop_id', $1, false)",
                                        1, nullptr, values, nullptr, nullptr, 0);
        const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK;
        const QString error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (!ok) {
            m_connection.close();
            return Status::failure(
                withoutPasswords(tr("The central database refused the desktop id: %1").arg(error), {m_password}));
        }
    }
    m_broken = false;
    return Done{};
}

void CentralSession::close()
{
    m_sent.clear();
    m_connection.close();
    m_broken = true;
}

bool CentralSession::beforeStatement(QString *error)
{
    m_lastState.clear();
    ++m_statements;
    if (m_broken || !m_connection.native()) {
        *error = tr("The connection to the central database was lost.");
        return false;
    }
    if (m_hook && !m_hook(m_statements)) {
        // As if the connection broke: the server rolls back whatever was open.
        m_connection.close();
        m_broken = true;
        *error = tr("The connection to the central database was lost (statement %1).").arg(m_statements);
        return false;
    }
    return true;
}

Status CentralSession::failed(PGresult *result, const QString &sql)
{
    PGconn *connection = m_connection.native();
    QString message = result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed() : QString();
    if (result) {
        if (const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE))
            m_lastState = QString::fromLatin1(state);
        PQclear(result);
    }
    if (!connection || PQstatus(connection) != CONNECTION_OK || m_lastState.startsWith(u"08"_s) ||
        m_lastState.startsWith(u"57P"_s)) {
        m_broken = true;
        if (message.isEmpty() && connection)
            message = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        return Status::failure(
            withoutPasswords(tr("The connection to the central database was lost: %1").arg(message), {m_password}));
    }
    Q_UNUSED(sql)
    return Status::failure(
        withoutPasswords(tr("The central database refused a change: %1").arg(message), {m_password}));
}

Result<PgRows> CentralSession::exec(const QString &sql, const PgParams &params)
{
    QString error;
    if (!beforeStatement(&error))
        return Result<PgRows>::failure(error);
    const QByteArray text = sql.toUtf8();
    QList<const char *> values;
    values.reserve(params.size());
    for (const auto &param : params)
        values.append(param ? param->constData() : nullptr);
    PGresult *result = PQexecParams(m_connection.native(), text.constData(), int(params.size()), nullptr,
                                    values.constData(), nullptr, nullptr, 0);
    return finished(result, sql);
}

Result<PgRows> CentralSession::finished(PGresult *result, const QString &sql)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return Result<PgRows>::failure(failed(result, sql).error());
    return PgRows(result);
}

Status CentralSession::send(const QString &sql, const PgParams &params)
{
    QString error;
    if (!beforeStatement(&error))
        return Status::failure(error);
    const QByteArray text = sql.toUtf8();
    QList<const char *> values;
    values.reserve(params.size());
    for (const auto &param : params)
        values.append(param ? param->constData() : nullptr);
    if (PQsendQueryParams(m_connection.native(), text.constData(), int(params.size()), nullptr, values.constData(),
                          nullptr, nullptr, 0) != 1)
        return failed(nullptr, sql);
    m_sent = sql;
    return Done{};
}

Result<PgRows> CentralSession::receive()
{
    if (m_sent.isEmpty())
        return Result<PgRows>::failure(tr("No statement was sent to the central database."));
    const QString sql = std::exchange(m_sent, QString());
    PGconn *connection = m_connection.native();
    if (m_broken || !connection)
        return Result<PgRows>::failure(tr("The connection to the central database was lost."));
    // One statement, one result; read to the end (a null) so the connection is ready again.
    PGresult *result = PQgetResult(connection);
    while (PGresult *extra = PQgetResult(connection))
        PQclear(extra);
    return finished(result, sql);
}

Status CentralSession::copyIn(const QString &sql, const QByteArray &data)
{
    QString error;
    if (!beforeStatement(&error))
        return Status::failure(error);
    PGconn *connection = m_connection.native();
    PGresult *result = PQexec(connection, sql.toUtf8().constData());
    if (!result || PQresultStatus(result) != PGRES_COPY_IN)
        return failed(result, sql);
    PQclear(result);
    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += chunk) {
        const int length = int(std::min(chunk, data.size() - at));
        if (PQputCopyData(connection, data.constData() + at, length) != 1)
            return failed(nullptr, sql);
    }
    if (PQputCopyEnd(connection, nullptr) != 1)
        return failed(nullptr, sql);
    Status outcome = Done{};
    while (PGresult *end = PQgetResult(connection)) {
        if (PQresultStatus(end) != PGRES_COMMAND_OK) {
            outcome = failed(end, sql);
            continue;
        }
        PQclear(end);
    }
    return outcome;
}

Status CentralSession::copyOut(const QString &sql, const CopyRow &row)
{
    QString error;
    if (!beforeStatement(&error))
        return Status::failure(error);
    PGconn *connection = m_connection.native();
    PGresult *result = PQexec(connection, sql.toUtf8().constData());
    if (!result || PQresultStatus(result) != PGRES_COPY_OUT)
        return failed(result, sql);
    PQclear(result);
    bool stopped = false;
    for (;;) {
        char *line = nullptr;
        const int size = PQgetCopyData(connection, &line, 0);
        if (size < 0)
            break; // -1: all rows read (the result follows); -2: an error (the result says which)
        if (!stopped && !row(line, size)) {
            stopped = true;
            if (PGcancel *cancel = PQgetCancel(connection)) {
                char message[256];
                PQcancel(cancel, message, sizeof message);
                PQfreeCancel(cancel);
            }
        }
        PQfreemem(line);
    }
    Status outcome = Done{};
    while (PGresult *end = PQgetResult(connection)) {
        if (PQresultStatus(end) != PGRES_COMMAND_OK && outcome) {
            outcome = failed(end, sql);
            continue;
        }
        PQclear(end);
    }
    if (outcome && PQstatus(connection) != CONNECTION_OK)
        outcome = failed(nullptr, sql);
    if (stopped && outcome)
        outcome = Status::failure(tr("Stopped."));
    return outcome;
}

Status CentralSession::begin(bool repeatableRead)
{
    const auto done = exec(repeatableRead ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s : u"BEGIN"_s);
    return done ? Status(Done{}) : Status::failure(done.error());
}

Status CentralSession::commit()
{
    const auto done = exec(u"COMMIT"_s);
    return done ? Status(Done{}) : Status::failure(done.error());
}

void CentralSession::rollback()
{
    if (m_broken || !m_connection.native())
        return;
    if (!m_sent.isEmpty()) {
        m_sent.clear();
        while (PGresult *pending = PQgetResult(m_connection.native()))
            PQclear(pending);
    }
    PGresult *result = PQexec(m_connection.native(), "ROLLBACK");
    if (PQstatus(m_connection.native()) != CONNECTION_OK)
        m_broken = true;
    PQclear(result);
}

void CentralSession::appendCopyValue(QByteArray &line, const std::optional<QByteArray> &value)
{
    if (!value) {
        line += "\\N";
        return;
    }
    for (const char c : *value) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

} // namespace PartnerDesk
