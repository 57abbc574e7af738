#include "domainstore.h"

#include "auditlog.h"
#include "core/hostname.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "core/websiterules.h"
#include "database.h"
#include "store/syncrole.h"

#include <QJsonObject>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

QString dbError(const QSqlQuery &query)
{
    return DomainStore::tr("Database error: %1").arg(query.lastError().text());
}

// The columns select() reads, in DomainRecord's order.
constexpr auto recordColumns =
    "d.id, d.affiliate_id, d.domain, d.token, coalesce(d.method, ''), d.verified, coalesce(d.verified_at, ''), "
    "a.code, a.name, coalesce(d.checked_at, ''), coalesce(c.last_finding, ''), coalesce(c.lapsing_since, ''), "
    "coalesce(c.failed_checks, 0), coalesce(c.lapsed_at, ''), coalesce(d.check_requested_at, ''), "
    "EXISTS (SELECT 1 FROM sync_ids s WHERE s.tbl = 'domains' AND s.local_id = d.id AND s.version > 0)";
// domain_checks (0008) holds the re-check state; a domain without a row was never checked under it.
constexpr auto recordTables =
    "domains d JOIN affiliates a ON a.id = d.affiliate_id LEFT JOIN domain_checks c ON c.domain_id = d.id";

// A requested check no check has answered yet; the same rule as DomainRecord::checkRequested().
constexpr auto requestedCondition =
    "(d.check_requested_at IS NOT NULL AND (d.checked_at IS NULL OR d.check_requested_at > d.checked_at))";

// Methods the schedule re-checks, as SQL and as a test on a record.
constexpr auto recheckedMethods = "('meta', 'file', 'dns')";

bool isRecheckedMethod(const QString &method)
{
    return method == u"meta" || method == u"file" || method == u"dns";
}

// The SQL condition of a state; the same rule as DomainRecord::state().
QString stateCondition(DomainRecord::State state)
{
    const QString rechecked = QStringLiteral("d.method IN ") + QLatin1StringView(recheckedMethods);
    switch (state) {
    case DomainRecord::State::Verified:
        return QStringLiteral("(d.verified = 1 AND (c.lapsing_since IS NULL OR NOT %1))").arg(rechecked);
    case DomainRecord::State::Lapsing:
        return QStringLiteral("(d.verified = 1 AND c.lapsing_since IS NOT NULL AND %1)").arg(rechecked);
    case DomainRecord::State::Lapsed:
        return QStringLiteral("(d.verified = 0 AND c.lapsed_at IS NOT NULL)");
    case DomainRecord::State::Unverified:
        break;
    }
    return QStringLiteral("(d.verified = 0 AND c.lapsed_at IS NULL)");
}

QString outcomeAction(DomainCheckOutcome outcome)
{
    switch (outcome) {
    case DomainCheckOutcome::Verified:
        return QStringLiteral("domain.verify");
    case DomainCheckOutcome::Recovered:
        return QStringLiteral("domain.recover");
    case DomainCheckOutcome::Lapsing:
        return QStringLiteral("domain.lapsing");
    case DomainCheckOutcome::Lapsed:
        return QStringLiteral("domain.lapse");
    case DomainCheckOutcome::StillVerified:
    case DomainCheckOutcome::StillLapsing:
    case DomainCheckOutcome::NotVerified:
        break;
    }
    return QStringLiteral("domain.check");
}

QJsonObject auditState(const DomainRecord &domain)
{
    return {{QStringLiteral("domain"), domain.domain},
            {QStringLiteral("verified"), domain.verified},
            {QStringLiteral("method"), domain.method},
            {QStringLiteral("checked_at"), domain.checkedAt},
            {QStringLiteral("lapsing_since"), domain.lapsingSince},
            {QStringLiteral("failed_checks"), domain.failedChecks},
            {QStringLiteral("lapsed_at"), domain.lapsedAt}};
}

} // namespace

