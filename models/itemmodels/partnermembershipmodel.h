#pragma once

#include "core/records.h"
#include "store/programstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace PartnerDesk {

class Database;

// The programs one partner belongs to or has left: active ones first, which is primary.
class PartnerMembershipModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerMembershipModel)

public:
    enum Column
    {
        Program,
        Joined,
        Primary,
        State,
        Count
    };
    Q_ENUM(Column)

    explicit PartnerMembershipModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 shows nothing.
    void setAffiliateId(qint64 affiliateId);
    qint64 affiliateId() const { return m_affiliateId; }
    void reload();
    const Membership *membership(int row) const;
    // -1 when the partner has never been a member.
    int rowOf(qint64 programId) const;

private:
    QVariant display(const Membership &membership, int column) const;
    QVariant sortValue(const Membership &membership, int column) const;

    ProgramStore m_store;
    qint64 m_affiliateId = 0;
    QList<Membership> m_memberships;
};

} // namespace PartnerDesk
