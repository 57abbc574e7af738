#include "reportspane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PartnerDesk {

ReportsPane::ReportsPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("ReportsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
}

ReportsPane::~ReportsPane() = default;

void ReportsPane::reload() {}

} // namespace PartnerDesk
