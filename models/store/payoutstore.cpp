#include "payoutstore.h"

#include "auditlog.h"
#include "core/csvwriter.h"
#include "core/money.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "database.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

namespace PartnerDesk {

namespace {

// The one definition of a transaction a payout pays: approved, in no batch yet, carrying money.
// Balances, the preview, the batch's UPDATE and its check all use it.
#define PD_PAYABLE "status = 'approved' AND payout_id IS NULL AND commission_minor <> 0"
// What a batch takes: the same, and never a held row. A held row is never approved (LedgerWriter,
// refreshApprovals), so this changes nothing while that holds; it is said here too so that no
// money leaves for a held commission even if it did not. The balances keep PD_PAYABLE: their scan
// is covered by transactions_balance, which has no hold column.
#define PD_BATCHABLE PD_PAYABLE " AND hold <> 'held'"

QString dbError(const QSqlQuery &query)
{
    // SQLite's sum() refuses to wrap around: say what that means rather than its words. Every
    // commission is within ±10^12 minor units (ValueRules), so it takes some 9.2 million of them at
    // that ceiling in one partner's currency to get here.
    if (query.lastError().text().contains(QStringLiteral("integer overflow")))
        return PayoutStore::tr("A partner's commissions in one currency add up to more than 64-bit money holds "
                               "(%L1 minor units): they cannot be summed, shown or paid.")
            .arg(std::numeric_limits<qint64>::max());
    return PayoutStore::tr("Database error: %1").arg(query.lastError().text());
}

struct Threshold
{
    qint64 minor = 0;
    bool ofLeftProgram = false;
};

using BalanceKey = QPair<qint64, QString>; // affiliate id, currency

// See the class comment: primary, else the lowest active; the programs left only as a fallback.
QHash<BalanceKey, Threshold> loadThresholds(QSqlDatabase &db)
{
    struct Candidates
    {
        std::optional<qint64> primary;
        std::optional<qint64> lowestActive;
        std::optional<qint64> lowestLeft;
    };
    QHash<BalanceKey, Candidates> candidates;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT m.affiliate_id, p.currency, p.threshold_minor, m.active, m.is_primary "
                                  "FROM memberships m JOIN programs p ON p.id = m.program_id"))) {
        while (query.next()) {
            Candidates &c = candidates[{query.value(0).toLongLong(), query.value(1).toString()}];
            const qint64 threshold = query.value(2).toLongLong();
            const bool active = query.value(3).toInt() == 1;
            std::optional<qint64> &slot = !active ? c.lowestLeft : c.lowestActive;
            if (!slot || threshold < *slot)
                slot = threshold;
            if (active && query.value(4).toInt() == 1)
                c.primary = threshold;
        }
    }
    QHash<BalanceKey, Threshold> thresholds;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        const Candidates &c = it.value();
        if (c.primary)
            thresholds.insert(it.key(), {*c.primary, false});
        else if (c.lowestActive)
            thresholds.insert(it.key(), {*c.lowestActive, false});
        else
            thresholds.insert(it.key(), {*c.lowestLeft, true});
    }
    return thresholds;
}

void applyThreshold(BalanceRow &row, const QHash<BalanceKey, Threshold> &thresholds)
{
    const auto it = thresholds.constFind({row.affiliateId, row.currency});
    if (it == thresholds.cend())
        return;
    row.thresholdMinor = it->minor;
    row.thresholdOfLeftProgram = it->ofLeftProgram;
}

} // namespace

