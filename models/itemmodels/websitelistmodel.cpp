#include "websitelistmodel.h"

#include "domainstatustext.h"

namespace PartnerDesk {

WebsiteListModel::WebsiteListModel(Database &database, QObject *parent)
    : RecordTableModel(Count, parent)
    , m_store(database)
{}

QVariant WebsiteListModel::toolTip(const DomainRecord &domain, int column) const
{
    switch (column) {
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
}

QVariant WebsiteListModel::sortValue(const DomainRecord &domain, int column) const
{
    switch (column) {
    case Status:
        return static_cast<int>(domain.state());
    case LastChecked:
        return domain.checkedAt;
    default:
        return display(domain, column);
    }
}

QVariant WebsiteListModel::attention(const DomainRecord &domain, int column) const
{
    return column == Status ? DomainStatusText::attention(domain) : 0;
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
    setRecords(m_store.all(m_search, m_states));
}

void WebsiteListModel::updateDomain(const DomainRecord &domain)
{
    const int row = rowOfId(domain.id);
    if (row < 0)
        return;
    m_records[row] = domain;
    Q_EMIT dataChanged(index(row, 0), index(row, Count - 1));
}

int WebsiteListModel::rowOfId(qint64 id) const
{
    return rowWhere([id](const DomainRecord &domain) { return domain.id == id; });
}

} // namespace PartnerDesk
