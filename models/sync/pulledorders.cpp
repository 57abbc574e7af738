#include "pulledorders.h"

#include "core/timestamp.h"
#include "store/database.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

PulledOrders::PulledOrders(Database &database)
    : m_db(database.connection())
    , m_find(m_db)
{
    m_find.prepare(u"SELECT o.placed_at, o.subtotal_minor, o.currency, o.status, o.coupon_code, o.affiliate_code, "
                   "o.landing_url, o.referrer_url, o.customer_email, "
                   "EXISTS (SELECT 1 FROM transactions t WHERE t.order_id = o.order_id) "
                   "FROM orders o WHERE o.order_id = ?"_s);
}

Result<std::optional<PulledOrders::Pulled>> PulledOrders::find(const QString &orderId)
{
    using R = Result<std::optional<Pulled>>;
    m_find.addBindValue(orderId);
    if (!m_find.exec())
        return R::failure(m_find.lastError().text());
    if (!m_find.next())
        return std::optional<Pulled>();
    Pulled pulled;
    Order &order = pulled.order;
    order.orderId = orderId;
    order.placedAt = Timestamp::parse(m_find.value(0).toString()).value_or(0);
    order.subtotalMinor = m_find.value(1).toLongLong();
    order.currency = m_find.value(2).toString();
    order.status = Order::parseStatus(m_find.value(3).toString()).value_or(OrderStatus::Pending);
    order.couponCode = m_find.value(4).toString();
    order.affiliateCode = m_find.value(5).toString();
    order.landingUrl = m_find.value(6).toString();
    order.referrerUrl = m_find.value(7).toString();
    order.customerEmail = m_find.value(8).toString();
    pulled.hasTransaction = m_find.value(9).toBool();
    m_find.finish();
    return std::optional<Pulled>(std::move(pulled));
}

Result<Status> PulledOrders::underSavepoint(const std::function<Status()> &settle)
{
    QSqlQuery savepoint(m_db);
    if (!savepoint.exec(u"SAVEPOINT pd_attribute"_s))
        return Result<Status>::failure(savepoint.lastError().text());
    Status settled = settle();
    if (settled) {
        savepoint.exec(u"RELEASE pd_attribute"_s);
    } else {
        savepoint.exec(u"ROLLBACK TO pd_attribute"_s);
        savepoint.exec(u"RELEASE pd_attribute"_s);
    }
    return settled;
}

} // namespace PartnerDesk
