#include "ledgerstore.h"

#include "assignmentstore.h"
#include "auditlog.h"
#include "core/csvwriter.h"
#include "core/hostname.h"
#include "core/money.h"
#include "core/rate.h"
#include "core/timestamp.h"
#include "core/transactionrules.h"
#include "database.h"
#include "ledgerwriter.h"
#include "payoutstore.h"
#include "transactionquery.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <map>

namespace PartnerDesk {

namespace {

QString dbError(const QSqlQuery &query)
{
    return LedgerStore::tr("Database error: %1").arg(query.lastError().text());
}

} // namespace

LedgerStore::LedgerStore(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

AttributionSnapshot LedgerStore::loadSnapshot() const
{
    AttributionSnapshot snapshot;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QHash<qint64, QStringList> hosts;
    if (query.exec(QStringLiteral("SELECT program_id, host FROM program_hosts ORDER BY program_id, host"))) {
        while (query.next())
            hosts[query.value(0).toLongLong()].append(query.value(1).toString());
    }
    QHash<qint64, QList<Tier>> tiers;
    if (query.exec(
            QStringLiteral("SELECT id, program_id, min_orders, link_rate_bp, coupon_rate_bp FROM program_tiers"))) {
        while (query.next()) {
            Tier tier;
            tier.id = query.value(0).toLongLong();
            tier.programId = query.value(1).toLongLong();
            tier.minOrders = query.value(2).toInt();
            tier.linkRateBp = query.value(3).toInt();
            if (!query.value(4).isNull())
                tier.couponRateBp = query.value(4).toInt();
            tiers[tier.programId].append(tier);
        }
    }
    if (query.exec(QStringLiteral("SELECT id, name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, "
                                  "threshold_minor, hold_days, active, cookie_days, lifetime_days, fraud_own_domain, "
                                  "fraud_leaked_coupon, fraud_shared_customers, fraud_cancel_share_bp, fraud_no_visit "
                                  "FROM programs"))) {
        while (query.next()) {
            ProgramTerms terms;
            terms.id = query.value(0).toLongLong();
            terms.name = query.value(1).toString();
            terms.currency = query.value(2).toString();
            terms.linkRateBp = query.value(3).toInt();
            terms.couponRateBp = query.value(4).toInt();
            terms.couponDiscountBp = query.value(5).toInt();
            terms.thresholdMinor = query.value(6).toLongLong();
            terms.holdDays = query.value(7).toInt();
            terms.active = query.value(8).toInt() == 1;
            terms.cookieDays = query.value(9).toInt();
            terms.lifetimeDays = query.value(10).toInt();
            terms.fraud.ownDomain = query.value(11).toInt() == 1;
            terms.fraud.leakedCoupon = query.value(12).toInt() == 1;
            terms.fraud.sharedCustomers = query.value(13).toInt();
            terms.fraud.cancelShareBp = query.value(14).toInt();
            terms.fraud.noVisit = query.value(15).toInt() == 1;
            terms.tiers = tiers.value(terms.id);
            terms.storeHosts = hosts.value(terms.id);
            snapshot.addProgram(terms);
        }
    }
    if (query.exec(QStringLiteral("SELECT id, code, name, email, status FROM affiliates"))) {
        while (query.next()) {
            snapshot.addAffiliate(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString(), query.value(4).toString() == u"approved");
        }
    }
    if (query.exec(QStringLiteral("SELECT affiliate_id, program_id, active, is_primary FROM memberships "
                                  "ORDER BY joined_at, id"))) {
        while (query.next()) {
            snapshot.addMembership(query.value(0).toLongLong(), query.value(1).toLongLong(),
                                   query.value(2).toInt() == 1, query.value(3).toInt() == 1);
        }
    }
    if (query.exec(QStringLiteral("SELECT code, affiliate_id, program_id, active FROM coupons"))) {
        while (query.next()) {
            snapshot.addCoupon({query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(0).toString(),
                                query.value(3).toInt() == 1});
        }
    }
    if (query.exec(QStringLiteral("SELECT affiliate_id, host, path, campaign FROM rewrites WHERE active = 1"))) {
        while (query.next()) {
            snapshot.addRewrite(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString());
            snapshot.setRewriteCampaign(query.value(1).toString(), query.value(2).toString(),
                                        query.value(3).toString());
        }
    }
    if (query.exec(QStringLiteral("SELECT affiliate_id, domain, verified FROM domains"))) {
        while (query.next()) {
            if (query.value(2).toInt() == 1)
                snapshot.addVerifiedDomain(query.value(0).toLongLong(), query.value(1).toString());
            snapshot.addRegisteredDomain(query.value(0).toLongLong(), query.value(1).toString());
        }
    }
    if (query.exec(QStringLiteral("SELECT id, program_id, affiliate_id, effective_from, link_rate_bp, "
                                  "link_amount_minor, coupon_rate_bp, coupon_amount_minor FROM partner_rates"))) {
        while (query.next()) {
            PartnerRate rate;
            rate.id = query.value(0).toLongLong();
            rate.programId = query.value(1).toLongLong();
            rate.affiliateId = query.value(2).toLongLong();
            rate.effectiveFrom = Timestamp::parse(query.value(3).toString()).value_or(0);
            if (!query.value(4).isNull())
                rate.linkRateBp = query.value(4).toInt();
            if (!query.value(5).isNull())
                rate.linkAmountMinor = query.value(5).toLongLong();
            if (!query.value(6).isNull())
                rate.couponRateBp = query.value(6).toInt();
            if (!query.value(7).isNull())
                rate.couponAmountMinor = query.value(7).toLongLong();
            snapshot.addPartnerRate(rate);
        }
    }
    // The latest assignment of an order is the one in force; a withdrawal (0005) ends it.
    if (query.exec(QStringLiteral("SELECT order_id, affiliate_id, amount_minor, reason, withdrawn "
                                  "FROM manual_assignments ORDER BY id"))) {
        while (query.next()) {
            if (query.value(4).toInt() == 1) {
                snapshot.clearManual(query.value(0).toString());
                continue;
            }
            ManualFacts manual;
            manual.affiliateId = query.value(1).toLongLong();
            if (!query.value(2).isNull())
                manual.amountMinor = query.value(2).toLongLong();
            manual.reason = query.value(3).toString();
            snapshot.setManual(query.value(0).toString(), manual);
        }
    }
    return snapshot;
}

Result<int> LedgerStore::refreshApprovals(qint64 now)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE transactions SET status = 'approved', updated_at = ? "
                       "WHERE status = 'pending' AND approve_at IS NOT NULL AND approve_at <= ? AND hold <> 'held'"));
    const QString nowText = Timestamp::format(now);
    query.addBindValue(nowText);
    query.addBindValue(nowText);
    if (!query.exec())
        return Result<int>::failure(dbError(query));
    const int approved = query.numRowsAffected();
    if (approved > 0) {
        if (auto status = AuditLog(m_db).append(
                QStringLiteral("transactions.approve"), QStringLiteral("transactions"), QStringLiteral("*"), {},
                {{QStringLiteral("approved"), approved}, {QStringLiteral("hold_passed_by"), nowText}},
                tr("approval hold passed"));
            !status)
            return Result<int>::failure(status.error());
    }
    if (auto status = transaction.commit(); !status)
        return Result<int>::failure(status.error());
    return approved;
}

