-- Visits (clicks) from the optional visits CSV, attributed by the link, rewrite and direct rules
-- (no coupon, no manual assignment: a visit has neither). They are what the report's conversion
-- (orders / visits) divides by. Timestamps are UTC ISO 8601 text like everywhere else.
CREATE TABLE visits (
    id              INTEGER PRIMARY KEY,
    visited_at      TEXT NOT NULL,
    landing_url     TEXT NOT NULL DEFAULT '',
    referrer_url    TEXT NOT NULL DEFAULT '',
    affiliate_code  TEXT NOT NULL DEFAULT '',
    affiliate_id    INTEGER REFERENCES affiliates(id),   -- NULL: unattributed
    program_id      INTEGER REFERENCES programs(id),     -- the partner's primary program
    rule            TEXT NOT NULL CHECK (rule = 'link' OR rule = 'rewrite' OR rule = 'direct' OR rule = 'unattributed'),
    import_id       INTEGER REFERENCES imports(id),
    import_line     INTEGER NOT NULL DEFAULT 0
);
-- The same click exported twice (an overlapping export, a re-import) is one visit.
CREATE UNIQUE INDEX visits_identity ON visits(visited_at, landing_url, referrer_url, affiliate_code);
-- The report reads visits by time range and groups by program, partner and rule: covering, so the
-- report never touches the table rows.
CREATE INDEX visits_report ON visits(visited_at, program_id, affiliate_id, rule);
-- No covering index for the ledger's side of the report: measured on 1,000,000 demo orders, one on
-- transactions and one on orders made the report's scans 2-3x faster but the import ~45 % slower
-- (random placed_at keys of wide entries thrash the page cache); see docs/PERFORMANCE.md, Reports.
