#include "ledgerwriter.h"

#include "core/money.h"
#include "core/rate.h"
#include "core/timestamp.h"
#include "core/transactionrules.h"
#include "core/valuerules.h"
#include "database.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace PartnerDesk {

namespace {

constexpr const char *findOrderSql = "SELECT id, import_id, import_line FROM orders WHERE order_id = ?1";
constexpr const char *insertOrderSql =
    "INSERT INTO orders (order_id, placed_at, subtotal_minor, currency, status, coupon_code, affiliate_code, "
    "landing_url, referrer_url, customer_email, import_id, import_line, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
constexpr const char *updateOrderSql =
    "UPDATE orders SET placed_at = ?2, subtotal_minor = ?3, currency = ?4, status = ?5, "
    "coupon_code = ?6, affiliate_code = ?7, landing_url = ?8, referrer_url = ?9, customer_email = ?10, "
    "import_id = ?11, import_line = ?12, updated_at = ?13 WHERE id = ?14"; // ?1, the key, stays as it is
constexpr const char *findLiveSql =
    "SELECT id, status, payout_id IS NOT NULL, commission_minor, affiliate_id, program_id, currency, base_minor, "
    "placed_at, hold, hold_rule, hold_evidence "
    "FROM transactions WHERE order_id = ?1 AND superseded = 0 AND kind <> 'reversal'";
constexpr const char *insertTransactionSql =
    "INSERT INTO transactions (order_id, affiliate_id, program_id, kind, base_minor, rate_bp, commission_minor, "
    "currency, status, self_referral, approve_at, placed_at, created_at, updated_at, campaign, customer_key, "
    "rate_source, hold, hold_rule, hold_evidence) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?15, ?16, ?17, ?18, ?19)";
constexpr const char *updateTransactionSql =
    "UPDATE transactions SET affiliate_id = ?2, program_id = ?3, kind = ?4, base_minor = ?5, rate_bp = ?6, "
    "commission_minor = ?7, currency = ?8, status = ?9, self_referral = ?10, approve_at = ?11, placed_at = ?12, "
    "updated_at = ?13, campaign = ?14, customer_key = ?15, rate_source = ?16, hold = ?17, hold_rule = ?18, "
    "hold_evidence = ?19 WHERE id = ?1";
// The recount: a partner's month in a program with tiers, in the order the tiers count it.
constexpr const char *monthRowsSql =
    "SELECT id, kind, rate_source, status, payout_id IS NOT NULL, base_minor, currency, rate_bp, self_referral, "
    "commission_minor FROM transactions WHERE affiliate_id = ?1 AND placed_at >= ?2 AND placed_at < ?3 "
    "AND +program_id = ?4 AND superseded = 0 AND kind <> 'reversal' ORDER BY placed_at, order_id";
// Customers whose orders came out of time order: settled again, in order, by finish().
constexpr const char *laterOfCustomerSql =
    "SELECT 1 FROM orders WHERE lower(customer_email) = ?1 AND customer_email <> '' "
    "AND (placed_at > ?2 OR (placed_at = ?2 AND order_id > ?3)) LIMIT 1";
constexpr const char *ordersOfCustomerSql =
    "SELECT order_id, placed_at, subtotal_minor, currency, status, coupon_code, affiliate_code, landing_url, "
    "referrer_url, customer_email FROM orders WHERE lower(customer_email) = ?1 AND customer_email <> '' "
    "ORDER BY placed_at, order_id";
constexpr const char *rerateSql =
    "UPDATE transactions SET rate_bp = ?2, commission_minor = ?3, rate_source = ?4, updated_at = ?5 WHERE id = ?1";
constexpr const char *cancelTransactionSql =
    "UPDATE transactions SET status = 'cancelled', updated_at = ?2 WHERE id = ?1 AND status <> 'cancelled'";
// INSERT OR IGNORE: one reversal per paid transaction, however often the refund is re-imported.
constexpr const char *insertReversalSql =
    "INSERT OR IGNORE INTO transactions (order_id, affiliate_id, program_id, kind, base_minor, rate_bp, "
    "commission_minor, currency, status, reverses_id, approve_at, placed_at, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, 'reversal', ?4, 0, ?5, ?6, 'approved', ?7, ?8, ?9, ?8, ?8)";

// A paid (or batched) transaction keeps its status: its reversal is what takes the money back.
constexpr const char *supersedeSql =
    "UPDATE transactions SET superseded = 1, updated_at = ?2, "
    "status = CASE WHEN status = 'paid' OR payout_id IS NOT NULL THEN status ELSE 'cancelled' END WHERE id = ?1";

} // namespace

