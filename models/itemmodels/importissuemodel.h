#pragma once

#include "import/orderimporter.h"

#include <QAbstractTableModel>
#include <QList>

class QTextStream;

namespace PartnerDesk {

// The rows an import rejected: line, field and reason, in file order.
class ImportIssueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportIssueModel)

public:
    enum Column
    {
        Line,
        Field,
        Reason,
        Count
    };
    Q_ENUM(Column)

    explicit ImportIssueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setIssues(const QList<ImportIssue> &issues);
    const QList<ImportIssue> &issues() const { return m_issues; }
    // The list as CSV (file,line,field,reason) for the user to fix the file with.
    void writeCsv(QTextStream &out, const QString &fileName) const;

private:
    QList<ImportIssue> m_issues;
};

} // namespace PartnerDesk
