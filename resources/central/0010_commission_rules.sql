-- PartnerDesk central schema: commission rules (issue #15, docs/COMMISSION.md).
--
-- Run by CentralSchema::setup() as partnerdesk_owner, in one transaction, with
-- search_path = partnerdesk, pg_catalog. The local side is
-- resources/migrations/0018_commission_rules.sql: the same columns, the same CHECKs, and the value
-- rules of 0004 (models/core/valuerules.cpp, ValueRules::columns()) for the new free text and times.
--
-- Who may do what (docs/SECURITY.md):
--   manager, owner  read and write all of it (rates, tiers, lifetime and fraud settings, holds);
--   partner         reads his own partner_rates rows (not who wrote them), the tiers of the programs
--                   he is an active member of, and of his own transactions the campaign, where the
--                   rate came from and whether it is held, never the hold's rule or evidence (they
--                   may name other partners) nor the customer key (the store's customers' e-mail);
--                   of a program the lifetime window, not the fraud rules' switches and thresholds
--                   (knowing them is knowing how to stay under them); he writes none of it;
--   store           unaffected (it inserts orders and sign-ups only).

-- 1. Per program: the lifetime window and the fraud rules (flags boolean, as everywhere centrally).
ALTER TABLE partnerdesk.programs
    ADD COLUMN lifetime_days integer NOT NULL DEFAULT 0,
    ADD COLUMN fraud_own_domain boolean NOT NULL DEFAULT true,
    ADD COLUMN fraud_leaked_coupon boolean NOT NULL DEFAULT true,
    ADD COLUMN fraud_shared_customers integer NOT NULL DEFAULT 0,
    ADD COLUMN fraud_cancel_share_bp integer NOT NULL DEFAULT 0,
    ADD COLUMN fraud_no_visit boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT programs_lifetime_days_range CHECK (lifetime_days BETWEEN 0 AND 3650),
    ADD CONSTRAINT programs_fraud_shared_customers_range CHECK (fraud_shared_customers BETWEEN 0 AND 1000),
    ADD CONSTRAINT programs_fraud_cancel_share_bp_range CHECK (fraud_cancel_share_bp BETWEEN 0 AND 10000);

-- 2. A vanity link's campaign tag.
ALTER TABLE partnerdesk.rewrites
    ADD COLUMN campaign text NOT NULL DEFAULT '',
    ADD CONSTRAINT rewrites_campaign_fits CHECK (partnerdesk.text_fits(campaign, 0, 100, false, false)) NOT VALID;

-- 3. The ledger: the lifetime rule's kind, the campaign, the folded customer e-mail, where the rate
--    came from and the fraud hold. The kind CHECK of 0001 is the one PostgreSQL named
--    transactions_kind_check.
ALTER TABLE partnerdesk.transactions
    DROP CONSTRAINT transactions_kind_check,
    ADD CONSTRAINT transactions_kind_check
        CHECK (kind IN ('manual', 'coupon', 'link', 'rewrite', 'direct', 'lifetime', 'reversal')),
    ADD COLUMN campaign text NOT NULL DEFAULT '',
    ADD COLUMN customer_key text NOT NULL DEFAULT '',
    ADD COLUMN rate_source text NOT NULL DEFAULT 'program',
    ADD COLUMN hold text NOT NULL DEFAULT '',
    ADD COLUMN hold_rule text NOT NULL DEFAULT '',
    ADD COLUMN hold_evidence text NOT NULL DEFAULT '',
    ADD CONSTRAINT transactions_rate_source_known CHECK (rate_source IN ('program', 'partner', 'tier', 'manual')),
    ADD CONSTRAINT transactions_hold_known CHECK (hold IN ('', 'held', 'cleared', 'cancelled')),
    ADD CONSTRAINT transactions_hold_has_rule CHECK (hold = '' OR hold_rule <> ''),
    ADD CONSTRAINT transactions_campaign_fits CHECK (partnerdesk.text_fits(campaign, 0, 100, false, false)) NOT VALID,
    ADD CONSTRAINT transactions_customer_key_fits
        CHECK (partnerdesk.text_fits(customer_key, 0, 254, false, false)) NOT VALID,
    ADD CONSTRAINT transactions_hold_rule_fits CHECK (partnerdesk.text_fits(hold_rule, 0, 4000, false, false)) NOT VALID,
    ADD CONSTRAINT transactions_hold_evidence_fits
        CHECK (partnerdesk.text_fits(hold_evidence, 0, 4000, false, false)) NOT VALID;

