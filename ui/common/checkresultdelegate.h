#pragma once

#include <QStyledItemDelegate>

namespace PartnerDesk {

// Colours the outcome of a live check (RewriteTableModel::CheckStateRole): green when it was
// right, red when it was not, grey while it runs. models/ has no colours, so they live here.
class CheckResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckResultDelegate)

public:
    explicit CheckResultDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace PartnerDesk
