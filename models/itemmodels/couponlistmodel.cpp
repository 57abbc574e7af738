#include "couponlistmodel.h"

#include "modelroles.h"

namespace PartnerDesk {

namespace {

constexpr int rightAligned = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

CouponListModel::CouponListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{}

int CouponListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_coupons.size());
}

int CouponListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant CouponListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnerCoupon &coupon = m_coupons.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(coupon, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == CustomerDiscount || index.column() == PartnerRate ? QVariant(rightAligned)
                                                                                   : QVariant();
    case ModelRoles::IdRole:
        return coupon.id;
    case ModelRoles::SortRole:
        return sortValue(coupon, index.column());
    case ModelRoles::ActiveRole:
        return coupon.active;
    default:
        return {};
    }
}

QVariant CouponListModel::display(const PartnerCoupon &coupon, int column) const
{
    switch (column) {
    case Code:
        return coupon.code;
    case Program:
        return coupon.programName;
    case CustomerDiscount:
        return tr("%1 %").arg(coupon.customerDiscount.toPercentString());
    case PartnerRate:
        return tr("%1 %").arg(coupon.partnerRate.toPercentString());
    case State:
        return coupon.active ? tr("Active") : tr("Inactive");
    default:
        return {};
    }
}

QVariant CouponListModel::sortValue(const PartnerCoupon &coupon, int column) const
{
    switch (column) {
    case CustomerDiscount:
        return coupon.customerDiscount.basisPoints();
    case PartnerRate:
        return coupon.partnerRate.basisPoints();
    case State:
        return coupon.active;
    default:
        return display(coupon, column);
    }
}

QVariant CouponListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == CustomerDiscount || section == PartnerRate ? QVariant(rightAligned) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Coupon code");
    case Program:
        return tr("Program");
    case CustomerDiscount:
        return tr("Customer discount");
    case PartnerRate:
        return tr("Partner commission");
    case State:
        return tr("State");
    default:
        return {};
    }
}

void CouponListModel::setAffiliateId(qint64 affiliateId)
{
    m_affiliateId = affiliateId;
    reload();
}

void CouponListModel::reload()
{
    beginResetModel();
    m_coupons = m_affiliateId > 0 ? m_store.coupons(m_affiliateId) : QList<PartnerCoupon>();
    endResetModel();
}

const PartnerCoupon *CouponListModel::coupon(int row) const
{
    return row >= 0 && row < m_coupons.size() ? &m_coupons.at(row) : nullptr;
}

int CouponListModel::rowOfCode(const QString &code) const
{
    for (int row = 0; row < m_coupons.size(); ++row) {
        if (m_coupons.at(row).code.compare(code, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

} // namespace PartnerDesk