PayoutStore::PayoutStore(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

bool PayoutStore::isFormat(const QString &format)
{
    return format == u"paypal" || format == u"csv";
}

QList<BalanceRow> PayoutStore::balances() const
{
    const Result<QList<BalanceRow>> rows = readBalances();
    return rows ? *rows : QList<BalanceRow>();
}

Result<QList<BalanceRow>> PayoutStore::readBalances() const
{
    const QHash<BalanceKey, Threshold> thresholds = loadThresholds(m_db);
    QList<BalanceRow> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Grouped on the covering index transactions_balance first, then joined to the few partners.
    if (!query.exec(QStringLiteral(
            "SELECT a.id, a.code, a.name, a.email, b.currency, b.pending, b.balance, b.in_batch, b.paid FROM ("
            "SELECT affiliate_id, currency, "
            "sum(CASE WHEN status = 'pending' THEN commission_minor ELSE 0 END) AS pending, "
            "sum(CASE WHEN " PD_PAYABLE " THEN commission_minor ELSE 0 END) AS balance, "
            "sum(CASE WHEN status = 'approved' AND payout_id IS NOT NULL THEN commission_minor ELSE 0 END) AS "
            "in_batch, "
            "sum(CASE WHEN status = 'paid' THEN commission_minor ELSE 0 END) AS paid "
            "FROM transactions WHERE status <> 'cancelled' GROUP BY affiliate_id, currency) b "
            "JOIN affiliates a ON a.id = b.affiliate_id ORDER BY a.code, b.currency")))
        return Result<QList<BalanceRow>>::failure(dbError(query));
    while (query.next()) {
        BalanceRow row;
        row.affiliateId = query.value(0).toLongLong();
        row.affiliateCode = query.value(1).toString();
        row.name = query.value(2).toString();
        row.email = query.value(3).toString();
        row.currency = query.value(4).toString();
        row.pendingMinor = query.value(5).toLongLong();
        row.balanceMinor = query.value(6).toLongLong();
        row.inBatchMinor = query.value(7).toLongLong();
        row.paidMinor = query.value(8).toLongLong();
        applyThreshold(row, thresholds);
        rows.append(row);
    }
    if (query.lastError().isValid())
        return Result<QList<BalanceRow>>::failure(dbError(query));
    return rows;
}

Result<QList<PayoutLine>> PayoutStore::dueLines() const
{
    const QHash<BalanceKey, Threshold> thresholds = loadThresholds(m_db);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT a.id, a.code, a.name, a.email, d.currency, d.amount, d.n FROM ("
                                   "SELECT affiliate_id, currency, sum(commission_minor) AS amount, count(*) AS n "
                                   "FROM transactions WHERE " PD_BATCHABLE " GROUP BY affiliate_id, currency) d "
                                   "JOIN affiliates a ON a.id = d.affiliate_id ORDER BY a.code, d.currency")))
        return Result<QList<PayoutLine>>::failure(dbError(query));
    QList<PayoutLine> lines;
    while (query.next()) {
        BalanceRow balance;
        balance.affiliateId = query.value(0).toLongLong();
        balance.currency = query.value(4).toString();
        balance.balanceMinor = query.value(5).toLongLong();
        applyThreshold(balance, thresholds);
        // BalanceRow::due() is what the balances show as due; the batch pays exactly those.
        if (!balance.due())
            continue;
        lines.append({balance.affiliateId, query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), balance.currency, balance.balanceMinor, query.value(6).toInt()});
    }
    if (query.lastError().isValid())
        return Result<QList<PayoutLine>>::failure(dbError(query));
    return lines;
}

Result<QList<CurrencyTotal>> PayoutStore::totalsOf(const QList<PayoutLine> &lines)
{
    QMap<QString, CurrencyTotal> totals;
    for (const PayoutLine &line : lines) {
        CurrencyTotal &total = totals[line.currency];
        total.currency = line.currency;
        // Lines are sums themselves: their total is checked, never a wrapped-around figure.
        if (__builtin_add_overflow(total.amountMinor, line.amountMinor, &total.amountMinor))
            return Result<QList<CurrencyTotal>>::failure(
                tr("The payouts in %1 add up to more than 64-bit money holds; nothing can be paid in one batch.")
                    .arg(line.currency));
        total.lines++;
        total.transactions += line.transactions;
    }
    return totals.values();
}

