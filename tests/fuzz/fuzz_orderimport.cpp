// The orders and the visits importers over arbitrary files (header + rows), into a real SQLite
// database made by the project's migrations, with a program, a partner, a coupon and a rewrite to
// attribute to. The first byte picks the importer (even: orders, odd: visits), the rest is the file.
// Invariants: no fatal error for a database that works (a bad file is rejected row by row or
// refused whole with a reason); every data row is imported or rejected (visits: or a duplicate);
// every rejection has a line inside the file; what was written is exactly what was counted, every
// amount within 0..ValueRules::maxSubtotalMinor, every timestamp within 1970..9999, every
// import_line inside the file; a refused file writes nothing.
// Each input starts from the same database (the migrated one, restored with sqlite3_deserialize),
// so a crash reproduces from its input alone.

#include "core/valuerules.h"
#include "fuzzsupport.h"
#include "import/orderimporter.h"
#include "import/visitimporter.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/ledgerwriter.h"
#include "store/programstore.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace PartnerDesk;
using FuzzSupport::text;
using namespace Qt::StringLiterals;

namespace {

Database *database = nullptr;
QByteArray snapshot; // the database before any import

qint64 scalar(const QString &sql)
{
    QSqlQuery query(database->connection());
    FUZZ_CHECK(query.exec(sql) && query.next(), "%s: %s", text(sql).constData(),
               text(query.lastError().text()).constData());
    return query.value(0).toLongLong();
}

void restore()
{
    sqlite3 *handle = LedgerWriter::nativeHandle(*database);
    const auto size = sqlite3_int64(snapshot.size());
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(size)));
    memcpy(copy, snapshot.constData(), size_t(size));
    const int rc = sqlite3_deserialize(handle, "main", copy, size, size,
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    FUZZ_CHECK(rc == SQLITE_OK, "sqlite3_deserialize: %d", rc);
}

void setUp()
{
    database = new Database;
    const Status opened = database->open(u":memory:"_s);
    FUZZ_CHECK(opened, "%s", text(opened.error()).constData());
    ProgramStore programs(*database);
    AffiliateStore affiliates(*database);
    Program program;
    program.name = u"Koongo Partner"_s;
    program.storeHosts = {u"koongo.com"_s};
    const Result<qint64> programId = programs.add(program);
    FUZZ_CHECK(programId, "%s", text(programId.error()).constData());
    const Result<Affiliate> jane = affiliates.add(u"Jane Doe"_s, u"jane@example.com"_s, u"JANE"_s);
    FUZZ_CHECK(jane, "%s", text(jane.error()).constData());
    FUZZ_CHECK(programs.join(jane->id, *programId), "join");
    const Result<qint64> rewrite =
        affiliates.addRewrite(jane->id, u"koongo.com"_s, u"/jane"_s, u"https://koongo.com/?acc=JANE"_s);
    FUZZ_CHECK(rewrite, "%s", text(rewrite.error()).constData());

    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(LedgerWriter::nativeHandle(*database), "main", &size, 0);
    FUZZ_CHECK(bytes, "sqlite3_serialize failed");
    snapshot = QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size));
    sqlite3_free(bytes);
}

void checkIssues(const QList<ImportIssue> &issues, qint64 maxLine)
{
    for (const ImportIssue &issue : issues) {
        FUZZ_CHECK(issue.line >= 1 && issue.line <= maxLine, "a rejection at line %lld of %lld: %s", issue.line,
                   maxLine, text(issue.reason).constData());
        FUZZ_CHECK(!issue.reason.isEmpty(), "a rejection at line %lld without a reason", issue.line);
    }
}

