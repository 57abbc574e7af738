#pragma once

#include "store/partnerstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace PartnerDesk {

class Database;

// One partner's vanity paths on store hosts and the tracked URLs they forward to.
class RewriteListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RewriteListModel)

public:
    enum Column
    {
        Host,
        Path,
        Target,
        Count
    };
    Q_ENUM(Column)

    explicit RewriteListModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 shows nothing.
    void setAffiliateId(qint64 affiliateId);
    qint64 affiliateId() const { return m_affiliateId; }
    void reload();
    const Rewrite *rewrite(int row) const;

private:
    PartnerStore m_store;
    qint64 m_affiliateId = 0;
    QList<Rewrite> m_rewrites;
};

} // namespace PartnerDesk
