#include "syncstatusbutton.h"

#include "sync/centraltls.h"
#include "synccontroller.h"
#include "syncdetailsdialog.h"
#include "themeicon.h"

#include <QIcon>
#include <QLocale>
#include <QMetaMethod>

namespace PartnerDesk {

namespace {

QString iconName(SyncController::State state)
{
    switch (state) {
    case SyncController::State::Offline:
        return QStringLiteral("network-offline");
    case SyncController::State::Idle:
        return QStringLiteral("network-transmit-receive");
    case SyncController::State::Syncing:
        return QStringLiteral("view-refresh");
    case SyncController::State::Error:
        return QStringLiteral("dialog-error");
    case SyncController::State::ConflictsWaiting:
        return QStringLiteral("dialog-warning");
    }
    return {};
}

} // namespace

SyncStatusButton::SyncStatusButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::NoFocus);
    connect(this, &QToolButton::clicked, this, &SyncStatusButton::openDetails);
    setUnavailable(tr("No central database is configured (File › Central Database…)."));
}

SyncStatusButton::~SyncStatusButton() = default;

SyncController *SyncStatusButton::controller() const
{
    return m_controller;
}

SyncDetailsDialog *SyncStatusButton::detailsDialog() const
{
    return m_details;
}

void SyncStatusButton::setController(SyncController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_details)
        m_details->setController(controller);
    if (!controller) {
        refresh();
        return;
    }
    connect(controller, &SyncController::changed, this, &SyncStatusButton::refresh);
    refresh();
}

void SyncStatusButton::setUnavailable(const QString &reason)
{
    m_reason = reason;
    setController(nullptr);
}

void SyncStatusButton::refresh()
{
    if (!m_controller) {
        setIcon(themeIcon(QStringLiteral("network-offline")));
        setText(tr("Local only"));
        setToolTip(m_reason);
        return;
    }
    const SyncController::State state = m_controller->state();
    const QLocale locale;
    const QDateTime last = m_controller->lastSync();
    QString text = SyncController::stateName(state);
    if (state == SyncController::State::Syncing) {
        const auto [done, total] = m_controller->progress();
        if (total > 0)
            text = tr("Syncing… %1 %").arg(qBound(0, done * 100 / total, 100));
    } else if (state == SyncController::State::Idle && last.isValid()) {
        text = tr("Synced %1").arg(locale.toString(last.time(), QLocale::ShortFormat));
    } else if (state == SyncController::State::ConflictsWaiting) {
        text = tr("Conflicts: %1").arg(locale.toString(m_controller->conflictsWaiting()));
    }
    setIcon(themeIcon(iconName(state)));
    setText(text);

    QStringList tip{tr("Central database: %1").arg(m_controller->central().displayName()),
                    last.isValid() ? tr("Last sync: %1").arg(locale.toString(last, QLocale::LongFormat))
                                   : tr("Last sync: never")};
    if (m_controller->central().isPlainText())
        tip.append(CentralTls::plainTextWarning(m_controller->central().displayName()));
    if (const QString error = m_controller->lastError(); !error.isEmpty())
        tip.append(tr("Error: %1").arg(error));
    tip.append(tr("Click for the details."));
    setToolTip(tip.join(u'\n'));
}

void SyncStatusButton::openDetails()
{
    if (m_controller && m_controller->state() == SyncController::State::ConflictsWaiting &&
        isSignalConnected(QMetaMethod::fromSignal(&SyncStatusButton::conflictsRequested))) {
        Q_EMIT conflictsRequested();
        return;
    }
    if (!m_details) {
        m_details = new SyncDetailsDialog(window());
        m_details->setAttribute(Qt::WA_DeleteOnClose);
        m_details->setController(m_controller);
        if (!m_controller)
            m_details->setUnavailable(m_reason);
    }
    m_details->show();
    m_details->raise();
    m_details->activateWindow();
}

} // namespace PartnerDesk
