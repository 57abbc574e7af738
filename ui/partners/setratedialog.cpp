#include "setratedialog.h"

#include "core/money.h"
#include "core/rate.h"
#include "core/timestamp.h"
#include "reasonlabel.h"
#include "store/programstore.h"
#include "whatifdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PartnerDesk {

SetRateDialog::SetRateDialog(Database &database, const Affiliate &partner, qint64 programId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_partner(partner)
{
    setObjectName(QStringLiteral("SetRateDialog"));
    setWindowTitle(tr("Set Rate for %1 (%2)").arg(partner.name, partner.code));

    m_programCombo = new QComboBox(this);
    m_programCombo->setObjectName(QStringLiteral("programCombo"));
    const ProgramStore programs(database);
    for (const Membership &membership : programs.membershipsOf(partner.id)) {
        if (!membership.active)
            continue;
        const std::optional<Program> program = programs.byId(membership.programId);
        m_programCombo->addItem(membership.programName, membership.programId);
        m_programCombo->setItemData(m_programCombo->count() - 1, program ? program->currency : QString(),
                                    Qt::UserRole + 1);
    }
    if (const int index = m_programCombo->findData(programId); index >= 0)
        m_programCombo->setCurrentIndex(index);

    m_fromEdit = new QDateEdit(QDateTime::fromSecsSinceEpoch(Timestamp::now(), Qt::UTC).date(), this);
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_fromEdit->setToolTip(
        tr("Orders placed from this day on (00:00 UTC) earn these rates; earlier orders keep theirs"));

    m_link = createPart(QStringLiteral("link"));
    m_coupon = createPart(QStringLiteral("coupon"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Program:"), m_programCombo);
    form->addRow(tr("&From (UTC):"), m_fromEdit);
    const auto partRow = [form](const Part &part, const QString &label) {
        auto *row = new QHBoxLayout;
        row->addWidget(part.mode);
        row->addWidget(part.value, 1);
        part.reason->addRow(form, label, row, part.mode);
    };
    partRow(m_link, tr("&Link commission:"));
    partRow(m_coupon, tr("&Coupon commission:"));
    auto *note = new QLabel(tr("The link commission pays orders by link, rewrite, direct link and lifetime customer. "
                               "A flat amount never pays more than the order's subtotal."),
                            this);
    note->setWordWrap(true);
    m_errorLabel = new ReasonLabel(QStringLiteral("errorLabel"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set Rate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetRateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_whatIfButton = m_buttons->addButton(tr("&What If…"), QDialogButtonBox::ActionRole);
    m_whatIfButton->setObjectName(QStringLiteral("whatIfButton"));
    m_whatIfButton->setToolTip(tr("What these rates would have paid over a past period; nothing is written"));
    connect(m_whatIfButton, &QPushButton::clicked, this, &SetRateDialog::whatIf);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(540, 300);

    connect(m_programCombo, &QComboBox::currentIndexChanged, this, &SetRateDialog::validate);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &SetRateDialog::validate);
    validate();
}

SetRateDialog::~SetRateDialog() = default;

SetRateDialog::Part SetRateDialog::createPart(const QString &name)
{
    Part part;
    part.mode = new QComboBox(this);
    part.mode->setObjectName(name + QStringLiteral("ModeCombo"));
    part.mode->addItem(tr("Keep as it is"), Keep);
    part.mode->addItem(tr("Percentage"), Percent);
    part.mode->addItem(tr("Flat amount per order"), Amount);
    part.mode->addItem(tr("Program's or tier's"), Reset);
    part.value = new QLineEdit(this);
    part.value->setObjectName(name + QStringLiteral("ValueEdit"));
    part.reason = new ReasonLabel(name + QStringLiteral("Reason"), this);
    connect(part.mode, &QComboBox::currentIndexChanged, this, &SetRateDialog::validate);
    connect(part.value, &QLineEdit::textChanged, this, &SetRateDialog::validate);
    return part;
}

QString SetRateDialog::currency() const
{
    return m_programCombo->currentData(Qt::UserRole + 1).toString();
}

QString SetRateDialog::readPart(const Part &part, std::optional<int> &rate, std::optional<qint64> &amount,
                                bool &reset) const
{
    const int mode = part.mode->currentData().toInt();
    const QString text = part.value->text().trimmed();
    QString reason;
    switch (mode) {
    case Percent:
        if (const std::optional<Rate> parsed = Rate::parsePercent(text, &reason))
            rate = parsed->basisPoints();
        else
            return reason;
        break;
    case Amount:
        if (const std::optional<Money> parsed = Money::parse(text, currency(), &reason))
            amount = parsed->minor();
        else
            return reason;
        break;
    case Reset:
        reset = true;
        break;
    default:
        break;
    }
    return {};
}

PartnerRateChange SetRateDialog::change() const
{
    PartnerRateChange change;
    change.programId = m_programCombo->currentData().toLongLong();
    change.affiliateId = m_partner.id;
    change.from = QDateTime(m_fromEdit->date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    readPart(m_link, change.linkRateBp, change.linkAmountMinor, change.resetLink);
    readPart(m_coupon, change.couponRateBp, change.couponAmountMinor, change.resetCoupon);
    return change;
}

void SetRateDialog::validate()
{
    bool valid = m_programCombo->count() > 0;
    for (Part *part : {&m_link, &m_coupon}) {
        const int mode = part->mode->currentData().toInt();
        part->value->setEnabled(mode == Percent || mode == Amount);
        part->value->setPlaceholderText(mode == Percent  ? tr("e.g. 25 (%)")
                                        : mode == Amount ? tr("e.g. 5.00 (%1)").arg(currency())
                                                         : QString());
        std::optional<int> rate;
        std::optional<qint64> amount;
        bool reset = false;
        const QString reason = readPart(*part, rate, amount, reset);
        part->reason->setReason(part->value->text().isEmpty() ? QString() : reason);
        valid = valid && reason.isEmpty();
    }
    m_errorLabel->setReason(m_programCombo->count() == 0
                                ? tr("%1 is not a member of any program: join him to one first.").arg(m_partner.code)
                                : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_whatIfButton->setEnabled(valid);
}

void SetRateDialog::whatIf()
{
    RuleChange ruleChange;
    ruleChange.programId = m_programCombo->currentData().toLongLong();
    ruleChange.rate = change(); // RateStore copies the parts not given forward, as it does on save
    WhatIfDialog dialog(m_database, ruleChange, m_partner.id,
                        tr("The rates of %1 (%2) in %3 from %4, as entered above, over the orders of a past period.")
                            .arg(m_partner.name, m_partner.code, m_programCombo->currentText(),
                                 m_fromEdit->date().toString(Qt::ISODate)),
                        this);
    dialog.exec();
}

void SetRateDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Result<qint64> written = RateStore(m_database).set(change());
    if (!written) {
        m_errorLabel->setReason(written.error());
        return;
    }
    m_writtenId = *written;
    QDialog::accept();
}

} // namespace PartnerDesk
