#pragma once

#include "core/records.h"
#include "recordtablemodel.h"
#include "store/programstore.h"

#include <QList>

namespace PartnerDesk {

class Database;

// The programs one partner belongs to or has left: active ones first, which is primary.
class PartnerMembershipModel final : public RecordTableModel<Membership>
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

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 shows nothing.
    void setAffiliateId(qint64 affiliateId);
    qint64 affiliateId() const { return m_affiliateId; }
    void reload();
    const Membership *membership(int row) const { return record(row); }
    // -1 when the partner has never been a member.
    int rowOf(qint64 programId) const;

private:
    QVariant display(const Membership &membership, int column) const override;
    QVariant sortValue(const Membership &membership, int column) const override;
    QVariant toolTip(const Membership &membership, int column) const override;
    qint64 id(const Membership &membership) const override { return membership.programId; }
    bool isActive(const Membership &membership) const override { return membership.active; }

    ProgramStore m_store;
    qint64 m_affiliateId = 0;
};

} // namespace PartnerDesk
