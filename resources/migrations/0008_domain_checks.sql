-- Verified domains are re-checked on a schedule (DESIGN.md, "Beyond the anchors"); the rule is in
-- models/store/domainstore.h. A failed re-check makes a domain "lapsing" (still verified, still
-- credited); still failing after the grace period it "lapses" (domains.verified = 0, lapsed_at set).
-- A table beside domains, not new columns: every statement here can run again on a schema that has
-- it already (SQLite has no ADD COLUMN IF NOT EXISTS). A domain without a row has never been checked
-- under this rule: no finding, not lapsing, not lapsed.
--   last_finding   what the last check found or why it failed, one line per finding
--   lapsing_since  the first failed re-check of the current run of failures; NULL when the last check passed
--   failed_checks  failed re-checks in that run
--   lapsed_at      when the domain lapsed; NULL once it is verified again
CREATE TABLE IF NOT EXISTS domain_checks (
    domain_id     INTEGER PRIMARY KEY REFERENCES domains(id) ON DELETE CASCADE,
    last_finding  TEXT NOT NULL DEFAULT '',
    lapsing_since TEXT,
    failed_checks INTEGER NOT NULL DEFAULT 0,
    lapsed_at     TEXT
);
-- The scheduler's question: which verified domains were checked longest ago.
CREATE INDEX IF NOT EXISTS domains_recheck ON domains(checked_at)
    WHERE verified = 1 AND method IN ('meta', 'file', 'dns');
