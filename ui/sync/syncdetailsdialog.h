#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace PartnerDesk {

class SyncController;

// The sync details the status bar's indicator opens (objectName "syncDetailsDialog"), not modal:
// the state, the central database, the last sync and what it did, the error, the progress of a
// running sync, and Sync Now / Stop. It follows the controller while it is open.
class SyncDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncDetailsDialog)

public:
    explicit SyncDetailsDialog(QWidget *parent = nullptr);
    ~SyncDetailsDialog() override;

    void setController(SyncController *controller);
    void setUnavailable(const QString &reason);

private:
    void refresh();

    QPointer<SyncController> m_controller;
    QString m_reason;
    QLabel *m_state = nullptr;
    QLabel *m_central = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_refused = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace PartnerDesk
