-- Commission rules beyond one rate per program (issue #15, docs/COMMISSION.md): a partner's own
-- rates with history, monthly tiers, lifetime customers, campaigns and fraud holds.

-- Per program: the lifetime window (0 = off) and the fraud rules' switches and thresholds. The
-- first two rules are on by default; the others stay off (0) until a manager sets a threshold.
ALTER TABLE programs ADD COLUMN lifetime_days INTEGER NOT NULL DEFAULT 0 CHECK (lifetime_days BETWEEN 0 AND 3650);
ALTER TABLE programs ADD COLUMN fraud_own_domain INTEGER NOT NULL DEFAULT 1 CHECK (fraud_own_domain IN (0, 1));
ALTER TABLE programs ADD COLUMN fraud_leaked_coupon INTEGER NOT NULL DEFAULT 1 CHECK (fraud_leaked_coupon IN (0, 1));
-- Hold when one customer e-mail was credited to more than this many partners in 30 days (0 = off).
ALTER TABLE programs ADD COLUMN fraud_shared_customers INTEGER NOT NULL DEFAULT 0 CHECK (fraud_shared_customers BETWEEN 0 AND 1000);
-- Hold when the partner's cancelled share of orders in the last 90 days is above this (bp, 0 = off).
ALTER TABLE programs ADD COLUMN fraud_cancel_share_bp INTEGER NOT NULL DEFAULT 0 CHECK (fraud_cancel_share_bp BETWEEN 0 AND 10000);
ALTER TABLE programs ADD COLUMN fraud_no_visit INTEGER NOT NULL DEFAULT 0 CHECK (fraud_no_visit IN (0, 1));

-- The customer's orders, for the lifetime and shared-customer rules to settle them again in time
-- order when an import brought them out of it (LedgerWriter::finish). The key is the one the
-- engine computes (AttributionEngine::customerKey); the import stores the e-mail trimmed.
CREATE INDEX IF NOT EXISTS orders_customer ON orders(lower(customer_email), placed_at) WHERE customer_email <> '';

-- The no-visit fraud rule asks whether a partner has a visit in the days before an order.
CREATE INDEX IF NOT EXISTS visits_affiliate ON visits(affiliate_id, visited_at);

-- A vanity link may carry a campaign tag like a partner's link (acc_campaign).
ALTER TABLE rewrites ADD COLUMN campaign TEXT NOT NULL DEFAULT '';

-- A partner's own rates in a program. The row with the latest effective_from at or before an
-- order's placed_at is in force for it. In each pair (link, coupon) at most one of the rate and
-- the flat amount is set; both NULL: the partner has no own rate of that kind then (tiers, else
-- the program's, apply). A flat amount is in the program's currency, capped at the subtotal.
CREATE TABLE IF NOT EXISTS partner_rates (
    id                   INTEGER PRIMARY KEY,
    program_id           INTEGER NOT NULL REFERENCES programs(id),
    affiliate_id         INTEGER NOT NULL REFERENCES affiliates(id),
    effective_from       TEXT NOT NULL,
    link_rate_bp         INTEGER CHECK (link_rate_bp BETWEEN 0 AND 10000),
    link_amount_minor    INTEGER CHECK (link_amount_minor BETWEEN 0 AND 100000000000),
    coupon_rate_bp       INTEGER CHECK (coupon_rate_bp BETWEEN 0 AND 10000),
    coupon_amount_minor  INTEGER CHECK (coupon_amount_minor BETWEEN 0 AND 100000000000),
    created_by           TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    CHECK (link_rate_bp IS NULL OR link_amount_minor IS NULL),
    CHECK (coupon_rate_bp IS NULL OR coupon_amount_minor IS NULL),
    UNIQUE (program_id, affiliate_id, effective_from)
);
CREATE INDEX IF NOT EXISTS partner_rates_affiliate ON partner_rates(affiliate_id);

-- Monthly tiers: an order whose partner has at least min_orders credited, not cancelled orders in
-- the program earlier in the same UTC month earns link_rate_bp (coupon orders coupon_rate_bp, NULL:
-- the program's coupon rate). The tier with the highest min_orders reached applies.
CREATE TABLE IF NOT EXISTS program_tiers (
    id              INTEGER PRIMARY KEY,
    program_id      INTEGER NOT NULL REFERENCES programs(id),
    min_orders      INTEGER NOT NULL CHECK (min_orders BETWEEN 1 AND 1000000),
    link_rate_bp    INTEGER NOT NULL CHECK (link_rate_bp BETWEEN 0 AND 10000),
    coupon_rate_bp  INTEGER CHECK (coupon_rate_bp BETWEEN 0 AND 10000),
    created_at      TEXT NOT NULL,
    UNIQUE (program_id, min_orders)
);

-- The ledger gains the lifetime rule's kind, the campaign, the folded customer e-mail the lifetime
-- and shared-customer rules look up, where the rate came from, and the fraud hold. SQLite cannot
-- widen a CHECK, so the table is rebuilt (the SQLite manual's "other kinds of table schema
-- changes"); its indexes and triggers go with the old table and are created again below. The new
-- table names itself in its foreign key, and the rename (not legacy) points that at the new name,
-- so dropping the old table finds no row of the new one referring to it. When the migration runs
-- again on a schema that has it (tst_outbox), the block is skipped: the new columns keep their data.
-- migrate: unless column transactions.hold
CREATE TABLE transactions_rebuilt (
    id                INTEGER PRIMARY KEY,
    order_id          TEXT NOT NULL,
    affiliate_id      INTEGER NOT NULL REFERENCES affiliates(id),
    program_id        INTEGER NOT NULL REFERENCES programs(id),
    kind              TEXT NOT NULL CHECK (kind = 'manual' OR kind = 'coupon' OR kind = 'link' OR kind = 'rewrite' OR kind = 'direct' OR kind = 'lifetime' OR kind = 'reversal'),
    base_minor        INTEGER NOT NULL,
    rate_bp           INTEGER NOT NULL,
    commission_minor  INTEGER NOT NULL,
    currency          TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status = 'pending' OR status = 'approved' OR status = 'cancelled' OR status = 'paid'),
    self_referral     INTEGER NOT NULL DEFAULT 0 CHECK (self_referral IN (0, 1)),
    superseded        INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)),
    reverses_id       INTEGER REFERENCES transactions_rebuilt(id),
    approve_at        TEXT,
    payout_id         INTEGER REFERENCES payouts(id),
    placed_at         TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    campaign          TEXT NOT NULL DEFAULT '',
    customer_key      TEXT NOT NULL DEFAULT '',  -- lower(trim(customer_email)) of the order
    -- program: the program's rate; partner: his own rate or amount; tier: a monthly tier;
    -- manual: an amount a manager entered.
    rate_source       TEXT NOT NULL DEFAULT 'program' CHECK (rate_source = 'program' OR rate_source = 'partner' OR rate_source = 'tier' OR rate_source = 'manual'),
    -- '': never flagged; held: flagged, not approved nor paid until a manager decides; cleared:
    -- a manager let it go on as normal; cancelled: a manager cancelled it.
    hold              TEXT NOT NULL DEFAULT '' CHECK (hold = '' OR hold = 'held' OR hold = 'cleared' OR hold = 'cancelled'),
    hold_rule         TEXT NOT NULL DEFAULT '',
    hold_evidence     TEXT NOT NULL DEFAULT '',
    CHECK (hold = '' OR hold_rule <> '')
);
INSERT INTO transactions_rebuilt (id, order_id, affiliate_id, program_id, kind, base_minor, rate_bp, commission_minor,
                                  currency, status, self_referral, superseded, reverses_id, approve_at, payout_id,
                                  placed_at, created_at, updated_at, customer_key, rate_source)
SELECT t.id, t.order_id, t.affiliate_id, t.program_id, t.kind, t.base_minor, t.rate_bp, t.commission_minor,
       t.currency, t.status, t.self_referral, t.superseded, t.reverses_id, t.approve_at, t.payout_id,
       t.placed_at, t.created_at, t.updated_at,
       coalesce((SELECT lower(trim(o.customer_email)) FROM orders o WHERE o.order_id = t.order_id), ''),
       CASE WHEN t.kind = 'manual' AND t.rate_bp = 0 AND t.commission_minor <> 0 THEN 'manual' ELSE 'program' END
FROM transactions t ORDER BY t.id;
DROP TABLE transactions;
ALTER TABLE transactions_rebuilt RENAME TO transactions;

CREATE UNIQUE INDEX transactions_live_per_order ON transactions(order_id)
    WHERE superseded = 0 AND kind <> 'reversal';
CREATE UNIQUE INDEX transactions_one_reversal ON transactions(reverses_id) WHERE reverses_id IS NOT NULL;
CREATE INDEX transactions_order ON transactions(order_id);
CREATE INDEX transactions_affiliate_status ON transactions(affiliate_id, status, currency);
CREATE INDEX transactions_pending_approval ON transactions(approve_at) WHERE status = 'pending';
CREATE INDEX transactions_browse_affiliate ON transactions(affiliate_id, placed_at);
CREATE INDEX transactions_browse_program ON transactions(program_id, placed_at);
CREATE INDEX transactions_browse_kind ON transactions(kind, placed_at);
CREATE INDEX transactions_browse_status ON transactions(status, placed_at);
CREATE INDEX transactions_browse_currency ON transactions(currency, placed_at);
CREATE INDEX transactions_browse_rate ON transactions(rate_bp, placed_at);
CREATE INDEX transactions_browse_flags ON transactions(superseded, self_referral, placed_at);
CREATE INDEX transactions_browse_base ON transactions(base_minor);
CREATE INDEX transactions_browse_commission ON transactions(commission_minor);
CREATE INDEX transactions_browse_placed
    ON transactions(placed_at, id, kind, status, currency, program_id, affiliate_id);
CREATE INDEX transactions_balance ON transactions(affiliate_id, currency, status, commission_minor, payout_id);
CREATE INDEX transactions_payout ON transactions(payout_id) WHERE payout_id IS NOT NULL;
-- The lifetime and shared-customer rules look a customer up; most orders of a store have an e-mail.
CREATE INDEX transactions_customer ON transactions(customer_key, placed_at) WHERE customer_key <> '';
-- The fraud review lists what waits for a decision.
CREATE INDEX transactions_held ON transactions(placed_at) WHERE hold = 'held';

-- A synced table's update trigger compares every column (0009, 0015, 0017): the new ones too.
CREATE TRIGGER sync_transactions_insert AFTER INSERT ON transactions
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('transactions', NEW.id, 'upsert');
END;
CREATE TRIGGER sync_transactions_update AFTER UPDATE ON transactions
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.order_id IS NOT NEW.order_id
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.program_id IS NOT NEW.program_id
    OR OLD.kind IS NOT NEW.kind
    OR OLD.base_minor IS NOT NEW.base_minor
    OR OLD.rate_bp IS NOT NEW.rate_bp
    OR OLD.commission_minor IS NOT NEW.commission_minor
    OR OLD.currency IS NOT NEW.currency
    OR OLD.status IS NOT NEW.status
    OR OLD.self_referral IS NOT NEW.self_referral
    OR OLD.superseded IS NOT NEW.superseded
    OR OLD.reverses_id IS NOT NEW.reverses_id
    OR OLD.approve_at IS NOT NEW.approve_at
    OR OLD.payout_id IS NOT NEW.payout_id
    OR OLD.placed_at IS NOT NEW.placed_at
    OR OLD.created_at IS NOT NEW.created_at
    OR OLD.updated_at IS NOT NEW.updated_at
    OR OLD.campaign IS NOT NEW.campaign
    OR OLD.customer_key IS NOT NEW.customer_key
    OR OLD.rate_source IS NOT NEW.rate_source
    OR OLD.hold IS NOT NEW.hold
    OR OLD.hold_rule IS NOT NEW.hold_rule
    OR OLD.hold_evidence IS NOT NEW.hold_evidence)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('transactions', NEW.id, 'upsert');
