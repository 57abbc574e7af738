#include "synccommand.h"

#include "sync/centralurl.h"
#include "sync/syncengine.h"

using namespace Qt::StringLiterals;

namespace PartnerDesk {

QList<Command> SyncCommand::all()
{
    return {
        {u"sync"_s,
         tr("Send this desktop's changes to the central database and bring its changes here; conflicts are kept "
            "for the manager (exit 2 while any wait)."),
         {valueOption(u"central"_s,
                      tr("The central database, postgresql://USER@HOST:PORT/DB[?sslmode=...&sslrootcert=CA]: "
                         "verify-full against the system's CAs unless sslmode says otherwise (disable: plain "
                         "text); the password comes from PGPASSWORD or ~/.pgpass, never from the URL."),
                      tr("URL"))},
         {u"central"_s},
         {},
         true,
         &SyncCommand::sync},
    };
}

int SyncCommand::sync(Invocation &run)
{
    const std::optional<CentralUrl> central = run.centralUrl();
    if (!central)
        return ExitFailure;
    SyncEngine engine(run.database(), central->toUrl());
    const Result<SyncReport> report = engine.sync();
    if (!report)
        return run.fail(report.error());
    run.out() << tr("Synced: %1 sent, %2 received, %3 new conflicts, %4 waiting, in %5 ms.")
                     .arg(report->pushed)
                     .arg(report->pulled)
                     .arg(report->conflicts)
                     .arg(report->openConflicts)
                     .arg(report->durationMs)
              << Qt::endl;
    // Local changes the central database refused (a value it does not take, a change this login
    // may not make): kept aside, each said once; the rest went on.
    if (report->refused > 0) {
        run.out() << tr("Not sent: %1 local changes the central database refused; they are kept aside until "
                        "they change (docs/SECURITY.md, \"Quarantine\").")
                         .arg(report->refused)
                  << Qt::endl;
        for (const QString &refusal : report->refusals)
            run.err() << refusal << Qt::endl;
    }
    if (report->skipped > 0) {
        run.out() << tr("Not applied: %1 central rows refer to rows this desktop does not have.").arg(report->skipped)
                  << Qt::endl;
        for (const QString &skip : report->skips)
            run.err() << skip << Qt::endl;
    }
    return report->openConflicts > 0 ? ExitPartial : ExitSuccess;
}

} // namespace PartnerDesk
