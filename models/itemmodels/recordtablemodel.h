#pragma once

#include "modelroles.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>
#include <utility>

namespace PartnerDesk {

// What the table models over a list of store records shared word for word (issue #13: the
// membership, partner and website twins each repeated it): one row per record, the index checks,
// and data() dispatching each role to the record. A model says what a cell shows, sorts by and
// tells in its tool tip; its header, its columns and how it reads the store stay its own.
template<typename Record>
class RecordTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_records.size());
    }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columnCount; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Record &record = m_records.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return display(record, index.column());
        case Qt::ToolTipRole:
            return toolTip(record, index.column());
        case ModelRoles::IdRole:
            return id(record);
        case ModelRoles::SortRole:
            return sortValue(record, index.column());
        case ModelRoles::ActiveRole:
            return isActive(record);
        case ModelRoles::AttentionRole:
            return attention(record, index.column());
        default:
            return {};
        }
    }

    // The record in `row`; nullptr outside the list.
    const Record *record(int row) const { return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr; }

protected:
    RecordTableModel(int columnCount, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
    {}

    virtual QVariant display(const Record &record, int column) const = 0;
    // The raw value to sort by; what the cell shows unless the model says otherwise.
    virtual QVariant sortValue(const Record &record, int column) const { return display(record, column); }
    virtual QVariant toolTip(const Record &, int) const { return {}; }
    virtual qint64 id(const Record &record) const = 0;
    virtual bool isActive(const Record &record) const = 0;
    virtual QVariant attention(const Record &, int) const { return {}; }

    // The first row whose record `matches`, or -1.
    template<typename Predicate>
    int rowWhere(Predicate matches) const
    {
        for (int row = 0; row < m_records.size(); ++row) {
            if (matches(m_records.at(row)))
                return row;
        }
        return -1;
    }

    // Shows `records` instead of the rows shown (a model reset).
    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }

    QList<Record> m_records;

private:
    const int m_columnCount;
};

} // namespace PartnerDesk
