#include "claimdialog.h"

#include "core/money.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "reasonlabel.h"
#include "store/programstore.h"
#include "store/requeststore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

// A claim's reason: design.md §1, requests.message 1..2000 characters.
constexpr int maxMessage = 2000;

} // namespace

ClaimDialog::ClaimDialog(Database &database, const Affiliate &partner, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_partner(partner)
{
    setObjectName(QStringLiteral("ClaimDialog"));
    setWindowTitle(tr("Claim an Order"));

    auto *intro = new QLabel(tr("An order of a customer you brought that did not reach you (a forgotten coupon, a "
                                "blocked cookie). The store's affiliate manager checks it and assigns it to you; "
                                "you see the decision under My Requests."),
                             this);
    intro->setObjectName(QStringLiteral("claimIntro"));
    intro->setWordWrap(true);

    m_orderEdit = new QLineEdit(this);
    m_orderEdit->setObjectName(QStringLiteral("orderEdit"));
    m_orderEdit->setPlaceholderText(tr("100042"));
    m_orderEdit->setToolTip(tr("The order number as the customer gave it to you"));
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = QDateTime::fromSecsSinceEpoch(Timestamp::now(), Qt::UTC).date();
    m_dateEdit->setMaximumDate(today);
    m_dateEdit->setDate(today);
    m_dateEdit->setToolTip(tr("The day the customer placed the order"));

    m_programCombo = new QComboBox(this);
    m_programCombo->setObjectName(QStringLiteral("programCombo"));
    m_programCombo->addItem(tr("Not sure"), qint64(0));
    for (const Membership &membership : ProgramStore(database).membershipsOf(partner.id)) {
        if (membership.active)
            m_programCombo->addItem(membership.programName, membership.programId);
    }
    if (m_programCombo->count() == 2)
        m_programCombo->setCurrentIndex(1);

    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_amountEdit->setPlaceholderText(tr("optional"));
    m_amountEdit->setToolTip(tr("The order's subtotal, if the customer told you"));
    m_currencyLabel = new QLabel(this);
    m_currencyLabel->setObjectName(QStringLiteral("currencyLabel"));
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amountEdit, 1);
    amountRow->addWidget(m_currencyLabel);

    m_messageEdit = new QPlainTextEdit(this);
    m_messageEdit->setObjectName(QStringLiteral("messageEdit"));
    m_messageEdit->setTabChangesFocus(true);
    m_messageEdit->setPlaceholderText(tr("e.g. the customer forgot the coupon JANE10, see her e-mail of 3 March"));
    m_messageEdit->setMinimumHeight(80);

    m_orderReason = new ReasonLabel(QStringLiteral("orderReason"), this);
    m_dateReason = new ReasonLabel(QStringLiteral("dateReason"), this);
    m_amountReason = new ReasonLabel(QStringLiteral("amountReason"), this);
    m_messageReason = new ReasonLabel(QStringLiteral("messageReason"), this);
    m_errorLabel = new ReasonLabel(QStringLiteral("errorLabel"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send Claim"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClaimDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    m_orderReason->addRow(form, tr("&Order number:"), m_orderEdit);
    m_dateReason->addRow(form, tr("&Placed on:"), m_dateEdit);
    form->addRow(tr("P&rogram:"), m_programCombo);
    m_amountReason->addRow(form, tr("&Amount:"), amountRow, m_amountEdit);
    m_messageReason->addRow(form, tr("&Why it is yours:"), m_messageEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(560, 420);

    connect(m_orderEdit, &QLineEdit::textChanged, this, &ClaimDialog::validate);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &ClaimDialog::validate);
    connect(m_programCombo, &QComboBox::currentIndexChanged, this, &ClaimDialog::validate);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &ClaimDialog::validate);
    connect(m_messageEdit, &QPlainTextEdit::textChanged, this, &ClaimDialog::validate);
    validate();
    m_orderEdit->setFocus();
}

ClaimDialog::~ClaimDialog() = default;

QString ClaimDialog::currency() const
{
    // The amount is in the chosen program's currency; without one, in his first program's.
    const qint64 chosen = m_programCombo->currentData().toLongLong();
    const qint64 program = chosen ? chosen : m_programCombo->itemData(qMin(1, m_programCombo->count() - 1)).toLongLong();
    if (program) {
        if (const std::optional<Program> found = ProgramStore(m_database).byId(program))
            return found->currency;
    }
    return Program().currency;
}

ClaimDraft ClaimDialog::draft() const
{
    ClaimDraft draft;
    draft.orderId = m_orderEdit->text().trimmed();
    draft.orderDate = m_dateEdit->date().toString(Qt::ISODate);
    draft.programId = m_programCombo->currentData().toLongLong();
    draft.message = m_messageEdit->toPlainText().trimmed();
    if (const QString amount = m_amountEdit->text().trimmed(); !amount.isEmpty()) {
        if (const std::optional<Money> money = Money::parse(amount, currency()))
            draft.amountMinor = money->minor();
    }
    return draft;
}

void ClaimDialog::validate()
{
    m_currencyLabel->setText(currency());
    QString orderWhy;
    QString amountWhy;
    QString messageWhy;
    const ClaimDraft claim = draft();
    if (claim.orderId.isEmpty())
        orderWhy = tr("Enter the order number the customer gave you.");
    else
        orderWhy = ValueRules::checkText(tr("order"), claim.orderId, ValueRules::orderId);
    if (const QString amount = m_amountEdit->text().trimmed(); !amount.isEmpty()) {
        QString error;
        const std::optional<Money> money = Money::parse(amount, currency(), &error);
        if (!money)
            amountWhy = error;
        else
            amountWhy = ValueRules::checkNonNegativeAmount(tr("amount"), money->minor(),
                                                           money->minorDigits());
    }
    if (claim.message.isEmpty())
        messageWhy = tr("Say why the order is yours: the manager decides on what you write here.");
    else if (ValueRules::characters(claim.message) > maxMessage)
        messageWhy = tr("The reason is %1 characters long; at most %2.")
                         .arg(ValueRules::characters(claim.message))
                         .arg(maxMessage);
    else
        messageWhy = ValueRules::checkText(tr("reason"), claim.message, ValueRules::reason);
    m_valid = orderWhy.isEmpty() && amountWhy.isEmpty() && messageWhy.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
    // An untouched field asks for input; it does not scold until OK was tried.
    const bool orderTouched = m_acceptTried || !m_orderEdit->text().isEmpty();
    const bool messageTouched = m_acceptTried || !m_messageEdit->toPlainText().isEmpty();
    m_orderReason->setReason(orderTouched ? orderWhy : QString());
    m_amountReason->setReason(amountWhy);
    m_messageReason->setReason(messageTouched ? messageWhy : QString());
    m_dateReason->setReason({});
    m_errorLabel->setReason({});
}

void ClaimDialog::showRefusal(const QString &reason)
{
    m_errorLabel->setReason(reason);
}

void ClaimDialog::accept()
{
    m_acceptTried = true;
    validate();
    if (m_valid)
        QDialog::accept();
}

} // namespace PartnerDesk
