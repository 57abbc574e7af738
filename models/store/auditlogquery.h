#pragma once

#include "auditlog.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

class QTextStream;

namespace PartnerDesk {

class Database;

// Which audit rows to show; an empty field does not filter.
struct AuditFilter
{
    QString action;             // exact, e.g. "order.assign"
    QString entity;             // exact, e.g. "order"
    QString entityId;           // exact: an order id, a payout id, ...
    QString actor;              // exact
    std::optional<qint64> from; // at >= from
    std::optional<qint64> to;   // at < to
    QString reasonText;         // contained in the reason (ASCII letters in any case)

    bool operator==(const AuditFilter &) const = default;
};

// Reads the append-only audit log for the manager: filtered, newest first, paged by id, and
// exported to CSV as it is read (never the whole log in memory).
class AuditLogQuery final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogQuery)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit AuditLogQuery(Database &database);

    // Rows matching the filter with an id below `beforeId` (all when 0), newest first.
    QList<AuditEntry> entries(const AuditFilter &filter, qint64 beforeId, int limit) const;
    qint64 count(const AuditFilter &filter) const;
    // The values the filter bar offers.
    QStringList actions() const;
    QStringList entities() const;
    QStringList actors() const;
    // The central logins of partners, login -> partner code, as the last sync of this (manager's)
    // desktop read them (SyncRole::rememberPartnerLogins); empty before that.
    QMap<QString, QString> partnerLogins() const;

    // CSV with the header at,actor,action,entity,entity_id,before,after,reason,login; returns the rows
    // written. login is the central login that wrote the row, "" when it is not known here (yet).
    Result<qint64> writeCsv(const AuditFilter &filter, QTextStream &out, const Progress &progress = {}) const;
    // The same into a file that appears only when complete (nothing on failure or cancel).
    Result<qint64> exportCsv(const AuditFilter &filter, const QString &path, const Progress &progress = {}) const;

private:
    QStringList distinct(const QString &column) const;

    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