bool LedgerStore::hasApprovalsDue(qint64 now) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM transactions WHERE status = 'pending' "
                                 "AND approve_at IS NOT NULL AND approve_at <= ? AND hold <> 'held')"));
    query.addBindValue(Timestamp::format(now));
    return query.exec() && query.next() && query.value(0).toBool();
}

std::optional<Order> LedgerStore::order(const QString &orderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT order_id, placed_at, subtotal_minor, currency, status, coupon_code, "
                                 "affiliate_code, landing_url, referrer_url, customer_email FROM orders "
                                 "WHERE order_id = ?"));
    query.addBindValue(orderId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Order o;
    o.orderId = query.value(0).toString();
    o.placedAt = Timestamp::parse(query.value(1).toString()).value_or(0);
    o.subtotalMinor = query.value(2).toLongLong();
    o.currency = query.value(3).toString();
    o.status = Order::parseStatus(query.value(4).toString()).value_or(OrderStatus::Pending);
    o.couponCode = query.value(5).toString();
    o.affiliateCode = query.value(6).toString();
    o.landingUrl = query.value(7).toString();
    o.referrerUrl = query.value(8).toString();
    o.customerEmail = query.value(9).toString();
    return o;
}

QList<TransactionRow> LedgerStore::transactionsOf(const QString &orderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT t.id, t.order_id, a.code, p.name, t.kind, t.base_minor, t.rate_bp, "
                                 "t.commission_minor, t.currency, t.status, t.self_referral, t.superseded, "
                                 "coalesce(t.payout_id, 0), t.placed_at, t.campaign, t.rate_source, t.hold, "
                                 "t.hold_rule FROM transactions t "
                                 "JOIN affiliates a ON a.id = t.affiliate_id JOIN programs p ON p.id = t.program_id "
                                 "WHERE t.order_id = ? ORDER BY t.id"));
    query.addBindValue(orderId);
    QList<TransactionRow> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong(),
                     query.value(6).toInt(), query.value(7).toLongLong(), query.value(8).toString(),
                     query.value(9).toString(), query.value(10).toInt() == 1, query.value(11).toInt() == 1,
                     query.value(12).toLongLong(), query.value(13).toString(), query.value(14).toString(),
                     query.value(15).toString(), query.value(16).toString(), query.value(17).toString()});
    }
    return rows;
}

