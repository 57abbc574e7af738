#pragma once

#include <QObject>
#include <QString>

class QFrame;
class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QWidget;

namespace PartnerDesk {

// Tells the manager what changed behind his back (new transactions after an import or a sync,
// partners who reached their payout threshold): in the window, as a notice bar above the panes,
// and where the desktop has a system tray, as a tray message too.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(QWidget *window);
    ~Notifier() override;

    // The notice bar the window places above its panes; hidden until there is news.
    QWidget *noticeBar() const;
    // `pane` is the pane the notice's Show button opens ("" for none).
    void notify(const QString &title, const QString &message, const QString &pane = {});
    void dismiss();
    QString currentMessage() const;
    bool hasTrayIcon() const { return m_tray != nullptr; }

Q_SIGNALS:
    void showPaneRequested(const QString &pane);

private:
    void showWindow();

    QWidget *m_window = nullptr;
    QFrame *m_bar = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_show = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_pane;
};

} // namespace PartnerDesk