DomainCheckPolicy DomainCheckPolicy::fromSettings()
{
    const QSettings settings;
    DomainCheckPolicy policy;
    bool ok = false;
    const qint64 interval = settings.value(QStringLiteral("DirectLinks/recheckIntervalHours")).toLongLong(&ok);
    if (ok && interval > 0)
        policy.intervalSeconds = interval * 3600;
    const qint64 grace = settings.value(QStringLiteral("DirectLinks/graceHours")).toLongLong(&ok);
    if (ok && grace >= 0)
        policy.graceSeconds = grace * 3600;
    return policy;
}

DomainRecord::State DomainRecord::state() const
{
    if (verified)
        return !lapsingSince.isEmpty() && isRecheckedMethod(method) ? State::Lapsing : State::Verified;
    return lapsedAt.isEmpty() ? State::Unverified : State::Lapsed;
}

bool DomainRecord::checkRequested() const
{
    return !checkRequestedAt.isEmpty() && (checkedAt.isEmpty() || checkRequestedAt > checkedAt);
}

bool DomainRecord::isRechecked() const
{
    return verified && isRecheckedMethod(method);
}

DomainStore::DomainStore(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

bool DomainStore::isPartnerDesktop() const
{
    const std::optional<SyncRole> owner = SyncRole::ofDatabase(m_database);
    return owner && owner->isPartner();
}

QList<DomainRecord> DomainStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                      .arg(QLatin1StringView(recordColumns), QLatin1StringView(recordTables), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<DomainRecord> result;
    if (!query.exec()) {
        qWarning("DomainStore: %s", qPrintable(query.lastError().text()));
        return result;
    }
    while (query.next()) {
        DomainRecord record;
        record.id = query.value(0).toLongLong();
        record.affiliateId = query.value(1).toLongLong();
        record.domain = query.value(2).toString();
        record.token = query.value(3).toString();
        record.method = query.value(4).toString();
        record.verified = query.value(5).toInt() == 1;
        record.verifiedAt = query.value(6).toString();
        record.affiliateCode = query.value(7).toString();
        record.affiliateName = query.value(8).toString();
        record.checkedAt = query.value(9).toString();
        record.lastFinding = query.value(10).toString();
        record.lapsingSince = query.value(11).toString();
        record.failedChecks = query.value(12).toInt();
        record.lapsedAt = query.value(13).toString();
        record.checkRequestedAt = query.value(14).toString();
        record.sentToCentral = query.value(15).toInt() == 1;
        result.append(record);
    }
    return result;
}

QList<DomainRecord> DomainStore::due(qint64 now, const DomainCheckPolicy &policy) const
{
    return select(QStringLiteral("%2 OR (d.verified = 1 AND d.method IN %1 AND (d.checked_at IS NULL OR d.checked_at "
                                 "<= ?)) ORDER BY %2 DESC, coalesce(d.check_requested_at, ''), "
                                 "coalesce(d.checked_at, ''), d.id")
                      .arg(QLatin1StringView(recheckedMethods), QLatin1StringView(requestedCondition)),
                  {Timestamp::format(now - policy.intervalSeconds)});
}

std::optional<qint64> DomainStore::nextDueAt(const DomainCheckPolicy &policy) const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM domains d WHERE %1)")
                       .arg(QLatin1StringView(requestedCondition))) &&
        query.next() && query.value(0).toInt() == 1)
        return 0; // a partner asked: due now
    if (!query.exec(QStringLiteral("SELECT count(*), min(coalesce(checked_at, '')) FROM domains "
                                   "WHERE verified = 1 AND method IN %1")
                        .arg(QLatin1StringView(recheckedMethods))) ||
        !query.next() || query.value(0).toLongLong() == 0)
        return std::nullopt;
    // Never checked (or an unreadable time): due at once.
    const std::optional<qint64> oldest = Timestamp::parse(query.value(1).toString());
    return oldest ? *oldest + policy.intervalSeconds : 0;
}

