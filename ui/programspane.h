#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTableView;

namespace PartnerDesk {

class Database;
class MembershipListModel;
class ProgramListModel;
class TableProxyModel;

// Programs and, below the selected one, its members: add and edit programs, switch them on and
// off, join partners to them.
class ProgramsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramsPane)

public:
    explicit ProgramsPane(Database &database, QWidget *parent = nullptr);
    ~ProgramsPane() override;

    void reload();
    // 0 when no program is selected.
    qint64 selectedProgramId() const;
    void selectProgram(qint64 programId);

    void addProgram();
    void editProgram();
    void toggleActive();
    void joinPartner();

Q_SIGNALS:
    // A sentence about what the last action did, for the status bar.
    void statusMessage(const QString &message);

private:
    QAction *createAction(const QString &text, const QString &objectName, const QString &iconName);
    void createActions();
    void createViews();
    void updateActions();
    void showMembers();
    void showContextMenu(const QPoint &position);
    void restoreLayout();
    void saveLayout() const;

    Database &m_database;
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
