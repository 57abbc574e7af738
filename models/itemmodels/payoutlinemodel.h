#pragma once

#include "store/payoutstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace PartnerDesk {

// The lines of a payout batch, or of the preview of the next one: who is paid how much, in what
// currency, for how many transactions.
class PayoutLineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutLineModel)

public:
    enum Column
    {
        Partner,
        Name,
        Email,
        Currency,
        Amount,
        Transactions,
        Count
    };
    Q_ENUM(Column)

    explicit PayoutLineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLines(const QList<PayoutLine> &lines);
    const QList<PayoutLine> &lines() const { return m_lines; }

private:
    QList<PayoutLine> m_lines;
};

} // namespace PartnerDesk
