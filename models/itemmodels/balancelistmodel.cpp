#include "balancelistmodel.h"

#include "core/money.h"
#include "modelroles.h"

namespace PartnerDesk {

namespace {

constexpr int rightAligned = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

BalanceListModel::BalanceListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{}

int BalanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_balances.size());
}

int BalanceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant BalanceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BalanceRow &balance = m_balances.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(balance, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Currency ? QVariant() : QVariant(rightAligned);
    case Qt::ToolTipRole:
        if (index.column() == Approved && balance.due())
            return tr("Due: the approved balance has reached the payout threshold");
        if (index.column() == Threshold && !balance.thresholdMinor)
            return tr("None of the partner's active programs pays in %1").arg(balance.currency);
        return {};
    case ModelRoles::IdRole:
        return balance.affiliateId;
    case ModelRoles::SortRole:
        return sortValue(balance, index.column());
    case ModelRoles::ActiveRole:
        return true;
    default:
        return {};
    }
}

QVariant BalanceListModel::display(const BalanceRow &balance, int column) const
{
    const auto money = [&balance](qint64 minor) {
        return Money(minor, balance.currency).toDisplayString();
    };
    switch (column) {
    case Currency:
        return balance.currency;
    case Pending:
        return money(balance.pendingMinor);
    case Approved:
        return balance.due() ? tr("%1 (due)").arg(money(balance.balanceMinor)) : money(balance.balanceMinor);
    case InBatch:
        return money(balance.inBatchMinor);
    case Paid:
        return money(balance.paidMinor);
    case Threshold:
        return balance.thresholdMinor ? money(*balance.thresholdMinor) : tr("–");
    default:
        return {};
    }
}

QVariant BalanceListModel::sortValue(const BalanceRow &balance, int column) const
{
    switch (column) {
    case Currency:
        return balance.currency;
    case Pending:
        return balance.pendingMinor;
    case Approved:
        return balance.balanceMinor;
    case InBatch:
        return balance.inBatchMinor;
    case Paid:
        return balance.paidMinor;
    case Threshold:
        return balance.thresholdMinor ? QVariant(*balance.thresholdMinor) : QVariant();
    default:
        return {};
    }
}

QVariant BalanceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Currency ? QVariant() : QVariant(rightAligned);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Pending:
            return tr("Commission of orders not complete yet or still in the approval hold");
        case Approved:
            return tr("Approved commission not yet in a payout batch (reversals included)");
        case InBatch:
            return tr("Exported in a payout batch that is not marked paid yet");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Currency:
        return tr("Currency");
    case Pending:
        return tr("Pending");
    case Approved:
        return tr("Approved, unpaid");
    case InBatch:
        return tr("In payout batch");
    case Paid:
        return tr("Paid");
    case Threshold:
        return tr("Payout threshold");
    default:
        return {};
    }
}

void BalanceListModel::setAffiliateId(qint64 affiliateId)
{
    m_affiliateId = affiliateId;
    reload();
}

void BalanceListModel::reload()
{
    beginResetModel();
    m_balances = m_affiliateId > 0 ? m_store.balances(m_affiliateId) : QList<BalanceRow>();
    endResetModel();
}

const BalanceRow *BalanceListModel::balance(int row) const
{
    return row >= 0 && row < m_balances.size() ? &m_balances.at(row) : nullptr;
}

} // namespace PartnerDesk
