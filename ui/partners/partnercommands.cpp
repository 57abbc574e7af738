#include "partnercommands.h"

#include "partnerspane.h"
#include "store/affiliatestore.h"
#include "store/partnerstore.h"
#include "store/programstore.h"

namespace PartnerDesk {

PartnerCommand::PartnerCommand(PartnersPane *pane, qint64 affiliateId, const QString &text)
    : BookCommand(pane, text)
    , m_pane(pane)
    , m_affiliateId(affiliateId)
{}

void PartnerCommand::show()
{
    m_pane->showPartner(m_affiliateId);
}

SetPartnerStatusCommand::SetPartnerStatusCommand(PartnersPane *pane, const Affiliate &affiliate, const QString &status,
                                                 const QString &text)
    : PartnerCommand(pane, affiliate.id, text)
    , m_before(affiliate.status)
    , m_after(status)
{}

Status SetPartnerStatusCommand::apply()
{
    return AffiliateStore(m_pane->database()).setStatus(m_affiliateId, m_after);
}

Status SetPartnerStatusCommand::revert()
{
    return AffiliateStore(m_pane->database()).setStatus(m_affiliateId, m_before);
}

JoinProgramCommand::JoinProgramCommand(PartnersPane *pane, qint64 affiliateId, qint64 programId, const QString &text)
    : PartnerCommand(pane, affiliateId, text)
    , m_programId(programId)
{}

Status JoinProgramCommand::apply()
{
    return ProgramStore(m_pane->database()).join(m_affiliateId, m_programId);
}

Status JoinProgramCommand::revert()
{
    return ProgramStore(m_pane->database()).leave(m_affiliateId, m_programId);
}

LeaveProgramCommand::LeaveProgramCommand(PartnersPane *pane, const Membership &membership, const QString &text)
    : PartnerCommand(pane, membership.affiliateId, text)
    , m_programId(membership.programId)
    , m_wasPrimary(membership.primary)
{}

Status LeaveProgramCommand::apply()
{
    return ProgramStore(m_pane->database()).leave(m_affiliateId, m_programId);
}

Status LeaveProgramCommand::revert()
{
    ProgramStore store(m_pane->database());
    if (Status status = store.join(m_affiliateId, m_programId); !status)
        return status;
    // Re-joining makes it primary only when no other membership is active; it may have been
    // primary beside others.
    return m_wasPrimary ? store.setPrimary(m_affiliateId, m_programId) : Status(Done{});
}

SetPrimaryCommand::SetPrimaryCommand(PartnersPane *pane, qint64 affiliateId, qint64 previousProgramId, qint64 programId,
                                     const QString &text)
    : PartnerCommand(pane, affiliateId, text)
    , m_previous(previousProgramId)
    , m_programId(programId)
{}

Status SetPrimaryCommand::apply()
{
    return ProgramStore(m_pane->database()).setPrimary(m_affiliateId, m_programId);
}

Status SetPrimaryCommand::revert()
{
    return ProgramStore(m_pane->database()).setPrimary(m_affiliateId, m_previous);
}

AddPartnerCommand::AddPartnerCommand(PartnersPane *pane, const QString &name, const QString &email, const QString &code,
                                     const QString &text)
    : PartnerCommand(pane, 0, text)
{
    m_affiliate.name = name;
    m_affiliate.email = email;
    m_affiliate.code = code;
}

Status AddPartnerCommand::apply()
{
    if (m_created)
        return PartnerStore(m_pane->database()).restore(m_affiliate, BookCommand::tr("Redo: %1").arg(text()));
    const Result<Affiliate> added =
        AffiliateStore(m_pane->database()).add(m_affiliate.name, m_affiliate.email, m_affiliate.code);
    if (!added)
        return Status::failure(added.error());
    m_affiliate = *added;
    m_affiliateId = m_affiliate.id;
    m_created = true;
    return Done{};
}

Status AddPartnerCommand::revert()
{
    return PartnerStore(m_pane->database()).remove(m_affiliateId, BookCommand::tr("Undo: %1").arg(text()));
}

void AddPartnerCommand::show()
{
    // He comes and goes from the list, so it is read again.
    m_pane->reloadPartners(m_affiliateId);
}

CreateCouponCommand::CreateCouponCommand(PartnersPane *pane, qint64 affiliateId, qint64 programId, const QString &code,
                                         const QString &text)
    : PartnerCommand(pane, affiliateId, text)
    , m_programId(programId)
    , m_code(code)
{}

Status CreateCouponCommand::apply()
{
    if (m_created)
        return AffiliateStore(m_pane->database()).setCouponActive(m_code, true);
    const Result<QString> code = AffiliateStore(m_pane->database()).createCoupon(m_affiliateId, m_programId, m_code);
    if (!code)
        return Status::failure(code.error());
    m_code = *code;
    m_created = true;
    return Done{};
}

Status CreateCouponCommand::revert()
{
    return AffiliateStore(m_pane->database()).setCouponActive(m_code, false);
}

} // namespace PartnerDesk
