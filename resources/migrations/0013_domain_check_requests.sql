-- A partner asks for a check of his website (issue #11; docs/SYNC.md, "Website verification"): his
-- desktop only previews the check and files the request here; a manager's desktop runs the check
-- that counts (DomainRechecker picks requested checks first) and clears the request when it records
-- the outcome. Synced like every column of domains.
--   check_requested_at  when the partner asked (ISO 8601 UTC); NULL when nothing is asked
-- Safe to run twice: Database::migrate takes an ADD COLUMN of a column that is there as done.
ALTER TABLE domains ADD COLUMN check_requested_at TEXT;
-- The re-checker's first question: which websites wait for a requested check.
CREATE INDEX IF NOT EXISTS domains_check_requested ON domains(check_requested_at) WHERE check_requested_at IS NOT NULL;
-- The outbox trigger of 0009 with the new column: a request alone is a change to send.
DROP TRIGGER IF EXISTS sync_domains_update;
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
    OR OLD.created_at IS NOT NEW.created_at
    OR OLD.check_requested_at IS NOT NEW.check_requested_at)
BEGIN
    INSERT INTO sync_outbox (tbl, local_id, op) VALUES ('domains', NEW.id, 'upsert');
END;