std::optional<TransactionRow> LedgerStore::liveTransactionOf(const QString &orderId) const
{
    for (const TransactionRow &row : transactionsOf(orderId)) {
        if (!row.superseded && row.kind != u"reversal")
            return row;
    }
    return std::nullopt;
}

Status LedgerStore::assign(const QString &orderId, qint64 affiliateId, const QString &reason,
                           std::optional<qint64> amountMinor)
{
    // One way to assign, whether from the pane (many orders) or the command line (one).
    const Result<QList<ReplacedAssignment>> assigned =
        AssignmentStore(m_database).assign({{orderId}, affiliateId, reason, amountMinor});
    if (!assigned)
        return Status::failure(assigned.error());
    return Done{};
}

Result<Explanation> LedgerStore::explain(const QString &orderId) const
{
    const std::optional<Order> found = order(orderId);
    if (!found)
        return Result<Explanation>::failure(tr("Order %1 is unknown.").arg(orderId));
    Explanation explanation;
    explanation.order = *found;
    explanation.imported = true;
    const AttributionSnapshot snapshot = loadSnapshot();
    std::unique_ptr<LedgerHistory> history;
    if (sqlite3 *db = LedgerWriter::nativeHandle(m_database))
        history = std::make_unique<LedgerHistory>(db, snapshot.tieredPrograms());
    explanation.attribution =
        AttributionEngine(snapshot).attribute(*found, AttributionEngine::Detail::WithReasons, history.get());
    if (const AffiliateFacts *affiliate = snapshot.affiliate(explanation.attribution.affiliateId)) {
        explanation.affiliateCode = affiliate->code;
        explanation.affiliateName = affiliate->name;
    }
    if (const ProgramTerms *program = snapshot.program(explanation.attribution.programId))
        explanation.programName = program->name;
    if (const std::optional<TransactionRow> live = liveTransactionOf(orderId)) {
        explanation.transactionStatus = live->status;
        explanation.transactionHold = live->hold;
    }
    return explanation;
}

