#include "demogenerator.h"

#include "core/order.h"
#include "core/timestamp.h"
#include "store/auditlog.h"
#include "store/bulkindexes.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "store/ledgerwriter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

struct DemoProgram
{
    const char *name;
    const char *description;
    const char *currency;
    int linkBp;
    int couponBp;
    int discountBp;
    qint64 thresholdMinor;
    int holdDays;
    QStringList hosts;
};

const char *const firstNames[] = {"Jana",   "Petr",  "Eva",    "Tomáš",  "Lucie", "Martin", "Anna", "Jakub",
                                  "Tereza", "David", "Klára",  "Ondřej", "Sarah", "James",  "Emma", "Liam",
                                  "Mia",    "Noah",  "Hannah", "Lukas",  "Sofia", "Mateo",  "Yuki", "Haruto"};
const char *const lastNames[] = {"Nováková", "Svoboda", "Dvořák",  "Černá", "Procházka", "Kučera", "Veselá",
                                 "Horák",    "Smith",   "Johnson", "Brown", "Miller",    "Garcia", "Müller",
                                 "Schmidt",  "Rossi",   "Tanaka",  "Sato",  "Kowalski",  "Nielsen"};
const char *const sites[] = {"blog", "reviews", "deals", "shop-tips", "ecommerce", "feeds", "marketing", "seller"};
const char *const paths[] = {"/",
                             "/pricing",
                             "/features",
                             "/integrations/magento",
                             "/integrations/shopify",
                             "/blog/product-feeds",
                             "/signup",
                             "/marketplaces/amazon",
                             "/marketplaces/ebay"};

Status sqlFailure(const QSqlQuery &query)
{
    return Status::failure(DemoGenerator::tr("Cannot create demo data: %1").arg(query.lastError().text()));
}

} // namespace

