#include "payoutbatchlistmodel.h"

#include "core/money.h"
#include "core/timestamp.h"
#include "modelroles.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>

namespace PartnerDesk {

namespace {

constexpr int rightAligned = Qt::AlignRight | Qt::AlignVCenter;

QString localTime(const QString &stamp)
{
    const std::optional<qint64> seconds = Timestamp::parse(stamp);
    if (!seconds)
        return stamp;
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(*seconds).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

PayoutBatchListModel::PayoutBatchListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{
    reload();
}

int PayoutBatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_batches.size());
}

int PayoutBatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QString PayoutBatchListModel::totalsText(const QList<CurrencyTotal> &totals)
{
    QStringList parts;
    for (const CurrencyTotal &total : totals)
        parts.append(Money(total.amountMinor, total.currency).toDisplayString());
    return parts.join(QStringLiteral(", "));
}

QString PayoutBatchListModel::formatName(const QString &format)
{
    if (format == u"paypal")
        return tr("PayPal mass pay");
    if (format == u"csv")
        return tr("CSV");
    return format;
}

QVariant PayoutBatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PayoutBatchSummary &batch = m_batches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(batch, index.column());
    case Qt::ToolTipRole:
        if (index.column() == File)
            return QDir::toNativeSeparators(batch.filePath);
        if (index.column() == Totals)
            return tr("%1 lines, %2 transactions").arg(formatCount(batch.lines), formatCount(batch.transactions));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Batch || index.column() == Lines ? QVariant(rightAligned) : QVariant();
    case ModelRoles::IdRole:
        return batch.id;
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Batch:
            return batch.id;
        case Created:
            return batch.createdAt;
        case PaidAt:
            return batch.paidAt;
        case Lines:
            return batch.lines;
        default:
            return display(batch, index.column());
        }
    case ModelRoles::ActiveRole:
        return !batch.isPaid(); // a paid batch is history
    case PaidRole:
        return batch.isPaid();
    default:
        return {};
    }
}

QVariant PayoutBatchListModel::display(const PayoutBatchSummary &batch, int column) const
{
    switch (column) {
    case Batch:
        return QString::number(batch.id);
    case Created:
        return localTime(batch.createdAt);
    case CreatedBy:
        return batch.createdBy;
    case Format:
        return formatName(batch.format);
    case Status:
        return batch.isPaid() ? tr("Paid") : tr("Exported");
    case PaidAt:
        return batch.paidAt.isEmpty() ? QString() : localTime(batch.paidAt);
    case Lines:
        return formatCount(batch.lines);
    case Totals:
        return totalsText(batch.totals);
    case File:
        return QDir::toNativeSeparators(batch.filePath);
    default:
        return {};
    }
}

QVariant PayoutBatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Batch || section == Lines ? QVariant(rightAligned) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Batch:
        return tr("Batch");
    case Created:
        return tr("Created");
    case CreatedBy:
        return tr("By");
    case Format:
        return tr("Format");
    case Status:
        return tr("Status");
    case PaidAt:
        return tr("Paid at");
    case Lines:
        return tr("Lines");
    case Totals:
        return tr("Totals");
    case File:
        return tr("File");
    default:
        return {};
    }
}

void PayoutBatchListModel::reload()
{
    beginResetModel();
    m_batches = m_store.batches();
    endResetModel();
}

std::optional<PayoutBatchSummary> PayoutBatchListModel::batch(qint64 batchId) const
{
    const int row = rowOf(batchId);
    return row < 0 ? std::nullopt : std::optional<PayoutBatchSummary>(m_batches.at(row));
}

int PayoutBatchListModel::rowOf(qint64 batchId) const
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches.at(row).id == batchId)
            return row;
    }
    return -1;
}

} // namespace PartnerDesk
