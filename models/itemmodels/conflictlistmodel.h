#pragma once

#include "sync/conflictstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace PartnerDesk {

// The open sync conflicts (ConflictStore::list()): the table, which row (a readable key such as
// the code, name or order id, else the uid) and when the sync found it. IdRole: the conflict's id.
class ConflictListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictListModel)

public:
    enum Column
    {
        Table,
        Row,
        DetectedAt,
        Count
    };
    Q_ENUM(Column)

    explicit ConflictListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setConflicts(const QList<SyncConflict> &conflicts);
    const QList<SyncConflict> &conflicts() const { return m_conflicts; }
    const SyncConflict &conflict(int row) const { return m_conflicts.at(row); }

    // The manager's word for a synced table ("Partner" for affiliates); the table name otherwise.
    static QString tableTitle(const QString &table);
    // A readable key of the row: code, name, order id, domain, title or host when either side has
    // one, else the uid.
    static QString rowTitle(const SyncConflict &conflict);

private:
    QList<SyncConflict> m_conflicts;
};

} // namespace PartnerDesk
