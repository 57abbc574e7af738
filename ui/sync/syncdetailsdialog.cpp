#include "syncdetailsdialog.h"

#include "synccontroller.h"
#include "themeicon.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

SyncDetailsDialog::SyncDetailsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("syncDetailsDialog"));
    setWindowTitle(tr("Sync with the Central Database"));
    m_state = valueLabel(QStringLiteral("syncStateLabel"), this);
    m_central = valueLabel(QStringLiteral("syncCentralLabel"), this);
    m_lastSync = valueLabel(QStringLiteral("syncLastLabel"), this);
    m_outcome = valueLabel(QStringLiteral("syncOutcomeLabel"), this);
    m_error = valueLabel(QStringLiteral("syncErrorLabel"), this);
    m_refused = valueLabel(QStringLiteral("syncRefusedLabel"), this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));

    auto *form = new QFormLayout;
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Central database:"), m_central);
    form->addRow(tr("Last sync:"), m_lastSync);
    form->addRow(tr("Last result:"), m_outcome);
    form->addRow(tr("Error:"), m_error);
    form->addRow(tr("Not sent:"), m_refused);
    form->addRow(tr("Progress:"), m_progress);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_syncNow = buttons->addButton(tr("&Sync Now"), QDialogButtonBox::ActionRole);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setIcon(themeIcon(QStringLiteral("view-refresh")));
    m_stop = buttons->addButton(tr("S&top"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopSyncButton"));
    m_stop->setToolTip(tr("Stop the running sync at its next safe point; what it applied is kept"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->syncNow();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->cancel();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    refresh();
}

SyncDetailsDialog::~SyncDetailsDialog() = default;

void SyncDetailsDialog::setController(SyncController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller) {
        connect(controller, &SyncController::changed, this, &SyncDetailsDialog::refresh);
    }
    refresh();
}

void SyncDetailsDialog::setUnavailable(const QString &reason)
{
    m_reason = reason;
    refresh();
}

void SyncDetailsDialog::refresh()
{
    const QLocale locale;
    if (!m_controller) {
        m_state->setText(tr("No sync"));
        m_central->setText(m_reason);
        m_lastSync->clear();
        m_outcome->clear();
        m_error->clear();
        m_refused->clear();
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_syncNow->setEnabled(false);
        m_stop->setEnabled(false);
        return;
    }
    const SyncController::State state = m_controller->state();
    m_state->setText(SyncController::stateName(state));
    m_central->setText(m_controller->central().displayName());
    const QDateTime last = m_controller->lastSync();
    m_lastSync->setText(last.isValid() ? locale.toString(last, QLocale::LongFormat) : tr("never"));
    const SyncOutcome outcome = m_controller->lastOutcome();
    if (last.isValid() || !outcome.error.isEmpty() || outcome.cancelled) {
        QString text = tr("pushed: %1, pulled: %2, new transactions: %3, conflicts: %4")
                           .arg(locale.toString(outcome.pushed), locale.toString(outcome.pulled),
                                locale.toString(outcome.newTransactions), locale.toString(outcome.conflicts));
        if (outcome.cancelled)
            text += u' ' + tr("(stopped)");
        m_outcome->setText(text);
    } else {
        m_outcome->setText(tr("no sync yet"));
    }
    m_error->setText(m_controller->lastError());
    // Rows the central database refused: kept aside (docs/SECURITY.md, "Quarantine").
    if (outcome.quarantined > 0 || outcome.refused > 0) {
        QStringList lines = {tr("Kept aside: %n local change(s) the central database refused; each is sent again "
                                "when it changes.",
                                nullptr, int(std::max(outcome.quarantined, outcome.refused)))};
        for (const QString &refusal : outcome.refusals.mid(0, 5))
            lines.append(refusal);
        m_refused->setText(lines.join(u'\n'));
    } else {
        m_refused->setText(tr("nothing"));
    }
    const bool syncing = m_controller->isSyncing();
    const auto [done, total] = m_controller->progress();
    if (syncing && total <= 0) {
        m_progress->setRange(0, 0); // busy
    } else {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(syncing ? std::clamp(done, 0, total) : 0);
    }
    m_syncNow->setEnabled(true);
    m_stop->setEnabled(syncing);
}

} // namespace PartnerDesk
