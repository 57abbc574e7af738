#pragma once

#include "pane.h"

class QLabel;

namespace PartnerDesk {

// Manual assignments: unattributed orders first, assign or reassign with a reason, the audit log.
class AssignmentsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignmentsPane)

public:
    AssignmentsPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~AssignmentsPane() override;

    void reload() override;

private:
    QLabel *m_placeholder = nullptr;
};

} // namespace PartnerDesk
