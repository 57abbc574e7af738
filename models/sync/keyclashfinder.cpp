#include "keyclashfinder.h"

#include "centralrows.h"
#include "centralsession.h"
#include "conflictstore.h"
#include "syncids.h"
#include "syncschema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

using Kind = SyncColumn::Kind;

// A business key the central schema keeps unique (resources/central/0001_schema.sql) that two
// desktops can fill under different ids: these tables' uids are random, or (programs) name-based
// on the name as typed while the key ignores case. Tables whose uid is derived from the key
// (affiliates, coupons, orders, visits, program_hosts) cannot clash so.
struct KeyRule
{
    QString table;
    QStringList columns; // equal in both rows
    QString fold;        // a function both sides' values go through ("lower"), or ""
    QString condition;   // the constraint's WHERE on a row besides NOT deleted; %1 the row
    QStringList conditionColumns;
};

const QList<KeyRule> &keyRules()
{
    static const QList<KeyRule> rules = {
        {u"programs"_s, {u"name"_s}, u"lower"_s, {}, {}},
        {u"memberships"_s, {u"affiliate_id"_s, u"program_id"_s}, {}, {}, {}},
        {u"memberships"_s, {u"affiliate_id"_s}, {}, u"%1.is_primary"_s, {u"is_primary"_s}},
        {u"partner_rates"_s, {u"program_id"_s, u"affiliate_id"_s, u"effective_from"_s}, {}, {}, {}},
        {u"program_tiers"_s, {u"program_id"_s, u"min_orders"_s}, {}, {}, {}},
        {u"domains"_s, {u"affiliate_id"_s, u"domain"_s}, {}, {}, {}},
        {u"domains"_s, {u"token"_s}, {}, {}, {}},
        {u"domains"_s, {u"domain"_s}, {}, u"%1.verified"_s, {u"verified"_s}},
        {u"domain_checks"_s, {u"domain_id"_s}, {}, {}, {}},
        {u"rewrites"_s, {u"host"_s, u"path"_s}, {}, {}, {}},
        {u"payout_lines"_s, {u"payout_id"_s, u"affiliate_id"_s, u"currency"_s}, {}, {}, {}},
        {u"transactions"_s,
         {u"order_id"_s},
         {},
         u"NOT %1.superseded AND %1.kind <> 'reversal'"_s,
         {u"superseded"_s, u"kind"_s}},
        {u"transactions"_s, {u"reverses_id"_s}, {}, {}, {}},
    };
    return rules;
}

QString recordType(const SyncColumn &column)
{
    switch (column.kind) {
    case Kind::ForeignKey:
        return u"uuid"_s;
    case Kind::Bool:
        return u"boolean"_s;
    case Kind::Timestamp:
        return u"timestamptz"_s;
    case Kind::Plain:
        // The one integer among the keys above (a tier's threshold); the others are text.
        return column.name == u"min_orders" ? u"integer"_s : u"text"_s;
    default:
        return u"text"_s;
    }
}

} // namespace

KeyClashFinder::KeyClashFinder(Database &database, CentralSession &session)
    : m_database(database)
    , m_session(session)
{}

