#include "assignmentspane.h"
#include "balancepane.h"
#include "fraudreviewpane.h"
#include "linkspane.h"
#include "mainwindow.h"
#include "myrequestspane.h"
#include "packagepane.h"
#include "panenavigation.h"
#include "partneroverviewwidget.h"
#include "partnerspane.h"
#include "payoutspane.h"
#include "programspane.h"
#include "reportspane.h"
#include "requestspane.h"
#include "transactionspane.h"
#include "windowrequests.h"

#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

// The main window's panes: which there are, each built the first time it is shown (issue #16: a
// pane nobody opens reads nothing of a million-order book), what one pane's change tells the
// others, and their removal when another book opens.

namespace PartnerDesk {

namespace {

const QString paneKey = QStringLiteral("MainWindow/pane");
constexpr int statusTimeout = 8000;

} // namespace

Pane *MainWindow::pane(const QString &id)
{
    return ensurePane(static_cast<int>(m_paneIds.indexOf(id)));
}

Pane *MainWindow::builtPane(const QString &id) const
{
    const qsizetype index = m_paneIds.indexOf(id);
    return index >= 0 && index < m_paneList.size() ? m_paneList.at(index) : nullptr;
}

bool MainWindow::showPane(const QString &id, const QVariantMap &request)
{
    const int index = static_cast<int>(m_paneIds.indexOf(id));
    Pane *target = ensurePane(index);
    if (!target)
        return false;
    m_navigation->setCurrentRow(index);
    switchToPane(index); // when it was the current row already
    if (!request.isEmpty())
        target->open(request);
    return true;
}

// Says how each pane is built; showFirstPane() builds the first one shown.
void MainWindow::createPanes()
{
    Database &database = *m_database;
    QUndoStack *undo = m_undoStack;
    QStackedWidget *stack = m_panes;
    if (m_partner) {
        addPane(QStringLiteral("overview"), [this, &database, undo, stack] {
            return new PartnerOverviewWidget(database, undo, *m_partner, stack);
        });
        addPane(QStringLiteral("package"),
                [this, &database, undo, stack] { return new PackagePane(database, undo, *m_partner, stack); });
        addPane(QStringLiteral("transactions"),
                [this, &database, undo, stack] { return new TransactionsPane(database, undo, m_partner, stack); });
        addPane(QStringLiteral("balance"),
                [this, &database, undo, stack] { return new BalancePane(database, undo, *m_partner, stack); });
        addPane(QStringLiteral("myrequests"),
                [this, &database, undo, stack] { return new MyRequestsPane(database, undo, *m_partner, stack); });
        return;
    }
    addPane(QStringLiteral("programs"), [&database, undo, stack] { return new ProgramsPane(database, undo, stack); });
    addPane(QStringLiteral("partners"), [&database, undo, stack] { return new PartnersPane(database, undo, stack); });
    addPane(QStringLiteral("requests"), [&database, undo, stack] { return new RequestsPane(database, undo, stack); });
    addPane(QStringLiteral("package"), [&database, undo, stack] { return new PackagePane(database, undo, stack); });
    addPane(QStringLiteral("links"), [this, &database, undo, stack] {
        auto *links = new LinksPane(database, undo, stack);
        links->setRechecker(domainRechecker());
        return links;
    });
    addPane(QStringLiteral("transactions"),
            [&database, undo, stack] { return new TransactionsPane(database, undo, stack); });
    addPane(QStringLiteral("assignments"),
            [&database, undo, stack] { return new AssignmentsPane(database, undo, stack); });
    addPane(QStringLiteral("fraud"), [&database, undo, stack] { return new FraudReviewPane(database, undo, stack); });
    addPane(QStringLiteral("payouts"), [&database, undo, stack] { return new PayoutsPane(database, undo, stack); });
    addPane(QStringLiteral("reports"), [&database, undo, stack] { return new ReportsPane(database, undo, stack); });
}

void MainWindow::showFirstPane()
{
    Q_ASSERT(m_paneList.size() == m_paneIds.size());
    // A partner's window opens on his overview (the first of his panes); a manager's where he left it.
    const int row = m_partner ? 0 : qMax(0, static_cast<int>(m_paneIds.indexOf(QSettings().value(paneKey).toString())));
    ensurePane(row);
    m_navigation->setCurrentRow(row);
    switchToPane(row);
}

void MainWindow::addPane(const QString &id, std::function<Pane *()> factory)
{
    Q_ASSERT(m_paneIds.value(m_paneList.size()) == id);
    Q_UNUSED(id)
    m_paneList.append(nullptr);
    m_paneFactories.append(std::move(factory));
}

Pane *MainWindow::ensurePane(int index)
{
    if (index < 0 || index >= m_paneList.size())
        return nullptr;
    if (Pane *built = m_paneList.at(index))
        return built;
    Pane *pane = m_paneFactories.at(index)();
    m_paneList[index] = pane;
    m_panes->addWidget(pane);
    connect(pane, &Pane::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusTimeout); });
    // What one pane changes, the others show the next time they are looked at (a pane not built
    // yet reads everything when it is).
    connect(pane, &Pane::booksChanged, this, [this, pane] {
        for (Pane *other : std::as_const(m_paneList)) {
            if (other && other != pane)
                other->invalidate();
        }
        m_requests->refresh(false); // a payout e-mail request, a decision: the window's own edits
    });
    connect(pane, &Pane::navigate, this,
            [this](const QString &target, const QVariantMap &request) { showPane(target, request); });
    return pane;
}

void MainWindow::switchToPane(int index)
{
    if (Pane *pane = ensurePane(index))
        m_panes->setCurrentWidget(pane);
}

void MainWindow::removePanes()
{
    // Undo commands hold on to the panes and the database they edit.
    m_undoStack->clear();
    m_paneList.clear();
    m_paneFactories.clear();
    while (m_panes->count() > 0) {
        QWidget *pane = m_panes->widget(0);
        m_panes->removeWidget(pane);
        delete pane;
    }
}

void MainWindow::reload()
{
    for (Pane *pane : std::as_const(m_paneList)) {
        if (pane) // one not built yet reads everything when it is
            pane->invalidate();
    }
    if (m_partner)
        announcePartnerNews({});
    else
        m_requests->refresh(true); // after a sync or an import: requests that arrived are news
}

} // namespace PartnerDesk
