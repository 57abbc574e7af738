#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace PartnerDesk {

class ConflictFieldModel;
class ConflictListModel;
class Database;

// The sync conflicts waiting for the manager (objectName "ConflictsDialog", docs/SYNC.md): the
// open conflicts on the left, the chosen one's fields side by side on the right (the ones that
// differ in bold on a tint), and Keep Mine / Take Theirs, each confirmed with what it does. After a
// choice the list reloads; choiceMade() tells the window to reload its panes and sync.
class ConflictsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsDialog)

public:
    explicit ConflictsDialog(Database &database, QWidget *parent = nullptr);
    ~ConflictsDialog() override;

    bool choiceMade() const { return m_choiceMade; }
    void reload();

private:
    enum class Choice
    {
        KeepMine,
        TakeTheirs
    };
    void showCurrent();
    void choose(Choice choice);
    int currentRow() const;

    Database &m_database;
    ConflictListModel *m_list = nullptr;
    ConflictFieldModel *m_fields = nullptr;
    QTableView *m_listView = nullptr;
    QTableView *m_fieldView = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    bool m_choiceMade = false;
};

} // namespace PartnerDesk
