#include "visitimporter.h"

#include "core/hostname.h"
#include "core/order.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "csvheader.h"
#include "csvreader.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "store/ledgerwriter.h"
#include "store/sqlitestatement.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <array>
#include <sqlite3.h>

namespace PartnerDesk {

namespace {

enum Column
{
    VisitedAt,
    Landing,
    Referrer,
    AffiliateCode,
    Count
};

constexpr std::array<const char16_t *, Count> columnNames = {u"visited_at", u"landing_url", u"referrer_url",
                                                             u"affiliate_code"};
constexpr std::array<bool, Count> required = {true, true, false, false};

// INSERT OR IGNORE: the unique index visits_identity turns a click seen before into no change.
constexpr const char *insertVisitSql =
    "INSERT OR IGNORE INTO visits (visited_at, landing_url, referrer_url, affiliate_code, affiliate_id, "
    "program_id, rule, import_id, import_line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

struct Visit
{
    qint64 visitedAt = 0;
    QString landingUrl;
    QString referrerUrl;
    QString affiliateCode;
};

// Turns one CSV record into a visit, or says which field is wrong and why.
std::optional<Visit> parseVisit(const QStringList &fields, const std::array<int, Count> &index, ImportIssue &issue)
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
    Visit visit;
    const QString visited = field(VisitedAt);
    if (visited.isEmpty())
        return fail(VisitedAt, VisitImporter::tr("visited_at is empty"));
    const std::optional<qint64> visitedAt = Timestamp::parse(visited);
    if (!visitedAt) {
        if (const QString problem = ValueRules::checkTimestampYear(QStringLiteral("visited_at"), visited);
            !problem.isEmpty())
            return fail(VisitedAt, problem);
        return fail(VisitedAt, VisitImporter::tr("\"%1\" is not an ISO 8601 date and time").arg(visited));
    }
    if (const QString problem = ValueRules::checkTimestamp(QStringLiteral("visited_at"), *visitedAt);
        !problem.isEmpty())
        return fail(VisitedAt, problem);
    visit.visitedAt = *visitedAt;
    // ValueRules first: a URL with a control character or of 100 kB is refused for what it is.
    auto textProblem = [&](Column c, const QString &value, const TextRule &rule) {
        return ValueRules::checkText(QString::fromUtf16(columnNames[c]), value, rule);
    };
    visit.landingUrl = field(Landing);
    if (visit.landingUrl.isEmpty())
        return fail(Landing, VisitImporter::tr("landing_url is empty"));
    if (const QString problem = textProblem(Landing, visit.landingUrl, ValueRules::url); !problem.isEmpty())
        return fail(Landing, problem);
    if (HostName::ofUrl(visit.landingUrl).isEmpty())
        return fail(Landing, VisitImporter::tr("\"%1\" is not an http or https URL").arg(visit.landingUrl));
    visit.referrerUrl = field(Referrer);
    if (const QString problem = textProblem(Referrer, visit.referrerUrl, ValueRules::url); !problem.isEmpty())
        return fail(Referrer, problem);
    if (!visit.referrerUrl.isEmpty()) {
        const QUrl referrer(visit.referrerUrl, QUrl::StrictMode);
        if (!referrer.isValid() || referrer.scheme().isEmpty() || referrer.host().isEmpty())
            return fail(Referrer, VisitImporter::tr("\"%1\" is not a URL with a host").arg(visit.referrerUrl));
    }
    visit.affiliateCode = field(AffiliateCode);
    if (const QString problem = textProblem(AffiliateCode, visit.affiliateCode, ValueRules::optionalCode);
        !problem.isEmpty())
        return fail(AffiliateCode, problem);
    return visit;
}

} // namespace

int VisitImportSummary::exitCode() const
{
    if (!fatalError.isEmpty() || cancelled)
        return 1;
    if (rejected == 0)
        return 0;
    return imported + duplicates > 0 ? 2 : 1;
}

VisitImporter::VisitImporter(Database &database)
    : m_database(database)
{}

Attribution VisitImporter::attribute(const AttributionEngine &engine, const QString &landingUrl,
                                     const QString &referrerUrl, const QString &affiliateCode)
{
    // The orders' engine on an order that is only a visit: no order id (so no manual assignment),
    // no coupon, nothing sold. Whatever wins among link, rewrite and direct credits the visit.
    Order order;
    order.currency = QStringLiteral("EUR");
    order.landingUrl = landingUrl;
    order.referrerUrl = referrerUrl;
    order.affiliateCode = affiliateCode;
    Attribution attribution = engine.attribute(order, AttributionEngine::Detail::WinnerOnly);
    switch (attribution.rule) {
    case AttributionRule::Link:
    case AttributionRule::Rewrite:
    case AttributionRule::Direct:
        attribution.commissionMinor = 0;
        attribution.selfReferral = false;
        return attribution;
    case AttributionRule::Manual:
    case AttributionRule::Coupon:
    case AttributionRule::Lifetime: // a visit has no customer: never reached without a history
    case AttributionRule::Unattributed:
        break;
    }
    return {};
}

VisitImportSummary VisitImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        VisitImportSummary summary;
        summary.fatalError = tr("Cannot open %1: %2").arg(path, file.errorString());
        return summary;
    }
    return importDevice(file, path);
}

