#include "programlistmodel.h"

#include "core/money.h"
#include "modelroles.h"

#include <QLocale>

namespace PartnerDesk {

namespace {

constexpr int rightAligned = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

ProgramListModel::ProgramListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{
    reload();
}

int ProgramListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_programs.size());
}

int ProgramListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant ProgramListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Program &program = m_programs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(program, index.column());
    case Qt::ToolTipRole:
        if (index.column() != Name)
            return {};
        return tr("%1\nStore hosts: %2")
            .arg(program.description.isEmpty() ? program.name : program.description,
                 program.storeHosts.join(QStringLiteral(", ")));
    case Qt::TextAlignmentRole:
        return index.column() >= LinkRate && index.column() <= Members ? QVariant(rightAligned) : QVariant();
    case ModelRoles::IdRole:
        return program.id;
    case ModelRoles::SortRole:
        return sortValue(program, index.column());
    case ModelRoles::ActiveRole:
        return program.active;
    default:
        return {};
    }
}

QVariant ProgramListModel::display(const Program &program, int column) const
{
    switch (column) {
    case Name:
        return program.name;
    case Currency:
        return program.currency;
    case LinkRate:
        return tr("%1 %").arg(program.linkRate.toPercentString());
    case CouponRate:
        return tr("%1 %").arg(program.couponRate.toPercentString());
    case CouponDiscount:
        return tr("%1 %").arg(program.couponDiscount.toPercentString());
    case Threshold:
        return Money(program.thresholdMinor, program.currency).toDisplayString();
    case HoldDays:
        return program.holdDays;
    case Members:
        return formatCount(program.memberCount); // views drop the group separator of plain ints
    case Active:
        return program.active ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

QVariant ProgramListModel::sortValue(const Program &program, int column) const
{
    switch (column) {
    case Name:
        return program.name;
    case Currency:
        return program.currency;
    case LinkRate:
        return program.linkRate.basisPoints();
    case CouponRate:
        return program.couponRate.basisPoints();
    case CouponDiscount:
        return program.couponDiscount.basisPoints();
    case Threshold:
        return program.thresholdMinor;
    case HoldDays:
        return program.holdDays;
    case Members:
        return program.memberCount;
    case Active:
        return program.active;
    default:
        return {};
    }
}

QVariant ProgramListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= LinkRate && section <= Members ? QVariant(rightAligned) : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LinkRate:
            return tr("Commission on orders that came through the partner's link, rewrite or website");
        case CouponRate:
            return tr("Commission on orders placed with the partner's coupon code");
        case CouponDiscount:
            return tr("Discount the customer gets with a partner's coupon code");
        case Threshold:
            return tr("Payout threshold: approved commission a partner must reach before a payout is due");
        case HoldDays:
            return tr("Approval hold: days after a completed order before its commission is approved");
        case Members:
            return tr("Partners with an active membership");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Currency:
        return tr("Currency");
    case LinkRate:
        return tr("Link rate");
    case CouponRate:
        return tr("Coupon rate");
    case CouponDiscount:
        return tr("Discount");
    case Threshold:
        return tr("Threshold");
    case HoldDays:
        return tr("Hold days");
    case Members:
        return tr("Members");
    case Active:
        return tr("Active");
    default:
        return {};
    }
}

void ProgramListModel::reload()
{
    beginResetModel();
    m_programs = m_store.list();
    endResetModel();
}

void ProgramListModel::refresh(qint64 programId)
{
    const std::optional<Program> program = m_store.byId(programId);
    if (program) {
        place(*program);
        return;
    }
    if (const int row = rowOf(programId); row >= 0) {
        beginRemoveRows({}, row, row);
        m_programs.removeAt(row);
        endRemoveRows();
    }
}

Result<qint64> ProgramListModel::add(const Program &program)
{
    Result<qint64> id = m_store.add(program);
    if (id)
        refresh(*id);
    return id;
}

Status ProgramListModel::update(const Program &program)
{
    Status status = m_store.update(program);
    if (status)
        refresh(program.id);
    return status;
}

Status ProgramListModel::setActive(qint64 programId, bool active)
{
    Status status = m_store.setActive(programId, active);
    if (status)
        refresh(programId);
    return status;
}

std::optional<Program> ProgramListModel::program(qint64 programId) const
{
    const int row = rowOf(programId);
    return row < 0 ? std::nullopt : std::optional<Program>(m_programs.at(row));
}

int ProgramListModel::rowOf(qint64 programId) const
{
    for (int row = 0; row < m_programs.size(); ++row) {
        if (m_programs.at(row).id == programId)
            return row;
    }
    return -1;
}

int ProgramListModel::sortedRow(const QString &name, int skip) const
{
    int row = 0;
    for (int i = 0; i < m_programs.size(); ++i) {
        if (i != skip && QString::compare(m_programs.at(i).name, name, Qt::CaseInsensitive) <= 0)
            ++row;
    }
    return row;
}

void ProgramListModel::place(const Program &program)
{
    const int current = rowOf(program.id);
    if (current < 0) {
        const int row = sortedRow(program.name);
        beginInsertRows({}, row, row);
        m_programs.insert(row, program);
        endInsertRows();
        return;
    }
    // A renamed program moves to its place by name; a move keeps the selection on it.
    const int target = sortedRow(program.name, current);
    if (target != current) {
        beginMoveRows({}, current, current, {}, target > current ? target + 1 : target);
        m_programs.move(current, target);
        endMoveRows();
    }
    m_programs[target] = program;
    Q_EMIT dataChanged(index(target, 0), index(target, Count - 1));
}

} // namespace PartnerDesk
