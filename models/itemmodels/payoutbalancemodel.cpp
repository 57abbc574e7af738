#include "payoutbalancemodel.h"

#include "core/money.h"
#include "modelroles.h"
#include "store/database.h"
#include "store/payoutstore.h"

#include <QLocale>
#include <QSet>

namespace PartnerDesk {

namespace {

constexpr int rightAligned = Qt::AlignRight | Qt::AlignVCenter;

bool isAmount(int column)
{
    return column >= PayoutBalanceModel::Pending && column <= PayoutBalanceModel::Progress;
}

double progressOf(const BalanceRow &row)
{
    // A ratio for a progress bar, not money: the amounts stay integers.
    if (!row.thresholdMinor || *row.thresholdMinor <= 0)
        return row.thresholdMinor && row.balanceMinor > 0 ? 1.0 : 0.0;
    return static_cast<double>(row.balanceMinor) / static_cast<double>(*row.thresholdMinor);
}

} // namespace

PayoutBalanceModel::PayoutBalanceModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{}

PayoutBalanceModel::~PayoutBalanceModel()
{
    // The worker reads into memory it shares with this model; it ends in a fraction of a second.
    if (m_worker)
        m_worker->wait();
}

int PayoutBalanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int PayoutBalanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant PayoutBalanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BalanceRow &row = balance(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Threshold && row.thresholdOfLeftProgram)
            return tr("%1 no longer belongs to a program paying in %2; the threshold is that of the "
                      "program he left, so what he earned is still paid out.")
                .arg(row.name, row.currency);
        if (index.column() == Threshold && !row.thresholdMinor)
            return tr("No program of %1 pays in %2, so this balance is never due.").arg(row.name, row.currency);
        if (index.column() == Partner || index.column() == Name)
            return tr("%1 <%2>").arg(row.name, row.email);
        return {};
    case Qt::TextAlignmentRole:
        return isAmount(index.column()) ? QVariant(rightAligned) : QVariant();
    case ModelRoles::IdRole:
        return row.affiliateId;
    case ModelRoles::SortRole:
        return sortValue(row, index.column());
    case ProgressRole:
        return progressOf(row);
    case DueRole:
        return row.due();
    case AffiliateCodeRole:
        return row.affiliateCode;
    case CurrencyRole:
        return row.currency;
    default:
        return {};
    }
}

QVariant PayoutBalanceModel::display(const BalanceRow &row, int column) const
{
    auto money = [&row](qint64 minor) {
        return Money(minor, row.currency).toDisplayString();
    };
    switch (column) {
    case Partner:
        return row.affiliateCode;
    case Name:
        return row.name;
    case Currency:
        return row.currency;
    case Pending:
        return money(row.pendingMinor);
    case Balance:
        return money(row.balanceMinor);
    case InBatch:
        return money(row.inBatchMinor);
    case Paid:
        return money(row.paidMinor);
    case Threshold:
        return row.thresholdMinor ? money(*row.thresholdMinor) : tr("none");
    case Progress:
        return row.thresholdMinor ? tr("%1 %").arg(QLocale().toString(qRound(progressOf(row) * 100))) : QString();
    case Due:
        return row.due() ? tr("Due") : QString();
    default:
        return {};
    }
}

QVariant PayoutBalanceModel::sortValue(const BalanceRow &row, int column) const
{
    switch (column) {
    case Partner:
        return row.affiliateCode;
    case Name:
        return row.name;
    case Currency:
        return row.currency;
    case Pending:
        return row.pendingMinor;
    case Balance:
        return row.balanceMinor;
    case InBatch:
        return row.inBatchMinor;
    case Paid:
        return row.paidMinor;
    case Threshold:
        return row.thresholdMinor ? QVariant(*row.thresholdMinor) : QVariant(qint64(-1));
    case Progress:
        return progressOf(row);
    case Due:
        return row.due();
    default:
        return {};
    }
}

