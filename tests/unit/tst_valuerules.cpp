// ValueRules: every rule's edge, accepted on one side and refused one step beyond, with the reason
// naming the field and what is wrong. tst_valuerulescentral proves PostgreSQL draws the same lines.

#include "core/timestamp.h"
#include "core/valuerules.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using PartnerDesk::TextLines;
using PartnerDesk::TextRule;
using PartnerDesk::Timestamp;
using PartnerDesk::ValueRules;

Q_DECLARE_METATYPE(TextRule)

namespace {

QString repeated(const QString &piece, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += piece;
    return s;
}

const QString emoji = u"\U0001F600"_s; // one character, two UTF-16 units

} // namespace

class TestValueRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void text_data();
    void text();
    void timestamps_data();
    void timestamps();
    void timestampYears_data();
    void timestampYears();
    void money_data();
    void money();
    void currency_data();
    void currency();
    void bannerSides_data();
    void bannerSides();
    void imageUrls_data();
    void imageUrls();
    void fitted_data();
    void fitted();
    void everyCentralColumnOnce();
    void checkByColumn();
};

void TestValueRules::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestValueRules::text_data()
{
    QTest::addColumn<TextRule>("rule");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error"); // the whole reason; empty: accepted

    const TextRule orderId = ValueRules::orderId;
    QTest::addRow("order_id of 128") << orderId << repeated(u"a"_s, 128) << QString();
    QTest::addRow("order_id of 129") << orderId << repeated(u"a"_s, 129)
                                     << u"order_id is 129 characters long; at most 128"_s;
    QTest::addRow("order_id of 3,000") << orderId << repeated(u"7"_s, 3000)
                                       << u"order_id is 3,000 characters long; at most 128"_s;
    QTest::addRow("128 emoji are 128 characters") << orderId << repeated(emoji, 128) << QString();
    QTest::addRow("129 emoji") << orderId << repeated(emoji, 129) << u"order_id is 129 characters long; at most 128"_s;
    QTest::addRow("empty order_id") << orderId << QString() << u"order_id is empty"_s;
    QTest::addRow("NUL") << orderId << u"abcd\0e"_s
                         << u"order_id contains a control character (U+0000) at position 5"_s;
    QTest::addRow("NUL after an emoji counts characters")
        << orderId << QString(emoji + u"\0"_s) << u"order_id contains a control character (U+0000) at position 2"_s;
    QTest::addRow("U+001F") << orderId << u"a\x1f"_s
                            << u"order_id contains a control character (U+001F) at position 2"_s;
    QTest::addRow("U+007F") << orderId << u"\x7f"_s
                            << u"order_id contains a control character (U+007F) at position 1"_s;
    QTest::addRow("U+0080 is no control of the rules") << orderId << u"a\u0080"_s << QString();
    QTest::addRow("tab in a single-line field")
        << orderId << u"a\tb"_s << u"order_id contains a control character (U+0009) at position 2"_s;
    QTest::addRow("LF in a single-line field")
        << orderId << u"a\nb"_s << u"order_id contains a control character (U+000A) at position 2"_s;

    const TextRule reason = ValueRules::reason;
    QTest::addRow("tab, LF, CR in a multi-line field") << reason << u"why:\tthis\r\nand that"_s << QString();
    QTest::addRow("NUL in a multi-line field")
        << reason << u"why\0"_s << u"order_id contains a control character (U+0000) at position 4"_s;
    QTest::addRow("U+000B in a multi-line field")
        << reason << u"a\vb"_s << u"order_id contains a control character (U+000B) at position 2"_s;
    QTest::addRow("U+001F in a multi-line field")
        << reason << u"a\x1f"_s << u"order_id contains a control character (U+001F) at position 2"_s;
    QTest::addRow("reason of 4000") << reason << repeated(u"x"_s, 4000) << QString();
    QTest::addRow("reason of 4001") << reason << repeated(u"x"_s, 4001)
                                    << u"order_id is 4,001 characters long; at most 4,000"_s;
    QTest::addRow("reason of spaces") << reason << u"   "_s << u"order_id has nothing but spaces"_s;

    const TextRule name = ValueRules::name;
    QTest::addRow("name of 200") << name << repeated(u"n"_s, 200) << QString();
    QTest::addRow("name of 201") << name << repeated(u"n"_s, 201) << u"order_id is 201 characters long; at most 200"_s;
    QTest::addRow("name of one letter") << name << u"J"_s << QString();
    QTest::addRow("blank name: no-break and ideographic spaces")
        << name << u"\u00a0\u3000 \u2007"_s << u"order_id has nothing but spaces"_s;
    QTest::addRow("name with a zero-width space is not blank") << name << u"\u200b"_s << QString();

    const TextRule code = ValueRules::code;
    QTest::addRow("code of 64") << code << repeated(u"c"_s, 64) << QString();
    QTest::addRow("code of 65") << code << repeated(u"c"_s, 65) << u"order_id is 65 characters long; at most 64"_s;
    QTest::addRow("optional code may be empty") << ValueRules::optionalCode << QString() << QString();

    QTest::addRow("email of 254") << ValueRules::email << repeated(u"e"_s, 254) << QString();
    QTest::addRow("email of 255") << ValueRules::email << repeated(u"e"_s, 255)
                                  << u"order_id is 255 characters long; at most 254"_s;
    QTest::addRow("url of 2048") << ValueRules::url << repeated(u"u"_s, 2048) << QString();
    QTest::addRow("url of 2049") << ValueRules::url << repeated(u"u"_s, 2049)
                                 << u"order_id is 2,049 characters long; at most 2,048"_s;
    QTest::addRow("host of 253") << ValueRules::host << repeated(u"h"_s, 253) << QString();
    QTest::addRow("host of 254") << ValueRules::host << repeated(u"h"_s, 254)
                                 << u"order_id is 254 characters long; at most 253"_s;
    QTest::addRow("path of 1024") << ValueRules::path << repeated(u"p"_s, 1024) << QString();
    QTest::addRow("path of 1025") << ValueRules::path << repeated(u"p"_s, 1025)
                                  << u"order_id is 1,025 characters long; at most 1,024"_s;
    QTest::addRow("token of 128") << ValueRules::token << repeated(u"t"_s, 128) << QString();
    QTest::addRow("token of 129") << ValueRules::token << repeated(u"t"_s, 129)
                                  << u"order_id is 129 characters long; at most 128"_s;
    QTest::addRow("audit JSON of 65536, multi-line") << ValueRules::auditJson << repeated(u"{\n"_s, 32768) << QString();
    QTest::addRow("audit JSON of 65537") << ValueRules::auditJson << repeated(u"j"_s, 65537)
                                         << u"order_id is 65,537 characters long; at most 65,536"_s;
}

