#include "whatif.h"

#include "core/timestamp.h"
#include "database.h"
#include "ledgerstore.h"
#include "ledgerwriter.h"
#include "programstore.h"
#include "tierstore.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

struct Settlement
{
    qint64 affiliateId = 0;
    qint64 commissionMinor = 0;
    QString currency;
    QString hold;
    bool counted = false;
};

QString dbError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// Each order's live transaction placed in [from, to): who earns what.
Result<QHash<QString, Settlement>> settlements(QSqlDatabase &db, const QString &from, const QString &to)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT order_id, affiliate_id, commission_minor, currency, hold, status "
                                 "FROM transactions WHERE placed_at >= ? AND placed_at < ? AND superseded = 0 "
                                 "AND kind <> 'reversal'"));
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec())
        return Result<QHash<QString, Settlement>>::failure(dbError(query));
    QHash<QString, Settlement> rows;
    while (query.next()) {
        rows.insert(query.value(0).toString(),
                    {query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString() != u"cancelled"});
    }
    return rows;
}

} // namespace

WhatIf::WhatIf(Database &database)
    : m_database(database)
{}

Status WhatIf::apply(const RuleChange &change)
{
    if (change.rate) {
        PartnerRateChange rate = *change.rate;
        rate.programId = change.programId;
        if (const Result<qint64> set = RateStore(m_database).set(rate); !set)
            return Status::failure(set.error());
    }
    if (change.tiers) {
        TierStore tiers(m_database);
        for (const Tier &tier : tiers.list(change.programId)) {
            if (const Status removed = tiers.remove(tier.id); !removed)
                return removed;
        }
        for (const Tier &tier : *change.tiers) {
            if (const Result<qint64> added =
                    tiers.add(change.programId, tier.minOrders, tier.linkRateBp, tier.couponRateBp);
                !added)
                return Status::failure(added.error());
        }
    }
    if (change.lifetimeDays) {
        ProgramStore programs(m_database);
        std::optional<Program> program = programs.byId(change.programId);
        if (!program)
            return Status::failure(tr("The program no longer exists."));
        program->lifetimeDays = *change.lifetimeDays;
        if (const Status updated = programs.update(*program); !updated)
            return updated;
    }
    return Done{};
}

Result<WhatIfResult> WhatIf::run(const RuleChange &change, qint64 from, qint64 to, qint64 affiliateId,
                                 const Progress &progress)
{
    using R = Result<WhatIfResult>;
    if (to <= from)
        return R::failure(tr("The period is empty: --to must be after --from."));
    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
    const QString fromText = Timestamp::format(from);
    const QString toText = Timestamp::format(to);
    const auto before = settlements(db, fromText, toText);
    if (!before)
        return R::failure(before.error());
    if (auto applied = apply(change); !applied)
        return R::failure(applied.error());

    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) FROM orders WHERE placed_at >= ? AND placed_at < ?"));
    count.addBindValue(fromText);
    count.addBindValue(toText);
    if (!count.exec() || !count.next())
        return R::failure(dbError(count));
    const qint64 total = count.value(0).toLongLong();
    count.finish();

    const AttributionSnapshot snapshot = LedgerStore(m_database).loadSnapshot();
    LedgerWriter writer(m_database, snapshot, 0, Timestamp::now());
    if (!writer.prepareError().isEmpty())
        return R::failure(writer.prepareError());
    // In the rules' own order, so that the tiers and the lifetime rule see the orders before.
    QSqlQuery orders(db);
    orders.setForwardOnly(true);
    orders.prepare(QStringLiteral("SELECT order_id, placed_at, subtotal_minor, currency, status, coupon_code, "
                                  "affiliate_code, landing_url, referrer_url, customer_email FROM orders "
                                  "WHERE placed_at >= ? AND placed_at < ? ORDER BY placed_at, order_id"));
    orders.addBindValue(fromText);
    orders.addBindValue(toText);
    if (!orders.exec())
        return R::failure(dbError(orders));
    QList<Order> batch;
    WhatIfResult result;
    auto settleBatch = [&]() -> Status {
        for (const Order &order : std::as_const(batch)) {
            if (auto written = writer.reattribute(order); !written)
                return Status::failure(written.error());
        }
        batch.clear();
        return Done{};
    };
    // Read a page, then write it: a write while the ordered read is open would re-order nothing,
    // but keeping them apart keeps the reader's snapshot simple to reason about.
    while (orders.next()) {
        Order order;
        order.orderId = orders.value(0).toString();
        order.placedAt = Timestamp::parse(orders.value(1).toString()).value_or(0);
        order.subtotalMinor = orders.value(2).toLongLong();
        order.currency = orders.value(3).toString();
        order.status = Order::parseStatus(orders.value(4).toString()).value_or(OrderStatus::Pending);
        order.couponCode = orders.value(5).toString();
        order.affiliateCode = orders.value(6).toString();
        order.landingUrl = orders.value(7).toString();
        order.referrerUrl = orders.value(8).toString();
        order.customerEmail = orders.value(9).toString();
        batch.append(order);
        ++result.ordersSettled;
        if (batch.size() == 1000) {
            if (auto status = settleBatch(); !status)
                return R::failure(status.error());
            if (progress && !progress(result.ordersSettled, total))
                return R::failure(tr("Cancelled: nothing was computed."));
        }
    }
    if (auto status = settleBatch(); !status)
        return R::failure(status.error());
    if (const Result<int> recounted = writer.finish(); !recounted)
        return R::failure(recounted.error());
    const auto after = settlements(db, fromText, toText);
    if (!after)
        return R::failure(after.error());
    transaction.rollback(); // a what-if writes nothing

    QMap<QString, WhatIfLine> lines;
    auto line = [&](const QString &currency) -> WhatIfLine & {
        WhatIfLine &entry = lines[currency];
        entry.currency = currency;
        return entry;
    };
    auto mine = [&](const Settlement &s) {
        return s.counted && (!affiliateId || s.affiliateId == affiliateId);
    };
    QSet<QString> orderIds;
    for (auto it = before->cbegin(); it != before->cend(); ++it)
        orderIds.insert(it.key());
    for (auto it = after->cbegin(); it != after->cend(); ++it)
        orderIds.insert(it.key());
    for (const QString &orderId : std::as_const(orderIds)) {
        const Settlement was = before->value(orderId);
        const Settlement is = after->value(orderId);
        if (!mine(was) && !mine(is))
            continue;
        WhatIfLine &entry = line(is.currency.isEmpty() ? was.currency : is.currency);
        ++entry.orders;
        entry.beforeMinor += mine(was) ? was.commissionMinor : 0;
        entry.afterMinor += mine(is) ? is.commissionMinor : 0;
        if (was.affiliateId != is.affiliateId || was.commissionMinor != is.commissionMinor || was.hold != is.hold ||
            was.counted != is.counted)
            ++entry.changedOrders;
    }
    result.lines = lines.values();
    if (progress)
        progress(total, total);
    return result;
}

} // namespace PartnerDesk
