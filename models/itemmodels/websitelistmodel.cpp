#include "websitelistmodel.h"

#include "domainstatustext.h"
#include "modelroles.h"

namespace PartnerDesk {

WebsiteListModel::WebsiteListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{}

int WebsiteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_domains.size());
}

int WebsiteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant WebsiteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DomainRecord &domain = m_domains.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(domain, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Partner:
            return domain.affiliateCode;
        case Status:
        case LastFinding:
            return domain.lastFinding.isEmpty() ? QVariant() : QVariant(domain.lastFinding);
        case LastChecked:
            return domain.checkedAt;
        default:
            return {};
        }
    case ModelRoles::IdRole:
        return domain.id;
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Status:
            return static_cast<int>(domain.state());
        case LastChecked:
            return domain.checkedAt;
        default:
            return display(domain, index.column());
        }
    case ModelRoles::ActiveRole:
        return domain.state() != DomainRecord::State::Unverified;
    case ModelRoles::AttentionRole:
        return index.column() == Status ? DomainStatusText::attention(domain) : 0;
    default:
        return {};
    }
}

QVariant WebsiteListModel::display(const DomainRecord &domain, int column) const
{
    switch (column) {
    case Partner:
        return tr("%1 (%2)").arg(domain.affiliateName, domain.affiliateCode);
    case Domain:
        return domain.domain;
    case Method:
        return DomainStatusText::method(domain.method);
    case Status:
        return DomainStatusText::status(domain);
    case LastChecked:
        return DomainStatusText::dateTime(domain.checkedAt);
    case LastFinding:
        return DomainStatusText::findingsLine(domain);
    default:
        return {};
    }
}

QVariant WebsiteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Partner:
        return tr("Partner");
    case Domain:
        return tr("Domain");
    case Method:
        return tr("Method");
    case Status:
        return tr("Status");
    case LastChecked:
        return tr("Last checked");
    case LastFinding:
        return tr("Last finding");
    default:
        return {};
    }
}

void WebsiteListModel::setFilter(const QString &search, const QList<DomainRecord::State> &states)
{
    m_search = search;
    m_states = states;
    reload();
}

void WebsiteListModel::reload()
{
    beginResetModel();
    m_domains = m_store.all(m_search, m_states);
    endResetModel();
}

void WebsiteListModel::updateDomain(const DomainRecord &domain)
{
    const int row = rowOfId(domain.id);
    if (row < 0)
        return;
    m_domains[row] = domain;
    Q_EMIT dataChanged(index(row, 0), index(row, Count - 1));
}

const DomainRecord *WebsiteListModel::domain(int row) const
{
    return row >= 0 && row < m_domains.size() ? &m_domains.at(row) : nullptr;
}

int WebsiteListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_domains.size(); ++row) {
        if (m_domains.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace PartnerDesk
