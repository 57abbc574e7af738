#include "transactiontablemodel.h"

#include "core/money.h"
#include "core/rate.h"
#include "modelroles.h"
#include "store/database.h"
#include "store/transactioncounter.h"

#include <algorithm>
#include <utility>

namespace PartnerDesk {

namespace {

constexpr int rightAligned = Qt::AlignRight | Qt::AlignVCenter;
constexpr int maxAnchors = 20000;

static_assert(int(TransactionSort::Flags) == TransactionTableModel::Flags, "a column of the model is its own sort key");

} // namespace

TransactionTableModel::TransactionTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(&database)
{
    if (database.path() != u":memory:") {
        // Reads through a connection of its own with a small page cache: jumps walk long index
        // ranges, and the shared connection's 64 MB cache would fill with them (RSS).
        auto reader = std::make_unique<Database>();
        if (reader->open(database.path())) {
            TransactionQuery::useSmallCache(*reader);
            m_ownReader = std::move(reader);
            m_reader = m_ownReader.get();
        }
        m_counter = new TransactionCounter(database.path(), this);
        connect(m_counter, &TransactionCounter::counted, this, &TransactionTableModel::applyCount);
        connect(m_counter, &TransactionCounter::anchorsRead, this, &TransactionTableModel::applyAnchors);
    }
}

TransactionTableModel::~TransactionTableModel() = default;

int TransactionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int TransactionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

TransactionQuery TransactionTableModel::query() const
{
    TransactionQuery query(*m_reader, m_filter, TransactionSort(m_sortColumn), m_sortOrder);
    query.setDriver(m_driver, m_narrow);
    return query;
}

QVariant TransactionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole &&
        role != ModelRoles::IdRole && role != ModelRoles::SortRole && role != ModelRoles::ActiveRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Base && index.column() <= Commission ? QVariant(rightAligned) : QVariant();
    const std::optional<TransactionListRow> row = transactionAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Flags || index.column() == PartnerName)
            return display(*row, index.column());
        return {};
    case ModelRoles::IdRole:
        return row->id;
    case ModelRoles::SortRole:
        return sortValue(*row, index.column());
    case ModelRoles::ActiveRole:
        return !row->superseded && row->status != u"cancelled";
    default:
        return {};
    }
}

