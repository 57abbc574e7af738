#pragma once

#include <QString>
#include <optional>

namespace PartnerDesk {

enum class OrderStatus
{
    Pending,
    Complete,
    Canceled,
    Refunded
};

// One order as the store exports it, after parsing and validation.
struct Order
{
    QString orderId;
    qint64 placedAt = 0; // seconds since the epoch, UTC
    qint64 subtotalMinor = 0;
    QString currency;
    OrderStatus status = OrderStatus::Pending;
    QString couponCode;
    QString affiliateCode;
    QString landingUrl;
    QString referrerUrl;
    QString customerEmail;

    static std::optional<OrderStatus> parseStatus(QStringView text);
    static QString statusName(OrderStatus status);
};

} // namespace PartnerDesk
