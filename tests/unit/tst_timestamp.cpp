#include "core/timestamp.h"

#include <QTest>

using namespace Qt::StringLiterals;
using PartnerDesk::Timestamp;

namespace {

// Seconds since the epoch, computed independently (Python's calendar.timegm).
constexpr qint64 jan31Noon = 1769860800;     // 2026-01-31T12:00:00Z
constexpr qint64 jan31Midnight = 1769817600; // 2026-01-31T00:00:00Z
constexpr qint64 leapDay2024 = 1709164800;   // 2024-02-29T00:00:00Z
constexpr qint64 leapDay2000 = 951782400;    // 2000-02-29T00:00:00Z
constexpr qint64 newYearsEve = 1767222000;   // 2025-12-31T23:00:00Z
constexpr qint64 past32Bit = 2147483648;     // 2038-01-19T03:14:08Z

} // namespace

class TestTimestamp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
    void leapYears_data();
    void leapYears();
    void parseDate_data();
    void parseDate();
    void nowCanBePinned();
};

void TestTimestamp::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");

    QTest::addRow("epoch") << u"1970-01-01T00:00:00Z"_s << qint64(0);
    QTest::addRow("UTC with Z") << u"2026-01-31T12:00:00Z"_s << jan31Noon;
    QTest::addRow("lower-case t and z") << u"2026-01-31t12:00:00z"_s << jan31Noon;
    QTest::addRow("space separator, no zone means UTC") << u"2026-01-31 12:00:00"_s << jan31Noon;
    QTest::addRow("no seconds") << u"2026-01-31T12:00"_s << jan31Noon;
    QTest::addRow("no seconds, with Z") << u"2026-01-31T12:00Z"_s << jan31Noon;
    QTest::addRow("seconds") << u"2026-01-31T12:00:30Z"_s << jan31Noon + 30;
    QTest::addRow("fraction ignored") << u"2026-01-31T12:00:00.999Z"_s << jan31Noon;
    QTest::addRow("fraction with comma") << u"2026-01-31T12:00:00,5"_s << jan31Noon;
    QTest::addRow("+02:00 to UTC") << u"2026-01-31T14:00:00+02:00"_s << jan31Noon;
    QTest::addRow("-05:00 to UTC") << u"2026-01-31T07:00:00-05:00"_s << jan31Noon;
    QTest::addRow("+0130 without colon") << u"2026-01-31T13:30:00+0130"_s << jan31Noon;
    QTest::addRow("+01 hours only") << u"2026-01-31T13:00:00+01"_s << jan31Noon;
    QTest::addRow("+00:00") << u"2026-01-31T12:00:00+00:00"_s << jan31Noon;
    QTest::addRow("offset without seconds") << u"2026-01-31T14:00+02:00"_s << jan31Noon;
    QTest::addRow("offset after fraction") << u"2026-01-31T14:00:00.250+02:00"_s << jan31Noon;
    QTest::addRow("offset crosses the year") << u"2026-01-01T01:00:00+02:00"_s << newYearsEve;
    QTest::addRow("negative offset crosses the day") << u"2026-01-30T23:00:00-13:00"_s << jan31Noon;
    QTest::addRow("date only is midnight UTC") << u"2026-01-31"_s << jan31Midnight;
    QTest::addRow("surrounding spaces") << u"  2026-01-31T12:00:00Z  "_s << jan31Noon;
    QTest::addRow("leap day 2024") << u"2024-02-29"_s << leapDay2024;
    QTest::addRow("leap day 2000") << u"2000-02-29T00:00:00Z"_s << leapDay2000;
    QTest::addRow("leap second clamps") << u"2016-12-31T23:59:60Z"_s << qint64(1483228799);
    QTest::addRow("before the epoch") << u"1969-12-31T23:59:59Z"_s << qint64(-1);
    QTest::addRow("past 32-bit") << u"2038-01-19T03:14:08Z"_s << past32Bit;
    QTest::addRow("end of day") << u"2026-01-31T23:59:59Z"_s << jan31Midnight + 86399;
}

