#include "programstore.h"

#include "auditlog.h"
#include "core/hostname.h"
#include "core/money.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

QJsonObject toJson(const Program &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("currency"), p.currency},
            {QStringLiteral("link_rate"), p.linkRate.toPercentString()},
            {QStringLiteral("coupon_rate"), p.couponRate.toPercentString()},
            {QStringLiteral("coupon_discount"), p.couponDiscount.toPercentString()},
            {QStringLiteral("threshold"), Money(p.thresholdMinor, p.currency).toPlainString()},
            {QStringLiteral("cookie_days"), p.cookieDays},
            {QStringLiteral("hold_days"), p.holdDays},
            {QStringLiteral("active"), p.active},
            {QStringLiteral("store_hosts"), QJsonArray::fromStringList(p.storeHosts)},
            {QStringLiteral("lifetime_days"), p.lifetimeDays},
            {QStringLiteral("fraud_own_domain"), p.fraud.ownDomain},
            {QStringLiteral("fraud_leaked_coupon"), p.fraud.leakedCoupon},
            {QStringLiteral("fraud_shared_customers"), p.fraud.sharedCustomers},
            {QStringLiteral("fraud_cancel_share"), Rate::fromBasisPoints(p.fraud.cancelShareBp).toPercentString()},
            {QStringLiteral("fraud_no_visit"), p.fraud.noVisit}};
}

// lifetime_days and the fraud columns, in that order (add and update bind them alike).
void bindRules(QSqlQuery &query, const Program &p)
{
    for (const QVariant &value :
         {QVariant(p.lifetimeDays), QVariant(p.fraud.ownDomain ? 1 : 0), QVariant(p.fraud.leakedCoupon ? 1 : 0),
          QVariant(p.fraud.sharedCustomers), QVariant(p.fraud.cancelShareBp), QVariant(p.fraud.noVisit ? 1 : 0)})
        query.addBindValue(value);
}

Status sqlFailure(const QSqlQuery &query)
{
    const QString text = query.lastError().text();
    if (text.contains(QStringLiteral("UNIQUE constraint failed: programs.name")))
        return Status::failure(ProgramStore::tr("A program with this name already exists."));
    return Status::failure(ProgramStore::tr("Database error: %1").arg(text));
}

} // namespace

ProgramStore::ProgramStore(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

QString ProgramStore::validate(Program &program)
{
    program.name = program.name.trimmed();
    program.currency = program.currency.trimmed().toUpper();
    if (program.name.isEmpty())
        return tr("The program needs a name.");
    if (QString problem = ValueRules::checkText(tr("The program's name"), program.name, ValueRules::name);
        !problem.isEmpty())
        return problem + u'.';
    if (QString problem = ValueRules::checkText(tr("The description"), program.description, ValueRules::description);
        !problem.isEmpty())
        return problem + u'.';
    if (!Currency::isKnown(program.currency))
        return tr("\"%1\" is not an ISO 4217 currency code.").arg(program.currency);
    if (program.thresholdMinor < 0)
        return tr("The payout threshold cannot be negative.");
    if (QString problem = ValueRules::checkNonNegativeAmount(tr("The payout threshold"), program.thresholdMinor,
                                                             Currency::minorDigits(program.currency));
        !problem.isEmpty())
        return problem + u'.';
    if (program.holdDays < 0 || program.cookieDays < 0)
        return tr("Days cannot be negative.");
    if (program.lifetimeDays < 0 || program.lifetimeDays > 3650)
        return tr("The lifetime of a customer must be from 0 (off) to 3650 days.");
    if (program.fraud.sharedCustomers < 0 || program.fraud.sharedCustomers > 1000)
        return tr("The shared-customer limit must be from 0 (off) to 1000 partners.");
    if (program.fraud.cancelShareBp < 0 || program.fraud.cancelShareBp > 10000)
        return tr("The cancelled share limit must be from 0 (off) to 100 %.");
    QStringList hosts;
    for (const QString &host : std::as_const(program.storeHosts)) {
        const QString normalised = HostName::normalise(host);
        if (normalised.isEmpty() || !normalised.contains(u'.'))
            return tr("\"%1\" is not a valid store host.").arg(host);
        if (QString problem = ValueRules::checkText(tr("The store host"), normalised, ValueRules::host);
            !problem.isEmpty())
            return problem + u'.';
        if (!hosts.contains(normalised))
            hosts.append(normalised);
    }
    if (hosts.isEmpty())
        return tr("The program needs at least one store host.");
    program.storeHosts = hosts;
    return {};
}

Status ProgramStore::saveHosts(qint64 programId, const QStringList &hosts)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM program_hosts WHERE program_id = ?"));
    query.addBindValue(programId);
    if (!query.exec())
        return sqlFailure(query);
    query.prepare(QStringLiteral("INSERT INTO program_hosts (program_id, host) VALUES (?, ?)"));
    for (const QString &host : hosts) {
        query.addBindValue(programId);
        query.addBindValue(host);
        if (!query.exec())
            return sqlFailure(query);
    }
    return Done{};
}