Result<DomainCheckOutcome> DomainStore::recordCheck(qint64 affiliateId, const QString &domain, const QString &method,
                                                    const QString &rawFinding, qint64 now,
                                                    const DomainCheckPolicy &policy)
{
    // The finding quotes what the partner's server or DNS answered: it is made to fit the rules
    // (control characters replaced, cut at 4,000 characters), never a reason to lose the check.
    const QString finding = ValueRules::fitted(rawFinding, ValueRules::finding);
    using Outcome = Result<DomainCheckOutcome>;
    if (isPartnerDesktop())
        return Outcome::failure(
            tr("On a partner's desktop a check is a preview: a manager's desktop checks the website "
               "and records the result."));
    const QString pattern = HostName::normaliseDomainPattern(domain);
    bool found = !method.isEmpty();
    if (found && !isRecheckedMethod(method))
        return Outcome::failure(tr("\"%1\" is not a verification method.").arg(method));

    Transaction transaction(m_db);
    QStringList storeHosts;
    QSqlQuery hosts(m_db);
    if (!hosts.exec(QStringLiteral("SELECT host FROM program_hosts")))
        return Outcome::failure(dbError(hosts));
    while (hosts.next())
        storeHosts.append(hosts.value(0).toString());
    // Registered before the rules (or around them): whatever the site serves, it is not verified.
    QString findings = finding;
    if (const QString refusal = WebsiteRules::refusal(pattern, storeHosts); found && !refusal.isEmpty()) {
        found = false;
        findings = refusal + (finding.isEmpty() ? QString() : u'\n' + finding);
    }
    const QList<DomainRecord> rows =
        select(QStringLiteral("d.affiliate_id = ? AND d.domain = ?"), {affiliateId, pattern});
    if (rows.isEmpty())
        return Outcome::failure(tr("The partner has not registered %1; add it first.").arg(domain.trimmed()));
    const DomainRecord before = rows.constFirst();
    DomainRecord after = before;
    const QString at = Timestamp::format(now);
    after.checkedAt = at;
    after.lastFinding = findings;

    DomainCheckOutcome outcome = DomainCheckOutcome::NotVerified;
    if (found) {
        QSqlQuery owner(m_db);
        owner.prepare(QStringLiteral("SELECT a.code FROM domains d JOIN affiliates a ON a.id = d.affiliate_id "
                                     "WHERE d.domain = ? AND d.verified = 1 AND d.affiliate_id <> ?"));
        owner.addBindValue(pattern);
        owner.addBindValue(affiliateId);
        if (!owner.exec())
            return Outcome::failure(dbError(owner));
        if (owner.next())
            return Outcome::failure(
                tr("%1 is already verified for partner %2; one verified domain belongs to one partner.")
                    .arg(pattern, owner.value(0).toString()));
        if (!before.verified)
            outcome = DomainCheckOutcome::Verified;
        else
            outcome = before.state() == DomainRecord::State::Lapsing ? DomainCheckOutcome::Recovered
                                                                     : DomainCheckOutcome::StillVerified;
        if (!before.verified)
            after.verifiedAt = at;
        after.verified = true;
        after.method = method;
        after.lapsingSince.clear();
        after.failedChecks = 0;
        after.lapsedAt.clear();
    } else if (before.isRechecked()) {
        after.failedChecks = before.failedChecks + 1;
        if (before.lapsingSince.isEmpty()) {
            after.lapsingSince = at;
            outcome = DomainCheckOutcome::Lapsing;
        } else {
            const qint64 since = Timestamp::parse(before.lapsingSince).value_or(now);
            if (now - since >= policy.graceSeconds && after.failedChecks >= policy.minimumFailures) {
                after.verified = false;
                after.lapsedAt = at;
                outcome = DomainCheckOutcome::Lapsed;
            } else {
                outcome = DomainCheckOutcome::StillLapsing;
            }
        }
    } else if (before.verified) {
        outcome = DomainCheckOutcome::StillVerified; // a manual approval stands whatever a check finds
    }

    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE domains SET verified = ?, method = nullif(?, ''), verified_at = nullif(?, ''), "
                       "checked_at = ?, check_requested_at = NULL WHERE id = ?"));
    for (const QVariant &value : {QVariant(after.verified ? 1 : 0), QVariant(after.method), QVariant(after.verifiedAt),
                                  QVariant(at), QVariant(before.id)})
        query.addBindValue(value);
    if (!query.exec())
        return Outcome::failure(dbError(query));
    query.prepare(QStringLiteral("INSERT INTO domain_checks (domain_id, last_finding, lapsing_since, failed_checks, "
                                 "lapsed_at) VALUES (?, coalesce(?, ''), nullif(?, ''), ?, nullif(?, '')) "
                                 "ON CONFLICT (domain_id) DO UPDATE SET last_finding = excluded.last_finding, "
                                 "lapsing_since = excluded.lapsing_since, failed_checks = excluded.failed_checks, "
                                 "lapsed_at = excluded.lapsed_at"));
    for (const QVariant &value : {QVariant(before.id), QVariant(findings), QVariant(after.lapsingSince),
                                  QVariant(after.failedChecks), QVariant(after.lapsedAt)})
        query.addBindValue(value);
    if (!query.exec())
        return Outcome::failure(dbError(query));
    if (auto status =
            AuditLog(m_db).append(outcomeAction(outcome), QStringLiteral("affiliate"), QString::number(affiliateId),
                                  auditState(before), auditState(after), findings);
        !status)
        return Outcome::failure(status.error());
    if (auto status = transaction.commit(); !status)
        return Outcome::failure(status.error());
    return outcome;
}