void TestValueRules::text()
{
    QFETCH(TextRule, rule);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QCOMPARE(ValueRules::checkText(u"order_id"_s, value, rule), error);
}

void TestValueRules::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::addRow("1970-01-01T00:00:00Z") << u"1970-01-01T00:00:00Z"_s << QString();
    QTest::addRow("one second before")
        << u"1969-12-31T23:59:59Z"_s
        << u"placed_at 1969-12-31T23:59:59Z is before 1970-01-01T00:00:00Z, the earliest "
           "time accepted"_s;
    QTest::addRow("the same second east of Greenwich")
        << u"1970-01-01T00:30:00+01:00"_s
        << u"placed_at 1969-12-31T23:30:00Z is before 1970-01-01T00:00:00Z, "
           "the earliest time accepted"_s;
    QTest::addRow("year 0") << u"0000-01-01T00:00:00Z"_s
                            << u"placed_at 0000-01-01T00:00:00Z is before 1970-01-01T00:00:00Z, the earliest time "
                               "accepted"_s;
    QTest::addRow("9999-12-31T23:59:59Z") << u"9999-12-31T23:59:59Z"_s << QString();
    QTest::addRow("one second after, west of Greenwich")
        << u"9999-12-31T23:00:00-01:00"_s
        << u"placed_at 10000-01-01T00:00:00Z is after 9999-12-31T23:59:59Z, the latest time accepted"_s;
}

void TestValueRules::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const std::optional<qint64> seconds = Timestamp::parse(text);
    QVERIFY(seconds);
    QCOMPARE(ValueRules::checkTimestamp(u"placed_at"_s, *seconds), error);
    QCOMPARE(ValueRules::checkTimestamp(u"placed_at"_s, ValueRules::minTimestamp), QString());
    QCOMPARE(ValueRules::checkTimestamp(u"placed_at"_s, ValueRules::maxTimestamp), QString());
    QCOMPARE(Timestamp::format(ValueRules::maxTimestamp), u"9999-12-31T23:59:59Z"_s);
}

