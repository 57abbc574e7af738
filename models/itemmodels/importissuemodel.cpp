#include "importissuemodel.h"

#include "core/csvwriter.h"
#include "modelroles.h"

#include <QLocale>
#include <QTextStream>

namespace PartnerDesk {

ImportIssueModel::ImportIssueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportIssue &issue = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Line:
            return QLocale().toString(issue.line);
        case Field:
            return issue.field.isEmpty() ? tr("(whole row)") : issue.field;
        case Reason:
            return issue.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Reason ? QVariant(issue.reason) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Line ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Line:
            return issue.line;
        case Field:
            return issue.field;
        case Reason:
            return issue.reason;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Field:
        return tr("Field");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

void ImportIssueModel::setIssues(const QList<ImportIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

void ImportIssueModel::writeCsv(QTextStream &out, const QString &fileName) const
{
    out << CsvWriter::line(
        {QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("field"), QStringLiteral("reason")});
    for (const ImportIssue &issue : m_issues)
        out << CsvWriter::line({fileName, CsvCell::number(issue.line), issue.field, issue.reason});
}

} // namespace PartnerDesk
