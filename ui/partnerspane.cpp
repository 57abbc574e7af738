#include "partnerspane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PartnerDesk {

PartnersPane::PartnersPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("PartnersPane"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
}

PartnersPane::~PartnersPane() = default;

void PartnersPane::reload() {}

} // namespace PartnerDesk
