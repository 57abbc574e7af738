-- The local side of sync (docs/SYNC.md, "Local side"). Every statement can run again on a schema
-- that has it already (IF NOT EXISTS; the seeding below runs once, guarded by sync_state).
--
-- sync_ids: a local row's central uuid. local_id is NULL once the local row is deleted: the uid is
-- kept for its tombstone and for a row re-created under the same natural key. version is the
-- central version this desktop's copy is based on (0: never pushed nor pulled).
CREATE TABLE IF NOT EXISTS sync_ids (
    id        INTEGER PRIMARY KEY,
    tbl       TEXT NOT NULL,
    local_id  INTEGER,
    uid       TEXT NOT NULL UNIQUE,
    version   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (tbl, local_id)
);
-- sync_outbox: local changes not yet pushed, one row per changed row and statement, written by the
-- triggers below in the same transaction as the change. An UPDATE that changes no column queues
-- nothing: each update trigger compares every column, so a later migration that adds a column to
-- a synced table must DROP and CREATE that table's sync_*_update trigger (tst_outbox checks it).
-- import_id and import_line (orders, visits) are left out: they name this desktop's import run
-- (imports does not sync) and are not sent. A delete carries the row's uid (its
-- sync_ids row no longer names the local row). program_hosts rows are queued by program (local_id
-- = program_id: "this program's host list"), domain_checks by domain (its primary key).
CREATE TABLE IF NOT EXISTS sync_outbox (
    seq        INTEGER PRIMARY KEY,
    tbl        TEXT NOT NULL,
    local_id   INTEGER NOT NULL,
    op         TEXT NOT NULL CHECK (op = 'upsert' OR op = 'delete'),
    uid        TEXT,
    -- Seconds since 1970 (UTC), not ISO text: formatting the text was a third of a trigger's cost.
    queued_at  INTEGER NOT NULL DEFAULT (unixepoch())
);
-- Coalescing finds a row's later changes.
CREATE INDEX IF NOT EXISTS sync_outbox_row ON sync_outbox(tbl, local_id);
-- sync_state: the desktop's id, the pull position per central database, and other sync settings.
CREATE TABLE IF NOT EXISTS sync_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
-- sync_applying: holds its one row only inside the transaction that applies rows pulled from the
-- central database (Outbox::ApplyScope inserts it and deletes it before the commit), so other
-- connections never see it; while it is there the triggers queue nothing.
CREATE TABLE IF NOT EXISTS sync_applying (
    flag  INTEGER PRIMARY KEY CHECK (flag = 1)
);

