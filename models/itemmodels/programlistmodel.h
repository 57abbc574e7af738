#pragma once

#include "core/records.h"
#include "core/result.h"
#include "store/programstore.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace PartnerDesk {

class Database;

// All programs, by name. Edits go through ProgramStore and update only the rows they touch, so
// selection and scroll position survive them.
class ProgramListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramListModel)

public:
    enum Column
    {
        Name,
        Currency,
        LinkRate,
        CouponRate,
        CouponDiscount,
        Threshold,
        HoldDays,
        Members,
        Active,
        Count
    };
    Q_ENUM(Column)

    explicit ProgramListModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    // Re-reads one program, e.g. after its members changed.
    void refresh(qint64 programId);

    Result<qint64> add(const Program &program);
    Status update(const Program &program);
    Status setActive(qint64 programId, bool active);

    std::optional<Program> program(qint64 programId) const;
    // -1 when the program is not listed.
    int rowOf(qint64 programId) const;

private:
    QVariant display(const Program &program, int column) const;
    QVariant sortValue(const Program &program, int column) const;
    // Where a program of this name belongs among the rows, leaving out row `skip`.
    int sortedRow(const QString &name, int skip = -1) const;
    void place(const Program &program);

    ProgramStore m_store;
    QList<Program> m_programs;
};

} // namespace PartnerDesk
