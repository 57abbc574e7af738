#include "membershiplistmodel.h"

#include "core/timestamp.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace PartnerDesk {

MembershipListModel::MembershipListModel(Database &database, QObject *parent)
    : RecordTableModel(Count, parent)
    , m_store(database)
{}

QVariant MembershipListModel::toolTip(const Membership &membership, int column) const
{
    return column == Joined ? QVariant(membership.joinedAt) : QVariant();
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
    setRecords(m_programId > 0 ? m_store.members(m_programId) : QList<Membership>());
}

int MembershipListModel::activeCount() const
{
    return static_cast<int>(
        std::count_if(m_records.cbegin(), m_records.cend(), [](const Membership &m) { return m.active; }));
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