void TestTimestamp::parseValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);

    const std::optional<qint64> parsed = Timestamp::parse(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, seconds);
}

void TestTimestamp::parseInvalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("February 30") << u"2026-02-30"_s;
    QTest::addRow("February 29 in a common year") << u"2026-02-29"_s;
    QTest::addRow("February 29 in 1900") << u"1900-02-29"_s;
    QTest::addRow("February 29 in 2100") << u"2100-02-29"_s;
    QTest::addRow("April 31") << u"2026-04-31"_s;
    QTest::addRow("January 32") << u"2026-01-32"_s;
    QTest::addRow("day zero") << u"2026-01-00"_s;
    QTest::addRow("month 13") << u"2026-13-01"_s;
    QTest::addRow("month zero") << u"2026-00-10"_s;
    QTest::addRow("junk") << u"junk"_s;
    QTest::addRow("empty") << QString();
    QTest::addRow("spaces only") << u"   "_s;
    QTest::addRow("single-digit month and day") << u"2026-1-1"_s;
    QTest::addRow("slashes") << u"2026/01/31"_s;
    QTest::addRow("day first") << u"31-01-2026"_s;
    QTest::addRow("two-digit year") << u"26-01-31"_s;
    QTest::addRow("hour 24") << u"2026-01-31T24:00:00Z"_s;
    QTest::addRow("minute 60") << u"2026-01-31T12:60Z"_s;
    QTest::addRow("second 61") << u"2026-01-31T12:00:61Z"_s;
    QTest::addRow("T without time") << u"2026-01-31T"_s;
    QTest::addRow("hour only") << u"2026-01-31T12"_s;
    QTest::addRow("unknown separator") << u"2026-01-31X12:00"_s;
    QTest::addRow("dangling seconds colon") << u"2026-01-31T12:00:"_s;
    QTest::addRow("dangling fraction dot") << u"2026-01-31T12:00:00.Z"_s;
    QTest::addRow("offset +24:00") << u"2026-01-31T12:00:00+24:00"_s;
    QTest::addRow("offset minutes 60") << u"2026-01-31T12:00:00+01:60"_s;
    QTest::addRow("offset with dangling colon") << u"2026-01-31T12:00:00+02:"_s;
    QTest::addRow("offset with one hour digit") << u"2026-01-31T12:00:00+2:00"_s;
    QTest::addRow("offset sign only") << u"2026-01-31T12:00:00+"_s;
    QTest::addRow("junk after Z") << u"2026-01-31T12:00:00Zjunk"_s;
    QTest::addRow("junk after offset") << u"2026-01-31T12:00:00+02:00x"_s;
    QTest::addRow("zone name") << u"2026-01-31T12:00:00 CET"_s;
    QTest::addRow("zone on a date") << u"2026-01-31Z"_s;
}

void TestTimestamp::parseInvalid()
{
    QFETCH(QString, text);

    const std::optional<qint64> parsed = Timestamp::parse(text);
    QVERIFY2(!parsed.has_value(), qPrintable(u"parsed as %1"_s.arg(parsed.value_or(0))));
}

void TestTimestamp::format_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");

    QTest::addRow("epoch") << qint64(0) << u"1970-01-01T00:00:00Z"_s;
    QTest::addRow("noon") << jan31Noon << u"2026-01-31T12:00:00Z"_s;
    QTest::addRow("one second before the epoch") << qint64(-1) << u"1969-12-31T23:59:59Z"_s;
    QTest::addRow("one day before the epoch") << -Timestamp::secondsPerDay << u"1969-12-31T00:00:00Z"_s;
    QTest::addRow("leap day 2024") << leapDay2024 << u"2024-02-29T00:00:00Z"_s;
    QTest::addRow("day after leap day") << leapDay2024 + Timestamp::secondsPerDay << u"2024-03-01T00:00:00Z"_s;
    QTest::addRow("leap day 2000") << leapDay2000 << u"2000-02-29T00:00:00Z"_s;
    QTest::addRow("past 32-bit") << past32Bit << u"2038-01-19T03:14:08Z"_s;
    QTest::addRow("with seconds") << jan31Noon + 3723 << u"2026-01-31T13:02:03Z"_s;
}