// A time Timestamp::parse() refuses because of its year is named for the year.
void TestValueRules::timestampYears_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addRow("year 10000") << u"10000-01-01T00:00:00Z"_s
                                << u"placed_at 10000-01-01 is after 9999-12-31T23:59:59Z, the latest time accepted"_s;
    QTest::addRow("year +10000") << u" +10000-01-01"_s
                                 << u"placed_at +10000-01-01 is after 9999-12-31T23:59:59Z, the latest time accepted"_s;
    QTest::addRow("year -1") << u"-0001-12-31T23:59:59Z"_s
                             << u"placed_at -0001-12-31 is before 1970-01-01T00:00:00Z, the earliest time accepted"_s;
    QTest::addRow("a page of digits") << QString(5000, u'9') + u"-01-01"_s
                                      << u"placed_at 9999999999999999999999999999999… is after "
                                         "9999-12-31T23:59:59Z, the latest time accepted"_s;
    QTest::addRow("four digits: no year problem") << u"2026-13-01"_s << QString();
    QTest::addRow("+ and four digits") << u"+2026-01-01"_s << QString();
    QTest::addRow("a number") << u"12345"_s << QString();
    QTest::addRow("digits and a dash only") << u"12345-"_s << QString();
    QTest::addRow("no digits") << u"-x"_s << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestValueRules::timestampYears()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QCOMPARE(ValueRules::checkTimestampYear(u"placed_at"_s, text), error);
}

void TestValueRules::money_data()
{
    QTest::addColumn<int>("kind"); // 0 subtotal, 1 amount, 2 non-negative amount
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("error");

    constexpr qint64 ceiling = 1'000'000'000'000;
    QTest::addRow("subtotal 0") << 0 << qint64(0) << QString();
    QTest::addRow("subtotal 10^12") << 0 << ceiling << QString();
    QTest::addRow("subtotal 10^12 + 1")
        << 0 << ceiling + 1
        << u"subtotal 10000000000.01 is more than 10000000000.00, the most an order's subtotal can be"_s;
    QTest::addRow("subtotal 90000000000000000.00")
        << 0 << qint64(9'000'000'000'000'000'000)
        << u"subtotal 90000000000000000.00 is more than 10000000000.00, the most an order's subtotal can be"_s;
    QTest::addRow("subtotal -0.01") << 0 << qint64(-1) << u"subtotal -0.01 is negative"_s;
    QTest::addRow("amount 10^12") << 1 << ceiling << QString();
    QTest::addRow("amount -10^12") << 1 << -ceiling << QString();
    QTest::addRow("amount 10^12 + 1")
        << 1 << ceiling + 1 << u"subtotal 10000000000.01 is beyond ±10000000000.00, the largest amount accepted"_s;
    QTest::addRow("amount -10^12 - 1") << 1 << -ceiling - 1
                                       << u"subtotal -10000000000.01 is beyond ±10000000000.00, the largest amount "
                                          "accepted"_s;
    QTest::addRow("amount of the most negative int64")
        << 1 << std::numeric_limits<qint64>::min()
        << u"subtotal -92233720368547758.08 is beyond ±10000000000.00, the largest amount accepted"_s;
    QTest::addRow("threshold 10^12") << 2 << ceiling << QString();
    QTest::addRow("threshold 10^12 + 1") << 2 << ceiling + 1
                                         << u"subtotal 10000000000.01 is more than 10000000000.00, the largest amount "
                                            "accepted"_s;
    QTest::addRow("threshold -1") << 2 << qint64(-1) << u"subtotal -0.01 is negative"_s;
}

void TestValueRules::money()
{
    QFETCH(int, kind);
    QFETCH(qint64, minor);
    QFETCH(QString, error);
    const QString field = u"subtotal"_s;
    const QString result = kind == 0   ? ValueRules::checkSubtotal(field, minor, 2)
                           : kind == 1 ? ValueRules::checkAmount(field, minor, 2)
                                       : ValueRules::checkNonNegativeAmount(field, minor, 2);
    QCOMPARE(result, error);
}

void TestValueRules::currency_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("EUR") << u"EUR"_s << true;
    QTest::addRow("lower case") << u"eur"_s << false;
    QTest::addRow("two letters") << u"EU"_s << false;
    QTest::addRow("four letters") << u"EURO"_s << false;
    QTest::addRow("a digit") << u"EU1"_s << false;
    QTest::addRow("a letter beyond A-Z") << u"EUŘ"_s << false;
}

void TestValueRules::currency()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    const QString error = ValueRules::checkCurrency(u"currency"_s, value);
    QCOMPARE(error.isEmpty(), accepted);
    if (!accepted)
        QCOMPARE(error, u"currency \"%1\" is not three capital letters A-Z"_s.arg(value));
}

