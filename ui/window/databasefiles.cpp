#include "databasefiles.h"

#include "filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace PartnerDesk {

namespace {

QString databaseFilter()
{
    return QCoreApplication::translate("PartnerDesk::MainWindow", "PartnerDesk databases (*.sqlite *.db)");
}

QString startFolder(const QString &current)
{
    return current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
}

} // namespace

QString DatabaseFiles::chooseExisting(QWidget *parent, const QString &current)
{
    return FileDialogs::openFileName(parent, tr("Open Database"), startFolder(current),
                                     databaseFilter() + QStringLiteral(";;") + tr("All files (*)"));
}

QString DatabaseFiles::chooseNew(QWidget *parent, const QString &current)
{
    QString path = FileDialogs::saveFileName(parent, tr("New Database"),
                                             startFolder(current) + QStringLiteral("/partnerdesk.sqlite"),
                                             databaseFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    // Opening one is what Open is for.
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(parent, tr("New Database"),
                             tr("%1 already exists. Choose another name, or open it with File › Open Database.")
                                 .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

} // namespace PartnerDesk
