-- sync_ids keyed by (table, uid) instead of by uid alone (docs/SECURITY.md, "Ids"). A central row's id
-- is unique in its own table only: a partner's login could insert a banner whose id is one that a
-- future order will have (partnerdesk.order_uuid('T1')), and with uid unique across tables the
-- manager's desktop then refused to map the order ("has the same sync id as row 2 of banners") or
-- re-pointed the banner's mapping onto another table. Now no uid of one table can touch another's
-- rows. The table is rebuilt (SQLite cannot drop a UNIQUE constraint); legacy_alter_table keeps the
-- rename from rewriting the triggers that name sync_ids.
PRAGMA legacy_alter_table = ON;
CREATE TABLE sync_ids_by_table (
    id        INTEGER PRIMARY KEY,
    tbl       TEXT NOT NULL,
    local_id  INTEGER,
    uid       TEXT NOT NULL,
    version   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (tbl, local_id),
    UNIQUE (tbl, uid)
);
INSERT INTO sync_ids_by_table (id, tbl, local_id, uid, version) SELECT id, tbl, local_id, uid, version FROM sync_ids;
DROP TABLE sync_ids;
ALTER TABLE sync_ids_by_table RENAME TO sync_ids;
PRAGMA legacy_alter_table = OFF;

-- Rows the central database refused (a value it does not take, a row a partner's login may not
-- write): kept aside with the reason instead of failing every later push (docs/SECURITY.md,
-- "Quarantine"). A row leaves the quarantine when a later push of it is accepted; it is sent again
-- when it changes here (its outbox trigger queues it as for any edit).
CREATE TABLE IF NOT EXISTS sync_quarantine (
    id        INTEGER PRIMARY KEY,
    tbl       TEXT NOT NULL,
    local_id  INTEGER,
    uid       TEXT NOT NULL,
    reason    TEXT NOT NULL,
    at        TEXT NOT NULL,
    UNIQUE (tbl, uid)
);