Result<PayoutPreview> PayoutStore::preview() const
{
    const Result<QList<PayoutLine>> lines = dueLines();
    if (!lines)
        return Result<PayoutPreview>::failure(lines.error());
    PayoutPreview preview;
    preview.lines = *lines;
    const Result<QList<CurrencyTotal>> totals = totalsOf(preview.lines);
    if (!totals)
        return Result<PayoutPreview>::failure(totals.error());
    preview.totals = *totals;
    for (const PayoutLine &line : preview.lines)
        preview.transactions += line.transactions;
    const Result<QList<HeldTotal>> held = HoldStore(m_database).heldTotals();
    if (!held)
        return Result<PayoutPreview>::failure(held.error());
    preview.held = *held;
    // INTEGER PRIMARY KEY without AUTOINCREMENT: the next row gets the largest id + 1.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM payouts")) || !query.next())
        return Result<PayoutPreview>::failure(dbError(query));
    preview.batchId = query.value(0).toLongLong();
    return preview;
}

void PayoutStore::writeFile(QTextStream &out, const QString &format, qint64 batchId, const QList<PayoutLine> &lines)
{
    if (format == u"csv") {
        out << CsvWriter::line({QStringLiteral("batch_id"), QStringLiteral("affiliate_code"), QStringLiteral("name"),
                                QStringLiteral("email"), QStringLiteral("currency"), QStringLiteral("amount"),
                                QStringLiteral("transactions")});
    }
    for (const PayoutLine &line : lines) {
        const CsvCell amount = CsvCell::number(Money(line.amountMinor, line.currency).toPlainString());
        if (format == u"paypal") {
            // PayPal mass pay: recipient, amount, currency, unique id, note; no header.
            out << CsvWriter::line({line.email, amount, line.currency,
                                    QStringLiteral("PD%1-%2").arg(batchId).arg(line.affiliateCode),
                                    tr("PartnerDesk commission, batch %1").arg(batchId)});
        } else {
            out << CsvWriter::line({CsvCell::number(batchId), line.affiliateCode, line.name, line.email, line.currency,
                                    amount, CsvCell::number(line.transactions)});
        }
    }
}