VisitImportSummary VisitImporter::importDevice(QIODevice &device, const QString &sourceName)
{
    VisitImportSummary summary;
    auto report = [&](qint64 line, const QString &field, const QString &reason) {
        ++summary.rejected;
        if (m_onIssue)
            m_onIssue({line, field, reason});
    };
    // Whatever was counted is rolled back with the transaction.
    auto discard = [&] {
        summary.imported = summary.duplicates = summary.link = summary.rewrite = summary.direct = summary.unattributed =
            0;
    };
    auto fatal = [&](const QString &error) {
        summary.fatalError = error;
        discard();
        return summary;
    };

    CsvReader reader(&device);
    const CsvHeader header(reader, sourceName, tr("visits"), columnNames, required);
    if (!header.isValid())
        return fatal(header.error());
    std::array<int, Count> index;
    for (int c = 0; c < Count; ++c)
        index[c] = header.indexOf(c);
    const qsizetype columnCount = header.fieldCount();
    QStringList fields;

    QSqlDatabase &db = m_database.connection();
    sqlite3 *handle = LedgerWriter::nativeHandle(m_database);
    if (!handle)
        return fatal(tr("The database is not an SQLite database."));
    Transaction transaction(db);
    if (!transaction.isActive())
        return fatal(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO imports (source, started_at) VALUES (?, ?)"));
    query.addBindValue(QFileInfo(sourceName).fileName());
    query.addBindValue(Timestamp::format(Timestamp::now()));
    if (!query.exec())
        return fatal(tr("Cannot record the import: %1").arg(query.lastError().text()));
    const qint64 importId = query.lastInsertId().toLongLong();
    const AttributionSnapshot snapshot = LedgerStore(m_database).loadSnapshot();
    const AttributionEngine engine(snapshot);
    SqliteStatement insert(handle, insertVisitSql);
    if (!insert.isValid())
        return fatal(tr("Cannot prepare the visits statement: %1").arg(insert.error()));

    const qint64 total = device.size();
    for (;;) {
        const CsvReader::Outcome outcome = reader.next(fields);
        if (outcome == CsvReader::Outcome::End)
            break;
        if (outcome == CsvReader::Outcome::Unreadable)
            return fatal(CsvHeader::unreadableError(reader, sourceName)); // nothing of the file is kept
        ++summary.rows;
        if (m_onProgress && (summary.rows & 0x3FF) == 0 && !m_onProgress(reader.bytesRead(), total)) {
            discard();
            summary.cancelled = true;
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
        const std::optional<Visit> visit = parseVisit(fields, index, issue);
        if (!visit) {
            report(reader.line(), issue.field, issue.reason);
            continue;
        }
        const Attribution attribution = attribute(engine, visit->landingUrl, visit->referrerUrl, visit->affiliateCode);
        insert.bind(1, Timestamp::format(visit->visitedAt));
        insert.bind(2, visit->landingUrl);
        insert.bind(3, visit->referrerUrl);
        insert.bind(4, visit->affiliateCode);
        if (attribution.isAttributed()) {
            insert.bind(5, attribution.affiliateId);
            insert.bind(6, attribution.programId);
        } else {
            insert.bindNull(5);
            insert.bindNull(6);
        }
        insert.bind(7, AttributionEngine::ruleName(attribution.rule));
        insert.bind(8, importId);
        insert.bind(9, reader.line());
        if (!insert.exec())
            return fatal(tr("%1:%2: cannot save the visit: %3").arg(sourceName).arg(reader.line()).arg(insert.error()));
        if (sqlite3_changes(handle) == 0) {
            ++summary.duplicates;
            continue;
        }
        ++summary.imported;
        switch (attribution.rule) {
        case AttributionRule::Link:
            ++summary.link;
            break;
        case AttributionRule::Rewrite:
            ++summary.rewrite;
            break;
        case AttributionRule::Direct:
            ++summary.direct;
            break;
        default:
            ++summary.unattributed;
            break;
        }
    }

    if (summary.rows == 0)
        return fatal(header.noRowsError());
    if (summary.imported == 0) {
        // Nothing new: roll back so that the run leaves no trace but its messages.
        return summary;
    }
    query.prepare(QStringLiteral("UPDATE imports SET finished_at = ?, imported = ?, rejected = ? WHERE id = ?"));
    query.addBindValue(Timestamp::format(Timestamp::now()));
    query.addBindValue(summary.imported);
    query.addBindValue(summary.rejected);
    query.addBindValue(importId);
    if (!query.exec())
        return fatal(tr("Cannot record the import: %1").arg(query.lastError().text()));
    if (auto status = AuditLog(db).append(QStringLiteral("visits.import"), QStringLiteral("import"),
                                          QString::number(importId), {},
                                          {{QStringLiteral("source"), QFileInfo(sourceName).fileName()},
                                           {QStringLiteral("imported"), summary.imported},
                                           {QStringLiteral("duplicates"), summary.duplicates},
                                           {QStringLiteral("rejected"), summary.rejected}});
        !status)
        return fatal(status.error());
    if (auto status = transaction.commit(); !status)
        return fatal(status.error());
    if (m_onProgress)
        m_onProgress(total, total);
    return summary;
}

} // namespace PartnerDesk
