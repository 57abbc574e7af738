#include "connectiondialog.h"

#include "filedialogs.h"
#include "sync/connectiontest.h"
#include "sync/fallbackcredentialstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

const QString rememberKey = QStringLiteral("CentralDatabase/rememberPassword");

QLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

void setWarningColour(QLabel *label, bool warning)
{
    QPalette palette = label->parentWidget()->palette();
    if (warning)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    label->setPalette(palette);
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets, bool stretch)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    if (stretch)
        layout->addStretch();
    return box;
}

} // namespace

ConnectionDialog::ConnectionDialog(FallbackCredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_test(new ConnectionTest(this))
{
    setObjectName(QStringLiteral("ConnectionDialog"));
    setWindowTitle(tr("Central Database"));
    buildForm();
    QSettings stored;
    const ConnectionSettings settings = ConnectionSettings::load(stored);
    load(settings);
    m_rememberCheck->setChecked(stored.value(rememberKey, true).toBool());

    connect(m_test, &ConnectionTest::finished, this, &ConnectionDialog::testFinished);
    connect(m_credentials, &FallbackCredentialStore::keychainChanged, this, &ConnectionDialog::updateKeychain);
    connect(m_credentials, &CredentialStore::readFinished, this, &ConnectionDialog::passwordRead);
    connect(m_credentials, &CredentialStore::writeFinished, this, &ConnectionDialog::passwordWritten);
    updateKeychain();
    if (m_credentials->keychain() == FallbackCredentialStore::Keychain::Unknown)
        m_credentials->probe();
    if (settings.validate()) {
        m_loadedKey = settings.credentialKey();
        m_credentials->read(m_loadedKey);
    }
    validate();
}

ConnectionDialog::~ConnectionDialog()
{
    m_test->cancel();
}

void ConnectionDialog::buildForm()
{
    m_hostEdit = new QLineEdit(this);
    m_hostEdit->setObjectName(QStringLiteral("hostEdit"));
    m_hostEdit->setPlaceholderText(tr("db.example.com"));
    m_hostEdit->setToolTip(tr("The server's host name or IP address, or the folder of its Unix socket"));
    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setGroupSeparatorShown(false);
    m_databaseEdit = new QLineEdit(this);
    m_databaseEdit->setObjectName(QStringLiteral("databaseEdit"));
    m_databaseEdit->setPlaceholderText(QStringLiteral("partnerdesk"));
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_userEdit->setToolTip(tr("Your PostgreSQL login role: a manager's, or the one made for you as a partner"));

    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_rememberCheck = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    m_keychainLabel = messageLabel(this, QStringLiteral("keychainLabel"));

    m_sslModeCombo = new QComboBox(this);
    m_sslModeCombo->setObjectName(QStringLiteral("sslModeCombo"));
    m_sslModeCombo->addItem(QString(), QString()); // automatic; its text says what it means now
    // In ConnectionSettings::sslModes()' order; allow and prefer are not offered (they fall back to
    // plain text without a word).
    const QStringList descriptions{tr("no encryption: everything readable on the network"),
                                   tr("encrypted, the server unchecked"),
                                   tr("encrypted, the server's certificate checked against the CA"),
                                   tr("encrypted, the certificate and the host name checked")};
    const QStringList modes = ConnectionSettings::sslModes();
    for (qsizetype i = 0; i < modes.size(); ++i)
        m_sslModeCombo->addItem(tr("%1: %2").arg(modes.at(i), descriptions.at(i)), modes.at(i));
    m_plainTextLabel = messageLabel(this, QStringLiteral("plainTextWarning"));
    m_plainTextLabel->setText(tr("Not encrypted: the password and every row cross the network readable by anyone on "
                                 "the way, and nothing proves the server is yours. Choose this only for a server on "
                                 "a network you trust."));
    setWarningColour(m_plainTextLabel, true);

    m_caFileEdit = new QLineEdit(this);
    m_caFileEdit->setObjectName(QStringLiteral("caFileEdit"));
    m_caFileEdit->setPlaceholderText(tr("none: the system's certificate authorities"));
    m_caFileEdit->setToolTip(tr("The certificate of the authority that signed the server's certificate (PEM)"));
    m_caFileButton = new QPushButton(tr("&Browse…"), this);
    m_caFileButton->setObjectName(QStringLiteral("caFileButton"));
    connect(m_caFileButton, &QPushButton::clicked, this, &ConnectionDialog::chooseCaFile);

    m_timeoutSpin = new QSpinBox(this);
    m_timeoutSpin->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeoutSpin->setRange(1, ConnectionSettings::maximumConnectTimeout);
    m_timeoutSpin->setSuffix(tr(" s"));
    m_timeoutSpin->setToolTip(tr("How long to wait for the server to answer a connection"));

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setReadOnly(true);
    m_urlEdit->setToolTip(tr("The same settings for partnerdesk-cli --central (the password is not part of it)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_hostEdit);
    form->addRow(tr("&Port:"), row(this, {m_portSpin}, true));
    form->addRow(tr("&Database:"), m_databaseEdit);
    form->addRow(tr("&User:"), m_userEdit);
    form->addRow(tr("Pass&word:"), m_passwordEdit);
    form->addRow(QString(), m_rememberCheck);
    form->addRow(QString(), m_keychainLabel);
    form->addRow(tr("&SSL mode:"), m_sslModeCombo);
    form->addRow(QString(), m_plainTextLabel);
    form->addRow(tr("&CA certificate:"), row(this, {m_caFileEdit, m_caFileButton}, false));
    form->addRow(tr("Ti&meout:"), row(this, {m_timeoutSpin}, true));
    form->addRow(tr("For the CLI:"), m_urlEdit);

    m_testButton = new QPushButton(this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testOrCancel);
    m_testProgress = new QProgressBar(this);
    m_testProgress->setObjectName(QStringLiteral("testProgress"));
    m_testProgress->setRange(0, 0); // busy: libpq does not say how far it got
    m_testProgress->setMaximumWidth(120);
    m_testResultLabel = messageLabel(this, QStringLiteral("testResultLabel"));
    m_testResultLabel->setMinimumHeight(m_testResultLabel->fontMetrics().lineSpacing() * 2);

    m_errorLabel = messageLabel(this, QStringLiteral("errorLabel"));
    m_errorLabel->setMinimumHeight(m_errorLabel->fontMetrics().lineSpacing() * 2);
    setWarningColour(m_errorLabel, true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testProgress);
    testRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_testResultLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    showTestState(false);

    for (QLineEdit *edit : {m_hostEdit, m_databaseEdit, m_userEdit, m_caFileEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    for (QSpinBox *spin : {m_portSpin, m_timeoutSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ConnectionDialog::validate);
    connect(m_sslModeCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::validate);
}

void ConnectionDialog::load(const ConnectionSettings &settings)
{
    m_hostEdit->setText(settings.host);
    m_portSpin->setValue(settings.port);
    m_databaseEdit->setText(settings.database);
    m_userEdit->setText(settings.user);
    m_sslModeCombo->setCurrentIndex(std::max(0, m_sslModeCombo->findData(settings.sslMode)));
    m_caFileEdit->setText(settings.caFile);
    m_timeoutSpin->setValue(settings.connectTimeout);
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings settings;
    settings.host = m_hostEdit->text().trimmed();
    settings.port = quint16(m_portSpin->value());
    settings.database = m_databaseEdit->text().trimmed();
    settings.user = m_userEdit->text().trimmed();
    settings.sslMode = m_sslModeCombo->currentData().toString();
    settings.caFile = m_caFileEdit->text().trimmed();
    settings.connectTimeout = m_timeoutSpin->value();
    return settings;
}

QString ConnectionDialog::password() const
{
    return m_passwordEdit->text();
}

bool ConnectionDialog::isValid() const
{
    return m_errorLabel->text().isEmpty();
}

QString ConnectionDialog::errorText() const
{
    return m_errorLabel->text();
}

void ConnectionDialog::validate()
{
    const ConnectionSettings current = settings();
    const Status status = current.validate();
    m_errorLabel->setText(status ? QString() : status.error());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(status.isOk());
    m_urlEdit->setText(status ? current.toUrl() : QString());
    updateSslModeText();
    if (!m_test->isRunning()) {
        m_testButton->setEnabled(status.isOk());
        m_testResultLabel->clear(); // a result says nothing about settings changed since
    }
}

void ConnectionDialog::updateSslModeText()
{
    const bool withCa = !m_caFileEdit->text().trimmed().isEmpty();
    m_sslModeCombo->setItemText(0, withCa ? tr("Automatic: verify-full, against the CA certificate below")
                                          : tr("Automatic: verify-full, against the system's certificate authorities"));
    m_plainTextLabel->setVisible(settings().isPlainText());
}

void ConnectionDialog::updateKeychain()
{
    using Keychain = FallbackCredentialStore::Keychain;
    const Keychain state = m_credentials->keychain();
    m_rememberCheck->setEnabled(state == Keychain::Available);
    switch (state) {
    case Keychain::Unknown:
        m_keychainLabel->setText(tr("Asking the system keychain…"));
        break;
    case Keychain::Available:
        m_keychainLabel->clear();
        break;
    case Keychain::Unavailable:
        m_keychainLabel->setText(m_credentials->sessionOnlyText() + u' ' +
                                 tr("PartnerDesk will ask for it again after a restart."));
        break;
    }
    m_keychainLabel->setVisible(!m_keychainLabel->text().isEmpty());
    m_rememberCheck->setToolTip(m_keychainLabel->text());
}

void ConnectionDialog::passwordRead(const CredentialReply &reply)
{
    // Only the password of the settings the dialog opened with, and never over what the user typed.
    if (reply.key != m_loadedKey || reply.outcome != CredentialReply::Outcome::Ok || m_passwordEdit->isModified() ||
        !m_passwordEdit->text().isEmpty())
        return;
    m_passwordEdit->setText(reply.password);
}

void ConnectionDialog::chooseCaFile()
{
    const QString current = m_caFileEdit->text().trimmed();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path =
        FileDialogs::openFileName(this, tr("CA Certificate"), start,
                                  tr("Certificates (*.crt *.pem *.cer)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        m_caFileEdit->setText(path);
}

void ConnectionDialog::testOrCancel()
{
    if (m_test->isRunning()) {
        m_test->cancel();
        showTestState(false);
        validate();
        m_testResultLabel->setText(tr("Test cancelled."));
        setWarningColour(m_testResultLabel, false);
        return;
    }
    const ConnectionSettings current = settings();
    if (!current.validate())
        return;
    m_test->start(current, password());
    showTestState(true);
    m_testResultLabel->setText(tr("Connecting to %1…").arg(current.toUrl()));
    setWarningColour(m_testResultLabel, false);
}

void ConnectionDialog::testFinished(const ConnectionTestResult &result)
{
    showTestState(false);
    validate();
    if (result.connected)
        m_testResultLabel->setText(tr("Connected: PostgreSQL %1, as %2").arg(result.serverVersion, result.user));
    else
        m_testResultLabel->setText(tr("Cannot connect: %1").arg(result.error));
    setWarningColour(m_testResultLabel, !result.connected);
}

void ConnectionDialog::showTestState(bool running)
{
    m_testButton->setText(running ? tr("Cancel &Test") : tr("&Test Connection"));
    m_testProgress->setVisible(running);
}

QString ConnectionDialog::savedText() const
{
    return m_savedText;
}

void ConnectionDialog::accept()
{
    const ConnectionSettings current = settings();
    if (!current.validate() || !m_savingKey.isEmpty())
        return;
    m_test->cancel();
    QSettings stored;
    current.save(stored);
    stored.setValue(rememberKey, m_rememberCheck->isChecked());

    const QString key = current.credentialKey();
    // While the keychain has not answered yet (it may be asking the user to unlock it), the write
    // tries it all the same: only a keychain known to be away is skipped.
    const bool keychain = m_credentials->keychain() != FallbackCredentialStore::Keychain::Unavailable;
    if (password().isEmpty()) {
        // A cleared password is forgotten; one never loaded (the keychain slow to answer) is left alone.
        if (m_passwordEdit->isModified())
            m_credentials->remove(key);
        m_savedText = tr("Central database settings saved.");
    } else if (keychain && m_rememberCheck->isChecked()) {
        // The keychain may ask the user to unlock it first: the dialog closes once it has answered
        // (passwordWritten), and says where the password ended up.
        m_savingKey = key;
        m_buttons->setEnabled(false);
        m_credentials->write(key, password());
        return;
    } else {
        m_credentials->keepForSession(key, password());
        m_savedText = tr("Central database settings saved; the password is kept for this session only.");
    }
    QDialog::accept();
}

void ConnectionDialog::passwordWritten(const CredentialReply &reply)
{
    if (m_savingKey.isEmpty() || reply.key != m_savingKey)
        return;
    m_savingKey.clear();
    m_buttons->setEnabled(true);
    m_savedText = reply.outcome == CredentialReply::Outcome::Ok
                      ? tr("Central database settings saved; the password is in the system keychain.")
                      : tr("Central database settings saved. %1").arg(reply.message);
    QDialog::accept();
}

} // namespace PartnerDesk
