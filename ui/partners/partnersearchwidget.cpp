#include "partnersearchwidget.h"

#include "itemmodels/affiliatelistmodel.h"
#include "tableproxymodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace PartnerDesk {

PartnerSearchWidget::PartnerSearchWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_partners(new AffiliateListModel(database, this))
{
    setObjectName(QStringLiteral("partnerSearch"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search partners by name, partner code or email"));
    m_searchEdit->setClearButtonEnabled(true);

    auto *proxy = new TableProxyModel(this);
    proxy->setSourceModel(m_partners);
    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("partnersList"));
    m_list->setModel(proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AffiliateListModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(AffiliateListModel::Email, QHeaderView::Stretch);
    header->setSectionResizeMode(AffiliateListModel::Code, QHeaderView::Interactive);
    header->setSectionResizeMode(AffiliateListModel::Status, QHeaderView::Interactive);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hintLabel);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &PartnerSearchWidget::search);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PartnerSearchWidget::selectionChanged);
    connect(m_partners, &QAbstractItemModel::modelReset, this, &PartnerSearchWidget::selectionChanged);
    connect(m_list, &QTreeView::doubleClicked, this, &PartnerSearchWidget::activated);
    search({});
}

void PartnerSearchWidget::search(const QString &text)
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
    if (m_partners->rowCount() == 1)
        m_list->setCurrentIndex(m_list->model()->index(0, 0));
}

const Affiliate *PartnerSearchWidget::selectedPartner() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const auto *proxy = static_cast<const TableProxyModel *>(m_list->model());
    return m_partners->affiliate(proxy->mapToSource(rows.first()).row());
}

} // namespace PartnerDesk