Status PayoutStore::writeFileAtomically(const QString &format, qint64 batchId, const QList<PayoutLine> &lines,
                                        const QString &outputPath) const
{
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
    QTextStream out(&file);
    writeFile(out, format, batchId, lines);
    out.flush();
    if (out.status() != QTextStream::Ok || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
    return Done{};
}

Result<PayoutBatch> PayoutStore::createBatch(const QString &format, const QString &outputPath, const Progress &progress,
                                             const std::optional<QList<PayoutLine>> &expected)
{
    using R = Result<PayoutBatch>;
    if (!isFormat(format))
        return R::failure(tr("Unknown payout format \"%1\": use paypal or csv.").arg(format));
    Transaction transaction(m_db);
    // Read inside the write transaction: what the batch pays is the preview at this instant.
    const Result<PayoutPreview> due = preview();
    if (!due)
        return R::failure(due.error());
    if (due->isEmpty())
        return R::failure(tr("No partner has reached the payout threshold."));
    if (expected && *expected != due->lines)
        return R::failure(tr("The balances changed since the preview; preview the batch again."));

    // A line's amount is a sum of commissions: each is within the rules, their sum need not be.
    for (const PayoutLine &line : due->lines) {
        if (QString problem =
                ValueRules::checkAmount(tr("The payout to partner %1 in %2").arg(line.affiliateCode, line.currency),
                                        line.amountMinor, Currency::minorDigits(line.currency));
            !problem.isEmpty())
            return R::failure(tr("%1; no batch was created.").arg(problem));
    }
    const QString absolutePath = QFileInfo(outputPath).absoluteFilePath();
    if (QString problem = ValueRules::checkText(tr("The file name"), absolutePath, ValueRules::singleLine);
        !problem.isEmpty())
        return R::failure(tr("%1; no batch was created.").arg(problem));
    const QString now = Timestamp::format(Timestamp::now());
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO payouts (created_at, created_by, format, file_path) VALUES (?, ?, ?, ?)"));
    query.addBindValue(now);
    query.addBindValue(Database::currentActor());
    query.addBindValue(format);
    query.addBindValue(absolutePath);
    if (!query.exec())
        return R::failure(dbError(query));
    PayoutBatch batch;
    batch.id = query.lastInsertId().toLongLong();

    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE transactions SET payout_id = ?, updated_at = ? "
                                  "WHERE affiliate_id = ? AND currency = ? AND " PD_BATCHABLE));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO payout_lines (payout_id, affiliate_id, currency, amount_minor, "
                                  "transactions) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery check(m_db);
    check.prepare(QStringLiteral("SELECT coalesce(sum(commission_minor), 0) FROM transactions "
                                 "WHERE payout_id = ? AND affiliate_id = ? AND currency = ?"));
    const int total = static_cast<int>(due->lines.size());
    for (const PayoutLine &line : due->lines) {
        if (progress && !progress(batch.lines, total))
            return R::failure(tr("Cancelled; no batch was created."));
        update.bindValue(0, batch.id);
        update.bindValue(1, now);
        update.bindValue(2, line.affiliateId);
        update.bindValue(3, line.currency);
        if (!update.exec())
            return R::failure(dbError(update));
        // The same predicate, in the same transaction: anything else is a bug, and no money leaves.
        check.bindValue(0, batch.id);
        check.bindValue(1, line.affiliateId);
        check.bindValue(2, line.currency);
        if (!check.exec() || !check.next())
            return R::failure(dbError(check));
        if (update.numRowsAffected() != line.transactions || check.value(0).toLongLong() != line.amountMinor)
            return R::failure(tr("The batch for %1 (%2) does not match its preview; nothing was written.")
                                  .arg(line.affiliateCode, line.currency));
        insert.bindValue(0, batch.id);
        insert.bindValue(1, line.affiliateId);
        insert.bindValue(2, line.currency);
        insert.bindValue(3, line.amountMinor);
        insert.bindValue(4, line.transactions);
        if (!insert.exec())
            return R::failure(dbError(insert));
        batch.lines++;
        batch.transactions += line.transactions;
        BalanceRow paid;
        paid.affiliateId = line.affiliateId;
        paid.affiliateCode = line.affiliateCode;
        paid.name = line.name;
        paid.email = line.email;
        paid.currency = line.currency;
        paid.balanceMinor = line.amountMinor;
        batch.paid.append(paid);
    }
    if (auto status = AuditLog(m_db).append(QStringLiteral("payout.batch"), QStringLiteral("payout"),
                                            QString::number(batch.id), {},
                                            {{QStringLiteral("lines"), batch.lines},
                                             {QStringLiteral("transactions"), batch.transactions},
                                             {QStringLiteral("format"), format},
                                             {QStringLiteral("file"), absolutePath}});
        !status)
        return R::failure(status.error());
    if (progress && !progress(total, total))
        return R::failure(tr("Cancelled; no batch was created."));
    if (auto status = writeFileAtomically(format, batch.id, due->lines, outputPath); !status)
        return R::failure(status.error());
    if (auto status = transaction.commit(); !status) {
        QFile::remove(outputPath);
        return R::failure(status.error());
    }
    return batch;
}

Status PayoutStore::exportBatch(qint64 batchId, const QString &format, const QString &outputPath) const
{
    if (!isFormat(format))
        return Status::failure(tr("Unknown payout format \"%1\": use paypal or csv.").arg(format));
    if (!batch(batchId))
        return Status::failure(tr("There is no payout batch %1.").arg(batchId));
    return writeFileAtomically(format, batchId, batchLines(batchId), outputPath);
}

