#include "pane.h"

#include "themeicon.h"

#include <QAction>
#include <QIcon>
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

QAction *Pane::createAction(const QString &text, const QString &objectName, const QString &iconName)
{
    auto *action = new QAction(themeIcon(iconName), text, this);
    action->setObjectName(objectName);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
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
