#include "partnerstore.h"

#include "auditlog.h"
#include "core/timestamp.h"
#include "database.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace PartnerDesk {

namespace {

QString dbError(const QSqlQuery &query)
{
    return PartnerStore::tr("Database error: %1").arg(query.lastError().text());
}

// The WHERE clause of a filter and the values it binds, in order.
QString filterClause(const PartnerFilter &filter, QVariantList &values)
{
    QStringList conditions;
    if (!filter.status.isEmpty()) {
        conditions.append(QStringLiteral("status = ?"));
        values.append(filter.status);
    }
    if (filter.emailRequests)
        conditions.append(QStringLiteral("requested_email <> ''"));
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // instr, not LIKE: user text with % or _ matches literally.
        conditions.append(QStringLiteral("(instr(lower(name), lower(?)) > 0 OR instr(lower(code), lower(?)) > 0 "
                                         "OR instr(lower(email), lower(?)) > 0)"));
        values << search << search << search;
    }
    return conditions.join(QStringLiteral(" AND "));
}

QJsonObject toJson(const Affiliate &affiliate)
{
    return {{QStringLiteral("code"), affiliate.code},
            {QStringLiteral("name"), affiliate.name},
            {QStringLiteral("email"), affiliate.email},
            {QStringLiteral("status"), affiliate.status}};
}

} // namespace

PartnerStore::PartnerStore(Database &database)
    : m_db(database.connection())
{}

QList<Affiliate> PartnerStore::page(const PartnerFilter &filter, const Affiliate *after, int limit) const
{
    QVariantList values;
    QStringList conditions;
    if (const QString clause = filterClause(filter, values); !clause.isEmpty())
        conditions.append(clause);
    if (after) {
        // The first term alone lets SQLite seek the (status,) name index; it does not seek on the
        // row value, which would make every deeper page scan the pages before it.
        conditions.append(QStringLiteral("name COLLATE NOCASE >= ? AND (name COLLATE NOCASE, id) > (?, ?)"));
        values << after->name << after->name << after->id;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, code, name, email, status, created_at, requested_email, email_requested_at "
                       "FROM affiliates ") +
        (conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY name COLLATE NOCASE, id LIMIT ?"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    QList<Affiliate> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                       query.value(6).toString(), query.value(7).toString()});
    }
    return result;
}

int PartnerStore::count(const PartnerFilter &filter) const
{
    QVariantList values;
    const QString clause = filterClause(filter, values);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM affiliates") +
                  (clause.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clause));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<PartnerCoupon> PartnerStore::coupons(qint64 affiliateId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT c.id, c.code, c.program_id, p.name, p.coupon_discount_bp, p.coupon_rate_bp, "
                                 "c.active, c.created_at FROM coupons c JOIN programs p ON p.id = c.program_id "
                                 "WHERE c.affiliate_id = ? ORDER BY c.active DESC, p.name COLLATE NOCASE, c.id"));
    query.addBindValue(affiliateId);
    QList<PartnerCoupon> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                       query.value(3).toString(), Rate::fromBasisPoints(query.value(4).toInt()),
                       Rate::fromBasisPoints(query.value(5).toInt()), query.value(6).toInt() == 1,
                       query.value(7).toString()});
    }
    return result;
}

QList<Rewrite> PartnerStore::rewrites(qint64 affiliateId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT r.id, r.affiliate_id, a.code, r.host, r.path, r.target_url FROM rewrites r "
                                 "JOIN affiliates a ON a.id = r.affiliate_id WHERE r.affiliate_id = ? AND r.active = 1 "
                                 "ORDER BY r.host, r.path"));
    query.addBindValue(affiliateId);
    QList<Rewrite> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    }
    return result;
}

std::pair<qint64, qint64> PartnerStore::transactionsAfter(qint64 affiliateId, qint64 afterId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM transactions WHERE affiliate_id = ? AND id > ?), "
                                 "(SELECT coalesce(max(id), 0) FROM transactions WHERE affiliate_id = ?)"));
    query.addBindValue(affiliateId);
    query.addBindValue(afterId);
    query.addBindValue(affiliateId);
    if (!query.exec() || !query.next())
        return {0, 0};
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

QList<PartnerPeriodTotal> PartnerStore::totalsBetween(qint64 affiliateId, qint64 from, qint64 to) const
{
    // transactions_browse_affiliate (affiliate_id, placed_at) holds the range.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT currency, "
                                 "count(CASE WHEN superseded = 0 AND kind <> 'reversal' THEN 1 END), "
                                 "coalesce(sum(CASE WHEN status <> 'cancelled' THEN commission_minor ELSE 0 END), 0) "
                                 "FROM transactions WHERE affiliate_id = ? AND placed_at >= ? AND placed_at < ? "
                                 "GROUP BY currency ORDER BY currency"));
    query.addBindValue(affiliateId);
    query.addBindValue(Timestamp::format(from));
    query.addBindValue(Timestamp::format(to));
    QList<PartnerPeriodTotal> totals;
    if (!query.exec())
        return totals;
    while (query.next())
        totals.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    return totals;
}

