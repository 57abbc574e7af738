#pragma once

#include "core/backgroundjob.h"
#include "core/result.h"
#include "noticerun.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace PartnerDesk {

class Database;
class ReasonLabel;
struct CredentialReply;

// A manager's File › E-mail Notices… (issue #14, docs/NOTICES.md): the store's SMTP server
// (URL with STARTTLS or TLS, login, sender; SmtpSettings::save's QSettings group, the password in the
// keychain through the application's credential store, never in a file) and the notice queue with
// each notice's state, attempts and last error. With a central database configured the queue is
// the central one every manager desktop shares, else the local one. Send Now plans what is due and
// sends it in the background (NoticeRun), the window painting meanwhile; what became of each
// notice is shown, and the queue read again. "Send due notices automatically from this desktop"
// (saved with the settings) lets the window's NoticeAutoSender do the same by itself.
class NoticesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticesDialog)

public:
    NoticesDialog(Database &database, QWidget *parent = nullptr);
    ~NoticesDialog() override;

    // The settings as entered (the password as typed or read from the keychain).
    SmtpSettings smtpSettings() const;
    // Saves the settings (QSettings and the keychain).
    void saveSettings();
    // Reads the queue again, in the background.
    void refresh();
    // Plans and sends what is due, in the background.
    void sendNow();
    bool isBusy() const { return m_busy; }
    static QString passwordKey(const QString &url, const QString &user) { return NoticeRun::passwordKey(url, user); }

Q_SIGNALS:
    // A refresh or a send delivered (tests wait for it).
    void finished();

private:
    void loadSettings();
    void passwordRead(const CredentialReply &reply);
    void validate();
    void start(bool send);
    void show(const NoticeRun::Outcome &run, bool sent, const QString &queueName);

    QString m_databasePath;
    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_fromEdit = nullptr;
    QLineEdit *m_fromNameEdit = nullptr;
    QLineEdit *m_caEdit = nullptr;
    QCheckBox *m_autoSendCheck = nullptr; // NoticeRun::sendsAutomatically
    ReasonLabel *m_smtpReason = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QLabel *m_queueLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    SmtpSettings m_loaded;     // as saved (QSettings group SmtpSettings::settingsGroup())
    QString m_passwordKey;     // the key the shown password was read under
    QString m_centralPassword; // the central database's, from the credential store
    QString m_centralKey;
    bool m_busy = false;
    BackgroundJob<NoticeRun::Outcome> m_job;
};

} // namespace PartnerDesk
