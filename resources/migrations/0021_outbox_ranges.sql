-- An orders import queues its new rows for the push as ranges of ids, not one outbox row per
-- inserted order and transaction (issue #16: a million-order import wrote 1.8 million outbox rows
-- and their index, a sixth of its time). docs/SYNC.md, "Push: the outbox".
--
-- sync_outbox_ranges: rows inserted by one import, orders or transactions with first_id <= id <=
-- last_id, still to be queued. Before a push or a pull reads the outbox, Outbox::expandRanges turns
-- each range into ordinary outbox rows (one INSERT ... SELECT, no trigger), in id order; a row
-- deleted since is simply not there. Updates and deletes during an import are queued by their
-- triggers as always: only inserts are ranged.
CREATE TABLE IF NOT EXISTS sync_outbox_ranges (
    id        INTEGER PRIMARY KEY,
    tbl       TEXT NOT NULL CHECK (tbl = 'orders' OR tbl = 'transactions'),
    first_id  INTEGER NOT NULL,
    last_id   INTEGER NOT NULL,
    CHECK (first_id <= last_id)
);
-- sync_ranging: holds its one row only inside an import's transaction (OutboxRanges), while the
-- insert triggers of orders and transactions leave the queueing to the range written at its end.
CREATE TABLE IF NOT EXISTS sync_ranging (
    only_row  INTEGER PRIMARY KEY CHECK (only_row = 1)
);
DROP TRIGGER IF EXISTS sync_orders_insert;
CREATE TRIGGER sync_orders_insert AFTER INSERT ON orders
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND NOT EXISTS (SELECT 1 FROM sync_ranging)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('orders', NEW.id, 'upsert');
END;
DROP TRIGGER IF EXISTS sync_transactions_insert;
CREATE TRIGGER sync_transactions_insert AFTER INSERT ON transactions
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND NOT EXISTS (SELECT 1 FROM sync_ranging)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('transactions', NEW.id, 'upsert');
END;
