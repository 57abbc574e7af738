#include "partnermembershipmodel.h"

#include "core/timestamp.h"
#include "modelroles.h"

#include <QDateTime>
#include <QLocale>

namespace PartnerDesk {

PartnerMembershipModel::PartnerMembershipModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{}

int PartnerMembershipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_memberships.size());
}

int PartnerMembershipModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant PartnerMembershipModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Membership &membership = m_memberships.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(membership, index.column());
    case Qt::ToolTipRole:
        return index.column() == Joined ? QVariant(membership.joinedAt) : QVariant();
    case ModelRoles::IdRole:
        return membership.programId;
    case ModelRoles::SortRole:
        return sortValue(membership, index.column());
    case ModelRoles::ActiveRole:
        return membership.active;
    default:
        return {};
    }
}

QVariant PartnerMembershipModel::display(const Membership &membership, int column) const
{
    switch (column) {
    case Program:
        return membership.programName;
    case Joined: {
        const std::optional<qint64> seconds = Timestamp::parse(membership.joinedAt);
        if (!seconds)
            return membership.joinedAt;
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(*seconds).toLocalTime(), QLocale::ShortFormat);
    }
    case Primary:
        return membership.primary ? tr("Primary") : QString();
    case State:
        return membership.active ? tr("Active") : tr("Left");
    default:
        return {};
    }
}

QVariant PartnerMembershipModel::sortValue(const Membership &membership, int column) const
{
    switch (column) {
    case Joined:
        return membership.joinedAt;
    case Primary:
        return membership.primary;
    case State:
        return membership.active;
    default:
        return display(membership, column);
    }
}

QVariant PartnerMembershipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Primary)
        return tr("The program that earns the partner's link, rewrite and direct-link orders");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Program:
        return tr("Program");
    case Joined:
        return tr("Joined");
    case Primary:
        return tr("Primary");
    case State:
        return tr("Membership");
    default:
        return {};
    }
}

void PartnerMembershipModel::setAffiliateId(qint64 affiliateId)
{
    m_affiliateId = affiliateId;
    reload();
}

void PartnerMembershipModel::reload()
{
    beginResetModel();
    m_memberships = m_affiliateId > 0 ? m_store.membershipsOf(m_affiliateId) : QList<Membership>();
    endResetModel();
}

const Membership *PartnerMembershipModel::membership(int row) const
{
    return row >= 0 && row < m_memberships.size() ? &m_memberships.at(row) : nullptr;
}

int PartnerMembershipModel::rowOf(qint64 programId) const
{
    for (int row = 0; row < m_memberships.size(); ++row) {
        if (m_memberships.at(row).programId == programId)
            return row;
    }
    return -1;
}

} // namespace PartnerDesk
