#include "order.h"

namespace PartnerDesk {

std::optional<OrderStatus> Order::parseStatus(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.compare(u"pending", Qt::CaseInsensitive) == 0)
        return OrderStatus::Pending;
    if (s.compare(u"complete", Qt::CaseInsensitive) == 0)
        return OrderStatus::Complete;
    if (s.compare(u"canceled", Qt::CaseInsensitive) == 0 || s.compare(u"cancelled", Qt::CaseInsensitive) == 0)
        return OrderStatus::Canceled;
    if (s.compare(u"refunded", Qt::CaseInsensitive) == 0)
        return OrderStatus::Refunded;
    return std::nullopt;
}

QString Order::statusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return QStringLiteral("pending");
    case OrderStatus::Complete:
        return QStringLiteral("complete");
    case OrderStatus::Canceled:
        return QStringLiteral("canceled");
    case OrderStatus::Refunded:
        return QStringLiteral("refunded");
    }
    return {};
}

} // namespace PartnerDesk
