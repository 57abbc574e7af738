#include "tableproxymodel.h"

#include "itemmodels/modelroles.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>
#include <QStyle>

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
    if (role == Qt::ForegroundRole || role == Qt::DecorationRole) {
        const int attention = QSortFilterProxyModel::data(index, ModelRoles::AttentionRole).toInt();
        if (attention > 0 && role == Qt::ForegroundRole)
            return QBrush(attention > 1 ? QColor(0xb0, 0x00, 0x20) : QColor(0xa8, 0x56, 0x00));
        if (attention > 0)
            return QApplication::style()->standardIcon(attention > 1 ? QStyle::SP_MessageBoxCritical
                                                                     : QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ForegroundRole) {
        const QVariant active = QSortFilterProxyModel::data(index, ModelRoles::ActiveRole);
        if (active.isValid() && !active.toBool())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace PartnerDesk
