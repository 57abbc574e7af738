#include "orderimporter.h"

#include "core/money.h"
#include "core/order.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "csvheader.h"
#include "csvreader.h"
#include "store/auditlog.h"
#include "store/bulkindexes.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "store/ledgerwriter.h"
#include "store/outboxranges.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <array>
#include <tuple>

namespace PartnerDesk {

// Where an import's time goes, for the benchmarks: QT_LOGGING_RULES="partnerdesk.import.info=true".
Q_LOGGING_CATEGORY(lcImport, "partnerdesk.import", QtWarningMsg)

namespace {

enum Column
{
    OrderId,
    PlacedAt,
    Subtotal,
    CurrencyCode,
    Status,
    Coupon,
    AffiliateCode,
    Landing,
    Referrer,
    Email,
    Count
};

constexpr std::array<const char16_t *, Count> columnNames = {
    u"order_id",    u"placed_at",      u"subtotal",    u"currency",     u"status",
    u"coupon_code", u"affiliate_code", u"landing_url", u"referrer_url", u"customer_email"};
constexpr std::array<bool, Count> required = {true, true, true, true, true, false, false, false, false, false};

// Turns one CSV record into an Order, or says which field is wrong and why. Every value is held to
// ValueRules, the rules the central database holds it to as well.
std::optional<Order> parseOrder(const QStringList &fields, const std::array<int, Count> &index, ImportIssue &issue)
{
    auto field = [&](Column c) -> QString {
        const int i = index[c];
        return i < 0 ? QString() : fields.at(i).trimmed();
    };
    auto fail = [&](Column c, const QString &reason) {
        issue.field = QString::fromUtf16(columnNames[c]);
        issue.reason = reason;
        return std::nullopt;
    };
    auto textProblem = [&](Column c, const QString &value, const TextRule &rule) {
        return ValueRules::checkText(QString::fromUtf16(columnNames[c]), value, rule);
    };
    Order order;
    order.orderId = field(OrderId);
    if (order.orderId.isEmpty())
        return fail(OrderId, OrderImporter::tr("order_id is empty"));
    if (const QString problem = textProblem(OrderId, order.orderId, ValueRules::orderId); !problem.isEmpty())
        return fail(OrderId, problem);
    const QString placed = field(PlacedAt);
    const std::optional<qint64> placedAt = Timestamp::parse(placed);
    if (!placedAt) {
        if (const QString problem = ValueRules::checkTimestampYear(QStringLiteral("placed_at"), placed);
            !problem.isEmpty())
            return fail(PlacedAt, problem);
        return fail(PlacedAt, OrderImporter::tr("\"%1\" is not an ISO 8601 date and time").arg(placed));
    }
    if (const QString problem = ValueRules::checkTimestamp(QStringLiteral("placed_at"), *placedAt); !problem.isEmpty())
        return fail(PlacedAt, problem);
    order.placedAt = *placedAt;
    order.currency = field(CurrencyCode).toUpper();
    const int digits = Currency::minorDigits(order.currency);
    if (digits < 0)
        return fail(CurrencyCode,
                    OrderImporter::tr("\"%1\" is not an ISO 4217 currency code").arg(field(CurrencyCode)));
    QString error;
    const std::optional<qint64> subtotal = Money::parseMinor(field(Subtotal), digits, &error);
    if (!subtotal)
        return fail(Subtotal, error);
    if (*subtotal < 0)
        return fail(Subtotal, OrderImporter::tr("the subtotal cannot be negative"));
    if (const QString problem = ValueRules::checkSubtotal(QStringLiteral("subtotal"), *subtotal, digits);
        !problem.isEmpty())
        return fail(Subtotal, problem);
    order.subtotalMinor = *subtotal;
    const std::optional<OrderStatus> status = Order::parseStatus(field(Status));
    if (!status)
        return fail(Status,
                    OrderImporter::tr("\"%1\" is not one of pending, complete, canceled, refunded").arg(field(Status)));
    order.status = *status;
    order.couponCode = field(Coupon);
    order.affiliateCode = field(AffiliateCode);
    order.landingUrl = field(Landing);
    order.referrerUrl = field(Referrer);
    order.customerEmail = field(Email);
    const std::array<std::tuple<Column, const QString *, TextRule>, 5> texts = {
        {{Coupon, &order.couponCode, ValueRules::optionalCode},
         {AffiliateCode, &order.affiliateCode, ValueRules::optionalCode},
         {Landing, &order.landingUrl, ValueRules::url},
         {Referrer, &order.referrerUrl, ValueRules::url},
         {Email, &order.customerEmail, ValueRules::email}}};
    for (const auto &[column, value, rule] : texts) {
        if (const QString problem = textProblem(column, *value, rule); !problem.isEmpty())
            return fail(column, problem);
    }
    return order;
}

} // namespace

int ImportSummary::exitCode() const
{
    if (!fatalError.isEmpty() || cancelled)
        return 1;
    if (rejected == 0)
        return 0;
    return imported > 0 ? 2 : 1;
}

OrderImporter::OrderImporter(Database &database)
    : m_database(database)
{}

ImportSummary OrderImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportSummary summary;
        summary.fatalError = tr("Cannot open %1: %2").arg(path, file.errorString());
        return summary;
    }
    return importDevice(file, path);
}

