#include "enginerunner.h"

#include "store/database.h"
#include "syncengine.h"

#include <QSqlQuery>

namespace PartnerDesk {

namespace {

qint64 transactionCount(Database &database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM transactions")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace

SyncOutcome runSyncEngine(const QString &localPath, const CentralUrl &central, const QString &password,
                          const std::function<bool(int done, int total)> &progress)
{
    SyncOutcome outcome;
    Database database;
    if (const Status opened = database.open(localPath); !opened) {
        outcome.error = opened.error();
        return outcome;
    }
    const qint64 before = transactionCount(database);
    SyncEngine engine(database, central.toUrl(), password.isEmpty() ? central.password() : password);
    int steps = 0;
    const Result<SyncReport> report = engine.sync([&progress, &steps](const QString &, qint64) {
        // The engine counts rows, not a known total; the controller only needs the chance to stop.
        return !progress || progress(++steps, 0);
    });
    if (!report) {
        outcome.error = report.error();
        return outcome;
    }
    outcome.pushed = report->pushed;
    outcome.pulled = report->pulled;
    outcome.conflicts = static_cast<int>(report->openConflicts);
    outcome.cancelled = report->cancelled;
    outcome.refused = report->refused;
    outcome.refusals = report->refusals;
    outcome.quarantined = report->quarantined;
    outcome.newTransactions = qMax<qint64>(0, transactionCount(database) - before);
    return outcome;
}

} // namespace PartnerDesk
