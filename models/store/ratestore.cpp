#include "ratestore.h"

#include "affiliatestore.h"
#include "auditlog.h"
#include "core/money.h"
#include "core/rate.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "database.h"
#include "programstore.h"
#include "syncrole.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

const QString columns =
    QStringLiteral("id, program_id, affiliate_id, effective_from, link_rate_bp, link_amount_minor, coupon_rate_bp, "
                   "coupon_amount_minor, created_by, created_at FROM partner_rates");

QString dbError(const QSqlQuery &query)
{
    return RateStore::tr("Database error: %1").arg(query.lastError().text());
}

QVariant orNull(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant orNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// One kind's part as the audit log and the messages say it: "12.5 %", "3.00 EUR" or "".
QString describe(const std::optional<int> &rateBp, const std::optional<qint64> &amountMinor, const QString &currency)
{
    if (rateBp)
        return Rate::fromBasisPoints(*rateBp).toPercentString() + QStringLiteral(" %");
    if (amountMinor)
        return Money(*amountMinor, currency).toPlainString() + u' ' + currency;
    return {};
}

QJsonObject toJson(const PartnerRate &rate, const QString &programName, const QString &affiliateCode,
                   const QString &currency)
{
    return {{QStringLiteral("program"), programName},
            {QStringLiteral("affiliate"), affiliateCode},
            {QStringLiteral("effective_from"), Timestamp::format(rate.effectiveFrom)},
            {QStringLiteral("link"), describe(rate.linkRateBp, rate.linkAmountMinor, currency)},
            {QStringLiteral("coupon"), describe(rate.couponRateBp, rate.couponAmountMinor, currency)}};
}

// Applies one kind's part of the change to `rateBp`/`amountMinor` (the row before, copied);
// "" or why it is refused.
QString applyPart(const QString &kind, const std::optional<int> &newRate, const std::optional<qint64> &newAmount,
                  bool reset, std::optional<int> &rateBp, std::optional<qint64> &amountMinor)
{
    if (newRate && newAmount)
        return RateStore::tr("Give the %1 commission as a rate or as an amount, not both.").arg(kind);
    if (reset && (newRate || newAmount))
        return RateStore::tr("The %1 commission cannot be reset and set at once.").arg(kind);
    if (newRate && (*newRate < 0 || *newRate > 10000))
        return RateStore::tr("The %1 rate must be from 0 to 100 %.").arg(kind);
    if (newAmount && (*newAmount < 0 || *newAmount > RateStore::maxAmountMinor))
        return RateStore::tr("The %1 amount must be from 0 to %L2 minor units.")
            .arg(kind)
            .arg(RateStore::maxAmountMinor);
    if (reset || newRate || newAmount) {
        rateBp = newRate;
        amountMinor = newAmount;
    }
    return {};
}

} // namespace

RateStore::RateStore(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

bool RateStore::isPartnerDesktop() const
{
    const std::optional<SyncRole> role = SyncRole::ofDatabase(m_database);
    return role && role->isPartner();
}

QList<PartnerRate> RateStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + columns + u' ' + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<PartnerRate> rows;
    if (!query.exec())
        return rows;
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
        rate.createdBy = query.value(8).toString();
        rate.createdAt = query.value(9).toString();
        rows.append(rate);
    }
    return rows;
}

QList<PartnerRate> RateStore::history(qint64 affiliateId, qint64 programId) const
{
    if (programId > 0)
        return select(QStringLiteral("WHERE affiliate_id = ? AND program_id = ? ORDER BY effective_from"),
                      {affiliateId, programId});
    return select(QStringLiteral("WHERE affiliate_id = ? ORDER BY program_id, effective_from"), {affiliateId});
}

std::optional<PartnerRate> RateStore::inForce(qint64 affiliateId, qint64 programId, qint64 at) const
{
    const QList<PartnerRate> rows =
        select(QStringLiteral("WHERE affiliate_id = ? AND program_id = ? AND effective_from <= ? "
                              "ORDER BY effective_from DESC LIMIT 1"),
               {affiliateId, programId, Timestamp::format(at)});
    return rows.isEmpty() ? std::nullopt : std::optional<PartnerRate>(rows.first());
}

