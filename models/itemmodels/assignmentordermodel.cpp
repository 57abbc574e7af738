#include "assignmentordermodel.h"

#include "core/money.h"
#include "modelroles.h"
#include "store/database.h"

namespace PartnerDesk {

AssignmentOrderModel::AssignmentOrderModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
    , m_path(database.path())
{
    reload();
}

int AssignmentOrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AssignmentOrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant AssignmentOrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderToAssign &order = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrderId:
            return order.orderId;
        case Placed:
            return QString(order.placedAt).replace(u'T', u' ').remove(u'Z');
        case Subtotal:
            return Money(order.subtotalMinor, order.currency).toDisplayString();
        case Currency:
            return order.currency;
        case Status:
            return statusText(order.status);
        case CustomerEmail:
            return order.customerEmail;
        case Coupon:
            return order.couponCode;
        case Partner:
            return order.isAttributed() ? tr("%1 (%2)").arg(order.partnerName, order.partnerCode) : QString();
        case Kind:
            return order.isAttributed() ? kindText(order.kind) : tr("unattributed");
        default:
            return {};
        }
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Subtotal:
            return order.subtotalMinor;
        case Partner:
            return order.partnerCode;
        case Kind:
            return order.kind;
        case Status:
            return order.status;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Subtotal)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Partner && order.isAttributed())
            return tr("Commission %1, %2")
                .arg(Money(order.commissionMinor, order.currency).toDisplayString(),
                     statusText(order.transactionStatus));
        return {};
    case ModelRoles::IdRole:
        return order.rowId;
    case ModelRoles::ActiveRole:
        return true;
    case OrderIdRole:
        return order.orderId;
    case AttributedRole:
        return order.isAttributed();
    default:
        return {};
    }
}

QString AssignmentOrderModel::statusText(const QString &status) const
{
    if (status == u"pending")
        return tr("pending");
    if (status == u"complete")
        return tr("complete");
    if (status == u"canceled" || status == u"cancelled")
        return tr("cancelled");
    if (status == u"refunded")
        return tr("refunded");
    if (status == u"approved")
        return tr("approved");
    if (status == u"paid")
        return tr("paid");
    return status;
}

QString AssignmentOrderModel::kindText(const QString &kind) const
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
    return kind;
}

QVariant AssignmentOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderId:
        return tr("Order");
    case Placed:
        return tr("Placed (UTC)");
    case Subtotal:
        return tr("Subtotal");
    case Currency:
        return tr("Currency");
    case Status:
        return tr("Status");
    case CustomerEmail:
        return tr("Customer e-mail");
    case Coupon:
        return tr("Coupon");
    case Partner:
        return tr("Partner");
    case Kind:
        return tr("Credited by");
    default:
        return {};
    }
}

bool AssignmentOrderModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void AssignmentOrderModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_inserting)
        return;
    const QList<OrderToAssign> page = nextPage();
    if (page.isEmpty())
        return;
    // Handlers of the insert signals (views, testers) may ask for more: not until this page is in.
    m_inserting = true;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    m_inserting = false;
}

QList<OrderToAssign> AssignmentOrderModel::nextPage()
{
    QList<OrderToAssign> page;
    while (!m_exhausted && page.size() < pageSize) {
        const QList<OrderToAssign> rows =
            m_store.orders(m_filter, m_inAttributed, m_after, static_cast<int>(pageSize - page.size()));
        page.append(rows);
        if (!rows.isEmpty())
            m_after = OrderKey{rows.last().placedAt, rows.last().rowId};
        if (page.size() < pageSize) {
            // This group is done: the attributed orders follow, unless only unattributed are wanted.
            if (m_inAttributed || m_filter.unattributedOnly) {
                m_exhausted = true;
            } else {
                m_inAttributed = true;
                m_after.reset();
            }
        }
    }
    return page;
}

void AssignmentOrderModel::setFilter(const OrdersFilter &filter)
{
    m_filter = filter;
    m_filter.search = filter.search.trimmed();
    reload();
}

void AssignmentOrderModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_inAttributed = false;
    m_after.reset();
    m_exhausted = false;
    m_counts = {};
    m_countsKnown = false;
    m_rows = nextPage();
    endResetModel();
    count();
}

void AssignmentOrderModel::count()
{
    m_counting.abandon(); // the count of a filter before: interrupted, its result dropped
    if (m_path.isEmpty() || m_path == u":memory:") {
        // No file for another connection to open: counted here.
        m_counts = m_store.counts(m_filter);
        m_countsKnown = true;
        Q_EMIT countsChanged();
        return;
    }
    m_counting.start(
        [path = m_path, filter = m_filter](JobControl &control) -> std::optional<OrderCounts> {
            Database database;
            if (!database.open(path))
                return std::nullopt;
            database.setInterruptCheck([&control] { return control.isCancelled(); });
            const OrderCounts counts = AssignmentStore(database).counts(filter);
            if (control.isCancelled())
                return std::nullopt;
            return counts;
        },
        [this](const std::optional<OrderCounts> &counts) {
            if (!counts)
                return;
            m_counts = *counts;
            m_countsKnown = true;
            Q_EMIT countsChanged();
        });
}

const OrderToAssign *AssignmentOrderModel::order(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AssignmentOrderModel::rowOf(const QString &orderId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).orderId == orderId)
            return static_cast<int>(row);
    }
    return -1;
}

} // namespace PartnerDesk
