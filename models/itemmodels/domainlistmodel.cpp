#include "domainlistmodel.h"

#include "domainstatustext.h"
#include "modelroles.h"

namespace PartnerDesk {

DomainListModel::DomainListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{}

int DomainListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_domains.size());
}

int DomainListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant DomainListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DomainRecord &domain = m_domains.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(domain, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Token)
            return tr("Publish as <meta name=\"partnerdesk-verification\" content=\"%1\">, as the body of "
                      "/.well-known/partnerdesk-verification.txt, or as the DNS TXT record "
                      "partnerdesk-verification=%1")
                .arg(domain.token);
        if (index.column() == Status && !domain.lastFinding.isEmpty())
            return domain.lastFinding;
        if (index.column() == LastChecked)
            return domain.checkedAt;
        return index.column() == VerifiedAt ? QVariant(domain.verifiedAt) : QVariant();
    case ModelRoles::IdRole:
        return domain.id;
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Verified:
            return domain.verified;
        case VerifiedAt:
            return domain.verifiedAt;
        case LastChecked:
            return domain.checkedAt;
        case Status:
            return static_cast<int>(domain.state());
        default:
            return display(domain, index.column());
        }
    case ModelRoles::ActiveRole:
        return domain.verified;
    case ModelRoles::AttentionRole:
        return index.column() == Status ? DomainStatusText::attention(domain) : 0;
    default:
        return {};
    }
}

QVariant DomainListModel::display(const DomainRecord &domain, int column) const
{
    switch (column) {
    case Domain:
        return domain.domain;
    case Verified:
        return domain.verified ? tr("Verified") : tr("Not verified");
    case Method:
        return DomainStatusText::method(domain.method);
    case VerifiedAt:
        return DomainStatusText::dateTime(domain.verifiedAt);
    case LastChecked:
        return DomainStatusText::dateTime(domain.checkedAt);
    case Status:
        return DomainStatusText::status(domain);
    case Token:
        return domain.token;
    default:
        return {};
    }
}

QVariant DomainListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Domain:
        return tr("Domain");
    case Verified:
        return tr("Verified");
    case Method:
        return tr("Method");
    case VerifiedAt:
        return tr("Verified at");
    case LastChecked:
        return tr("Last checked");
    case Status:
        return tr("Status");
    case Token:
        return tr("Verification token");
    default:
        return {};
    }
}

void DomainListModel::setAffiliateId(qint64 affiliateId)
{
    m_affiliateId = affiliateId;
    reload();
}

void DomainListModel::reload()
{
    beginResetModel();
    m_domains = m_affiliateId > 0 ? m_store.domains(m_affiliateId) : QList<DomainRecord>();
    endResetModel();
}

const DomainRecord *DomainListModel::domain(int row) const
{
    return row >= 0 && row < m_domains.size() ? &m_domains.at(row) : nullptr;
}

int DomainListModel::rowOf(const QString &domain) const
{
    for (int row = 0; row < m_domains.size(); ++row) {
        if (m_domains.at(row).domain == domain)
            return row;
    }
    return -1;
}

} // namespace PartnerDesk
