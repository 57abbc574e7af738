#include "partnermembershipmodel.h"

#include "core/timestamp.h"

#include <QDateTime>
#include <QLocale>

namespace PartnerDesk {

PartnerMembershipModel::PartnerMembershipModel(Database &database, QObject *parent)
    : RecordTableModel(Count, parent)
    , m_store(database)
{}

QVariant PartnerMembershipModel::toolTip(const Membership &membership, int column) const
{
    return column == Joined ? QVariant(membership.joinedAt) : QVariant();
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
    setRecords(m_affiliateId > 0 ? m_store.membershipsOf(m_affiliateId) : QList<Membership>());
}

int PartnerMembershipModel::rowOf(qint64 programId) const
{
    return rowWhere([programId](const Membership &membership) { return membership.programId == programId; });
}

} // namespace PartnerDesk