void checkOrders(QBuffer &file, qint64 maxLine)
{
    QList<ImportIssue> issues;
    OrderImporter importer(*database);
    importer.setIssueHandler([&](const ImportIssue &issue) { issues.append(issue); });
    const ImportSummary summary = importer.importDevice(file, u"orders.csv"_s);
    checkIssues(issues, maxLine);
    const qint64 written = scalar(u"SELECT count(*) FROM orders"_s);
    if (!summary.fatalError.isEmpty()) {
        FUZZ_CHECK(written == 0 && summary.imported == 0, "a refused file wrote %lld orders: %s", written,
                   text(summary.fatalError).constData());
        FUZZ_CHECK(summary.exitCode() == 1, "a refused file exits %d", summary.exitCode());
        return;
    }
    FUZZ_CHECK(summary.rows == summary.imported + summary.rejected, "%lld rows, %lld imported, %lld rejected",
               summary.rows, summary.imported, summary.rejected);
    FUZZ_CHECK(qint64(issues.size()) == summary.rejected, "%lld issues for %lld rejected", qint64(issues.size()),
               summary.rejected);
    FUZZ_CHECK(summary.updated == 0 && written == (summary.imported > 0 ? summary.created : 0),
               "%lld orders written, %lld created, %lld updated", written, summary.created, summary.updated);
    FUZZ_CHECK(summary.exitCode() != 0 || summary.rejected == 0, "rejections and exit 0");
    // No silent no-ops: a file that imported nothing never exits 0.
    FUZZ_CHECK(summary.imported > 0 || summary.exitCode() != 0, "nothing imported from %lld rows and exit 0",
               summary.rows);
    const qint64 bad = scalar(u"SELECT count(*) FROM orders WHERE typeof(subtotal_minor) <> 'integer' "
                              "OR subtotal_minor < 0 OR subtotal_minor > %1 "
                              "OR placed_at < '1970-01-01T00:00:00Z' OR placed_at > '9999-12-31T23:59:59Z' "
                              "OR import_line < 2 OR import_line > %2"_s.arg(ValueRules::maxSubtotalMinor)
                                  .arg(maxLine));
    FUZZ_CHECK(bad == 0, "%lld orders outside the value rules or the file", bad);
    // What every report sums: it fits, whatever the file held.
    const qint64 transactionsBad =
        scalar(u"SELECT count(*) FROM transactions WHERE abs(commission_minor) > %1 OR abs(base_minor) > %1"_s.arg(
            ValueRules::maxAmountMinor));
    FUZZ_CHECK(transactionsBad == 0, "%lld transactions beyond the ceiling", transactionsBad);
}

void checkVisits(QBuffer &file, qint64 maxLine)
{
    QList<ImportIssue> issues;
    VisitImporter importer(*database);
    importer.setIssueHandler([&](const ImportIssue &issue) { issues.append(issue); });
    const VisitImportSummary summary = importer.importDevice(file, u"visits.csv"_s);
    checkIssues(issues, maxLine);
    const qint64 written = scalar(u"SELECT count(*) FROM visits"_s);
    if (!summary.fatalError.isEmpty()) {
        FUZZ_CHECK(written == 0 && summary.imported == 0, "a refused file wrote %lld visits: %s", written,
                   text(summary.fatalError).constData());
        return;
    }
    FUZZ_CHECK(summary.rows == summary.imported + summary.duplicates + summary.rejected,
               "%lld rows, %lld imported, %lld duplicates, %lld rejected", summary.rows, summary.imported,
               summary.duplicates, summary.rejected);
    FUZZ_CHECK(written == summary.imported, "%lld visits written, %lld counted", written, summary.imported);
    FUZZ_CHECK(summary.attributed() + summary.unattributed == summary.imported, "%lld + %lld attributed of %lld",
               summary.attributed(), summary.unattributed, summary.imported);
    const qint64 bad =
        scalar(u"SELECT count(*) FROM visits WHERE visited_at < '1970-01-01T00:00:00Z' "
               "OR visited_at > '9999-12-31T23:59:59Z' OR import_line < 2 OR import_line > %1"_s.arg(maxLine));
    FUZZ_CHECK(bad == 0, "%lld visits outside the value rules or the file", bad);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    restore();
    const QByteArray content(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qint64 maxLine = std::max(content.count('\n'), content.count('\r')) + 1;
    QBuffer file;
    file.setData(content);
    file.open(QIODevice::ReadOnly);
    if (data[0] % 2 == 0)
        checkOrders(file, maxLine);
    else
        checkVisits(file, maxLine);
    return 0;
}