Status KeyClashFinder::find(QList<PushRow> &rows, bool lookCentrally, bool partner)
{
    QHash<QUuid, const PushRow *> byUid;
    QHash<QString, QList<qsizetype>> candidates;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PushRow &row = rows.at(i);
        if (row.outcome != PushRow::Outcome::Pending || row.table->hostList)
            continue;
        byUid.insert(row.uid, &row);
        if (!row.isDelete && lookCentrally && (!partner || SyncSchema::partnerWrites(*row.table, false)))
            candidates[row.table->local].append(i);
    }
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        const SyncTable &table = *SyncSchema::table(it.key());
        QList<const KeyRule *> rules;
        QStringList keyColumns;
        for (const KeyRule &rule : keyRules()) {
            if (rule.table != table.local)
                continue;
            rules.append(&rule);
            for (const QString &column : rule.columns + rule.conditionColumns)
                if (!keyColumns.contains(column))
                    keyColumns.append(column);
        }
        if (rules.isEmpty())
            continue;
        // The batch's keys as one JSON array of records: i (index in rows), id, the key columns.
        QJsonArray keys;
        QStringList recordColumns = {u"i int"_s, u"id uuid"_s};
        for (const QString &name : std::as_const(keyColumns))
            recordColumns.append(name + u' ' + recordType(*table.column(name)));
        const QStringList names = table.columnNames();
        for (const qsizetype i : it.value()) {
            const PushRow &row = rows.at(i);
            QJsonObject key{{u"i"_s, int(i)}, {u"id"_s, SyncIds::text(row.uid)}};
            for (const QString &name : std::as_const(keyColumns)) {
                const auto &value = row.values.value(names.indexOf(name));
                key.insert(name, value ? QJsonValue(*value) : QJsonValue());
            }
            keys.append(key);
        }
        QStringList branches;
        for (const KeyRule *rule : std::as_const(rules)) {
            QStringList on;
            for (const QString &name : rule->columns) {
                on.append(rule->fold.isEmpty() ? u"t.%1 = k.%1"_s.arg(name)
                                               : u"%2(t.%1) = %2(k.%1)"_s.arg(name, rule->fold));
            }
            QString where = u"NOT t.deleted AND t.id <> k.id"_s;
            if (!rule->condition.isEmpty())
                where += u" AND "_s + rule->condition.arg(u"t"_s) + u" AND "_s + rule->condition.arg(u"k"_s);
            branches.append(u"SELECT k.i, t.id AS clash FROM k JOIN partnerdesk."_s + table.central + u" t ON "_s +
                            on.join(u" AND "_s) + u" WHERE "_s + where);
        }
        QStringList expressions = {u"id::text"_s, u"version"_s, u"deleted::int"_s};
        for (const SyncColumn &column : table.columns)
            expressions.append(SyncSchema::centralExpression(column, partner));
        // Table and column names come from SyncSchema and keyRules(), the values are bound.
        const QString sql = u"WITH k AS MATERIALIZED (SELECT * FROM jsonb_to_recordset($1::jsonb) AS k("_s +
                            recordColumns.join(u", "_s) + u")) SELECT "_s + expressions.join(u", "_s) +
                            u", c.i FROM ("_s + branches.join(u" UNION ALL "_s) + u") c JOIN partnerdesk."_s +
                            table.central + u" ON "_s + table.central + u".id = c.clash ORDER BY c.i"_s;
        const auto found = m_session.exec(sql, {QJsonDocument(keys).toJson(QJsonDocument::Compact)});
        if (!found)
            return Status::failure(found.error());
        const int indexColumn = int(3 + table.columns.size());
        for (int r = 0; r < found->count(); ++r) {
            PushRow &row = rows[qsizetype(found->number(r, indexColumn))];
            if (row.outcome != PushRow::Outcome::Pending)
                continue; // clashes with more than one central row: the first is kept
            CentralRow central = centralRowAt(table, *found, r);
            // A central row this batch changes at its version moves out of the way (or goes).
            if (const PushRow *mover = byUid.value(central.uid);
                mover && mover->outcome == PushRow::Outcome::Pending && mover->baseVersion == central.version)
                continue;
            row.outcome = PushRow::Outcome::Conflict;
            row.central = std::move(central);
        }
    }

    // New rows the central database will not have yet: clashed here, or kept in an open clash.
    QSet<QUuid> held;
    for (const PushRow &row : std::as_const(rows))
        if (row.outcome == PushRow::Outcome::Conflict && row.central.uid != row.uid && row.baseVersion == 0)
            held.insert(row.uid);
    const auto waiting = ConflictStore(m_database).unsentClashRows();
    if (!waiting)
        return Status::failure(waiting.error());
    held.unite(*waiting);
    if (held.isEmpty())
        return Done{};
    // Rows referring to a held row are held too (and so on down).
    for (bool more = true; more;) {
        more = false;
        for (PushRow &row : rows) {
            if (row.outcome != PushRow::Outcome::Pending || row.isDelete)
                continue;
            bool refers = row.table->hostList && held.contains(row.uid);
            for (qsizetype c = 0; !refers && c < row.table->columns.size(); ++c) {
                const auto &value = row.values.value(c);
                refers = row.table->columns.at(c).kind == Kind::ForeignKey && value && held.contains(QUuid(*value));
            }
            if (!refers)
                continue;
            row.outcome = PushRow::Outcome::Skipped;
            if (row.baseVersion == 0 && !row.table->hostList && !held.contains(row.uid)) {
                held.insert(row.uid);
                more = true;
            }
        }
    }
    return Done{};
}

} // namespace PartnerDesk
