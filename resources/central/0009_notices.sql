-- PartnerDesk central schema: e-mail notices for partners (issue #14, docs/NOTICES.md).
--
-- Run by CentralSchema::setup() as partnerdesk_owner, in one transaction, with
-- search_path = partnerdesk, pg_catalog. The local side is resources/migrations/0017_notices.sql:
-- the same columns, the same value rules.
--
-- 1. Settings, synced with their rows. programs.notices is the manager's (off | each | digest, off
--    by default) with the time it was last switched on; a partner's notice_mode ('' = the program's
--    default | each | digest | off) and language (en | cs) are his own to change, like his name.
ALTER TABLE partnerdesk.programs
    ADD COLUMN notices text NOT NULL DEFAULT 'off',
    ADD COLUMN notices_since timestamptz,
    ADD CONSTRAINT programs_notices_known CHECK (notices IN ('off', 'each', 'digest')),
    ADD CONSTRAINT programs_notices_since_set CHECK (notices = 'off' OR notices_since IS NOT NULL),
    ADD CONSTRAINT programs_notices_since_fits CHECK (partnerdesk.time_fits(notices_since)) NOT VALID;
ALTER TABLE partnerdesk.affiliates
    ADD COLUMN notice_mode text NOT NULL DEFAULT '',
    ADD COLUMN language text NOT NULL DEFAULT 'en',
    ADD CONSTRAINT affiliates_notice_mode_known CHECK (notice_mode IN ('', 'each', 'digest', 'off')),
    ADD CONSTRAINT affiliates_language_known CHECK (language IN ('en', 'cs'));
GRANT UPDATE (notice_mode, language) ON partnerdesk.affiliates TO partnerdesk_partner;

-- 2. The notice queue of every manager desktop of this database. Not synced (no version, no
--    stamp_row): desktops read and write it directly with the SQL NoticeQueue also runs on the local
--    SQLite table. Deterministic keys make two desktops' plans one row (INSERT ... ON CONFLICT (key)
--    DO NOTHING); a sender owns a row by one conditional UPDATE of claimed_by/claimed_until.
--    Its CHECKs are the local table's (the values come from NoticePlanner, never from a partner).
--    Managers and the owner only: a partner's login and the store integration see nothing of it
--    (no grant, and row-level security without a policy for them).
CREATE TABLE partnerdesk.notices (
    key              text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 400),
    kind             text NOT NULL CHECK (kind IN ('transaction', 'digest', 'decision', 'threshold', 'welcome')),
    recipient        text NOT NULL CHECK (length(recipient) BETWEEN 1 AND 254),
    language         text NOT NULL CHECK (language IN ('en', 'cs')),
    subject          text NOT NULL CHECK (length(subject) BETWEEN 1 AND 400),
    body             text NOT NULL CHECK (length(body) BETWEEN 1 AND 65536),
    created_at       timestamptz NOT NULL,
    state            text NOT NULL DEFAULT 'due' CHECK (state IN ('due', 'sent', 'failed')),
    attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  timestamptz NOT NULL,
    claimed_by       text NOT NULL DEFAULT '',
    claimed_until    timestamptz,
    sent_at          timestamptz,
    last_error       text NOT NULL DEFAULT '' CHECK (length(last_error) <= 4000),
    CHECK ((state = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX notices_due ON partnerdesk.notices (next_attempt_at) WHERE state = 'due';
CREATE INDEX notices_created ON partnerdesk.notices (created_at);
ALTER TABLE partnerdesk.notices ENABLE ROW LEVEL SECURITY;
ALTER TABLE partnerdesk.notices FORCE ROW LEVEL SECURITY;
CREATE POLICY every_row ON partnerdesk.notices TO partnerdesk_manager, partnerdesk_owner USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON partnerdesk.notices TO partnerdesk_manager;
