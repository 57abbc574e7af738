#include "checkresultdelegate.h"

#include "itemmodels/rewritetablemodel.h"

namespace PartnerDesk {

CheckResultDelegate::CheckResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void CheckResultDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using State = RewriteTableModel::CheckState;
    switch (static_cast<State>(index.data(RewriteTableModel::CheckStateRole).toInt())) {
    case State::Ok:
        option->palette.setColor(QPalette::Text, QColor(0x1e, 0x7b, 0x34));
        break;
    case State::Failed:
        option->palette.setColor(QPalette::Text, QColor(0xb0, 0x1e, 0x1e));
        option->font.setBold(true);
        break;
    case State::Running:
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        option->font.setItalic(true);
        break;
    case State::None:
        break;
    }
}

} // namespace PartnerDesk
