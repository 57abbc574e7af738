#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace PartnerDesk {

class Database;

// Runs store work that may take long (thousands of orders, a payout batch, a large audit log) off the UI thread
// and waits for it behind a window-modal progress dialog that keeps the window painting: a
// BackgroundJob (core/backgroundjob.h) opens its own connection to the database file (connections
// belong to the thread that opened them).
class BackgroundTask final
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)

public:
    // `progress(done, total)` returns false once the user cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<Status(Database &database, const Progress &progress)>;

    enum class Cancel
    {
        Allowed,
        NotAllowed, // undo and redo: the undo stack has already moved
    };

    // True when the work finished, false when the user cancelled it; a failure says why.
    static Result<bool> run(const QString &databasePath, const QString &label, Cancel cancel, QWidget *parent,
                            const Work &work);

    // For work that keeps its own result (and reads the cancel from `progress`): fails only when
    // the worker cannot open the database. The dialog says `title`.
    using ReportingWork = std::function<void(Database &database, const Progress &progress)>;
    static Status run(QWidget *parent, const QString &databasePath, const QString &title, const QString &label,
                      const ReportingWork &work);

    // For work that opens the database itself (a migration: opening is the work). True when the
    // work finished, false when the user cancelled it (and the work then stopped); a failure says why.
    using OpeningWork = std::function<Status(const Progress &progress)>;
    static Result<bool> runOpening(const QString &label, QWidget *parent, const OpeningWork &work);

private:
    static Result<bool> execute(const QString &title, const QString &label, Cancel cancel, QWidget *parent,
                                const OpeningWork &work);
};

} // namespace PartnerDesk
