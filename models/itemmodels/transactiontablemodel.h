#pragma once

#include "store/transactionquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

namespace PartnerDesk {

class Database;
class TransactionCounter;

// Every transaction, filtered and sorted in SQL, and never loaded whole: the model holds a few
// pages of rows and fetches the one a view asks for. Next and previous pages come by keyset
// ("the rows after this key"); a jump (a scrollbar drag, Ctrl+End) reads the key of the target
// row with an OFFSET over an index from the nearest row whose key it knows (both ends, and the
// first and last row of every page it has read), then that page by keyset. rowCount() is the
// filter's true count, so the scrollbar is true; until the count (on a thread of its own)
// arrives, the model grows a page at a time through fetchMore().
class TransactionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionTableModel)

public:
    // In the order of TransactionSort: a column is its own sort key.
    enum Column
    {
        PlacedAt,
        OrderId,
        PartnerCode,
        PartnerName,
        Program,
        Kind,
        Base,
        Rate,
        Commission,
        Currency,
        TransactionStatus,
        Flags,
        Count
    };
    Q_ENUM(Column)

    static constexpr int pageSize = 200;
    static constexpr int maxPages = 64; // 12,800 rows held at most

    explicit TransactionTableModel(Database &database, QObject *parent = nullptr);
    ~TransactionTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const TransactionFilter &filter() const { return m_filter; }
    void setFilter(const TransactionFilter &filter);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Reads the rows again, keeping filter and sort.
    void reload();

    // True once rowCount() is the filter's count, not the rows read so far.
    bool isCountKnown() const { return m_countKnown; }
    // The row, read from the database when its page is not held; none past the end.
    std::optional<TransactionListRow> transactionAt(int row) const;
    // The row of a transaction among the pages held, or -1.
    int rowOf(qint64 transactionId) const;
    // Pages held now (for tests and the benchmark: the window stays small).
    int cachedPages() const { return static_cast<int>(m_pages.size()); }
    QString lastError() const { return m_lastError; }
    // Up to how many matches one filter's index drives the query (TransactionQuery::chooseDriver);
    // tests set -1 to read every filter through the sort key's index. Applies from the next filter.
    void setNarrowLimit(qint64 limit) { m_narrowLimit = limit; }
    TransactionQuery::Driver driver() const { return m_driver; }
    // Rows apart of the anchors the counter thread reads for jumps into long lists whose skipping
    // reads the table or walks a join (tests make it small).
    void setAnchorSpacing(int rows) { m_anchorSpacing = qMax(1, rows); }
    // A jump that would skip more rows than this through the table while anchors are being read
    // shows its rows empty until they arrive, then dataChanged() (tests make it small).
    void setDeferredSkip(int rows) { m_deferredSkip = rows; }
    // Rows whose sort key the model knows (ends of pages read, and the counter thread's anchors).
    int knownAnchors() const { return static_cast<int>(m_anchors.size()); }

    static QString kindName(const QString &kind);
    static QString statusName(const QString &status);
    // statusName(), or "under review" for a pending transaction a fraud rule holds (never the rule).
    static QString statusText(const QString &status, bool held);

Q_SIGNALS:
    // rowCount() changed or became exact.
    void countChanged();

private:
    TransactionQuery query() const;
    const QList<TransactionListRow> *page(int pageIndex) const;
    enum class DeferLongJumps
    {
        No,
        Yes
    };
    // None when the page is deferred (see m_deferredJumps).
    std::optional<QList<TransactionListRow>> loadPage(int pageIndex, DeferLongJumps defer) const;
    QList<TransactionListRow> readFrom(int anchorRow, const QVariantList &anchorKey, int first, int last) const;
    void keep(int pageIndex, const QList<TransactionListRow> &rows) const;
    void clearPages();
    void reset(const std::function<void()> &change);
    void restart(bool keepRowCount);
    void applyCount(quint64 request, qint64 count);
    void requestAnchors();
    void applyAnchors(quint64 request, const QMap<int, QVariantList> &anchors);
    QVariant display(const TransactionListRow &row, int column) const;
    QVariant sortValue(const TransactionListRow &row, int column) const;

    std::unique_ptr<Database> m_ownReader;
    Database *m_reader = nullptr;            // m_ownReader, or the shared connection of an in-memory database
    TransactionCounter *m_counter = nullptr; // null for an in-memory database: counted here
    TransactionFilter m_filter;
    int m_sortColumn = PlacedAt;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    TransactionQuery::Driver m_driver = TransactionQuery::Driver::SortKey;
    bool m_narrow = false;
    qint64 m_narrowLimit = TransactionQuery::defaultNarrowLimit;
    int m_rowCount = 0;
    bool m_countKnown = true;
    bool m_changing = false; // a reset or insert is being announced
    bool m_growing = false;  // rowCount() is the rows read so far, and fetchMore() reads on
    quint64 m_countRequest = 0;
    quint64 m_anchorRequest = 0;
    int m_anchorSpacing = 2000;
    bool m_jumpsReadTable = false; // skipping rows reads the table for the filter
    int m_deferredSkip = 20000;    // skipping this many rows through the table takes some 100 ms
    mutable QHash<int, QList<TransactionListRow>> m_pages;
    mutable QList<int> m_recent;               // page indexes, most recently used last
    mutable QMap<int, QVariantList> m_anchors; // row → its sort key
    mutable QSet<int> m_deferredJumps;         // pages shown empty until the anchors arrive
    mutable QString m_lastError;
};

} // namespace PartnerDesk
