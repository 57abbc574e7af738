#pragma once

#include "order.h"

#include <QString>
#include <optional>

namespace PartnerDesk {

enum class TransactionStatus
{
    Pending,
    Approved,
    Cancelled,
    Paid
};

// How an order's status and the approval hold decide a transaction's status.
class TransactionRules final
{
public:
    // The instant a complete order's commission becomes approved; nullopt for other statuses.
    static std::optional<qint64> approveAt(OrderStatus status, qint64 placedAt, int holdDays);
    // pending → pending; complete → pending until approveAt, then approved; canceled/refunded → cancelled.
    static TransactionStatus statusFor(OrderStatus status, qint64 placedAt, int holdDays, qint64 now);

    static QString statusName(TransactionStatus status);
    static std::optional<TransactionStatus> parseStatus(QStringView text);
};

} // namespace PartnerDesk