Status LedgerStore::writeTransactionsCsv(QTextStream &out) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT t.order_id, a.code, p.name, t.kind, t.base_minor, t.rate_bp, "
                                   "t.commission_minor, t.currency, t.status, t.campaign FROM transactions t "
                                   "JOIN affiliates a ON a.id = t.affiliate_id JOIN programs p ON p.id = t.program_id "
                                   "ORDER BY t.id")))
        return Status::failure(dbError(query));
    out << TransactionQuery::csvHeader();
    while (query.next())
        out << TransactionQuery::csvLine(query);
    return Done{};
}

QList<BalanceRow> LedgerStore::balances() const
{
    return PayoutStore(m_database).balances();
}

Result<QList<BalanceRow>> LedgerStore::readBalances() const
{
    return PayoutStore(m_database).readBalances();
}

QList<BalanceRow> LedgerStore::newlyDue(const QList<BalanceRow> &before, const QList<BalanceRow> &after)
{
    QSet<QPair<qint64, QString>> wasDue;
    for (const BalanceRow &row : before) {
        if (row.due())
            wasDue.insert({row.affiliateId, row.currency});
    }
    QList<BalanceRow> crossed;
    for (const BalanceRow &row : after) {
        if (row.due() && !wasDue.contains({row.affiliateId, row.currency}))
            crossed.append(row);
    }
    return crossed;
}

QList<BalanceRow> LedgerStore::dueOf(const QList<BalanceRow> &balances)
{
    QList<BalanceRow> due;
    for (const BalanceRow &row : balances) {
        if (row.due())
            due.append(row);
    }
    return due;
}

Result<PayoutBatch> LedgerStore::createPayoutBatch(const QString &format, const QString &outputPath)
{
    return PayoutStore(m_database).createBatch(format, outputPath);
}

Result<int> LedgerStore::markPaid(qint64 batchId)
{
    return PayoutStore(m_database).markPaid(batchId);
}

QList<ReportRow> LedgerStore::report(qint64 from, qint64 to) const
{
    QList<ReportRow> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Live commission per month, program and kind; reversals count as their own kind. Orders with
    // no transaction are reported as "unattributed" so sales add up to the store's.
    query.prepare(QStringLiteral(
        "SELECT substr(t.placed_at, 1, 7), p.name, t.kind, t.currency, "
        "count(CASE WHEN t.kind <> 'reversal' THEN 1 END), "
        "sum(CASE WHEN t.kind <> 'reversal' THEN t.base_minor ELSE 0 END), "
        "sum(CASE WHEN t.status <> 'cancelled' THEN t.commission_minor ELSE 0 END) "
        "FROM transactions t JOIN programs p ON p.id = t.program_id "
        "WHERE t.superseded = 0 AND t.placed_at >= ? AND t.placed_at < ? "
        "GROUP BY 1, 2, 3, 4 "
        "UNION ALL "
        "SELECT substr(o.placed_at, 1, 7), '', 'unattributed', o.currency, count(*), sum(o.subtotal_minor), 0 "
        "FROM orders o WHERE o.placed_at >= ? AND o.placed_at < ? AND NOT EXISTS "
        "(SELECT 1 FROM transactions t WHERE t.order_id = o.order_id AND t.superseded = 0 AND t.kind <> 'reversal') "
        "GROUP BY 1, 4 ORDER BY 1, 2, 3, 4"));
    const QString fromText = Timestamp::format(from);
    const QString toText = Timestamp::format(to);
    query.addBindValue(fromText);
    query.addBindValue(toText);
    query.addBindValue(fromText);
    query.addBindValue(toText);
    if (!query.exec())
        return rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toLongLong(),
                     query.value(6).toLongLong()});
    }
    return rows;
}

} // namespace PartnerDesk
