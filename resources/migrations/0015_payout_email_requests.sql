-- Issue #11, the trust boundary, locally. Can run again on a schema that has it (Database::migrate
-- skips an ADD COLUMN of a column that exists; the rest says IF EXISTS / IF NOT EXISTS).
--
-- 1. A partner's payout e-mail is a request, not a fact. affiliates.email is where PayPal payouts
--    go; a partner's desktop files a change as requested_email (with email_requested_at) and only a
--    manager's approval moves it into email (AffiliateStore::requestEmail / approveEmailRequest /
--    rejectEmailRequest). The same columns and CHECK as centrally
--    (resources/central/0006_payout_email_requests.sql): a request always has its time.
ALTER TABLE affiliates ADD COLUMN requested_email TEXT NOT NULL DEFAULT '';
ALTER TABLE affiliates ADD COLUMN email_requested_at TEXT
    CHECK ((requested_email = '') = (email_requested_at IS NULL));
-- The Partners pane lists the partners whose request waits.
CREATE INDEX IF NOT EXISTS affiliates_email_requests ON affiliates(name COLLATE NOCASE, id) WHERE requested_email <> '';

-- A synced table's update trigger compares every column (0009): the new ones too.
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
    OR OLD.email_requested_at IS NOT NEW.email_requested_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('affiliates', NEW.id, 'upsert');
END;

-- 2. An audit row's author is the central database's word. Centrally changed_by is the login that
--    inserted the row (stamp_row); a partner's login may write any actor text it likes, so the
--    manager reads changed_by beside it. It is pulled, never pushed (SyncColumn::pushed): '' until
--    the row has been to the central database; the push sets it for the rows it sent, in the local
--    commit that clears their outbox rows.
ALTER TABLE audit_log ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
-- audit_log stays append-only (0001) with exactly one exception: changed_by set once, from '' to a
-- login, with every other column as it was. A column added to audit_log later must be added here.
DROP TRIGGER IF EXISTS audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.changed_by = '' AND NEW.changed_by <> ''
          AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action
          AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id AND NEW.before_json IS OLD.before_json
          AND NEW.after_json IS OLD.after_json AND NEW.reason IS OLD.reason)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be updated');
END;
