#include "valuerules.h"

#include "money.h"
#include "timestamp.h"

namespace PartnerDesk {

namespace {

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7F;
}

bool allowedControl(char32_t c, TextLines lines)
{
    return lines == TextLines::Multi && (c == u'\t' || c == u'\n' || c == u'\r');
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}

// Walks `value` by code point: f(codePoint, 1-based position, UTF-16 index); stops when f returns false.
template<typename F>
void forEachCodePoint(QStringView value, F f)
{
    qsizetype position = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        char32_t c = value.at(i).unicode();
        const qsizetype start = i;
        if (QChar::isHighSurrogate(c) && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(value.at(i), value.at(i + 1));
            ++i;
        }
        if (!f(c, ++position, start))
            return;
    }
}

} // namespace

qsizetype ValueRules::characters(QStringView value)
{
    qsizetype pairs = 0;
    for (qsizetype i = 0; i + 1 < value.size(); ++i) {
        if (value.at(i).isHighSurrogate() && value.at(i + 1).isLowSurrogate()) {
            ++pairs;
            ++i;
        }
    }
    return value.size() - pairs;
}

bool ValueRules::isBlankSpace(char32_t c)
{
    return c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

QString ValueRules::formatTimestamp(qint64 seconds)
{
    return Timestamp::format(seconds);
}

QString ValueRules::checkText(const QString &field, QStringView value, const TextRule &rule)
{
    QString problem;
    // Control characters first: most are invisible, so the position is what the user needs.
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (isControl(c) && !allowedControl(c, rule.lines)) {
            forEachCodePoint(value.first(i + 1), [&](char32_t, qsizetype position, qsizetype start) {
                if (start == i)
                    problem = tr("%1 contains a control character (%2) at position %L3")
                                  .arg(field, codePoint(c))
                                  .arg(position);
                return true;
            });
            return problem;
        }
    }
    // A code point count is never above the UTF-16 size: count only when it may matter.
    const qsizetype size = value.size();
    const qsizetype length = size > rule.maxLength || size < 2 * qsizetype(rule.minLength) ? characters(value) : size;
    if (length > rule.maxLength)
        return tr("%1 is %L2 characters long; at most %L3").arg(field).arg(length).arg(rule.maxLength);
    if (length < rule.minLength) {
        if (length == 0)
            return tr("%1 is empty").arg(field);
        return tr("%1 is %L2 characters long; at least %L3").arg(field).arg(length).arg(rule.minLength);
    }
    if (rule.notBlank && length > 0) {
        bool blank = true;
        forEachCodePoint(value, [&](char32_t c, qsizetype, qsizetype) {
            blank = isBlankSpace(c);
            return blank;
        });
        if (blank)
            return tr("%1 has nothing but spaces").arg(field);
    }
    return {};
}

QString ValueRules::checkTimestamp(const QString &field, qint64 seconds)
{
    if (seconds < minTimestamp)
        return tr("%1 %2 is before %3, the earliest time accepted")
            .arg(field, formatTimestamp(seconds), formatTimestamp(minTimestamp));
    if (seconds > maxTimestamp)
        return tr("%1 %2 is after %3, the latest time accepted")
            .arg(field, formatTimestamp(seconds), formatTimestamp(maxTimestamp));
    return {};
}

QString ValueRules::checkTimestampYear(const QString &field, QStringView text)
{
    const QStringView s = text.trimmed();
    const bool negative = s.startsWith(u'-');
    const qsizetype start = negative || s.startsWith(u'+') ? 1 : 0;
    qsizetype end = start;
    while (end < s.size() && s.at(end) >= u'0' && s.at(end) <= u'9')
        ++end;
    const qsizetype digits = end - start;
    // A year, a dash and the month's first digit: a date, not a number or a word.
    if (digits == 0 || end + 1 >= s.size() || s.at(end) != u'-' || !s.at(end + 1).isDigit() ||
        (!negative && digits < 5))
        return {};
    const QString shown = fitted(s.left(end + 6), {0, 32}); // the year and "-MM-DD", not a page of digits
    if (negative)
        return tr("%1 %2 is before %3, the earliest time accepted").arg(field, shown, formatTimestamp(minTimestamp));
    return tr("%1 %2 is after %3, the latest time accepted").arg(field, shown, formatTimestamp(maxTimestamp));
}

QString ValueRules::checkSubtotal(const QString &field, qint64 minor, int minorDigits)
{
    if (minor < 0)
        return tr("%1 %2 is negative").arg(field, Money::formatMinor(minor, minorDigits));
    if (minor > maxSubtotalMinor)
        return tr("%1 %2 is more than %3, the most an order's subtotal can be")
            .arg(field, Money::formatMinor(minor, minorDigits), Money::formatMinor(maxSubtotalMinor, minorDigits));
    return {};
}

QString ValueRules::checkAmount(const QString &field, qint64 minor, int minorDigits)
{
    if (minor > maxAmountMinor || minor < -maxAmountMinor)
        return tr("%1 %2 is beyond ±%3, the largest amount accepted")
            .arg(field, Money::formatMinor(minor, minorDigits), Money::formatMinor(maxAmountMinor, minorDigits));
    return {};
}

