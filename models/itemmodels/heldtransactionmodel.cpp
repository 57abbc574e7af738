#include "heldtransactionmodel.h"

#include "core/money.h"
#include "transactiontablemodel.h"

namespace PartnerDesk {

namespace {

constexpr int rightAligned = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

HeldTransactionModel::HeldTransactionModel(Database &database, QObject *parent)
    : RecordTableModel(Count, parent)
    , m_database(database)
{}

QVariant HeldTransactionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Commission ? QVariant(rightAligned) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Order:
        return tr("Order");
    case Placed:
        return tr("Placed");
    case Partner:
        return tr("Partner");
    case Program:
        return tr("Program");
    case Kind:
        return tr("Kind");
    case Commission:
        return tr("Commission");
    case Rule:
        return tr("Rule");
    case Evidence:
        return tr("Evidence");
    default:
        return {};
    }
}

QVariant HeldTransactionModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::TextAlignmentRole && index.isValid())
        return index.column() == Commission ? QVariant(rightAligned) : QVariant();
    return RecordTableModel::data(index, role);
}

void HeldTransactionModel::reload()
{
    setRecords(HoldStore(m_database).list());
}

int HeldTransactionModel::rowOf(const QString &orderId) const
{
    return rowWhere([&orderId](const HeldTransaction &held) { return held.orderId == orderId; });
}

QString HeldTransactionModel::ruleName(const QString &rule)
{
    if (rule == u"own_domain")
        return tr("Own domain");
    if (rule == u"leaked_coupon")
        return tr("Leaked coupon");
    if (rule == u"shared_customer")
        return tr("Shared customer");
    if (rule == u"cancel_share")
        return tr("Cancel share");
    if (rule == u"no_visit")
        return tr("No visit");
    return rule;
}

QVariant HeldTransactionModel::display(const HeldTransaction &held, int column) const
{
    switch (column) {
    case Order:
        return held.orderId;
    case Placed:
        return held.placedAt.left(10);
    case Partner:
        return tr("%1 (%2)").arg(held.affiliateName, held.affiliateCode);
    case Program:
        return held.programName;
    case Kind:
        return TransactionTableModel::kindName(held.kind);
    case Commission:
        return Money(held.commissionMinor, held.currency).toDisplayString();
    case Rule:
        return ruleName(held.holdRule);
    case Evidence:
        return held.holdEvidence;
    default:
        return {};
    }
}

QVariant HeldTransactionModel::sortValue(const HeldTransaction &held, int column) const
{
    switch (column) {
    case Placed:
        return held.placedAt;
    case Commission:
        return held.commissionMinor;
    default:
        return display(held, column);
    }
}

QVariant HeldTransactionModel::toolTip(const HeldTransaction &held, int column) const
{
    switch (column) {
    case Placed:
        return held.placedAt;
    case Rule:
        return HoldStore::describeRule(held.holdRule);
    case Evidence:
        return held.holdEvidence;
    default:
        return {};
    }
}

} // namespace PartnerDesk
