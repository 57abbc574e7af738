#pragma once

#include "recordtablemodel.h"
#include "store/holdstore.h"

namespace PartnerDesk {

class Database;

// The held transactions of the manager's Fraud review (HoldStore::list), oldest first: the order,
// the partner and program, the commission held, the rule that held it and its evidence. The
// evidence may name other partners: this model is for a manager's window only.
class HeldTransactionModel final : public RecordTableModel<HeldTransaction>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeldTransactionModel)

public:
    enum Column
    {
        Order,
        Placed,
        Partner,
        Program,
        Kind,
        Commission,
        Rule,
        Evidence,
        Count
    };
    Q_ENUM(Column)

    explicit HeldTransactionModel(Database &database, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void reload();
    // The row of `orderId`'s held transaction, or -1.
    int rowOf(const QString &orderId) const;

    // "Own domain", "Leaked coupon", …: the rule's short name for the table.
    static QString ruleName(const QString &rule);

protected:
    QVariant display(const HeldTransaction &held, int column) const override;
    QVariant sortValue(const HeldTransaction &held, int column) const override;
    QVariant toolTip(const HeldTransaction &held, int column) const override;
    qint64 id(const HeldTransaction &held) const override { return held.transactionId; }
    bool isActive(const HeldTransaction &) const override { return true; }

private:
    Database &m_database;
};

} // namespace PartnerDesk
