#pragma once

#include "core/backgroundjob.h"
#include "store/assignmentstore.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace PartnerDesk {

class Database;

// The orders a manager assigns by hand: unattributed ones first, each group newest first, then
// (unless "unattributed only") the attributed ones with their partner and kind. Rows arrive a
// page at a time through canFetchMore/fetchMore, read by keyset from SQL, so a million orders
// cost one page and two counts. The counts come from a worker thread with a connection of its own
// (over a million orders they take a second or two, issue #16): countsChanged() says they arrived.
class AssignmentOrderModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignmentOrderModel)

public:
    enum Column
    {
        OrderId,
        Placed,
        Subtotal,
        Currency,
        Status,
        CustomerEmail,
        Coupon,
        Partner,
        Kind,
        Count
    };
    Q_ENUM(Column)

    enum Role
    {
        OrderIdRole = Qt::UserRole + 100, // the order's id in the store's CSV (QString)
        AttributedRole,                   // whether the order has a live transaction (bool)
    };

    static constexpr int pageSize = 200;

    explicit AssignmentOrderModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const OrdersFilter &filter() const { return m_filter; }
    void setFilter(const OrdersFilter &filter);
    void reload();
    // Counts of everything the filter matches, not only the rows fetched so far; zero until
    // countsKnown().
    const OrderCounts &counts() const { return m_counts; }
    bool countsKnown() const { return m_countsKnown; }

Q_SIGNALS:
    // The counts of the current filter arrived (countsKnown() is true).
    void countsChanged();

public:
    const OrderToAssign *order(int row) const;
    // The row of an order among those fetched; -1 when not (yet) there.
    int rowOf(const QString &orderId) const;

private:
    QList<OrderToAssign> nextPage();
    void count();
    QString statusText(const QString &status) const;
    QString kindText(const QString &kind) const;

    AssignmentStore m_store;
    QString m_path; // of the database, for the counting thread's own connection
    OrdersFilter m_filter;
    OrderCounts m_counts;
    bool m_countsKnown = false;
    BackgroundJob<std::optional<OrderCounts>> m_counting;
    QList<OrderToAssign> m_rows;
    bool m_inAttributed = false; // fetching the second group
    std::optional<OrderKey> m_after;
    bool m_exhausted = false;
    bool m_inserting = false;
};

} // namespace PartnerDesk