END;
CREATE TRIGGER sync_transactions_rekey AFTER UPDATE OF id ON transactions
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('transactions', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'transactions' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'transactions' AND local_id = OLD.id;
END;
CREATE TRIGGER sync_transactions_delete AFTER DELETE ON transactions
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('transactions', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'transactions' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'transactions' AND local_id = OLD.id;
END;
-- migrate: end

DROP TRIGGER IF EXISTS sync_programs_update;
CREATE TRIGGER sync_programs_update AFTER UPDATE ON programs
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.name IS NOT NEW.name
    OR OLD.description IS NOT NEW.description
    OR OLD.currency IS NOT NEW.currency
    OR OLD.link_rate_bp IS NOT NEW.link_rate_bp
    OR OLD.coupon_rate_bp IS NOT NEW.coupon_rate_bp
    OR OLD.coupon_discount_bp IS NOT NEW.coupon_discount_bp
    OR OLD.threshold_minor IS NOT NEW.threshold_minor
    OR OLD.cookie_days IS NOT NEW.cookie_days
    OR OLD.hold_days IS NOT NEW.hold_days
    OR OLD.active IS NOT NEW.active
    OR OLD.created_at IS NOT NEW.created_at
    OR OLD.notices IS NOT NEW.notices
    OR OLD.notices_since IS NOT NEW.notices_since
    OR OLD.lifetime_days IS NOT NEW.lifetime_days
    OR OLD.fraud_own_domain IS NOT NEW.fraud_own_domain
    OR OLD.fraud_leaked_coupon IS NOT NEW.fraud_leaked_coupon
    OR OLD.fraud_shared_customers IS NOT NEW.fraud_shared_customers
    OR OLD.fraud_cancel_share_bp IS NOT NEW.fraud_cancel_share_bp
    OR OLD.fraud_no_visit IS NOT NEW.fraud_no_visit)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('programs', NEW.id, 'upsert');
END;

DROP TRIGGER IF EXISTS sync_rewrites_update;
CREATE TRIGGER sync_rewrites_update AFTER UPDATE ON rewrites
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.host IS NOT NEW.host
    OR OLD.path IS NOT NEW.path
    OR OLD.target_url IS NOT NEW.target_url
    OR OLD.active IS NOT NEW.active
    OR OLD.created_at IS NOT NEW.created_at
    OR OLD.campaign IS NOT NEW.campaign)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('rewrites', NEW.id, 'upsert');
