#include "panenavigation.h"

#include "themeicon.h"

#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>

namespace PartnerDesk {

namespace {

struct PaneEntry
{
    const char *id;
    const char *title;
    const char *icon;
    bool manager; // shown to a manager
    bool partner; // shown in partner mode
};

// The navigation, in order. Titles are translated where the list is built (in the main window's
// context, where they were first translated).
constexpr PaneEntry paneEntries[] = {
    {"overview", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Overview"), "go-home", false, true},
    {"programs", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Programs"), "view-list-details", true, false},
    {"partners", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Partners"), "system-users", true, false},
    {"requests", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Requests"), "mail-unread", true, false},
    {"package", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Partner Package"), "package-x-generic", true, true},
    {"links", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Direct Links && Rewrites"), "insert-link", true, false},
    {"transactions", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Transactions"), "view-financial-list", true, true},
    {"assignments", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Manual Assignments"), "document-edit", true, false},
    {"fraud", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Fraud Review"), "dialog-warning", true, false},
    {"payouts", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Payouts"), "wallet-open", true, false},
    {"reports", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "Reports"), "office-chart-bar", true, false},
    {"balance", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "My Balance"), "wallet-open", false, true},
    {"myrequests", QT_TRANSLATE_NOOP("PartnerDesk::MainWindow", "My Requests"), "mail-unread", false, true},
};

const PaneEntry *entryOf(const QString &id)
{
    for (const PaneEntry &entry : paneEntries) {
        if (id == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}

QString titleOf(const PaneEntry &entry)
{
    return QCoreApplication::translate("PartnerDesk::MainWindow", entry.title);
}

constexpr int badgeRole = Qt::UserRole + 1;

// Paints an entry as usual, then its badge: the count in a rounded pill at the right edge, in the
// highlight colours so it reads on any theme.
class BadgeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(badgeRole).toInt();
        if (count <= 0)
            return;
        const QString text = count > 99 ? QStringLiteral("99+") : QLocale().toString(count);
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const int width = qMax(height, metrics.horizontalAdvance(text) + 10);
        const QRect pill(option.rect.right() - width - 6, option.rect.center().y() - height / 2, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setBrush(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(option.palette.color(selected ? QPalette::Highlight : QPalette::HighlightedText));
        painter->setFont(font);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }
};

} // namespace

PaneNavigation::PaneNavigation(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(20, 20));
    setSpacing(2);
    setFixedWidth(190);
    setItemDelegate(new BadgeDelegate(this));
}

QStringList PaneNavigation::managerPaneIds()
{
    QStringList ids;
    for (const PaneEntry &entry : paneEntries) {
        if (entry.manager)
            ids.append(QString::fromLatin1(entry.id));
    }
    return ids;
}

QStringList PaneNavigation::partnerPaneIds()
{
    QStringList ids;
    for (const PaneEntry &entry : paneEntries) {
        if (entry.partner)
            ids.append(QString::fromLatin1(entry.id));
    }
    return ids;
}

void PaneNavigation::setBadge(const QString &id, int count)
{
    const qsizetype row = m_ids.indexOf(id);
    QListWidgetItem *entry = row >= 0 ? item(static_cast<int>(row)) : nullptr;
    if (!entry || entry->data(badgeRole).toInt() == count)
        return;
    entry->setData(badgeRole, count);
    const QString title = titleOf(*entryOf(id)).replace(QStringLiteral("&&"), QStringLiteral("&"));
    entry->setToolTip(count > 0 ? tr("%1: %n waiting", nullptr, count).arg(title) : QString());
    entry->setData(Qt::AccessibleTextRole, count > 0 ? tr("%1 (%n waiting)", nullptr, count).arg(title) : title);
}

int PaneNavigation::badge(const QString &id) const
{
    const qsizetype row = m_ids.indexOf(id);
    const QListWidgetItem *entry = row >= 0 ? item(static_cast<int>(row)) : nullptr;
    return entry ? entry->data(badgeRole).toInt() : 0;
}

void PaneNavigation::setViewMenu(QMenu *menu, QAction *reload)
{
    m_viewMenu = menu;
    m_reload = reload;
    setPanes(m_ids);
}

void PaneNavigation::setPanes(const QStringList &ids)
{
    m_ids = ids;
    const QSignalBlocker blocker(this);
    clear();
    for (const QString &id : ids) {
        const PaneEntry &entry = *entryOf(id);
        // "&&" is a literal '&' in the View menu; the list shows text as it is.
        auto *item = new QListWidgetItem(themeIcon(QString::fromLatin1(entry.icon)),
                                         titleOf(entry).replace(QStringLiteral("&&"), QStringLiteral("&")));
        item->setData(Qt::UserRole, id);
        item->setSizeHint(QSize(0, fontMetrics().height() + 14));
        addItem(item);
    }
    if (!m_viewMenu)
        return;
    m_viewMenu->clear();
    int number = 1;
    for (const QString &id : ids) {
        const PaneEntry &entry = *entryOf(id);
        QAction *go = m_viewMenu->addAction(themeIcon(QString::fromLatin1(entry.icon)), titleOf(entry), this,
                                            [this, id] { Q_EMIT paneRequested(id); });
        go->setObjectName(QStringLiteral("show_%1_Action").arg(id));
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth pane; later ones have none.
        if (number <= 10)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number % 10)));
        ++number;
    }
    m_viewMenu->addSeparator();
    if (m_reload)
        m_viewMenu->addAction(m_reload);
}

} // namespace PartnerDesk
