#pragma once

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

    // base × rate, rounded to the minor unit half away from zero.
    Money applyRate(const Rate &rate) const;

    Money operator-() const { return Money(-m_minor, m_currency); }
    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::Money)
