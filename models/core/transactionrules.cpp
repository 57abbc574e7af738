#include "transactionrules.h"

#include "timestamp.h"
#include "valuerules.h"

#include <algorithm>

namespace PartnerDesk {

std::optional<qint64> TransactionRules::approveAt(OrderStatus status, qint64 placedAt, int holdDays)
{
    if (status != OrderStatus::Complete)
        return std::nullopt;
    // Both databases hold times up to 9999-12-31T23:59:59Z (ValueRules): a hold reaching past it ends
    // there, which is never in practice, instead of a time the central database refuses.
    return std::min(placedAt + qint64(holdDays) * Timestamp::secondsPerDay, ValueRules::maxTimestamp);
}

TransactionStatus TransactionRules::statusFor(OrderStatus status, qint64 placedAt, int holdDays, qint64 now)
{
    switch (status) {
    case OrderStatus::Pending:
        return TransactionStatus::Pending;
    case OrderStatus::Complete:
        return now >= *approveAt(status, placedAt, holdDays) ? TransactionStatus::Approved : TransactionStatus::Pending;
    case OrderStatus::Canceled:
    case OrderStatus::Refunded:
        return TransactionStatus::Cancelled;
    }
    return TransactionStatus::Pending;
}

QString TransactionRules::statusName(TransactionStatus status)
{
    switch (status) {
    case TransactionStatus::Pending:
        return QStringLiteral("pending");
    case TransactionStatus::Approved:
        return QStringLiteral("approved");
    case TransactionStatus::Cancelled:
        return QStringLiteral("cancelled");
    case TransactionStatus::Paid:
        return QStringLiteral("paid");
    }
    return {};
}

std::optional<TransactionStatus> TransactionRules::parseStatus(QStringView text)
{
    for (TransactionStatus s : {TransactionStatus::Pending, TransactionStatus::Approved, TransactionStatus::Cancelled,
                                TransactionStatus::Paid}) {
        if (statusName(s) == text)
            return s;
    }
    return std::nullopt;
}

} // namespace PartnerDesk
