// Sync benchmark (prints figures, never fails on time; not a CTest): on a PostgreSQL of its own
// (PgTestKit), push N new transactions from a desktop vs `psql \copy` of the same rows into the
// same table of a second central database, pull them to a second desktop against the pull's two
// copies (COPY of its SELECT out of PostgreSQL + one local INSERT ... SELECT of the same rows into
// the same desktop schema), and a sync with nothing to do. Usage: sync_bench [ROWS [BATCH [sequential] [unnest]]]
// (default 100000 rows, the engine's batch size; 0 for the default batch; `sequential`: no overlap of local and central
// work; `unnest`: new rows through INSERT ... FROM unnest instead of COPY + INSERT ... SELECT).

#include "pgtestkit.h"
#include "store/database.h"
#include "sync/centralconnection.h"
#include "sync/centralschema.h"
#include "sync/centralsession.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"
#include "sync/syncschema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

namespace {

const QString password = u"mgr-pw"_s;

QString setUpCentral(PgTestKit::Server &server, const QString &name)
{
    if (!server.createDatabase(name))
        return {};
    CentralConnection admin;
    if (!admin.open(server.url(u"postgres"_s, name), QString::fromLatin1(PgTestKit::Server::superPassword)))
        return {};
    CentralSchema schema(admin);
    if (!schema.setup() || !schema.grantManager(u"mgr"_s, password))
        return {};
    return server.url(u"mgr"_s, name);
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

void print(const char *what, qint64 ms, qint64 rows)
{
    std::printf("%-58s %8lld ms  (%lld rows/s)\n", what, static_cast<long long>(ms),
                static_cast<long long>(ms > 0 ? rows * 1000 / ms : 0));
}

// utime + stime of a process from /proc/PID/stat (-1 when unreadable).
qint64 processCpuMs(const QString &statPath)
{
    QFile file(statPath);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after the command (which may hold spaces): state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const long ticks = sysconf(_SC_CLK_TCK);
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / ticks;
}

// A field of /proc/self/status in kB ("VmRSS:", "VmHWM:"), -1 when unreadable.
qint64 memoryKb(const char *field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the peak resident set (VmHWM) to the current one (Linux >= 4.0).
bool resetPeakMemory()
{
    QFile file(u"/proc/self/clear_refs"_s);
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("SYNC_BENCH_KEEP")) { // the desktops stay, for a look by hand
        dir.setAutoRemove(false);
        std::printf("files in %s\n", qPrintable(dir.path()));
    }
    PgTestKit::Server server;
    if (!server.start()) {
        std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(server.error()));
        return 1;
    }
    const QString url = setUpCentral(server, u"bench"_s);
    const QString copyUrl = setUpCentral(server, u"benchcopy"_s);
    if (url.isEmpty() || copyUrl.isEmpty())
        return 1;

    Database a;
    if (!a.open(dir.filePath(u"a.sqlite"_s)))
        return 1;
    exec(a, u"INSERT INTO programs (name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, threshold_minor, "
            "created_at) VALUES ('Bench', 'EUR', 2000, 1000, 1000, 5000, '2026-01-01T00:00:00Z')"_s);
    exec(a, u"INSERT INTO affiliates (code, name, email, created_at) VALUES ('BENCH', 'Bench', 'b@example.net', "
            "'2026-01-01T00:00:00Z')"_s);
    SyncEngine engineA(a, url, password);
    if (argc > 2 && QByteArray(argv[2]).toInt() > 0)
        engineA.setBatchSize(QByteArray(argv[2]).toInt());
    for (int i = 3; i < argc; ++i) {
        if (QByteArray(argv[i]) == "sequential")
            engineA.setOverlap(false);
        else if (QByteArray(argv[i]) == "unnest")
            engineA.setBulkInsert(SyncEngine::BulkInsert::Unnest);
    }
    if (const auto first = engineA.sync(); !first) {
        std::fprintf(stderr, "sync: %s\n", qPrintable(first.error()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    exec(a, u"BEGIN"_s);
    exec(a,
         u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
         "INSERT INTO transactions (order_id, affiliate_id, program_id, kind, base_minor, rate_bp, commission_minor, "
         "currency, status, approve_at, placed_at, created_at, updated_at) SELECT 'B-' || i, 1, 1, 'link', "
         "10000 + i, 2000, 2000 + i / 5, 'EUR', 'pending', '2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z', "
         "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n"_s.arg(rows));
    exec(a, u"COMMIT"_s);
    std::printf("PartnerDesk sync benchmark, %lld new transactions\n", static_cast<long long>(rows));
    print("local: insert the transactions (outbox triggers)", timer.elapsed(), rows);

    // CPU time, which the other users of a shared machine do not change: this process's (the
    // local side) and the push connection's server process's (the central side).
    const auto backend = engineA.session().exec(u"SELECT pg_backend_pid()"_s);
    const QString backendStat = u"/proc/%1/stat"_s.arg(backend ? backend->text(0, 0) : u"0"_s);
    const qint64 serverCpuBefore = processCpuMs(backendStat);
    const qint64 clientCpuBefore = processCpuMs(u"/proc/self/stat"_s);
    SyncReport report;
    timer.restart();
    const auto pushed = engineA.push(report);
    const qint64 pushMs = timer.elapsed();
    const qint64 serverCpu = processCpuMs(backendStat) - serverCpuBefore;
    const qint64 clientCpu = processCpuMs(u"/proc/self/stat"_s) - clientCpuBefore;
    if (!pushed) {
        std::fprintf(stderr, "push: %s\n", qPrintable(pushed.error()));
        return 1;
    }
    print("push, as the manager", pushMs, *pushed);
    const SyncEngine::PushTimings &phases = engineA.pushTimings();
    std::printf("  %d batches (%d read while the previous one was central): Outbox::nextBatch %lld ms, "
                "rows + foreign keys %lld ms,\n  central %lld ms (of which local work overlapped %lld ms), "
                "local commit %lld ms\n",
                phases.batches, phases.prefetched, static_cast<long long>(phases.nextBatch),
                static_cast<long long>(phases.read), static_cast<long long>(phases.central + phases.overlapped),
                static_cast<long long>(phases.overlapped), static_cast<long long>(phases.localCommit));
    std::printf("  CPU: desktop %lld ms, its central server process %lld ms\n", static_cast<long long>(clientCpu),
                static_cast<long long>(serverCpu));
    if (phases.copyIntoTemp > 0)
        std::printf("  of central: CREATE TEMP TABLE + COPY into it %lld ms\n",
                    static_cast<long long>(phases.copyIntoTemp));

    // The same rows through psql's \copy into the same table of a second central database.
    const SyncTable *table = SyncSchema::table(u"transactions"_s);
    const QString columns = u"id, "_s + table->columnNames().join(u", "_s);
    const QString file = dir.filePath(u"transactions.copy"_s);
    const QString parents = dir.filePath(u"parents.sql"_s);
    QString error;
    const QString managerPassword = password;
    if (!server.psql(u"\\copy (SELECT %1 FROM partnerdesk.transactions) TO '%2'"_s.arg(columns, file), u"mgr"_s,
                     managerPassword, u"bench"_s, nullptr, &error) ||
        !server.psql(u"\\copy (SELECT id, name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, "
                     "threshold_minor, created_at FROM partnerdesk.programs) TO '%1.p'"_s.arg(parents),
                     u"mgr"_s, managerPassword, u"bench"_s, nullptr, &error) ||
        !server.psql(
            u"\\copy (SELECT id, code, name, email, created_at FROM partnerdesk.affiliates) TO '%1.a'"_s.arg(parents),
            u"mgr"_s, managerPassword, u"bench"_s, nullptr, &error) ||
        !server.psql(u"\\copy partnerdesk.programs (id, name, currency, link_rate_bp, coupon_rate_bp, "
                     "coupon_discount_bp, threshold_minor, created_at) FROM '%1.p'"_s.arg(parents),
                     u"postgres"_s, QString::fromLatin1(PgTestKit::Server::superPassword), u"benchcopy"_s, nullptr,
                     &error) ||
        !server.psql(u"\\copy partnerdesk.affiliates (id, code, name, email, created_at) FROM '%1.a'"_s.arg(parents),
                     u"postgres"_s, QString::fromLatin1(PgTestKit::Server::superPassword), u"benchcopy"_s, nullptr,
                     &error)) {
        std::fprintf(stderr, "psql: %s\n", qPrintable(error));
        return 1;
    }
    timer.restart();
    if (!server.psql(u"\\copy partnerdesk.transactions (%1) FROM '%2'"_s.arg(columns, file), u"postgres"_s,
                     QString::fromLatin1(PgTestKit::Server::superPassword), u"benchcopy"_s, nullptr, &error)) {
        std::fprintf(stderr, "psql: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 copyMs = timer.elapsed();
    print("psql \\copy of the same rows into the same table (superuser)", copyMs, rows);
    std::printf("%-58s %8.2f x  (goal 1.6 x)\n", "push / \\copy", copyMs > 0 ? double(pushMs) / double(copyMs) : 0.0);

    // A second desktop pulls everything. Timed by the clock and by CPU time: this process's (the
    // desktop) and the pull connection's server process's; memory as the growth of the peak
    // resident set over what the process held before (the peak is reset first).
    Database b;
    if (!b.open(dir.filePath(u"b.sqlite"_s)))
        return 1;
    SyncEngine engineB(b, url, password);
    if (const int page = qEnvironmentVariableIntValue("SYNC_BENCH_PAGE"); page > 0)
        engineB.setPageSize(page); // rows a pull applies at a time (5,000)
    if (!engineB.session().connect())
        return 1;
    const auto pullBackend = engineB.session().exec(u"SELECT pg_backend_pid()"_s);
    const QString pullBackendStat = u"/proc/%1/stat"_s.arg(pullBackend ? pullBackend->text(0, 0) : u"0"_s);
    // SYNC_BENCH_PERF=FILE: `perf record` of this process during the pull only.
    QProcess perf;
    if (const QString perfFile = qEnvironmentVariable("SYNC_BENCH_PERF"); !perfFile.isEmpty()) {
        // SYNC_BENCH_PERF_FLAT=1: no call graphs, more samples.
        const QStringList sampling = qEnvironmentVariableIsSet("SYNC_BENCH_PERF_FLAT")
                                         ? QStringList{u"-F"_s, u"4000"_s}
                                         : QStringList{u"-F"_s, u"700"_s, u"--call-graph"_s, u"dwarf,32768"_s};
        perf.start(u"perf"_s,
                   QStringList{u"record"_s} + sampling +
                       QStringList{u"-o"_s, perfFile, u"-p"_s, QString::number(QCoreApplication::applicationPid())});
        perf.waitForStarted();
        QThread::sleep(1);
    }
    const bool peakReset = resetPeakMemory();
    const qint64 rssBefore = memoryKb("VmRSS:");
    const qint64 pullServerBefore = processCpuMs(pullBackendStat);
    const qint64 pullClientBefore = processCpuMs(u"/proc/self/stat"_s);
    SyncReport pullReport;
    timer.restart();
    const auto pulled = engineB.pull(pullReport);
    const qint64 pullMs = timer.elapsed();
    const qint64 pullClientCpu = processCpuMs(u"/proc/self/stat"_s) - pullClientBefore;
    const qint64 pullServerCpu = processCpuMs(pullBackendStat) - pullServerBefore;
    const qint64 peakKb = memoryKb("VmHWM:");
    const qint64 rssAfter = memoryKb("VmRSS:");
    if (perf.state() == QProcess::Running) {
        ::kill(pid_t(perf.processId()), SIGINT);
        perf.waitForFinished(60000);
    }
    if (!pulled) {
        std::fprintf(stderr, "pull: %s\n", qPrintable(pulled.error()));
        return 1;
    }
    print("pull to a new desktop (REPEATABLE READ, ApplyScope)", pullMs, *pulled);
    std::printf("  CPU: desktop %lld ms, its central server process %lld ms\n", static_cast<long long>(pullClientCpu),
                static_cast<long long>(pullServerCpu));
    std::printf("  memory: resident %lld MB before, peak %lld MB during (+%lld MB%s), %lld MB after\n",
                static_cast<long long>(rssBefore / 1024), static_cast<long long>(peakKb / 1024),
                static_cast<long long>((peakKb - rssBefore) / 1024),
                peakReset ? "" : ", peak not reset: since the start", static_cast<long long>(rssAfter / 1024));

    // The pull's baseline, its two copies: the same rows out of PostgreSQL by COPY of the pull's
    // own SELECT (text forms) through libpq as the same manager login, into a file, ...
    QStringList expressions = {u"id::text"_s, u"version"_s, u"deleted::int"_s};
    for (const SyncColumn &column : table->columns)
        expressions.append(SyncSchema::centralExpression(column));
    const QString pullSelect = u"SELECT %1 FROM partnerdesk.transactions"_s.arg(expressions.join(u", "_s));
    qint64 copyOutMs = 0;
    qint64 copyOutClientCpu = 0;
    qint64 copyOutServerCpu = 0;
    qint64 copiedOut = 0;
    {
        CentralSession copier(url, password);
        if (Status connected = copier.connect(); !connected) {
            std::fprintf(stderr, "connect: %s\n", qPrintable(connected.error()));
            return 1;
        }
        const auto copyBackend = copier.exec(u"SELECT pg_backend_pid()"_s);
        const QString copyBackendStat = u"/proc/%1/stat"_s.arg(copyBackend ? copyBackend->text(0, 0) : u"0"_s);
        QFile out(file + u".pullcopy"_s);
        if (!out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
        const qint64 serverBefore = processCpuMs(copyBackendStat);
        const qint64 clientBefore = processCpuMs(u"/proc/self/stat"_s);
        timer.restart();
        const Status copied =
            copier.copyOut(u"COPY ("_s + pullSelect + u") TO STDOUT"_s, [&](const char *line, int size) {
                ++copiedOut;
                return out.write(line, size) == size;
            });
        out.close();
        copyOutMs = timer.elapsed();
        copyOutClientCpu = processCpuMs(u"/proc/self/stat"_s) - clientBefore;
        copyOutServerCpu = processCpuMs(copyBackendStat) - serverBefore;
        if (!copied) {
            std::fprintf(stderr, "COPY TO: %s\n", qPrintable(copied.error()));
            return 1;
        }
    }
    print("baseline 1: COPY (the pull's SELECT) TO STDOUT, libpq, to a file", copyOutMs, copiedOut);
    std::printf("  CPU: this process %lld ms, its central server process %lld ms\n",
                static_cast<long long>(copyOutClientCpu), static_cast<long long>(copyOutServerCpu));

    // ... and the same rows into the same desktop schema by one local INSERT ... SELECT: a third
    // desktop with the parents already there inserts the pulled desktop's transactions, with the
    // outbox triggers quiet as during a pull (sync_applying).
    qint64 insertMs = 0;
    qint64 insertCpu = 0;
    {
        Database c;
        if (const Status opened = c.open(dir.filePath(u"c.sqlite"_s)); !opened) {
            std::fprintf(stderr, "cannot open a third desktop: %s\n", qPrintable(opened.error()));
            return 1;
        }
        QSqlQuery attach(c.connection());
        attach.prepare(u"ATTACH DATABASE ? AS src"_s);
        attach.addBindValue(dir.filePath(u"b.sqlite"_s));
        if (!attach.exec()) {
            std::fprintf(stderr, "attach: %s\n", qPrintable(attach.lastError().text()));
            return 1;
        }
        if (!exec(c, u"BEGIN"_s) || !exec(c, u"INSERT INTO sync_applying (flag) VALUES (1)"_s) ||
            !exec(c, u"DELETE FROM programs"_s) || !exec(c, u"DELETE FROM affiliates"_s) ||
            !exec(c, u"INSERT INTO programs SELECT * FROM src.programs"_s) ||
            !exec(c, u"INSERT INTO affiliates SELECT * FROM src.affiliates"_s) ||
            !exec(c, u"DELETE FROM sync_applying"_s) || !exec(c, u"COMMIT"_s))
            return 1;
        const qint64 cpuBefore = processCpuMs(u"/proc/self/stat"_s);
        timer.restart();
        if (!exec(c, u"BEGIN"_s) || !exec(c, u"INSERT INTO sync_applying (flag) VALUES (1)"_s) ||
            !exec(c, u"INSERT INTO transactions SELECT * FROM src.transactions"_s) ||
            !exec(c, u"DELETE FROM sync_applying"_s) || !exec(c, u"COMMIT"_s))
            return 1;
        insertMs = timer.elapsed();
        insertCpu = processCpuMs(u"/proc/self/stat"_s) - cpuBefore;
        exec(c, u"DETACH DATABASE src"_s);
    }
    print("baseline 2: local INSERT ... SELECT of them, same schema", insertMs, rows);
    std::printf("  CPU: this process %lld ms\n", static_cast<long long>(insertCpu));
    const qint64 baselineMs = copyOutMs + insertMs;
    const qint64 baselineCpu = copyOutClientCpu + copyOutServerCpu + insertCpu;
    const qint64 pullCpu = pullClientCpu + pullServerCpu;
    print("baseline 1 + 2", baselineMs, rows);
    std::printf("%-58s %8.2f x  (CPU: %lld / %lld ms = %.2f x; goal 1.5 x)\n", "pull / (baseline 1 + 2)",
                baselineMs > 0 ? double(pullMs) / double(baselineMs) : 0.0, static_cast<long long>(pullCpu),
                static_cast<long long>(baselineCpu), baselineCpu > 0 ? double(pullCpu) / double(baselineCpu) : 0.0);

    // The same rows out of PostgreSQL with psql, for scale (the figures of earlier rounds).
    timer.restart();
    server.psql(u"\\copy (SELECT %1 FROM partnerdesk.transactions) TO '%2.out'"_s.arg(columns, file), u"mgr"_s,
                managerPassword, u"bench"_s, nullptr, &error);
    print("psql \\copy of the same rows out of the table", timer.elapsed(), rows);
    timer.restart();
    server.psql(u"\\copy (%1) TO '%2.pull'"_s.arg(pullSelect, file), u"mgr"_s, managerPassword, u"bench"_s, nullptr,
                &error);
    print("psql \\copy out of the pull's own SELECT (text forms)", timer.elapsed(), rows);

    // The first sync after the push: its own rows are not read back (SyncState::ownWrites).
    timer.restart();
    const auto afterPush = engineA.sync();
    if (!afterPush)
        return 1;
    std::printf("%-58s %8lld ms  (%lld rows read back)\n", "the pushing desktop's next sync",
                static_cast<long long>(timer.elapsed()), static_cast<long long>(afterPush->pulled));
    qint64 best = -1;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        const auto idle = engineA.sync();
        const qint64 ms = timer.elapsed();
        if (!idle || idle->pushed != 0 || idle->pulled != 0) {
            std::fprintf(stderr, "the idle sync moved rows\n");
            return 1;
        }
        best = best < 0 ? ms : std::min(best, ms);
    }
    std::printf("%-58s %8lld ms  (best of 5, connection open)\n", "sync with nothing to do",
                static_cast<long long>(best));
    server.stop();
    return 0;
}
