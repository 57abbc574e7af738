#pragma once

#include "store/partnerstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace PartnerDesk {

class Database;

// One partner's money per currency: pending, approved and unpaid, in a payout batch, paid, and the
// payout threshold the approved balance is measured against.
class BalanceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalanceListModel)

public:
    enum Column
    {
        Currency,
        Pending,
        Approved,
        InBatch,
        Paid,
        Threshold,
        Count
    };
    Q_ENUM(Column)

    explicit BalanceListModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 shows nothing.
    void setAffiliateId(qint64 affiliateId);
    qint64 affiliateId() const { return m_affiliateId; }
    void reload();
    const BalanceRow *balance(int row) const;

private:
    QVariant display(const BalanceRow &balance, int column) const;
    QVariant sortValue(const BalanceRow &balance, int column) const;

    PartnerStore m_store;
    qint64 m_affiliateId = 0;
    QList<BalanceRow> m_balances;
};

} // namespace PartnerDesk
