#pragma once

#include "store/report.h"

#include <QAbstractTableModel>

namespace PartnerDesk {

// The lines of a report, as the Reports pane shows them: one row per report line, the columns of
// every dimension (the pane hides those the report is not grouped by), money in each line's
// currency. Holds a finished Report; computing one is ReportStore's job, on a worker thread.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    enum Column
    {
        Period,
        Program,
        Partner,
        Kind,
        Currency,
        Orders,
        Sales,
        Commission,
        Visits,
        Conversion,
        ColumnCount
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setReport(const Report &report);
    void clear();
    const Report &report() const { return m_report; }
    // Whether a column carries something in the current report (a grouped dimension, visits known).
    bool isColumnUsed(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Report m_report;
};

} // namespace PartnerDesk
