#include "core/money.h"
#include "core/rate.h"

#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using PartnerDesk::Currency;
using PartnerDesk::Money;
using PartnerDesk::Rate;

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minorDigits_data();
    void minorDigits();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void format_data();
    void format();
    void displayString_data();
    void displayString();
    void displayStringFollowsDefaultLocale();
    void formatCount_data();
    void formatCount();
    void formatThenParse_data();
    void formatThenParse();
    void applyRate_data();
    void applyRate();
    void parsePercentValid_data();
    void parsePercentValid();
    void parsePercentInvalid_data();
    void parsePercentInvalid();
    void toPercentString_data();
    void toPercentString();
};

void TestMoney::minorDigits_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");

    QTest::addRow("EUR") << u"EUR"_s << 2;
    QTest::addRow("USD") << u"USD"_s << 2;
    QTest::addRow("JPY") << u"JPY"_s << 0;
    QTest::addRow("KRW") << u"KRW"_s << 0;
    QTest::addRow("KWD") << u"KWD"_s << 3;
    QTest::addRow("CLF") << u"CLF"_s << 4;
    QTest::addRow("unknown code") << u"XYZ"_s << -1;
    QTest::addRow("empty") << QString() << -1;
    QTest::addRow("four letters") << u"EURO"_s << -1;
}

void TestMoney::minorDigits()
{
    QFETCH(QString, currency);
    QFETCH(int, digits);

    QCOMPARE(Currency::minorDigits(currency), digits);
    QCOMPARE(Currency::isKnown(currency), digits >= 0);
}

void TestMoney::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");

    QTest::addRow("two decimals") << u"12.50"_s << u"EUR"_s << qint64(1250);
    QTest::addRow("one decimal") << u"12.5"_s << u"EUR"_s << qint64(1250);
    QTest::addRow("integer") << u"12"_s << u"EUR"_s << qint64(1200);
    QTest::addRow("zero") << u"0"_s << u"EUR"_s << qint64(0);
    QTest::addRow("five cents") << u"0.05"_s << u"EUR"_s << qint64(5);
    QTest::addRow("negative integer") << u"-3"_s << u"EUR"_s << qint64(-300);
    QTest::addRow("negative fraction") << u"-0.5"_s << u"EUR"_s << qint64(-50);
    QTest::addRow("explicit plus") << u"+7.00"_s << u"EUR"_s << qint64(700);
    QTest::addRow("leading zeros") << u"007.10"_s << u"EUR"_s << qint64(710);
    QTest::addRow("JPY integer") << u"1200"_s << u"JPY"_s << qint64(1200);
    QTest::addRow("KWD three decimals") << u"1.234"_s << u"KWD"_s << qint64(1234);
    QTest::addRow("KWD one decimal") << u"1.2"_s << u"KWD"_s << qint64(1200);
    QTest::addRow("CLF four decimals") << u"0.0001"_s << u"CLF"_s << qint64(1);
    QTest::addRow("large") << u"1000000000000.00"_s << u"EUR"_s << qint64(100000000000000);
    // The largest whole amount whose cents still fit into qint64.
    QTest::addRow("largest whole EUR") << u"92233720368547758"_s << u"EUR"_s << qint64(9223372036854775800);
    // Found by fuzz_money: the one decimal form was read and the two decimal form of the same amount
    // refused as too large, so toPlainString() did not parse back.
    QTest::addRow("largest whole EUR, one decimal")
        << u"+92233720368547758.0"_s << u"EUR"_s << qint64(9223372036854775800);
    QTest::addRow("largest whole EUR, two decimals")
        << u"92233720368547758.00"_s << u"EUR"_s << qint64(9223372036854775800);
    QTest::addRow("largest amount") << u"92233720368547758.07"_s << u"EUR"_s << qint64(9223372036854775807);
}

