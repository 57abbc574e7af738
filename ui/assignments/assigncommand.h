#pragma once

#include "store/assignmentstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace PartnerDesk {

class AssignmentsPane;

// A manual assignment on the undo stack. The books are append-only, so undo is itself an audited
// change: each order gets back the manual assignment it had, or has the assignment withdrawn so
// the rules credit it again (migration 0005). Redo assigns again. Either runs on a worker thread;
// when it fails (the old partner was suspended meanwhile) nothing is written and the command
// leaves the stack.
class AssignCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignCommand)

public:
    // `replaced` is what the assignment, already written, replaced.
    AssignCommand(AssignmentsPane *pane, const AssignmentRequest &request, const QList<ReplacedAssignment> &replaced,
                  const QString &partnerLabel);

    void undo() override;
    void redo() override;

private:
    AssignmentsPane *m_pane;
    AssignmentRequest m_request;
    QList<ReplacedAssignment> m_replaced;
    bool m_written = true; // the first redo() is the assignment the pane already wrote
};

} // namespace PartnerDesk
