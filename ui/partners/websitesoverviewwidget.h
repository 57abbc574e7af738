#pragma once

#include "store/domainstore.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace PartnerDesk {

class Database;
class DomainRechecker;
class DomainVerifier;
class TableProxyModel;
class WebsiteListModel;
struct DomainRecheckResult;
struct DomainRecheckSummary;

// Every partner's direct-link websites for a manager (the "Websites" tab of Direct Links &
// Rewrites): partner, domain, method, status (verified, lapsing, lapsed, unverified), last check
// and last finding; a filter; "Re-check Now" for the selection and "Re-check All Due", with
// progress and Cancel. Checks run asynchronously through a DomainRechecker; the window never waits.
// Re-checks are not undoable: they record what the network said, not a manager's edit.
class WebsitesOverviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebsitesOverviewWidget)

public:
    explicit WebsitesOverviewWidget(Database &database, QWidget *parent = nullptr);
    ~WebsitesOverviewWidget() override;

    // Shares a rechecker (MainWindow's scheduled one) instead of the widget's own; its runs then
    // show here too. Null goes back to the widget's own.
    void setRechecker(DomainRechecker *rechecker);
    DomainRechecker *rechecker() const;
    // Called on every verifier of the widget's own rechecker (tests point it at loopback servers).
    void setVerifierSetup(std::function<void(DomainVerifier &)> setup);
    // Reads the list again, keeping the selection.
    void reload();

    QAction *recheckSelectedAction() const { return m_recheckSelectedAction; }
    QAction *recheckDueAction() const { return m_recheckDueAction; }

Q_SIGNALS:
    // A re-check changed what a partner is credited for (a domain lapsed or was verified again).
    void booksChanged();
    void statusMessage(const QString &message);

private:
    void createActions();
    void connectRechecker();
    void applyFilter();
    QList<qint64> selectedIds() const;
    void recheckSelected();
    void recheckDue();
    void runStarted(int total);
    void runProgress(int done, int total);
    void domainChecked(const DomainRecheckResult &result);
    void runFinished(const DomainRecheckSummary &summary);
    void showSelected();
    void updateActions();
    void saveLayout() const;

    Database &m_database;
    DomainRechecker *m_ownRechecker = nullptr;
    QPointer<DomainRechecker> m_rechecker;
    QList<QMetaObject::Connection> m_recheckerConnections;
    bool m_booksChanged = false;

    WebsiteListModel *m_model = nullptr;
    TableProxyModel *m_proxy = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_recheckSelectedButton = nullptr;
    QPushButton *m_recheckDueButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QPlainTextEdit *m_findingsEdit = nullptr;
    QAction *m_recheckSelectedAction = nullptr;
    QAction *m_recheckDueAction = nullptr;
};

} // namespace PartnerDesk
