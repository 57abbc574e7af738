-- Issue #14, e-mail notices for partners (docs/NOTICES.md). Can run again on a schema that has it
-- (Database::migrate skips an ADD COLUMN of a column that exists; the rest says IF [NOT] EXISTS).
--
-- 1. Settings, synced like the rest of their rows (the same columns and CHECKs centrally,
--    resources/central/0009_notices.sql):
--    programs.notices        off | each | digest: the manager's default for the program's partners;
--                            off by default
--    programs.notices_since  when notices were last switched on (NoticePlanner tells a partner only
--                            about transactions created from then on); kept when switched off
--    affiliates.notice_mode  '' (the program's default) | each | digest | off: the partner's choice
--    affiliates.language     en | cs: the language of his notices
ALTER TABLE programs ADD COLUMN notices TEXT NOT NULL DEFAULT 'off' CHECK (notices IN ('off', 'each', 'digest'));
ALTER TABLE programs ADD COLUMN notices_since TEXT CHECK (notices = 'off' OR notices_since IS NOT NULL);
ALTER TABLE affiliates ADD COLUMN notice_mode TEXT NOT NULL DEFAULT ''
    CHECK (notice_mode IN ('', 'each', 'digest', 'off'));
ALTER TABLE affiliates ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cs'));

-- A synced table's update trigger compares every column (0009, 0015): the new ones too.
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
    OR OLD.notices_since IS NOT NEW.notices_since)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('programs', NEW.id, 'upsert');
END;

DROP TRIGGER IF EXISTS sync_affiliates_update;
CREATE TRIGGER sync_affiliates_update AFTER UPDATE ON affiliates
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND (
    OLD.id IS NOT NEW.id
    OR OLD.code IS NOT NEW.code
    OR OLD.name IS NOT NEW.name
    OR OLD.email IS NOT NEW.email
    OR OLD.status IS NOT NEW.status
    OR OLD.created_at IS NOT NEW.created_at
    OR OLD.requested_email IS NOT NEW.requested_email
    OR OLD.email_requested_at IS NOT NEW.email_requested_at
    OR OLD.notice_mode IS NOT NEW.notice_mode
    OR OLD.language IS NOT NEW.language)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('affiliates', NEW.id, 'upsert');
END;

-- 2. The notice queue of a desktop without a central database (NoticeQueue). Not synced: with a
--    central database the queue is partnerdesk.notices there, the same columns, the same SQL. A
--    notice's key is deterministic (NoticePlanner), so planning it twice makes one row; a sender
--    claims a due row with one conditional UPDATE before it sends (docs/NOTICES.md).
--    Times are ISO 8601 UTC text like every other time here.
CREATE TABLE IF NOT EXISTS notices (
    key              TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 400),
    kind             TEXT NOT NULL CHECK (kind IN ('transaction', 'digest', 'decision', 'threshold', 'welcome')),
    recipient        TEXT NOT NULL CHECK (length(recipient) BETWEEN 1 AND 254),
    language         TEXT NOT NULL CHECK (language IN ('en', 'cs')),
    subject          TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 400),
    body             TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 65536),
    created_at       TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'due' CHECK (state IN ('due', 'sent', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  TEXT NOT NULL,
    claimed_by       TEXT NOT NULL DEFAULT '',
    claimed_until    TEXT,
    sent_at          TEXT,
    last_error       TEXT NOT NULL DEFAULT '' CHECK (length(last_error) <= 4000),
    CHECK ((state = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS notices_due ON notices(next_attempt_at) WHERE state = 'due';
CREATE INDEX IF NOT EXISTS notices_created ON notices(created_at);
