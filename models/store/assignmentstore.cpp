#include "assignmentstore.h"

#include "auditlog.h"
#include "core/money.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "database.h"
#include "ledgerstore.h"
#include "ledgerwriter.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

// Columns 0-8 of every orders query; the attributed ones add 9-14.
const QString orderColumns = QStringLiteral(
    "o.id, o.order_id, o.placed_at, o.subtotal_minor, o.currency, o.status, o.customer_email, o.coupon_code, "
    "o.affiliate_code");
const QString liveJoin = QStringLiteral("t.order_id = o.order_id AND t.superseded = 0 AND t.kind <> 'reversal'");
// Every term an index look-up (0005_assignments.sql; the e-mail through orders_customer of 0018,
// as lower(): 0020); bound four times with the search text.
const QString searchClause =
    QStringLiteral(" AND (o.order_id = ? OR (o.customer_email <> '' AND lower(o.customer_email) = lower(?)) "
                   "OR (o.coupon_code <> '' AND o.coupon_code = ? COLLATE NOCASE) "
                   "OR (o.affiliate_code <> '' AND o.affiliate_code = ? COLLATE NOCASE))");
constexpr int progressEvery = 64;

QString dbError(const QSqlQuery &query)
{
    return AssignmentStore::tr("Database error: %1").arg(query.lastError().text());
}

void bindSearch(QSqlQuery &query, const QString &search)
{
    for (int i = 0; i < 4; ++i)
        query.addBindValue(search);
}

OrderToAssign readOrder(const QSqlQuery &query, bool attributed)
{
    OrderToAssign row;
    row.rowId = query.value(0).toLongLong();
    row.orderId = query.value(1).toString();
    row.placedAt = query.value(2).toString();
    row.subtotalMinor = query.value(3).toLongLong();
    row.currency = query.value(4).toString();
    row.status = query.value(5).toString();
    row.customerEmail = query.value(6).toString();
    row.couponCode = query.value(7).toString();
    row.affiliateCode = query.value(8).toString();
    if (attributed) {
        row.partnerId = query.value(9).toLongLong();
        row.partnerCode = query.value(10).toString();
        row.partnerName = query.value(11).toString();
        row.kind = query.value(12).toString();
        row.commissionMinor = query.value(13).toLongLong();
        row.transactionStatus = query.value(14).toString();
    }
    return row;
}

// The same shape LedgerStore::assign writes, so the audit log reads alike from both.
QJsonObject transactionJson(const TransactionRow &t)
{
    return {{QStringLiteral("transaction_id"), t.id},
            {QStringLiteral("affiliate"), t.affiliateCode},
            {QStringLiteral("program"), t.programName},
            {QStringLiteral("kind"), t.kind},
            {QStringLiteral("commission"), Money(t.commissionMinor, t.currency).toPlainString()},
            {QStringLiteral("currency"), t.currency},
            {QStringLiteral("status"), t.status}};
}

} // namespace

