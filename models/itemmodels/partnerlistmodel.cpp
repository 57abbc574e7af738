#include "partnerlistmodel.h"

#include "core/timestamp.h"
#include "store/affiliatestore.h"

#include <QDateTime>
#include <QLocale>

namespace PartnerDesk {

PartnerListModel::PartnerListModel(Database &database, QObject *parent)
    : RecordTableModel(Count, parent)
    , m_store(database)
    , m_affiliateStore(database)
{
    reload();
}

QVariant PartnerListModel::display(const Affiliate &affiliate, int column) const
{
    switch (column) {
    case Email:
        return affiliate.hasEmailRequest()
                   ? tr("%1 (change to %2 requested)").arg(affiliate.email, affiliate.requestedEmail)
                   : affiliate.email;
    case Status:
        return statusText(affiliate.status);
    case Created: {
        const std::optional<qint64> seconds = Timestamp::parse(affiliate.createdAt);
        return seconds ? QLocale().toString(QDateTime::fromSecsSinceEpoch(*seconds).toLocalTime().date(),
                                            QLocale::ShortFormat)
                       : affiliate.createdAt;
    }
    default:
        return sortValue(affiliate, column);
    }
}

QVariant PartnerListModel::sortValue(const Affiliate &affiliate, int column) const
{
    switch (column) {
    case Name:
        return affiliate.name;
    case Code:
        return affiliate.code;
    case Email:
        return affiliate.email;
    case Status:
        return affiliate.status;
    case Created:
        return affiliate.createdAt;
    default:
        return {};
    }
}

QVariant PartnerListModel::toolTip(const Affiliate &affiliate, int column) const
{
    if (column == Email && affiliate.hasEmailRequest())
        return tr("Requested: %1 — waiting for a manager's approval (since %2). Payouts go to %3 until then.")
            .arg(affiliate.requestedEmail, affiliate.emailRequestedAt, affiliate.email);
    return column == Created ? QVariant(affiliate.createdAt) : QVariant();
}

QVariant PartnerListModel::attention(const Affiliate &affiliate, int column) const
{
    // A payout e-mail change waits for a manager.
    return column == Email && affiliate.hasEmailRequest() ? QVariant(1) : QVariant();
}

QVariant PartnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Code:
        return tr("Partner code");
    case Email:
        return tr("Email");
    case Status:
        return tr("Status");
    case Created:
        return tr("Since");
    default:
        return {};
    }
}

QString PartnerListModel::statusText(const QString &status)
{
    if (status == u"approved")
        return tr("Approved");
    if (status == u"pending")
        return tr("Pending");
    if (status == u"suspended")
        return tr("Suspended");
    return status;
}

bool PartnerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

QList<Affiliate> PartnerListModel::loadPage() const
{
    return m_store.page(m_filter, m_records.isEmpty() ? nullptr : &m_records.constLast(), m_pageSize + 1);
}

void PartnerListModel::fetchMore(const QModelIndex &parent)
{
    // Listeners of modelReset or rowsInserted (the model tester) may ask for more while that change
    // is still being announced, when no other change is allowed; views ask again when they lay out.
    if (parent.isValid() || m_complete || m_announcing)
        return;
    QList<Affiliate> page = loadPage();
    // One more than a page tells whether another page follows.
    m_complete = page.size() <= m_pageSize;
    if (!m_complete)
        page.resize(m_pageSize);
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_records.size());
    m_announcing = true;
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_records.append(page);
    endInsertRows();
    m_announcing = false;
}

void PartnerListModel::setSearch(const QString &search)
{
    if (search.trimmed() == m_filter.search)
        return;
    m_filter.search = search.trimmed();
    reload();
}

void PartnerListModel::setStatusFilter(const QString &status)
{
    if (status == m_filter.status)
        return;
    m_filter.status = status;
    reload();
}

void PartnerListModel::setEmailRequestsOnly(bool only)
{
    if (only == m_filter.emailRequests)
        return;
    m_filter.emailRequests = only;
    reload();
}

void PartnerListModel::setPageSize(int pageSize)
{
    m_pageSize = qMax(1, pageSize);
    reload();
}

void PartnerListModel::reload()
{
    m_announcing = true;
    beginResetModel();
    m_records.clear();
    m_complete = false;
    m_total = m_store.count(m_filter);
    QList<Affiliate> page = loadPage();
    m_complete = page.size() <= m_pageSize;
    if (!m_complete)
        page.resize(m_pageSize);
    m_records = page;
    endResetModel();
    m_announcing = false;
}

void PartnerListModel::refresh(qint64 affiliateId)
{
    const int row = rowOf(affiliateId);
    if (row < 0)
        return;
    const std::optional<Affiliate> found = m_affiliateStore.byId(affiliateId);
    if (!found)
        return;
    m_records[row] = *found;
    Q_EMIT dataChanged(index(row, 0), index(row, Count - 1));
}

int PartnerListModel::fetchUntil(qint64 affiliateId)
{
    for (;;) {
        if (const int row = rowOf(affiliateId); row >= 0)
            return row;
        if (m_complete)
            return -1;
        fetchMore({});
    }
}

int PartnerListModel::rowOf(qint64 affiliateId) const
{
    return rowWhere([affiliateId](const Affiliate &affiliate) { return affiliate.id == affiliateId; });
}

} // namespace PartnerDesk