QList<BalanceRow> PartnerStore::balances(qint64 affiliateId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT code, name, email FROM affiliates WHERE id = ?"));
    query.addBindValue(affiliateId);
    if (!query.exec() || !query.next())
        return {};
    BalanceRow partner;
    partner.affiliateId = affiliateId;
    partner.affiliateCode = query.value(0).toString();
    partner.name = query.value(1).toString();
    partner.email = query.value(2).toString();

    // The same thresholds as LedgerStore::balances(): the primary program's when it uses the
    // currency, else the lowest among his active programs in that currency.
    QHash<QString, qint64> thresholds;
    QStringList currencies;
    query.prepare(QStringLiteral("SELECT p.currency, p.threshold_minor, m.is_primary FROM memberships m "
                                 "JOIN programs p ON p.id = m.program_id WHERE m.affiliate_id = ? AND m.active = 1 "
                                 "ORDER BY m.is_primary"));
    query.addBindValue(affiliateId);
    if (query.exec()) {
        while (query.next()) {
            const QString currency = query.value(0).toString();
            const qint64 threshold = query.value(1).toLongLong();
            const bool primary = query.value(2).toInt() == 1;
            auto it = thresholds.find(currency);
            if (it == thresholds.end() || primary || threshold < it.value())
                thresholds.insert(currency, threshold);
            if (!currencies.contains(currency))
                currencies.append(currency);
        }
    }

    // One range of the (affiliate_id, status, currency) index, not a scan of the ledger.
    query.prepare(
        QStringLiteral("SELECT currency, "
                       "sum(CASE WHEN status = 'pending' THEN commission_minor ELSE 0 END), "
                       "sum(CASE WHEN status = 'approved' AND payout_id IS NULL THEN commission_minor ELSE 0 END), "
                       "sum(CASE WHEN status = 'approved' AND payout_id IS NOT NULL THEN commission_minor ELSE 0 END), "
                       "sum(CASE WHEN status = 'paid' THEN commission_minor ELSE 0 END) "
                       "FROM transactions WHERE affiliate_id = ? AND status <> 'cancelled' GROUP BY currency"));
    query.addBindValue(affiliateId);
    QHash<QString, BalanceRow> byCurrency;
    if (query.exec()) {
        while (query.next()) {
            BalanceRow row = partner;
            row.currency = query.value(0).toString();
            row.pendingMinor = query.value(1).toLongLong();
            row.balanceMinor = query.value(2).toLongLong();
            row.inBatchMinor = query.value(3).toLongLong();
            row.paidMinor = query.value(4).toLongLong();
            byCurrency.insert(row.currency, row);
            if (!currencies.contains(row.currency))
                currencies.append(row.currency);
        }
    }
    currencies.sort();
    QList<BalanceRow> rows;
    for (const QString &currency : std::as_const(currencies)) {
        BalanceRow row = byCurrency.value(currency, partner);
        row.currency = currency;
        if (auto it = thresholds.constFind(currency); it != thresholds.cend())
            row.thresholdMinor = it.value();
        rows.append(row);
    }
    return rows;
}

Status PartnerStore::remove(qint64 affiliateId, const QString &reason)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, code, name, email, status, created_at, requested_email, "
                                 "email_requested_at FROM affiliates WHERE id = ?"));
    query.addBindValue(affiliateId);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (!query.next())
        return Status::failure(tr("The partner no longer exists."));
    const Affiliate before{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(),   query.value(4).toString(), query.value(5).toString(),
                           query.value(6).toString(),   query.value(7).toString()};
    query.prepare(QStringLiteral("DELETE FROM affiliates WHERE id = ?"));
    query.addBindValue(affiliateId);
    if (!query.exec()) {
        if (query.lastError().text().contains(QStringLiteral("FOREIGN KEY")))
            return Status::failure(
                tr("%1 already has memberships, coupons, domains, rewrites or transactions; suspend him instead.")
                    .arg(before.code));
        return Status::failure(dbError(query));
    }
    if (auto status = AuditLog(m_db).append(QStringLiteral("affiliate.remove"), QStringLiteral("affiliate"),
                                            QString::number(affiliateId), toJson(before), {}, reason);
        !status)
        return status;
    return transaction.commit();
}

Status PartnerStore::restore(const Affiliate &affiliate, const QString &reason)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO affiliates (id, code, name, email, status, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(affiliate.id), QVariant(affiliate.code), QVariant(affiliate.name),
                                  QVariant(affiliate.email), QVariant(affiliate.status), QVariant(affiliate.createdAt)})
        query.addBindValue(value);
    if (!query.exec()) {
        if (query.lastError().text().contains(QStringLiteral("UNIQUE")))
            return Status::failure(tr("The partner cannot come back: his id or code %1 is taken.").arg(affiliate.code));
        return Status::failure(dbError(query));
    }
    if (auto status = AuditLog(m_db).append(QStringLiteral("affiliate.restore"), QStringLiteral("affiliate"),
                                            QString::number(affiliate.id), {}, toJson(affiliate), reason);
        !status)
        return status;
    return transaction.commit();
}

} // namespace PartnerDesk
