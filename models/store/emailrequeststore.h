#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace PartnerDesk {

class Database;

// Where a partner's payouts go and what he asked it to become: affiliates.email,
// requested_email, email_requested_at.
struct PayoutEmail
{
    QString email;
    QString requested;   // "" while no request waits
    QString requestedAt; // ISO 8601 UTC; "" while no request waits

    static PayoutEmail of(const Affiliate &affiliate);
    bool operator==(const PayoutEmail &) const = default;
};

// A partner's payout e-mail (the PayPal payout file pays it) is a request, not a fact: his change
// is filed as requested_email and only a manager's approval makes it his payout e-mail. The
// central database enforces the same (resources/central/0006_payout_email_requests.sql: a
// partner's login may write requested_email, never email). Every change is audited with its before
// and after; approve and reject are refused on a partner's own desktop.
class EmailRequestStore final
{
    Q_DECLARE_TR_FUNCTIONS(EmailRequestStore)

public:
    explicit EmailRequestStore(Database &database);

    // Files a request for `email` (the partner's change of his e-mail). His current payout e-mail
    // withdraws a waiting request.
    Status request(qint64 affiliateId, const QString &email);
    // email := the request, the request cleared.
    Status approve(qint64 affiliateId, const QString &reason = {});
    // The request cleared, the payout e-mail unchanged; the reason is required.
    Status reject(qint64 affiliateId, const QString &reason);
    // The undo of the three: sets `wanted` when the partner's e-mail and request are still
    // `expected`, else says what changed meanwhile (a sync brought a newer request).
    Status restore(qint64 affiliateId, const PayoutEmail &expected, const PayoutEmail &wanted, const QString &reason);

    std::optional<PayoutEmail> of(qint64 affiliateId) const;

private:
    // Moves the partner from `expected` to `wanted` in one transaction, audited as `action`.
    Status change(qint64 affiliateId, const PayoutEmail &expected, const PayoutEmail &wanted, const QString &action,
                  const QString &reason);
    bool isPartnerDesktop() const;

    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
