#include "addpartnerdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace PartnerDesk {

AddPartnerDialog::AddPartnerDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AddPartnerDialog"));
    setWindowTitle(tr("Add Partner"));

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_emailEdit = new QLineEdit(this);
    m_emailEdit->setObjectName(QStringLiteral("emailEdit"));
    m_emailEdit->setPlaceholderText(tr("partner@example.com"));
    m_codeEdit = new QLineEdit(this);
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setMaxLength(64);
    m_codeEdit->setPlaceholderText(tr("Generated when left empty"));
    m_codeEdit->setToolTip(tr("The code in the partner's links (?acc=CODE); unique regardless of case"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&E-mail:"), m_emailEdit);
    form->addRow(tr("Partner &code:"), m_codeEdit);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    QPalette warning = m_errorLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_errorLabel->setPalette(warning);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Partner"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(440, sizeHint().height());

    for (QLineEdit *edit : {m_nameEdit, m_emailEdit, m_codeEdit})
        connect(edit, &QLineEdit::textChanged, this, &AddPartnerDialog::validate);
    validate();
}

QString AddPartnerDialog::name() const
{
    return m_nameEdit->text().trimmed();
}

QString AddPartnerDialog::email() const
{
    return m_emailEdit->text().trimmed();
}

QString AddPartnerDialog::code() const
{
    return m_codeEdit->text().trimmed();
}

void AddPartnerDialog::validate()
{
    // The same rules as AffiliateStore::add; the store has the last word.
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QString error;
    if (name().isEmpty())
        error = tr("The partner needs a name.");
    else if (!emailPattern.match(email()).hasMatch())
        error = email().isEmpty() ? tr("The partner needs an e-mail address.")
                                  : tr("\"%1\" is not an e-mail address.").arg(email());
    m_errorLabel->setText(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace PartnerDesk
