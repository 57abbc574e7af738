#pragma once

#include "core/records.h"
#include "core/result.h"
#include "recordtablemodel.h"
#include "store/programstore.h"

#include <QList>

namespace PartnerDesk {

class Database;

// The partners of one program: active members first, then those who left, by name.
class MembershipListModel final : public RecordTableModel<Membership>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembershipListModel)

public:
    enum Column
    {
        Code,
        Name,
        Email,
        Joined,
        Primary,
        Active,
        Count
    };
    Q_ENUM(Column)

    explicit MembershipListModel(Database &database, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 shows nobody.
    void setProgramId(qint64 programId);
    qint64 programId() const { return m_programId; }
    void reload();
    int activeCount() const;

    // Joins the partner to the shown program (or re-activates his old membership).
    Status join(qint64 affiliateId);

private:
    QVariant display(const Membership &membership, int column) const override;
    QVariant sortValue(const Membership &membership, int column) const override;
    QVariant toolTip(const Membership &membership, int column) const override;
    qint64 id(const Membership &membership) const override { return membership.affiliateId; }
    bool isActive(const Membership &membership) const override { return membership.active; }

    ProgramStore m_store;
    qint64 m_programId = 0;
};

} // namespace PartnerDesk
