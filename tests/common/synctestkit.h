#pragma once

// Helpers for the sync engine's tests against a real PostgreSQL (tests/integration): local SQL,
// every synced table's rows in one form on both sides, so a desktop and the central database can
// be compared table by table, and a central database set up for a manager.

#include "centraltestkit.h"
#include "store/database.h"
#include "sync/centralsession.h"
#include "sync/syncschema.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>

namespace SyncTestKit {

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

inline bool execLocal(Database &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text() + u": "_s + sql;
        return false;
    }
    return true;
}

inline QString localText(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

// Per table, the rows in a form both sides share: uid, then the columns (foreign keys as uids).
inline QMap<QString, QStringList> localRows(Database &db)
{
    QMap<QString, QStringList> tables;
    for (const SyncTable &table : SyncSchema::tables()) {
        QStringList select;
        if (table.hostList) {
            select = {u"(SELECT uid FROM sync_ids WHERE tbl = 'programs' AND local_id = t.program_id)"_s, u"host"_s};
        } else {
            select.append(
                u"(SELECT uid FROM sync_ids WHERE tbl = '%1' AND local_id = t.%2)"_s.arg(table.local, table.localKey));
            for (const SyncColumn &c : table.columns) {
                if (c.kind == SyncColumn::Kind::ForeignKey)
                    select.append(
                        u"(SELECT uid FROM sync_ids WHERE tbl = '%1' AND local_id = t.%2)"_s.arg(c.references, c.name));
                else
                    select.append(u"t."_s + c.name);
            }
        }
        QSqlQuery query(db.connection());
        if (!query.exec(u"SELECT "_s + select.join(u", "_s) + u" FROM "_s + table.local + u" t"_s))
            qWarning() << query.lastError().text();
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < select.size(); ++i)
                values.append(query.value(i).isNull() ? u"\\N"_s : query.value(i).toString());
            rows.append(values.join(u'|'));
        }
        rows.sort();
        tables.insert(table.local, rows);
    }
    return tables;
}

inline QMap<QString, QStringList> centralRows(const QString &url, const QString &password)
{
    QMap<QString, QStringList> tables;
    CentralSession session(url, password);
    if (Status opened = session.connect(); !opened) {
        qWarning() << opened.error();
        return tables;
    }
    for (const SyncTable &table : SyncSchema::tables()) {
        QStringList select;
        if (table.hostList) {
            select = {u"program_id::text"_s, u"host"_s};
        } else {
            select.append(u"id::text"_s);
            for (const SyncColumn &c : table.columns)
                select.append(SyncSchema::centralExpression(c));
        }
        const auto result = session.exec(u"SELECT "_s + select.join(u", "_s) + u" FROM partnerdesk."_s + table.central +
                                         u" WHERE NOT deleted"_s);
        if (!result)
            qWarning() << result.error();
        QStringList rows;
        for (int r = 0; result && r < result->count(); ++r) {
            QStringList values;
            for (int c = 0; c < select.size(); ++c)
                values.append(result->value(r, c).value_or(u"\\N"_s));
            rows.append(values.join(u'|'));
        }
        rows.sort();
        tables.insert(table.local, rows);
    }
    return tables;
}

// Central rows per id: duplicates would show as more rows than ids.
inline qint64 centralValue(const QString &url, const QString &password, const QString &sql)
{
    CentralSession session(url, password);
    if (!session.connect())
        return -1;
    const auto result = session.exec(sql);
    return result && result->count() == 1 ? result->number(0, 0) : -1;
}

// The desktop's rows equal the central database's, table by table (the first table that differs
// is printed both ways).
inline void compareWithCentral(Database &db, const QString &url, const QString &password)
{
    const auto local = localRows(db);
    const auto central = centralRows(url, password);
    QCOMPARE(local.keys(), central.keys());
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        const QStringList &mine = it.value();
        const QStringList &theirs = central.value(it.key());
        if (mine != theirs) {
            qWarning().noquote() << it.key() << "local:" << mine.join(u"\n  "_s)
                                 << "\ncentral:" << theirs.join(u"\n  "_s);
            QFAIL(qPrintable(u"table %1 differs"_s.arg(it.key())));
        }
    }
}

// A new central database `name` on `server`, set up and granted to the manager `mgr`; its URL for
// him, or "" (with a warning) when something failed.
inline QString newCentral(PgTestKit::Server &server, const QString &name, const QString &managerPassword)
{
    if (!server.createDatabase(name))
        return {};
    CentralConnection admin;
    if (!admin.open(server.url(u"postgres"_s, name), CentralTestKit::superPassword()))
        return {};
    CentralSchema schema(admin);
    if (const auto report = schema.setup(); !report) {
        qWarning() << report.error();
        return {};
    }
    if (!schema.grantManager(u"mgr"_s, managerPassword))
        return {};
    return server.url(u"mgr"_s, name);
}

} // namespace SyncTestKit
