#include "windowrequests.h"

#include "itemmodels/requesttablemodel.h"
#include "notifier.h"
#include "panenavigation.h"
#include "store/holdstore.h"
#include "store/requeststore.h"
#include "themeicon.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>

namespace PartnerDesk {

namespace {

constexpr int namedInNotice = 3; // requests named in the notice; the rest are counted

} // namespace

WindowRequests::WindowRequests(PaneNavigation *navigation, Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_navigation(navigation)
    , m_notifier(notifier)
{}

WindowRequests::~WindowRequests() = default;

void WindowRequests::addPartnerMenu(QMenuBar *menuBar)
{
    QMenu *requests = menuBar->addMenu(tr("&Requests"));
    m_partnerMenu = requests->menuAction();
    m_partnerMenu->setObjectName(QStringLiteral("partnerRequestsMenu"));
    m_partnerMenu->setVisible(m_partnerWindow);
    const auto file = [this](const QString &kind) {
        Q_EMIT showPaneRequested(QStringLiteral("myrequests"), {{QStringLiteral("file"), kind}});
    };
    QAction *claim = requests->addAction(themeIcon(QStringLiteral("mail-message-new")), tr("&Claim an Order…"), this,
                                         [file] { file(QStringLiteral("claim")); });
    claim->setObjectName(QStringLiteral("claimOrderAction"));
    claim->setToolTip(tr("An order of a customer you brought that did not reach you"));
    QAction *vanity = requests->addAction(themeIcon(QStringLiteral("insert-link")), tr("Request a &Vanity Link…"), this,
                                          [file] { file(QStringLiteral("vanity")); });
    vanity->setObjectName(QStringLiteral("requestVanityAction"));
    vanity->setToolTip(tr("A short address on the store's site that leads to your tracked link"));
    requests->addSeparator();
    QAction *mine = requests->addAction(themeIcon(QStringLiteral("mail-unread")), tr("&My Requests"), this,
                                        [this] { Q_EMIT showPaneRequested(QStringLiteral("myrequests"), {}); });
    mine->setObjectName(QStringLiteral("myRequestsAction"));
}

void WindowRequests::arm(Database *database, bool partnerWindow)
{
    m_database = database;
    m_partnerWindow = partnerWindow;
    if (m_partnerMenu)
        m_partnerMenu->setVisible(partnerWindow);
    m_seen.clear();
    refresh(false);
}

void WindowRequests::refresh(bool announce)
{
    if (!m_database || m_partnerWindow)
        return;
    const QList<PartnerRequest> waiting = RequestStore(*m_database).list(RequestState::Waiting);
    m_navigation->setBadge(QStringLiteral("requests"), static_cast<int>(waiting.size()));
    // The Fraud review's badge: the transactions a fraud rule holds until the manager decides.
    m_navigation->setBadge(QStringLiteral("fraud"), static_cast<int>(HoldStore(*m_database).list().size()));
    QStringList news;
    for (const PartnerRequest &request : waiting) {
        const QString key = QStringLiteral("%1:%2:%3").arg(int(request.kind)).arg(request.id).arg(request.filedAt);
        if (m_seen.contains(key))
            continue;
        m_seen.insert(key);
        news.append(RequestTableModel::kindName(request.kind).toLower() + u' ' + RequestTableModel::whoText(request));
    }
    if (!announce || news.isEmpty())
        return;
    // No plural forms in these sentences: they read the same for 1 and for 5 in every language.
    QString names = news.mid(0, namedInNotice).join(QStringLiteral(", "));
    if (news.size() > namedInNotice)
        names = tr("%1 and %2 more").arg(names, QLocale().toString(news.size() - namedInNotice));
    const QString message = tr("%1 waiting for a decision: %2.").arg(QLocale().toString(news.size()), names);
    m_notifier->notify(tr("New requests"), message, QStringLiteral("requests"));
}

} // namespace PartnerDesk
