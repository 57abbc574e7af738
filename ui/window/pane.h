#pragma once

#include <QVariantMap>
#include <QWidget>

class QAction;
class QUndoStack;

namespace PartnerDesk {

class Database;

// One pane of the main window (Programs, Partners, Transactions, ...). A pane owns its views,
// toolbar and actions and asks models/ for every decision. Panes never call each other: they
// say what changed (booksChanged) or where the user wants to go (navigate), and the main window
// passes it on.
class Pane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pane)

public:
    Pane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Reads everything the pane shows again.
    virtual void reload() = 0;
    // The main window brings the pane to the front for a request of another pane, e.g.
    // {"affiliate": "CODE"} or {"order": "100042"}. Unknown keys are ignored.
    virtual void open(const QVariantMap &request) { Q_UNUSED(request) }

    // The books changed elsewhere: reload now when visible, else the next time the pane shows.
    void invalidate();
    bool isStale() const { return m_stale; }

    Database &database() const { return m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }

Q_SIGNALS:
    // A sentence about what the last action did, for the status bar.
    void statusMessage(const QString &message);
    // This pane (or an undo of its command) changed the books; the other panes reload.
    void booksChanged();
    // The user wants another pane ("programs", "partners", "transactions", "assignments",
    // "payouts", "reports") to show something: see open().
    void navigate(const QString &pane, const QVariantMap &request);

protected:
    void showEvent(QShowEvent *event) override;
    // An action of this pane: its shortcut works while the focus is in the pane, so panes may
    // each have their own Add, Find or Explain.
    QAction *createAction(const QString &text, const QString &objectName, const QString &iconName);

private:
    Database &m_database;
    QUndoStack *m_undoStack = nullptr;
    bool m_stale = false;
};

} // namespace PartnerDesk
