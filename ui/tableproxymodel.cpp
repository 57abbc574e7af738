#include "tableproxymodel.h"

#include "itemmodels/modelroles.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>

namespace PartnerDesk {

TableProxyModel::TableProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRoles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

QVariant TableProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole) {
        const QVariant active = QSortFilterProxyModel::data(index, ModelRoles::ActiveRole);
        if (active.isValid() && !active.toBool())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace PartnerDesk