Result<qint64> ProgramStore::add(const Program &input)
{
    Program program = input;
    if (const QString error = validate(program); !error.isEmpty())
        return Result<qint64>::failure(error);
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO programs (name, description, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, "
        "threshold_minor, cookie_days, hold_days, active, created_at, lifetime_days, fraud_own_domain, "
        "fraud_leaked_coupon, fraud_shared_customers, fraud_cancel_share_bp, fraud_no_visit) "
        "VALUES (?, coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(program.name), QVariant(program.description), QVariant(program.currency),
                                  QVariant(program.linkRate.basisPoints()), QVariant(program.couponRate.basisPoints()),
                                  QVariant(program.couponDiscount.basisPoints()), QVariant(program.thresholdMinor),
                                  QVariant(program.cookieDays), QVariant(program.holdDays),
                                  QVariant(program.active ? 1 : 0), QVariant(Timestamp::format(Timestamp::now()))})
        query.addBindValue(value);
    bindRules(query, program);
    if (!query.exec())
        return Result<qint64>::failure(sqlFailure(query).error());
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto status = saveHosts(id, program.storeHosts); !status)
        return Result<qint64>::failure(status.error());
    if (auto status = AuditLog(m_db).append(QStringLiteral("program.add"), QStringLiteral("program"),
                                            QString::number(id), {}, toJson(program));
        !status)
        return Result<qint64>::failure(status.error());
    if (auto status = transaction.commit(); !status)
        return Result<qint64>::failure(status.error());
    return id;
}

Status ProgramStore::update(const Program &input)
{
    Program program = input;
    if (const QString error = validate(program); !error.isEmpty())
        return Status::failure(error);
    const std::optional<Program> before = byId(program.id);
    if (!before)
        return Status::failure(tr("The program no longer exists."));
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE programs SET name = ?, description = coalesce(?, ''), currency = ?, link_rate_bp = ?, coupon_rate_bp = "
        "?, "
        "coupon_discount_bp = ?, threshold_minor = ?, cookie_days = ?, hold_days = ?, active = ?, "
        "lifetime_days = ?, fraud_own_domain = ?, fraud_leaked_coupon = ?, fraud_shared_customers = ?, "
        "fraud_cancel_share_bp = ?, fraud_no_visit = ? WHERE id = ?"));
    for (const QVariant &value :
         {QVariant(program.name), QVariant(program.description), QVariant(program.currency),
          QVariant(program.linkRate.basisPoints()), QVariant(program.couponRate.basisPoints()),
          QVariant(program.couponDiscount.basisPoints()), QVariant(program.thresholdMinor),
          QVariant(program.cookieDays), QVariant(program.holdDays), QVariant(program.active ? 1 : 0)})
        query.addBindValue(value);
    bindRules(query, program);
    query.addBindValue(program.id);
    if (!query.exec())
        return sqlFailure(query);
    if (auto status = saveHosts(program.id, program.storeHosts); !status)
        return status;
    if (auto status = AuditLog(m_db).append(QStringLiteral("program.update"), QStringLiteral("program"),
                                            QString::number(program.id), toJson(*before), toJson(program));
        !status)
        return status;
    return transaction.commit();
}

Status ProgramStore::setActive(qint64 programId, bool active)
{
    std::optional<Program> program = byId(programId);
    if (!program)
        return Status::failure(tr("The program no longer exists."));
    Program changed = *program;
    changed.active = active;
    return update(changed);
}

