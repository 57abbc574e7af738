#include "partnerratemodel.h"

#include "core/money.h"
#include "core/rate.h"
#include "core/timestamp.h"
#include "store/programstore.h"
#include "store/ratestore.h"

namespace PartnerDesk {

PartnerRateModel::PartnerRateModel(Database &database, QObject *parent)
    : RecordTableModel(Count, parent)
    , m_database(database)
{}

QVariant PartnerRateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Program:
        return tr("Program");
    case From:
        return tr("From (UTC)");
    case Link:
        return tr("Link, rewrite, direct, lifetime");
    case Coupon:
        return tr("Coupon");
    case SetBy:
        return tr("Set by");
    default:
        return {};
    }
}

void PartnerRateModel::setAffiliateId(qint64 affiliateId)
{
    m_affiliateId = affiliateId;
    reload();
}

void PartnerRateModel::reload()
{
    m_programs.clear();
    if (m_affiliateId == 0) {
        setRecords({});
        return;
    }
    for (const PartnerDesk::Program &program : ProgramStore(m_database).list())
        m_programs.insert(program.id, program);
    setRecords(RateStore(m_database).history(m_affiliateId));
}

QString PartnerRateModel::partText(std::optional<int> rateBp, std::optional<qint64> amountMinor,
                                   const QString &currency)
{
    if (rateBp)
        return tr("%1 %").arg(Rate::fromBasisPoints(*rateBp).toPercentString());
    if (amountMinor)
        return tr("%1 per order").arg(Money(*amountMinor, currency).toDisplayString());
    return tr("program's or tier's");
}

QVariant PartnerRateModel::display(const PartnerRate &rate, int column) const
{
    const PartnerDesk::Program program = m_programs.value(rate.programId);
    switch (column) {
    case Program:
        return program.name;
    case From:
        return Timestamp::format(rate.effectiveFrom).left(16).replace(u'T', u' ');
    case Link:
        return partText(rate.linkRateBp, rate.linkAmountMinor, program.currency);
    case Coupon:
        return partText(rate.couponRateBp, rate.couponAmountMinor, program.currency);
    case SetBy:
        return rate.createdBy;
    default:
        return {};
    }
}

QVariant PartnerRateModel::sortValue(const PartnerRate &rate, int column) const
{
    if (column == From)
        return rate.effectiveFrom;
    return display(rate, column);
}

} // namespace PartnerDesk
