#pragma once

#include "core/result.h"
#include "syncreport.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

namespace PartnerDesk {

class CentralSession;
class Database;
class SyncRole;

// The pull (docs/SYNC.md, "Pull"): what changed centrally since this desktop's position, applied
// here in one local transaction (RowApplier) from one central snapshot, a page at a time; then
// the attribution of the orders it brought.
class Puller final
{
    // In SyncEngine's context: the strings came from there and keep their translations.
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
    Q_DISABLE_COPY_MOVE(Puller)

public:
    // `role`: whose login reads (a partner reads fewer tables and columns); `centralId`: the
    // central database's name for the pull position (SyncEngine's, read once per engine).
    Puller(Database &database, CentralSession &session, const SyncRole &role,
           std::function<Result<QString>()> centralId);

    // Returns the central rows applied here. Cancelled between pages (nothing of it kept).
    Result<qint64> pull(SyncReport &report, const SyncProgress &progress);

    // Orders the store wrote centrally arrive without commission: the last pull's new and changed
    // orders are attributed here through the ledger's own path, deterministically and keyed by
    // order id, so two desktops doing it write the same transaction (transaction:ORDER_ID:N) and
    // the push finds it equal. Returns how many were attributed.
    Result<qint64> attributePulledOrders();
    // A sync starting again after a lost connection: the orders of a pull before it are not its.
    void forgetPulledOrders() { m_pulledOrders.clear(); }

    // Central rows read (and applied) at a time.
    void setPageSize(int rows) { m_pageSize = rows; }
    // New rows of a page from which they are inserted in bulk (RowApplier::setBulkMinimum).
    void setBulkMinimum(int rows) { m_bulkMinimum = rows; }

private:
    Database &m_database;
    CentralSession &m_session;
    const SyncRole &m_role;
    std::function<Result<QString>()> m_centralId;
    int m_pageSize = 5000;
    int m_bulkMinimum = 16;
    QStringList m_pulledOrders;
    QStringList m_changedOrders;
    QSet<QString> m_attributedElsewhere;
};

} // namespace PartnerDesk
