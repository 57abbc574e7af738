#pragma once

#include "core/records.h"
#include "core/result.h"
#include "pane.h"

class QAction;
class QLabel;
class QSplitter;
class QTableView;

namespace PartnerDesk {

class MembershipListModel;
class ProgramListModel;
class TableProxyModel;

// Programs and, below the selected one, its members: add and edit programs, switch them on and
// off, join partners to them.
class ProgramsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramsPane)

public:
    ProgramsPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ProgramsPane() override;

    void reload() override;
    // 0 when no program is selected.
    qint64 selectedProgramId() const;
    void selectProgram(qint64 programId);

    void addProgram();
    void editProgram();
    void toggleActive();
    void joinPartner();

    // For the undo commands: edits through the pane's model, so its rows stay in step ...
    Status saveProgram(const Program &program);
    Status setProgramActive(qint64 programId, bool active);
    // The program's e-mail notices to partners (off, each, digest) and their change (issue #14).
    QString noticeMode(qint64 programId) const;
    Status setNoticeMode(qint64 programId, const QString &mode);
    // ... and the program (its row, its members) shown again after an edit.
    void showProgram(qint64 programId);

private:
    void createActions();
    void createViews();
    void updateActions();
    void showMembers();
    void showContextMenu(const QPoint &position);
    void restoreLayout();
    void saveLayout() const;

    ProgramListModel *m_programs = nullptr;
    TableProxyModel *m_programsProxy = nullptr;
    MembershipListModel *m_members = nullptr;
    QTableView *m_programsTable = nullptr;
    QTableView *m_membersTable = nullptr;
    QLabel *m_membersLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_toggleActiveAction = nullptr;
    QAction *m_joinAction = nullptr;
};

} // namespace PartnerDesk
