-- Issue #14: what a partner (or a would-be partner) asks for, as a tracked request
-- (docs/REQUESTS.md). One row per request: a sign-up, a claim for a missed order, a vanity link.
-- A changed payout e-mail stays where it is (affiliates.requested_email, 0015); the Requests queue
-- reads it from there. The same columns and rules as centrally (resources/central/0008_requests.sql);
-- the value rules (lengths, control characters) are ValueRules' (models/core/valuerules.cpp), checked
-- by RequestStore before every write here and by CHECK constraints there.
--
-- A claim names an order only as text the customer gave: no foreign key, no unique index, nothing
-- that could tell a partner whether that order exists or who has it (docs/SECURITY.md).
CREATE TABLE IF NOT EXISTS requests (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('signup', 'claim', 'vanity')),
    -- NULL only for a sign-up that waits or was rejected; an approved one names the partner it made.
    affiliate_id     INTEGER REFERENCES affiliates(id),
    -- The program applied to (a sign-up), optionally the one a claim is about; NULL for vanity.
    program_id       INTEGER REFERENCES programs(id),
    applicant_name   TEXT NOT NULL DEFAULT '',
    applicant_email  TEXT NOT NULL DEFAULT '',
    website          TEXT NOT NULL DEFAULT '',
    promotion        TEXT NOT NULL DEFAULT '',
    order_id         TEXT NOT NULL DEFAULT '',
    order_date       TEXT NOT NULL DEFAULT ''
        CHECK (order_date = '' OR order_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    amount_minor     INTEGER,
    currency         TEXT NOT NULL DEFAULT '' CHECK (currency = '' OR currency GLOB '[A-Z][A-Z][A-Z]'),
    host             TEXT NOT NULL DEFAULT '',
    path             TEXT NOT NULL DEFAULT '',
    target_url       TEXT NOT NULL DEFAULT '',
    message          TEXT NOT NULL DEFAULT '',
    filed_at         TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'approved', 'rejected')),
    decided_at       TEXT,
    decided_by       TEXT NOT NULL DEFAULT '',
    decision_reason  TEXT NOT NULL DEFAULT '',
    approved_path    TEXT NOT NULL DEFAULT '',
    CHECK ((state = 'waiting') = (decided_at IS NULL)),
    CHECK (state <> 'rejected' OR trim(decision_reason) <> ''),
    CHECK (affiliate_id IS NOT NULL OR (kind = 'signup' AND state <> 'approved')),
    CHECK (kind <> 'signup' OR (program_id IS NOT NULL AND trim(applicant_name) <> '' AND applicant_email <> '')),
    CHECK (kind <> 'claim' OR (trim(order_id) <> '' AND trim(message) <> '')),
    CHECK (kind <> 'vanity' OR (host <> '' AND path <> '' AND target_url <> ''))
);
-- The queue: waiting first, newest first; a partner's own list.
CREATE INDEX IF NOT EXISTS requests_state ON requests(state, filed_at);
CREATE INDEX IF NOT EXISTS requests_affiliate ON requests(affiliate_id, filed_at);
-- Duplicate sign-ups: the same e-mail, whatever its case.
CREATE INDEX IF NOT EXISTS requests_applicant_email ON requests(applicant_email COLLATE NOCASE)
    WHERE kind = 'signup';

-- Synced like every other table (0009): the outbox triggers, comparing every column.
CREATE TRIGGER IF NOT EXISTS sync_requests_insert AFTER INSERT ON requests
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('requests', NEW.id, 'upsert');
END;
CREATE TRIGGER IF NOT EXISTS sync_requests_update AFTER UPDATE ON requests
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.kind IS NOT NEW.kind
    OR OLD.affiliate_id IS NOT NEW.affiliate_id
    OR OLD.program_id IS NOT NEW.program_id
    OR OLD.applicant_name IS NOT NEW.applicant_name
    OR OLD.applicant_email IS NOT NEW.applicant_email
    OR OLD.website IS NOT NEW.website
    OR OLD.promotion IS NOT NEW.promotion
    OR OLD.order_id IS NOT NEW.order_id
    OR OLD.order_date IS NOT NEW.order_date
    OR OLD.amount_minor IS NOT NEW.amount_minor
    OR OLD.currency IS NOT NEW.currency
    OR OLD.host IS NOT NEW.host
    OR OLD.path IS NOT NEW.path
    OR OLD.target_url IS NOT NEW.target_url
    OR OLD.message IS NOT NEW.message
    OR OLD.filed_at IS NOT NEW.filed_at
    OR OLD.state IS NOT NEW.state
    OR OLD.decided_at IS NOT NEW.decided_at
    OR OLD.decided_by IS NOT NEW.decided_by
    OR OLD.decision_reason IS NOT NEW.decision_reason
    OR OLD.approved_path IS NOT NEW.approved_path)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('requests', NEW.id, 'upsert');
END;
-- The app never changes a row's id; should anything do it, the old id's row is gone.
CREATE TRIGGER IF NOT EXISTS sync_requests_rekey AFTER UPDATE OF id ON requests
WHEN NEW.id <> OLD.id AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('requests', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'requests' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'requests' AND local_id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS sync_requests_delete AFTER DELETE ON requests
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op, uid)
        VALUES ('requests', OLD.id, 'delete', (SELECT uid FROM sync_ids WHERE tbl = 'requests' AND local_id = OLD.id));
    UPDATE sync_ids SET local_id = NULL WHERE tbl = 'requests' AND local_id = OLD.id;
END;
