#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QVariantMap>

class QAction;
class QMenuBar;

namespace PartnerDesk {

class Database;
class Notifier;
class PaneNavigation;

// A window's side of partner requests, kept out of the main window (which only wires): in a
// manager's window the Requests entry's badge (the waiting requests), the Fraud Review's (the held
// transactions) and the notice when new requests arrive (a sync, an import); in a partner's window his Requests menu
// (Claim an Order…, Request a Vanity Link…, My Requests), which asks the window for his My Requests pane
// (showPaneRequested).
class WindowRequests final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowRequests)

public:
    WindowRequests(PaneNavigation *navigation, Notifier *notifier, QObject *parent);
    ~WindowRequests() override;

    // The partner's Requests menu, hidden until arm() says the window is his.
    void addPartnerMenu(QMenuBar *menuBar);
    // The open book (null: none) and whether the window is a partner's. What waits now is counted,
    // not announced.
    void arm(Database *database, bool partnerWindow);
    // Counts the waiting requests again for the badge. With `announce`, those not seen before in
    // this window are news in the notice bar; the window's own edits (a decision, its undo) are not.
    void refresh(bool announce);

Q_SIGNALS:
    void showPaneRequested(const QString &id, const QVariantMap &request);

private:
    PaneNavigation *m_navigation = nullptr;
    Notifier *m_notifier = nullptr;
    Database *m_database = nullptr;
    bool m_partnerWindow = false;
    QAction *m_partnerMenu = nullptr;
    QSet<QString> m_seen; // waiting requests counted already: "kind:id:filed"
};

} // namespace PartnerDesk