QList<Program> ProgramStore::query(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT p.id, p.name, p.description, p.currency, p.link_rate_bp, p.coupon_rate_bp, "
                       "p.coupon_discount_bp, p.threshold_minor, p.cookie_days, p.hold_days, p.active, p.created_at, "
                       "(SELECT group_concat(host, ' ') FROM (SELECT host FROM program_hosts h "
                       " WHERE h.program_id = p.id ORDER BY host)), "
                       "(SELECT count(*) FROM memberships m WHERE m.program_id = p.id AND m.active = 1), "
                       "p.lifetime_days, p.fraud_own_domain, p.fraud_leaked_coupon, p.fraud_shared_customers, "
                       "p.fraud_cancel_share_bp, p.fraud_no_visit "
                       "FROM programs p ") +
        where + QStringLiteral(" ORDER BY p.name COLLATE NOCASE"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<Program> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        Program p;
        p.id = query.value(0).toLongLong();
        p.name = query.value(1).toString();
        p.description = query.value(2).toString();
        p.currency = query.value(3).toString();
        p.linkRate = Rate::fromBasisPoints(query.value(4).toInt());
        p.couponRate = Rate::fromBasisPoints(query.value(5).toInt());
        p.couponDiscount = Rate::fromBasisPoints(query.value(6).toInt());
        p.thresholdMinor = query.value(7).toLongLong();
        p.cookieDays = query.value(8).toInt();
        p.holdDays = query.value(9).toInt();
        p.active = query.value(10).toInt() == 1;
        p.createdAt = query.value(11).toString();
        p.storeHosts = query.value(12).toString().split(u' ', Qt::SkipEmptyParts);
        p.memberCount = query.value(13).toInt();
        p.lifetimeDays = query.value(14).toInt();
        p.fraud.ownDomain = query.value(15).toInt() == 1;
        p.fraud.leakedCoupon = query.value(16).toInt() == 1;
        p.fraud.sharedCustomers = query.value(17).toInt();
        p.fraud.cancelShareBp = query.value(18).toInt();
        p.fraud.noVisit = query.value(19).toInt() == 1;
        result.append(p);
    }
    return result;
}

QList<Program> ProgramStore::list() const
{
    return query({}, {});
}

std::optional<Program> ProgramStore::byId(qint64 id) const
{
    const QList<Program> found = query(QStringLiteral("WHERE p.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Program>(found.first());
}

std::optional<Program> ProgramStore::byName(const QString &name) const
{
    const QList<Program> found = query(QStringLiteral("WHERE p.name = ? COLLATE NOCASE"), {name.trimmed()});
    return found.isEmpty() ? std::nullopt : std::optional<Program>(found.first());
}

QList<Membership> ProgramStore::queryMemberships(const QString &where, qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT m.id, m.affiliate_id, m.program_id, a.code, a.name, a.email, p.name, "
                                 "m.active, m.is_primary, m.joined_at FROM memberships m "
                                 "JOIN affiliates a ON a.id = m.affiliate_id JOIN programs p ON p.id = m.program_id ") +
                  where + QStringLiteral(" ORDER BY m.active DESC, a.name COLLATE NOCASE, m.id"));
    query.addBindValue(id);
    QList<Membership> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                       query.value(6).toString(), query.value(7).toInt() == 1, query.value(8).toInt() == 1,
                       query.value(9).toString()});
    }
    return result;
}

QList<Membership> ProgramStore::members(qint64 programId) const
{
    return queryMemberships(QStringLiteral("WHERE m.program_id = ?"), programId);
}

QList<Membership> ProgramStore::membershipsOf(qint64 affiliateId) const
{
    return queryMemberships(QStringLiteral("WHERE m.affiliate_id = ?"), affiliateId);
}

Status ProgramStore::ensurePrimary(qint64 affiliateId)
{
    // Keep exactly one primary while any membership is active: the first joined that still is.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM memberships WHERE affiliate_id = ? AND is_primary = 1 "
                                 "AND active = 1"));
    query.addBindValue(affiliateId);
    if (!query.exec() || !query.next())
        return sqlFailure(query);
    if (query.value(0).toInt() > 0)
        return Done{};
    query.prepare(QStringLiteral("UPDATE memberships SET is_primary = 0 WHERE affiliate_id = ?"));
    query.addBindValue(affiliateId);
    if (!query.exec())
        return sqlFailure(query);
    query.prepare(QStringLiteral("UPDATE memberships SET is_primary = 1 WHERE id = (SELECT id FROM memberships "
                                 "WHERE affiliate_id = ? AND active = 1 ORDER BY joined_at, id LIMIT 1)"));
    query.addBindValue(affiliateId);
    if (!query.exec())
        return sqlFailure(query);
    return Done{};
}

