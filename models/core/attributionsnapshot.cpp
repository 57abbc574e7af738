#include "attributionsnapshot.h"

#include "hostname.h"

#include <algorithm>

namespace PartnerDesk {

void AttributionSnapshot::addProgram(const ProgramTerms &program)
{
    ProgramTerms &terms = *m_programs.insert(program.id, program);
    std::sort(terms.tiers.begin(), terms.tiers.end(),
              [](const Tier &a, const Tier &b) { return a.minOrders < b.minOrders; });
    m_anyLifetime = m_anyLifetime || program.lifetimeDays > 0;
    for (auto it = m_affiliates.begin(); it != m_affiliates.end(); ++it)
        refreshPrimary(it.value());
}

void AttributionSnapshot::addAffiliate(qint64 id, const QString &code, const QString &name, const QString &email,
                                       bool approved)
{
    AffiliateFacts facts;
    facts.id = id;
    facts.code = code;
    facts.name = name;
    facts.email = email;
    facts.approved = approved;
    // Memberships may have been added before the affiliate; derive the active ones now.
    refreshPrimary(*m_affiliates.insert(id, facts));
    m_affiliateByCode.insert(code.toLower(), id);
}

void AttributionSnapshot::addMembership(qint64 affiliateId, qint64 programId, bool active, bool primary)
{
    m_memberships[affiliateId].append({programId, active});
    if (primary)
        m_chosenPrimary.insert(affiliateId, programId);
    auto it = m_affiliates.find(affiliateId);
    if (it != m_affiliates.end())
        refreshPrimary(it.value());
}

void AttributionSnapshot::refreshPrimary(AffiliateFacts &affiliate)
{
    affiliate.activePrograms.clear();
    affiliate.anyProgramId = 0;
    const auto memberships = m_memberships.value(affiliate.id);
    for (const auto &[programId, active] : memberships) {
        affiliate.anyProgramId = programId;
        const ProgramTerms *terms = program(programId);
        if (active && affiliate.approved && terms && terms->active)
            affiliate.activePrograms.append(programId);
    }
    // The manager's chosen primary if it is still active, else the first joined that is.
    const qint64 chosen = m_chosenPrimary.value(affiliate.id, 0);
    if (chosen && affiliate.activePrograms.contains(chosen))
        affiliate.primaryProgramId = chosen;
    else
        affiliate.primaryProgramId = affiliate.activePrograms.value(0, 0);
}

void AttributionSnapshot::addCoupon(const CouponFacts &coupon)
{
    m_coupons.insert(coupon.code.trimmed().toLower(), coupon);
}

QString AttributionSnapshot::normalisePath(const QString &path)
{
    QString p = path.trimmed();
    if (!p.startsWith(u'/'))
        p.prepend(u'/');
    while (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    return p;
}

void AttributionSnapshot::addRewrite(qint64 affiliateId, const QString &host, const QString &path)
{
    m_rewrites.insert(host + normalisePath(path), affiliateId);
    m_rewritePaths.insert(normalisePath(path).toLower());
}

void AttributionSnapshot::addVerifiedDomain(qint64 affiliateId, const QString &domainPattern)
{
    if (domainPattern.startsWith(u"*."))
        m_wildcardDomains.insert(domainPattern.mid(2), affiliateId);
    else
        m_exactDomains.insert(domainPattern, affiliateId);
}

void AttributionSnapshot::addRegisteredDomain(qint64 affiliateId, const QString &domainPattern)
{
    m_registeredDomains[affiliateId].append(domainPattern);
}

void AttributionSnapshot::setRewriteCampaign(const QString &host, const QString &path, const QString &campaign)
{
    if (!campaign.isEmpty())
        m_rewriteCampaigns.insert(host + normalisePath(path), campaign);
}

void AttributionSnapshot::addPartnerRate(const PartnerRate &rate)
{
    QList<PartnerRate> &rows = m_rates[{rate.affiliateId, rate.programId}];
    rows.append(rate);
    std::sort(rows.begin(), rows.end(),
              [](const PartnerRate &a, const PartnerRate &b) { return a.effectiveFrom < b.effectiveFrom; });
}

const PartnerRate *AttributionSnapshot::partnerRateAt(qint64 affiliateId, qint64 programId, qint64 at) const
{
    auto it = m_rates.constFind({affiliateId, programId});
    if (it == m_rates.cend())
        return nullptr;
    const PartnerRate *inForce = nullptr;
    for (const PartnerRate &row : it.value()) {
        if (row.effectiveFrom > at)
            break;
        inForce = &row;
    }
    return inForce;
}

QString AttributionSnapshot::registeredDomainOf(qint64 affiliateId, const QString &host) const
{
    if (host.isEmpty())
        return {};
    for (const QString &pattern : m_registeredDomains.value(affiliateId)) {
        if (HostName::matchesDomain(host, pattern))
            return pattern;
    }
    return {};
}

bool AttributionSnapshot::anySharedCustomerRule() const
{
    return std::any_of(m_programs.cbegin(), m_programs.cend(),
                       [](const ProgramTerms &terms) { return terms.fraud.sharedCustomers > 0; });
}

bool AttributionSnapshot::anyCancelShareRule() const
{
    return std::any_of(m_programs.cbegin(), m_programs.cend(),
                       [](const ProgramTerms &terms) { return terms.fraud.cancelShareBp > 0; });
}

QSet<qint64> AttributionSnapshot::tieredPrograms() const
{
    QSet<qint64> ids;
    for (const ProgramTerms &terms : m_programs) {
        if (!terms.tiers.isEmpty())
            ids.insert(terms.id);
    }
    return ids;
}

QString AttributionSnapshot::rewriteCampaign(const QString &host, const QString &path) const
{
    return m_rewriteCampaigns.value(host + normalisePath(path));
}

void AttributionSnapshot::setManual(const QString &orderId, const ManualFacts &manual)
{
    m_manual.insert(orderId, manual);
}

void AttributionSnapshot::clearManual(const QString &orderId)
{
    m_manual.remove(orderId);
}

const ProgramTerms *AttributionSnapshot::program(qint64 id) const
{
    auto it = m_programs.constFind(id);
    return it == m_programs.cend() ? nullptr : &it.value();
}

const AffiliateFacts *AttributionSnapshot::affiliate(qint64 id) const
{
    auto it = m_affiliates.constFind(id);
    return it == m_affiliates.cend() ? nullptr : &it.value();
}

const AffiliateFacts *AttributionSnapshot::affiliateByCode(const QString &code) const
{
    auto it = m_affiliateByCode.constFind(code.toLower());
    return it == m_affiliateByCode.cend() ? nullptr : affiliate(it.value());
}

const CouponFacts *AttributionSnapshot::coupon(const QString &code) const
{
    auto it = m_coupons.constFind(code.trimmed().toLower());
    return it == m_coupons.cend() ? nullptr : &it.value();
}

std::optional<qint64> AttributionSnapshot::rewriteOwner(const QString &host, const QString &path) const
{
    auto it = m_rewrites.constFind(host + normalisePath(path));
    if (it == m_rewrites.cend())
        return std::nullopt;
    return it.value();
}

std::optional<std::pair<qint64, QString>> AttributionSnapshot::domainOwner(const QString &host) const
{
    if (host.isEmpty())
        return std::nullopt;
    if (auto it = m_exactDomains.constFind(host); it != m_exactDomains.cend())
        return std::pair{it.value(), host};
    // "*.example.com" covers example.com and every subdomain: walk up the labels.
    QString candidate = host;
    while (true) {
        if (auto it = m_wildcardDomains.constFind(candidate); it != m_wildcardDomains.cend())
            return std::pair{it.value(), QStringLiteral("*.") + candidate};
        const qsizetype dot = candidate.indexOf(u'.');
        if (dot < 0)
            return std::nullopt;
        candidate = candidate.mid(dot + 1);
    }
}

bool AttributionSnapshot::mayBeRewritePath(QStringView rawPath) const
{
    if (m_rewritePaths.isEmpty())
        return false;
    QString path = normalisePath(rawPath.toString()).toLower();
    // Percent-encoded paths are compared after QUrl's parsing; let them through to the full check.
    return path.contains(u'%') || m_rewritePaths.contains(path);
}

const ManualFacts *AttributionSnapshot::manual(const QString &orderId) const
{
    auto it = m_manual.constFind(orderId);
    return it == m_manual.cend() ? nullptr : &it.value();
}

bool AttributionSnapshot::isStoreHost(const QString &host) const
{
    for (const ProgramTerms &terms : m_programs) {
        for (const QString &storeHost : terms.storeHosts) {
            if (HostName::isOnStoreHost(host, storeHost))
                return true;
        }
    }
    return false;
}

bool AttributionSnapshot::hasActiveMembership(qint64 affiliateId, qint64 programId) const
{
    const AffiliateFacts *facts = affiliate(affiliateId);
    return facts && facts->activePrograms.contains(programId);
}

} // namespace PartnerDesk
