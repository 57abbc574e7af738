#include "holddecisiondialog.h"

#include "core/money.h"
#include "core/valuerules.h"
#include "itemmodels/heldtransactionmodel.h"
#include "reasonlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PartnerDesk {

HoldDecisionDialog::HoldDecisionDialog(const HeldTransaction &held, Decision decision, QWidget *parent)
    : QDialog(parent)
{
    const bool clear = decision == Decision::Clear;
    setObjectName(clear ? QStringLiteral("ClearHoldDialog") : QStringLiteral("CancelHoldDialog"));
    setWindowTitle(clear ? tr("Clear Held Transaction") : tr("Cancel Held Transaction"));

    const QString what =
        tr("Order %1 of %2, %3 for %4 (%5) in %6.")
            .arg(held.orderId, held.placedAt.left(10), Money(held.commissionMinor, held.currency).toDisplayString(),
                 held.affiliateName, held.affiliateCode, held.programName);
    const QString why =
        tr("Held by the rule “%1”: %2")
            .arg(HeldTransactionModel::ruleName(held.holdRule),
                 held.holdEvidence.isEmpty() ? HoldStore::describeRule(held.holdRule) : held.holdEvidence);
    const QString outcome =
        clear ? tr("Cleared, the commission goes on as normal: approved once the order is complete and its approval "
                   "hold has passed, then paid in a batch.")
              : tr("Cancelled, the partner is not paid for this order.");
    auto *summary = new QLabel(what + u'\n' + why + u"\n\n" + outcome, this);
    summary->setObjectName(QStringLiteral("decisionSummary"));
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);

    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("Why: it goes into the audit log"));
    m_reasonEdit->setMinimumHeight(70);
    m_reasonReason = new ReasonLabel(QStringLiteral("reasonReason"), this);
    auto *form = new QFormLayout;
    m_reasonReason->addRow(form, tr("&Reason:"), m_reasonEdit);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(clear ? tr("C&lear") : tr("Cancel &Commission"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HoldDecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);
    resize(520, 300);

    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &HoldDecisionDialog::validate);
    validate();
    m_reasonEdit->setFocus();
}

HoldDecisionDialog::~HoldDecisionDialog() = default;

QString HoldDecisionDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

void HoldDecisionDialog::validate()
{
    const QString why = reason().isEmpty() ? tr("Say why; the reason goes into the audit log.")
                                           : ValueRules::checkText(tr("The reason"), reason(), ValueRules::reason);
    m_valid = why.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
    m_reasonReason->setReason(m_acceptTried || !m_reasonEdit->toPlainText().isEmpty() ? why : QString());
}

void HoldDecisionDialog::accept()
{
    m_acceptTried = true;
    validate();
    if (m_valid)
        QDialog::accept();
}

} // namespace PartnerDesk