-- programs
CREATE TRIGGER IF NOT EXISTS sync_programs_insert AFTER INSERT ON programs
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('programs', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_programs_update AFTER UPDATE ON programs
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
    OR OLD.created_at IS NOT NEW.created_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('programs', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_programs_rekey AFTER UPDATE OF id ON programs
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('programs', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'programs' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'programs' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_programs_delete AFTER DELETE ON programs
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('programs', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'programs' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'programs' AND local_id = OLD.id;
END;
-- program_hosts
CREATE TRIGGER IF NOT EXISTS sync_program_hosts_insert AFTER INSERT ON program_hosts
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('program_hosts', NEW.program_id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_program_hosts_update AFTER UPDATE ON program_hosts
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.program_id IS NOT NEW.program_id
    OR OLD.host IS NOT NEW.host)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('program_hosts', NEW.program_id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_program_hosts_rekey AFTER UPDATE OF program_id ON program_hosts
WHEN NEW.program_id <> OLD.program_id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('program_hosts', OLD.program_id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_program_hosts_delete AFTER DELETE ON program_hosts
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('program_hosts', OLD.program_id, 'upsert');
END;
-- affiliates
CREATE TRIGGER IF NOT EXISTS sync_affiliates_insert AFTER INSERT ON affiliates
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('affiliates', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_affiliates_update AFTER UPDATE ON affiliates
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.code IS NOT NEW.code
    OR OLD.name IS NOT NEW.name
    OR OLD.email IS NOT NEW.email
    OR OLD.status IS NOT NEW.status
    OR OLD.created_at IS NOT NEW.created_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('affiliates', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_affiliates_rekey AFTER UPDATE OF id ON affiliates
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('affiliates', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'affiliates' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'affiliates' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_affiliates_delete AFTER DELETE ON affiliates
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('affiliates', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'affiliates' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'affiliates' AND local_id = OLD.id;
END;
-- memberships
CREATE TRIGGER IF NOT EXISTS sync_memberships_insert AFTER INSERT ON memberships
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('memberships', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_memberships_update AFTER UPDATE ON memberships
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.program_id IS NOT NEW.program_id
    OR OLD.active IS NOT NEW.active
    OR OLD.is_primary IS NOT NEW.is_primary
    OR OLD.joined_at IS NOT NEW.joined_at
    OR OLD.left_at IS NOT NEW.left_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('memberships', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_memberships_rekey AFTER UPDATE OF id ON memberships
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('memberships', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'memberships' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'memberships' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_memberships_delete AFTER DELETE ON memberships
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('memberships', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'memberships' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'memberships' AND local_id = OLD.id;
END;
-- coupons
CREATE TRIGGER IF NOT EXISTS sync_coupons_insert AFTER INSERT ON coupons
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('coupons', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_coupons_update AFTER UPDATE ON coupons
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.code IS NOT NEW.code
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.program_id IS NOT NEW.program_id
    OR OLD.active IS NOT NEW.active
    OR OLD.created_at IS NOT NEW.created_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('coupons', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_coupons_rekey AFTER UPDATE OF id ON coupons
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('coupons', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'coupons' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'coupons' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_coupons_delete AFTER DELETE ON coupons
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('coupons', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'coupons' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'coupons' AND local_id = OLD.id;
END;
-- banners
CREATE TRIGGER IF NOT EXISTS sync_banners_insert AFTER INSERT ON banners
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('banners', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_banners_update AFTER UPDATE ON banners
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.program_id IS NOT NEW.program_id
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.title IS NOT NEW.title
    OR OLD.image_url IS NOT NEW.image_url
    OR OLD.width IS NOT NEW.width
    OR OLD.height IS NOT NEW.height
    OR OLD.active IS NOT NEW.active
    OR OLD.created_at IS NOT NEW.created_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('banners', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_banners_rekey AFTER UPDATE OF id ON banners
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('banners', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'banners' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'banners' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_banners_delete AFTER DELETE ON banners
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('banners', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'banners' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'banners' AND local_id = OLD.id;
END;
-- domains
CREATE TRIGGER IF NOT EXISTS sync_domains_insert AFTER INSERT ON domains
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('domains', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_domains_update AFTER UPDATE ON domains
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.domain IS NOT NEW.domain
    OR OLD.token IS NOT NEW.token
    OR OLD.method IS NOT NEW.method
    OR OLD.verified IS NOT NEW.verified
    OR OLD.verified_at IS NOT NEW.verified_at
    OR OLD.checked_at IS NOT NEW.checked_at
    OR OLD.created_at IS NOT NEW.created_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('domains', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_domains_rekey AFTER UPDATE OF id ON domains
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('domains', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'domains' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'domains' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_domains_delete AFTER DELETE ON domains
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('domains', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'domains' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'domains' AND local_id = OLD.id;
END;
-- domain_checks
CREATE TRIGGER IF NOT EXISTS sync_domain_checks_insert AFTER INSERT ON domain_checks
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('domain_checks', NEW.domain_id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_domain_checks_update AFTER UPDATE ON domain_checks
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.domain_id IS NOT NEW.domain_id
    OR OLD.last_finding IS NOT NEW.last_finding
    OR OLD.lapsing_since IS NOT NEW.lapsing_since
    OR OLD.failed_checks IS NOT NEW.failed_checks
    OR OLD.lapsed_at IS NOT NEW.lapsed_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('domain_checks', NEW.domain_id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_domain_checks_rekey AFTER UPDATE OF domain_id ON domain_checks
WHEN NEW.domain_id <> OLD.domain_id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('domain_checks', OLD.domain_id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'domain_checks' AND local_id = OLD.domain_id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'domain_checks' AND local_id = OLD.domain_id;
END;
CREATE TRIGGER IF NOT EXISTS sync_domain_checks_delete AFTER DELETE ON domain_checks
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('domain_checks', OLD.domain_id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'domain_checks' AND local_id = OLD.domain_id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'domain_checks' AND local_id = OLD.domain_id;
END;
-- rewrites
CREATE TRIGGER IF NOT EXISTS sync_rewrites_insert AFTER INSERT ON rewrites
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('rewrites', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_rewrites_update AFTER UPDATE ON rewrites
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.host IS NOT NEW.host
    OR OLD.path IS NOT NEW.path
    OR OLD.target_url IS NOT NEW.target_url
    OR OLD.active IS NOT NEW.active
    OR OLD.created_at IS NOT NEW.created_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('rewrites', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_rewrites_rekey AFTER UPDATE OF id ON rewrites
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('rewrites', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'rewrites' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'rewrites' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_rewrites_delete AFTER DELETE ON rewrites
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('rewrites', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'rewrites' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'rewrites' AND local_id = OLD.id;
END;
-- orders
CREATE TRIGGER IF NOT EXISTS sync_orders_insert AFTER INSERT ON orders
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('orders', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_orders_update AFTER UPDATE ON orders
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.order_id IS NOT NEW.order_id
    OR OLD.placed_at IS NOT NEW.placed_at
    OR OLD.subtotal_minor IS NOT NEW.subtotal_minor
    OR OLD.currency IS NOT NEW.currency
    OR OLD.status IS NOT NEW.status
    OR OLD.coupon_code IS NOT NEW.coupon_code
    OR OLD.affiliate_code IS NOT NEW.affiliate_code
    OR OLD.landing_url IS NOT NEW.landing_url
    OR OLD.referrer_url IS NOT NEW.referrer_url
    OR OLD.customer_email IS NOT NEW.customer_email
    OR OLD.updated_at IS NOT NEW.updated_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('orders', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_orders_rekey AFTER UPDATE OF id ON orders
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('orders', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'orders' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'orders' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_orders_delete AFTER DELETE ON orders
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('orders', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'orders' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'orders' AND local_id = OLD.id;
END;
-- transactions
CREATE TRIGGER IF NOT EXISTS sync_transactions_insert AFTER INSERT ON transactions
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('transactions', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_transactions_update AFTER UPDATE ON transactions
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
    OR OLD.updated_at IS NOT NEW.updated_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('transactions', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_transactions_rekey AFTER UPDATE OF id ON transactions
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('transactions', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'transactions' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'transactions' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_transactions_delete AFTER DELETE ON transactions
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('transactions', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'transactions' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'transactions' AND local_id = OLD.id;
END;
-- manual_assignments
CREATE TRIGGER IF NOT EXISTS sync_manual_assignments_insert AFTER INSERT ON manual_assignments
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('manual_assignments', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_manual_assignments_update AFTER UPDATE ON manual_assignments
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.order_id IS NOT NEW.order_id
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.amount_minor IS NOT NEW.amount_minor
    OR OLD.reason IS NOT NEW.reason
    OR OLD.assigned_by IS NOT NEW.assigned_by
    OR OLD.assigned_at IS NOT NEW.assigned_at
    OR OLD.withdrawn IS NOT NEW.withdrawn)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('manual_assignments', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_manual_assignments_rekey AFTER UPDATE OF id ON manual_assignments
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('manual_assignments', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'manual_assignments' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'manual_assignments' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_manual_assignments_delete AFTER DELETE ON manual_assignments
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('manual_assignments', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'manual_assignments' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'manual_assignments' AND local_id = OLD.id;
END;
-- payouts
CREATE TRIGGER IF NOT EXISTS sync_payouts_insert AFTER INSERT ON payouts
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('payouts', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_payouts_update AFTER UPDATE ON payouts
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.created_at IS NOT NEW.created_at
    OR OLD.created_by IS NOT NEW.created_by
    OR OLD.format IS NOT NEW.format
    OR OLD.file_path IS NOT NEW.file_path
    OR OLD.status IS NOT NEW.status
    OR OLD.paid_at IS NOT NEW.paid_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('payouts', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_payouts_rekey AFTER UPDATE OF id ON payouts
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('payouts', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'payouts' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'payouts' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_payouts_delete AFTER DELETE ON payouts
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('payouts', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'payouts' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'payouts' AND local_id = OLD.id;
END;
-- payout_lines
CREATE TRIGGER IF NOT EXISTS sync_payout_lines_insert AFTER INSERT ON payout_lines
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('payout_lines', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_payout_lines_update AFTER UPDATE ON payout_lines
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.payout_id IS NOT NEW.payout_id
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.currency IS NOT NEW.currency
    OR OLD.amount_minor IS NOT NEW.amount_minor
    OR OLD.transactions IS NOT NEW.transactions)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('payout_lines', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_payout_lines_rekey AFTER UPDATE OF id ON payout_lines
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('payout_lines', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'payout_lines' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'payout_lines' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_payout_lines_delete AFTER DELETE ON payout_lines
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('payout_lines', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'payout_lines' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'payout_lines' AND local_id = OLD.id;
END;
-- visits
CREATE TRIGGER IF NOT EXISTS sync_visits_insert AFTER INSERT ON visits
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('visits', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_visits_update AFTER UPDATE ON visits
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.visited_at IS NOT NEW.visited_at
    OR OLD.landing_url IS NOT NEW.landing_url
    OR OLD.referrer_url IS NOT NEW.referrer_url
    OR OLD.affiliate_code IS NOT NEW.affiliate_code
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.program_id IS NOT NEW.program_id
    OR OLD.rule IS NOT NEW.rule)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('visits', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_visits_rekey AFTER UPDATE OF id ON visits
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('visits', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'visits' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'visits' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_visits_delete AFTER DELETE ON visits
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('visits', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'visits' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'visits' AND local_id = OLD.id;
END;
-- audit_log
CREATE TRIGGER IF NOT EXISTS sync_audit_log_insert AFTER INSERT ON audit_log
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('audit_log', NEW.id, 'upsert');
END;
-- audit_log is append-only (0001 refuses updates and deletes): inserts are all there is to queue.
-- A database that had books before this migration pushes all of them on its first sync: every
-- existing row is queued once (sync_state remembers it, so a second run queues nothing).
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'programs', id, 'upsert' FROM programs WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT DISTINCT 'program_hosts', program_id, 'upsert' FROM program_hosts WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY program_id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'affiliates', id, 'upsert' FROM affiliates WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'memberships', id, 'upsert' FROM memberships WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'coupons', id, 'upsert' FROM coupons WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'banners', id, 'upsert' FROM banners WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'domains', id, 'upsert' FROM domains WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'domain_checks', domain_id, 'upsert' FROM domain_checks WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY domain_id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'rewrites', id, 'upsert' FROM rewrites WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'orders', id, 'upsert' FROM orders WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'transactions', id, 'upsert' FROM transactions WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'manual_assignments', id, 'upsert' FROM manual_assignments WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'payouts', id, 'upsert' FROM payouts WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'payout_lines', id, 'upsert' FROM payout_lines WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'visits', id, 'upsert' FROM visits WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT INTO sync_outbox (tbl, local_id, op)
    SELECT 'audit_log', id, 'upsert' FROM audit_log WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox.seeded') ORDER BY id;
INSERT OR IGNORE INTO sync_state (key, value) VALUES ('outbox.seeded', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
