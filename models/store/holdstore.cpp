#include "holdstore.h"

#include "auditlog.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "database.h"
#include "syncrole.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

QString dbError(const QSqlQuery &query)
{
    return HoldStore::tr("Database error: %1").arg(query.lastError().text());
}

// The live transaction of an order (the one that pays, or would): not superseded, no reversal.
constexpr auto liveOfOrder = "t.order_id = ? AND t.superseded = 0 AND t.kind <> 'reversal'";

} // namespace

HoldStore::HoldStore(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

bool HoldStore::isPartnerDesktop() const
{
    const std::optional<SyncRole> role = SyncRole::ofDatabase(m_database);
    return role && role->isPartner();
}

QString HoldStore::describeRule(const QString &rule)
{
    if (rule == u"own_domain")
        return tr("The customer's e-mail domain is one the partner registered");
    if (rule == u"leaked_coupon")
        return tr("A coupon order referred by another partner's verified site");
    if (rule == u"shared_customer")
        return tr("The customer was credited to too many partners in 30 days");
    if (rule == u"cancel_share")
        return tr("Too many of the partner's orders in 90 days were cancelled or refunded");
    if (rule == u"no_visit")
        return tr("A link order without a recorded visit of the partner");
    return rule;
}

QList<HeldTransaction> HoldStore::list() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<HeldTransaction> rows;
    if (!query.exec(QStringLiteral(
            "SELECT t.id, t.order_id, t.placed_at, t.affiliate_id, a.code, a.name, t.program_id, p.name, t.kind, "
            "t.status, t.commission_minor, t.currency, t.hold_rule, t.hold_evidence FROM transactions t "
            "JOIN affiliates a ON a.id = t.affiliate_id JOIN programs p ON p.id = t.program_id "
            "WHERE t.hold = 'held' ORDER BY t.placed_at, t.order_id")))
        return rows;
    while (query.next()) {
        HeldTransaction row;
        row.transactionId = query.value(0).toLongLong();
        row.orderId = query.value(1).toString();
        row.placedAt = query.value(2).toString();
        row.affiliateId = query.value(3).toLongLong();
        row.affiliateCode = query.value(4).toString();
        row.affiliateName = query.value(5).toString();
        row.programId = query.value(6).toLongLong();
        row.programName = query.value(7).toString();
        row.kind = query.value(8).toString();
        row.status = query.value(9).toString();
        row.commissionMinor = query.value(10).toLongLong();
        row.currency = query.value(11).toString();
        row.holdRule = query.value(12).toString();
        row.holdEvidence = query.value(13).toString();
        rows.append(row);
    }
    return rows;
}

Result<QList<HeldTotal>> HoldStore::heldTotals() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT currency, hold_rule, count(*), sum(commission_minor) FROM transactions "
                                   "WHERE hold = 'held' GROUP BY currency, hold_rule ORDER BY currency, hold_rule")))
        return Result<QList<HeldTotal>>::failure(dbError(query));
    QList<HeldTotal> totals;
    while (query.next()) {
        const QString currency = query.value(0).toString();
        if (totals.isEmpty() || totals.constLast().currency != currency)
            totals.append({currency, 0, 0, {}});
        HeldTotal &total = totals.last();
        const int count = query.value(2).toInt();
        total.count += count;
        total.rules.insert(query.value(1).toString(), count);
        if (__builtin_add_overflow(total.commissionMinor, query.value(3).toLongLong(), &total.commissionMinor))
            return Result<QList<HeldTotal>>::failure(
                tr("The held commissions in %1 add up to more than 64-bit money holds.").arg(currency));
    }
    if (query.lastError().isValid())
        return Result<QList<HeldTotal>>::failure(dbError(query));
    return totals;
}

Status HoldStore::clear(const QString &orderId, const QString &reason, qint64 now)
{
    return decide(Decision::Clear, orderId, reason, now);
}

Status HoldStore::clear(const QString &orderId, const QString &reason)
{
    return decide(Decision::Clear, orderId, reason, Timestamp::now());
}

Status HoldStore::cancel(const QString &orderId, const QString &reason)
{
    return decide(Decision::Cancel, orderId, reason, Timestamp::now());
}

Status HoldStore::decide(Decision decision, const QString &orderId, const QString &reason, qint64 now)
{
    if (isPartnerDesktop())
        return Status::failure(tr("Only a manager decides a held commission; this is a partner's desktop."));
    const QString id = orderId.trimmed();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Status::failure(tr("Say why; the reason goes into the audit log."));
    if (QString problem = ValueRules::checkText(tr("The reason"), why, ValueRules::reason); !problem.isEmpty())
        return Status::failure(problem + u'.');

    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT t.id, t.hold, t.status, t.hold_rule, t.hold_evidence, a.code, "
                                 "(SELECT o.status FROM orders o WHERE o.order_id = t.order_id), t.approve_at "
                                 "FROM transactions t JOIN affiliates a ON a.id = t.affiliate_id WHERE ") +
                  QLatin1StringView(liveOfOrder));
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (!query.next())
        return Status::failure(tr("Order %1 has no held commission: it has no transaction.").arg(id));
    const qint64 transactionId = query.value(0).toLongLong();
    const QString hold = query.value(1).toString();
    const QString statusBefore = query.value(2).toString();
    const QString rule = query.value(3).toString();
    const QString evidence = query.value(4).toString();
    const QString partner = query.value(5).toString();
    const QString orderStatus = query.value(6).toString();
    const QString approveAt = query.value(7).toString();
    if (hold == u"cleared")
        return Status::failure(tr("Order %1 has no held commission: it was cleared already.").arg(id));
    if (hold == u"cancelled")
        return Status::failure(tr("Order %1 has no held commission: it was cancelled already.").arg(id));
    if (hold != u"held")
        return Status::failure(tr("Order %1 has no held commission.").arg(id));

    QString statusAfter = QStringLiteral("cancelled");
    if (decision == Decision::Clear) {
        const QString nowText = Timestamp::format(now);
        const bool approvable =
            statusBefore == u"pending" && orderStatus == u"complete" && !approveAt.isEmpty() && approveAt <= nowText;
        statusAfter = approvable ? QStringLiteral("approved") : statusBefore;
    }
    const QString holdAfter = decision == Decision::Clear ? QStringLiteral("cleared") : QStringLiteral("cancelled");
    query.prepare(QStringLiteral("UPDATE transactions SET hold = ?, status = ?, updated_at = ? "
                                 "WHERE id = ? AND hold = 'held'"));
    query.addBindValue(holdAfter);
    query.addBindValue(statusAfter);
    query.addBindValue(Timestamp::format(Timestamp::now()));
    query.addBindValue(transactionId);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("Order %1 has no held commission.").arg(id));
    const QJsonObject before{{QStringLiteral("partner"), partner},
                             {QStringLiteral("status"), statusBefore},
                             {QStringLiteral("hold"), hold},
                             {QStringLiteral("hold_rule"), rule},
                             {QStringLiteral("hold_evidence"), evidence}};
    const QJsonObject after{{QStringLiteral("partner"), partner},
                            {QStringLiteral("status"), statusAfter},
                            {QStringLiteral("hold"), holdAfter}};
    if (auto status = AuditLog(m_db).append(decision == Decision::Clear ? QStringLiteral("holds.clear")
                                                                        : QStringLiteral("holds.cancel"),
                                            QStringLiteral("transaction"), id, before, after, why);
        !status)
        return status;
    return transaction.commit();
}

} // namespace PartnerDesk