QVariant TransactionTableModel::display(const TransactionListRow &row, int column) const
{
    switch (column) {
    case PlacedAt:
        // Stored as "2026-01-31T12:00:00Z"; shown to the minute, in UTC like the date filter.
        return QString(QStringView(row.placedAt).left(10) + u' ' + QStringView(row.placedAt).mid(11, 5));
    case OrderId:
        return row.orderId;
    case PartnerCode:
        return row.affiliateCode;
    case PartnerName:
        return row.affiliateName;
    case Program:
        return row.programName;
    case Kind:
        return kindName(row.kind);
    case Base:
        return Money(row.baseMinor, row.currency).toDisplayString();
    case Rate:
        return tr("%1 %").arg(Rate::fromBasisPoints(row.rateBp).toPercentString());
    case Commission:
        return Money(row.commissionMinor, row.currency).toDisplayString();
    case Currency:
        return row.currency;
    case TransactionStatus:
        // Held by a fraud rule: the rule and its evidence are the manager's (Fraud Review).
        return statusText(row.status, row.held);
    case Flags: {
        QStringList flags;
        if (row.selfReferral)
            flags.append(tr("self-referral"));
        if (row.superseded)
            flags.append(tr("superseded"));
        if (row.reversesId != 0)
            flags.append(tr("reverses #%1").arg(row.reversesId));
        if (row.payoutId != 0)
            flags.append(row.status == u"paid" ? tr("paid, batch %1").arg(row.payoutId)
                                               : tr("in batch %1").arg(row.payoutId));
        return flags.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant TransactionTableModel::sortValue(const TransactionListRow &row, int column) const
{
    switch (column) {
    case PlacedAt:
        return row.placedAt;
    case OrderId:
        return row.orderId;
    case PartnerCode:
        return row.affiliateCode;
    case PartnerName:
        return row.affiliateName;
    case Program:
        return row.programName;
    case Kind:
        return row.kind;
    case Base:
        return row.baseMinor;
    case Rate:
        return row.rateBp;
    case Commission:
        return row.commissionMinor;
    case Currency:
        return row.currency;
    case TransactionStatus:
        return row.status;
    case Flags:
        return int(row.superseded) * 2 + int(row.selfReferral);
    default:
        return {};
    }
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= Base && section <= Commission ? QVariant(rightAligned) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlacedAt:
        return tr("Placed (UTC)");
    case OrderId:
        return tr("Order");
    case PartnerCode:
        return tr("Partner");
    case PartnerName:
        return tr("Partner Name");
    case Program:
        return tr("Program");
    case Kind:
        return tr("Kind");
    case Base:
        return tr("Base");
    case Rate:
        return tr("Rate");
    case Commission:
        return tr("Commission");
    case Currency:
        return tr("Currency");
    case TransactionStatus:
        return tr("Status");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

QString TransactionTableModel::kindName(const QString &kind)
{
    if (kind == u"manual")
        return tr("manual");
    if (kind == u"coupon")
        return tr("coupon");
    if (kind == u"link")
        return tr("link");
    if (kind == u"rewrite")
        return tr("rewrite");
    if (kind == u"direct")
        return tr("direct");
    if (kind == u"lifetime")
        return tr("lifetime");
    if (kind == u"reversal")
        return tr("reversal");
    return kind;
}

QString TransactionTableModel::statusText(const QString &status, bool held)
{
    return held && status == u"pending" ? tr("under review") : statusName(status);
}

QString TransactionTableModel::statusName(const QString &status)
{
    if (status == u"pending")
        return tr("pending");
    if (status == u"approved")
        return tr("approved");
    if (status == u"cancelled")
        return tr("cancelled");
    if (status == u"paid")
        return tr("paid");
    return status;
}

std::optional<TransactionListRow> TransactionTableModel::transactionAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return std::nullopt;
    const QList<TransactionListRow> *rows = page(row / pageSize);
    const int offset = row % pageSize;
    if (!rows || offset >= rows->size())
        return std::nullopt; // the table shrank since it was counted; the recount removes the row
    return rows->at(offset);
}

int TransactionTableModel::rowOf(qint64 transactionId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).id == transactionId)
                return it.key() * pageSize + i;
        }
    }
    return -1;
}

const QList<TransactionListRow> *TransactionTableModel::page(int pageIndex) const
{
    if (const auto it = m_pages.constFind(pageIndex); it != m_pages.cend()) {
        if (m_recent.last() != pageIndex) {
            m_recent.removeOne(pageIndex);
            m_recent.append(pageIndex);
        }
        return &it.value();
    }
    if (!m_deferredJumps.isEmpty() && m_deferredJumps.contains(pageIndex))
        return nullptr;
    const std::optional<QList<TransactionListRow>> rows = loadPage(pageIndex, DeferLongJumps::Yes);
    if (!rows)
        return nullptr; // shown empty until the anchors arrive
    keep(pageIndex, *rows);
    return &m_pages[pageIndex];
}

std::optional<QList<TransactionListRow>> TransactionTableModel::loadPage(int pageIndex, DeferLongJumps defer) const
{
    const int first = pageIndex * pageSize;
    const int last = (m_countKnown ? qMin(first + pageSize, m_rowCount) : first + pageSize) - 1;
    if (last < first)
        return {};
    // The nearest row whose key is known, on either side: the start and the end (keyless), the
    // first and last rows of every page read so far.
    int anchorRow = -1;
    QVariantList anchorKey;
    const auto consider = [&](int row, const QVariantList &key) {
        const int distance = row < first ? first - row : row - last;
        const int best = anchorRow < first ? first - anchorRow : anchorRow - last;
        if (distance < best) {
            anchorRow = row;
            anchorKey = key;
        }
    };
    if (m_countKnown)
        consider(m_rowCount, {});
    if (auto below = m_anchors.lowerBound(first); below != m_anchors.cbegin())
        --below, consider(below.key(), below.value());
    if (auto above = m_anchors.upperBound(last); above != m_anchors.cend())
        consider(above.key(), above.value());
    // A long skip that reads the table while the counter thread is reading anchors anyway: rather
    // than hold up the window for it, show the rows empty and fill them in when the anchors come.
    const int skip = anchorRow < first ? first - anchorRow - 1 : anchorRow - last - 1;
    if (defer == DeferLongJumps::Yes && m_anchorRequest != 0 && m_jumpsReadTable && skip > m_deferredSkip) {
        m_deferredJumps.insert(pageIndex);
        return std::nullopt;
    }
    return readFrom(anchorRow, anchorKey, first, last);
}

