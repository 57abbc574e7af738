#pragma once

#include "core/result.h"
#include "holdstore.h"
#include "ledgerstore.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTextStream>
#include <functional>
#include <optional>

namespace PartnerDesk {

class Database;

// One line of a payout batch: what one partner is paid in one currency.
struct PayoutLine
{
    qint64 affiliateId = 0;
    QString affiliateCode;
    QString name;
    QString email;
    QString currency;
    qint64 amountMinor = 0;
    int transactions = 0;

    friend bool operator==(const PayoutLine &, const PayoutLine &) = default;
};

// What a batch (or a preview) pays in one currency.
struct CurrencyTotal
{
    QString currency;
    qint64 amountMinor = 0;
    int lines = 0;
    int transactions = 0;

    friend bool operator==(const CurrencyTotal &, const CurrencyTotal &) = default;
};

// The next payout batch exactly as createBatch() would write it now.
struct PayoutPreview
{
    qint64 batchId = 0; // the id the batch gets, unless another one is created first
    QList<PayoutLine> lines;
    QList<CurrencyTotal> totals;
    int transactions = 0;
    // What fraud holds keep out of this batch, per currency, and by which rules (HoldStore).
    QList<HeldTotal> held;
    bool isEmpty() const { return lines.isEmpty(); }
};

// A batch already created.
struct PayoutBatchSummary
{
    qint64 id = 0;
    QString createdAt;
    QString createdBy;
    QString format;
    QString filePath;
    QString status; // exported | paid
    QString paidAt;
    int lines = 0;
    int transactions = 0;
    QList<CurrencyTotal> totals;
    bool isPaid() const { return status == u"paid"; }
};

// Payouts: balances against thresholds, the dry-run preview of the next batch, batches and their
// files, "mark paid". preview() and createBatch() share dueLines(), so they cannot disagree.
//
// What is due: a partner's approved transactions in one currency that are in no batch yet, not held
// by a fraud rule, and carry money (a zero-commission row, e.g. a self-referral, is never part of a payout), once their
// sum reaches the threshold. The threshold is that of the partner's primary program when it pays in the currency, else
// the lowest of his active programs in it. Leaving a program does not forfeit what was earned: only when no active
// program of his pays in the currency do the programs he left set the threshold (the lowest of them); a left program's
// lower threshold never overrides an active one's. A currency no program of his ever used has no threshold and is never
// due.
class PayoutStore final
{
    Q_DECLARE_TR_FUNCTIONS(PayoutStore)

public:
    // Called between lines with (done, total); returning false cancels and writes nothing.
    using Progress = std::function<bool(int done, int total)>;

    explicit PayoutStore(Database &database);

    // Every partner's money per currency against his threshold; an error, never no rows or a
    // wrong figure, when the database cannot sum it (beyond 64-bit money, a broken database).
    Result<QList<BalanceRow>> readBalances() const;
    // readBalances(), or no rows when it fails (for the panes, which show what there is).
    QList<BalanceRow> balances() const;

    // The dry run: reads only, writes nothing.
    Result<PayoutPreview> preview() const;
    // Puts every due line's transactions into a new batch and writes its file (format "paypal" or
    // "csv"), atomically: a failure or a cancel leaves neither rows nor a file. With `expected` (the
    // preview a manager confirmed) it is refused when what is due now differs from it.
    Result<PayoutBatch> createBatch(const QString &format, const QString &outputPath, const Progress &progress = {},
                                    const std::optional<QList<PayoutLine>> &expected = std::nullopt);
    // Writes an existing batch again, in any format; the database is not changed.
    Status exportBatch(qint64 batchId, const QString &format, const QString &outputPath) const;
    // Marks exactly the transactions of that batch paid; refused for a paid or an unknown batch.
    Result<int> markPaid(qint64 batchId);

    // Newest first.
    QList<PayoutBatchSummary> batches() const;
    std::optional<PayoutBatchSummary> batch(qint64 batchId) const;
    QList<PayoutLine> batchLines(qint64 batchId) const;

    static bool isFormat(const QString &format);
    // The file of a batch: PayPal mass pay (no header) or plain CSV.
    static void writeFile(QTextStream &out, const QString &format, qint64 batchId, const QList<PayoutLine> &lines);
    static Result<QList<CurrencyTotal>> totalsOf(const QList<PayoutLine> &lines);

private:
    Result<QList<PayoutLine>> dueLines() const;
    Status writeFileAtomically(const QString &format, qint64 batchId, const QList<PayoutLine> &lines,
                               const QString &outputPath) const;

    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
