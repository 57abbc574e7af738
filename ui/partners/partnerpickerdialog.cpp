#include "partnerpickerdialog.h"

#include "partnersearchwidget.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace PartnerDesk {

PartnerPickerDialog::PartnerPickerDialog(Database &database, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_search(new PartnerSearchWidget(database, this))
{
    setObjectName(QStringLiteral("PartnerPickerDialog"));
    setWindowTitle(title);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("openButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &PartnerSearchWidget::selectionChanged, this, &PartnerPickerDialog::updateButtons);
    connect(m_search, &PartnerSearchWidget::activated, this, [this] {
        if (m_search->selectedPartner())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_buttons);
    resize(620, 420);
    updateButtons();
}

std::optional<Affiliate> PartnerPickerDialog::selectedPartner() const
{
    if (const Affiliate *partner = m_search->selectedPartner())
        return *partner;
    return std::nullopt;
}

void PartnerPickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_search->selectedPartner() != nullptr);
}

} // namespace PartnerDesk
