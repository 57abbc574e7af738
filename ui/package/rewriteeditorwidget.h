#pragma once

#include "rewriteexportdialog.h"
#include "store/rewritestore.h"

#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace PartnerDesk {

class Pane;
class RewriteChecker;
class RewriteTableModel;
class TableProxyModel;
struct RewriteCheck;

// The manager's editor of every partner's vanity links (DESIGN.md, "Internal rewrite"): a table
// of all rewrites (host, path, partner, target, last check) with a filter; Add, Edit and Delete
// through RewriteDialog and undoable commands on the pane's stack; "Export Rules…" as nginx or
// Apache rules to a file or the clipboard; and "Check", which requests the live vanity URLs of
// the selected rewrites (or sends them through a staging server, "check through") and shows per
// row whether each answered 302 with its tracked URL.
class RewriteEditorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RewriteEditorWidget)

public:
    // Edits go through `pane`'s undo stack and tell the other panes through its booksChanged.
    explicit RewriteEditorWidget(Pane *pane, QWidget *parent = nullptr);
    ~RewriteEditorWidget() override;

    void reload();
    // Reloads and selects the rewrite (0: keeps the selection where possible).
    void showRewrite(qint64 id);
    // After an edit, undo or redo of rewrite `changedId`: its last check is void; shows `shownId`.
    void showChanged(qint64 changedId, qint64 shownId);

    void addRewrite();
    void editRewrite();
    void deleteRewrites();
    void checkSelected();
    void exportRules();

    QList<RewriteRow> selectedRewrites() const;
    RewriteTableModel *model() const { return m_model; }

    // Called on the checker before every check (tests shorten the timeout).
    void setCheckerSetup(std::function<void(RewriteChecker &)> setup) { m_checkerSetup = std::move(setup); }

private:
    void createActions();
    void createViews();
    void updateActions();
    void updateStatus();
    void showContextMenu(const QPoint &position);
    void checked(const RewriteCheck &result);
    void checkThroughEdited();
    void selectIds(const QList<qint64> &ids);
    QAction *createAction(const QString &text, const QString &objectName, const QString &iconName);

    Pane *m_pane = nullptr;
    RewriteTableModel *m_model = nullptr;
    TableProxyModel *m_proxy = nullptr;
    RewriteChecker *m_checker = nullptr;
    std::function<void(RewriteChecker &)> m_checkerSetup;
    RewriteExportDialog::PathChooser m_choosePath;

    QLineEdit *m_filterEdit = nullptr;
    QLineEdit *m_checkThroughEdit = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTimer *m_filterDelay = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_cancelCheckAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace PartnerDesk
