#include "affiliatelistmodel.h"

#include "partnerlistmodel.h"

namespace PartnerDesk {

AffiliateListModel::AffiliateListModel(Database &database, QObject *parent)
    : RecordTableModel(Count, parent)
    , m_store(database)
{
    reload();
}

QVariant AffiliateListModel::display(const Affiliate &affiliate, int column) const
{
    // The columns of the partners list, which says the status in words.
    return column == Status ? QVariant(PartnerListModel::statusText(affiliate.status)) : sortValue(affiliate, column);
}

QVariant AffiliateListModel::sortValue(const Affiliate &affiliate, int column) const
{
    switch (column) {
    case Name:
        return affiliate.name;
    case Code:
        return affiliate.code;
    case Email:
        return affiliate.email;
    case Status:
        return affiliate.status;
    default:
        return {};
    }
}

QVariant AffiliateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Code:
        return tr("Partner code");
    case Email:
        return tr("Email");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void AffiliateListModel::setSearch(const QString &search)
{
    m_search = search.trimmed();
    reload();
}

void AffiliateListModel::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    reload();
}

void AffiliateListModel::reload()
{
    // One more than shown tells whether the list is complete.
    QList<Affiliate> affiliates = m_store.list(m_search, m_limit + 1);
    m_truncated = affiliates.size() > m_limit;
    if (m_truncated)
        affiliates.resize(m_limit);
    setRecords(std::move(affiliates));
}

} // namespace PartnerDesk