void TestTimestamp::format()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);

    QCOMPARE(Timestamp::format(seconds), text);
}

void TestTimestamp::roundTrip_data()
{
    QTest::addColumn<qint64>("seconds");

    // Every day boundary around leap days and year ends, plus odd times of day.
    const qint64 samples[] = {0,           -1,          86399,       86400,       jan31Noon, jan31Midnight,
                              leapDay2024, leapDay2000, newYearsEve, past32Bit,   951868799, 951868800,
                              4107542399,  4107542400,  -2208988800, 253402300799};
    for (const qint64 seconds : samples)
        QTest::addRow("%lld", static_cast<long long>(seconds)) << seconds;
}

void TestTimestamp::roundTrip()
{
    QFETCH(qint64, seconds);

    const QString text = Timestamp::format(seconds);
    const std::optional<qint64> parsed = Timestamp::parse(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, seconds);
    QCOMPARE(Timestamp::format(*parsed), text);
}

void TestTimestamp::leapYears_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");

    QTest::addRow("2024") << 2024 << true;
    QTest::addRow("2026") << 2026 << false;
    QTest::addRow("2000 (divisible by 400)") << 2000 << true;
    QTest::addRow("1900 (divisible by 100)") << 1900 << false;
    QTest::addRow("2100") << 2100 << false;
    QTest::addRow("2400") << 2400 << true;
    QTest::addRow("1996") << 1996 << true;
}

void TestTimestamp::leapYears()
{
    QFETCH(int, year);
    QFETCH(bool, leap);

    const auto startOf = [](int y, const QString &monthDay) {
        return Timestamp::parse(QString(QString::number(y) + u'-' + monthDay));
    };
    const std::optional<qint64> feb28 = startOf(year, u"02-28"_s);
    const std::optional<qint64> mar1 = startOf(year, u"03-01"_s);
    QVERIFY(feb28 && mar1);
    QCOMPARE(startOf(year, u"02-29"_s).has_value(), leap);
    QCOMPARE(*mar1 - *feb28, (leap ? 2 : 1) * Timestamp::secondsPerDay);
    const std::optional<qint64> jan1 = startOf(year, u"01-01"_s);
    const std::optional<qint64> nextJan1 = startOf(year + 1, u"01-01"_s);
    QVERIFY(jan1 && nextJan1);
    QCOMPARE(*nextJan1 - *jan1, (leap ? 366 : 365) * Timestamp::secondsPerDay);
    const QString dayAfterFeb28 = QString::number(year) + (leap ? u"-02-29T00:00:00Z"_s : u"-03-01T00:00:00Z"_s);
    QCOMPARE(Timestamp::format(*feb28 + Timestamp::secondsPerDay), dayAfterFeb28);
}

void TestTimestamp::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: rejected

    QTest::addRow("date") << u"2026-01-31"_s << jan31Midnight;
    QTest::addRow("date with spaces") << u" 2026-01-31 "_s << jan31Midnight;
    QTest::addRow("date and time") << u"2026-01-31T00:00:00Z"_s << qint64(-1);
    QTest::addRow("invalid date") << u"2026-02-30"_s << qint64(-1);
    QTest::addRow("junk") << u"yesterday"_s << qint64(-1);
}

void TestTimestamp::parseDate()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);

    const std::optional<qint64> parsed = Timestamp::parseDate(text);
    QCOMPARE(parsed.has_value(), seconds != -1);
    if (parsed)
        QCOMPARE(*parsed, seconds);
}

void TestTimestamp::nowCanBePinned()
{
    // now() reads PARTNERDESK_NOW once, on its first call; this is the only test that calls it.
    qputenv("PARTNERDESK_NOW", "2026-01-31T14:00:00+02:00");
    QCOMPARE(Timestamp::now(), jan31Noon);
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
