// Timestamp parsing: a value the import accepts (parse() and ValueRules::checkTimestamp) is within
// 1970..9999 and formats and parses back to the same instant; a plain ISO 8601 instant parses to
// what QDateTime reads; parseDate() gives the start of a day; format() of any in-range instant
// parses back to it.

#include "core/timestamp.h"
#include "core/valuerules.h"
#include "fuzzsupport.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace PartnerDesk;
using FuzzSupport::text;

namespace {

void checkRoundTrip(qint64 seconds, const char *what)
{
    const QString formatted = Timestamp::format(seconds);
    const std::optional<qint64> again = Timestamp::parse(formatted);
    FUZZ_CHECK(again && *again == seconds, "%s %lld formats as %s, which parses %s %lld", what, seconds,
               text(formatted).constData(), again ? "to" : "as an error", again ? *again : 0LL);
}

void checkText(const QString &input)
{
    const std::optional<qint64> seconds = Timestamp::parse(input);
    if (seconds) {
        const QString problem = ValueRules::checkTimestamp(QStringLiteral("placed_at"), *seconds);
        const bool inRange = *seconds >= ValueRules::minTimestamp && *seconds <= ValueRules::maxTimestamp;
        FUZZ_CHECK(problem.isEmpty() == inRange, "\"%s\" = %lld: in range %d, refusal \"%s\"", text(input).constData(),
                   *seconds, inRange, text(problem).constData());
        if (inRange)
            checkRoundTrip(*seconds, text(input).constData());

        // A plain instant, as a store exports it: QDateTime reads the same (leap second apart).
        static const QRegularExpression plain(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:[0-5]\\d(Z|[+-]\\d\\d:\\d\\d)?$"));
        const QString trimmed = input.trimmed();
        if (inRange && plain.match(trimmed).hasMatch() && trimmed.left(4) >= u"1970" && trimmed.left(4) <= u"9998") {
            QString iso = trimmed;
            iso[10] = u'T';
            if (!iso.endsWith(u'Z') && iso.size() == 19)
                iso += u'Z';
            const QDateTime reference = QDateTime::fromString(iso, Qt::ISODate);
            FUZZ_CHECK(reference.isValid() && reference.toSecsSinceEpoch() == *seconds,
                       "\"%s\" = %lld, QDateTime reads %lld (%s)", text(input).constData(), *seconds,
                       reference.isValid() ? reference.toSecsSinceEpoch() : 0LL,
                       reference.isValid() ? "valid" : "invalid");
        }
    }
    if (const std::optional<qint64> day = Timestamp::parseDate(input)) {
        FUZZ_CHECK(seconds && *seconds == *day, "parseDate(\"%s\") = %lld but parse() %s", text(input).constData(),
                   *day, seconds ? "differs" : "refuses it");
        FUZZ_CHECK(*day % Timestamp::secondsPerDay == 0, "parseDate(\"%s\") = %lld is not a day's start",
                   text(input).constData(), *day);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    return FuzzSupport::initialize(argc, argv);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkText(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    // The bytes as an instant too: every in-range value formats and parses back.
    if (size >= 8) {
        qint64 raw = 0;
        memcpy(&raw, data, sizeof raw);
        const qint64 span = ValueRules::maxTimestamp - ValueRules::minTimestamp + 1;
        const qint64 seconds = ValueRules::minTimestamp + qint64(quint64(raw) % quint64(span));
        checkRoundTrip(seconds, "instant");
    }
    return 0;
}
