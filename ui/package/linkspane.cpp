#include "linkspane.h"

#include "rewriteeditorwidget.h"
#include "websitesoverviewwidget.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

const QString tabKey = QStringLiteral("LinksPane/tab");

} // namespace

LinksPane::LinksPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
{
    setObjectName(QStringLiteral("LinksPane"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("linksTabs"));
    m_tabs->setDocumentMode(true);
    m_rewrites = new RewriteEditorWidget(this, m_tabs);
    m_tabs->addTab(m_rewrites, tr("&Rewrites"));
    m_websites = new WebsitesOverviewWidget(database, m_tabs);
    m_tabs->addTab(m_websites, tr("&Websites"));
    connect(m_websites, &WebsitesOverviewWidget::booksChanged, this, &Pane::booksChanged);
    connect(m_websites, &WebsitesOverviewWidget::statusMessage, this, &Pane::statusMessage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);

    m_tabs->setCurrentIndex(qBound(0, QSettings().value(tabKey).toInt(), m_tabs->count() - 1));
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int index) { QSettings().setValue(tabKey, index); });
}

LinksPane::~LinksPane() = default;

void LinksPane::reload()
{
    m_rewrites->reload();
    m_websites->reload();
}

void LinksPane::setRechecker(DomainRechecker *rechecker)
{
    m_websites->setRechecker(rechecker);
}

void LinksPane::open(const QVariantMap &request)
{
    if (request.value(QStringLiteral("tab")).toString() == u"rewrites" || request.contains(QStringLiteral("rewrite")))
        m_tabs->setCurrentWidget(m_rewrites);
    if (request.value(QStringLiteral("tab")).toString() == u"websites")
        m_tabs->setCurrentWidget(m_websites);
    if (const qint64 id = request.value(QStringLiteral("rewrite")).toLongLong(); id > 0)
        m_rewrites->showRewrite(id);
}

} // namespace PartnerDesk
