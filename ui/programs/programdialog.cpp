#include "programdialog.h"

#include "core/money.h"
#include "core/rate.h"
#include "store/programstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

constexpr int maximumDays = 3650;

QLineEdit *percentEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000.000")) + 16);
    return edit;
}

// A short field at its own width, followed by its unit, so the field says what "20" means.
QWidget *withUnit(QWidget *field, QLabel *unit = nullptr)
{
    auto *row = new QWidget(field->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    if (unit)
        layout->addWidget(unit);
    layout->addStretch();
    return row;
}

QSpinBox *daysSpin(QWidget *parent, const QString &objectName, const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, maximumDays);
    spin->setSuffix(suffix);
    return spin;
}

} // namespace

ProgramDialog::ProgramDialog(const Program &program, const QString &noticeMode, QWidget *parent)
    : QDialog(parent)
    , m_program(program)
{
    setObjectName(QStringLiteral("ProgramDialog"));
    setWindowTitle(program.id == 0 ? tr("Add Program") : tr("Edit Program %1").arg(program.name));
    buildForm();
    load(program);
    m_noticesCombo->setCurrentIndex(qMax(0, m_noticesCombo->findData(noticeMode)));
    validate();
}

void ProgramDialog::buildForm()
{
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Koongo Partner"));

    m_descriptionEdit = new QPlainTextEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setFixedHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 3 + 12);

    m_currencyEdit = new QLineEdit(this);
    m_currencyEdit->setObjectName(QStringLiteral("currencyEdit"));
    m_currencyEdit->setMaxLength(3);
    m_currencyEdit->setPlaceholderText(QStringLiteral("EUR"));
    m_currencyEdit->setToolTip(tr("ISO 4217 code: commission and the payout threshold are in this currency"));
    m_currencyEdit->setMaximumWidth(m_currencyEdit->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 16);

    m_linkRateEdit = percentEdit(this, QStringLiteral("linkRateEdit"));
    m_couponRateEdit = percentEdit(this, QStringLiteral("couponRateEdit"));
    m_couponDiscountEdit = percentEdit(this, QStringLiteral("couponDiscountEdit"));

    m_thresholdEdit = new QLineEdit(this);
    m_thresholdEdit->setObjectName(QStringLiteral("thresholdEdit"));
    m_thresholdEdit->setMaximumWidth(m_thresholdEdit->fontMetrics().horizontalAdvance(QStringLiteral("000000000.00")) +
                                     16);
    m_thresholdCurrency = new QLabel(this);

    m_holdDaysSpin = daysSpin(this, QStringLiteral("holdDaysSpin"), tr(" days"));
    m_holdDaysSpin->setToolTip(tr("A completed order's commission is approved this many days after the order"));
    m_cookieDaysSpin = daysSpin(this, QStringLiteral("cookieDaysSpin"), tr(" days"));
    m_cookieDaysSpin->setToolTip(tr("How long the store remembers a partner's link visit"));

    m_storeHostsEdit = new QPlainTextEdit(this);
    m_storeHostsEdit->setObjectName(QStringLiteral("storeHostsEdit"));
    m_storeHostsEdit->setTabChangesFocus(true);
    m_storeHostsEdit->setPlaceholderText(tr("shop.example.com\none host per line"));
    m_storeHostsEdit->setToolTip(tr("Hosts partner links may point to; their subdomains are allowed too"));
    m_storeHostsEdit->setFixedHeight(m_storeHostsEdit->fontMetrics().lineSpacing() * 4 + 12);

    m_activeCheck = new QCheckBox(tr("Partners can join and earn commission"), this);
    m_activeCheck->setObjectName(QStringLiteral("activeCheck"));

    // Issue #14: the manager's default for the program's partners; a partner may choose his own.
    m_noticesCombo = new QComboBox(this);
    m_noticesCombo->setObjectName(QStringLiteral("noticesCombo"));
    m_noticesCombo->addItem(tr("Off"), QStringLiteral("off"));
    m_noticesCombo->addItem(tr("Every new transaction"), QStringLiteral("each"));
    m_noticesCombo->addItem(tr("Daily digest"), QStringLiteral("digest"));
    m_noticesCombo->setToolTip(tr("Partners are sent an e-mail for each new transaction or one a day, a notice when "
                                  "a request of theirs is decided and when their balance reaches the payout "
                                  "threshold. Sent by Notices… or partnerdesk-cli notify send; a partner may choose "
                                  "otherwise for himself."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    form->addRow(tr("&Currency:"), withUnit(m_currencyEdit));
    form->addRow(tr("&Link commission:"), withUnit(m_linkRateEdit, new QLabel(tr("%"), this)));
    form->addRow(tr("C&oupon commission:"), withUnit(m_couponRateEdit, new QLabel(tr("%"), this)));
    form->addRow(tr("Customer disco&unt:"), withUnit(m_couponDiscountEdit, new QLabel(tr("%"), this)));
    form->addRow(tr("Payout &threshold:"), withUnit(m_thresholdEdit, m_thresholdCurrency));
    form->addRow(tr("Approval &hold:"), withUnit(m_holdDaysSpin));
    form->addRow(tr("Coo&kie lifetime:"), withUnit(m_cookieDaysSpin));
    form->addRow(tr("&Store hosts:"), m_storeHostsEdit);
    form->addRow(tr("Active:"), m_activeCheck);
    form->addRow(tr("E-mail &notices to partners:"), withUnit(m_noticesCombo));

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    // Room for the message from the start, so the form does not jump while the user types.
    m_errorLabel->setMinimumHeight(m_errorLabel->fontMetrics().lineSpacing() * 2);
    m_errorLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette warning = m_errorLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_errorLabel->setPalette(warning);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_program.id == 0 ? tr("&Add Program") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    for (QLineEdit *edit :
         {m_nameEdit, m_currencyEdit, m_linkRateEdit, m_couponRateEdit, m_couponDiscountEdit, m_thresholdEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProgramDialog::validate);
    for (QPlainTextEdit *edit : {m_descriptionEdit, m_storeHostsEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &ProgramDialog::validate);
    for (QSpinBox *spin : {m_holdDaysSpin, m_cookieDaysSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ProgramDialog::validate);
    connect(m_activeCheck, &QCheckBox::toggled, this, &ProgramDialog::validate);
}

void ProgramDialog::load(const Program &program)
{
    m_nameEdit->setText(program.name);
    m_descriptionEdit->setPlainText(program.description);
    m_currencyEdit->setText(program.currency);
    m_linkRateEdit->setText(program.linkRate.toPercentString());
    m_couponRateEdit->setText(program.couponRate.toPercentString());
    m_couponDiscountEdit->setText(program.couponDiscount.toPercentString());
    m_thresholdEdit->setText(Money(program.thresholdMinor, program.currency).toPlainString());
    m_holdDaysSpin->setValue(program.holdDays);
    m_cookieDaysSpin->setValue(program.cookieDays);
    m_storeHostsEdit->setPlainText(program.storeHosts.join(u'\n'));
    m_activeCheck->setChecked(program.active);
}

QString ProgramDialog::collect(Program &program) const
{
    program.name = m_nameEdit->text();
    program.description = m_descriptionEdit->toPlainText().trimmed();
    program.currency = m_currencyEdit->text().trimmed().toUpper();
    program.holdDays = m_holdDaysSpin->value();
    program.cookieDays = m_cookieDaysSpin->value();
    program.active = m_activeCheck->isChecked();
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    program.storeHosts = m_storeHostsEdit->toPlainText().split(separators, Qt::SkipEmptyParts);

    const struct
    {
        QLineEdit *edit;
        Rate *rate;
        QString label;
    } rates[] = {{m_linkRateEdit, &program.linkRate, tr("Link commission")},
                 {m_couponRateEdit, &program.couponRate, tr("Coupon commission")},
                 {m_couponDiscountEdit, &program.couponDiscount, tr("Customer discount")}};
    QString reason;
    for (const auto &field : rates) {
        const std::optional<Rate> rate = Rate::parsePercent(field.edit->text(), &reason);
        if (!rate)
            return tr("%1: %2").arg(field.label, reason);
        *field.rate = *rate;
    }
    // An unknown currency is ProgramStore::validate's to report; the threshold needs a known one.
    if (Currency::isKnown(program.currency)) {
        const std::optional<Money> threshold =
            Money::parse(m_thresholdEdit->text().trimmed(), program.currency, &reason);
        if (!threshold)
            return tr("Payout threshold: %1").arg(reason);
        program.thresholdMinor = threshold->minor();
    }
    return ProgramStore::validate(program);
}

void ProgramDialog::validate()
{
    Program program = m_program;
    const QString error = collect(program);
    m_program = program;
    m_thresholdCurrency->setText(program.currency);
    m_errorLabel->setText(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

bool ProgramDialog::isValid() const
{
    return m_errorLabel->text().isEmpty();
}

QString ProgramDialog::noticeMode() const
{
    return m_noticesCombo->currentData().toString();
}

QString ProgramDialog::errorText() const
{
    return m_errorLabel->text();
}

} // namespace PartnerDesk
