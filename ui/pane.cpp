#include "pane.h"

#include <QShowEvent>

namespace PartnerDesk {

Pane::Pane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack)
{}

void Pane::invalidate()
{
    if (isVisible()) {
        m_stale = false;
        reload();
    } else {
        m_stale = true;
    }
}

void Pane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !event->spontaneous()) {
        m_stale = false;
        reload();
    }
}

} // namespace PartnerDesk
