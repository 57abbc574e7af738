#pragma once

#include <QIcon>
#include <QString>

namespace PartnerDesk {

// The desktop theme's icon of a freedesktop name ("document-open", "edit-copy"), so the window
// looks like the rest of the desktop; where the theme has none (no theme, another desktop, the
// offscreen platform), the simple one bundled as :/icons/<name>.svg. Every icon of the
// navigation, the menus and the panes' toolbars comes through here.
QIcon themeIcon(const QString &name);

// Whether a name has a bundled fallback.
bool hasBundledIcon(const QString &name);
// The names themeIcon() was asked for that have no bundled fallback, sorted (tests: none).
QStringList iconsWithoutFallback();

} // namespace PartnerDesk