Result<qint64> RateStore::set(const PartnerRateChange &change)
{
    using R = Result<qint64>;
    if (isPartnerDesktop())
        return R::failure(tr("Only a manager sets a partner's rates; this is a partner's desktop."));
    const std::optional<Program> program = ProgramStore(m_database).byId(change.programId);
    if (!program)
        return R::failure(tr("The program no longer exists."));
    const std::optional<Affiliate> partner = AffiliateStore(m_database).byId(change.affiliateId);
    if (!partner)
        return R::failure(tr("The partner no longer exists."));
    if (QString problem = ValueRules::checkTimestamp(tr("The date the rates apply from"), change.from);
        !problem.isEmpty())
        return R::failure(problem + u'.');

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM memberships WHERE affiliate_id = ? AND program_id = ? AND active = 1"));
    query.addBindValue(partner->id);
    query.addBindValue(program->id);
    if (!query.exec())
        return R::failure(dbError(query));
    if (!query.next())
        return R::failure(tr("%1 is not a member of %2.").arg(partner->code, program->name));

    const std::optional<PartnerRate> before = inForce(partner->id, program->id, change.from - 1);
    PartnerRate row;
    if (before)
        row = *before;
    row.id = 0;
    row.programId = program->id;
    row.affiliateId = partner->id;
    row.effectiveFrom = change.from;
    row.createdBy = change.actor.isEmpty() ? Database::currentActor() : change.actor;
    row.createdAt = Timestamp::format(Timestamp::now());
    if (!change.linkRateBp && !change.linkAmountMinor && !change.couponRateBp && !change.couponAmountMinor &&
        !change.resetLink && !change.resetCoupon)
        return R::failure(tr("Nothing to change: give a link or coupon rate or amount, or a reset."));
    if (QString problem = applyPart(tr("link"), change.linkRateBp, change.linkAmountMinor, change.resetLink,
                                    row.linkRateBp, row.linkAmountMinor);
        !problem.isEmpty())
        return R::failure(problem);
    if (QString problem = applyPart(tr("coupon"), change.couponRateBp, change.couponAmountMinor, change.resetCoupon,
                                    row.couponRateBp, row.couponAmountMinor);
        !problem.isEmpty())
        return R::failure(problem);
    const QString from = Timestamp::format(change.from);
    if (before) {
        if (before->linkRateBp == row.linkRateBp && before->linkAmountMinor == row.linkAmountMinor &&
            before->couponRateBp == row.couponRateBp && before->couponAmountMinor == row.couponAmountMinor)
            return R::failure(tr("These are the rates of %1 in %2 in force at %3 already; nothing to change.")
                                  .arg(partner->code, program->name, from));
    } else if (!row.hasLink() && !row.hasCoupon()) {
        return R::failure(
            tr("%1 has no own rates in %2 at %3; there is nothing to reset.").arg(partner->code, program->name, from));
    }

    Transaction transaction(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM partner_rates WHERE program_id = ? AND affiliate_id = ? "
                                 "AND effective_from = ?"));
    query.addBindValue(program->id);
    query.addBindValue(partner->id);
    query.addBindValue(from);
    if (!query.exec())
        return R::failure(dbError(query));
    if (query.next())
        return R::failure(
            tr("%1 already has rates in %2 from %3; choose another date.").arg(partner->code, program->name, from));
    query.prepare(QStringLiteral(
        "INSERT INTO partner_rates (program_id, affiliate_id, effective_from, link_rate_bp, link_amount_minor, "
        "coupon_rate_bp, coupon_amount_minor, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(program->id), QVariant(partner->id), QVariant(from), orNull(row.linkRateBp),
                                  orNull(row.linkAmountMinor), orNull(row.couponRateBp), orNull(row.couponAmountMinor),
                                  QVariant(row.createdBy), QVariant(row.createdAt)})
        query.addBindValue(value);
    if (!query.exec())
        return R::failure(dbError(query));
    const qint64 id = query.lastInsertId().toLongLong();
    const QJsonObject beforeJson =
        before ? toJson(*before, program->name, partner->code, program->currency) : QJsonObject();
    if (auto status =
            AuditLog(m_db).append(QStringLiteral("rate.set"), QStringLiteral("partner_rate"), QString::number(id),
                                  beforeJson, toJson(row, program->name, partner->code, program->currency));
        !status)
        return R::failure(status.error());
    if (auto status = transaction.commit(); !status)
        return R::failure(status.error());
    return id;
}

} // namespace PartnerDesk