QString ValueRules::checkNonNegativeAmount(const QString &field, qint64 minor, int minorDigits)
{
    if (minor < 0)
        return tr("%1 %2 is negative").arg(field, Money::formatMinor(minor, minorDigits));
    if (minor > maxAmountMinor)
        return tr("%1 %2 is more than %3, the largest amount accepted")
            .arg(field, Money::formatMinor(minor, minorDigits), Money::formatMinor(maxAmountMinor, minorDigits));
    return {};
}

QString ValueRules::checkCurrency(const QString &field, QStringView value)
{
    bool letters = value.size() == currencyLength;
    for (const QChar c : value)
        letters = letters && c >= u'A' && c <= u'Z';
    if (!letters)
        return tr("%1 \"%2\" is not three capital letters A-Z").arg(field, value.toString());
    return {};
}

QString ValueRules::checkBannerSide(const QString &field, qint64 pixels)
{
    if (pixels < 1 || pixels > maxBannerSide)
        return tr("%1 is %L2 pixels; it must be between 1 and %L3").arg(field).arg(pixels).arg(maxBannerSide);
    return {};
}

QString ValueRules::checkImageUrl(const QString &field, QStringView value)
{
    // ASCII case only, as PostgreSQL's lower() in the central check.
    bool embedded = value.size() >= 5;
    for (int i = 0; embedded && i < 5; ++i) {
        char16_t c = value.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            c = static_cast<char16_t>(c - u'A' + u'a');
        embedded = c == u"data:"[i];
    }
    return checkText(field, value, {0, embedded ? maxEmbeddedImageUrl : maxUrl});
}

QString ValueRules::fitted(QStringView value, const TextRule &rule)
{
    QString result;
    result.reserve(qMin<qsizetype>(value.size(), qsizetype(rule.maxLength) * 2));
    qsizetype kept = 0;
    bool cut = false;
    forEachCodePoint(value, [&](char32_t c, qsizetype, qsizetype) {
        if (kept == rule.maxLength) {
            cut = true;
            return false;
        }
        if (isControl(c) && !allowedControl(c, rule.lines))
            c = 0xFFFD;
        result.append(QStringView(QChar::fromUcs4(c)));
        ++kept;
        return true;
    });
    if (cut && rule.maxLength > 0) {
        // The last kept character gives way to the ellipsis.
        result.chop(result.size() >= 2 && result.at(result.size() - 1).isLowSurrogate() ? 2 : 1);
        result.append(u'…');
    }
    return result;
}

