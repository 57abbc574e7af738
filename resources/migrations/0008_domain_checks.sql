-- Verified domains are re-checked on a schedule (DESIGN.md, "Beyond the anchors"); the rule is in
-- models/store/domainstore.h. A failed re-check makes a domain "lapsing" (still verified, still
-- credited); still failing after the grace period it "lapses" (verified = 0, lapsed_at set).
--   last_finding   what the last check found or why it failed, one line per finding
--   lapsing_since  the first failed re-check of the current run of failures; NULL when the last check passed
--   failed_checks  failed re-checks in that run
--   lapsed_at      when the domain lapsed; NULL once it is verified again
ALTER TABLE domains ADD COLUMN last_finding TEXT;
ALTER TABLE domains ADD COLUMN lapsing_since TEXT;
ALTER TABLE domains ADD COLUMN failed_checks INTEGER NOT NULL DEFAULT 0;
ALTER TABLE domains ADD COLUMN lapsed_at TEXT;
-- The scheduler's question: which verified domains were checked longest ago.
CREATE INDEX domains_recheck ON domains(checked_at) WHERE verified = 1 AND method IN ('meta', 'file', 'dns');