ImportSummary OrderImporter::importDevice(QIODevice &device, const QString &sourceName)
{
    ImportSummary summary;
    auto report = [&](qint64 line, const QString &field, const QString &reason) {
        ++summary.rejected;
        if (m_onIssue)
            m_onIssue({line, field, reason});
    };

    CsvReader reader(&device);
    const CsvHeader header(reader, sourceName, tr("orders"), columnNames, required);
    if (!header.isValid()) {
        summary.fatalError = header.error();
        return summary;
    }
    std::array<int, Count> index;
    for (int c = 0; c < Count; ++c)
        index[c] = header.indexOf(c);
    const qsizetype columnCount = header.fieldCount();
    QStringList fields;

    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        summary.fatalError = tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return summary;
    }
    const qint64 now = Timestamp::now();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO imports (source, started_at) VALUES (?, ?)"));
    query.addBindValue(QFileInfo(sourceName).fileName());
    query.addBindValue(Timestamp::format(now));
    if (!query.exec()) {
        summary.fatalError = tr("Cannot record the import: %1").arg(query.lastError().text());
        return summary;
    }
    const qint64 importId = query.lastInsertId().toLongLong();

    // A big file (the first load of a store's history, a full re-export) loads without the indexes
    // that only serve reading, and builds them again before the commit.
    const AttributionSnapshot snapshot = LedgerStore(m_database).loadSnapshot();
    BulkIndexes bulk(db, {QStringLiteral("orders"), QStringLiteral("transactions")},
                     LedgerWriter::indexesNeeded(snapshot));
    bool bulkLoad = false;
    if (!device.isSequential() && query.exec(QStringLiteral("SELECT count(*) FROM orders")) && query.next()) {
        static constexpr qint64 bytesPerRow = 110; // a typical store export with URLs
        bulkLoad = BulkIndexes::worthIt(device.size() / bytesPerRow, query.value(0).toLongLong());
    }
    summary.bulkLoad = bulkLoad;
    query.finish(); // an open SELECT locks the schema against DROP INDEX
    if (bulkLoad) {
        if (const PartnerDesk::Status dropped = bulk.drop(); !dropped) {
            summary.fatalError = dropped.error();
            return summary;
        }
    }
    LedgerWriter writer(m_database, snapshot, importId, now);
    if (!writer.prepareError().isEmpty()) {
        summary.fatalError = writer.prepareError();
        return summary;
    }
    // The new rows are queued for sync as two ranges when the import ends, not one by one.
    OutboxRanges ranges(db);
    if (const PartnerDesk::Status begun = ranges.begin(); !begun) {
        summary.fatalError = begun.error();
        return summary;
    }

    const qint64 total = device.size();
    QElapsedTimer phase;
    phase.start();
    auto phaseDone = [&phase](const char *what) {
        qCInfo(lcImport, "%s: %lld ms", what, static_cast<long long>(phase.restart()));
    };
    for (;;) {
        const CsvReader::Outcome outcome = reader.next(fields);
        if (outcome == CsvReader::Outcome::End)
            break;
        if (outcome == CsvReader::Outcome::Unreadable) {
            // Past a limit, or not text: the rest of the file cannot be read, so none of it is
            // imported (the transaction rolls back), and the rows already reported stay counted.
            summary.fatalError = CsvHeader::unreadableError(reader, sourceName);
            summary.imported = summary.created = summary.updated = 0;
            return summary;
        }
        ++summary.rows;
        if (m_onProgress && (summary.rows & 0x3FF) == 0 && !m_onProgress(reader.bytesRead(), total)) {
            summary.cancelled = true;
            summary.imported = summary.created = summary.updated = 0;
            return summary; // the transaction rolls back: nothing is half-written
        }
        if (outcome == CsvReader::Outcome::Malformed) {
            report(reader.line(), {}, reader.error());
            continue;
        }
        if (fields.size() != columnCount) {
            report(reader.line(), {},
                   tr("the row has %1 fields; the header has %2").arg(fields.size()).arg(columnCount));
            continue;
        }
        ImportIssue issue;
        const std::optional<Order> order = parseOrder(fields, index, issue);
        if (!order) {
            report(reader.line(), issue.field, issue.reason);
            continue;
        }
        const auto written = writer.write(*order, reader.line());
        if (!written) {
            summary.fatalError = tr("%1:%2: %3").arg(sourceName).arg(reader.line()).arg(written.error());
            summary.imported = summary.created = summary.updated = 0;
            return summary;
        }
        switch (written->effect) {
        case LedgerWriter::Effect::Duplicate:
            report(reader.line(), QStringLiteral("order_id"),
                   tr("order %1 appears twice in this file (first on line %2)")
                       .arg(order->orderId)
                       .arg(written->firstLine));
            continue;
        case LedgerWriter::Effect::Created:
            ++summary.created;
            break;
        case LedgerWriter::Effect::Updated:
            ++summary.updated;
            break;
        }
        ++summary.imported;
        (written->rule == AttributionRule::Unattributed ? summary.unattributed : summary.attributed)++;
        summary.reversals += written->reversal ? 1 : 0;
        summary.newTransactions += written->newTransaction ? 1 : 0;
    }

    if (summary.rows == 0) {
        summary.fatalError = header.noRowsError();
        return summary;
    }
    phaseDone("rows");
    if (const Result<int> recounted = writer.finish(); !recounted) {
        summary.fatalError = recounted.error();
        summary.imported = summary.created = summary.updated = 0;
        return summary;
    }

    phaseDone("finish (customers settled again, tiers recounted)");
    if (bulkLoad && summary.imported > 0) {
        bool stopped = false;
        const PartnerDesk::Status rebuilt = bulk.rebuild([&](int, int) {
            stopped = m_onProgress && !m_onProgress(total, total);
            return !stopped;
        });
        if (!rebuilt) {
            summary.cancelled = stopped;
            if (!stopped)
                summary.fatalError = rebuilt.error();
            summary.imported = summary.created = summary.updated = 0;
            return summary; // the transaction rolls back, the indexes with it
        }
    }

    if (bulkLoad)
        phaseDone("indexes built again");
    if (const PartnerDesk::Status queued = ranges.finish(); !queued) {
        summary.fatalError = queued.error();
        summary.imported = summary.created = summary.updated = 0;
        return summary;
    }
    query.prepare(QStringLiteral("UPDATE imports SET finished_at = ?, imported = ?, rejected = ? WHERE id = ?"));
    query.addBindValue(Timestamp::format(Timestamp::now()));
    query.addBindValue(summary.imported);
    query.addBindValue(summary.rejected);
    query.addBindValue(importId);
    if (!query.exec()) {
        summary.fatalError = tr("Cannot record the import: %1").arg(query.lastError().text());
        summary.imported = 0;
        return summary;
    }
    if (summary.imported == 0) {
        // Nothing to keep: roll back so that a failed import leaves no trace but its messages.
        return summary;
    }
    if (auto status = AuditLog(db).append(QStringLiteral("orders.import"), QStringLiteral("import"),
                                          QString::number(importId), {},
                                          {{QStringLiteral("source"), QFileInfo(sourceName).fileName()},
                                           {QStringLiteral("imported"), summary.imported},
                                           {QStringLiteral("rejected"), summary.rejected}});
        !status) {
        summary.fatalError = status.error();
        summary.imported = 0;
        return summary;
    }
    if (auto status = transaction.commit(); !status) {
        summary.fatalError = status.error();
        summary.imported = summary.created = summary.updated = 0;
        return summary;
    }
    phaseDone("commit");
    if (m_onProgress)
        m_onProgress(total, total);
    return summary;
}

} // namespace PartnerDesk
