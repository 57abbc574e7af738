#include "rowhighlightdelegate.h"

#include <QApplication>
#include <QPalette>

namespace PartnerDesk {

RowHighlightDelegate::RowHighlightDelegate(int highlightRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_highlightRole(highlightRole)
{}

bool RowHighlightDelegate::isHighlighted(const QModelIndex &index) const
{
    return index.isValid() && index.siblingAtColumn(0).data(m_highlightRole).toBool();
}

void RowHighlightDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!isHighlighted(index))
        return;
    // A light wash of the palette's highlight colour, so it reads in light and dark themes alike.
    QColor tint = option->palette.color(QPalette::Highlight);
    tint.setAlpha(48);
    option->backgroundBrush = tint;
    option->font.setBold(true);
}

} // namespace PartnerDesk