Status DemoGenerator::fill(Database &database, const Options &options, const Progress &progress)
{
    QSqlDatabase &db = database.connection();
    QRandomGenerator random(options.seed);
    const qint64 now = Timestamp::now();
    const QString nowText = Timestamp::format(now);

    Transaction transaction(db);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM programs")) || !query.next())
        return sqlFailure(query);
    if (query.value(0).toInt() > 0)
        return Status::failure(tr("The database already has programs; demo data goes into an empty database."));

    const QList<DemoProgram> programs = {
        {"Koongo Partner",
         "For partners running their own blog or website: publish your link and earn commission.",
         "EUR",
         2000,
         1000,
         1000,
         5000,
         30,
         {QStringLiteral("koongo.com"), QStringLiteral("store.koongo.com")}},
        {"Koongo Agency",
         "For agencies that bring several merchants.",
         "USD",
         2500,
         1000,
         1000,
         10000,
         45,
         {QStringLiteral("koongo.com")}},
        {"Koongo Japan",
         "Partners selling to the Japanese market.",
         "JPY",
         2000,
         1000,
         1000,
         5000,
         30,
         {QStringLiteral("koongo.jp")}},
    };
    QList<qint64> programIds;
    for (const DemoProgram &p : programs) {
        query.prepare(QStringLiteral(
            "INSERT INTO programs (name, description, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, "
            "threshold_minor, hold_days, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(QString::fromUtf8(p.name)), QVariant(QString::fromUtf8(p.description)),
              QVariant(QString::fromLatin1(p.currency)), QVariant(p.linkBp), QVariant(p.couponBp),
              QVariant(p.discountBp), QVariant(p.thresholdMinor), QVariant(p.holdDays), QVariant(nowText)})
            query.addBindValue(v);
        if (!query.exec())
            return sqlFailure(query);
        programIds.append(query.lastInsertId().toLongLong());
        for (const QString &host : p.hosts) {
            query.prepare(QStringLiteral("INSERT INTO program_hosts (program_id, host) VALUES (?, ?)"));
            query.addBindValue(programIds.last());
            query.addBindValue(host);
            if (!query.exec())
                return sqlFailure(query);
        }
        // The sizes of the stock banners in resources/banners/, which preview offline.
        const std::pair<int, int> sizes[] = {{468, 60}, {300, 250}, {728, 90}};
        for (const auto &[w, h] : sizes) {
            query.prepare(
                QStringLiteral("INSERT INTO banners (program_id, title, image_url, width, height, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)"));
            query.addBindValue(programIds.last());
            query.addBindValue(QStringLiteral("Koongo %1×%2").arg(w).arg(h));
            query.addBindValue(
                QStringLiteral("https://%1/media/banners/koongo-%2x%3.png").arg(p.hosts.first()).arg(w).arg(h));
            query.addBindValue(w);
            query.addBindValue(h);
            query.addBindValue(nowText);
            if (!query.exec())
                return sqlFailure(query);
        }
    }

    // Partners: most in Koongo Partner, some also (or only) in the others.
    struct Partner
    {
        qint64 id;
        QString code;
        QString email;
        int program; // index into programs of the primary membership
        QString coupon;
        QString domain;
        QString rewritePath;
    };
    QList<Partner> partners;
    partners.reserve(options.affiliates);
    QSqlQuery insertAffiliate(db), insertMembership(db), insertCoupon(db), insertDomain(db), insertRewrite(db);
    insertAffiliate.prepare(QStringLiteral("INSERT INTO affiliates (code, name, email, status, created_at) "
                                           "VALUES (?, ?, ?, ?, ?)"));
    insertMembership.prepare(QStringLiteral("INSERT INTO memberships (affiliate_id, program_id, is_primary, joined_at) "
                                            "VALUES (?, ?, ?, ?)"));
    insertCoupon.prepare(QStringLiteral("INSERT INTO coupons (code, affiliate_id, program_id, created_at) "
                                        "VALUES (?, ?, ?, ?)"));
    insertDomain.prepare(QStringLiteral("INSERT INTO domains (affiliate_id, domain, token, method, verified, "
                                        "verified_at, checked_at, created_at) VALUES (?, ?, ?, 'file', 1, ?, ?, ?)"));
    insertRewrite.prepare(QStringLiteral("INSERT INTO rewrites (affiliate_id, host, path, target_url, created_at) "
                                         "VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < options.affiliates; ++i) {
        Partner partner;
        const QString first = QString::fromUtf8(firstNames[random.bounded(int(std::size(firstNames)))]);
        const QString last = QString::fromUtf8(lastNames[random.bounded(int(std::size(lastNames)))]);
        partner.code = QStringLiteral("p%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        partner.email = QStringLiteral("partner%1@example.net").arg(i + 1);
        const int roll = random.bounded(100);
        partner.program = roll < 80 ? 0 : (roll < 93 ? 1 : 2);
        const QString status = random.bounded(100) < 2 ? QStringLiteral("suspended") : QStringLiteral("approved");
        for (const QVariant &v : {QVariant(partner.code), QVariant(first + u' ' + last), QVariant(partner.email),
                                  QVariant(status), QVariant(nowText)})
            insertAffiliate.addBindValue(v);
        if (!insertAffiliate.exec())
            return sqlFailure(insertAffiliate);
        partner.id = insertAffiliate.lastInsertId().toLongLong();
        for (const QVariant &v :
             {QVariant(partner.id), QVariant(programIds.at(partner.program)), QVariant(1), QVariant(nowText)})
            insertMembership.addBindValue(v);
        if (!insertMembership.exec())
            return sqlFailure(insertMembership);
        if (partner.program != 0 && random.bounded(100) < 40) {
            for (const QVariant &v : {QVariant(partner.id), QVariant(programIds.at(0)), QVariant(0), QVariant(nowText)})
                insertMembership.addBindValue(v);
            if (!insertMembership.exec())
                return sqlFailure(insertMembership);
        }
        if (random.bounded(100) < 30) {
            partner.coupon = QStringLiteral("KOONGO-%1").arg(i + 1);
            for (const QVariant &v : {QVariant(partner.coupon), QVariant(partner.id),
                                      QVariant(programIds.at(partner.program)), QVariant(nowText)})
                insertCoupon.addBindValue(v);
            if (!insertCoupon.exec())
                return sqlFailure(insertCoupon);
        }
        if (random.bounded(100) < 10) {
            partner.domain = QStringLiteral("%1-%2.example.org")
                                 .arg(QString::fromLatin1(sites[random.bounded(int(std::size(sites)))]))
                                 .arg(i + 1);
            for (const QVariant &v :
                 {QVariant(partner.id), QVariant(partner.domain), QVariant(QStringLiteral("demo-token-%1").arg(i + 1)),
                  QVariant(nowText), QVariant(nowText), QVariant(nowText)})
                insertDomain.addBindValue(v);
            if (!insertDomain.exec())
                return sqlFailure(insertDomain);
        }
        if (i < 200 && partner.program == 0) {
            partner.rewritePath = QStringLiteral("/partner/%1").arg(partner.code);
            for (const QVariant &v :
                 {QVariant(partner.id), QVariant(QStringLiteral("koongo.com")), QVariant(partner.rewritePath),
                  QVariant(QStringLiteral("https://koongo.com/pricing?acc=%1").arg(partner.code)), QVariant(nowText)})
                insertRewrite.addBindValue(v);
            if (!insertRewrite.exec())
                return sqlFailure(insertRewrite);
        }
        partners.append(partner);
    }

    query.prepare(QStringLiteral("INSERT INTO imports (source, started_at) VALUES ('demo', ?)"));
    query.addBindValue(nowText);
    if (!query.exec())
        return sqlFailure(query);
    const qint64 importId = query.lastInsertId().toLongLong();
    query.finish();
    // Many orders load faster without the read-only indexes, built again before the commit.
    const AttributionSnapshot snapshot = LedgerStore(database).loadSnapshot();
    BulkIndexes bulk(db, {QStringLiteral("orders"), QStringLiteral("transactions")},
                     LedgerWriter::indexesNeeded(snapshot));
    const bool bulkLoad = BulkIndexes::worthIt(options.orders, 0);
    if (bulkLoad) {
        if (const Status dropped = bulk.drop(); !dropped)
            return dropped;
    }
    LedgerWriter writer(database, snapshot, importId, now);
    if (!writer.prepareError().isEmpty())
        return Status::failure(writer.prepareError());

    const QString hosts[] = {QStringLiteral("koongo.com"), QStringLiteral("koongo.com"), QStringLiteral("koongo.jp")};
    const char *const currencies[] = {"EUR", "USD", "JPY"};
    const qint64 year = 365 * Timestamp::secondsPerDay;
    Order order;
    for (qint64 n = 0; n < options.orders; ++n) {
        if (progress && (n & 0x3FFF) == 0 && !progress(n, options.orders))
            return Status::failure(tr("Cancelled: no demo data was written."));
        const Partner &partner = partners.isEmpty() ? Partner{} : partners.at(random.bounded(int(partners.size())));
        const int program = partner.id ? partner.program : 0;
        order.orderId = QStringLiteral("D%1").arg(n + 1, 7, 10, QLatin1Char('0'));
        // Spread over the last year, with more orders recently.
        const double recency = random.generateDouble();
        order.placedAt = now - qint64(recency * recency * double(year)) - random.bounded(3600);
        order.currency = QString::fromLatin1(currencies[program]);
        order.subtotalMinor = program == 2 ? 1000 + random.bounded(50000) : 900 + random.bounded(40000);
        const int statusRoll = random.bounded(100);
        order.status = statusRoll < 70   ? OrderStatus::Complete
                       : statusRoll < 85 ? OrderStatus::Pending
                       : statusRoll < 95 ? OrderStatus::Canceled
                                         : OrderStatus::Refunded;
        order.couponCode.clear();
        order.affiliateCode.clear();
        order.referrerUrl.clear();
        order.customerEmail = QStringLiteral("customer%1@example.com").arg(random.bounded(500000));
        const QString landing = QStringLiteral("https://") + hosts[program] +
                                QString::fromLatin1(paths[random.bounded(int(std::size(paths)))]);
        order.landingUrl = landing;
        const int how = random.bounded(100);
        if (!partner.id || how >= 80) {
            // unattributed: an organic visit
            order.referrerUrl = random.bounded(2) ? QStringLiteral("https://www.google.com/") : QString();
        } else if (how < 25 && !partner.coupon.isEmpty()) {
            order.couponCode = partner.coupon.toLower();
        } else if (how < 60) {
            order.landingUrl = landing + QStringLiteral("?acc=") + partner.code;
        } else if (how < 66) {
            order.affiliateCode = partner.code;
        } else if (how < 72 && !partner.rewritePath.isEmpty()) {
            order.landingUrl = QStringLiteral("https://koongo.com") + partner.rewritePath;
        } else if (!partner.domain.isEmpty()) {
            order.referrerUrl = QStringLiteral("https://www.") + partner.domain + QStringLiteral("/reviews/koongo");
        } else {
            order.landingUrl = landing + QStringLiteral("?utm_source=partner&acc=") + partner.code;
        }
        if (partner.id && random.bounded(1000) == 0)
            order.customerEmail = partner.email; // the odd self-referral
        if (auto written = writer.write(order, n + 2); !written)
            return Status::failure(written.error());
    }
    if (const Result<int> recounted = writer.finish(); !recounted)
        return Status::failure(recounted.error());
    if (progress && !progress(options.orders, options.orders))
        return Status::failure(tr("Cancelled: no demo data was written."));
    if (bulkLoad) {
        bool stopped = false;
        const Status rebuilt = bulk.rebuild([&](int, int) {
            stopped = progress && !progress(options.orders, options.orders);
            return !stopped;
        });
        if (!rebuilt)
            return stopped ? Status::failure(tr("Cancelled: no demo data was written.")) : rebuilt;
    }
    if (auto status = AuditLog(db).append(
            QStringLiteral("demo.fill"), QStringLiteral("database"), database.path(), {},
            {{QStringLiteral("affiliates"), options.affiliates}, {QStringLiteral("orders"), options.orders}});
        !status)
        return status;
    return transaction.commit();
}

} // namespace PartnerDesk
