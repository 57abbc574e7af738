#include "programchoicedialog.h"

#include "core/money.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PartnerDesk {

ProgramChoiceDialog::ProgramChoiceDialog(Purpose purpose, const Affiliate &partner, const QList<Program> &programs,
                                         QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_partner(partner)
    , m_programs(programs)
{
    const bool join = purpose == Purpose::Join;
    setObjectName(join ? QStringLiteral("JoinProgramDialog") : QStringLiteral("CreateCouponDialog"));
    setWindowTitle(join ? tr("Join %1 to a Program").arg(partner.name) : tr("Coupon for %1").arg(partner.name));

    m_programCombo = new QComboBox(this);
    m_programCombo->setObjectName(QStringLiteral("programCombo"));
    for (const Program &program : programs)
        m_programCombo->addItem(program.name, program.id);
    auto *form = new QFormLayout;
    form->addRow(tr("&Program:"), m_programCombo);
    if (!join) {
        m_codeEdit = new QLineEdit(this);
        m_codeEdit->setObjectName(QStringLiteral("couponCodeEdit"));
        m_codeEdit->setMaxLength(64);
        m_codeEdit->setPlaceholderText(tr("Generated when left empty"));
        m_codeEdit->setToolTip(tr("Coupon codes are unique regardless of case and contain no spaces"));
        form->addRow(tr("Coupon &code:"), m_codeEdit);
    }
    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    m_descriptionLabel->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(join ? tr("&Join") : tr("&Create Coupon"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!programs.isEmpty());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_descriptionLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());

    connect(m_programCombo, &QComboBox::currentIndexChanged, this, &ProgramChoiceDialog::describe);
    describe();
}

qint64 ProgramChoiceDialog::programId() const
{
    return m_programCombo->currentData().toLongLong();
}

QString ProgramChoiceDialog::couponCode() const
{
    return m_codeEdit ? m_codeEdit->text().trimmed() : QString();
}

void ProgramChoiceDialog::describe()
{
    const int index = m_programCombo->currentIndex();
    if (index < 0 || index >= m_programs.size()) {
        m_descriptionLabel->setText(m_purpose == Purpose::Join
                                        ? tr("%1 is already a member of every active program.").arg(m_partner.name)
                                        : tr("You have no affiliate coupon code. Please join to a program to get "
                                             "coupon code"));
        return;
    }
    const Program &program = m_programs.at(index);
    if (m_purpose == Purpose::Join) {
        m_descriptionLabel->setText(tr("%1 (%2) joins %3: %4 % commission on orders through the partner's links, %5 % "
                                       "on the partner's coupons, paid out from "
                                       "%6.")
                                        .arg(m_partner.name, m_partner.code, program.name,
                                             program.linkRate.toPercentString(), program.couponRate.toPercentString(),
                                             Money(program.thresholdMinor, program.currency).toDisplayString()));
    } else {
        m_descriptionLabel->setText(
            tr("Customers who use the coupon get %1 % off; %2 earns %3 % of the order.")
                .arg(program.couponDiscount.toPercentString(), m_partner.name, program.couponRate.toPercentString()));
    }
}

} // namespace PartnerDesk
