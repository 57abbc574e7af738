#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace PartnerDesk {

class Database;

// How often verified domains are re-checked and how long a failing one keeps its credit.
struct DomainCheckPolicy
{
    static constexpr qint64 defaultIntervalSeconds = 24 * 3600;
    static constexpr qint64 defaultGraceSeconds = 72 * 3600;

    qint64 intervalSeconds = defaultIntervalSeconds;
    qint64 graceSeconds = defaultGraceSeconds;
    int minimumFailures = 2; // failed re-checks before a domain can lapse, however long the grace

    // The policy in the user's settings ("DirectLinks/recheckIntervalHours", "DirectLinks/graceHours"),
    // the defaults where they are not set.
    static DomainCheckPolicy fromSettings();
};

// A direct-link domain with its re-check state and its partner, as the lists show it.
struct DomainRecord : DirectDomain
{
    enum class State
    {
        Unverified, // never verified, or its proof was not found (yet)
        Verified,
        Lapsing, // verified and credited, but the last re-check(s) failed
        Lapsed   // was verified, failed re-checks past the grace period; not credited
    };

    QString affiliateCode;
    QString affiliateName;
    QString checkedAt;
    QString lastFinding;
    QString lapsingSince;
    int failedChecks = 0;
    QString lapsedAt;
    // When the partner asked a manager's desktop for a check (ISO 8601); "" when he did not.
    QString checkRequestedAt;
    // The row has reached the central database (sync_ids version > 0). On a partner's desktop
    // the token is the central database's only from then on: his own is a placeholder.
    bool sentToCentral = false;

    State state() const;
    // A check the partner asked for that no check has answered yet (requested after the last check).
    bool checkRequested() const;
    // Verified by a network check (meta, file, dns): the scheduler re-checks it. Manual
    // approvals are a manager's word and are never re-checked.
    bool isRechecked() const;
};

// What recording one check did to a domain.
enum class DomainCheckOutcome
{
    Verified,      // was not verified, is now (a first verification, or a lapsed one verified again)
    StillVerified, // was verified and the proof is still there (or a manual approval kept)
    Recovered,     // was lapsing, the proof is back: lapsing cleared
    Lapsing,       // a verified domain's first failed re-check
    StillLapsing,  // failed again, within the grace period or below the minimum failures
    Lapsed,        // failed past the grace period: no longer verified
    NotVerified    // an unverified (or lapsed) domain's check found nothing
};

// Re-checking verified domains (DESIGN.md, "re-checked on a schedule"). The rule:
// - A domain verified by meta tag, token file or DNS TXT is due when its last check (checked_at)
//   is older than the policy's interval (default 24 h). Manual approvals are never re-checked.
// - A failed re-check makes it "lapsing" (domain_checks.lapsing_since = the first failure of the
//   run, failed_checks counted): it is still verified, so direct-link attribution still credits it,
//   and the lists show a warning.
// - Still failing when the grace period (default 72 h) has passed since lapsing_since and at least
//   `minimumFailures` (2) re-checks failed, it "lapses": domains.verified = 0, lapsed_at set. Attribution
//   (LedgerStore's snapshot reads verified = 1) stops crediting orders imported from then on;
//   transactions already credited stay as they are.
// - A successful check clears lapsing. A lapsed domain is not re-checked by the schedule; the
//   partner publishes the proof again and presses Verify now, which verifies it again.
// Every check is recorded in one transaction with an audit entry: domain.verify (became verified),
// domain.check (nothing changed), domain.lapsing, domain.recover, domain.lapse.
// Who checks (issue #11, docs/SYNC.md "Website verification"): the check that counts runs on a
// manager's desktop. A partner's desktop (sync_state desktop_role "partner:CODE") only previews
// a check and files a request (requestCheck); recordCheck refuses there. Requested checks are due
// at once and come first; recording a check answers the request (check_requested_at cleared).
class DomainStore final
{
    Q_DECLARE_TR_FUNCTIONS(DomainStore)

public:
    explicit DomainStore(Database &database);

    // Domains whose requested check is unanswered (the oldest request first), then verified,
    // re-checked domains whose last check is at or before now - interval, the oldest first.
    QList<DomainRecord> due(qint64 now, const DomainCheckPolicy &policy) const;
    // When the next check falls due (seconds since the epoch; 0: now, a check is requested);
    // nothing when no domain is re-checked or requested.
    std::optional<qint64> nextDueAt(const DomainCheckPolicy &policy) const;

    // Records a check of the partner's domain at `now`: `method` "meta", "file" or "dns" when the
    // proof was found, "" when not; `finding` what was found or why it failed. Refused when another
    // partner owns the domain verified, and on a partner's desktop. A domain the registration rules
    // refuse (WebsiteRules) is not verified, whatever the check found.
    Result<DomainCheckOutcome> recordCheck(qint64 affiliateId, const QString &domain, const QString &method,
                                           const QString &finding, qint64 now, const DomainCheckPolicy &policy = {});
    // The partner asks a manager's desktop to check the domain (id): check_requested_at = now,
    // audited. Nothing else of the row changes.
    Status requestCheck(qint64 domainId, qint64 now);
    // Whether this file is a partner's own desktop, where checks are previews only.
    bool isPartnerDesktop() const;

    std::optional<DomainRecord> byId(qint64 id) const;
    // One partner's domains, by domain.
    QList<DomainRecord> domains(qint64 affiliateId) const;
    // Every partner's domains whose domain, partner name or code contains `search` (all when
    // empty), in the given states (all when empty), by partner name and domain.
    QList<DomainRecord> all(const QString &search = {}, const QList<DomainRecord::State> &states = {}) const;

private:
    QList<DomainRecord> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
