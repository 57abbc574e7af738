#include "emailrequeststore.h"

#include "affiliatestore.h"
#include "auditlog.h"
#include "core/timestamp.h"
#include "database.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

QJsonObject toJson(const PayoutEmail &state)
{
    return {{QStringLiteral("email"), state.email},
            {QStringLiteral("requested_email"), state.requested},
            {QStringLiteral("email_requested_at"), state.requestedAt}};
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// A null QString binds as SQL NULL; these columns are NOT NULL ''.
QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

PayoutEmail PayoutEmail::of(const Affiliate &affiliate)
{
    return {affiliate.email, affiliate.requestedEmail, affiliate.emailRequestedAt};
}

EmailRequestStore::EmailRequestStore(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

std::optional<PayoutEmail> EmailRequestStore::of(qint64 affiliateId) const
{
    const std::optional<Affiliate> affiliate = AffiliateStore(m_database).byId(affiliateId);
    return affiliate ? std::optional<PayoutEmail>(PayoutEmail::of(*affiliate)) : std::nullopt;
}

bool EmailRequestStore::isPartnerDesktop() const
{
    // sync_state "desktop_role" (SyncRole::claim): "partner:CODE" on a partner's own desktop.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM sync_state WHERE key = 'desktop_role' AND value LIKE 'partner:%'"));
    return query.exec() && query.next();
}

Status EmailRequestStore::request(qint64 affiliateId, const QString &email)
{
    const QString wantedEmail = email.trimmed();
    // The same rule as AffiliateStore::add.
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (wantedEmail.isEmpty())
        return Status::failure(tr("Give the new payout e-mail address."));
    if (!emailPattern.match(wantedEmail).hasMatch() || wantedEmail.size() > 254)
        return Status::failure(tr("\"%1\" is not an e-mail address.").arg(wantedEmail));
    const std::optional<Affiliate> affiliate = AffiliateStore(m_database).byId(affiliateId);
    if (!affiliate)
        return Status::failure(tr("The partner no longer exists."));
    const PayoutEmail current = PayoutEmail::of(*affiliate);
    if (wantedEmail.compare(current.email, Qt::CaseInsensitive) == 0) {
        if (!affiliate->hasEmailRequest())
            return Status::failure(tr("%1 is already the payout e-mail of %2.").arg(wantedEmail, affiliate->code));
        // Asking for the e-mail he has takes the waiting request back.
        return change(affiliateId, current, {current.email, {}, {}}, QStringLiteral("affiliate.email_withdraw"), {});
    }
    if (wantedEmail == current.requested)
        return Done{}; // asked for already
    return change(affiliateId, current, {current.email, wantedEmail, Timestamp::format(Timestamp::now())},
                  QStringLiteral("affiliate.email_request"), {});
}

Status EmailRequestStore::approve(qint64 affiliateId, const QString &reason)
{
    if (isPartnerDesktop())
        return Status::failure(tr("Only a manager approves a payout e-mail; this is a partner's desktop."));
    const std::optional<Affiliate> affiliate = AffiliateStore(m_database).byId(affiliateId);
    if (!affiliate)
        return Status::failure(tr("The partner no longer exists."));
    if (!affiliate->hasEmailRequest())
        return Status::failure(tr("%1 has no payout e-mail change waiting.").arg(affiliate->code));
    const PayoutEmail current = PayoutEmail::of(*affiliate);
    return change(affiliateId, current, {current.requested, {}, {}}, QStringLiteral("affiliate.email_approve"),
                  reason.trimmed());
}

Status EmailRequestStore::reject(qint64 affiliateId, const QString &reason)
{
    if (isPartnerDesktop())
        return Status::failure(tr("Only a manager rejects a payout e-mail request; this is a partner's desktop."));
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the request is rejected; the reason goes to the audit log."));
    const std::optional<Affiliate> affiliate = AffiliateStore(m_database).byId(affiliateId);
    if (!affiliate)
        return Status::failure(tr("The partner no longer exists."));
    if (!affiliate->hasEmailRequest())
        return Status::failure(tr("%1 has no payout e-mail change waiting.").arg(affiliate->code));
    const PayoutEmail current = PayoutEmail::of(*affiliate);
    return change(affiliateId, current, {current.email, {}, {}}, QStringLiteral("affiliate.email_reject"),
                  reason.trimmed());
}

Status EmailRequestStore::restore(qint64 affiliateId, const PayoutEmail &expected, const PayoutEmail &wanted,
                                  const QString &reason)
{
    return change(affiliateId, expected, wanted, QStringLiteral("affiliate.email_restore"), reason);
}

Status EmailRequestStore::change(qint64 affiliateId, const PayoutEmail &expected, const PayoutEmail &wanted,
                                 const QString &action, const QString &reason)
{
    const bool emailChanges = wanted.email != expected.email;
    if (emailChanges && isPartnerDesktop())
        return Status::failure(tr("A partner's desktop does not change the payout e-mail; it files a request."));
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    // Only what changes is written: a partner's request touches requested_email and its time only.
    query.prepare(QStringLiteral("UPDATE affiliates SET ") +
                  (emailChanges ? QStringLiteral("email = ?, ") : QString()) +
                  QStringLiteral("requested_email = ?, email_requested_at = ? WHERE id = ? AND email = ? "
                                 "COLLATE BINARY AND requested_email = ? AND email_requested_at IS ?"));
    if (emailChanges)
        query.addBindValue(text(wanted.email));
    query.addBindValue(text(wanted.requested));
    query.addBindValue(orNull(wanted.requestedAt));
    query.addBindValue(affiliateId);
    query.addBindValue(text(expected.email));
    query.addBindValue(text(expected.requested));
    query.addBindValue(orNull(expected.requestedAt));
    if (!query.exec())
        return Status::failure(tr("Database error: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1) {
        const std::optional<PayoutEmail> now = of(affiliateId);
        if (!now)
            return Status::failure(tr("The partner no longer exists."));
        return Status::failure(tr("The payout e-mail changed meanwhile (now %1, requested: %2); nothing was changed.")
                                   .arg(now->email, now->requested.isEmpty() ? tr("nothing") : now->requested));
    }
    if (auto audited = AuditLog(m_db).append(action, QStringLiteral("affiliate"), QString::number(affiliateId),
                                             toJson(expected), toJson(wanted), reason);
        !audited)
        return audited;
    return transaction.commit();
}

} // namespace PartnerDesk
