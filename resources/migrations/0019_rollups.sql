-- Reports from rollups (issue #16): per-day sums of the ledger, of the orders no rule credited and
-- of the visits, so that a report over a year reads a few thousand rows instead of a million.
-- A day is the UTC date of placed_at / visited_at (substr(…, 1, 10)). The rollups are a cache of
-- this book only: never synced, rebuilt from the ledger whenever a day is dirty (Rollups::refresh,
-- models/store/rollups.cpp, run by every report before it reads them).
--
-- Every write to transactions, orders or visits marks the days it touches dirty through the
-- triggers below, whatever wrote it (import, re-import, assignment and undo, hold decisions, sync
-- pull, a what-if that rolls back with its marks). A write that cannot change a report (approval,
-- payout, an updated_at) marks nothing.

-- The ledger per day, program, partner, kind, currency and campaign: exactly the sums of
-- ReportStore's ledger query. orders and sales count live transactions (superseded = 0 AND
-- kind <> 'reversal'); commission counts every transaction not cancelled. A row exists when at
-- least one transaction is in its group, even if its sums are 0 (a report shows such a group).
CREATE TABLE IF NOT EXISTS rollup_ledger (
    day               TEXT NOT NULL,
    program_id        INTEGER NOT NULL,
    affiliate_id      INTEGER NOT NULL,
    kind              TEXT NOT NULL,
    currency          TEXT NOT NULL,
    campaign          TEXT NOT NULL,
    orders            INTEGER NOT NULL,
    sales_minor       INTEGER NOT NULL,
    commission_minor  INTEGER NOT NULL,
    PRIMARY KEY (day, program_id, affiliate_id, kind, currency, campaign)
) WITHOUT ROWID;
-- One partner's report.
CREATE INDEX IF NOT EXISTS rollup_ledger_affiliate ON rollup_ledger(affiliate_id, day);