void TestMoney::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);

    QString error;
    const std::optional<Money> money = Money::parse(text, currency, &error);
    QVERIFY2(money.has_value(), qPrintable(error));
    QCOMPARE(money->minor(), minor);
    QCOMPARE(money->currency(), currency);
    QVERIFY(!money->isNull());
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");

    QTest::addRow("too many decimals for EUR") << u"12.505"_s << u"EUR"_s;
    QTest::addRow("JPY with decimals") << u"12.5"_s << u"JPY"_s;
    QTest::addRow("JPY with zero decimals") << u"12.0"_s << u"JPY"_s;
    QTest::addRow("KWD four decimals") << u"1.2345"_s << u"KWD"_s;
    QTest::addRow("garbage") << u"abc"_s << u"EUR"_s;
    QTest::addRow("comma decimal") << u"12,50"_s << u"EUR"_s;
    QTest::addRow("two dots") << u"1.2.3"_s << u"EUR"_s;
    QTest::addRow("trailing letter") << u"12a"_s << u"EUR"_s;
    QTest::addRow("currency symbol") << u"€12"_s << u"EUR"_s;
    QTest::addRow("leading space") << u" 12"_s << u"EUR"_s;
    QTest::addRow("grouping") << u"1,000.00"_s << u"EUR"_s;
    QTest::addRow("exponent") << u"1e3"_s << u"EUR"_s;
    QTest::addRow("empty") << QString() << u"EUR"_s;
    QTest::addRow("sign only") << u"-"_s << u"EUR"_s;
    QTest::addRow("plus only") << u"+"_s << u"EUR"_s;
    QTest::addRow("dot only") << u"."_s << u"EUR"_s;
    QTest::addRow("trailing dot") << u"12."_s << u"EUR"_s;
    QTest::addRow("double sign") << u"--1"_s << u"EUR"_s;
    QTest::addRow("huge") << u"99999999999999999999"_s << u"EUR"_s;
    QTest::addRow("huge JPY") << u"99999999999999999999"_s << u"JPY"_s;
    QTest::addRow("just too large after scaling") << u"92233720368547759"_s << u"EUR"_s;
    QTest::addRow("unknown currency") << u"12.50"_s << u"XYZ"_s;
    QTest::addRow("no currency") << u"12.50"_s << QString();
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);

    QString error;
    const std::optional<Money> money = Money::parse(text, currency, &error);
    QVERIFY2(!money.has_value(), qPrintable(u"parsed as %1"_s.arg(money ? money->minor() : 0)));
    QVERIFY(!error.isEmpty());
    // A null error pointer is allowed.
    QVERIFY(!Money::parse(text, currency).has_value());
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");

    QTest::addRow("EUR") << qint64(1250) << u"EUR"_s << u"12.50"_s;
    QTest::addRow("whole EUR") << qint64(100) << u"EUR"_s << u"1.00"_s;
    QTest::addRow("zero") << qint64(0) << u"EUR"_s << u"0.00"_s;
    QTest::addRow("five cents") << qint64(5) << u"EUR"_s << u"0.05"_s;
    QTest::addRow("fifty cents") << qint64(50) << u"EUR"_s << u"0.50"_s;
    QTest::addRow("negative") << qint64(-1250) << u"EUR"_s << u"-12.50"_s;
    QTest::addRow("negative five cents") << qint64(-5) << u"EUR"_s << u"-0.05"_s;
    QTest::addRow("no grouping") << qint64(123456789) << u"EUR"_s << u"1234567.89"_s;
    QTest::addRow("JPY") << qint64(1200) << u"JPY"_s << u"1200"_s;
    QTest::addRow("negative JPY") << qint64(-7) << u"JPY"_s << u"-7"_s;
    QTest::addRow("KWD") << qint64(1234) << u"KWD"_s << u"1.234"_s;
    QTest::addRow("small KWD") << qint64(5) << u"KWD"_s << u"0.005"_s;
    QTest::addRow("CLF") << qint64(5) << u"CLF"_s << u"0.0005"_s;
    QTest::addRow("most negative") << std::numeric_limits<qint64>::min() << u"EUR"_s << u"-92233720368547758.08"_s;
    QTest::addRow("largest") << std::numeric_limits<qint64>::max() << u"EUR"_s << u"92233720368547758.07"_s;
}

void TestMoney::format()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);

    QCOMPARE(Money(minor, currency).toPlainString(), text);
    QCOMPARE(Money::formatMinor(minor, Currency::minorDigits(currency)), text);
}

