#include "membershiplistmodel.h"

#include "core/timestamp.h"
#include "modelroles.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace PartnerDesk {

MembershipListModel::MembershipListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{}

int MembershipListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_memberships.size());
}

int MembershipListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant MembershipListModel::data(const QModelIndex &index, int role) const
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
        return membership.affiliateId;
    case ModelRoles::SortRole:
        return sortValue(membership, index.column());
    case ModelRoles::ActiveRole:
        return membership.active;
    default:
        return {};
    }
}

QVariant MembershipListModel::display(const Membership &membership, int column) const
{
    switch (column) {
    case Code:
        return membership.affiliateCode;
    case Name:
        return membership.affiliateName;
    case Email:
        return membership.affiliateEmail;
    case Joined: {
        const std::optional<qint64> seconds = Timestamp::parse(membership.joinedAt);
        if (!seconds)
            return membership.joinedAt;
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(*seconds).toLocalTime(), QLocale::ShortFormat);
    }
    case Primary:
        return membership.primary ? tr("Yes") : tr("No");
    case Active:
        return membership.active ? tr("Yes") : tr("Left");
    default:
        return {};
    }
}

QVariant MembershipListModel::sortValue(const Membership &membership, int column) const
{
    switch (column) {
    case Joined:
        return membership.joinedAt;
    case Primary:
        return membership.primary;
    case Active:
        return membership.active;
    default:
        return display(membership, column);
    }
}

QVariant MembershipListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Primary)
        return tr("The program that earns the partner's link, rewrite and direct-link orders");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Partner code");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Joined:
        return tr("Joined");
    case Primary:
        return tr("Primary");
    case Active:
        return tr("Active");
    default:
        return {};
    }
}

void MembershipListModel::setProgramId(qint64 programId)
{
    m_programId = programId;
    reload();
}

void MembershipListModel::reload()
{
    beginResetModel();
    m_memberships = m_programId > 0 ? m_store.members(m_programId) : QList<Membership>();
    endResetModel();
}

int MembershipListModel::activeCount() const
{
    return static_cast<int>(
        std::count_if(m_memberships.cbegin(), m_memberships.cend(), [](const Membership &m) { return m.active; }));
}

Status MembershipListModel::join(qint64 affiliateId)
{
    if (m_programId <= 0)
        return Status::failure(tr("Choose a program first."));
    Status status = m_store.join(affiliateId, m_programId);
    if (status)
        reload();
    return status;
}

} // namespace PartnerDesk
