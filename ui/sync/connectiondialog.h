#pragma once

#include "sync/connectionsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace PartnerDesk {

class ConnectionTest;
class FallbackCredentialStore;
struct ConnectionTestResult;
struct CredentialReply;

// File › Central Database…: where the central PostgreSQL is, who logs in, how TLS is checked
// (verify-full unless the user chooses otherwise; a warning stands under the mode while plain text is chosen), and
// the password (in the system keychain when one answers, else in memory for this session). Opens
// with the settings saved in QSettings and the password the store has for them; OK saves the
// settings (never the password) and hands the password to the store. Test Connection connects on a
// worker thread and can be cancelled; the window keeps painting meanwhile.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(FallbackCredentialStore *credentials, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The settings as entered; meaningful while isValid().
    ConnectionSettings settings() const;
    QString password() const;
    bool isValid() const;
    QString errorText() const;
    // After accept(): what became of the settings and the password, for the status bar.
    QString savedText() const;

    void accept() override;

private:
    void buildForm();
    void load(const ConnectionSettings &settings);
    void validate();
    void updateSslModeText();
    void updateKeychain();
    void passwordRead(const CredentialReply &reply);
    void passwordWritten(const CredentialReply &reply);
    void chooseCaFile();
    void testOrCancel();
    void testFinished(const ConnectionTestResult &result);
    void showTestState(bool running);

    FallbackCredentialStore *m_credentials = nullptr;
    ConnectionTest *m_test = nullptr;
    QString m_loadedKey; // whose password was asked for when the dialog opened
    QLineEdit *m_hostEdit = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QLineEdit *m_databaseEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QCheckBox *m_rememberCheck = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QComboBox *m_sslModeCombo = nullptr;
    QLabel *m_plainTextLabel = nullptr; // shown while the settings say sslmode=disable
    QLineEdit *m_caFileEdit = nullptr;
    QPushButton *m_caFileButton = nullptr;
    QSpinBox *m_timeoutSpin = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QPushButton *m_testButton = nullptr;
    QProgressBar *m_testProgress = nullptr;
    QLabel *m_testResultLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_savedText;
    QString m_savingKey; // while OK waits for the keychain to take the password
};

} // namespace PartnerDesk
