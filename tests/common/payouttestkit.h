#pragma once

// A small store for payout tests, built the way a manager builds it: programs and partners through
// the stores, commission only through real orders CSV imports. Header-only.

#include "import/orderimporter.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace PayoutTestKit {

using namespace Qt::StringLiterals;
using StoreTestKit::OrderLine;

// Programs: Koongo Partner (EUR, link 20 %, threshold 50.00), Koongo Agency (EUR, link 30 %,
// threshold 100.00), Koongo US (USD, link 25 %, threshold 20.00); hold 30 days each.
// ANNA: Partner (primary) and US. BEN: Agency (primary) and Partner. CARL: Partner.
struct Books
{
    qint64 partnerProgram = 0;
    qint64 agencyProgram = 0;
    qint64 usProgram = 0;
    qint64 anna = 0;
    qint64 ben = 0;
    qint64 carl = 0;
};

inline bool setUpBooks(PartnerDesk::Database &database, Books &books)
{
    using namespace PartnerDesk;
    ProgramStore programs(database);
    AffiliateStore affiliates(database);
    auto addProgram = [&](const QString &name, const QString &currency, int linkBp, qint64 threshold,
                          const QString &host) -> qint64 {
        Program p;
        p.name = name;
        p.currency = currency;
        p.linkRate = Rate::fromBasisPoints(linkBp);
        p.thresholdMinor = threshold;
        p.storeHosts = {host};
        const Result<qint64> id = programs.add(p);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? *id : 0;
    };
    auto addPartner = [&](const QString &code) -> qint64 {
        const Result<Affiliate> a = affiliates.add(code + u" Name"_s, code.toLower() + u"@example.com"_s, code);
        if (!a)
            qWarning("%s", qPrintable(a.error()));
        return a ? a->id : 0;
    };
    books.partnerProgram = addProgram(u"Koongo Partner"_s, u"EUR"_s, 2000, 5000, u"koongo.com"_s);
    books.agencyProgram = addProgram(u"Koongo Agency"_s, u"EUR"_s, 3000, 10000, u"koongo.com"_s);
    books.usProgram = addProgram(u"Koongo US"_s, u"USD"_s, 2500, 2000, u"koongo.us"_s);
    books.anna = addPartner(u"ANNA"_s);
    books.ben = addPartner(u"BEN"_s);
    books.carl = addPartner(u"CARL"_s);
    return books.partnerProgram && books.agencyProgram && books.usProgram && books.anna && books.ben && books.carl &&
           programs.join(books.anna, books.partnerProgram) && programs.join(books.anna, books.usProgram) &&
           programs.join(books.ben, books.agencyProgram) && programs.join(books.ben, books.partnerProgram) &&
           programs.join(books.carl, books.partnerProgram);
}

inline OrderLine viaLink(const QString &id, const QString &code, const QString &subtotal,
                         const QString &currency = u"EUR"_s)
{
    OrderLine o;
    o.orderId = id;
    o.subtotal = subtotal;
    o.currency = currency;
    o.landingUrl = u"https://koongo.com/pricing?acc="_s + code;
    return o;
}

// The partner's own order: attributed to him, flagged, earning nothing.
inline OrderLine selfReferral(const QString &id, const QString &code, const QString &subtotal)
{
    OrderLine o = viaLink(id, code, subtotal);
    o.customerEmail = code.toLower() + u"@example.com"_s;
    return o;
}

// Imports through OrderImporter, as File › Import does; false (with a warning) unless every row went in.
inline bool importOrders(PartnerDesk::Database &database, const QString &path, const QList<OrderLine> &orders)
{
    if (!StoreTestKit::writeFile(path, StoreTestKit::ordersCsv(orders)))
        return false;
    PartnerDesk::OrderImporter importer(database);
    QStringList issues;
    importer.setIssueHandler([&issues](const PartnerDesk::ImportIssue &issue) { issues.append(issue.reason); });
    const PartnerDesk::ImportSummary summary = importer.importFile(path);
    if (summary.exitCode() != 0)
        qWarning("import failed: %s %s", qPrintable(summary.fatalError), qPrintable(issues.join(u"; "_s)));
    return summary.exitCode() == 0;
}

// Every row of one table (or the rows `where` selects), each value quoted by SQLite, sorted.
inline QStringList dumpRows(PartnerDesk::Database &database, const QString &table, const QString &where = {})
{
    QStringList columns;
    QSqlQuery info(database.connection());
    info.exec(u"PRAGMA table_info(%1)"_s.arg(table));
    while (info.next())
        columns.append(u"quote(%1)"_s.arg(info.value(1).toString()));
    QStringList rows;
    if (columns.isEmpty())
        return rows;
    QSqlQuery query(database.connection());
    const QString sql = u"SELECT %1 FROM %2 %3 ORDER BY 1"_s.arg(columns.join(u" || '|' || "_s), table,
                                                                 where.isEmpty() ? QString() : u"WHERE "_s + where);
    if (!query.exec(sql))
        qWarning("%s", qPrintable(sql));
    while (query.next())
        rows.append(query.value(0).toString());
    return rows;
}

// A checksum of every table of the database, schema included: equal before and after means
// nothing was written.
inline QByteArray checksum(PartnerDesk::Database &database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(database.connection());
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    hash.addData(QByteArrayView(QByteArray::number(names.size())));
    for (const QString &table : std::as_const(names)) {
        hash.addData(table.toUtf8());
        for (const QString &row : dumpRows(database, table))
            hash.addData(row.toUtf8());
    }
    QSqlQuery schema(database.connection());
    // In name order: where a table sits in sqlite_master (a rebuilt table moves to the end) is no change.
    schema.exec(u"SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master ORDER BY type, name)"_s);
    if (schema.next())
        hash.addData(schema.value(0).toString().toUtf8());
    return hash.result().toHex();
}

} // namespace PayoutTestKit
