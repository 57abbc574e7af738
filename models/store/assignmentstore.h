#pragma once

#include "core/attributionsnapshot.h"
#include "core/order.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

namespace PartnerDesk {

class Database;

// One order as the manual-assignments pane lists it, with its live transaction if it has one.
struct OrderToAssign
{
    qint64 rowId = 0; // orders.id
    QString orderId;
    QString placedAt;
    qint64 subtotalMinor = 0;
    QString currency;
    QString status;
    QString customerEmail;
    QString couponCode;
    QString affiliateCode; // the order's own affiliate_code column
    // The live transaction (not superseded, not a reversal); kind is empty when there is none.
    qint64 partnerId = 0;
    QString partnerCode;
    QString partnerName;
    QString kind;
    qint64 commissionMinor = 0;
    QString transactionStatus;

    bool isAttributed() const { return !kind.isEmpty(); }
};

struct OrdersFilter
{
    // An exact order id, or an exact customer e-mail, coupon or partner code (any case). Exact
    // on purpose: each is an index look-up, where a substring search reads a million orders.
    QString search;
    bool unattributedOnly = true;
};

struct OrderCounts
{
    qint64 total = 0;
    qint64 unattributed = 0;
};

// Where a page of orders ended: the next page starts right after it (keyset paging).
struct OrderKey
{
    QString placedAt;
    qint64 rowId = 0;
};

struct AssignmentRequest
{
    QStringList orderIds;
    qint64 affiliateId = 0;
    QString reason;
    std::optional<qint64> amountMinor; // only when one order is assigned
};

// What an assignment replaced for one order: the manual assignment in force before, if any.
// Undo puts that one back, or, when there was none, withdraws the assignment so the rules apply.
struct ReplacedAssignment
{
    QString orderId;
    std::optional<ManualFacts> previous;
    QString previousPartnerCode; // the live transaction's partner before, for messages
};

// What the manual-assignments pane reads and writes beyond LedgerStore: the orders to assign,
// paged newest first, and assignments of many orders at once in one transaction.
class AssignmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentStore)

public:
    // `progress(done, total)` returns false to cancel; a cancelled run writes nothing.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit AssignmentStore(Database &database);

    // Unattributed (attributed = false) or attributed orders matching the filter's search, newest
    // first, starting after `after` (from the newest when empty).
    QList<OrderToAssign> orders(const OrdersFilter &filter, bool attributed, const std::optional<OrderKey> &after,
                                int limit) const;
    OrderCounts counts(const OrdersFilter &filter) const;
    std::optional<OrderToAssign> order(const QString &orderId) const;

    // Why the partner cannot be assigned orders (unknown, not approved, no active membership).
    Status checkAssignable(qint64 affiliateId) const;

    // Assigns every order to one partner with one reason, all or nothing: the previous live
    // transaction is cancelled and superseded (paid commission reversed), a manual one written,
    // and one audit row per order says who, when, before, after and why.
    Result<QList<ReplacedAssignment>> assign(const AssignmentRequest &request, const Progress &progress = {});
    // Undo of assign(): each order gets back its previous manual assignment, or has the manual
    // assignment withdrawn so the rules apply again; audited with `reason`, all or nothing.
    Status restore(const QList<ReplacedAssignment> &replaced, const QString &reason, const Progress &progress = {});

private:
    struct Batch;
    Status moveLifetimeCustomer(Batch &batch, const Order &order);
    Status applyOne(Batch &batch, const QString &orderId, const std::optional<ManualFacts> &manual,
                    qint64 withdrawnFrom, const QString &reason, ReplacedAssignment *replaced);

    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
