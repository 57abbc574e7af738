#include "payoutspane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PartnerDesk {

PayoutsPane::PayoutsPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("PayoutsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
}

PayoutsPane::~PayoutsPane() = default;

void PayoutsPane::reload() {}

} // namespace PartnerDesk
