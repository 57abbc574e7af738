#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace PartnerDesk {

// One synced column: its name (the same locally and centrally) and how its value travels.
struct SyncColumn
{
    enum class Kind
    {
        Plain,     // text or integer, as it is
        Bool,      // SQLite 0/1, PostgreSQL boolean
        Money,     // integer minor units (bigint centrally)
        Timestamp, // SQLite ISO text, PostgreSQL timestamptz (partnerdesk.iso_utc gives the text back)
        ForeignKey // SQLite integer id, PostgreSQL uuid of the row in `references`
    };
    QString name;
    Kind kind = Kind::Plain;
    QString references; // ForeignKey: the referenced table
    // False for bookkeeping columns two desktops fill differently for the same row (when it was
    // written): rows that differ only there are the same row (transaction:ORDER_ID:N).
    bool compared = true;
    // What a partner's login may do with it centrally (resources/central/0001_schema.sql, 0005
    // column grants): read it (false: orders.customer_email, pulled as ''), change it in an UPDATE,
    // give it in an INSERT (false: the central database decides it, e.g. a website's token and
    // verification; his push reads the row back and takes its values).
    bool partnerReads = true;
    // What a partner's pull selects instead of a column he may not read: '' when empty, else an
    // SQL expression of columns he may read that keeps the local CHECKs (transactions.hold_rule:
    // 'hidden' when the row is held; programs' fraud switches: off).
    QString partnerStandIn = {};
    bool partnerUpdates = false;
    bool partnerInserts = true;
    // False for a column the desktop reads but never sends: the central database writes it
    // (audit_log.changed_by, the login that inserted the row, set by stamp_row). The push's
    // statements leave it out; the pull applies it like any other.
    bool pushed = true;
};

// One synced table: where it lives on both sides and its business columns (without `id`).
struct SyncTable
{
    QString local;
    QString central;
    QString localKey = QStringLiteral("id"); // the local integer key (domain_checks: domain_id)
    QList<SyncColumn> columns;
    bool insertOnly = false; // audit_log: rows are only ever added
    bool hostList = false;   // program_hosts: no local id, synced as "this program's host list"
    // For a pulled row new to this desktop: the local column of its natural key, to find a row
    // made here before it had a uid ("" when none).
    QString naturalKey;
    bool naturalKeyUpper = false;
    // A partner's desktop (docs/SYNC.md, "Partner desktops"): which tables his login reads, adds
    // rows to and tombstones (the columns he may change: SyncColumn::partnerUpdates).
    bool partnerReads = false;
    bool partnerInserts = false;
    bool partnerDeletes = false;

    const SyncColumn *column(const QString &name) const;
    QStringList columnNames() const;
    // Whether a partner's INSERT leaves some columns to the central database.
    bool partnerInsertsAll() const;
    // The columns a push sends (SyncColumn::pushed): their indexes in `columns`, their names.
    QList<qsizetype> pushedColumns() const;
    QStringList pushedColumnNames() const;
};

// The table map every part of the sync engine works from (docs/SYNC.md, "Rows" and "Local
// side"): push and pull build their statements from it, never per-table SQL. Parents first, in
// SyncIds::syncedTables() order.
class SyncSchema final
{
public:
    static const QList<SyncTable> &tables();
    static const SyncTable *table(const QString &name);

    // Select-list expression giving a central column in the desktop's text form.
    static QString centralExpression(const SyncColumn &column);
    // The same for a partner's login: a column he may not read gives its stand-in, else '' (its
    // local NOT NULL holds).
    static QString centralExpression(const SyncColumn &column, bool partner);
    // Whether a partner's login may send this change of `table` (an upsert, or a delete).
    static bool partnerWrites(const SyncTable &table, bool isDelete);
};

} // namespace PartnerDesk
