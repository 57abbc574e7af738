#include "themeicon.h"

#include <QFile>
#include <QSet>
#include <QStringList>

namespace PartnerDesk {

namespace {

QString bundledPath(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QSet<QString> &withoutFallback()
{
    static QSet<QString> names; // icons are made on the UI thread only
    return names;
}

} // namespace

bool hasBundledIcon(const QString &name)
{
    return QFile::exists(bundledPath(name));
}

QStringList iconsWithoutFallback()
{
    QStringList names = withoutFallback().values();
    names.sort();
    return names;
}

QIcon themeIcon(const QString &name)
{
    if (!hasBundledIcon(name)) {
        withoutFallback().insert(name);
        return QIcon::fromTheme(name);
    }
    return QIcon::fromTheme(name, QIcon(bundledPath(name)));
}

} // namespace PartnerDesk
