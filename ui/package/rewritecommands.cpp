#include "rewritecommands.h"

#include "pane.h"
#include "rewriteeditorwidget.h"

namespace PartnerDesk {

RewriteCommand::RewriteCommand(Pane *pane, RewriteEditorWidget *editor, const QString &text)
    : BookCommand(pane, text)
    , m_editor(editor)
    , m_database(pane->database())
{}

void RewriteCommand::show()
{
    if (m_editor)
        m_editor->showChanged(m_changedId, m_shownId);
}

RewriteStore RewriteCommand::store() const
{
    return RewriteStore(m_database);
}

AddRewriteCommand::AddRewriteCommand(Pane *pane, RewriteEditorWidget *editor, const RewriteDraft &draft,
                                     const QString &text)
    : RewriteCommand(pane, editor, text)
    , m_draft(draft)
{}

Status AddRewriteCommand::apply()
{
    if (m_added) {
        // Redo: the same row (id and all) the first time made, so later commands still find it.
        m_shownId = m_row.rewrite.id;
        return store().restore(m_row);
    }
    const Result<RewriteRow> row = store().add(m_draft);
    if (!row)
        return Status::failure(row.error());
    m_row = *row;
    m_added = true;
    m_changedId = m_row.rewrite.id;
    m_shownId = m_row.rewrite.id;
    return Done{};
}

Status AddRewriteCommand::revert()
{
    m_shownId = 0;
    const Result<RewriteRow> removed = store().remove(m_row.rewrite.id);
    return removed ? Status(Done{}) : Status::failure(removed.error());
}

EditRewriteCommand::EditRewriteCommand(Pane *pane, RewriteEditorWidget *editor, const RewriteRow &before,
                                       const RewriteDraft &draft, const QString &text)
    : RewriteCommand(pane, editor, text)
    , m_before(before)
    , m_draft(draft)
{
    m_changedId = before.rewrite.id;
    m_shownId = before.rewrite.id;
}

Status EditRewriteCommand::apply()
{
    if (m_applied)
        return store().restore(m_after);
    const Result<RewriteRow> after = store().update(m_before.rewrite.id, m_draft);
    if (!after)
        return Status::failure(after.error());
    m_after = *after;
    m_applied = true;
    return Done{};
}

Status EditRewriteCommand::revert()
{
    return store().restore(m_before);
}

DeleteRewriteCommand::DeleteRewriteCommand(Pane *pane, RewriteEditorWidget *editor, const RewriteRow &row,
                                           const QString &text)
    : RewriteCommand(pane, editor, text)
    , m_row(row)
{
    m_changedId = row.rewrite.id;
}

Status DeleteRewriteCommand::apply()
{
    m_shownId = 0;
    const Result<RewriteRow> removed = store().remove(m_row.rewrite.id);
    return removed ? Status(Done{}) : Status::failure(removed.error());
}

Status DeleteRewriteCommand::revert()
{
    m_shownId = m_row.rewrite.id;
    return store().restore(m_row);
}

} // namespace PartnerDesk