-- What the desktops' migration 0018 writes into their existing rows, written here into the
-- central ones: the folded customer e-mail (SQLite's lower() folds A-Z only, trim() spaces only)
-- and 'manual' for a manager's amount. Every desktop computed the same values for its copy, so the
-- rows are not stamped again (no new version, nothing to pull): the stamp trigger is off for it.
ALTER TABLE partnerdesk.transactions DISABLE TRIGGER transactions_stamp;
UPDATE partnerdesk.transactions t
   SET customer_key = translate(btrim(o.customer_email), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
  FROM partnerdesk.orders o
 WHERE o.order_id = t.order_id AND o.customer_email <> '';
UPDATE partnerdesk.transactions
   SET rate_source = 'manual'
 WHERE kind = 'manual' AND rate_bp = 0 AND commission_minor <> 0;
ALTER TABLE partnerdesk.transactions ENABLE TRIGGER transactions_stamp;

-- 4. A partner's own rates with their history. At most one of the rate and the flat amount in each
--    pair; both NULL: no own rate of that kind then. One row per program, partner and start
--    (tombstones aside, deferred like every uniqueness rule of 0001).
CREATE TABLE partnerdesk.partner_rates (
    id                   uuid PRIMARY KEY,
    program_id           uuid NOT NULL REFERENCES partnerdesk.programs DEFERRABLE INITIALLY DEFERRED,
    affiliate_id         uuid NOT NULL REFERENCES partnerdesk.affiliates DEFERRABLE INITIALLY DEFERRED,
    effective_from       timestamptz NOT NULL,
    link_rate_bp         integer CHECK (link_rate_bp BETWEEN 0 AND 10000),
    link_amount_minor    bigint CHECK (link_amount_minor BETWEEN 0 AND 100000000000),
    coupon_rate_bp       integer CHECK (coupon_rate_bp BETWEEN 0 AND 10000),
    coupon_amount_minor  bigint CHECK (coupon_amount_minor BETWEEN 0 AND 100000000000),
    created_by           text NOT NULL DEFAULT '',
    created_at           timestamptz NOT NULL,
    version              bigint NOT NULL DEFAULT 1,
    deleted              boolean NOT NULL DEFAULT false,
    changed_xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by           name NOT NULL DEFAULT current_user,
    CONSTRAINT partner_rates_link_one_kind CHECK (link_rate_bp IS NULL OR link_amount_minor IS NULL),
    CONSTRAINT partner_rates_coupon_one_kind CHECK (coupon_rate_bp IS NULL OR coupon_amount_minor IS NULL),
    CONSTRAINT partner_rates_unique EXCLUDE USING btree (program_id WITH =, affiliate_id WITH =,
        effective_from WITH =) WHERE (NOT deleted) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX partner_rates_affiliate ON partnerdesk.partner_rates (affiliate_id);

-- 5. Monthly tiers of a program (coupon_rate_bp NULL: the program's coupon rate).
CREATE TABLE partnerdesk.program_tiers (
    id              uuid PRIMARY KEY,
    program_id      uuid NOT NULL REFERENCES partnerdesk.programs DEFERRABLE INITIALLY DEFERRED,
    min_orders      integer NOT NULL CHECK (min_orders BETWEEN 1 AND 1000000),
    link_rate_bp    integer NOT NULL CHECK (link_rate_bp BETWEEN 0 AND 10000),
    coupon_rate_bp  integer CHECK (coupon_rate_bp BETWEEN 0 AND 10000),
    created_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 1,
    deleted         boolean NOT NULL DEFAULT false,
    changed_xid     xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by      name NOT NULL DEFAULT current_user,
    CONSTRAINT program_tiers_unique EXCLUDE USING btree (program_id WITH =, min_orders WITH =) WHERE (NOT deleted)
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX program_tiers_program ON partnerdesk.program_tiers (program_id);

-- The value rules of 0004 for the new tables, NOT VALID like theirs.
ALTER TABLE partnerdesk.partner_rates
    ADD CONSTRAINT partner_rates_effective_from_fits CHECK (partnerdesk.time_fits(effective_from)) NOT VALID,
    ADD CONSTRAINT partner_rates_created_by_fits CHECK (partnerdesk.text_fits(created_by, 0, 4000, false, false)) NOT VALID,
    ADD CONSTRAINT partner_rates_created_at_fits CHECK (partnerdesk.time_fits(created_at)) NOT VALID;
ALTER TABLE partnerdesk.program_tiers
    ADD CONSTRAINT program_tiers_created_at_fits CHECK (partnerdesk.time_fits(created_at)) NOT VALID;

-- The boilerplate of every synced table (0001): stamp, pull index, row-level security, managers.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['partner_rates', 'program_tiers']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON partnerdesk.%I '
                       'FOR EACH ROW EXECUTE FUNCTION partnerdesk.stamp_row()', t || '_stamp', t);
        EXECUTE format('CREATE INDEX %I ON partnerdesk.%I (changed_xid)', t || '_changed_xid', t);
        EXECUTE format('ALTER TABLE partnerdesk.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE partnerdesk.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY every_row ON partnerdesk.%I TO partnerdesk_manager, partnerdesk_owner '
                       'USING (true) WITH CHECK (true)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON partnerdesk.%I TO partnerdesk_manager', t);
    END LOOP;
END
$$;

-- 6. A partner reads; he writes nothing here (no INSERT or UPDATE grant, no write policy).
-- His own rates, without which manager wrote them (like requests.decided_by, and changed_by).
CREATE POLICY own_rows ON partnerdesk.partner_rates FOR SELECT TO partnerdesk_partner
    USING (affiliate_id = (SELECT partnerdesk.my_affiliate_id()));
GRANT SELECT (id, program_id, affiliate_id, effective_from, link_rate_bp, link_amount_minor, coupon_rate_bp,
              coupon_amount_minor, created_at, version, deleted, changed_xid)
    ON partnerdesk.partner_rates TO partnerdesk_partner;

-- The tiers of the programs he is an active member of.
CREATE POLICY his_programs ON partnerdesk.program_tiers FOR SELECT TO partnerdesk_partner
    USING (EXISTS (SELECT 1 FROM partnerdesk.memberships m
                    WHERE m.program_id = program_tiers.program_id AND m.active AND NOT m.deleted
                      AND m.affiliate_id = (SELECT partnerdesk.my_affiliate_id())));
GRANT SELECT (id, program_id, min_orders, link_rate_bp, coupon_rate_bp, created_at, version, deleted, changed_xid)
    ON partnerdesk.program_tiers TO partnerdesk_partner;

-- His transactions: every column he read before and the campaign, rate source and hold state;
-- not customer_key, hold_rule, hold_evidence. Revoking the table privilege of 0001 and granting
-- the columns again; his desktop selects stand-ins for the others (SyncColumn::partnerReads).
REVOKE SELECT ON partnerdesk.transactions FROM partnerdesk_partner;
GRANT SELECT (id, order_id, affiliate_id, program_id, kind, base_minor, rate_bp, commission_minor, currency, status,
              self_referral, superseded, reverses_id, approve_at, payout_id, placed_at, created_at, updated_at,
              version, deleted, changed_xid, changed_by, campaign, rate_source, hold)
    ON partnerdesk.transactions TO partnerdesk_partner;

-- Programs stay public but for the fraud rules' settings.
REVOKE SELECT ON partnerdesk.programs FROM partnerdesk_partner;
GRANT SELECT (id, name, description, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, threshold_minor,
              cookie_days, hold_days, active, created_at, version, deleted, changed_xid, changed_by, notices,
              notices_since, lifetime_days)
    ON partnerdesk.programs TO partnerdesk_partner;
