#pragma once

#include "core/records.h"
#include "store/affiliatestore.h"

#include <QAbstractTableModel>
#include <QList>

namespace PartnerDesk {

class Database;

// Partners whose name, code or email contains a search text, by name. The store filters and
// limits in SQL, so a search over ten thousand partners shows only the first matches.
class AffiliateListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffiliateListModel)

public:
    enum Column
    {
        Name,
        Code,
        Email,
        Status,
        Count
    };
    Q_ENUM(Column)

    explicit AffiliateListModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSearch(const QString &search);
    const QString &search() const { return m_search; }
    // True when more partners match than are shown.
    bool isTruncated() const { return m_truncated; }
    void setLimit(int limit);
    const Affiliate *affiliate(int row) const;

private:
    void reload();
    QString statusText(const QString &status) const;

    AffiliateStore m_store;
    QString m_search;
    int m_limit = 200;
    bool m_truncated = false;
    QList<Affiliate> m_affiliates;
};

} // namespace PartnerDesk
