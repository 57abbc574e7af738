#pragma once

#include "firstrun.h"
#include "store/result.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace PartnerDesk {

class Database;
class ProgramsPane;

// The window: a navigation list on the left switching the panes on the right, one per concern.
// Panes are built for one open database and rebuilt when another one is opened.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` and shows it. A file that does not exist yet is created, with demo data when
    // `whenNew` says so (or the user, asked, chooses it).
    Status openDatabase(const QString &path, FirstRun::Content whenNew = FirstRun::Content::Empty);
    // Reads everything the panes show again.
    void reload();
    Database *database() const { return m_database.get(); }

    static QIcon applicationIcon();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createPanes();
    void removePanes();
    void chooseDatabase();
    void chooseNewDatabase();
    void about();

    std::unique_ptr<Database> m_database;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_panes = nullptr;
    QLabel *m_databaseLabel = nullptr;
    ProgramsPane *m_programsPane = nullptr;
};

} // namespace PartnerDesk
