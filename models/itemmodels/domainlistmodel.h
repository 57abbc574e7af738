#pragma once

#include "recordtablemodel.h"
#include "store/domainstore.h"

#include <QList>

namespace PartnerDesk {

class Database;

// One partner's direct-link websites: the verification token, how and when each was verified, when
// it was last checked and whether it is lapsing or lapsed (DomainStore's re-check rule).
class DomainListModel final : public RecordTableModel<DomainRecord>
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
        LastChecked,
        Status,
        Token,
        Count
    };
    Q_ENUM(Column)

    explicit DomainListModel(Database &database, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 shows nothing.
    void setAffiliateId(qint64 affiliateId);
    qint64 affiliateId() const { return m_affiliateId; }
    void reload();
    const DomainRecord *domain(int row) const { return record(row); }
    int rowOf(const QString &domain) const;

private:
    QVariant display(const DomainRecord &domain, int column) const override;
    QVariant sortValue(const DomainRecord &domain, int column) const override;
    QVariant toolTip(const DomainRecord &domain, int column) const override;
    QVariant attention(const DomainRecord &domain, int column) const override;
    qint64 id(const DomainRecord &domain) const override { return domain.id; }
    bool isActive(const DomainRecord &domain) const override { return domain.verified; }

    DomainStore m_store;
    qint64 m_affiliateId = 0;
};

} // namespace PartnerDesk
