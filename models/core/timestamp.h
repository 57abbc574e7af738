#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace PartnerDesk {

// UTC instants as seconds since the Unix epoch, stored as ISO 8601 text "2026-01-31T12:00:00Z".
// The hand-written fast path matters: the import parses a timestamp per row.
class Timestamp final
{
public:
    // Accepts "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]" with 'T' or ' ', and an optional "Z" or
    // "+HH:MM"/"-HH:MM" offset (no offset means UTC).
    static std::optional<qint64> parse(QStringView text);
    static QString format(qint64 secondsSinceEpoch);
    static qint64 now();
    // "YYYY-MM-DD" → start of that day (UTC), for --from/--to style arguments.
    static std::optional<qint64> parseDate(QStringView text);
    static constexpr qint64 secondsPerDay = 86400;
};

} // namespace PartnerDesk
