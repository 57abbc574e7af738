#include "partnerlistmodel.h"

#include "core/timestamp.h"
#include "modelroles.h"
#include "store/affiliatestore.h"

#include <QDateTime>
#include <QLocale>

namespace PartnerDesk {

PartnerListModel::PartnerListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
    , m_affiliateStore(database)
{
    reload();
}

int PartnerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_affiliates.size());
}

int PartnerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant PartnerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Affiliate &affiliate = m_affiliates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return affiliate.name;
        case Code:
            return affiliate.code;
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
            return {};
        }
    case ModelRoles::SortRole:
        switch (index.column()) {
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
    case Qt::ToolTipRole:
        if (index.column() == Email && affiliate.hasEmailRequest())
            return tr("Requested: %1 — waiting for a manager's approval (since %2). Payouts go to %3 until then.")
                .arg(affiliate.requestedEmail, affiliate.emailRequestedAt, affiliate.email);
        return index.column() == Created ? QVariant(affiliate.createdAt) : QVariant();
    case ModelRoles::AttentionRole:
        // A payout e-mail change waits for a manager.
        return index.column() == Email && affiliate.hasEmailRequest() ? QVariant(1) : QVariant();
    case ModelRoles::IdRole:
        return affiliate.id;
    case ModelRoles::ActiveRole:
        return affiliate.status != u"suspended";
    default:
        return {};
    }
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
    return m_store.page(m_filter, m_affiliates.isEmpty() ? nullptr : &m_affiliates.constLast(), m_pageSize + 1);
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
    const int first = static_cast<int>(m_affiliates.size());
    m_announcing = true;
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_affiliates.append(page);
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
    m_affiliates.clear();
    m_complete = false;
    m_total = m_store.count(m_filter);
    QList<Affiliate> page = loadPage();
    m_complete = page.size() <= m_pageSize;
    if (!m_complete)
        page.resize(m_pageSize);
    m_affiliates = page;
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
    m_affiliates[row] = *found;
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

const Affiliate *PartnerListModel::affiliate(int row) const
{
    return row >= 0 && row < m_affiliates.size() ? &m_affiliates.at(row) : nullptr;
}

int PartnerListModel::rowOf(qint64 affiliateId) const
{
    for (int row = 0; row < m_affiliates.size(); ++row) {
        if (m_affiliates.at(row).id == affiliateId)
            return row;
    }
    return -1;
}

} // namespace PartnerDesk
