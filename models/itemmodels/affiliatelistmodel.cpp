#include "affiliatelistmodel.h"

#include "modelroles.h"

namespace PartnerDesk {

AffiliateListModel::AffiliateListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{
    reload();
}

int AffiliateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_affiliates.size());
}

int AffiliateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant AffiliateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Affiliate &affiliate = m_affiliates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Name:
            return affiliate.name;
        case Code:
            return affiliate.code;
        case Email:
            return affiliate.email;
        case Status:
            return role == ModelRoles::SortRole ? affiliate.status : statusText(affiliate.status);
        default:
            return {};
        }
    case ModelRoles::IdRole:
        return affiliate.id;
    case ModelRoles::ActiveRole:
        return affiliate.status != u"suspended";
    default:
        return {};
    }
}

QString AffiliateListModel::statusText(const QString &status) const
{
    if (status == u"approved")
        return tr("Approved");
    if (status == u"pending")
        return tr("Pending");
    if (status == u"suspended")
        return tr("Suspended");
    return status;
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

const Affiliate *AffiliateListModel::affiliate(int row) const
{
    return row >= 0 && row < m_affiliates.size() ? &m_affiliates.at(row) : nullptr;
}

void AffiliateListModel::reload()
{
    beginResetModel();
    // One more than shown tells whether the list is complete.
    m_affiliates = m_store.list(m_search, m_limit + 1);
    m_truncated = m_affiliates.size() > m_limit;
    if (m_truncated)
        m_affiliates.resize(m_limit);
    endResetModel();
}

} // namespace PartnerDesk
