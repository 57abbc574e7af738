#pragma once

#include "store/affiliatestore.h"
#include "store/records.h"

#include <QAbstractTableModel>
#include <QList>

namespace PartnerDesk {

class Database;

// One partner's direct-link websites: the verification token, how and when each was verified.
class DomainListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainListModel)

public:
    enum Column
    {
        Domain,
        Verified,
        Method,
        VerifiedAt,
        Token,
        Count
    };
    Q_ENUM(Column)

    explicit DomainListModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 shows nothing.
    void setAffiliateId(qint64 affiliateId);
    qint64 affiliateId() const { return m_affiliateId; }
    void reload();
    const DirectDomain *domain(int row) const;
    int rowOf(const QString &domain) const;

private:
    QVariant display(const DirectDomain &domain, int column) const;

    AffiliateStore m_store;
    qint64 m_affiliateId = 0;
    QList<DirectDomain> m_domains;
};

} // namespace PartnerDesk
