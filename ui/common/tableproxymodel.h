#pragma once

#include <QSortFilterProxyModel>

namespace PartnerDesk {

// What a view adds to one of models/' item models: sorting by ModelRoles::SortRole (raw values,
// not display text), inactive rows (ModelRoles::ActiveRole false) in the palette's disabled
// text colour, and cells that need attention (ModelRoles::AttentionRole) in a warning colour with
// a warning icon. The colours live here because models/ does not link Qt Gui.
class TableProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableProxyModel)

public:
    explicit TableProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace PartnerDesk
