#pragma once

#include "sync/conflictstore.h"

#include <QAbstractTableModel>
#include <QList>
#include <functional>
#include <optional>

namespace PartnerDesk {

// One sync conflict's fields side by side: field | this desktop | central database. A side that
// deleted the row shows "(deleted)" in every field. Rows whose values differ answer true for
// DiffersRole (the view paints them bold on a tint) and 1 for ModelRoles::AttentionRole.
class ConflictFieldModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictFieldModel)

public:
    enum Column
    {
        Field,
        Mine,
        Theirs,
        Count
    };
    Q_ENUM(Column)

    static constexpr int DiffersRole = Qt::UserRole + 64;    // bool, beyond ModelRoles
    static constexpr int ColumnNameRole = Qt::UserRole + 65; // the field's column name ("affiliate_id")

    // A row another row refers to, in words ("JANE (Jane Doe)"), from the table it is in and its
    // uid; empty when unknown here. Set by the dialog (ConflictStore::describeRow).
    using Describe = std::function<QString(const QString &table, const QString &uid)>;
    void setDescribe(Describe describe) { m_describe = std::move(describe); }
    // A column's name as the manager reads it ("target_url" → "Target URL").
    static QString fieldLabel(const QString &column);

    explicit ConflictFieldModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // nullopt: no conflict chosen (no rows).
    void setConflict(const std::optional<SyncConflict> &conflict);
    bool localDeleted() const { return m_localDeleted; }
    bool centralDeleted() const { return m_centralDeleted; }
    int differingCount() const;

private:
    struct Line
    {
        QString field;
        QString label;
        QString mineTip;
        QString theirsTip;
        QString mine;
        QString theirs;
        bool differs = false;
    };
    QList<Line> m_lines;
    bool m_localDeleted = false;
    bool m_centralDeleted = false;
    Describe m_describe;
};

} // namespace PartnerDesk
