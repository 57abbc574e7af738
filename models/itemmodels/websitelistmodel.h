#pragma once

#include "recordtablemodel.h"
#include "store/domainstore.h"

#include <QList>

namespace PartnerDesk {

class Database;

// Every partner's direct-link websites with their re-check state, filtered in SQL by text and
// state (the Websites overview).
class WebsiteListModel final : public RecordTableModel<DomainRecord>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebsiteListModel)

public:
    enum Column
    {
        Partner,
        Domain,
        Method,
        Status,
        LastChecked,
        LastFinding,
        Count
    };
    Q_ENUM(Column)

    explicit WebsiteListModel(Database &database, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Domain, partner name or code containing `search`; any of `states` (all when empty). Re-reads.
    void setFilter(const QString &search, const QList<DomainRecord::State> &states);
    void reload();
    // Shows a re-checked domain's new state in its row (if listed) without reading the list again.
    void updateDomain(const DomainRecord &domain);
    const DomainRecord *domain(int row) const { return record(row); }
    int rowOfId(qint64 id) const;

private:
    QVariant display(const DomainRecord &domain, int column) const override;
    QVariant sortValue(const DomainRecord &domain, int column) const override;
    QVariant toolTip(const DomainRecord &domain, int column) const override;
    QVariant attention(const DomainRecord &domain, int column) const override;
    qint64 id(const DomainRecord &domain) const override { return domain.id; }
    bool isActive(const DomainRecord &domain) const override
    {
        return domain.state() != DomainRecord::State::Unverified;
    }

    DomainStore m_store;
    QString m_search;
    QList<DomainRecord::State> m_states;
};

} // namespace PartnerDesk
