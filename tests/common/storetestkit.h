#pragma once

// Helpers for unit tests of the local store: a fresh SQLite file per test, the pinned clock,
// orders CSV text and row counts. Header-only so every test executable can include it.

#include "core/timestamp.h"
#include "store/database.h"

#include <QByteArray>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace StoreTestKit {

// "Now" for every store test. Timestamp::now() caches PARTNERDESK_NOW on its first call, so
// pinNow() must run in initTestCase() before anything asks for the time.
inline constexpr char pinnedNow[] = "2026-06-01T00:00:00Z";

inline void pinNow()
{
    qputenv("PARTNERDESK_NOW", QByteArray(pinnedNow));
}

inline qint64 now()
{
    return *PartnerDesk::Timestamp::parse(QString::fromLatin1(pinnedNow));
}

// An ISO 8601 instant `days` days before the pinned now.
inline QString daysAgo(int days)
{
    return PartnerDesk::Timestamp::format(now() - qint64(days) * PartnerDesk::Timestamp::secondsPerDay);
}

// A database file in its own temporary folder, removed with the fixture.
struct StoreFixture
{
    QTemporaryDir dir;
    PartnerDesk::Database database;

    QString path(const QString &name) const { return dir.filePath(name); }

    bool open()
    {
        if (!dir.isValid()) {
            qWarning("cannot create a temporary folder");
            return false;
        }
        const PartnerDesk::Status status = database.open(path(QStringLiteral("store.sqlite")));
        if (!status)
            qWarning("%s", qPrintable(status.error()));
        return bool(status);
    }
};

inline std::unique_ptr<StoreFixture> openFixture()
{
    auto fixture = std::make_unique<StoreFixture>();
    if (!fixture->open())
        return nullptr;
    return fixture;
}

// One integer from a query (-1 on error, with a warning that says why).
inline qint64 scalar(PartnerDesk::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

inline qint64 count(PartnerDesk::Database &database, const QString &table, const QString &where = {})
{
    return scalar(database, QStringLiteral("SELECT count(*) FROM ") + table +
                                (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
}

// Row counts of the tables an import or a payout writes, to prove that nothing changed.
inline QList<qint64> ledgerCounts(PartnerDesk::Database &database)
{
    QList<qint64> counts;
    for (const char *table :
         {"orders", "transactions", "imports", "audit_log", "payouts", "payout_lines", "manual_assignments"})
        counts.append(count(database, QString::fromLatin1(table)));
    return counts;
}

inline const QString ordersHeader = QStringLiteral(
    "order_id,placed_at,subtotal,currency,status,coupon_code,affiliate_code,landing_url,referrer_url,customer_email");

// One orders CSV line in ordersHeader's column order. Values are written as given (no quoting).
struct OrderLine
{
    QString orderId;
    QString placedAt = daysAgo(60);
    QString subtotal = QStringLiteral("100.00");
    QString currency = QStringLiteral("EUR");
    QString status = QStringLiteral("complete");
    QString coupon;
    QString affiliateCode;
    QString landingUrl;
    QString referrerUrl;
    QString customerEmail;

    QString toCsv() const
    {
        return QStringList{orderId, placedAt,      subtotal,   currency,    status,
                           coupon,  affiliateCode, landingUrl, referrerUrl, customerEmail}
            .join(u',');
    }
};

inline QByteArray ordersCsv(const QList<OrderLine> &lines)
{
    QString text = ordersHeader + u'\n';
    for (const OrderLine &line : lines)
        text += line.toCsv() + u'\n';
    return text.toUtf8();
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(content) == content.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace StoreTestKit
