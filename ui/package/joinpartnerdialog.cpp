#include "joinpartnerdialog.h"

#include "itemmodels/membershiplistmodel.h"
#include "partnersearchwidget.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace PartnerDesk {

JoinPartnerDialog::JoinPartnerDialog(Database &database, MembershipListModel &members, const QString &programName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_members(members)
{
    setObjectName(QStringLiteral("JoinPartnerDialog"));
    setWindowTitle(tr("Join a Partner to %1").arg(programName));

    m_search = new PartnerSearchWidget(database, this);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    QPalette warning = m_errorLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_errorLabel->setPalette(warning);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Join"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("joinButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JoinPartnerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(640, 420);

    connect(m_search, &PartnerSearchWidget::selectionChanged, this, &JoinPartnerDialog::updateButtons);
    connect(m_search, &PartnerSearchWidget::activated, this, &JoinPartnerDialog::accept);
    updateButtons();
}

void JoinPartnerDialog::updateButtons()
{
    m_errorLabel->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_search->selectedPartner() != nullptr);
}

void JoinPartnerDialog::accept()
{
    const Affiliate *partner = m_search->selectedPartner();
    if (!partner)
        return;
    if (const Status status = m_members.join(partner->id); !status) {
        m_errorLabel->setText(status.error());
        return;
    }
    m_joined = *partner;
    QDialog::accept();
}

} // namespace PartnerDesk
