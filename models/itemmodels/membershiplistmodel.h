#pragma once

#include "core/records.h"
#include "core/result.h"
#include "store/programstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace PartnerDesk {

class Database;

// The partners of one program: active members first, then those who left, by name.
class MembershipListModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 shows nobody.
    void setProgramId(qint64 programId);
    qint64 programId() const { return m_programId; }
    void reload();
    int activeCount() const;

    // Joins the partner to the shown program (or re-activates his old membership).
    Status join(qint64 affiliateId);

private:
    QVariant display(const Membership &membership, int column) const;
    QVariant sortValue(const Membership &membership, int column) const;

    ProgramStore m_store;
    qint64 m_programId = 0;
    QList<Membership> m_memberships;
};

} // namespace PartnerDesk