struct LedgerWriter::LiveTransaction
{
    qint64 id = 0;
    QString status;
    bool inBatch = false;
    qint64 commissionMinor = 0;
    qint64 affiliateId = 0;
    qint64 programId = 0;
    QString currency;
    qint64 baseMinor = 0;
    QString placedAt;
    QString hold;
    QString holdRule;
    QString holdEvidence;
};

// What settling decided beyond the attribution: the status and the hold.
struct LedgerWriter::Settled
{
    QString status;
    QString hold;
    QString holdRule;
    QString holdEvidence;
};

sqlite3 *LedgerWriter::nativeHandle(Database &database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QStringList LedgerWriter::indexesNeeded(const AttributionSnapshot &snapshot)
{
    QStringList keep{QStringLiteral("transactions_order")};
    if (snapshot.anyLifetime() || snapshot.anySharedCustomerRule()) {
        keep.append(QStringLiteral("transactions_customer"));
        keep.append(QStringLiteral("orders_customer"));
    }
    if (!snapshot.tieredPrograms().isEmpty() || snapshot.anyCancelShareRule())
        keep.append(QStringLiteral("transactions_browse_affiliate"));
    return keep;
}

LedgerWriter::LedgerWriter(Database &database, const AttributionSnapshot &snapshot, qint64 importId, qint64 now)
    : m_snapshot(snapshot)
    , m_engine(snapshot)
    , m_importId(importId)
    , m_now(Timestamp::format(now))
    , m_nowSeconds(now)
{
    sqlite3 *db = nativeHandle(database);
    if (!db) {
        m_prepareError = tr("The database is not an SQLite database.");
        return;
    }
    m_findOrder = std::make_unique<SqliteStatement>(db, findOrderSql);
    m_insertOrder = std::make_unique<SqliteStatement>(db, insertOrderSql);
    m_updateOrder = std::make_unique<SqliteStatement>(db, updateOrderSql);
    m_findLive = std::make_unique<SqliteStatement>(db, findLiveSql);
    m_insertTransaction = std::make_unique<SqliteStatement>(db, insertTransactionSql);
    m_updateTransaction = std::make_unique<SqliteStatement>(db, updateTransactionSql);
    m_cancelTransaction = std::make_unique<SqliteStatement>(db, cancelTransactionSql);
    m_insertReversal = std::make_unique<SqliteStatement>(db, insertReversalSql);
    m_supersede = std::make_unique<SqliteStatement>(db, supersedeSql);
    m_monthRows = std::make_unique<SqliteStatement>(db, monthRowsSql);
    m_rerate = std::make_unique<SqliteStatement>(db, rerateSql);
    m_laterOfCustomer = std::make_unique<SqliteStatement>(db, laterOfCustomerSql);
    m_ordersOfCustomer = std::make_unique<SqliteStatement>(db, ordersOfCustomerSql);
    for (const auto *statement :
         {m_findOrder.get(), m_insertOrder.get(), m_updateOrder.get(), m_findLive.get(), m_insertTransaction.get(),
          m_updateTransaction.get(), m_cancelTransaction.get(), m_insertReversal.get(), m_supersede.get(),
          m_monthRows.get(), m_rerate.get(), m_laterOfCustomer.get(), m_ordersOfCustomer.get()}) {
        if (!statement->isValid()) {
            m_prepareError = tr("Cannot prepare the ledger statements: %1").arg(statement->error());
            return;
        }
    }
    m_history = std::make_unique<LedgerHistory>(db, snapshot.tieredPrograms());
    m_customerRules = snapshot.anyLifetime() || snapshot.anySharedCustomerRule();
    if (!m_history->prepareError().isEmpty())
        m_prepareError = tr("Cannot prepare the ledger statements: %1").arg(m_history->prepareError());
}

LedgerWriter::~LedgerWriter() = default;

const QString &LedgerWriter::placedAtText(const Order &order)
{
    // The order row and its transaction both store placed_at: format it once per order.
    if (order.placedAt != m_placedAtSeconds || m_placedAtText.isEmpty()) {
        m_placedAtSeconds = order.placedAt;
        m_placedAtText = Timestamp::format(order.placedAt);
    }
    return m_placedAtText;
}

Status LedgerWriter::upsertOrder(const Order &order, qint64 existingId, qint64 line)
{
    SqliteStatement &s = existingId ? *m_updateOrder : *m_insertOrder;
    s.bind(1, order.orderId);
    s.bind(2, placedAtText(order));
    s.bind(3, order.subtotalMinor);
    s.bind(4, order.currency);
    s.bind(5, Order::statusName(order.status));
    s.bind(6, order.couponCode);
    s.bind(7, order.affiliateCode);
    s.bind(8, order.landingUrl);
    s.bind(9, order.referrerUrl);
    s.bind(10, order.customerEmail);
    if (m_importId)
        s.bind(11, m_importId);
    else
        s.bindNull(11);
    s.bind(12, line);
    s.bind(13, m_now);
    if (existingId)
        s.bind(14, existingId);
    if (!s.exec())
        return Status::failure(tr("Cannot save order %1: %2").arg(order.orderId, s.error()));
    return Done{};
}

static void bindAttribution(SqliteStatement &s, const Order &order, const QString &placedAt, const Attribution &a,
                            const ProgramTerms *terms, const QString &nowText, const QString &customerKey,
                            const QString &status, const QString &hold, const QString &holdRule,
                            const QString &holdEvidence)
{
    const int holdDays = terms ? terms->holdDays : 0;
    s.bind(2, a.affiliateId);
    s.bind(3, a.programId);
    s.bind(4, AttributionEngine::ruleName(a.rule));
    s.bind(5, order.subtotalMinor);
    s.bind(6, static_cast<qint64>(a.rateBp));
    s.bind(7, a.commissionMinor);
    s.bind(8, order.currency);
    s.bind(9, status);
    s.bind(10, static_cast<qint64>(a.selfReferral ? 1 : 0));
    if (const auto approveAt = TransactionRules::approveAt(order.status, order.placedAt, holdDays))
        s.bind(11, Timestamp::format(*approveAt));
    else
        s.bindNull(11);
    s.bind(12, placedAt);
    s.bind(13, nowText);
    s.bind(14, a.campaign);
    s.bind(15, customerKey);
    s.bind(16, AttributionEngine::rateSourceName(a.rateSource));
    s.bind(17, hold);
    s.bind(18, holdRule);
    s.bind(19, holdEvidence);
}

Status LedgerWriter::insertTransaction(const Order &order, const Attribution &attribution, const Settled &settled)
{
    SqliteStatement &s = *m_insertTransaction;
    s.bind(1, order.orderId);
    bindAttribution(s, order, placedAtText(order), attribution, m_snapshot.program(attribution.programId), m_now,
                    AttributionEngine::customerKey(order.customerEmail), settled.status, settled.hold, settled.holdRule,
                    settled.holdEvidence);
    if (!s.exec())
        return Status::failure(tr("Cannot save the transaction of order %1: %2").arg(order.orderId, s.error()));
    return Done{};
}

Status LedgerWriter::updateTransaction(qint64 transactionId, const Order &order, const Attribution &attribution,
                                       const Settled &settled)
{
    SqliteStatement &s = *m_updateTransaction;
    s.bind(1, transactionId);
    bindAttribution(s, order, placedAtText(order), attribution, m_snapshot.program(attribution.programId), m_now,
                    AttributionEngine::customerKey(order.customerEmail), settled.status, settled.hold, settled.holdRule,
                    settled.holdEvidence);
    if (!s.exec())
        return Status::failure(tr("Cannot update the transaction of order %1: %2").arg(order.orderId, s.error()));
    return Done{};
}

Status LedgerWriter::writeReversal(const LiveTransaction &paid, const Order &order)
{
    SqliteStatement &s = *m_insertReversal;
    s.bind(1, order.orderId);
    s.bind(2, paid.affiliateId);
    s.bind(3, paid.programId);
    s.bind(4, paid.baseMinor);
    s.bind(5, -paid.commissionMinor);
    s.bind(6, paid.currency);
    s.bind(7, paid.id);
    s.bind(8, m_now);
    s.bind(9, placedAtText(order));
    if (!s.exec())
        return Status::failure(tr("Cannot save the reversal of order %1: %2").arg(order.orderId, s.error()));
    return Done{};
}

Result<LedgerWriter::Outcome> LedgerWriter::write(const Order &order, qint64 line)
{
    Outcome outcome;
    qint64 existingId = 0;
    {
        SqliteStatement &find = *m_findOrder;
        find.bind(1, order.orderId);
        if (find.step()) {
            existingId = find.columnInt(0);
            if (m_importId && find.columnInt(1) == m_importId) {
                outcome.effect = Effect::Duplicate;
                outcome.firstLine = find.columnInt(2);
            }
        }
        find.reset();
    }
    if (outcome.effect == Effect::Duplicate)
        return outcome;
    outcome.effect = existingId ? Effect::Updated : Effect::Created;
    if (auto status = upsertOrder(order, existingId, line); !status)
        return Result<Outcome>::failure(status.error());

    return settle(order, existingId != 0, outcome);
}

std::optional<LedgerWriter::LiveTransaction> LedgerWriter::findLive(const QString &orderId)
{
    std::optional<LiveTransaction> live;
    SqliteStatement &find = *m_findLive;
    find.bind(1, orderId);
    if (find.step()) {
        live = LiveTransaction{find.columnInt(0),  find.columnText(1), find.columnInt(2) != 0, find.columnInt(3),
                               find.columnInt(4),  find.columnInt(5),  find.columnText(6),     find.columnInt(7),
                               find.columnText(8), find.columnText(9), find.columnText(10),    find.columnText(11)};
    }
    find.reset();
    return live;
}

Result<LedgerWriter::Outcome> LedgerWriter::reattribute(const Order &order)
{
    Outcome outcome;
    outcome.effect = Effect::Updated;
    return settle(order, true, outcome);
}

Status LedgerWriter::supersede(const Order &order)
{
    const std::optional<LiveTransaction> live = findLive(order.orderId);
    if (!live)
        return Done{};
    SqliteStatement &s = *m_supersede;
    s.bind(1, live->id);
    s.bind(2, m_now);
    if (!s.exec())
        return Status::failure(tr("Cannot retire the transaction of order %1: %2").arg(order.orderId, s.error()));
    m_history->changed(historyRow(*live, order.orderId), std::nullopt);
    if (live->status == u"paid" || live->inBatch)
        return writeReversal(*live, order);
    return Done{};
}

std::optional<LedgerHistory::Row> LedgerWriter::historyRow(const LiveTransaction &live, const QString &orderId)
{
    return LedgerHistory::Row{live.affiliateId, live.programId, Timestamp::parse(live.placedAt).value_or(0), orderId,
                              live.status == u"cancelled"};
}

LedgerWriter::Settled LedgerWriter::decide(const Order &order, const Attribution &attribution,
                                           const std::optional<LiveTransaction> &live) const
{
    const ProgramTerms *terms = m_snapshot.program(attribution.programId);
    Settled settled;
    settled.status = TransactionRules::statusName(
        TransactionRules::statusFor(order.status, order.placedAt, terms ? terms->holdDays : 0, m_nowSeconds));
    // A manager's decision on a hold stands while the same partner is credited.
    if (live && live->affiliateId == attribution.affiliateId &&
        (live->hold == u"cleared" || live->hold == u"cancelled")) {
        settled.hold = live->hold;
        settled.holdRule = live->holdRule;
        settled.holdEvidence = live->holdEvidence;
        if (live->hold == u"cancelled")
            settled.status = QStringLiteral("cancelled");
        return settled;
    }
    if (attribution.hold) {
        settled.hold = QStringLiteral("held");
        settled.holdRule = attribution.hold->rule;
        settled.holdEvidence = ValueRules::fitted(attribution.hold->evidence, ValueRules::singleLine);
        if (settled.status == u"approved")
            settled.status = QStringLiteral("pending"); // held: never approved until a manager clears it
    }
    return settled;
}

void LedgerWriter::markCustomer(const QString &customerKey)
{
    if (m_customerRules && !customerKey.isEmpty())
        m_dirtyCustomers.insert(customerKey);
}

void LedgerWriter::noteCustomer(const Order &order)
{
    // The lifetime and shared-customer rules read the customer's earlier orders: one of his orders
    // written before a later one that is already in the books may change what that one earns.
    if (!m_customerRules || m_resettling)
        return;
    const QString key = AttributionEngine::customerKey(order.customerEmail);
    if (key.isEmpty() || m_dirtyCustomers.contains(key))
        return;
    SqliteStatement &later = *m_laterOfCustomer;
    later.bind(1, key);
    later.bind(2, placedAtText(order));
    later.bind(3, order.orderId);
    if (later.step())
        m_dirtyCustomers.insert(key);
    later.reset();
}

Status LedgerWriter::resettleCustomers()
{
    QStringList keys(m_dirtyCustomers.cbegin(), m_dirtyCustomers.cend());
    keys.sort();
    m_dirtyCustomers.clear();
    m_resettling = true;
    for (const QString &key : std::as_const(keys)) {
        QList<Order> orders;
        SqliteStatement &select = *m_ordersOfCustomer;
        select.bind(1, key);
        while (select.step()) {
            Order order;
            order.orderId = select.columnText(0);
            order.placedAt = Timestamp::parse(select.columnText(1)).value_or(0);
            order.subtotalMinor = select.columnInt(2);
            order.currency = select.columnText(3);
            order.status = Order::parseStatus(select.columnText(4)).value_or(OrderStatus::Pending);
            order.couponCode = select.columnText(5);
            order.affiliateCode = select.columnText(6);
            order.landingUrl = select.columnText(7);
            order.referrerUrl = select.columnText(8);
            order.customerEmail = select.columnText(9);
            orders.append(order);
        }
        select.reset();
        for (const Order &order : std::as_const(orders)) {
            if (auto settled = settle(order, true, Outcome{}); !settled) {
                m_resettling = false;
                return Status::failure(settled.error());
            }
        }
    }
    m_resettling = false;
    return Done{};
}

Result<LedgerWriter::Outcome> LedgerWriter::settle(const Order &order, bool existing, Outcome outcome)
{
    noteCustomer(order);
    const Attribution attribution = m_engine.attribute(order, AttributionEngine::Detail::WinnerOnly, m_history.get());
    outcome.rule = attribution.rule;
    // A new order has no transaction yet: skip the look-up on the import's hot path.
    const std::optional<LiveTransaction> live = existing ? findLive(order.orderId) : std::nullopt;
    const Settled settled = decide(order, attribution, live);
    const std::optional<LedgerHistory::Row> after =
        attribution.isAttributed()
            ? std::optional(LedgerHistory::Row{attribution.affiliateId, attribution.programId, order.placedAt,
                                               order.orderId, settled.status == u"cancelled"})
            : std::nullopt;

    if (!live) {
        if (!attribution.isAttributed())
            return outcome;
        outcome.newTransaction = true;
        if (auto status = insertTransaction(order, attribution, settled); !status)
            return Result<Outcome>::failure(status.error());
        m_history->changed(std::nullopt, after);
        return outcome;
    }

    // Paid commission, or commission in an exported payout batch, is never rewritten: a refund or
    // cancellation claws it back with a negative reversal instead.
    if (live->status == u"paid" || live->inBatch) {
        if (order.status == OrderStatus::Canceled || order.status == OrderStatus::Refunded) {
            outcome.reversal = true;
            if (auto status = writeReversal(*live, order); !status)
                return Result<Outcome>::failure(status.error());
        }
        return outcome;
    }
    if (!attribution.isAttributed()) {
        SqliteStatement &cancel = *m_cancelTransaction;
        cancel.bind(1, live->id);
        cancel.bind(2, m_now);
        if (!cancel.exec())
            return Result<Outcome>::failure(
                tr("Cannot cancel the transaction of order %1: %2").arg(order.orderId, cancel.error()));
        std::optional<LedgerHistory::Row> cancelled = historyRow(*live, order.orderId);
        cancelled->cancelled = true;
        m_history->changed(historyRow(*live, order.orderId), cancelled);
        return outcome;
    }
    if (auto status = updateTransaction(live->id, order, attribution, settled); !status)
        return Result<Outcome>::failure(status.error());
    m_history->changed(historyRow(*live, order.orderId), after);
    return outcome;
}

Result<int> LedgerWriter::finish()
{
    if (auto status = resettleCustomers(); !status)
        return Result<int>::failure(status.error());
    // Tiers count a partner's earlier orders in the month: an import out of time order, a
    // re-import that cancels an order or moves it to another partner, changes the count of the
    // orders after it. Walk each touched month in the tiers' order and set what the count gives.
    int changed = 0;
    for (const LedgerHistory::MonthKey &key : m_history->touchedMonths()) {
        const ProgramTerms *terms = m_snapshot.program(key.programId);
        if (!terms || terms->tiers.isEmpty())
            continue;
        struct MonthRow
        {
            qint64 id;
            QString kind;
            QString rateSource;
            bool cancelled;
            bool frozen;
            qint64 baseMinor;
            QString currency;
            qint64 rateBp;
            bool selfReferral;
            qint64 commissionMinor;
        };
        QList<MonthRow> rows;
        const auto [from, to] = LedgerHistory::monthRange(key.month);
        SqliteStatement &select = *m_monthRows;
        select.bind(1, key.affiliateId);
        select.bind(2, from);
        select.bind(3, to);
        select.bind(4, key.programId);
        while (select.step()) {
            const QString status = select.columnText(3);
            rows.append({select.columnInt(0), select.columnText(1), select.columnText(2), status == u"cancelled",
                         status == u"paid" || select.columnInt(4) != 0, select.columnInt(5), select.columnText(6),
                         select.columnInt(7), select.columnInt(8) != 0, select.columnInt(9)});
        }
        select.reset();
        int earlier = 0;
        for (const MonthRow &row : std::as_const(rows)) {
            // Only the tiers' and the program's rates depend on the count; paid commission stays.
            if (!row.frozen && (row.rateSource == u"program" || row.rateSource == u"tier")) {
                const bool coupon = row.kind == u"coupon";
                const Tier *tier = AttributionEngine::tierReached(terms->tiers, earlier);
                int rate = coupon ? terms->couponRateBp : terms->linkRateBp;
                QString source = QStringLiteral("program");
                if (tier && (!coupon || tier->couponRateBp)) {
                    rate = coupon ? *tier->couponRateBp : tier->linkRateBp;
                    source = QStringLiteral("tier");
                }
                const qint64 commission =
                    row.selfReferral
                        ? 0
                        : Money(row.baseMinor, row.currency).applyRate(Rate::fromBasisPoints(rate)).minor();
                if (rate != row.rateBp || source != row.rateSource || commission != row.commissionMinor) {
                    SqliteStatement &rerate = *m_rerate;
                    rerate.bind(1, row.id);
                    rerate.bind(2, qint64(rate));
                    rerate.bind(3, commission);
                    rerate.bind(4, source);
                    rerate.bind(5, m_now);
                    if (!rerate.exec())
                        return Result<int>::failure(
                            tr("Cannot set the tier rate of transaction %1: %2").arg(row.id).arg(rerate.error()));
                    ++changed;
                }
            }
            if (!row.cancelled)
                ++earlier;
        }
    }
    m_history->clearTouched();
    return changed;
}

} // namespace PartnerDesk
