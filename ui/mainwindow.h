#pragma once

#include "firstrun.h"
#include "store/result.h"

#include <QMainWindow>
#include <QVariantMap>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace PartnerDesk {

class Database;
class Pane;

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
    // Reads everything the panes show again (the visible pane now, the others when shown).
    void reload();
    Database *database() const { return m_database.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The pane ids, in navigation order: programs, partners, transactions, assignments, payouts, reports.
    static QStringList paneIds();
    // Brings a pane to the front; false for an unknown id or before a database is open.
    bool showPane(const QString &id, const QVariantMap &request = {});
    Pane *pane(const QString &id) const;
    QString currentPaneId() const;

    static QIcon applicationIcon();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createNavigation();
    void createPanes();
    void addPane(const QString &id, Pane *pane);
    void removePanes();
    void chooseDatabase();
    void chooseNewDatabase();
    void about();

    std::unique_ptr<Database> m_database;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_panes = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QList<Pane *> m_paneList; // in navigation order
};

} // namespace PartnerDesk