QVariant PayoutBalanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return isAmount(section) ? QVariant(rightAligned) : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Pending:
            return tr("Commission of orders still pending or within the approval hold");
        case Balance:
            return tr("Approved commission in no payout batch yet: what the next batch pays once it reaches the "
                      "threshold");
        case InBatch:
            return tr("Exported in a payout batch that is not marked paid yet");
        case Paid:
            return tr("Paid out in batches marked paid");
        case Threshold:
            return tr("The payout threshold of the partner's program in this currency");
        case Progress:
            return tr("Approved balance against the threshold");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Partner:
        return tr("Partner");
    case Name:
        return tr("Name");
    case Currency:
        return tr("Currency");
    case Pending:
        return tr("Pending");
    case Balance:
        return tr("Approved unpaid");
    case InBatch:
        return tr("In batch");
    case Paid:
        return tr("Paid");
    case Threshold:
        return tr("Threshold");
    case Progress:
        return tr("Progress");
    case Due:
        return tr("Due");
    default:
        return {};
    }
}

void PayoutBalanceModel::reload()
{
    setBalances(PayoutStore(m_database).balances());
}

void PayoutBalanceModel::reloadInBackground()
{
    const QString path = m_database.path();
    if (path.isEmpty() || path == u":memory:") {
        reload(); // an in-memory database has no second connection
        return;
    }
    if (m_worker) {
        m_reloadAgain = true;
        return;
    }
    auto result = std::make_shared<QList<BalanceRow>>();
    // SQL connections belong to the thread that opened them: the worker opens its own.
    m_worker.reset(QThread::create([path, result] {
        Database database;
        if (database.open(path))
            *result = PayoutStore(database).balances();
    }));
    connect(m_worker.get(), &QThread::finished, this, [this, result] {
        m_worker->wait();
        m_worker.reset();
        setBalances(std::move(*result));
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reloadInBackground();
        } else {
            Q_EMIT loadingChanged(false);
        }
        Q_EMIT loaded();
    });
    m_worker->start();
    Q_EMIT loadingChanged(true);
}

void PayoutBalanceModel::setBalances(QList<BalanceRow> balances)
{
    beginResetModel();
    m_all = std::move(balances);
    filterRows();
    endResetModel();
}

void PayoutBalanceModel::applyFilter()
{
    beginResetModel();
    filterRows();
    endResetModel();
}

void PayoutBalanceModel::filterRows()
{
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all.at(i)))
            m_visible.append(i);
    }
}

bool PayoutBalanceModel::accepts(const BalanceRow &row) const
{
    if (m_dueOnly && !row.due())
        return false;
    if (m_search.isEmpty())
        return true;
    return row.affiliateCode.contains(m_search, Qt::CaseInsensitive) ||
           row.name.contains(m_search, Qt::CaseInsensitive) || row.email.contains(m_search, Qt::CaseInsensitive);
}

void PayoutBalanceModel::setDueOnly(bool dueOnly)
{
    if (dueOnly == m_dueOnly)
        return;
    m_dueOnly = dueOnly;
    applyFilter();
}

void PayoutBalanceModel::setSearch(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    m_search = search;
    applyFilter();
}

int PayoutBalanceModel::dueCount() const
{
    int due = 0;
    for (const BalanceRow &row : m_all)
        due += row.due() ? 1 : 0;
    return due;
}

int PayoutBalanceModel::duePartnerCount() const
{
    QSet<qint64> partners;
    for (const BalanceRow &row : m_all) {
        if (row.due())
            partners.insert(row.affiliateId);
    }
    return static_cast<int>(partners.size());
}

QList<int> PayoutBalanceModel::rowsOf(const QString &affiliateCode) const
{
    QList<int> rows;
    for (int row = 0; row < m_visible.size(); ++row) {
        if (balance(row).affiliateCode.compare(affiliateCode, Qt::CaseInsensitive) == 0)
            rows.append(row);
    }
    return rows;
}

} // namespace PartnerDesk
