#include "progressbardelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>
#include <cmath>

namespace PartnerDesk {

ProgressBarDelegate::ProgressBarDelegate(int progressRole, int highlightRole, QObject *parent)
    : RowHighlightDelegate(highlightRole, parent)
    , m_progressRole(progressRole)
{}

int ProgressBarDelegate::barValue(double ratio)
{
    if (!std::isfinite(ratio) || ratio <= 0)
        return 0;
    return ratio >= 1 ? steps : static_cast<int>(std::lround(ratio * steps));
}

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QVariant ratio = index.data(m_progressRole);
    if (!ratio.isValid() || text.isEmpty()) {
        RowHighlightDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background and selection first, then the bar inset a little.
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    QStyleOptionProgressBar bar;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.minimum = 0;
    bar.maximum = steps;
    bar.progress = barValue(ratio.toDouble());
    bar.text = text;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace PartnerDesk
