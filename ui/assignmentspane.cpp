#include "assignmentspane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PartnerDesk {

AssignmentsPane::AssignmentsPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("AssignmentsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
}

AssignmentsPane::~AssignmentsPane() = default;

void AssignmentsPane::reload() {}

} // namespace PartnerDesk