// Everything one all-or-nothing run shares: the rules' inputs loaded once, the ledger writer and
// the prepared insert. The snapshot learns each new assignment as it is written.
struct AssignmentStore::Batch
{
    Batch(Database &database, QSqlDatabase &db)
        : ledger(database)
        , snapshot(ledger.loadSnapshot())
        , writer(database, snapshot, 0, Timestamp::now())
        , insert(db)
        , audit(db)
        , now(Timestamp::format(Timestamp::now()))
        , actor(Database::currentActor())
    {
        insert.prepare(QStringLiteral("INSERT INTO manual_assignments (order_id, affiliate_id, amount_minor, reason, "
                                      "assigned_by, assigned_at, withdrawn) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    }

    LedgerStore ledger;
    AttributionSnapshot snapshot;
    LedgerWriter writer;
    QSqlQuery insert;
    AuditLog audit;
    QString now;
    QString actor;
};

AssignmentStore::AssignmentStore(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

QList<OrderToAssign> AssignmentStore::orders(const OrdersFilter &filter, bool attributed,
                                             const std::optional<OrderKey> &after, int limit) const
{
    // Fixed fragments only; every value is bound. The row-value comparison walks orders_placed_at.
    QString sql = QStringLiteral("SELECT ") + orderColumns;
    if (attributed)
        // CROSS JOIN keeps orders outer, walking orders_placed_at newest first; left to itself the
        // planner scans the live transactions and sorts 750,000 rows for the first page (0.5 s).
        sql += QStringLiteral(", a.id, a.code, a.name, t.kind, t.commission_minor, t.status FROM orders o "
                              "CROSS JOIN transactions t ON ") +
               liveJoin + QStringLiteral(" JOIN affiliates a ON a.id = t.affiliate_id WHERE 1");
    else
        sql += QStringLiteral(" FROM orders o WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE ") + liveJoin + u')';
    const QString search = filter.search.trimmed();
    if (!search.isEmpty())
        sql += searchClause;
    if (after)
        sql += QStringLiteral(" AND (o.placed_at, o.id) < (?, ?)");
    sql += QStringLiteral(" ORDER BY o.placed_at DESC, o.id DESC LIMIT ?");

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!search.isEmpty())
        bindSearch(query, search);
    if (after) {
        query.addBindValue(after->placedAt);
        query.addBindValue(after->rowId);
    }
    query.addBindValue(limit);
    QList<OrderToAssign> rows;
    if (!query.exec()) {
        qWarning("AssignmentStore::orders: %s", qPrintable(query.lastError().text()));
        return rows;
    }
    while (query.next())
        rows.append(readOrder(query, attributed));
    return rows;
}

OrderCounts AssignmentStore::counts(const OrdersFilter &filter) const
{
    OrderCounts counts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString search = filter.search.trimmed();
    if (search.isEmpty()) {
        // Every live transaction belongs to a stored order (the ledger writer saves the order
        // first), so the unattributed ones are the difference of two index-only counts instead
        // of a NOT EXISTS probe per order.
        if (query.exec(QStringLiteral("SELECT count(*) FROM orders")) && query.next())
            counts.total = query.value(0).toLongLong();
        if (query.exec(
                QStringLiteral("SELECT count(*) FROM transactions WHERE superseded = 0 AND kind <> 'reversal'")) &&
            query.next())
            counts.unattributed = counts.total - query.value(0).toLongLong();
        return counts;
    }
    query.prepare(QStringLiteral("SELECT count(*), count(t.id) FROM orders o LEFT JOIN transactions t ON ") + liveJoin +
                  QStringLiteral(" WHERE 1") + searchClause);
    bindSearch(query, search);
    if (query.exec() && query.next()) {
        counts.total = query.value(0).toLongLong();
        counts.unattributed = counts.total - query.value(1).toLongLong();
    }
    return counts;
}

std::optional<OrderToAssign> AssignmentStore::order(const QString &orderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + orderColumns +
                  QStringLiteral(", a.id, a.code, a.name, t.kind, t.commission_minor, t.status FROM orders o "
                                 "LEFT JOIN transactions t ON ") +
                  liveJoin + QStringLiteral(" LEFT JOIN affiliates a ON a.id = t.affiliate_id WHERE o.order_id = ?"));
    query.addBindValue(orderId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readOrder(query, true);
}

Status AssignmentStore::checkAssignable(qint64 affiliateId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT a.code, a.name, a.status, (SELECT count(*) FROM memberships m JOIN programs p "
                       "ON p.id = m.program_id WHERE m.affiliate_id = a.id AND m.active = 1 AND p.active = 1) "
                       "FROM affiliates a WHERE a.id = ?"));
    query.addBindValue(affiliateId);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (!query.next())
        return Status::failure(tr("The partner no longer exists."));
    const QString who = tr("%1 (%2)").arg(query.value(1).toString(), query.value(0).toString());
    const QString status = query.value(2).toString();
    if (status == u"suspended")
        return Status::failure(tr("%1 is suspended; a suspended partner cannot be assigned orders.").arg(who));
    if (status != u"approved")
        return Status::failure(tr("%1 is not approved yet; approve the partner before assigning orders.").arg(who));
    if (query.value(3).toLongLong() == 0)
        return Status::failure(
            tr("%1 has no active membership in an active program; join the partner to a program first.").arg(who));
    return Done{};
}

Status AssignmentStore::moveLifetimeCustomer(Batch &batch, const Order &order)
{
    // The customer's later orders follow whoever has his first one now: the writer settles all his
    // orders again, in time order, before the commit (LedgerWriter::finish).
    batch.writer.markCustomer(AttributionEngine::customerKey(order.customerEmail));
    return Done{};
}

Status AssignmentStore::applyOne(Batch &batch, const QString &orderId, const std::optional<ManualFacts> &manual,
                                 qint64 withdrawnFrom, const QString &reason, ReplacedAssignment *replaced)
{
    const std::optional<Order> found = batch.ledger.order(orderId);
    if (!found)
        return Status::failure(tr("Order %1 is unknown; nothing was assigned.").arg(orderId));
    const std::optional<TransactionRow> before = batch.ledger.liveTransactionOf(orderId);
    if (replaced) {
        replaced->orderId = orderId;
        if (const ManualFacts *previous = batch.snapshot.manual(orderId))
            replaced->previous = *previous;
        replaced->previousPartnerCode = before ? before->affiliateCode : QString();
    }

    QSqlQuery &insert = batch.insert;
    insert.addBindValue(orderId);
    insert.addBindValue(manual ? manual->affiliateId : withdrawnFrom);
    insert.addBindValue(manual && manual->amountMinor ? QVariant(*manual->amountMinor)
                                                      : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(reason);
    insert.addBindValue(batch.actor);
    insert.addBindValue(batch.now);
    insert.addBindValue(manual ? 0 : 1);
    if (!insert.exec()) {
        if (insert.lastError().text().contains(QStringLiteral("FOREIGN KEY")))
            return Status::failure(tr("The partner no longer exists."));
        return Status::failure(dbError(insert));
    }
    if (manual)
        batch.snapshot.setManual(orderId, *manual);
    else
        batch.snapshot.clearManual(orderId);

    // The replaced transaction is cancelled and superseded, never erased; paid money is reversed.
    if (auto status = batch.writer.supersede(*found); !status)
        return status;
    const auto written = batch.writer.reattribute(*found);
    if (!written)
        return Status::failure(written.error());
    if (manual && written->rule != AttributionRule::Manual)
        return Status::failure(tr("Order %1 could not be assigned to the partner.").arg(orderId));
    if (auto status = moveLifetimeCustomer(batch, *found); !status)
        return status;

    const std::optional<TransactionRow> after = batch.ledger.liveTransactionOf(orderId);
    QJsonObject afterJson = after ? transactionJson(*after) : QJsonObject();
    afterJson.insert(QStringLiteral("order_id"), orderId);
    return batch.audit.append(manual ? QStringLiteral("order.assign") : QStringLiteral("order.withdraw"),
                              QStringLiteral("order"), orderId, before ? transactionJson(*before) : QJsonObject(),
                              afterJson, reason);
}

Result<QList<ReplacedAssignment>> AssignmentStore::assign(const AssignmentRequest &request, const Progress &progress)
{
    using Outcome = Result<QList<ReplacedAssignment>>;
    const QString why = request.reason.trimmed();
    if (why.isEmpty())
        return Outcome::failure(tr("A manual assignment needs a reason."));
    if (QString problem = ValueRules::checkText(tr("The reason"), why, ValueRules::reason); !problem.isEmpty())
        return Outcome::failure(problem + u'.');
    QStringList orderIds;
    QSet<QString> seen;
    for (const QString &id : request.orderIds) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !seen.contains(trimmed)) {
            seen.insert(trimmed);
            orderIds.append(trimmed);
        }
    }
    if (orderIds.isEmpty())
        return Outcome::failure(tr("Choose at least one order to assign."));
    if (request.amountMinor && orderIds.size() != 1)
        return Outcome::failure(tr("An amount can only be given when one order is assigned."));
    if (request.amountMinor && *request.amountMinor < 0)
        return Outcome::failure(tr("A manual amount cannot be negative."));
    if (request.amountMinor) {
        const std::optional<Order> order = LedgerStore(m_database).order(orderIds.constFirst());
        const int digits = order ? Currency::minorDigits(order->currency) : 2;
        if (QString problem = ValueRules::checkNonNegativeAmount(tr("The manual amount"), *request.amountMinor,
                                                                 digits < 0 ? 2 : digits);
            !problem.isEmpty())
            return Outcome::failure(problem + u'.');
    }
    if (auto status = checkAssignable(request.affiliateId); !status)
        return Outcome::failure(status.error());

    Transaction transaction(m_db);
    Batch batch(m_database, m_db);
    if (!batch.writer.prepareError().isEmpty())
        return Outcome::failure(batch.writer.prepareError());
    const ManualFacts manual{request.affiliateId, request.amountMinor, why};
    QList<ReplacedAssignment> replaced;
    replaced.reserve(orderIds.size());
    for (qsizetype i = 0; i < orderIds.size(); ++i) {
        if (progress && i % progressEvery == 0 && !progress(i, orderIds.size()))
            return Outcome::failure(tr("Cancelled: nothing was assigned."));
        ReplacedAssignment previous;
        if (auto status = applyOne(batch, orderIds.at(i), manual, 0, why, &previous); !status)
            return Outcome::failure(status.error());
        replaced.append(previous);
    }
    if (progress && !progress(orderIds.size(), orderIds.size()))
        return Outcome::failure(tr("Cancelled: nothing was assigned."));
    if (const Result<int> recounted = batch.writer.finish(); !recounted)
        return Outcome::failure(recounted.error());
    if (auto status = transaction.commit(); !status)
        return Outcome::failure(status.error());
    return replaced;
}

Status AssignmentStore::restore(const QList<ReplacedAssignment> &replaced, const QString &reason,
                                const Progress &progress)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Status::failure(tr("A manual assignment needs a reason."));
    if (QString problem = ValueRules::checkText(tr("The reason"), why, ValueRules::reason); !problem.isEmpty())
        return Status::failure(problem + u'.');
    Transaction transaction(m_db);
    Batch batch(m_database, m_db);
    if (!batch.writer.prepareError().isEmpty())
        return Status::failure(batch.writer.prepareError());
    for (qsizetype i = 0; i < replaced.size(); ++i) {
        if (progress && i % progressEvery == 0 && !progress(i, replaced.size()))
            return Status::failure(tr("Cancelled: nothing was changed."));
        const ReplacedAssignment &entry = replaced.at(i);
        const ManualFacts *current = batch.snapshot.manual(entry.orderId);
        if (entry.previous) {
            if (auto status = checkAssignable(entry.previous->affiliateId); !status)
                return Status::failure(tr("Order %1 cannot go back: %2").arg(entry.orderId, status.error()));
            ManualFacts back = *entry.previous;
            back.reason = why;
            if (auto status = applyOne(batch, entry.orderId, back, 0, why, nullptr); !status)
                return status;
        } else if (current) {
            if (auto status = applyOne(batch, entry.orderId, std::nullopt, current->affiliateId, why, nullptr); !status)
                return status;
        }
    }
    if (progress && !progress(replaced.size(), replaced.size()))
        return Status::failure(tr("Cancelled: nothing was changed."));
    if (const Result<int> recounted = batch.writer.finish(); !recounted)
        return Status::failure(recounted.error());
    return transaction.commit();
}

} // namespace PartnerDesk