Status ProgramStore::join(qint64 affiliateId, qint64 programId)
{
    const std::optional<Program> program = byId(programId);
    if (!program)
        return Status::failure(tr("The program no longer exists."));
    if (!program->active)
        return Status::failure(tr("%1 is not active; partners cannot join it.").arg(program->name));
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT active FROM memberships WHERE affiliate_id = ? AND program_id = ?"));
    query.addBindValue(affiliateId);
    query.addBindValue(programId);
    if (!query.exec())
        return sqlFailure(query);
    const bool exists = query.next();
    if (exists && query.value(0).toInt() == 1)
        return Status::failure(tr("The partner is already a member of %1.").arg(program->name));
    const QString now = Timestamp::format(Timestamp::now());
    if (exists) {
        query.prepare(QStringLiteral("UPDATE memberships SET active = 1, left_at = NULL, joined_at = ? "
                                     "WHERE affiliate_id = ? AND program_id = ?"));
    } else {
        query.prepare(QStringLiteral("INSERT INTO memberships (joined_at, affiliate_id, program_id) VALUES (?, ?, ?)"));
    }
    query.addBindValue(now);
    query.addBindValue(affiliateId);
    query.addBindValue(programId);
    if (!query.exec()) {
        if (query.lastError().text().contains(QStringLiteral("FOREIGN KEY")))
            return Status::failure(tr("The partner no longer exists."));
        return sqlFailure(query);
    }
    if (auto status = ensurePrimary(affiliateId); !status)
        return status;
    if (auto status =
            AuditLog(m_db).append(QStringLiteral("membership.join"), QStringLiteral("affiliate"),
                                  QString::number(affiliateId), {}, {{QStringLiteral("program"), program->name}});
        !status)
        return status;
    return transaction.commit();
}

Status ProgramStore::leave(qint64 affiliateId, qint64 programId)
{
    const std::optional<Program> program = byId(programId);
    if (!program)
        return Status::failure(tr("The program no longer exists."));
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE memberships SET active = 0, is_primary = 0, left_at = ? "
                                 "WHERE affiliate_id = ? AND program_id = ? AND active = 1"));
    query.addBindValue(Timestamp::format(Timestamp::now()));
    query.addBindValue(affiliateId);
    query.addBindValue(programId);
    if (!query.exec())
        return sqlFailure(query);
    if (query.numRowsAffected() == 0)
        return Status::failure(tr("The partner is not an active member of %1.").arg(program->name));
    if (auto status = ensurePrimary(affiliateId); !status)
        return status;
    if (auto status =
            AuditLog(m_db).append(QStringLiteral("membership.leave"), QStringLiteral("affiliate"),
                                  QString::number(affiliateId), {{QStringLiteral("program"), program->name}}, {});
        !status)
        return status;
    return transaction.commit();
}

Status ProgramStore::setPrimary(qint64 affiliateId, qint64 programId)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM memberships WHERE affiliate_id = ? AND program_id = ? AND active = 1"));
    query.addBindValue(affiliateId);
    query.addBindValue(programId);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return Status::failure(tr("Only an active membership can be the primary one."));
    // Two steps: the partial unique index on is_primary is checked row by row.
    query.prepare(QStringLiteral("UPDATE memberships SET is_primary = 0 WHERE affiliate_id = ?"));
    query.addBindValue(affiliateId);
    if (!query.exec())
        return sqlFailure(query);
    query.prepare(QStringLiteral("UPDATE memberships SET is_primary = 1 WHERE affiliate_id = ? AND program_id = ?"));
    query.addBindValue(affiliateId);
    query.addBindValue(programId);
    if (!query.exec())
        return sqlFailure(query);
    if (auto status =
            AuditLog(m_db).append(QStringLiteral("membership.primary"), QStringLiteral("affiliate"),
                                  QString::number(affiliateId), {}, {{QStringLiteral("program_id"), programId}});
        !status)
        return status;
    return transaction.commit();
}

} // namespace PartnerDesk
