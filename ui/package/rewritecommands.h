#pragma once

#include "bookcommand.h"
#include "store/rewritestore.h"

#include <QPointer>

namespace PartnerDesk {

class RewriteEditorWidget;

// The undoable edits of the rewrite editor. Each keeps the rows it needs to put things back
// exactly (RewriteStore::restore: same id, same created_at); their text is written by the editor.

// Base: after every undo and redo the editor shows the rewrite again (or that it is gone).
class RewriteCommand : public BookCommand
{
    Q_DISABLE_COPY_MOVE(RewriteCommand)

protected:
    RewriteCommand(Pane *pane, RewriteEditorWidget *editor, const QString &text);
    void show() override;

    RewriteStore store() const;

    QPointer<RewriteEditorWidget> m_editor;
    Database &m_database;
    qint64 m_changedId = 0; // the rewrite the command edits
    qint64 m_shownId = 0;   // the rewrite to select afterwards (0 when it is gone)
};

// Adds a rewrite; undo deletes it, redo puts the very same row back.
class AddRewriteCommand final : public RewriteCommand
{
public:
    AddRewriteCommand(Pane *pane, RewriteEditorWidget *editor, const RewriteDraft &draft, const QString &text);
    const RewriteRow &row() const { return m_row; }

protected:
    Status apply() override;
    Status revert() override;

private:
    RewriteDraft m_draft;
    RewriteRow m_row;
    bool m_added = false;
};

// Changes a rewrite; undo sets it back as it was, redo as it became.
class EditRewriteCommand final : public RewriteCommand
{
public:
    EditRewriteCommand(Pane *pane, RewriteEditorWidget *editor, const RewriteRow &before, const RewriteDraft &draft,
                       const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    RewriteRow m_before;
    RewriteDraft m_draft;
    RewriteRow m_after;
    bool m_applied = false;
};

// Deletes a rewrite; undo restores it exactly.
class DeleteRewriteCommand final : public RewriteCommand
{
public:
    DeleteRewriteCommand(Pane *pane, RewriteEditorWidget *editor, const RewriteRow &row, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    RewriteRow m_row;
};

} // namespace PartnerDesk
