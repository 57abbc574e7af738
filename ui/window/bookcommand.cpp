#include "bookcommand.h"

#include "pane.h"

#include <QMessageBox>
#include <QUndoStack>

namespace PartnerDesk {

BookCommand::BookCommand(Pane *pane, const QString &text)
    : QUndoCommand(text)
    , m_pane(pane)
{}

BookCommand::~BookCommand() = default;

Status BookCommand::run(QUndoStack *stack, BookCommand *command)
{
    Status status = command->apply();
    if (!status) {
        delete command;
        return status;
    }
    record(stack, command);
    return status;
}

void BookCommand::record(QUndoStack *stack, BookCommand *command)
{
    command->m_alreadyApplied = true;
    stack->push(command); // calls redo(), which now only shows the result
}

void BookCommand::redo()
{
    if (m_alreadyApplied) {
        // The pane that made the edit says what it did.
        m_alreadyApplied = false;
        show();
        Q_EMIT m_pane->booksChanged();
        return;
    }
    finish(apply(), false);
}

void BookCommand::undo()
{
    finish(revert(), true);
}

void BookCommand::finish(const Status &status, bool undoing)
{
    show();
    Q_EMIT m_pane->booksChanged();
    if (status) {
        Q_EMIT m_pane->statusMessage(undoing ? tr("Undone: %1").arg(text()) : tr("Done: %1").arg(text()));
        return;
    }
    // The stack drops an obsolete command instead of moving past it.
    setObsolete(true);
    QMessageBox::warning(
        m_pane, undoing ? tr("Undo") : tr("Redo"),
        (undoing ? tr("Could not undo \"%1\": %2") : tr("Could not redo \"%1\": %2")).arg(text(), status.error()));
}

} // namespace PartnerDesk
