#include "syncvalue.h"

#include "core/timestamp.h"
#include "core/valuerules.h"
#include "syncids.h"

#include <QUuid>

namespace PartnerDesk {

namespace {

using Kind = SyncColumn::Kind;

// "-12", "0", "1000": an optional '-', digits without a leading zero, within ±maxAmountMinor.
std::optional<qint64> plainInteger(const QString &text)
{
    const qsizetype start = text.startsWith(u'-') ? 1 : 0;
    const qsizetype digits = text.size() - start;
    if (digits < 1 || digits > 13 || (digits > 1 && text.at(start) == u'0'))
        return std::nullopt;
    qint64 value = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    if (value > ValueRules::maxAmountMinor || (start == 1 && value == 0))
        return std::nullopt;
    return start == 1 ? -value : value;
}

} // namespace

Result<QVariant> SyncValue::toLocal(const SyncColumn &column, const std::optional<QString> &text)
{
    if (!text)
        return QVariant();
    const QString &value = *text;
    auto refuse = [&](const QString &what) {
        return Result<QVariant>::failure(tr("%1 \"%2\" is not %3").arg(column.name, value.left(64), what));
    };
    switch (column.kind) {
    case Kind::Plain:
        return QVariant(value);
    case Kind::Bool:
        if (value == u"0" || value == u"1")
            return QVariant(value == u"1" ? 1 : 0);
        return refuse(tr("0 or 1"));
    case Kind::Money:
        if (const std::optional<qint64> minor = plainInteger(value))
            return QVariant(*minor);
        return refuse(tr("an amount in minor units within ±%1").arg(ValueRules::maxAmountMinor));
    case Kind::Timestamp:
        if (const std::optional<qint64> seconds = Timestamp::parse(value);
            seconds && *seconds >= ValueRules::minTimestamp && *seconds <= ValueRules::maxTimestamp)
            return QVariant(Timestamp::format(*seconds));
        return refuse(tr("an ISO 8601 date and time between 1970 and 9999"));
    case Kind::ForeignKey:
        if (const QUuid uid(value); !uid.isNull() && SyncIds::text(uid) == value.toLower())
            return QVariant(uid);
        return refuse(tr("a row's uid"));
    }
    return refuse(tr("a known kind of value"));
}

QString SyncValue::toCentral(const SyncColumn &column, const QVariant &local)
{
    if (column.kind == Kind::ForeignKey && local.typeId() == QMetaType::QUuid)
        return SyncIds::text(local.toUuid());
    return local.toString();
}

} // namespace PartnerDesk
