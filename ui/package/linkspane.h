#pragma once

#include "pane.h"

class QTabWidget;

namespace PartnerDesk {

class DomainRechecker;
class RewriteEditorWidget;
class WebsitesOverviewWidget;

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
    // {"rewrite": id} selects that rewrite; {"tab": "rewrites" | "websites"} brings the tab up.
    void open(const QVariantMap &request) override;

    QTabWidget *tabs() const { return m_tabs; }
    RewriteEditorWidget *rewriteEditor() const { return m_rewrites; }
    WebsitesOverviewWidget *websites() const { return m_websites; }
    // The window's scheduled re-checker, which the Websites tab's Re-check buttons drive.
    void setRechecker(DomainRechecker *rechecker);

private:
    QTabWidget *m_tabs = nullptr;
    RewriteEditorWidget *m_rewrites = nullptr;
    WebsitesOverviewWidget *m_websites = nullptr;
};

} // namespace PartnerDesk
