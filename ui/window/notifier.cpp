#include "notifier.h"

#include "themeicon.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QToolButton>

namespace PartnerDesk {

Notifier::Notifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_bar = new QFrame(window);
    m_bar->setObjectName(QStringLiteral("noticeBar"));
    m_bar->setFrameShape(QFrame::StyledPanel);
    m_bar->setAutoFillBackground(true);
    QPalette palette = m_bar->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    m_bar->setPalette(palette);
    auto *icon = new QLabel(m_bar);
    icon->setPixmap(themeIcon(QStringLiteral("dialog-information")).pixmap(16, 16));
    m_label = new QLabel(m_bar);
    m_label->setObjectName(QStringLiteral("noticeLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_show = new QPushButton(tr("Show"), m_bar);
    m_show->setObjectName(QStringLiteral("noticeShowButton"));
    connect(m_show, &QPushButton::clicked, this, [this] {
        const QString pane = m_pane;
        dismiss();
        Q_EMIT showPaneRequested(pane);
    });
    auto *close = new QToolButton(m_bar);
    close->setObjectName(QStringLiteral("noticeCloseButton"));
    close->setAutoRaise(true);
    close->setIcon(themeIcon(QStringLiteral("window-close")));
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &Notifier::dismiss);
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_show);
    layout->addWidget(close);
    m_bar->hide();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->setToolTip(tr("PartnerDesk"));
        auto *menu = new QMenu(window);
        menu->addAction(tr("Show PartnerDesk"), this, &Notifier::showWindow);
        menu->addAction(tr("Quit"), window, &QWidget::close);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                showWindow();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showWindow();
            if (!m_pane.isEmpty())
                Q_EMIT showPaneRequested(m_pane);
        });
        m_tray->show();
    }
}

Notifier::~Notifier() = default;

QWidget *Notifier::noticeBar() const
{
    return m_bar;
}

void Notifier::notify(const QString &title, const QString &message, const QString &pane)
{
    m_pane = pane;
    m_label->setText(title.isEmpty() ? message : tr("%1: %2").arg(title, message));
    m_show->setVisible(!pane.isEmpty());
    m_bar->show();
    // The tray is for news the user may miss: when the window is not the one he looks at.
    if (m_tray && !m_window->isActiveWindow())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
}

void Notifier::dismiss()
{
    m_bar->hide();
    m_label->clear();
    m_pane.clear();
}

QString Notifier::currentMessage() const
{
    return m_bar->isHidden() ? QString() : m_label->text();
}

void Notifier::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace PartnerDesk
