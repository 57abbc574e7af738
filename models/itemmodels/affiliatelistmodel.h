#pragma once

#include "core/records.h"
#include "recordtablemodel.h"
#include "store/affiliatestore.h"

#include <QList>

namespace PartnerDesk {

class Database;

// Partners whose name, code or email contains a search text, by name. The store filters and
// limits in SQL, so a search over ten thousand partners shows only the first matches.
class AffiliateListModel final : public RecordTableModel<Affiliate>
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

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSearch(const QString &search);
    const QString &search() const { return m_search; }
    // True when more partners match than are shown.
    bool isTruncated() const { return m_truncated; }
    void setLimit(int limit);
    const Affiliate *affiliate(int row) const { return record(row); }

private:
    void reload();
    QVariant display(const Affiliate &affiliate, int column) const override;
    QVariant sortValue(const Affiliate &affiliate, int column) const override;
    qint64 id(const Affiliate &affiliate) const override { return affiliate.id; }
    bool isActive(const Affiliate &affiliate) const override { return affiliate.status != u"suspended"; }

    AffiliateStore m_store;
    QString m_search;
    int m_limit = 200;
    bool m_truncated = false;
};

} // namespace PartnerDesk
