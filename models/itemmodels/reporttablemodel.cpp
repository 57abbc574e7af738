#include "reporttablemodel.h"

#include "core/money.h"
#include "modelroles.h"

namespace PartnerDesk {

namespace {

QString money(qint64 minor, const QString &currency)
{
    return currency.isEmpty() ? QString() : Money(minor, currency).toDisplayString();
}

} // namespace

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setReport(const Report &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
    // The period column's title follows the report's period.
    Q_EMIT headerDataChanged(Qt::Horizontal, Period, Period);
}

void ReportTableModel::clear()
{
    setReport(Report{});
}

bool ReportTableModel::isColumnUsed(int column) const
{
    const ReportGrouping &by = m_report.parameters.grouping;
    switch (column) {
    case Period:
        return by.period;
    case Program:
        return by.program;
    case Partner:
        return by.partner;
    case Kind:
        return by.kind;
    case Visits:
    case Conversion:
        return m_report.visitsKnown;
    default:
        return column >= 0 && column < ColumnCount;
    }
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_report.lines.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportLine &line = m_report.lines.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        return column >= Orders ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && column == Partner && !line.affiliateName.isEmpty())
        return line.affiliateName;
    if (role == ModelRoles::SortRole) {
        switch (column) {
        case Orders:
            return line.orders;
        case Sales:
            return line.salesMinor;
        case Commission:
            return line.commissionMinor;
        case Visits:
            return line.visits ? QVariant(*line.visits) : QVariant(qint64(-1));
        case Conversion:
            return line.conversionBp ? QVariant(*line.conversionBp) : QVariant(qint64(-1));
        default:
            break;
        }
    } else if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Period:
        return line.period;
    case Program:
        return line.program.isEmpty() ? tr("(none)") : line.program;
    case Partner:
        return line.affiliateCode.isEmpty() ? tr("(none)") : line.affiliateCode;
    case Kind:
        return line.kind;
    case Currency:
        return line.currency;
    case Orders:
        return role == Qt::DisplayRole ? QVariant(formatCount(line.orders)) : QVariant(line.orders);
    case Sales:
        return money(line.salesMinor, line.currency);
    case Commission:
        return money(line.commissionMinor, line.currency);
    case Visits:
        return line.visits ? formatCount(*line.visits) : QString();
    case Conversion:
        return line.conversionBp ? Report::conversionText(*line.conversionBp) : QString();
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Period:
        return Report::periodTitle(m_report.parameters.period);
    case Program:
        return tr("Program");
    case Partner:
        return tr("Partner");
    case Kind:
        return tr("Kind");
    case Currency:
        return tr("Currency");
    case Orders:
        return tr("Orders");
    case Sales:
        return tr("Sales");
    case Commission:
        return tr("Commission");
    case Visits:
        return tr("Visits");
    case Conversion:
        return tr("Conversion");
    default:
        return {};
    }
}

} // namespace PartnerDesk
