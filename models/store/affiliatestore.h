#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace PartnerDesk {

class Database;

// Partners and what belongs to them: coupons, banners, direct-link domains, rewrites.
class AffiliateStore final
{
    Q_DECLARE_TR_FUNCTIONS(AffiliateStore)

public:
    explicit AffiliateStore(Database &database);

    // Creates a partner; an empty code gets a generated one. Returns the stored partner.
    Result<Affiliate> add(const QString &name, const QString &email, const QString &code = {});
    Status setStatus(qint64 affiliateId, const QString &status);
    std::optional<Affiliate> byCode(const QString &code) const;
    std::optional<Affiliate> byId(qint64 id) const;
    // Partners whose name, code or email contains `search` (all when empty), by name.
    QList<Affiliate> list(const QString &search = {}, int limit = 500) const;
    int count() const;

    // A coupon of the partner in a program he is an active member of; empty code: generated.
    Result<QString> createCoupon(qint64 affiliateId, qint64 programId, const QString &code = {});
    // Switches a coupon off (attribution ignores it) or on again, audited.
    Status setCouponActive(const QString &code, bool active);
    // Registers a website for direct links and returns its verification token.
    Result<QString> addDomain(qint64 affiliateId, const QString &domain);
    // A manager's override: marks the domain verified without a network check, audited.
    Status approveDomain(qint64 affiliateId, const QString &domain, const QString &reason);
    QList<DirectDomain> domains(qint64 affiliateId) const;
    // The outcome of a network check at `when` (ISO 8601): `method` "meta", "file" or "dns" marks
    // the domain verified; an empty method is a failed check (a verified domain starts lapsing, see
    // DomainStore). Audited; refused when another partner owns the domain verified.
    Status recordVerification(qint64 affiliateId, const QString &domain, const QString &method, const QString &when);

    // A vanity path on a store host forwarding to the partner's tracked URL for `targetUrl`.
    Result<qint64> addRewrite(qint64 affiliateId, const QString &host, const QString &path, const QString &targetUrl);
    QList<Rewrite> rewrites() const;

    Result<qint64> addBanner(const Banner &banner);
    std::optional<Banner> banner(qint64 id) const;
    // The program's stock banners (a partner's own banners are his alone).
    QList<Banner> banners(qint64 programId) const;

    // Store hosts of every program the partner is an active member of (for link generation).
    QStringList storeHostsOf(qint64 affiliateId) const;

    static QString generateCode(int length = 10);

private:
    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
