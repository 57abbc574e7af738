#pragma once

#include "core/records.h"
#include "recordtablemodel.h"
#include "store/affiliatestore.h"
#include "store/partnerstore.h"

#include <QList>

namespace PartnerDesk {

class Database;

// Partners by name, filtered by a search text and a status in SQL and loaded a page at a time as
// the view scrolls (canFetchMore/fetchMore), so ten thousand partners cost one page.
class PartnerListModel final : public RecordTableModel<Affiliate>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerListModel)

public:
    enum Column
    {
        Name,
        Code,
        Email,
        Status,
        Created,
        Count
    };
    Q_ENUM(Column)

    explicit PartnerListModel(Database &database, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Both reset the list to its first page.
    void setSearch(const QString &search);
    const QString &search() const { return m_filter.search; }
    // "" for every status, else pending, approved or suspended.
    void setStatusFilter(const QString &status);
    const QString &statusFilter() const { return m_filter.status; }
    // Only partners whose payout e-mail request waits for a manager.
    void setEmailRequestsOnly(bool only);
    bool emailRequestsOnly() const { return m_filter.emailRequests; }
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }

    // Partners matching the filter, loaded or not.
    int totalCount() const { return m_total; }
    void reload();
    // Re-reads one listed partner in place (he stays listed until the next reload even when he no
    // longer matches the status filter, so rows do not vanish under the user's pointer).
    void refresh(qint64 affiliateId);
    // Loads pages until the partner is listed; his row, or -1 when he does not match the filter.
    int fetchUntil(qint64 affiliateId);

    const Affiliate *affiliate(int row) const { return record(row); }
    int rowOf(qint64 affiliateId) const;

    static QString statusText(const QString &status);

private:
    QList<Affiliate> loadPage() const;
    QVariant display(const Affiliate &affiliate, int column) const override;
    QVariant sortValue(const Affiliate &affiliate, int column) const override;
    QVariant toolTip(const Affiliate &affiliate, int column) const override;
    QVariant attention(const Affiliate &affiliate, int column) const override;
    qint64 id(const Affiliate &affiliate) const override { return affiliate.id; }
    bool isActive(const Affiliate &affiliate) const override { return affiliate.status != u"suspended"; }

    PartnerStore m_store;
    AffiliateStore m_affiliateStore;
    PartnerFilter m_filter;
    int m_pageSize = 200;
    int m_total = 0;
    bool m_complete = false;
    bool m_announcing = false;
};

} // namespace PartnerDesk
