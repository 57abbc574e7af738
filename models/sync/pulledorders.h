#pragma once

#include "core/order.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <optional>

namespace PartnerDesk {

class Database;

// The orders a pull brought, as the attribution of pulled orders reads them, and the savepoint
// each one is settled under. Use inside the caller's transaction.
class PulledOrders final
{
    // In SyncEngine's context: the strings came from there and keep their translations.
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
    Q_DISABLE_COPY_MOVE(PulledOrders)

public:
    struct Pulled
    {
        Order order;
        bool hasTransaction = false; // a transaction names the order already
    };

    explicit PulledOrders(Database &database);

    // The order `orderId` as stored here; nullopt when this desktop does not have it.
    Result<std::optional<Pulled>> find(const QString &orderId);
    // Runs `settle` under a savepoint: what it wrote stays when it succeeds and is rolled back
    // when it fails, so one order that cannot be settled does not undo the others. Fails only when
    // the savepoint cannot be made; `settle`'s own outcome is the inner Status.
    Result<Status> underSavepoint(const std::function<Status()> &settle);

private:
    QSqlDatabase &m_db;
    QSqlQuery m_find;
};

} // namespace PartnerDesk
