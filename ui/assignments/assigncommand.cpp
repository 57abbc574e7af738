#include "assigncommand.h"

#include "assignmentspane.h"

#include <QLocale>

namespace PartnerDesk {

AssignCommand::AssignCommand(AssignmentsPane *pane, const AssignmentRequest &request,
                             const QList<ReplacedAssignment> &replaced, const QString &partnerLabel)
    : m_pane(pane)
    , m_request(request)
    , m_replaced(replaced)
{
    setText(replaced.size() == 1 ? tr("Assign order %1 to %2").arg(replaced.first().orderId, partnerLabel)
                                 : tr("Assign %1 orders to %2").arg(QLocale().toString(replaced.size()), partnerLabel));
}

void AssignCommand::undo()
{
    if (!m_pane->restoreAssignments(m_replaced, tr("undo: %1").arg(m_request.reason)))
        setObsolete(true);
}

void AssignCommand::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    AssignmentRequest again = m_request;
    again.reason = tr("redo: %1").arg(m_request.reason);
    const std::optional<QList<ReplacedAssignment>> replaced = m_pane->assignInBackground(again);
    if (!replaced) {
        setObsolete(true);
        return;
    }
    m_replaced = *replaced;
}

} // namespace PartnerDesk
