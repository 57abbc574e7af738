#pragma once

#include "centralconnection.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

typedef struct pg_result PGresult;

namespace PartnerDesk {

// One statement's result rows (text format), freed with the object.
class PgRows final
{
public:
    PgRows() = default;
    explicit PgRows(PGresult *result);
    int count() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    std::optional<QString> value(int row, int column) const;
    qint64 number(int row, int column) const { return text(row, column).toLongLong(); }

private:
    std::shared_ptr<PGresult> m_result;
};

using PgParams = QList<std::optional<QByteArray>>;

// The sync engine's central connection: statements with bound values through libpq on the
// PGconn under a CentralConnection, COPY, and lost connections noticed (QPSQL's isOpen() still
// says true after the server went away; PQstatus does not). A failed statement on a lost
// connection marks the session broken; connect() opens a new connection.
//
// Seam for the fault tests: the hook is called before every statement with its number in this
// session (1, 2, ...); when it returns false the statement fails as if the connection broke.
class CentralSession final
{
    Q_DECLARE_TR_FUNCTIONS(CentralSession)
    Q_DISABLE_COPY_MOVE(CentralSession)

public:
    CentralSession(const QString &url, const QString &password);
    ~CentralSession();

    // Opens the connection when there is none or it broke.
    Status connect();
    // Sent as the connection's partnerdesk.desktop_id setting on every (re)connect: the central
    // NOTIFY names the pushing desktop with it, so a desktop ignores news of its own pushes.
    void setDesktopId(const QString &desktopId) { m_desktopId = desktopId; }
    bool isBroken() const { return m_broken; }
    void close();
    const CentralUrl &url() const { return m_connection.url(); }

    Result<PgRows> exec(const QString &sql, const PgParams &params = {});
    // exec() in two halves, so the caller works while the server does: send() hands the statement
    // over (one of the session's statements, like exec()), receive() waits for its result. One
    // statement in flight at a time, nothing else on the session in between; rollback() waits for it.
    Status send(const QString &sql, const PgParams &params = {});
    Result<PgRows> receive();
    // Runs `sql` (a COPY ... FROM STDIN) and sends `data` in the text format.
    Status copyIn(const QString &sql, const QByteArray &data);
    // Runs `sql` (a COPY ... TO STDOUT, text format) and hands each row to `row` as libpq read it
    // (one line, with its newline), while the server sends the next ones: rows are read as fast as
    // `row` takes them, so memory holds what the socket buffers, whatever the statement reads.
    // When `row` returns false the statement is cancelled and the rest discarded; copyOut() then
    // fails, the transaction is aborted (the caller rolls back). COPY takes no bound values: a
    // caller passes them as settings of its transaction (set_config(..., true)).
    using CopyRow = std::function<bool(const char *line, int size)>;
    Status copyOut(const QString &sql, const CopyRow &row);
    Status begin(bool repeatableRead = false);
    Status commit();
    // Never fails: on a lost connection there is nothing to roll back.
    void rollback();

    // The SQLSTATE of the last failure ("" for none or a lost connection).
    const QString &lastState() const { return m_lastState; }

    using StatementHook = std::function<bool(int statement)>;
    void setStatementHook(StatementHook hook) { m_hook = std::move(hook); }
    int statementCount() const { return m_statements; }

    // Escapes a value for COPY's text format.
    static void appendCopyValue(QByteArray &line, const std::optional<QByteArray> &value);

private:
    bool beforeStatement(QString *error);
    Status failed(PGresult *result, const QString &sql);
    Result<PgRows> finished(PGresult *result, const QString &sql);

    QString m_url;
    QString m_password;
    QString m_desktopId;
    CentralConnection m_connection;
    bool m_broken = true;
    int m_statements = 0;
    StatementHook m_hook;
    QString m_lastState;
    QString m_sent; // the statement send() handed over, until receive(): one is in flight
};

} // namespace PartnerDesk
