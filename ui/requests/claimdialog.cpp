#include "claimdialog.h"

#include "core/money.h"
#include "core/timestamp.h"
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
#include <algorithm>

namespace PartnerDesk {

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
    // The amount is in the chosen program's currency; without one, in his primary program's (as
    // RequestStore::fileClaim stores it).
    const ProgramStore programs(m_database);
    std::optional<Program> program = programs.byId(m_programCombo->currentData().toLongLong());
    if (!program) {
        for (const Membership &membership : programs.membershipsOf(m_partner.id)) {
            if (membership.active && (!program || membership.primary))
                program = programs.byId(membership.programId);
        }
    }
    return program ? program->currency : Program().currency;
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
    // The amount as typed: only the dialog sees the text, the store sees the minor units.
    QString amountWhy;
    if (const QString amount = m_amountEdit->text().trimmed(); !amount.isEmpty())
        Money::parse(amount, currency(), &amountWhy);
    RequestStore::Field field = RequestStore::Field::None;
    const Status checked = amountWhy.isEmpty() ? RequestStore(m_database).checkClaim(m_partner.id, draft(), &field)
                                               : Status::failure(amountWhy);
    if (!amountWhy.isEmpty())
        field = RequestStore::Field::Amount;
    m_valid = checked.isOk();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
    // One reason at a time (the store's first refusal), under its field. An untouched field asks
    // for input; it does not scold until OK was tried.
    const QString reason = m_valid ? QString() : checked.error();
    bool shown = true;
    if (field == RequestStore::Field::OrderId)
        shown = m_acceptTried || !m_orderEdit->text().isEmpty();
    else if (field == RequestStore::Field::Message)
        shown = m_acceptTried || !m_messageEdit->toPlainText().isEmpty();
    const auto show = [&](ReasonLabel *label, std::initializer_list<RequestStore::Field> of) {
        label->setReason(shown && std::find(of.begin(), of.end(), field) != of.end() ? reason : QString());
    };
    show(m_orderReason, {RequestStore::Field::OrderId});
    show(m_dateReason, {RequestStore::Field::OrderDate});
    show(m_amountReason, {RequestStore::Field::Amount});
    show(m_messageReason, {RequestStore::Field::Message});
    show(m_errorLabel, {RequestStore::Field::None, RequestStore::Field::Partner, RequestStore::Field::Program});
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
