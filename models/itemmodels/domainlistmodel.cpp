#include "domainlistmodel.h"

#include "domainstatustext.h"

namespace PartnerDesk {

DomainListModel::DomainListModel(Database &database, QObject *parent)
    : RecordTableModel(Count, parent)
    , m_store(database)
{}

QVariant DomainListModel::toolTip(const DomainRecord &domain, int column) const
{
    if (column == Token)
        return tr("Publish as <meta name=\"partnerdesk-verification\" content=\"%1\">, as the body of "
                  "/.well-known/partnerdesk-verification.txt, or as the DNS TXT record "
                  "partnerdesk-verification=%1")
            .arg(domain.token);
    if (column == Status && !domain.lastFinding.isEmpty())
        return domain.lastFinding;
    if (column == LastChecked)
        return domain.checkedAt;
    return column == VerifiedAt ? QVariant(domain.verifiedAt) : QVariant();
}

QVariant DomainListModel::sortValue(const DomainRecord &domain, int column) const
{
    switch (column) {
    case Verified:
        return domain.verified;
    case VerifiedAt:
        return domain.verifiedAt;
    case LastChecked:
        return domain.checkedAt;
    case Status:
        return static_cast<int>(domain.state());
    default:
        return display(domain, column);
    }
}

QVariant DomainListModel::attention(const DomainRecord &domain, int column) const
{
    return column == Status ? DomainStatusText::attention(domain) : 0;
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
    setRecords(m_affiliateId > 0 ? m_store.domains(m_affiliateId) : QList<DomainRecord>());
}

int DomainListModel::rowOf(const QString &domain) const
{
    return rowWhere([&domain](const DomainRecord &record) { return record.domain == domain; });
}

} // namespace PartnerDesk
