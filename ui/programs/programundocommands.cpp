#include "programundocommands.h"

#include "programspane.h"
#include "store/programstore.h"

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
