#pragma once

#include <QStyledItemDelegate>

namespace PartnerDesk {

// Paints a row on a tinted background, in bold, where the model answers true for a role (e.g.
// PayoutBalanceModel::DueRole): rows that want the manager's attention stand out in every column.
class RowHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowHighlightDelegate)

public:
    RowHighlightDelegate(int highlightRole, QObject *parent = nullptr);

    int highlightRole() const { return m_highlightRole; }
    bool isHighlighted(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_highlightRole;
};

} // namespace PartnerDesk