-- The same per month ('YYYY-MM'): a report by partner over whole months reads a fifth of the
-- rows (1,000,000 demo orders, 10,000 partners: 150,000 rows a year against 665,000 per day).
CREATE TABLE IF NOT EXISTS rollup_ledger_month (
    month             TEXT NOT NULL,
    program_id        INTEGER NOT NULL,
    affiliate_id      INTEGER NOT NULL,
    kind              TEXT NOT NULL,
    currency          TEXT NOT NULL,
    campaign          TEXT NOT NULL,
    orders            INTEGER NOT NULL,
    sales_minor       INTEGER NOT NULL,
    commission_minor  INTEGER NOT NULL,
    PRIMARY KEY (month, program_id, affiliate_id, kind, currency, campaign)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS rollup_ledger_month_affiliate ON rollup_ledger_month(affiliate_id, month);

-- The same summed over partners: a report not by partner reads a few rows per day.
CREATE TABLE IF NOT EXISTS rollup_ledger_all (
    day               TEXT NOT NULL,
    program_id        INTEGER NOT NULL,
    kind              TEXT NOT NULL,
    currency          TEXT NOT NULL,
    campaign          TEXT NOT NULL,
    orders            INTEGER NOT NULL,
    sales_minor       INTEGER NOT NULL,
    commission_minor  INTEGER NOT NULL,
    PRIMARY KEY (day, program_id, kind, currency, campaign)
) WITHOUT ROWID;

-- Orders with no live transaction, per day and currency.
CREATE TABLE IF NOT EXISTS rollup_unattributed (
    day               TEXT NOT NULL,
    currency          TEXT NOT NULL,
    orders            INTEGER NOT NULL,
    sales_minor       INTEGER NOT NULL,
    PRIMARY KEY (day, currency)
) WITHOUT ROWID;

-- Visits per day, program, partner and rule (0: none).
CREATE TABLE IF NOT EXISTS rollup_visits (
    day               TEXT NOT NULL,
    program_id        INTEGER NOT NULL,
    affiliate_id      INTEGER NOT NULL,
    rule              TEXT NOT NULL,
    visits            INTEGER NOT NULL,
    PRIMARY KEY (day, program_id, affiliate_id, rule)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS rollup_visits_affiliate ON rollup_visits(affiliate_id, day);

CREATE TABLE IF NOT EXISTS rollup_visits_month (
    month             TEXT NOT NULL,
    program_id        INTEGER NOT NULL,
    affiliate_id      INTEGER NOT NULL,
    rule              TEXT NOT NULL,
    visits            INTEGER NOT NULL,
    PRIMARY KEY (month, program_id, affiliate_id, rule)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS rollup_visits_month_affiliate ON rollup_visits_month(affiliate_id, month);

CREATE TABLE IF NOT EXISTS rollup_visits_all (
    day               TEXT NOT NULL,
    program_id        INTEGER NOT NULL,
    rule              TEXT NOT NULL,
    visits            INTEGER NOT NULL,
    PRIMARY KEY (day, program_id, rule)
) WITHOUT ROWID;

-- The days whose rollups are out of date.
CREATE TABLE IF NOT EXISTS rollup_dirty (
    day               TEXT PRIMARY KEY
) WITHOUT ROWID;

-- The ledger: a transaction counts on its placed_at day, in the ledger rollups and (being the
-- order's live transaction or not) in the unattributed orders of that day: a live transaction has
-- its order's placed_at (LedgerWriter writes both). Status matters only as cancelled or not.
CREATE TRIGGER IF NOT EXISTS rollup_transactions_insert AFTER INSERT ON transactions
BEGIN
    INSERT OR IGNORE INTO rollup_dirty (day) VALUES (substr(NEW.placed_at, 1, 10));
END;
CREATE TRIGGER IF NOT EXISTS rollup_transactions_delete AFTER DELETE ON transactions
BEGIN
    INSERT OR IGNORE INTO rollup_dirty (day) VALUES (substr(OLD.placed_at, 1, 10));
END;
CREATE TRIGGER IF NOT EXISTS rollup_transactions_update AFTER UPDATE ON transactions
WHEN OLD.placed_at IS NOT NEW.placed_at
    OR OLD.order_id IS NOT NEW.order_id
    OR OLD.program_id IS NOT NEW.program_id
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.kind IS NOT NEW.kind
    OR OLD.currency IS NOT NEW.currency
    OR OLD.campaign IS NOT NEW.campaign
    OR OLD.superseded IS NOT NEW.superseded
    OR OLD.base_minor IS NOT NEW.base_minor
    OR OLD.commission_minor IS NOT NEW.commission_minor
    OR (OLD.status = 'cancelled') IS NOT (NEW.status = 'cancelled')
BEGIN
    INSERT OR IGNORE INTO rollup_dirty (day) VALUES (substr(OLD.placed_at, 1, 10)), (substr(NEW.placed_at, 1, 10));
END;

-- The orders: the unattributed ones count on their placed_at day.
CREATE TRIGGER IF NOT EXISTS rollup_orders_insert AFTER INSERT ON orders
BEGIN
    INSERT OR IGNORE INTO rollup_dirty (day) VALUES (substr(NEW.placed_at, 1, 10));
END;
CREATE TRIGGER IF NOT EXISTS rollup_orders_delete AFTER DELETE ON orders
BEGIN
    INSERT OR IGNORE INTO rollup_dirty (day) VALUES (substr(OLD.placed_at, 1, 10));
END;
CREATE TRIGGER IF NOT EXISTS rollup_orders_update AFTER UPDATE ON orders
WHEN OLD.placed_at IS NOT NEW.placed_at
    OR OLD.order_id IS NOT NEW.order_id
    OR OLD.subtotal_minor IS NOT NEW.subtotal_minor
    OR OLD.currency IS NOT NEW.currency
BEGIN
    INSERT OR IGNORE INTO rollup_dirty (day) VALUES (substr(OLD.placed_at, 1, 10)), (substr(NEW.placed_at, 1, 10));
END;

-- The visits count on their visited_at day.
CREATE TRIGGER IF NOT EXISTS rollup_visits_insert AFTER INSERT ON visits
BEGIN
    INSERT OR IGNORE INTO rollup_dirty (day) VALUES (substr(NEW.visited_at, 1, 10));
END;
CREATE TRIGGER IF NOT EXISTS rollup_visits_delete AFTER DELETE ON visits
BEGIN
    INSERT OR IGNORE INTO rollup_dirty (day) VALUES (substr(OLD.visited_at, 1, 10));
END;
CREATE TRIGGER IF NOT EXISTS rollup_visits_update AFTER UPDATE ON visits
WHEN OLD.visited_at IS NOT NEW.visited_at
    OR OLD.program_id IS NOT NEW.program_id
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.rule IS NOT NEW.rule
BEGIN
    INSERT OR IGNORE INTO rollup_dirty (day) VALUES (substr(OLD.visited_at, 1, 10)), (substr(NEW.visited_at, 1, 10));
END;

-- A book that has orders already: every day of it is dirty, so the first report fills the
-- rollups it needs (Rollups::refresh). Each look-up walks an index in order.
INSERT OR IGNORE INTO rollup_dirty (day) SELECT DISTINCT substr(placed_at, 1, 10) FROM orders;
INSERT OR IGNORE INTO rollup_dirty (day) SELECT DISTINCT substr(placed_at, 1, 10) FROM transactions;
INSERT OR IGNORE INTO rollup_dirty (day) SELECT DISTINCT substr(visited_at, 1, 10) FROM visits;
