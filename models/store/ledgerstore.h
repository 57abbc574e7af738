#pragma once

#include "core/attributionengine.h"
#include "core/attributionsnapshot.h"
#include "core/explanation.h"
#include "core/order.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTextStream>
#include <optional>

namespace PartnerDesk {

class Database;

struct TransactionRow
{
    qint64 id = 0;
    QString orderId;
    QString affiliateCode;
    QString programName;
    QString kind;
    qint64 baseMinor = 0;
    int rateBp = 0;
    qint64 commissionMinor = 0;
    QString currency;
    QString status;
    bool selfReferral = false;
    bool superseded = false;
    qint64 payoutId = 0;
    QString placedAt;
    QString campaign;
    QString rateSource;
    QString hold; // '' | held | cleared | cancelled
    QString holdRule;
};

// A partner's money in one currency.
struct BalanceRow
{
    qint64 affiliateId = 0;
    QString affiliateCode;
    QString name;
    QString email;
    QString currency;
    qint64 pendingMinor = 0; // pending transactions (hold not passed, order pending)
    qint64 balanceMinor = 0; // approved, unpaid, not in a batch (reversals included)
    qint64 inBatchMinor = 0; // exported in a payout batch, not yet marked paid
    qint64 paidMinor = 0;
    std::optional<qint64> thresholdMinor; // none when no program of the partner uses this currency
    bool thresholdOfLeftProgram = false;  // no active program of his uses the currency (PayoutStore)
    bool due() const { return thresholdMinor && balanceMinor > 0 && balanceMinor >= *thresholdMinor; }
};

struct PayoutBatch
{
    qint64 id = 0;
    int lines = 0;
    int transactions = 0;
    QList<BalanceRow> paid; // what each partner is paid
};

struct ReportRow
{
    QString period; // YYYY-MM
    QString program;
    QString kind; // transaction kind, or "unattributed"
    QString currency;
    qint64 orders = 0;
    qint64 salesMinor = 0;
    qint64 commissionMinor = 0;
};

// The commission ledger: what the rules need loaded, manual assignments, approvals, balances,
// payout batches and what reports read. Every change writes the audit log in its transaction.
class LedgerStore final
{
    Q_DECLARE_TR_FUNCTIONS(LedgerStore)

public:
    explicit LedgerStore(Database &database);

    AttributionSnapshot loadSnapshot() const;

    // Approves pending transactions whose hold has passed by `now`; returns how many.
    Result<int> refreshApprovals(qint64 now);
    // Whether refreshApprovals(now) would approve anything (one look in a small partial index).
    bool hasApprovalsDue(qint64 now) const;

    // A manager assigns an imported order to a partner: the previous transaction is cancelled and
    // superseded (a paid one is reversed), a manual one is written, and the audit log says why.
    Status assign(const QString &orderId, qint64 affiliateId, const QString &reason,
                  std::optional<qint64> amountMinor = std::nullopt);

    std::optional<Order> order(const QString &orderId) const;
    Result<Explanation> explain(const QString &orderId) const;

    // Transactions CSV as DESIGN.md specifies it (live and superseded ones, reversals).
    Status writeTransactionsCsv(QTextStream &out) const;
    QList<TransactionRow> transactionsOf(const QString &orderId) const;
    // The order's one live transaction (not superseded, not a reversal), if any.
    std::optional<TransactionRow> liveTransactionOf(const QString &orderId) const;

    QList<BalanceRow> balances() const;
    // balances(), or why there are none (PayoutStore::readBalances()): for whoever must not show
    // an empty list for a failure (the command line).
    Result<QList<BalanceRow>> readBalances() const;
    QList<BalanceRow> payoutsDue() const { return dueOf(balances()); }
    static QList<BalanceRow> dueOf(const QList<BalanceRow> &balances);
    // The balances of `after` that were not due in `before` (same partner and currency): who
    // crossed the payout threshold in between.
    static QList<BalanceRow> newlyDue(const QList<BalanceRow> &before, const QList<BalanceRow> &after);

    // Puts every due balance's approved transactions into a new batch and writes the file
    // (PayPal mass-pay or plain CSV) atomically with the batch. Nothing due: an error.
    // Balances and batches are PayoutStore's; these forward to it.
    Result<PayoutBatch> createPayoutBatch(const QString &format, const QString &outputPath);
    // Marks exactly the transactions of that batch paid.
    Result<int> markPaid(qint64 batchId);

    QList<ReportRow> report(qint64 from, qint64 to) const;

private:
    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