QList<TransactionListRow> TransactionTableModel::readFrom(int anchorRow, const QVariantList &anchorKey, int first,
                                                          int last) const
{
    const TransactionQuery query = this->query();
    TransactionQuery::Page request;
    request.after = anchorKey;
    request.reversed = anchorRow > last;
    request.limit = last - first + 1;
    const int skip = request.reversed ? anchorRow - 1 - last : first - anchorRow - 1;
    if (skip > pageSize) {
        // A long way from the anchor: find the first row's key by an OFFSET over the key columns
        // alone (an index walk), then read the page from it.
        TransactionQuery::Page seek = request;
        seek.offset = skip;
        const Result<std::optional<QVariantList>> key = query.keyAt(seek);
        if (!key || !*key) {
            m_lastError = key ? QString() : key.error();
            return {};
        }
        request.after = **key;
        request.inclusive = true;
    } else {
        request.offset = skip;
    }
    Result<QList<TransactionListRow>> rows = query.rows(request);
    if (!rows) {
        m_lastError = rows.error();
        return {};
    }
    QList<TransactionListRow> result = *rows;
    if (request.reversed)
        std::reverse(result.begin(), result.end());
    return result;
}

void TransactionTableModel::keep(int pageIndex, const QList<TransactionListRow> &rows) const
{
    m_pages.insert(pageIndex, rows);
    m_recent.removeOne(pageIndex);
    m_recent.append(pageIndex);
    while (m_recent.size() > maxPages)
        m_pages.remove(m_recent.takeFirst());
    if (rows.isEmpty())
        return;
    if (m_anchors.size() > maxAnchors)
        m_anchors.clear();
    const TransactionQuery query = this->query();
    const int first = pageIndex * pageSize;
    m_anchors.insert(first, query.keyOf(rows.first()));
    m_anchors.insert(first + static_cast<int>(rows.size()) - 1, query.keyOf(rows.last()));
}

void TransactionTableModel::clearPages()
{
    m_pages.clear();
    m_recent.clear();
    m_anchors.clear();
    m_anchorRequest = 0; // anchors still being read belong to the old list
    m_deferredJumps.clear();
    m_lastError.clear();
}

bool TransactionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_growing;
}

void TransactionTableModel::fetchMore(const QModelIndex &parent)
{
    // Views and the model tester call this from their handlers of the model's own signals, while a
    // change is being announced: rows cannot be inserted then.
    if (parent.isValid() || !m_growing || m_changing)
        return;
    const int pageIndex = m_rowCount / pageSize;
    const QList<TransactionListRow> rows =
        loadPage(pageIndex, DeferLongJumps::No).value_or(QList<TransactionListRow>());
    if (rows.size() < pageSize) {
        // The end: the count is known without waiting for the counter.
        m_growing = false;
        m_countKnown = true;
        m_countRequest = 0;
    }
    if (!rows.isEmpty()) {
        m_changing = true;
        beginInsertRows({}, m_rowCount, m_rowCount + static_cast<int>(rows.size()) - 1);
        keep(pageIndex, rows);
        m_rowCount += static_cast<int>(rows.size());
        endInsertRows();
        m_changing = false;
    }
    Q_EMIT countChanged();
}

void TransactionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= Count || (column == m_sortColumn && order == m_sortOrder))
        return;
    // The count does not change; the pages, their keys and the best index do.
    reset([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        clearPages();
        TransactionQuery query(*m_reader, m_filter, TransactionSort(m_sortColumn), m_sortOrder);
        query.chooseDriver(m_narrowLimit); // which index is best depends on the order too
        m_driver = query.driver();
        m_narrow = query.isNarrow();
    });
    requestAnchors();
}

void TransactionTableModel::setFilter(const TransactionFilter &filter)
{
    reset([&] {
        m_filter = filter;
        restart(false);
    });
    Q_EMIT countChanged();
}

void TransactionTableModel::reload()
{
    reset([&] { restart(true); });
    Q_EMIT countChanged();
}

