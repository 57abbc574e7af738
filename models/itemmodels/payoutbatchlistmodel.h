#pragma once

#include "store/payoutstore.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace PartnerDesk {

class Database;

// Payout batches already created, newest first: when and by whom, the file, exported or paid, and
// what each pays per currency. A store makes a batch a month or so, so they are all in memory.
class PayoutBatchListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutBatchListModel)

public:
    enum Column
    {
        Batch,
        Created,
        CreatedBy,
        Format,
        Status,
        PaidAt,
        Lines,
        Totals,
        File,
        Count
    };
    Q_ENUM(Column)

    enum Role
    {
        PaidRole = Qt::UserRole + 100, // bool: the batch is marked paid
    };

    explicit PayoutBatchListModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    std::optional<PayoutBatchSummary> batch(qint64 batchId) const;
    // -1 when the batch is not listed.
    int rowOf(qint64 batchId) const;

    // "230.00 EUR, 20.00 USD"
    static QString totalsText(const QList<CurrencyTotal> &totals);
    static QString formatName(const QString &format);

private:
    QVariant display(const PayoutBatchSummary &batch, int column) const;

    PayoutStore m_store;
    QList<PayoutBatchSummary> m_batches;
};

} // namespace PartnerDesk
