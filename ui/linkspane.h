#pragma once

#include "pane.h"

class QTabWidget;

namespace PartnerDesk {

class RewriteEditorWidget;

// Direct Links & Rewrites: the manager's view over every partner's vanity links (the rewrite
// editor) and, in a further tab, their websites for direct links.
class LinksPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinksPane)

public:
    LinksPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~LinksPane() override;

    void reload() override;
    // {"rewrite": id} selects that rewrite; {"tab": "rewrites"} brings the tab up.
    void open(const QVariantMap &request) override;

    QTabWidget *tabs() const { return m_tabs; }
    RewriteEditorWidget *rewriteEditor() const { return m_rewrites; }

private:
    QTabWidget *m_tabs = nullptr;
    RewriteEditorWidget *m_rewrites = nullptr;
};

} // namespace PartnerDesk
