#include "partnerpickerdialog.h"

#include "itemmodels/affiliatelistmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace PartnerDesk {

PartnerPickerDialog::PartnerPickerDialog(Database &database, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_partners(new AffiliateListModel(database, this))
{
    setObjectName(QStringLiteral("PartnerPickerDialog"));
    setWindowTitle(title);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search by name, partner code or email"));
    m_searchEdit->setClearButtonEnabled(true);

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("partnersList"));
    m_list->setModel(m_partners);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(AffiliateListModel::Name, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(AffiliateListModel::Email, QHeaderView::Stretch);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("openButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(250);
    connect(m_searchEdit, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, [this] { m_partners->setSearch(m_searchEdit->text().trimmed()); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this, delay] {
        delay->stop();
        m_partners->setSearch(m_searchEdit->text().trimmed());
        if (m_partners->rowCount() == 1)
            m_list->setCurrentIndex(m_partners->index(0, 0));
    });
    connect(m_partners, &QAbstractItemModel::modelReset, this, &PartnerPickerDialog::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PartnerPickerDialog::updateButtons);
    connect(m_list, &QTreeView::doubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(620, 420);
    m_partners->setSearch({});
    updateButtons();
}

std::optional<Affiliate> PartnerPickerDialog::selectedPartner() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    if (const Affiliate *partner = m_partners->affiliate(rows.first().row()))
        return *partner;
    return std::nullopt;
}

void PartnerPickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedPartner().has_value());
}

} // namespace PartnerDesk
