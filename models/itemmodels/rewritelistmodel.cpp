#include "rewritelistmodel.h"

#include "modelroles.h"

namespace PartnerDesk {

RewriteListModel::RewriteListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{}

int RewriteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rewrites.size());
}

int RewriteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant RewriteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rewrite &rewrite = m_rewrites.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Host:
            return rewrite.host;
        case Path:
            return rewrite.path;
        case Target:
            return rewrite.targetUrl;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Target ? QVariant(rewrite.targetUrl) : QVariant();
    case ModelRoles::IdRole:
        return rewrite.id;
    case ModelRoles::ActiveRole:
        return true;
    default:
        return {};
    }
}

QVariant RewriteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Host:
        return tr("Store host");
    case Path:
        return tr("Path");
    case Target:
        return tr("Forwards to");
    default:
        return {};
    }
}

void RewriteListModel::setAffiliateId(qint64 affiliateId)
{
    m_affiliateId = affiliateId;
    reload();
}

void RewriteListModel::reload()
{
    beginResetModel();
    m_rewrites = m_affiliateId > 0 ? m_store.rewrites(m_affiliateId) : QList<Rewrite>();
    endResetModel();
}

const Rewrite *RewriteListModel::rewrite(int row) const
{
    return row >= 0 && row < m_rewrites.size() ? &m_rewrites.at(row) : nullptr;
}

} // namespace PartnerDesk