QList<ValueRules::Column> ValueRules::columns()
{
    const TextRule currencyText{}; // unused for non-text kinds
    auto text = [](const char *t, const char *c, TextRule rule, bool optional = false) {
        return Column{t, c, Kind::Text, rule, optional};
    };
    auto of = [&](const char *t, const char *c, Kind kind, bool optional = false) {
        return Column{t, c, kind, currencyText, optional};
    };
    const Kind ts = Kind::Timestamp;
    return {
        text("programs", "name", name),
        text("programs", "description", description),
        of("programs", "currency", Kind::Currency),
        of("programs", "threshold_minor", Kind::NonNegativeAmount),
        of("programs", "created_at", ts),
        of("programs", "notices_since", ts, true),
        text("program_hosts", "host", host),
        text("affiliates", "code", code),
        text("affiliates", "name", name),
        text("affiliates", "email", email),
        of("affiliates", "created_at", ts),
        text("affiliates", "requested_email", email),
        of("affiliates", "email_requested_at", ts, true),
        of("memberships", "joined_at", ts),
        of("memberships", "left_at", ts, true),
        text("coupons", "code", code),
        of("coupons", "created_at", ts),
        text("banners", "title", name),
        of("banners", "image_url", Kind::ImageUrl),
        of("banners", "width", Kind::BannerSide),
        of("banners", "height", Kind::BannerSide),
        of("banners", "created_at", ts),
        text("domains", "domain", host),
        text("domains", "token", token),
        of("domains", "verified_at", ts, true),
        of("domains", "checked_at", ts, true),
        of("domains", "created_at", ts),
        of("domains", "check_requested_at", ts, true),
        text("domain_checks", "last_finding", finding),
        of("domain_checks", "lapsing_since", ts, true),
        of("domain_checks", "lapsed_at", ts, true),
        text("rewrites", "host", host),
        text("rewrites", "path", path),
        text("rewrites", "target_url", url),
        of("rewrites", "created_at", ts),
        text("rewrites", "campaign", campaign),
        text("imports", "source", singleLine),
        of("imports", "started_at", ts),
        of("imports", "finished_at", ts, true),
        text("orders", "order_id", orderId),
        of("orders", "placed_at", ts),
        of("orders", "subtotal_minor", Kind::Subtotal),
        of("orders", "currency", Kind::Currency),
        text("orders", "coupon_code", optionalCode),
        text("orders", "affiliate_code", optionalCode),
        text("orders", "landing_url", url),
        text("orders", "referrer_url", url),
        text("orders", "customer_email", email),
        of("orders", "updated_at", ts),
        text("manual_assignments", "order_id", orderId),
        of("manual_assignments", "amount_minor", Kind::NonNegativeAmount, true),
        text("manual_assignments", "reason", reason),
        text("manual_assignments", "assigned_by", singleLine),
        of("manual_assignments", "assigned_at", ts),
        of("payouts", "created_at", ts),
        text("payouts", "created_by", singleLine),
        text("payouts", "format", singleLine),
        text("payouts", "file_path", singleLine),
        of("payouts", "paid_at", ts, true),
        of("payout_lines", "currency", Kind::Currency),
        of("payout_lines", "amount_minor", Kind::Amount),
        text("transactions", "order_id", orderId),
        of("transactions", "base_minor", Kind::Amount),
        of("transactions", "commission_minor", Kind::Amount),
        of("transactions", "currency", Kind::Currency),
        of("transactions", "approve_at", ts, true),
        of("transactions", "placed_at", ts),
        of("transactions", "created_at", ts),
        of("transactions", "updated_at", ts),
        text("transactions", "campaign", campaign),
        // lower(trim(customer_email)) of the order: an e-mail's length at most.
        text("transactions", "customer_key", email),
        text("transactions", "hold_rule", singleLine),
        // One line for the manager (docs/COMMISSION.md): what the ledger writes fits it.
        text("transactions", "hold_evidence", singleLine),
        of("partner_rates", "effective_from", ts),
        text("partner_rates", "created_by", singleLine),
        of("partner_rates", "created_at", ts),
        of("program_tiers", "created_at", ts),
        of("audit_log", "at", ts),
        text("audit_log", "actor", singleLine),
        text("audit_log", "action", singleLine),
        text("audit_log", "entity", singleLine),
        text("audit_log", "entity_id", singleLine),
        text("audit_log", "before_json", auditJson),
        text("audit_log", "after_json", auditJson),
        text("audit_log", "reason", optionalReason),
        of("visits", "visited_at", ts),
        text("visits", "landing_url", url),
        text("visits", "referrer_url", url),
        text("visits", "affiliate_code", optionalCode),
        // A request's fields are optional by kind (0016_requests.sql checks which kind needs which).
        text("requests", "applicant_name", TextRule{0, maxName}),
        text("requests", "applicant_email", email),
        text("requests", "website", url),
        text("requests", "promotion", TextRule{0, maxRequestText, TextLines::Multi}),
        text("requests", "order_id", TextRule{0, maxOrderId}),
        of("requests", "amount_minor", Kind::NonNegativeAmount, true),
        text("requests", "host", TextRule{0, maxHost}),
        text("requests", "path", TextRule{0, maxPath}),
        text("requests", "target_url", url),
        text("requests", "message", TextRule{0, maxRequestText, TextLines::Multi}),
        of("requests", "filed_at", ts),
        of("requests", "decided_at", ts, true),
        text("requests", "decided_by", singleLine),
        text("requests", "decision_reason", description),
        text("requests", "approved_path", TextRule{0, maxPath}),
    };
}

const ValueRules::Column *ValueRules::column(QStringView tableName, QStringView columnName)
{
    static const QList<Column> all = columns();
    for (const Column &rule : all) {
        if (tableName == QLatin1StringView(rule.table) && columnName == QLatin1StringView(rule.column))
            return &rule;
    }
    return nullptr;
}

QString ValueRules::check(const Column &rule, const QVariant &value)
{
    const QString field = QString::fromLatin1(rule.column);
    if (value.isNull())
        return rule.nullable ? QString() : tr("%1 is missing").arg(field);
    bool number = false;
    const qint64 integer = value.toLongLong(&number);
    switch (rule.kind) {
    case Kind::Text:
        return checkText(field, value.toString(), rule.text);
    case Kind::Currency:
        return checkCurrency(field, value.toString());
    case Kind::ImageUrl:
        return checkImageUrl(field, value.toString());
    case Kind::Timestamp: {
        if (value.typeId() != QMetaType::QString && number)
            return checkTimestamp(field, integer);
        const std::optional<qint64> seconds = Timestamp::parse(value.toString());
        if (!seconds)
            return tr("%1 \"%2\" is not an ISO 8601 date and time").arg(field, value.toString());
        return checkTimestamp(field, *seconds);
    }
    default:
        break;
    }
    if (!number)
        return tr("%1 \"%2\" is not a whole number").arg(field, value.toString());
    switch (rule.kind) {
    case Kind::Subtotal:
        return checkSubtotal(field, integer);
    case Kind::Amount:
        return checkAmount(field, integer);
    case Kind::NonNegativeAmount:
        return checkNonNegativeAmount(field, integer);
    case Kind::BannerSide:
        return checkBannerSide(field, integer);
    default:
        break;
    }
    return {};
}

} // namespace PartnerDesk
