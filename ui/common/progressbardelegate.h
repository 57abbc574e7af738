#pragma once

#include "rowhighlightdelegate.h"

namespace PartnerDesk {

// A progress bar in a cell: the model's `progressRole` gives a ratio (1.0 = full, more is
// clamped), the display text is written on the bar. Cells without a ratio paint as text.
class ProgressBarDelegate final : public RowHighlightDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressBarDelegate)

public:
    ProgressBarDelegate(int progressRole, int highlightRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int steps = 1000;
    // The bar's value for a ratio, 0..steps.
    static int barValue(double ratio);

private:
    int m_progressRole;
};

} // namespace PartnerDesk
