#include "money.h"

#include "rate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <limits>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

// ISO 4217 (amendment 178): active codes and their minor units. Funds and metals without a
// minor unit (XAU, XDR, ...) are left out: commission cannot be paid in them.
const QHash<QString, int> &currencyTable()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const char *const zero[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                    "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
        const char *const three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
        const char *const four[] = {"CLF", "UYW"};
        const char *const two[] = {
            "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD",
            "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CNY", "COP", "CRC", "CUP",
            "CVE", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP",
            "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR",
            "KPW", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP",
            "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN",
            "PGK", "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
            "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD",
            "TZS", "UAH", "USD", "UYU", "UZS", "VES", "WST", "XCD", "YER", "ZAR", "ZMW", "ZWL"};
        for (const char *code : zero)
            t.insert(QString::fromLatin1(code), 0);
        for (const char *code : two)
            t.insert(QString::fromLatin1(code), 2);
        for (const char *code : three)
            t.insert(QString::fromLatin1(code), 3);
        for (const char *code : four)
            t.insert(QString::fromLatin1(code), 4);
        return t;
    }();
    return table;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

__extension__ typedef __int128 Int128;

constexpr qint64 pow10(int digits)
{
    qint64 value = 1;
    for (int i = 0; i < digits; ++i)
        value *= 10;
    return value;
}

// Qt knows each locale's own currency and symbol but not how a locale writes other currencies.
// From all of Qt's locales: each code's most common symbol, kept only when no other currency is
// written with it ("€", "Kč", "zł"; not "$", "kr", "£" that several currencies share).
const QHash<QString, QString> &unambiguousSymbols()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QHash<QString, int>> uses; // code -> symbol -> locales writing it so
        QHash<QString, QSet<QString>> codesBySymbol;
        const QList<QLocale> locales =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
            if (code.isEmpty() || symbol.isEmpty() || symbol == code)
                continue;
            ++uses[code][symbol];
            codesBySymbol[symbol].insert(code);
        }
        QHash<QString, QString> t;
        for (auto code = uses.cbegin(); code != uses.cend(); ++code) {
            QString best;
            int bestUses = 0;
            for (auto symbol = code->cbegin(); symbol != code->cend(); ++symbol) {
                if (symbol.value() > bestUses || (symbol.value() == bestUses && symbol.key() < best)) {
                    best = symbol.key();
                    bestUses = symbol.value();
                }
            }
            if (codesBySymbol.value(best).size() == 1)
                t.insert(code.key(), best);
        }
        return t;
    }();
    return table;
}

// Whether a reader of the locale can read a symbol: currency signs and punctuation anybody can,
// letters only in the locale's own script ("Kč" in English, not "د.ك.‏").
bool readableIn(const QString &symbol, const QLocale &locale)
{
    const QString native = locale.nativeLanguageName();
    QChar::Script script = QChar::Script_Latin;
    for (const QChar c : native) {
        if (c.isLetter()) {
            script = c.script();
            break;
        }
    }
    for (const QChar c : symbol) {
        if (c.category() == QChar::Symbol_Currency || !c.isLetter())
            continue;
        if (c.script() != script)
            return false;
    }
    return true;
}

int decimalDigitCount(quint64 value)
{
    int count = 1;
    while (value >= 10) {
        value /= 10;
        ++count;
    }
    return count;
}

} // namespace

int Currency::minorDigits(QStringView code)
{
    if (code.size() != 3)
        return -1;
    return currencyTable().value(code.toString(), -1);
}

std::optional<qint64> Money::parseMinor(QStringView text, int minorDigits, QString *error)
{
    if (text.isEmpty()) {
        setError(error, QCoreApplication::translate("Money", "the amount is empty"));
        return std::nullopt;
    }
    qsizetype i = 0;
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        ++i;
    }
    qint64 value = 0;
    int integerDigits = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'.' && !inFraction) {
            inFraction = true;
            continue;
        }
        if (c < u'0' || c > u'9') {
            setError(
                error,
                QCoreApplication::translate("Money", "\"%1\" is not a decimal number with '.'").arg(text.toString()));
            return std::nullopt;
        }
        // Exact: every value that fits is read, however it is spelled ("…758.0" and "…758.00" alike).
        const int digit = c.unicode() - u'0';
        if (value > (std::numeric_limits<qint64>::max() - digit) / 10) {
            setError(error,
                     QCoreApplication::translate("Money", "the amount \"%1\" is too large").arg(text.toString()));
            return std::nullopt;
        }
        value = value * 10 + digit;
        (inFraction ? fractionDigits : integerDigits)++;
    }
    if (integerDigits == 0 && fractionDigits == 0) {
        setError(error,
                 QCoreApplication::translate("Money", "\"%1\" is not a decimal number with '.'").arg(text.toString()));
        return std::nullopt;
    }
    if (inFraction && fractionDigits == 0) {
        setError(error, QCoreApplication::translate("Money", "\"%1\" ends with a '.'").arg(text.toString()));
        return std::nullopt;
    }
    if (fractionDigits > minorDigits) {
        setError(error, QCoreApplication::translate("Money", "\"%1\" has %2 decimals; the currency has %3")
                            .arg(text.toString())
                            .arg(fractionDigits)
                            .arg(minorDigits));
        return std::nullopt;
    }
    const qint64 scale = pow10(minorDigits - fractionDigits);
    if (value > std::numeric_limits<qint64>::max() / scale) {
        setError(error, QCoreApplication::translate("Money", "the amount \"%1\" is too large").arg(text.toString()));
        return std::nullopt;
    }
    value *= scale;
    return negative ? -value : value;
}

