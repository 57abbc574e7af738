#pragma once

#include "centralurl.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

typedef struct pg_conn PGconn;

namespace PartnerDesk {

// One connection to the central PostgreSQL through Qt's QPSQL driver, under a name of its own,
// belonging to the thread that opened it (open one per thread, like Database). Closed and
// removed with the object. The password is the one given, else the URL's, else libpq's own
// lookup (PGPASSWORD, ~/.pgpass): none of them is ever written anywhere.
class CentralConnection final
{
    Q_DECLARE_TR_FUNCTIONS(CentralConnection)
    Q_DISABLE_COPY_MOVE(CentralConnection)

public:
    CentralConnection();
    ~CentralConnection();

    Status open(const QString &url, const QString &password = {});
    Status open(const CentralUrl &url, const QString &password = {});
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    QSqlDatabase &database() { return m_db; }
    const CentralUrl &url() const { return m_url; }
    QString connectionName() const { return m_name; }
    // libpq's connection under QPSQL, for what QSqlQuery cannot do (multi-statement scripts, COPY).
    PGconn *native() const;

    // Runs `sql` as it is (several statements allowed, no bound values) through libpq; the
    // server's message on failure.
    Status execScript(const QString &sql);
    // Runs one statement without bound values through QSqlQuery.
    Status exec(const QString &sql);

private:
    QString m_name;
    CentralUrl m_url;
    QSqlDatabase m_db;
};

} // namespace PartnerDesk