void TestValueRules::bannerSides_data()
{
    QTest::addColumn<qint64>("pixels");
    QTest::addColumn<QString>("error");
    QTest::addRow("1") << qint64(1) << QString();
    QTest::addRow("0") << qint64(0) << u"width is 0 pixels; it must be between 1 and 10,000"_s;
    QTest::addRow("10000") << qint64(10000) << QString();
    QTest::addRow("10001") << qint64(10001) << u"width is 10,001 pixels; it must be between 1 and 10,000"_s;
}

void TestValueRules::bannerSides()
{
    QFETCH(qint64, pixels);
    QFETCH(QString, error);
    QCOMPARE(ValueRules::checkBannerSide(u"width"_s, pixels), error);
}

void TestValueRules::imageUrls_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    const QString https = u"https://cdn.example.com/"_s;
    QTest::addRow("URL of 2048") << https + repeated(u"a"_s, 2048 - https.size()) << true;
    QTest::addRow("URL of 2049") << https + repeated(u"a"_s, 2049 - https.size()) << false;
    const QString data = u"DATA:image/png;base64,"_s;
    QTest::addRow("embedded image of 350,000") << data + repeated(u"A"_s, 350000 - data.size()) << true;
    QTest::addRow("embedded image of 350,001") << data + repeated(u"A"_s, 350001 - data.size()) << false;
    QTest::addRow("embedded image with a line break") << u"data:image/png;base64,AA\nAA"_s << false;
}

void TestValueRules::imageUrls()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QCOMPARE(ValueRules::checkImageUrl(u"image_url"_s, value).isEmpty(), accepted);
}

void TestValueRules::fitted_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("fits already") << u"line 1\nline 2\ttab"_s << u"line 1\nline 2\ttab"_s;
    QTest::addRow("controls replaced") << u"a\0b\x1b[31mc\x7f"_s << u"a\uFFFDb\uFFFD[31mc\uFFFD"_s;
    QTest::addRow("cut with an ellipsis") << repeated(u"x"_s, 4001) << QString(repeated(u"x"_s, 3999) + u"…"_s);
    QTest::addRow("a pair is never split") << repeated(emoji, 4001) << QString(repeated(emoji, 3999) + u"…"_s);
}

void TestValueRules::fitted()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QString result = ValueRules::fitted(value, ValueRules::finding);
    QCOMPARE(result, expected);
    QCOMPARE(ValueRules::checkText(u"last_finding"_s, result, ValueRules::finding), QString());
}

void TestValueRules::everyCentralColumnOnce()
{
    QSet<QString> seen;
    for (const ValueRules::Column &column : ValueRules::columns()) {
        const QString key = QString::fromLatin1(column.table) + u'.' + QString::fromLatin1(column.column);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
    }
    QVERIFY(seen.contains(u"orders.placed_at"_s));
    QVERIFY(seen.contains(u"affiliates.name"_s));
    QVERIFY(seen.contains(u"audit_log.before_json"_s));
}

// What a push would ask of a local row: its values as SQLite holds them, by central column.
void TestValueRules::checkByColumn()
{
    const ValueRules::Column *placedAt = ValueRules::column(u"orders", u"placed_at");
    QVERIFY(placedAt);
    QCOMPARE(ValueRules::check(*placedAt, u"1970-01-01T00:00:00Z"_s), QString());
    QCOMPARE(ValueRules::check(*placedAt, u"0000-01-01T00:00:00Z"_s),
             u"placed_at 0000-01-01T00:00:00Z is before 1970-01-01T00:00:00Z, the earliest time accepted"_s);
    QCOMPARE(ValueRules::check(*placedAt, QVariant(qint64(-1))).isEmpty(), false);
    QCOMPARE(ValueRules::check(*placedAt, QVariant()), u"placed_at is missing"_s);
    const ValueRules::Column *leftAt = ValueRules::column(u"memberships", u"left_at");
    QVERIFY(leftAt);
    QCOMPARE(ValueRules::check(*leftAt, QVariant()), QString());
    const ValueRules::Column *subtotal = ValueRules::column(u"orders", u"subtotal_minor");
    QVERIFY(subtotal);
    QCOMPARE(ValueRules::check(*subtotal, QVariant(qint64(1'000'000'000'000))), QString());
    QVERIFY(!ValueRules::check(*subtotal, QVariant(qint64(1'000'000'000'001))).isEmpty());
    const ValueRules::Column *name = ValueRules::column(u"affiliates", u"name");
    QVERIFY(name);
    QCOMPARE(ValueRules::check(*name, u"Ann\x01"_s), u"name contains a control character (U+0001) at position 4"_s);
    QVERIFY(!ValueRules::column(u"orders", u"status"));
}

QTEST_GUILESS_MAIN(TestValueRules)
#include "tst_valuerules.moc"