std::optional<Money> Money::parse(QStringView text, const QString &currency, QString *error)
{
    const int digits = Currency::minorDigits(currency);
    if (digits < 0) {
        setError(error, QCoreApplication::translate("Money", "\"%1\" is not an ISO 4217 currency code").arg(currency));
        return std::nullopt;
    }
    const std::optional<qint64> minor = parseMinor(text, digits, error);
    if (!minor)
        return std::nullopt;
    return Money(*minor, currency);
}

QString Money::formatMinor(qint64 minor, int minorDigits)
{
    const bool negative = minor < 0;
    // Work in unsigned so that the most negative value formats too.
    quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString digits = QString::number(magnitude);
    if (minorDigits > 0) {
        if (digits.size() <= minorDigits)
            digits.prepend(QString(minorDigits - digits.size() + 1, u'0'));
        digits.insert(digits.size() - minorDigits, u'.');
    }
    return negative ? u'-' + digits : digits;
}

QString Money::toPlainString() const
{
    return formatMinor(m_minor, qMax(0, minorDigits()));
}

QString Money::displaySymbol(const QString &currency, const QLocale &locale)
{
    if (currency.isEmpty())
        return {};
    if (currency == locale.currencySymbol(QLocale::CurrencyIsoCode)) {
        const QString own = locale.currencySymbol(QLocale::CurrencySymbol);
        if (!own.isEmpty())
            return own;
    }
    const QString symbol = unambiguousSymbols().value(currency);
    // The user's own currency's symbol means his currency to him, whatever else writes it.
    if (symbol.isEmpty() || symbol == locale.currencySymbol(QLocale::CurrencySymbol) || !readableIn(symbol, locale))
        return currency;
    return symbol;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    return displayString(m_minor, m_currency, locale);
}

QString Money::displayString(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = qMax(0, Currency::minorDigits(currency));
    const bool negative = minor < 0;
    // Unsigned, so that the most negative value formats too.
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(pow10(digits));
    QString number = locale.toString(magnitude / scale);
    if (digits > 0) {
        QLocale ungrouped = locale;
        ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        const quint64 fraction = magnitude % scale;
        number += locale.decimalPoint();
        number += locale.zeroDigit().repeated(digits - decimalDigitCount(fraction));
        number += ungrouped.toString(fraction);
    }
    if (currency.isEmpty())
        return negative ? locale.negativeSign() + number : number;
    return currencyPattern(currency, negative, locale).arg(number);
}

QString Money::currencyPattern(const QString &currency, bool negative, const QLocale &locale)
{
    const QString symbol = displaySymbol(currency, locale);
    if (symbol.isEmpty())
        return negative ? locale.negativeSign() + u"%1"_s : u"%1"_s;
    // Qt has no call that returns a locale's currency pattern, only one that fills it with an
    // integer: fill it with 1 (or -1, for the negative pattern) and put %1 where the 1 is.
    QString pattern = locale.toCurrencyString(qlonglong(negative ? -1 : 1), symbol);
    const QString one = locale.toString(1);
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0)
        return (negative ? locale.negativeSign() : QString()) + u"%1\u00a0"_s + symbol;
    pattern.replace(at, one.size(), u"%1"_s);
    if (symbol == currency) {
        // A code is letters: kept off the digits by a no-break space, as CLDR's currency spacing
        // does ("JPY 5,000", not "JPY5,000"), where the pattern puts it right against them.
        const qsizetype code = pattern.indexOf(symbol);
        const qsizetype end = code + symbol.size();
        if (code >= 0 && pattern.mid(end, 2) == QLatin1String("%1"))
            pattern.insert(end, QChar(0x00A0));
        else if (code >= 2 && pattern.mid(code - 2, 2) == QLatin1String("%1"))
            pattern.insert(code, QChar(0x00A0));
    }
    return pattern;
}

QString formatCount(qint64 count, const QLocale &locale)
{
    return locale.toString(count);
}

Money Money::applyRate(const Rate &rate) const
{
    // minor × bp / 10000, half away from zero; 128-bit so no product overflows.
    const Int128 product = static_cast<Int128>(m_minor) * rate.basisPoints();
    const Int128 magnitude = product < 0 ? -product : product;
    Int128 rounded = (magnitude + 5000) / 10000;
    if (product < 0)
        rounded = -rounded;
    return Money(static_cast<qint64>(rounded), m_currency);
}

} // namespace PartnerDesk
