#pragma once

#include "store/domainstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace PartnerDesk {

class Database;

// Every partner's direct-link websites with their re-check state, filtered in SQL by text and
// state (the Websites overview).
class WebsiteListModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Domain, partner name or code containing `search`; any of `states` (all when empty). Re-reads.
    void setFilter(const QString &search, const QList<DomainRecord::State> &states);
    void reload();
    // Shows a re-checked domain's new state in its row (if listed) without reading the list again.
    void updateDomain(const DomainRecord &domain);
    const DomainRecord *domain(int row) const;
    int rowOfId(qint64 id) const;

private:
    QVariant display(const DomainRecord &domain, int column) const;

    DomainStore m_store;
    QString m_search;
    QList<DomainRecord::State> m_states;
    QList<DomainRecord> m_domains;
};

} // namespace PartnerDesk
