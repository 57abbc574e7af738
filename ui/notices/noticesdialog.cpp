#include "noticesdialog.h"

#include "noticerun.h"
#include "reasonlabel.h"
#include "store/database.h"
#include "sync/connectionsettings.h"
#include "sync/fallbackcredentialstore.h"
#include "synccontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

enum Column
{
    Created,
    Kind,
    Recipient,
    Subject,
    State,
    Attempts,
    NextAttempt,
    LastError,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

NoticesDialog::NoticesDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(database.path())
{
    setObjectName(QStringLiteral("NoticesDialog"));
    setWindowTitle(tr("E-mail Notices"));

    auto *smtpBox = new QGroupBox(tr("The store's SMTP server"), this);
    m_urlEdit = new QLineEdit(smtpBox);
    m_urlEdit->setObjectName(QStringLiteral("smtpUrlEdit"));
    m_urlEdit->setPlaceholderText(tr("smtp://mail.example.com:587 (STARTTLS) or smtps://mail.example.com:465 (TLS)"));
    m_userEdit = new QLineEdit(smtpBox);
    m_userEdit->setObjectName(QStringLiteral("smtpUserEdit"));
    m_passwordEdit = new QLineEdit(smtpBox);
    m_passwordEdit->setObjectName(QStringLiteral("smtpPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_keychainLabel = new QLabel(smtpBox);
    m_keychainLabel->setObjectName(QStringLiteral("smtpKeychainLabel"));
    m_keychainLabel->setWordWrap(true);
    m_fromEdit = new QLineEdit(smtpBox);
    m_fromEdit->setObjectName(QStringLiteral("smtpFromEdit"));
    m_fromEdit->setPlaceholderText(tr("partners@store.example"));
    m_fromNameEdit = new QLineEdit(smtpBox);
    m_fromNameEdit->setObjectName(QStringLiteral("smtpFromNameEdit"));
    m_fromNameEdit->setPlaceholderText(tr("optional, e.g. Koongo Partner Program"));
    m_caEdit = new QLineEdit(smtpBox);
    m_caEdit->setObjectName(QStringLiteral("smtpCaEdit"));
    m_caEdit->setPlaceholderText(tr("optional: a PEM file of CA certificates (default: the system's)"));
    m_autoSendCheck = new QCheckBox(tr("Send due notices &automatically from this desktop"), smtpBox);
    m_autoSendCheck->setObjectName(QStringLiteral("autoSendCheck"));
    m_autoSendCheck->setToolTip(tr("After each sync with the central database and every 15 minutes while this "
                                   "window is open, in the background; the status bar says what was sent"));
    m_smtpReason = new ReasonLabel(QStringLiteral("smtpReason"), smtpBox);
    auto *form = new QFormLayout(smtpBox);
    m_smtpReason->addRow(form, tr("Ser&ver:"), m_urlEdit);
    form->addRow(tr("&Login:"), m_userEdit);
    auto *passwordColumn = new QVBoxLayout;
    passwordColumn->setContentsMargins(0, 0, 0, 0);
    passwordColumn->setSpacing(2);
    passwordColumn->addWidget(m_passwordEdit);
    passwordColumn->addWidget(m_keychainLabel); // where the password is kept
    form->addRow(tr("&Password:"), passwordColumn);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(passwordColumn)))
        label->setBuddy(m_passwordEdit);
    form->addRow(tr("&Sender:"), m_fromEdit);
    form->addRow(tr("Sender &name:"), m_fromNameEdit);
    form->addRow(tr("&CA file:"), m_caEdit);
    form->addRow(QString(), m_autoSendCheck);

    auto *queueBox = new QGroupBox(tr("The notice queue"), this);
    m_queueLabel = new QLabel(queueBox);
    m_queueLabel->setObjectName(QStringLiteral("queueLabel"));
    m_queueLabel->setWordWrap(true);
    m_stateCombo = new QComboBox(queueBox);
    m_stateCombo->setObjectName(QStringLiteral("noticeStateCombo"));
    m_stateCombo->addItem(tr("All"), QString());
    m_stateCombo->addItem(tr("Due"), QStringLiteral("due"));
    m_stateCombo->addItem(tr("Sent"), QStringLiteral("sent"));
    m_stateCombo->addItem(tr("Failed"), QStringLiteral("failed"));
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &NoticesDialog::refresh);
    m_table = new QTableWidget(0, ColumnCount, queueBox);
    m_table->setObjectName(QStringLiteral("noticesTable"));
    m_table->setHorizontalHeaderLabels({tr("Created"), tr("Kind"), tr("To"), tr("Subject"), tr("State"), tr("Attempts"),
                                        tr("Next attempt"), tr("Last error")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_resultLabel = new QLabel(queueBox);
    m_resultLabel->setObjectName(QStringLiteral("sendResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *show = new QLabel(tr("S&how:"), queueBox);
    show->setBuddy(m_stateCombo);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_queueLabel, 1);
    filterRow->addWidget(show);
    filterRow->addWidget(m_stateCombo);
    auto *queueLayout = new QVBoxLayout(queueBox);
    queueLayout->addLayout(filterRow);
    queueLayout->addWidget(m_table, 1);
    queueLayout->addWidget(m_resultLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_sendButton = buttons->addButton(tr("&Send Now"), QDialogButtonBox::ActionRole);
    m_sendButton->setObjectName(QStringLiteral("sendNowButton"));
    m_sendButton->setToolTip(tr("Queue the notices that are due and send them (the settings are saved first)"));
    m_refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    m_refreshButton->setObjectName(QStringLiteral("refreshNoticesButton"));
    auto *save = buttons->addButton(tr("Sa&ve Settings"), QDialogButtonBox::ApplyRole);
    save->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(m_sendButton, &QPushButton::clicked, this, &NoticesDialog::sendNow);
    connect(m_refreshButton, &QPushButton::clicked, this, &NoticesDialog::refresh);
    connect(save, &QPushButton::clicked, this, &NoticesDialog::saveSettings);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(smtpBox);
    layout->addWidget(queueBox, 1);
    layout->addWidget(buttons);
    resize(900, 640);

    FallbackCredentialStore *credentials = FallbackCredentialStore::application();
    connect(credentials, &CredentialStore::readFinished, this, &NoticesDialog::passwordRead);
    connect(credentials, &CredentialStore::writeFinished, this, [this](const CredentialReply &reply) {
        if (reply.key != m_passwordKey)
            return;
        m_keychainLabel->setText(reply.outcome == CredentialReply::Outcome::Ok
                                     ? tr("The password is kept in the keychain.")
                                     : FallbackCredentialStore::application()->sessionOnlyText());
    });
    for (QLineEdit *edit : {m_urlEdit, m_userEdit, m_fromEdit, m_caEdit})
        connect(edit, &QLineEdit::textChanged, this, &NoticesDialog::validate);
    loadSettings();
    refresh();
}

NoticesDialog::~NoticesDialog() = default;

void NoticesDialog::loadSettings()
{
    QSettings settings;
    m_loaded = SmtpSettings::load(settings);
    m_urlEdit->setText(m_loaded.url);
    m_userEdit->setText(m_loaded.user);
    m_fromEdit->setText(m_loaded.from);
    m_fromNameEdit->setText(m_loaded.fromName);
    m_caEdit->setText(m_loaded.caFile);
    m_autoSendCheck->setChecked(NoticeRun::sendsAutomatically(settings));
    FallbackCredentialStore *credentials = FallbackCredentialStore::application();
    if (!m_urlEdit->text().isEmpty() && !m_userEdit->text().isEmpty()) {
        m_passwordKey = passwordKey(m_urlEdit->text(), m_userEdit->text());
        credentials->read(m_passwordKey);
    }
    // The central queue is opened with the central database's password from this session.
    if (const ConnectionSettings central = ConnectionSettings::load(settings); !central.host.isEmpty()) {
        m_centralKey = central.credentialKey();
        credentials->read(m_centralKey);
    }
    validate();
}

void NoticesDialog::passwordRead(const CredentialReply &reply)
{
    if (reply.outcome != CredentialReply::Outcome::Ok)
        return;
    if (reply.key == m_centralKey)
        m_centralPassword = reply.password;
    if (reply.key == m_passwordKey && !m_passwordEdit->isModified()) {
        m_passwordEdit->setText(reply.password);
        m_keychainLabel->setText(tr("The password is kept in the keychain."));
    }
}

SmtpSettings NoticesDialog::smtpSettings() const
{
    SmtpSettings settings = m_loaded; // the timeouts as saved
    settings.url = m_urlEdit->text().trimmed();
    settings.user = m_userEdit->text().trimmed();
    settings.password = m_passwordEdit->text();
    settings.from = m_fromEdit->text().trimmed();
    settings.fromName = m_fromNameEdit->text().trimmed();
    settings.caFile = m_caEdit->text().trimmed();
    return settings;
}

void NoticesDialog::validate()
{
    const QString problem = smtpSettings().problem();
    // An untouched form asks; the reason shows once something is typed.
    const bool blank = m_urlEdit->text().isEmpty() && m_fromEdit->text().isEmpty();
    m_smtpReason->setReason(blank ? QString() : problem);
    m_sendButton->setEnabled(problem.isEmpty() && !m_busy);
    m_sendButton->setToolTip(problem.isEmpty() ? tr("Queue the notices that are due and send them") : problem);
}

void NoticesDialog::saveSettings()
{
    const SmtpSettings smtp = smtpSettings();
    QSettings settings;
    smtp.save(settings); // everything but the password
    NoticeRun::setSendsAutomatically(settings, m_autoSendCheck->isChecked());
    if (!smtp.user.isEmpty()) {
        FallbackCredentialStore *credentials = FallbackCredentialStore::application();
        m_passwordKey = passwordKey(smtp.url, smtp.user);
        credentials->write(m_passwordKey, smtp.password); // writeFinished says where it is kept
    }
    m_passwordEdit->setModified(false);
}

void NoticesDialog::refresh()
{
    start(false);
}

void NoticesDialog::sendNow()
{
    saveSettings();
    start(true);
}

void NoticesDialog::start(bool send)
{
    if (m_busy)
        return;
    m_busy = true;
    m_sendButton->setEnabled(false);
    m_refreshButton->setEnabled(false);
    if (send)
        m_resultLabel->setText(tr("Sending…"));
    QSettings settings;
    NoticeRun::Request request;
    request.databasePath = m_databasePath;
    request.central = SyncController::configuredCentral(settings, m_centralPassword);
    request.smtp = smtpSettings();
    request.send = send;
    request.listState = m_stateCombo->currentData().toString();
    const QString queueName =
        request.central
            ? tr("The central queue of %1, shared by every manager desktop.").arg(request.central->displayName())
            : tr("The queue of this database (no central database is configured).");
    // Connections belong to the thread that opened them: the run opens its own.
    m_job.start([request](JobControl &) { return NoticeRun::run(request); },
                [this, send, queueName](NoticeRun::Outcome outcome) { show(outcome, send, queueName); });
}

void NoticesDialog::show(const NoticeRun::Outcome &run, bool sent, const QString &queueName)
{
    m_busy = false;
    m_refreshButton->setEnabled(true);
    validate();
    if (run.opened)
        m_queueLabel->setText(queueName);
    m_table->setRowCount(static_cast<int>(run.notices.size()));
    for (int row = 0; row < run.notices.size(); ++row) {
        const Notice &notice = run.notices.at(row);
        m_table->setItem(row, Created, cell(notice.createdAt.left(16).replace(u'T', u' ')));
        m_table->setItem(row, Kind, cell(notice.kind));
        m_table->setItem(row, Recipient, cell(notice.recipient));
        m_table->setItem(row, Subject, cell(notice.subject));
        m_table->setItem(row, State, cell(notice.state));
        m_table->setItem(row, Attempts, cell(QString::number(notice.attempts)));
        m_table->setItem(row, NextAttempt,
                         cell(notice.state == u"due" ? notice.nextAttemptAt.left(16).replace(u'T', u' ') : QString()));
        m_table->setItem(row, LastError, cell(notice.lastError));
    }
    m_table->resizeColumnsToContents();
    if (!run.error.isEmpty()) {
        m_resultLabel->setText(run.error);
    } else if (sent) {
        QString text = tr("Sent: %1; to be retried: %2; failed: %3.")
                           .arg(run.count(NoticeOutcome::Kind::Sent))
                           .arg(run.count(NoticeOutcome::Kind::Retry))
                           .arg(run.count(NoticeOutcome::Kind::Failed));
        for (const NoticeOutcome &outcome : run.outcomes) {
            if (outcome.kind != NoticeOutcome::Kind::Sent) {
                text += u' ' + tr("Last error: %1").arg(outcome.error);
                break;
            }
        }
        m_resultLabel->setText(text);
    }
    Q_EMIT finished();
}

} // namespace PartnerDesk