void TestMoney::displayString_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");

    // U+00A0 (no-break space) is what Qt's locales group and space with in cs_CZ and de_DE.
    QTest::addRow("en_US USD") << u"en_US"_s << qint64(320634726) << u"USD"_s << u"$3,206,347.26"_s;
    QTest::addRow("en_US negative USD") << u"en_US"_s << qint64(-123450) << u"USD"_s << u"($1,234.50)"_s;
    QTest::addRow("en_US EUR") << u"en_US"_s << qint64(320634726) << u"EUR"_s << u"€3,206,347.26"_s;
    QTest::addRow("en_US CZK") << u"en_US"_s << qint64(100) << u"CZK"_s << u"Kč1.00"_s;
    QTest::addRow("en_US CAD (a dollar, not his)") << u"en_US"_s << qint64(100) << u"CAD"_s << u"CA$1.00"_s;
    QTest::addRow("en_US JPY") << u"en_US"_s << qint64(1234567) << u"JPY"_s << u"JPY\u00a01,234,567"_s;
    QTest::addRow("en_US five cents") << u"en_US"_s << qint64(5) << u"USD"_s << u"$0.05"_s;
    QTest::addRow("en_US zero") << u"en_US"_s << qint64(0) << u"USD"_s << u"$0.00"_s;
    // KWD's symbol is Arabic letters: the code, for a reader of Latin script.
    QTest::addRow("en_US KWD") << u"en_US"_s << qint64(1234567) << u"KWD"_s << u"KWD\u00a01,234.567"_s;
    // "£" is GBP's, but FKP, GIP and SHP write it too.
    QTest::addRow("en_US GBP") << u"en_US"_s << qint64(100) << u"GBP"_s << u"GBP\u00a01.00"_s;
    QTest::addRow("en_GB GBP") << u"en_GB"_s << qint64(123450) << u"GBP"_s << u"£1,234.50"_s;
    QTest::addRow("en_US largest") << u"en_US"_s << std::numeric_limits<qint64>::max() << u"USD"_s
                                   << u"$92,233,720,368,547,758.07"_s;
    QTest::addRow("en_US most negative") << u"en_US"_s << std::numeric_limits<qint64>::min() << u"USD"_s
                                         << u"($92,233,720,368,547,758.08)"_s;
    QTest::addRow("cs_CZ CZK") << u"cs_CZ"_s << qint64(320634726) << u"CZK"_s << u"3\u00a0206\u00a0347,26\u00a0Kč"_s;
    QTest::addRow("cs_CZ negative CZK") << u"cs_CZ"_s << qint64(-5) << u"CZK"_s << u"-0,05\u00a0Kč"_s;
    QTest::addRow("cs_CZ EUR") << u"cs_CZ"_s << qint64(123450) << u"EUR"_s << u"1\u00a0234,50\u00a0€"_s;
    QTest::addRow("cs_CZ USD") << u"cs_CZ"_s << qint64(123450) << u"USD"_s << u"1\u00a0234,50\u00a0USD"_s;
    QTest::addRow("cs_CZ largest") << u"cs_CZ"_s << std::numeric_limits<qint64>::max() << u"CZK"_s
                                   << u"92\u00a0233\u00a0720\u00a0368\u00a0547\u00a0758,07\u00a0Kč"_s;
    QTest::addRow("de_DE EUR") << u"de_DE"_s << qint64(320634726) << u"EUR"_s << u"3.206.347,26\u00a0€"_s;
    QTest::addRow("de_DE negative EUR") << u"de_DE"_s << qint64(-123450) << u"EUR"_s << u"-1.234,50\u00a0€"_s;
    QTest::addRow("de_DE JPY") << u"de_DE"_s << qint64(-1234567) << u"JPY"_s << u"-1.234.567\u00a0JPY"_s;
    QTest::addRow("de_DE most negative") << u"de_DE"_s << std::numeric_limits<qint64>::min() << u"EUR"_s
                                         << u"-92.233.720.368.547.758,08\u00a0€"_s;
    // Without a currency nothing says where the minor units end: whole units, no symbol.
    QTest::addRow("no currency") << u"de_DE"_s << qint64(-123450) << QString() << u"-123.450"_s;
}

void TestMoney::displayString()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);

    QCOMPARE(Money::displayString(minor, currency, QLocale(locale)), text);
    QCOMPARE(Money(minor, currency).toDisplayString(QLocale(locale)), text);
}

void TestMoney::displayStringFollowsDefaultLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(u"de_DE"_s));
    const QString german = Money(123450, u"EUR"_s).toDisplayString();
    QLocale::setDefault(QLocale(u"en_US"_s));
    const QString american = Money(123450, u"EUR"_s).toDisplayString();
    QLocale::setDefault(before);

    QCOMPARE(german, u"1.234,50\u00a0€"_s);
    QCOMPARE(american, u"€1,234.50"_s);
}

void TestMoney::formatCount_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("text");

    QTest::addRow("en_US") << u"en_US"_s << qint64(1234567) << u"1,234,567"_s;
    QTest::addRow("en_US small") << u"en_US"_s << qint64(999) << u"999"_s;
    QTest::addRow("cs_CZ") << u"cs_CZ"_s << qint64(1234567) << u"1\u00a0234\u00a0567"_s;
    QTest::addRow("de_DE") << u"de_DE"_s << qint64(1234567) << u"1.234.567"_s;
    QTest::addRow("de_DE negative") << u"de_DE"_s << qint64(-1234) << u"-1.234"_s;
}

void TestMoney::formatCount()
{
    QFETCH(QString, locale);
    QFETCH(qint64, count);
    QFETCH(QString, text);

    QCOMPARE(PartnerDesk::formatCount(count, QLocale(locale)), text);
}

void TestMoney::formatThenParse_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");

    for (const qint64 minor : {qint64(0), qint64(1), qint64(-1), qint64(9), qint64(10), qint64(99), qint64(100),
                               qint64(-101), qint64(123456789)}) {
        for (const QString &currency : {u"EUR"_s, u"JPY"_s, u"KWD"_s})
            QTest::addRow("%lld %s", static_cast<long long>(minor), qPrintable(currency)) << minor << currency;
    }
}

void TestMoney::formatThenParse()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);

    const Money money(minor, currency);
    QString error;
    const std::optional<Money> parsed = Money::parse(money.toPlainString(), currency, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(*parsed, money);
}

void TestMoney::applyRate_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<qint64>("expected");

    QTest::addRow("20 %% of 120.00") << qint64(12000) << u"EUR"_s << 2000 << qint64(2400);
    QTest::addRow("10 %% of 120.00") << qint64(12000) << u"EUR"_s << 1000 << qint64(1200);
    QTest::addRow("0.15 x 10 %% = 0.015 rounds up") << qint64(15) << u"EUR"_s << 1000 << qint64(2);
    QTest::addRow("0.25 x 10 %% = 0.025 rounds up") << qint64(25) << u"EUR"_s << 1000 << qint64(3);
    QTest::addRow("0.14 x 10 %% rounds down") << qint64(14) << u"EUR"_s << 1000 << qint64(1);
    QTest::addRow("0.16 x 10 %% rounds up") << qint64(16) << u"EUR"_s << 1000 << qint64(2);
    QTest::addRow("-0.25 x 10 %% away from zero") << qint64(-25) << u"EUR"_s << 1000 << qint64(-3);
    QTest::addRow("-0.15 x 10 %% away from zero") << qint64(-15) << u"EUR"_s << 1000 << qint64(-2);
    QTest::addRow("-0.14 x 10 %% toward zero") << qint64(-14) << u"EUR"_s << 1000 << qint64(-1);
    QTest::addRow("0.01 x 50 %% = half a cent") << qint64(1) << u"EUR"_s << 5000 << qint64(1);
    QTest::addRow("-0.01 x 50 %%") << qint64(-1) << u"EUR"_s << 5000 << qint64(-1);
    QTest::addRow("0.01 x 49.99 %%") << qint64(1) << u"EUR"_s << 4999 << qint64(0);
    QTest::addRow("123.45 x 12.5 %%") << qint64(12345) << u"EUR"_s << 1250 << qint64(1543);
    QTest::addRow("9.99 x 7.25 %%") << qint64(999) << u"EUR"_s << 725 << qint64(72);
    QTest::addRow("0 %%") << qint64(12000) << u"EUR"_s << 0 << qint64(0);
    QTest::addRow("100 %%") << qint64(12345) << u"EUR"_s << 10000 << qint64(12345);
    QTest::addRow("zero base") << qint64(0) << u"EUR"_s << 2000 << qint64(0);
    QTest::addRow("125 JPY x 10 %%") << qint64(125) << u"JPY"_s << 1000 << qint64(13);
    QTest::addRow("124 JPY x 10 %%") << qint64(124) << u"JPY"_s << 1000 << qint64(12);
    QTest::addRow("-125 JPY x 10 %%") << qint64(-125) << u"JPY"_s << 1000 << qint64(-13);
    QTest::addRow("1.005 KWD x 10 %%") << qint64(1005) << u"KWD"_s << 1000 << qint64(101);
    // The product exceeds 64 bits; the result must not overflow.
    QTest::addRow("largest amount x 100 %%")
        << std::numeric_limits<qint64>::max() << u"EUR"_s << 10000 << std::numeric_limits<qint64>::max();
    QTest::addRow("largest amount x 50 %%")
        << std::numeric_limits<qint64>::max() << u"EUR"_s << 5000 << qint64(4611686018427387904);
}

