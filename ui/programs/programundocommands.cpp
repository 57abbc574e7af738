#include "programundocommands.h"

#include "programspane.h"
#include "store/programstore.h"
#include "store/tierstore.h"

#include <algorithm>

namespace PartnerDesk {

ProgramCommand::ProgramCommand(ProgramsPane *pane, qint64 programId, const QString &text)
    : BookCommand(pane, text)
    , m_pane(pane)
    , m_programId(programId)
{}

void ProgramCommand::show()
{
    m_pane->showProgram(m_programId);
}

EditProgramCommand::EditProgramCommand(ProgramsPane *pane, const Program &before, const Program &after,
                                       const QString &noticesBefore, const QString &noticesAfter, const QString &text)
    : ProgramCommand(pane, before.id, text)
    , m_before(before)
    , m_after(after)
    , m_noticesBefore(noticesBefore)
    , m_noticesAfter(noticesAfter)
{
    m_after.id = before.id;
}

Status EditProgramCommand::apply()
{
    if (Status saved = m_pane->saveProgram(m_after); !saved)
        return saved;
    return m_pane->setNoticeMode(m_after.id, m_noticesAfter);
}

Status EditProgramCommand::revert()
{
    if (Status saved = m_pane->saveProgram(m_before); !saved)
        return saved;
    return m_pane->setNoticeMode(m_before.id, m_noticesBefore);
}

EditTiersCommand::EditTiersCommand(ProgramsPane *pane, qint64 programId, const QList<Tier> &before,
                                   const QList<Tier> &after, const QString &text)
    : ProgramCommand(pane, programId, text)
    , m_before(before)
    , m_after(after)
{}

Status EditTiersCommand::replaceTiers(Database &database, qint64 programId, const QList<Tier> &tiers)
{
    TierStore store(database);
    const auto same = [](const Tier &a, const Tier &b) {
        return a.minOrders == b.minOrders && a.linkRateBp == b.linkRateBp && a.couponRateBp == b.couponRateBp;
    };
    const QList<Tier> existing = store.list(programId);
    for (const Tier &tier : existing) {
        if (std::none_of(tiers.cbegin(), tiers.cend(), [&](const Tier &wanted) { return same(tier, wanted); })) {
            if (Status removed = store.remove(tier.id); !removed)
                return removed;
        }
    }
    for (const Tier &wanted : tiers) {
        if (std::none_of(existing.cbegin(), existing.cend(), [&](const Tier &tier) { return same(tier, wanted); })) {
            if (const Result<qint64> added =
                    store.add(programId, wanted.minOrders, wanted.linkRateBp, wanted.couponRateBp);
                !added)
                return Status::failure(added.error());
        }
    }
    return Done{};
}

Status EditTiersCommand::apply()
{
    return replaceTiers(m_pane->database(), m_programId, m_after);
}

Status EditTiersCommand::revert()
{
    return replaceTiers(m_pane->database(), m_programId, m_before);
}

SetProgramActiveCommand::SetProgramActiveCommand(ProgramsPane *pane, qint64 programId, bool active, const QString &text)
    : ProgramCommand(pane, programId, text)
    , m_active(active)
{}

Status SetProgramActiveCommand::apply()
{
    return m_pane->setProgramActive(m_programId, m_active);
}

Status SetProgramActiveCommand::revert()
{
    return m_pane->setProgramActive(m_programId, !m_active);
}

JoinPartnerCommand::JoinPartnerCommand(ProgramsPane *pane, qint64 programId, qint64 affiliateId, const QString &text)
    : ProgramCommand(pane, programId, text)
    , m_affiliateId(affiliateId)
{}

Status JoinPartnerCommand::apply()
{
    return ProgramStore(m_pane->database()).join(m_affiliateId, m_programId);
}

Status JoinPartnerCommand::revert()
{
    return ProgramStore(m_pane->database()).leave(m_affiliateId, m_programId);
}

} // namespace PartnerDesk