void TransactionTableModel::reset(const std::function<void()> &change)
{
    m_changing = true;
    beginResetModel();
    change();
    endResetModel();
    m_changing = false;
}

void TransactionTableModel::restart(bool keepRowCount)
{
    clearPages();
    TransactionQuery query(*m_reader, m_filter, TransactionSort(m_sortColumn), m_sortOrder);
    query.chooseDriver(m_narrowLimit);
    m_driver = query.driver();
    m_narrow = query.isNarrow();
    m_countRequest = 0;
    m_growing = false;
    if (!m_counter) {
        const Result<qint64> count = query.count();
        m_lastError = count ? QString() : count.error();
        m_rowCount = count ? static_cast<int>(*count) : 0;
        m_countKnown = true;
        return;
    }
    if (keepRowCount && m_countKnown && m_rowCount > 0) {
        // Keep the rows a view shows (and its selection) until the recount says otherwise.
        m_countKnown = false;
        m_countRequest = m_counter->request(m_filter);
        return;
    }
    // The first page comes now; the rest of the count from the counter, or from fetchMore().
    m_countKnown = false;
    m_rowCount = 0;
    const QList<TransactionListRow> first = loadPage(0, DeferLongJumps::No).value_or(QList<TransactionListRow>());
    keep(0, first);
    m_rowCount = static_cast<int>(first.size());
    if (first.size() < pageSize) {
        m_countKnown = true;
        return;
    }
    m_growing = true;
    m_countRequest = m_counter->request(m_filter);
}

void TransactionTableModel::applyCount(quint64 request, qint64 count)
{
    if (request != m_countRequest)
        return;
    m_countRequest = 0;
    m_growing = false;
    if (count < 0) {
        // The count failed: what was read so far is all the view gets.
        m_countKnown = true;
        Q_EMIT countChanged();
        return;
    }
    const int total = static_cast<int>(count);
    if (total > m_rowCount) {
        m_changing = true;
        beginInsertRows({}, m_rowCount, total - 1);
        m_rowCount = total;
        m_countKnown = true;
        endInsertRows();
        m_changing = false;
    } else if (total < m_rowCount) {
        m_changing = true;
        beginRemoveRows({}, total, m_rowCount - 1);
        m_rowCount = total;
        m_countKnown = true;
        clearPages(); // pages past the end, and anchors counted from the old end
        endRemoveRows();
        m_changing = false;
    } else {
        m_countKnown = true;
    }
    requestAnchors();
    Q_EMIT countChanged();
}

} // namespace PartnerDesk

namespace PartnerDesk {

void TransactionTableModel::requestAnchors()
{
    // Skipping far ahead walks an index (tens of ms) newest first, where the date index holds every
    // filter column, and over the whole ledger. With a filter, in any other order, it reads the
    // table for every row skipped (some 100 ms per 20,000): those lists get anchors. Reading them
    // takes a second or so of the counter thread, so they are not read where they save little.
    const auto sort = TransactionSort(m_sortColumn);
    m_jumpsReadTable = !m_filter.isEmpty() && sort != TransactionSort::PlacedAt && !m_narrow;
    if (!m_counter || !m_countKnown || !m_jumpsReadTable || m_rowCount <= 2 * m_anchorSpacing)
        return;
    m_anchorRequest = m_counter->requestAnchors(m_filter, sort, m_sortOrder, m_anchorSpacing);
}

void TransactionTableModel::applyAnchors(quint64 request, const QMap<int, QVariantList> &anchors)
{
    if (request != m_anchorRequest)
        return;
    m_anchorRequest = 0;
    for (auto it = anchors.cbegin(); it != anchors.cend(); ++it) {
        if (it.key() < m_rowCount)
            m_anchors.insert(it.key(), it.value());
    }
    // The rows a view asked for meanwhile: it asks again, and a short skip reads them now.
    const QSet<int> deferred = std::exchange(m_deferredJumps, {});
    for (const int pageIndex : deferred) {
        const int first = pageIndex * pageSize;
        const int last = qMin(first + pageSize, m_rowCount) - 1;
        if (last >= first)
            Q_EMIT dataChanged(index(first, 0), index(last, Count - 1));
    }
}

} // namespace PartnerDesk
