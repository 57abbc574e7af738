#pragma once

#include "store/partnerstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace PartnerDesk {

class Database;

// One partner's coupon codes, per program, with the customer's discount and the partner's rate.
class CouponListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CouponListModel)

public:
    enum Column
    {
        Code,
        Program,
        CustomerDiscount,
        PartnerRate,
        State,
        Count
    };
    Q_ENUM(Column)

    explicit CouponListModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 shows nothing.
    void setAffiliateId(qint64 affiliateId);
    qint64 affiliateId() const { return m_affiliateId; }
    void reload();
    const PartnerCoupon *coupon(int row) const;
    int rowOfCode(const QString &code) const;

private:
    QVariant display(const PartnerCoupon &coupon, int column) const;
    QVariant sortValue(const PartnerCoupon &coupon, int column) const;

    PartnerStore m_store;
    qint64 m_affiliateId = 0;
    QList<PartnerCoupon> m_coupons;
};

} // namespace PartnerDesk