void TestMoney::applyRate()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(int, basisPoints);
    QFETCH(qint64, expected);

    const Money commission = Money(minor, currency).applyRate(Rate::fromBasisPoints(basisPoints));
    QCOMPARE(commission.minor(), expected);
    QCOMPARE(commission.currency(), currency);
    // Half away from zero is symmetric.
    QCOMPARE((-Money(minor, currency)).applyRate(Rate::fromBasisPoints(basisPoints)).minor(), -expected);
}

void TestMoney::parsePercentValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("basisPoints");

    QTest::addRow("20") << u"20"_s << 2000;
    QTest::addRow("12.5") << u"12.5"_s << 1250;
    QTest::addRow("7.25") << u"7.25"_s << 725;
    QTest::addRow("100") << u"100"_s << 10000;
    QTest::addRow("100.00") << u"100.00"_s << 10000;
    QTest::addRow("0") << u"0"_s << 0;
    QTest::addRow("0.01") << u"0.01"_s << 1;
    QTest::addRow("surrounding spaces") << u" 15 "_s << 1500;
}

void TestMoney::parsePercentValid()
{
    QFETCH(QString, text);
    QFETCH(int, basisPoints);

    QString error;
    const std::optional<Rate> rate = Rate::parsePercent(text, &error);
    QVERIFY2(rate.has_value(), qPrintable(error));
    QCOMPARE(rate->basisPoints(), basisPoints);
    QCOMPARE(*rate, Rate::fromBasisPoints(basisPoints));
}

void TestMoney::parsePercentInvalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("100.01") << u"100.01"_s;
    QTest::addRow("101") << u"101"_s;
    QTest::addRow("-1") << u"-1"_s;
    QTest::addRow("-0.01") << u"-0.01"_s;
    QTest::addRow("1.234") << u"1.234"_s;
    QTest::addRow("empty") << QString();
    QTest::addRow("garbage") << u"abc"_s;
    QTest::addRow("percent sign") << u"20%"_s;
    QTest::addRow("comma") << u"1,5"_s;
    QTest::addRow("trailing dot") << u"20."_s;
    QTest::addRow("huge") << u"99999999999999999999"_s;
}

void TestMoney::parsePercentInvalid()
{
    QFETCH(QString, text);

    QString error;
    const std::optional<Rate> rate = Rate::parsePercent(text, &error);
    QVERIFY2(!rate.has_value(), qPrintable(u"parsed as %1 bp"_s.arg(rate ? rate->basisPoints() : 0)));
    QVERIFY(!error.isEmpty());
}

void TestMoney::toPercentString_data()
{
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<QString>("text");

    QTest::addRow("20") << 2000 << u"20"_s;
    QTest::addRow("12.5") << 1250 << u"12.5"_s;
    QTest::addRow("7.25") << 725 << u"7.25"_s;
    QTest::addRow("100") << 10000 << u"100"_s;
    QTest::addRow("0") << 0 << u"0"_s;
    QTest::addRow("0.01") << 1 << u"0.01"_s;
    QTest::addRow("0.1") << 10 << u"0.1"_s;
    QTest::addRow("10.05") << 1005 << u"10.05"_s;
    QTest::addRow("10") << 1000 << u"10"_s;
}

void TestMoney::toPercentString()
{
    QFETCH(int, basisPoints);
    QFETCH(QString, text);

    const Rate rate = Rate::fromBasisPoints(basisPoints);
    QCOMPARE(rate.toPercentString(), text);
    const std::optional<Rate> reparsed = Rate::parsePercent(rate.toPercentString());
    QVERIFY(reparsed.has_value());
    QCOMPARE(*reparsed, rate);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
