#pragma once

#include <QListWidget>
#include <QStringList>

class QAction;
class QMenu;

namespace PartnerDesk {

// The list on the left of the main window: one entry per pane, in navigation order, with an icon,
// and the View menu's matching actions (Ctrl+1, Ctrl+2, …). Which panes a manager and a partner
// see is decided here, in one table. An entry may carry a count badge (the Requests pane's
// waiting requests), drawn at its right edge and said in its tooltip.
class PaneNavigation final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneNavigation)

public:
    explicit PaneNavigation(QWidget *parent = nullptr);

    // A manager's pane ids, in navigation order.
    static QStringList managerPaneIds();
    // Partner mode's.
    static QStringList partnerPaneIds();

    // The View menu to keep in step, ending with `reload`.
    void setViewMenu(QMenu *menu, QAction *reload);
    // Shows the panes `ids`, in order, in the list and the View menu.
    void setPanes(const QStringList &ids);
    // The count shown beside pane `id`; 0 shows none. Kept until setPanes().
    void setBadge(const QString &id, int count);
    int badge(const QString &id) const;

Q_SIGNALS:
    // A View menu action asked for the pane.
    void paneRequested(const QString &id);

private:
    QStringList m_ids;
    QMenu *m_viewMenu = nullptr;
    QAction *m_reload = nullptr;
};

} // namespace PartnerDesk
