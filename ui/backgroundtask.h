#pragma once

#include "store/result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace PartnerDesk {

class Database;

// Runs work that can take seconds on a million transactions (a payout batch, "mark paid") on a
// worker thread with its own connection to the database file — connections belong to the thread
// that opened them — behind a progress dialog that can cancel. The caller's event loop keeps
// running, so the window repaints; the dialog shows only when the work takes a moment.
class BackgroundTask final
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)

public:
    // `progress(done, total)` reports and returns false once the user cancelled.
    using Progress = std::function<bool(int done, int total)>;
    using Work = std::function<void(Database &database, const Progress &progress)>;

    // Fails only when the worker cannot open the database; the work reports its own result.
    static Status run(QWidget *parent, const QString &databasePath, const QString &title, const QString &label,
                      const Work &work);

    static constexpr int showAfterMilliseconds = 400;
};

} // namespace PartnerDesk
