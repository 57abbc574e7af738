#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace PartnerDesk {

// The file dialogs of File › Open Database… and New Database…, in one place.
class DatabaseFiles final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFiles)

public:
    // An existing database to open, starting in the folder of `current` (the open one, if any);
    // "" when the user cancelled.
    static QString chooseExisting(QWidget *parent, const QString &current);
    // A name for a new database (".sqlite" added when it has no suffix). A new database never
    // replaces a file: an existing one is refused with a message. "" when cancelled or refused.
    static QString chooseNew(QWidget *parent, const QString &current);
};

} // namespace PartnerDesk
