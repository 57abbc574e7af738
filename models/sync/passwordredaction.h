#pragma once

#include <QString>
#include <QStringList>

namespace PartnerDesk {

// The one filter every text about a connection goes through before it reaches a message, a log or
// a label: the password of a URL (scheme://user:PASSWORD@host) and of a libpq keyword
// (password=..., quoted or not, in a conninfo string or a URL's query) become "***", and so does
// each of `passwords` (the ones in use, of 4 characters or more: a shorter one would blank out
// ordinary words) wherever it appears in the text.
QString withoutPasswords(const QString &text, const QStringList &passwords = {});

} // namespace PartnerDesk