END;

-- The new tables sync like every other (docs/SYNC.md).
CREATE TRIGGER IF NOT EXISTS sync_partner_rates_insert AFTER INSERT ON partner_rates
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('partner_rates', NEW.id, 'upsert');
END;
DROP TRIGGER IF EXISTS sync_partner_rates_update;
CREATE TRIGGER sync_partner_rates_update AFTER UPDATE ON partner_rates
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.program_id IS NOT NEW.program_id
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.effective_from IS NOT NEW.effective_from
    OR OLD.link_rate_bp IS NOT NEW.link_rate_bp
    OR OLD.link_amount_minor IS NOT NEW.link_amount_minor
    OR OLD.coupon_rate_bp IS NOT NEW.coupon_rate_bp
    OR OLD.coupon_amount_minor IS NOT NEW.coupon_amount_minor
    OR OLD.created_by IS NOT NEW.created_by
    OR OLD.created_at IS NOT NEW.created_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('partner_rates', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_partner_rates_rekey AFTER UPDATE OF id ON partner_rates
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('partner_rates', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'partner_rates' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'partner_rates' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_partner_rates_delete AFTER DELETE ON partner_rates
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('partner_rates', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'partner_rates' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'partner_rates' AND local_id = OLD.id;
END;

CREATE TRIGGER IF NOT EXISTS sync_program_tiers_insert AFTER INSERT ON program_tiers
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('program_tiers', NEW.id, 'upsert');
END;
DROP TRIGGER IF EXISTS sync_program_tiers_update;
CREATE TRIGGER sync_program_tiers_update AFTER UPDATE ON program_tiers
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.program_id IS NOT NEW.program_id
    OR OLD.min_orders IS NOT NEW.min_orders
    OR OLD.link_rate_bp IS NOT NEW.link_rate_bp
    OR OLD.coupon_rate_bp IS NOT NEW.coupon_rate_bp
    OR OLD.created_at IS NOT NEW.created_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('program_tiers', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_program_tiers_rekey AFTER UPDATE OF id ON program_tiers
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('program_tiers', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'program_tiers' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'program_tiers' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_program_tiers_delete AFTER DELETE ON program_tiers
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('program_tiers', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'program_tiers' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'program_tiers' AND local_id = OLD.id;
END;