Result<int> PayoutStore::markPaid(qint64 batchId)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT status FROM payouts WHERE id = ?"));
    query.addBindValue(batchId);
    if (!query.exec())
        return Result<int>::failure(dbError(query));
    if (!query.next())
        return Result<int>::failure(tr("There is no payout batch %1.").arg(batchId));
    if (query.value(0).toString() == u"paid")
        return Result<int>::failure(tr("Payout batch %1 is already marked paid.").arg(batchId));
    const QString now = Timestamp::format(Timestamp::now());
    // Only rows that carry this batch's id: never a row that was not exported in it.
    query.prepare(QStringLiteral("UPDATE transactions SET status = 'paid', updated_at = ? "
                                 "WHERE payout_id = ? AND status = 'approved'"));
    query.addBindValue(now);
    query.addBindValue(batchId);
    if (!query.exec())
        return Result<int>::failure(dbError(query));
    const int paid = query.numRowsAffected();
    query.prepare(QStringLiteral("UPDATE payouts SET status = 'paid', paid_at = ? WHERE id = ?"));
    query.addBindValue(now);
    query.addBindValue(batchId);
    if (!query.exec())
        return Result<int>::failure(dbError(query));
    if (auto status = AuditLog(m_db).append(
            QStringLiteral("payout.paid"), QStringLiteral("payout"), QString::number(batchId),
            {{QStringLiteral("status"), QStringLiteral("exported")}},
            {{QStringLiteral("status"), QStringLiteral("paid")}, {QStringLiteral("transactions"), paid}});
        !status)
        return Result<int>::failure(status.error());
    if (auto status = transaction.commit(); !status)
        return Result<int>::failure(status.error());
    return paid;
}

QList<PayoutBatchSummary> PayoutStore::batches() const
{
    QList<PayoutBatchSummary> list;
    QHash<qint64, qsizetype> rowOf;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, created_at, created_by, format, file_path, status, "
                                   "coalesce(paid_at, '') FROM payouts ORDER BY id DESC")))
        return list;
    while (query.next()) {
        PayoutBatchSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.createdAt = query.value(1).toString();
        summary.createdBy = query.value(2).toString();
        summary.format = query.value(3).toString();
        summary.filePath = query.value(4).toString();
        summary.status = query.value(5).toString();
        summary.paidAt = query.value(6).toString();
        rowOf.insert(summary.id, list.size());
        list.append(summary);
    }
    if (!query.exec(QStringLiteral("SELECT payout_id, currency, sum(amount_minor), count(*), sum(transactions) "
                                   "FROM payout_lines GROUP BY payout_id, currency ORDER BY payout_id, currency")))
        return list;
    while (query.next()) {
        const auto it = rowOf.constFind(query.value(0).toLongLong());
        if (it == rowOf.cend())
            continue;
        PayoutBatchSummary &summary = list[*it];
        const CurrencyTotal total{query.value(1).toString(), query.value(2).toLongLong(), query.value(3).toInt(),
                                  query.value(4).toInt()};
        summary.totals.append(total);
        summary.lines += total.lines;
        summary.transactions += total.transactions;
    }
    return list;
}

std::optional<PayoutBatchSummary> PayoutStore::batch(qint64 batchId) const
{
    // A store has few batches (one a month or so); the list is the one place that reads them.
    for (const PayoutBatchSummary &summary : batches()) {
        if (summary.id == batchId)
            return summary;
    }
    return std::nullopt;
}

QList<PayoutLine> PayoutStore::batchLines(qint64 batchId) const
{
    QList<PayoutLine> lines;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT a.id, a.code, a.name, a.email, l.currency, l.amount_minor, l.transactions "
                                 "FROM payout_lines l JOIN affiliates a ON a.id = l.affiliate_id "
                                 "WHERE l.payout_id = ? ORDER BY a.code, l.currency"));
    query.addBindValue(batchId);
    if (!query.exec())
        return lines;
    while (query.next()) {
        lines.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong(),
                      query.value(6).toInt()});
    }
    return lines;
}

#undef PD_BATCHABLE
#undef PD_PAYABLE

} // namespace PartnerDesk
