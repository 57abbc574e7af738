#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace PartnerDesk {

class Database;

// Local rows the central database refused (docs/SECURITY.md, "Quarantine"): a value it does not
// take, or a change a partner's login may not make. The push takes such a row out of the outbox
// and keeps it here with the server's reason instead of failing every later sync on it; the sync
// details and `partnerdesk-cli sync` show them. A row leaves when a later push of it is accepted
// (it is queued again by any edit of it, as every edit is).
class Quarantine final
{
    Q_DECLARE_TR_FUNCTIONS(Quarantine)

public:
    struct Entry
    {
        QString table;
        std::optional<qint64> localId; // none for a refused deletion
        QUuid uid;
        QString reason;
        QString at; // ISO 8601 UTC
    };

    explicit Quarantine(Database &database);

    // Keeps (or updates) the refusal of a row. Call inside the push's local transaction.
    Status keep(const QString &table, std::optional<qint64> localId, const QUuid &uid, const QString &reason);
    // The row was accepted: it leaves the quarantine.
    Status release(const QString &table, const QUuid &uid);
    // Rows deleted here since they were refused leave too (a row never sent has no tombstone to send).
    Status forgetDeletedRows();
    qint64 count() const;
    // The newest first, at most `limit`.
    QList<Entry> list(int limit = 100) const;

private:
    Database &m_database;
};

} // namespace PartnerDesk
