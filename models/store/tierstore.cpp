#include "tierstore.h"

#include "auditlog.h"
#include "core/rate.h"
#include "core/timestamp.h"
#include "database.h"
#include "programstore.h"
#include "syncrole.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

QString dbError(const QSqlQuery &query)
{
    return TierStore::tr("Database error: %1").arg(query.lastError().text());
}

QJsonObject toJson(const Tier &tier, const QString &programName)
{
    QJsonObject json{{QStringLiteral("program"), programName},
                     {QStringLiteral("min_orders"), tier.minOrders},
                     {QStringLiteral("link_rate"), Rate::fromBasisPoints(tier.linkRateBp).toPercentString()}};
    if (tier.couponRateBp)
        json.insert(QStringLiteral("coupon_rate"), Rate::fromBasisPoints(*tier.couponRateBp).toPercentString());
    return json;
}

} // namespace

TierStore::TierStore(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

bool TierStore::isPartnerDesktop() const
{
    const std::optional<SyncRole> role = SyncRole::ofDatabase(m_database);
    return role && role->isPartner();
}

QList<Tier> TierStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, program_id, min_orders, link_rate_bp, coupon_rate_bp FROM program_tiers ") + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<Tier> tiers;
    if (!query.exec())
        return tiers;
    while (query.next()) {
        Tier tier;
        tier.id = query.value(0).toLongLong();
        tier.programId = query.value(1).toLongLong();
        tier.minOrders = query.value(2).toInt();
        tier.linkRateBp = query.value(3).toInt();
        if (!query.value(4).isNull())
            tier.couponRateBp = query.value(4).toInt();
        tiers.append(tier);
    }
    return tiers;
}

QList<Tier> TierStore::list(qint64 programId) const
{
    return select(QStringLiteral("WHERE program_id = ? ORDER BY min_orders"), {programId});
}

std::optional<Tier> TierStore::byMinOrders(qint64 programId, int minOrders) const
{
    const QList<Tier> found = select(QStringLiteral("WHERE program_id = ? AND min_orders = ?"), {programId, minOrders});
    return found.isEmpty() ? std::nullopt : std::optional<Tier>(found.first());
}

Result<qint64> TierStore::add(qint64 programId, int minOrders, int linkRateBp, std::optional<int> couponRateBp)
{
    using R = Result<qint64>;
    if (isPartnerDesktop())
        return R::failure(tr("Only a manager changes a program's tiers; this is a partner's desktop."));
    const std::optional<Program> program = ProgramStore(m_database).byId(programId);
    if (!program)
        return R::failure(tr("The program no longer exists."));
    if (minOrders < 1 || minOrders > 1'000'000)
        return R::failure(tr("A tier starts from 1 to 1,000,000 orders in the month, not %1.").arg(minOrders));
    if (linkRateBp < 0 || linkRateBp > 10000)
        return R::failure(tr("The tier's link rate must be from 0 to 100 %."));
    if (couponRateBp && (*couponRateBp < 0 || *couponRateBp > 10000))
        return R::failure(tr("The tier's coupon rate must be from 0 to 100 %."));
    if (byMinOrders(programId, minOrders))
        return R::failure(
            tr("%1 has a tier from %2 orders already; remove it first.").arg(program->name).arg(minOrders));
    Tier tier;
    tier.programId = programId;
    tier.minOrders = minOrders;
    tier.linkRateBp = linkRateBp;
    tier.couponRateBp = couponRateBp;
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO program_tiers (program_id, min_orders, link_rate_bp, coupon_rate_bp, "
                                 "created_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(programId);
    query.addBindValue(minOrders);
    query.addBindValue(linkRateBp);
    query.addBindValue(couponRateBp ? QVariant(*couponRateBp) : QVariant());
    query.addBindValue(Timestamp::format(Timestamp::now()));
    if (!query.exec())
        return R::failure(dbError(query));
    tier.id = query.lastInsertId().toLongLong();
    if (auto status = AuditLog(m_db).append(QStringLiteral("tier.add"), QStringLiteral("program_tier"),
                                            QString::number(tier.id), {}, toJson(tier, program->name));
        !status)
        return R::failure(status.error());
    if (auto status = transaction.commit(); !status)
        return R::failure(status.error());
    return tier.id;
}

Status TierStore::remove(qint64 tierId)
{
    if (isPartnerDesktop())
        return Status::failure(tr("Only a manager changes a program's tiers; this is a partner's desktop."));
    const QList<Tier> found = select(QStringLiteral("WHERE id = ?"), {tierId});
    if (found.isEmpty())
        return Status::failure(tr("The tier no longer exists."));
    const Tier &tier = found.first();
    const std::optional<Program> program = ProgramStore(m_database).byId(tier.programId);
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM program_tiers WHERE id = ?"));
    query.addBindValue(tierId);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (auto status =
            AuditLog(m_db).append(QStringLiteral("tier.remove"), QStringLiteral("program_tier"),
                                  QString::number(tierId), toJson(tier, program ? program->name : QString()), {});
        !status)
        return status;
    return transaction.commit();
}

} // namespace PartnerDesk
