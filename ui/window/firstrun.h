#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace PartnerDesk {

// What PartnerDesk does with a database file that does not exist yet: it asks whether to start
// with a sample store to explore or with an empty one.
class FirstRun final
{
    Q_DECLARE_TR_FUNCTIONS(FirstRun)

public:
    enum class Content
    {
        Ask,   // ask the user
        Demo,  // fill it with demo data
        Empty, // leave it empty
    };

    static constexpr qint64 demoOrders = 20000;

    // Asks (QMessageBox "firstRunQuestion") whether `path` should start with demo data; Demo or Empty.
    static Content ask(const QString &path, QWidget *parent);

    // Fills the database at `path` with demo data behind a cancellable progress dialog. The
    // generator runs on a worker thread with its own connection, as SQL connections belong to
    // the thread that opened them. True when filled, false when the user cancelled.
    static Result<bool> fillWithDemoData(const QString &path, qint64 orders, QWidget *parent);
};

} // namespace PartnerDesk
