#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace PartnerDesk {

// How a free-text field may look (ValueRules).
enum class TextLines
{
    Single, // no control character at all (U+0000-U+001F, U+007F)
    Multi   // tab, LF and CR allowed; other control characters and NUL refused
};

struct TextRule
{
    int minLength = 0;
    int maxLength = 4000;
    TextLines lines = TextLines::Single;
    bool notBlank = false; // at least one character that is not a space (ValueRules::isBlankSpace)
};

// The values both databases accept (DESIGN.md, "Both databases accept exactly the same values").
// Every local write of outside or user input checks its values here; the central schema refuses
// the same ones with CHECK constraints (resources/central/0004_value_rules.sql), and
// tst_valuerulescentral proves, column by column from columns() below, that both sides draw the
// line at the same place. Each check returns "" when the value is fine, else a sentence naming the
// field, what is wrong and where.
//
// Lengths count characters (Unicode code points), as PostgreSQL's length() does, not UTF-16 units.
class ValueRules final
{
    Q_DECLARE_TR_FUNCTIONS(ValueRules)

public:
    // Timestamps: 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z inclusive.
    static constexpr qint64 minTimestamp = 0;
    static constexpr qint64 maxTimestamp = 253402300799;
    // Money in minor units: an order's subtotal 0..maxSubtotalMinor, any other amount |x| <= maxAmountMinor.
    static constexpr qint64 maxSubtotalMinor = 1'000'000'000'000;
    static constexpr qint64 maxAmountMinor = 1'000'000'000'000;
    // Lengths in characters.
    static constexpr int maxOrderId = 128;
    static constexpr int maxCode = 64; // affiliate and coupon codes
    static constexpr int currencyLength = 3;
    static constexpr int maxName = 200; // program and partner names, banner titles
    static constexpr int maxEmail = 254;
    static constexpr int maxUrl = 2048;
    static constexpr int maxHost = 253; // a host, or a direct-link domain with its "*."
    static constexpr int maxPath = 1024;
    static constexpr int maxReason = 4000; // descriptions and reasons
    static constexpr int maxAuditJson = 65536;
    static constexpr int maxToken = 128;
    static constexpr int maxFinding = 4000;
    static constexpr int maxText = 4000;        // any other free text
    static constexpr int maxRequestText = 2000; // a request's message, how an applicant will promote
    // A partner's own banner may be an embedded image (EmbeddedImage, a data: URI of at most
    // 256 KB, base64): such an image_url may be this long. Every other image_url is a URL.
    static constexpr int maxEmbeddedImageUrl = 350'000;
    static constexpr int maxBannerSide = 10000;
    static constexpr int maxCampaign = 100; // a campaign tag (acc_campaign)

    // Free-text rules by what the field holds.
    static constexpr TextRule orderId{1, maxOrderId};
    static constexpr TextRule code{1, maxCode, TextLines::Single, true};
    static constexpr TextRule optionalCode{0, maxCode};
    static constexpr TextRule name{1, maxName, TextLines::Single, true};
    static constexpr TextRule email{0, maxEmail};
    static constexpr TextRule url{0, maxUrl};
    static constexpr TextRule host{1, maxHost};
    static constexpr TextRule path{1, maxPath};
    static constexpr TextRule description{0, maxReason, TextLines::Multi};
    static constexpr TextRule reason{1, maxReason, TextLines::Multi, true};
    static constexpr TextRule optionalReason{0, maxReason, TextLines::Multi};
    static constexpr TextRule auditJson{0, maxAuditJson, TextLines::Multi};
    static constexpr TextRule token{1, maxToken};
    static constexpr TextRule finding{0, maxFinding, TextLines::Multi};
    static constexpr TextRule singleLine{0, maxText};
    static constexpr TextRule campaign{0, maxCampaign};

    static QString checkText(const QString &field, QStringView value, const TextRule &rule);
    // Seconds since the epoch within [minTimestamp, maxTimestamp].
    static QString checkTimestamp(const QString &field, qint64 seconds);
    // For a time that Timestamp::parse() refused: when it is a date with a year of five digits
    // or more ("10000-01-01"), or a negative year, the sentence checkTimestamp() would say of it
    // ("after 9999-12-31T23:59:59Z"); "" for anything else that is no date.
    static QString checkTimestampYear(const QString &field, QStringView text);
    // 0 <= minor <= maxSubtotalMinor; `minorDigits` only shapes the message ("12.50").
    static QString checkSubtotal(const QString &field, qint64 minor, int minorDigits = 2);
    // |minor| <= maxAmountMinor.
    static QString checkAmount(const QString &field, qint64 minor, int minorDigits = 2);
    // 0 <= minor <= maxAmountMinor (thresholds, a manager's manual amount).
    static QString checkNonNegativeAmount(const QString &field, qint64 minor, int minorDigits = 2);
    // Exactly three letters A-Z, as stored.
    static QString checkCurrency(const QString &field, QStringView value);
    // A banner's width or height: 1..maxBannerSide pixels.
    static QString checkBannerSide(const QString &field, qint64 pixels);
    // A URL of at most maxUrl characters, or an embedded image ("data:image/...;base64,...") of at
    // most maxEmbeddedImageUrl; single-line either way.
    static QString checkImageUrl(const QString &field, QStringView value);

    // Makes a text that a program wrote from outside input fit `rule` instead of refusing it (a
    // domain check's finding quotes what a web server answered): control characters it may not
    // hold become U+FFFD, and a text too long is cut, ending with "…".
    static QString fitted(QStringView value, const TextRule &rule);

    // Characters in the sense of the rules: code points (a surrogate pair is one).
    static qsizetype characters(QStringView value);
    // The spaces a "not blank" field may not consist of only: U+0020, U+0085, U+00A0, U+1680,
    // U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 (what QString::trimmed() removes,
    // control characters apart, which such fields refuse anyway).
    static bool isBlankSpace(char32_t c);
    static QString formatTimestamp(qint64 seconds);

    // Every central column a rule applies to, for the cross-check against PostgreSQL.
    enum class Kind
    {
        Text,
        Timestamp,
        Subtotal,
        Amount,
        NonNegativeAmount,
        Currency,
        BannerSide,
        ImageUrl
    };
    struct Column
    {
        const char *table;
        const char *column;
        Kind kind;
        TextRule text; // Kind::Text only
        bool nullable = false;
    };
    static QList<Column> columns();
    // The rule of a central column; nullptr when no rule applies to it.
    static const Column *column(QStringView tableName, QStringView columnName);
    // `value` as the local row holds it (text; a timestamp as ISO 8601 text or seconds; an integer)
    // checked against the column's rule: "" when both databases accept it, else why not. NULL
    // passes a nullable column. For whoever must tell a row apart before it leaves (a push).
    static QString check(const Column &rule, const QVariant &value);
};

} // namespace PartnerDesk
