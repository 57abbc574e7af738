#include "programdialog.h"

#include "core/money.h"
#include "core/rate.h"
#include "store/programstore.h"
#include "whatifdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

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

    auto *programPage = new QWidget(this);
    programPage->setLayout(form);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("programTabs"));
    tabs->addTab(programPage, tr("&Program"));
    tabs->addTab(buildRulesTab(), tr("Commission &Rules"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(540);

    for (QLineEdit *edit :
         {m_nameEdit, m_currencyEdit, m_linkRateEdit, m_couponRateEdit, m_couponDiscountEdit, m_thresholdEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProgramDialog::validate);
    for (QPlainTextEdit *edit : {m_descriptionEdit, m_storeHostsEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &ProgramDialog::validate);
    for (QSpinBox *spin : {m_holdDaysSpin, m_cookieDaysSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ProgramDialog::validate);
    connect(m_activeCheck, &QCheckBox::toggled, this, &ProgramDialog::validate);
}

QWidget *ProgramDialog::buildRulesTab()
{
    auto *page = new QWidget(this);

    m_lifetimeSpin = daysSpin(page, QStringLiteral("lifetimeSpin"), tr(" days"));
    m_lifetimeSpin->setSpecialValueText(tr("Off"));
    m_lifetimeSpin->setToolTip(tr("A customer's later orders that no link, coupon or rewrite credits go to the partner "
                                  "who first brought him, for this many days after that first order (0: off)"));

    m_ownDomainCheck = new QCheckBox(tr("The customer's e-mail is at a domain the partner registered"), page);
    m_ownDomainCheck->setObjectName(QStringLiteral("fraudOwnDomainCheck"));
    m_leakedCouponCheck = new QCheckBox(tr("A coupon order comes from another partner's verified site"), page);
    m_leakedCouponCheck->setObjectName(QStringLiteral("fraudLeakedCouponCheck"));
    m_sharedCustomersSpin = new QSpinBox(page);
    m_sharedCustomersSpin->setObjectName(QStringLiteral("fraudSharedCustomersSpin"));
    m_sharedCustomersSpin->setRange(0, 1000);
    m_sharedCustomersSpin->setSpecialValueText(tr("Off"));
    m_sharedCustomersSpin->setSuffix(tr(" partners"));
    m_sharedCustomersSpin->setToolTip(
        tr("Hold an order whose customer was credited to more than this many partners in 30 days (0: off)"));
    m_cancelShareEdit = percentEdit(page, QStringLiteral("fraudCancelShareEdit"));
    m_cancelShareEdit->setToolTip(tr("Hold the orders of a partner whose cancelled and refunded share of at least 10 "
                                     "orders in the last 90 days is above this (0: off)"));
    m_noVisitCheck = new QCheckBox(tr("A link order has no recorded visit of the partner"), page);
    m_noVisitCheck->setObjectName(QStringLiteral("fraudNoVisitCheck"));
    m_noVisitCheck->setToolTip(
        tr("Only when the imported visits cover the program's cookie lifetime before the order"));

    auto *fraud = new QGroupBox(tr("Hold a commission for review when"), page);
    auto *fraudForm = new QFormLayout(fraud);
    fraudForm->addRow(m_ownDomainCheck);
    fraudForm->addRow(m_leakedCouponCheck);
    fraudForm->addRow(tr("One customer, more than:"), withUnit(m_sharedCustomersSpin));
    fraudForm->addRow(tr("Cancelled share above:"), withUnit(m_cancelShareEdit, new QLabel(tr("% (0: off)"), page)));
    fraudForm->addRow(m_noVisitCheck);

    m_tierTable = new QTableWidget(0, 3, page);
    m_tierTable->setObjectName(QStringLiteral("tierTable"));
    m_tierTable->setHorizontalHeaderLabels({tr("From orders"), tr("Link rate %"), tr("Coupon rate %")});
    m_tierTable->horizontalHeader()->setStretchLastSection(true);
    m_tierTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tierTable->verticalHeader()->hide();
    m_tierTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tierTable->setMinimumHeight(m_tierTable->fontMetrics().lineSpacing() * 7);
    m_tierTable->setToolTip(tr("From the N-th credited, not cancelled order of a partner in a calendar month (UTC) on, "
                               "his orders earn the tier's rates. An empty coupon rate keeps the program's."));
    connect(m_tierTable, &QTableWidget::itemChanged, this, &ProgramDialog::validate);
    auto *addTier = new QToolButton(page);
    addTier->setObjectName(QStringLiteral("addTierButton"));
    addTier->setText(tr("&Add Tier"));
    addTier->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(addTier, &QToolButton::clicked, this, [this] {
        Tier tier;
        int highest = 0;
        for (int row = 0; row < m_tierTable->rowCount(); ++row)
            highest = qMax(highest, m_tierTable->item(row, 0) ? m_tierTable->item(row, 0)->text().toInt() : 0);
        tier.minOrders = highest + 10;
        tier.linkRateBp = m_program.linkRate.basisPoints();
        addTierRow(tier);
        m_tierTable->setCurrentCell(m_tierTable->rowCount() - 1, 0);
        validate();
    });
    auto *removeTier = new QToolButton(page);
    removeTier->setObjectName(QStringLiteral("removeTierButton"));
    removeTier->setText(tr("Re&move Tier"));
    removeTier->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(removeTier, &QToolButton::clicked, this, [this] {
        if (const int row = m_tierTable->currentRow(); row >= 0) {
            m_tierTable->removeRow(row);
            validate();
        }
    });
    m_whatIfButton = new QPushButton(tr("&What If…"), page);
    m_whatIfButton->setObjectName(QStringLiteral("whatIfButton"));
    m_whatIfButton->setToolTip(tr("What these tiers and lifetime setting would have paid over a past period; nothing "
                                  "is written"));
    m_whatIfButton->hide();
    connect(m_whatIfButton, &QPushButton::clicked, this, [this] {
        if (!m_database)
            return;
        RuleChange change;
        change.programId = m_program.id;
        change.tiers = m_tiers;
        change.lifetimeDays = m_program.lifetimeDays;
        WhatIfDialog dialog(
            *m_database, change, 0,
            tr("The tiers and the lifetime setting of %1, as entered, over the orders of a past period.")
                .arg(m_program.name),
            this);
        dialog.exec();
    });
    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(addTier);
    tierButtons->addWidget(removeTier);
    tierButtons->addStretch();
    tierButtons->addWidget(m_whatIfButton);
    auto *tiers = new QGroupBox(tr("Monthly tiers"), page);
    auto *tiersLayout = new QVBoxLayout(tiers);
    tiersLayout->addWidget(m_tierTable);
    tiersLayout->addLayout(tierButtons);

    auto *lifetimeForm = new QFormLayout;
    lifetimeForm->addRow(tr("&Lifetime customers:"), withUnit(m_lifetimeSpin));

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(lifetimeForm);
    layout->addWidget(fraud);
    layout->addWidget(tiers, 1);

    connect(m_cancelShareEdit, &QLineEdit::textChanged, this, &ProgramDialog::validate);
    for (QSpinBox *spin : {m_lifetimeSpin, m_sharedCustomersSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ProgramDialog::validate);
    for (QCheckBox *check : {m_ownDomainCheck, m_leakedCouponCheck, m_noVisitCheck})
        connect(check, &QCheckBox::toggled, this, &ProgramDialog::validate);
    return page;
}

void ProgramDialog::addTierRow(const Tier &tier)
{
    const QSignalBlocker blocker(m_tierTable);
    const int row = m_tierTable->rowCount();
    m_tierTable->insertRow(row);
    m_tierTable->setItem(row, 0, new QTableWidgetItem(QString::number(tier.minOrders)));
    m_tierTable->setItem(row, 1, new QTableWidgetItem(Rate::fromBasisPoints(tier.linkRateBp).toPercentString()));
    m_tierTable->setItem(row, 2,
                         new QTableWidgetItem(tier.couponRateBp
                                                  ? Rate::fromBasisPoints(*tier.couponRateBp).toPercentString()
                                                  : QString()));
}

void ProgramDialog::enableWhatIf(Database &database)
{
    m_database = &database;
    m_whatIfButton->setVisible(m_program.id != 0);
    validate();
}

void ProgramDialog::setTiers(const QList<Tier> &tiers)
{
    m_tiersBefore = tiers;
    m_tierTable->setRowCount(0);
    for (const Tier &tier : tiers)
        addTierRow(tier);
    validate();
}

bool ProgramDialog::tiersChanged() const
{
    if (m_tiers.size() != m_tiersBefore.size())
        return true;
    for (qsizetype i = 0; i < m_tiers.size(); ++i) {
        const Tier &a = m_tiers.at(i);
        const Tier &b = m_tiersBefore.at(i);
        if (a.minOrders != b.minOrders || a.linkRateBp != b.linkRateBp || a.couponRateBp != b.couponRateBp)
            return true;
    }
    return false;
}

QString ProgramDialog::collectTiers(QList<Tier> &tiers) const
{
    tiers.clear();
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_tierTable->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_tierTable->rowCount(); ++row) {
        Tier tier;
        tier.programId = m_program.id;
        bool ok = false;
        tier.minOrders = text(row, 0).toInt(&ok);
        if (!ok || tier.minOrders < 1 || tier.minOrders > 1'000'000)
            return tr("Tier %1: the orders in the month must be a whole number from 1 to 1,000,000.").arg(row + 1);
        QString reason;
        const std::optional<Rate> link = Rate::parsePercent(text(row, 1), &reason);
        if (!link)
            return tr("Tier %1, link rate: %2").arg(row + 1).arg(reason);
        tier.linkRateBp = link->basisPoints();
        if (const QString coupon = text(row, 2); !coupon.isEmpty()) {
            const std::optional<Rate> rate = Rate::parsePercent(coupon, &reason);
            if (!rate)
                return tr("Tier %1, coupon rate: %2").arg(row + 1).arg(reason);
            tier.couponRateBp = rate->basisPoints();
        }
        for (const Tier &other : std::as_const(tiers)) {
            if (other.minOrders == tier.minOrders)
                return tr("Two tiers start at %1 orders.").arg(tier.minOrders);
        }
        tiers.append(tier);
    }
    std::sort(tiers.begin(), tiers.end(), [](const Tier &a, const Tier &b) { return a.minOrders < b.minOrders; });
    return {};
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
    m_lifetimeSpin->setValue(program.lifetimeDays);
    m_ownDomainCheck->setChecked(program.fraud.ownDomain);
    m_leakedCouponCheck->setChecked(program.fraud.leakedCoupon);
    m_sharedCustomersSpin->setValue(program.fraud.sharedCustomers);
    m_cancelShareEdit->setText(Rate::fromBasisPoints(program.fraud.cancelShareBp).toPercentString());
    m_noVisitCheck->setChecked(program.fraud.noVisit);
}

QString ProgramDialog::collect(Program &program) const
{
    program.name = m_nameEdit->text();
    program.description = m_descriptionEdit->toPlainText().trimmed();
    program.currency = m_currencyEdit->text().trimmed().toUpper();
    program.holdDays = m_holdDaysSpin->value();
    program.cookieDays = m_cookieDaysSpin->value();
    program.active = m_activeCheck->isChecked();
    program.lifetimeDays = m_lifetimeSpin->value();
    program.fraud.ownDomain = m_ownDomainCheck->isChecked();
    program.fraud.leakedCoupon = m_leakedCouponCheck->isChecked();
    program.fraud.sharedCustomers = m_sharedCustomersSpin->value();
    program.fraud.noVisit = m_noVisitCheck->isChecked();
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
    const std::optional<Rate> cancelShare = Rate::parsePercent(m_cancelShareEdit->text(), &reason);
    if (!cancelShare)
        return tr("Cancelled share: %1").arg(reason);
    program.fraud.cancelShareBp = cancelShare->basisPoints();
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
    QString error = collect(program);
    m_program = program;
    QList<Tier> tiers;
    if (const QString tierError = collectTiers(tiers); error.isEmpty())
        error = tierError;
    m_tiers = tiers;
    m_thresholdCurrency->setText(program.currency);
    m_errorLabel->setText(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
    if (m_whatIfButton)
        m_whatIfButton->setEnabled(error.isEmpty());
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
