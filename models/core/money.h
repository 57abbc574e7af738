#pragma once

#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>

namespace PartnerDesk {

class Rate;

// ISO 4217 currency codes and their minor digits (EUR 2, JPY 0, KWD 3, ...).
class Currency final
{
public:
    // -1 when the code is not an ISO 4217 currency this build knows.
    static int minorDigits(QStringView code);
    static bool isKnown(QStringView code) { return minorDigits(code) >= 0; }
};

// An amount of money in integer minor units of one currency. Never a floating-point number.
class Money final
{
public:
    Money() = default;
    Money(qint64 minor, const QString &currency)
        : m_minor(minor)
        , m_currency(currency)
    {}

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    int minorDigits() const { return Currency::minorDigits(m_currency); }
    bool isNull() const { return m_currency.isEmpty(); }

    // Parses a plain decimal with '.' ("12.50", "-3", "0.5") that has no more fractional digits
    // than the currency has. On failure returns nullopt and sets *error to the reason.
    static std::optional<Money> parse(QStringView text, const QString &currency, QString *error = nullptr);
    // Minor units for a decimal text in a currency with the given minor digits; the parser behind parse().
    static std::optional<qint64> parseMinor(QStringView text, int minorDigits, QString *error = nullptr);

    // "12.50", "-0.05", "1200" (JPY): the currency's minor digits, no grouping, no symbol.
    QString toPlainString() const;
    static QString formatMinor(qint64 minor, int minorDigits);

    // For people, not files: "$3,206,347.26" (en_US), "3 206 347,26 Kč" (cs_CZ), "-1.234,50 €"
    // (de_DE) — the locale's grouping, decimal sign, digits and currency pattern, built from the
    // integer parts (never through a double). The symbol is the locale's own for its currency,
    // else the one Qt's locales give that currency when no other currency shares it and the
    // locale's script can read it ("€", "Kč", "CA$"), else the ISO code ("USD" in cs_CZ: "$"
    // alone would not say which dollar). Negative amounts take the locale's negative pattern
    // ("($1,234.50)" in en_US, "-1.234,50 €" in de_DE). Exports and edit fields keep toPlainString().
    QString toDisplayString(const QLocale &locale = QLocale()) const;
    static QString displayString(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
    // The symbol toDisplayString() uses for a currency in a locale.
    static QString displaySymbol(const QString &currency, const QLocale &locale = QLocale());
    // Where the locale puts the symbol and the sign around a magnitude, %1: "$%1", "-$%1",
    // "%1\u00a0Kč", "JPY\u00a0%1" (a code is spaced off the digits).
    static QString currencyPattern(const QString &currency, bool negative, const QLocale &locale = QLocale());

    // base × rate, rounded to the minor unit half away from zero.
    Money applyRate(const Rate &rate) const;

    Money operator-() const { return Money(-m_minor, m_currency); }
    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

// A count for people ("12,345" in en_US, "12 345" in cs_CZ): the same locale rules as money.
QString formatCount(qint64 count, const QLocale &locale = QLocale());

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::Money)