Status DomainStore::requestCheck(qint64 domainId, qint64 now)
{
    const std::optional<DomainRecord> domain = byId(domainId);
    if (!domain)
        return Status::failure(tr("There is no website %1.").arg(domainId));
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE domains SET check_requested_at = ? WHERE id = ?"));
    query.addBindValue(Timestamp::format(now));
    query.addBindValue(domainId);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (auto status =
            AuditLog(m_db).append(QStringLiteral("domain.request_check"), QStringLiteral("affiliate"),
                                  QString::number(domain->affiliateId), {{QStringLiteral("domain"), domain->domain}},
                                  {{QStringLiteral("domain"), domain->domain},
                                   {QStringLiteral("check_requested_at"), Timestamp::format(now)}});
        !status)
        return status;
    return transaction.commit();
}

std::optional<DomainRecord> DomainStore::byId(qint64 id) const
{
    const QList<DomainRecord> rows = select(QStringLiteral("d.id = ?"), {id});
    return rows.isEmpty() ? std::nullopt : std::optional<DomainRecord>(rows.constFirst());
}

QList<DomainRecord> DomainStore::domains(qint64 affiliateId) const
{
    return select(QStringLiteral("d.affiliate_id = ? ORDER BY d.domain"), {affiliateId});
}

QList<DomainRecord> DomainStore::all(const QString &search, const QList<DomainRecord::State> &states) const
{
    QStringList conditions{QStringLiteral("1")};
    QVariantList values;
    const QString needle = search.trimmed().toLower();
    if (!needle.isEmpty()) {
        // instr, not LIKE: user text with % or _ matches literally.
        conditions.append(QStringLiteral("(instr(lower(d.domain), ?) > 0 OR instr(lower(a.name), ?) > 0 "
                                         "OR instr(lower(a.code), ?) > 0)"));
        values << needle << needle << needle;
    }
    if (!states.isEmpty()) {
        QStringList any;
        for (const DomainRecord::State state : states)
            any.append(stateCondition(state));
        conditions.append(u'(' + any.join(QStringLiteral(" OR ")) + u')');
    }
    return select(conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY a.name, a.code, d.domain"),
                  values);
}

} // namespace PartnerDesk
