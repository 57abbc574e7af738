#pragma once

#include <QPointer>
#include <QToolButton>

namespace PartnerDesk {

class SyncController;
class SyncDetailsDialog;

// The status bar's sync indicator (objectName "syncStatus"): an icon and a word for the state of
// the window's SyncController (offline, syncing with its progress, the time of the last sync, a
// failure, conflicts waiting), the last sync and the error in its tooltip. A click opens the sync
// details. Without a controller it says why there is no sync (setUnavailable).
class SyncStatusButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusButton)

public:
    explicit SyncStatusButton(QWidget *parent = nullptr);
    ~SyncStatusButton() override;

    void setController(SyncController *controller);
    // No controller: `reason` is the tooltip ("No central database is configured…").
    void setUnavailable(const QString &reason);
    SyncController *controller() const;
    // The details dialog, while it is open.
    SyncDetailsDialog *detailsDialog() const;

Q_SIGNALS:
    // A click while conflicts wait asks the window for its Conflicts dialog instead of the details.
    void conflictsRequested();

private:
    void refresh();
    void openDetails();

    QPointer<SyncController> m_controller;
    QPointer<SyncDetailsDialog> m_details;
    QString m_reason;
};

} // namespace PartnerDesk
