#include "requestcommands.h"

#include "itemmodels/requesttablemodel.h"
#include "requestspane.h"

namespace PartnerDesk {

DecideRequestCommand::DecideRequestCommand(RequestsPane *pane, const PartnerRequest &request, Verdict verdict,
                                           const RequestStore::Approval &approval, const QString &reason)
    : BookCommand(pane, describe(request, verdict))
    , m_pane(pane)
    , m_kind(request.kind)
    , m_id(request.id)
    , m_verdict(verdict)
    , m_approval(approval)
    , m_reason(reason)
{}

QString DecideRequestCommand::describe(const PartnerRequest &request, Verdict verdict)
{
    const QString what = RequestTableModel::kindName(request.kind).toLower();
    const QString who = RequestTableModel::whoText(request);
    return verdict == Verdict::Approve ? BookCommand::tr("Approve the %1 of %2").arg(what, who)
                                       : BookCommand::tr("Reject the %1 of %2").arg(what, who);
}

Status DecideRequestCommand::apply()
{
    RequestStore store(m_pane->database());
    Result<Decision> decided =
        m_verdict == Verdict::Approve ? store.approve(m_kind, m_id, m_approval) : store.reject(m_kind, m_id, m_reason);
    if (!decided)
        return Status::failure(decided.error());
    m_decision = *decided;
    return Done{};
}

Status DecideRequestCommand::revert()
{
    if (!m_decision)
        return Status::failure(BookCommand::tr("There is no decision to undo."));
    const Status undone = RequestStore(m_pane->database()).undo(*m_decision);
    if (undone)
        m_decision.reset();
    return undone;
}

void DecideRequestCommand::show()
{
    m_pane->reload();
    m_pane->showRequest(m_kind, m_id);
}

} // namespace PartnerDesk
