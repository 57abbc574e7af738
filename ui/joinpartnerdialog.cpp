#include "joinpartnerdialog.h"

#include "itemmodels/affiliatelistmodel.h"
#include "itemmodels/membershiplistmodel.h"
#include "tableproxymodel.h"

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
    , m_partners(new AffiliateListModel(database, this))
{
    setObjectName(QStringLiteral("JoinPartnerDialog"));
    setWindowTitle(tr("Join a Partner to %1").arg(programName));

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search by name, partner code or email"));
    m_searchEdit->setClearButtonEnabled(true);

    auto *proxy = new TableProxyModel(this);
    proxy->setSourceModel(m_partners);
    m_partnersList = new QTreeView(this);
    m_partnersList->setObjectName(QStringLiteral("partnersList"));
    m_partnersList->setModel(proxy);
    m_partnersList->setRootIsDecorated(false);
    m_partnersList->setUniformRowHeights(true);
    m_partnersList->setAlternatingRowColors(true);
    m_partnersList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_partnersList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_partnersList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_partnersList->header()->setStretchLastSection(false);
    m_partnersList->header()->setSectionResizeMode(AffiliateListModel::Name, QHeaderView::Stretch);
    m_partnersList->header()->setSectionResizeMode(AffiliateListModel::Email, QHeaderView::Stretch);
    m_partnersList->header()->setSectionResizeMode(AffiliateListModel::Code, QHeaderView::ResizeToContents);
    m_partnersList->header()->setSectionResizeMode(AffiliateListModel::Status, QHeaderView::ResizeToContents);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
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
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_partnersList, 1);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(640, 420);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &JoinPartnerDialog::search);
    connect(m_partnersList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JoinPartnerDialog::updateButtons);
    connect(m_partners, &QAbstractItemModel::modelReset, this, &JoinPartnerDialog::updateButtons);
    connect(m_partnersList, &QTreeView::doubleClicked, this, &JoinPartnerDialog::accept);
    search({});
}

void JoinPartnerDialog::search(const QString &text)
{
    m_partners->setSearch(text);
    if (m_partners->isTruncated())
        m_hintLabel->setText(
            tr("Showing the first %1 partners; type more to narrow the search.").arg(m_partners->rowCount()));
    else if (m_partners->rowCount() == 0)
        m_hintLabel->setText(text.trimmed().isEmpty() ? tr("There are no partners yet.")
                                                      : tr("No partner matches \"%1\".").arg(text.trimmed()));
    else
        m_hintLabel->clear();
    // With one match there is nothing left to choose.
    if (m_partners->rowCount() == 1)
        m_partnersList->setCurrentIndex(m_partnersList->model()->index(0, 0));
}

const Affiliate *JoinPartnerDialog::selectedPartner() const
{
    const QModelIndexList rows = m_partnersList->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const auto *proxy = static_cast<const TableProxyModel *>(m_partnersList->model());
    return m_partners->affiliate(proxy->mapToSource(rows.first()).row());
}

void JoinPartnerDialog::updateButtons()
{
    m_errorLabel->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedPartner() != nullptr);
}

void JoinPartnerDialog::accept()
{
    const Affiliate *partner = selectedPartner();
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
