// Money and Rate parsing: an accepted amount round-trips through toPlainString() (and
// formatMinor()) and parse() again to the same minor units, in every minor-digit count the
// currencies have; a parse never accepts more fractional digits than the currency has. An accepted
// Rate is 0..100 % and round-trips through toPercentString().

#include "core/money.h"
#include "core/rate.h"
#include "fuzzsupport.h"

using namespace PartnerDesk;
using FuzzSupport::text;

namespace {

void checkMoney(const QString &input, const QString &currency)
{
    QString error;
    const std::optional<Money> money = Money::parse(input, currency, &error);
    if (!money) {
        FUZZ_CHECK(!error.isEmpty(), "\"%s\" %s refused without a reason", text(input).constData(),
                   text(currency).constData());
        return;
    }
    FUZZ_CHECK(money->currency() == currency, "currency %s became %s", text(currency).constData(),
               text(money->currency()).constData());
    const QString plain = money->toPlainString();
    const std::optional<Money> again = Money::parse(plain, currency, &error);
    FUZZ_CHECK(again && again->minor() == money->minor(),
               "\"%s\" %s = %lld minor, printed \"%s\", which parses %s %lld", text(input).constData(),
               text(currency).constData(), money->minor(), text(plain).constData(), again ? "to" : "as an error",
               again ? again->minor() : 0LL);
    const int digits = Currency::minorDigits(currency);
    FUZZ_CHECK(Money::formatMinor(money->minor(), digits) == plain, "formatMinor and toPlainString differ: %s",
               text(plain).constData());
    // No more fractional digits than the currency has, no grouping, no exponent.
    const qsizetype dot = plain.indexOf(u'.');
    FUZZ_CHECK(digits == 0 ? dot < 0 : dot >= 0 && plain.size() - dot - 1 == digits, "\"%s\" for %d digits",
               text(plain).constData(), digits);
    for (const QChar c : plain)
        FUZZ_CHECK(c.isDigit() || c == u'.' || c == u'-', "\"%s\" holds '%c'", text(plain).constData(),
                   char(c.unicode()));
    // The negation of an accepted amount prints and parses back too (no overflow on either side).
    const Money negated = -*money;
    const std::optional<Money> negatedAgain = Money::parse(negated.toPlainString(), currency);
    FUZZ_CHECK(negatedAgain && negatedAgain->minor() == negated.minor(), "-(%lld) does not round-trip", money->minor());
}

void checkRate(const QString &input)
{
    QString error;
    const std::optional<Rate> rate = Rate::parsePercent(input, &error);
    if (!rate) {
        FUZZ_CHECK(!error.isEmpty(), "rate \"%s\" refused without a reason", text(input).constData());
        return;
    }
    FUZZ_CHECK(rate->basisPoints() >= 0 && rate->basisPoints() <= 10000, "rate \"%s\" = %d basis points",
               text(input).constData(), rate->basisPoints());
    const QString printed = rate->toPercentString();
    const std::optional<Rate> again = Rate::parsePercent(printed);
    FUZZ_CHECK(again && *again == *rate, "rate \"%s\" = %d bp printed \"%s\" does not parse back",
               text(input).constData(), rate->basisPoints(), text(printed).constData());
    // applyRate on the largest amounts must not overflow (UBSan would stop here).
    for (const qint64 minor : {Q_INT64_C(1'000'000'000'000), Q_INT64_C(-1'000'000'000'000), Q_INT64_C(7)}) {
        const Money commission = Money(minor, QStringLiteral("EUR")).applyRate(*rate);
        FUZZ_CHECK(std::abs(commission.minor()) <= std::abs(minor), "%lld x %d bp = %lld", minor, rate->basisPoints(),
                   commission.minor());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    return FuzzSupport::initialize(argc, argv);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &currency :
         {QStringLiteral("EUR"), QStringLiteral("JPY"), QStringLiteral("KWD"), QStringLiteral("CLF")}) {
        if (Currency::isKnown(currency))
            checkMoney(input, currency);
    }
    // Latin-1 reading too: every byte is one character, so lone bytes reach the parser unchanged.
    checkMoney(QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("EUR"));
    checkRate(input);
    return 0;
}
