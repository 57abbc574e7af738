#include "payoutlinemodel.h"

#include "core/money.h"
#include "modelroles.h"

namespace PartnerDesk {

namespace {

constexpr int rightAligned = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

PayoutLineModel::PayoutLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int PayoutLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int PayoutLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant PayoutLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PayoutLine &line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Partner:
            return line.affiliateCode;
        case Name:
            return line.name;
        case Email:
            return line.email;
        case Currency:
            return line.currency;
        case Amount:
            return Money(line.amountMinor, line.currency).toDisplayString();
        case Transactions:
            return formatCount(line.transactions);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return column == Amount || column == Transactions ? QVariant(rightAligned) : QVariant();
    case ModelRoles::IdRole:
        return line.affiliateId;
    case ModelRoles::SortRole:
        switch (column) {
        case Amount:
            return line.amountMinor;
        case Transactions:
            return line.transactions;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant PayoutLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Amount || section == Transactions ? QVariant(rightAligned) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Partner:
        return tr("Partner");
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Currency:
        return tr("Currency");
    case Amount:
        return tr("Amount");
    case Transactions:
        return tr("Transactions");
    default:
        return {};
    }
}

void PayoutLineModel::setLines(const QList<PayoutLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

} // namespace PartnerDesk
