#include "timestamp.h"

#include <QDateTime>
#include <cstdio>

namespace PartnerDesk {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

struct Civil
{
    qint64 year;
    unsigned month;
    unsigned day;
};

constexpr Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

bool isLeap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(qint64 y, unsigned m)
{
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Reads exactly `count` digits at `pos`; -1 when they are not all digits.
int digits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s.at(pos + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

std::optional<qint64> Timestamp::parse(QStringView text)
{
    const QStringView s = text.trimmed();
    const int year = digits(s, 0, 4);
    const int month = digits(s, 5, 2);
    const int day = digits(s, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || s.size() < 10 || s.at(4) != u'-' || s.at(7) != u'-')
        return std::nullopt;
    if (static_cast<unsigned>(day) > daysInMonth(year, static_cast<unsigned>(month)))
        return std::nullopt;
    qint64 seconds = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * secondsPerDay;
    qsizetype pos = 10;
    if (pos == s.size())
        return seconds;
    if (s.at(pos) != u'T' && s.at(pos) != u't' && s.at(pos) != u' ')
        return std::nullopt;
    const int hour = digits(s, pos + 1, 2);
    const int minute = digits(s, pos + 4, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || s.size() < pos + 6 || s.at(pos + 3) != u':')
        return std::nullopt;
    seconds += hour * 3600 + minute * 60;
    pos += 6;
    if (pos < s.size() && s.at(pos) == u':') {
        const int second = digits(s, pos + 1, 2);
        if (second < 0 || second > 60)
            return std::nullopt;
        seconds += qMin(second, 59);
        pos += 3;
        if (pos < s.size() && (s.at(pos) == u'.' || s.at(pos) == u',')) {
            ++pos;
            const qsizetype start = pos;
            while (pos < s.size() && s.at(pos).isDigit())
                ++pos;
            if (pos == start)
                return std::nullopt;
        }
    }
    if (pos == s.size())
        return seconds;
    const QChar zone = s.at(pos);
    if ((zone == u'Z' || zone == u'z') && pos + 1 == s.size())
        return seconds;
    if (zone == u'+' || zone == u'-') {
        const int offsetHours = digits(s, pos + 1, 2);
        int offsetMinutes = 0;
        qsizetype end = pos + 3;
        if (end < s.size()) {
            if (s.at(end) == u':')
                ++end;
            offsetMinutes = digits(s, end, 2);
            end += 2;
        }
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59 || end != s.size())
            return std::nullopt;
        const qint64 offset = offsetHours * 3600 + offsetMinutes * 60;
        return zone == u'+' ? seconds - offset : seconds + offset;
    }
    return std::nullopt;
}

std::optional<qint64> Timestamp::parseDate(QStringView text)
{
    if (text.trimmed().size() != 10)
        return std::nullopt;
    return parse(text);
}

QString Timestamp::format(qint64 secondsSinceEpoch)
{
    qint64 days = secondsSinceEpoch / secondsPerDay;
    qint64 rest = secondsSinceEpoch % secondsPerDay;
    if (rest < 0) {
        rest += secondsPerDay;
        --days;
    }
    const Civil c = civilFromDays(days);
    const int hour = static_cast<int>(rest / 3600);
    const int minute = static_cast<int>(rest % 3600 / 60);
    const int second = static_cast<int>(rest % 60);
    if (c.year < 0 || c.year > 9999) {
        char buffer[40];
        const int n = std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02d:%02d:%02dZ",
                                    static_cast<long long>(c.year), c.month, c.day, hour, minute, second);
        return QString::fromLatin1(buffer, n);
    }
    // The import formats two or three per order: digits written by hand, not by snprintf.
    QString text(20, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    auto two = [&out](unsigned value) {
        *out++ = char16_t(u'0' + value / 10);
        *out++ = char16_t(u'0' + value % 10);
    };
    const auto year = static_cast<unsigned>(c.year);
    two(year / 100);
    two(year % 100);
    *out++ = u'-';
    two(c.month);
    *out++ = u'-';
    two(c.day);
    *out++ = u'T';
    two(static_cast<unsigned>(hour));
    *out++ = u':';
    two(static_cast<unsigned>(minute));
    *out++ = u':';
    two(static_cast<unsigned>(second));
    *out = u'Z';
    return text;
}

qint64 Timestamp::now()
{
    // PARTNERDESK_NOW pins "now" for reproducible runs (tests, demos); it never moves time backwards
    // in a real installation because nobody sets it there.
    static const QByteArray pinned = qgetenv("PARTNERDESK_NOW");
    if (!pinned.isEmpty()) {
        if (const auto value = parse(QString::fromLatin1(pinned)))
            return *value;
    }
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace PartnerDesk
