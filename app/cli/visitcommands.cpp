#include "visitcommands.h"

#include "import/visitimporter.h"

using namespace Qt::StringLiterals;

namespace PartnerDesk {

QList<Command> VisitCommands::all()
{
    return {
        {u"visits import"_s,
         tr("Import a visits (clicks) CSV for the report's conversion; prints a summary, rejected rows go to stderr "
            "as FILE:LINE: field: reason. Exit 0: all imported, 2: some rejected, 1: nothing imported."),
         {},
         {},
         {{tr("FILE"), tr("The visits CSV (visited_at, landing_url, referrer_url, affiliate_code).")}},
         true,
         &VisitCommands::importVisits},
    };
}

int VisitCommands::importVisits(Invocation &run)
{
    const QString path = run.arguments().constFirst();
    QTextStream &err = run.err();
    VisitImporter importer(run.database());
    importer.setIssueHandler([&](const ImportIssue &issue) {
        err << path << ':' << issue.line << ": ";
        if (!issue.field.isEmpty())
            err << issue.field << ": ";
        err << issue.reason << '\n';
    });
    const VisitImportSummary summary = importer.importFile(path);
    if (!summary.fatalError.isEmpty())
        return run.fail(summary.fatalError);
    run.out() << tr("imported %1 visits, already known %2, rejected %3; attributed %4 (link %5, rewrite %6, "
                    "direct %7), unattributed %8")
                     .arg(summary.imported)
                     .arg(summary.duplicates)
                     .arg(summary.rejected)
                     .arg(summary.attributed())
                     .arg(summary.link)
                     .arg(summary.rewrite)
                     .arg(summary.direct)
                     .arg(summary.unattributed)
              << Qt::endl;
    return summary.exitCode();
}

} // namespace PartnerDesk
