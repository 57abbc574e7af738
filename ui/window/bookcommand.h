#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QUndoCommand>

class QUndoStack;

namespace PartnerDesk {

class Pane;

// An edit of the books a manager can undo. apply() makes the edit and revert() takes it back,
// both through the stores; after either the pane shows the result and the other panes are told
// (booksChanged). An undo or redo the store refuses (a partner who now has transactions, a
// program switched off since) is reported and the command leaves the stack.
class BookCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(BookCommand)
    Q_DISABLE_COPY_MOVE(BookCommand)

public:
    ~BookCommand() override;

    // Makes the edit now; only when it succeeded is the command pushed on `stack` (which does
    // not make it a second time). Takes ownership of `command` either way.
    static Status run(QUndoStack *stack, BookCommand *command);
    // Pushes a command whose edit was already made elsewhere (e.g. inside a dialog).
    static void record(QUndoStack *stack, BookCommand *command);

    void redo() final;
    void undo() final;

protected:
    BookCommand(Pane *pane, const QString &text);

    virtual Status apply() = 0;
    virtual Status revert() = 0;
    // Brings what changed into view in the pane that owns the command.
    virtual void show() = 0;

private:
    void finish(const Status &status, bool undoing);

    Pane *m_pane = nullptr;
    bool m_alreadyApplied = false;
};

} // namespace PartnerDesk
