-- PartnerDesk central schema: partner requests (issue #14, docs/REQUESTS.md).
--
-- Run by CentralSchema::setup() as partnerdesk_owner, in one transaction, with
-- search_path = partnerdesk, pg_catalog.
--
-- One row per thing a partner (or a would-be partner) asks for: a sign-up, a claim for a missed
-- order, a vanity link. The same columns and rules as the desktop's
-- (resources/migrations/0016_requests.sql). Who may write what (docs/SECURITY.md):
--   manager, owner  everything (the decision is theirs);
--   partner         reads his own rows (not decided_by) and inserts claims and vanity requests for
--                   himself; the server decides the id (partner_row_id), the time filed, the state
--                   (waiting) and the decision columns (blank); no UPDATE, no DELETE;
--   store           inserts sign-ups only (its web form, docs/examples/signup-form.py), reads nothing.
-- A claim's order_id is text as the customer gave it: no foreign key, no unique index, no trigger
-- reads orders for it. Whether the order exists, or whose it is, cannot change the outcome of a
-- partner's INSERT, so a claim tells him nothing about it.

CREATE TABLE partnerdesk.requests (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind             text NOT NULL CHECK (kind IN ('signup', 'claim', 'vanity')),
    affiliate_id     uuid REFERENCES partnerdesk.affiliates DEFERRABLE INITIALLY DEFERRED,
    program_id       uuid REFERENCES partnerdesk.programs DEFERRABLE INITIALLY DEFERRED,
    applicant_name   text NOT NULL DEFAULT '',
    applicant_email  text NOT NULL DEFAULT '',
    website          text NOT NULL DEFAULT '',
    promotion        text NOT NULL DEFAULT '',
    order_id         text NOT NULL DEFAULT '',
    order_date       text NOT NULL DEFAULT ''
        CHECK (order_date = '' OR order_date ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
    amount_minor     bigint,
    currency         text NOT NULL DEFAULT '' CHECK (currency = '' OR currency ~ '^[A-Z]{3}$'),
    host             text NOT NULL DEFAULT '',
    path             text NOT NULL DEFAULT '',
    target_url       text NOT NULL DEFAULT '',
    message          text NOT NULL DEFAULT '',
    filed_at         timestamptz NOT NULL DEFAULT now(),
    state            text NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'approved', 'rejected')),
    decided_at       timestamptz,
    decided_by       text NOT NULL DEFAULT '',
    decision_reason  text NOT NULL DEFAULT '',
    approved_path    text NOT NULL DEFAULT '',
    version          bigint NOT NULL DEFAULT 1,
    deleted          boolean NOT NULL DEFAULT false,
    changed_xid      xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by       name NOT NULL DEFAULT current_user,
    CONSTRAINT requests_decided CHECK ((state = 'waiting') = (decided_at IS NULL)),
    CONSTRAINT requests_rejected_reason CHECK (state <> 'rejected' OR btrim(decision_reason) <> ''),
    CONSTRAINT requests_partner CHECK (affiliate_id IS NOT NULL OR (kind = 'signup' AND state <> 'approved')),
    CONSTRAINT requests_signup_complete
        CHECK (kind <> 'signup' OR (program_id IS NOT NULL AND btrim(applicant_name) <> '' AND applicant_email <> '')),
    CONSTRAINT requests_claim_complete CHECK (kind <> 'claim' OR (btrim(order_id) <> '' AND btrim(message) <> '')),
    CONSTRAINT requests_vanity_complete CHECK (kind <> 'vanity' OR (host <> '' AND path <> '' AND target_url <> ''))
);
CREATE INDEX requests_affiliate ON partnerdesk.requests (affiliate_id);

-- The value rules of 0004 (models/core/valuerules.cpp, ValueRules::columns()), NOT VALID like theirs.
ALTER TABLE partnerdesk.requests
    ADD CONSTRAINT requests_applicant_name_fits CHECK (partnerdesk.text_fits(applicant_name, 0, 200, false, false)) NOT VALID,
    ADD CONSTRAINT requests_applicant_email_fits CHECK (partnerdesk.text_fits(applicant_email, 0, 254, false, false)) NOT VALID,
    ADD CONSTRAINT requests_website_fits CHECK (partnerdesk.text_fits(website, 0, 2048, false, false)) NOT VALID,
    ADD CONSTRAINT requests_promotion_fits CHECK (partnerdesk.text_fits(promotion, 0, 2000, true, false)) NOT VALID,
    ADD CONSTRAINT requests_order_id_fits CHECK (partnerdesk.text_fits(order_id, 0, 128, false, false)) NOT VALID,
    ADD CONSTRAINT requests_amount_minor_fits CHECK (amount_minor BETWEEN 0 AND 1000000000000) NOT VALID,
    ADD CONSTRAINT requests_host_fits CHECK (partnerdesk.text_fits(host, 0, 253, false, false)) NOT VALID,
    ADD CONSTRAINT requests_path_fits CHECK (partnerdesk.text_fits(path, 0, 1024, false, false)) NOT VALID,
    ADD CONSTRAINT requests_target_url_fits CHECK (partnerdesk.text_fits(target_url, 0, 2048, false, false)) NOT VALID,
    ADD CONSTRAINT requests_message_fits CHECK (partnerdesk.text_fits(message, 0, 2000, true, false)) NOT VALID,
    ADD CONSTRAINT requests_filed_at_fits CHECK (partnerdesk.time_fits(filed_at)) NOT VALID,
    ADD CONSTRAINT requests_decided_at_fits CHECK (partnerdesk.time_fits(decided_at)) NOT VALID,
    ADD CONSTRAINT requests_decided_by_fits CHECK (partnerdesk.text_fits(decided_by, 0, 4000, false, false)) NOT VALID,
    ADD CONSTRAINT requests_decision_reason_fits CHECK (partnerdesk.text_fits(decision_reason, 0, 4000, true, false)) NOT VALID,
    ADD CONSTRAINT requests_approved_path_fits CHECK (partnerdesk.text_fits(approved_path, 0, 1024, false, false)) NOT VALID;

-- The boilerplate of every synced table (0001): stamp, pull index, row-level security, managers.
CREATE TRIGGER requests_stamp BEFORE INSERT OR UPDATE ON partnerdesk.requests
    FOR EACH ROW EXECUTE FUNCTION partnerdesk.stamp_row();
CREATE INDEX requests_changed_xid ON partnerdesk.requests (changed_xid);
ALTER TABLE partnerdesk.requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE partnerdesk.requests FORCE ROW LEVEL SECURITY;
CREATE POLICY every_row ON partnerdesk.requests TO partnerdesk_manager, partnerdesk_owner
    USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON partnerdesk.requests TO partnerdesk_manager;

-- A partner's id is never his own choice (0003): named to run before the other BEFORE INSERT triggers.
CREATE TRIGGER requests_0_partner_row_id BEFORE INSERT ON partnerdesk.requests
    FOR EACH ROW EXECUTE FUNCTION partnerdesk.partner_row_id();

-- What only a manager decides, whatever a partner's or the store's INSERT sent (like
-- domains_server_decides in 0005): the time it was filed, its state and the decision. The store's
-- sign-up names no partner. Named to run after requests_0_partner_row_id and before requests_stamp.
CREATE FUNCTION partnerdesk.requests_server_decides() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
BEGIN
    IF NOT pg_has_role(current_user, 'partnerdesk_manager', 'MEMBER')
       AND NOT pg_has_role(current_user, 'partnerdesk_owner', 'MEMBER') THEN
        NEW.filed_at := now();
        NEW.state := 'waiting';
        NEW.decided_at := NULL;
        NEW.decided_by := '';
        NEW.decision_reason := '';
        NEW.approved_path := '';
        IF NEW.kind = 'signup' THEN
            NEW.affiliate_id := NULL;
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER requests_server_decides BEFORE INSERT ON partnerdesk.requests
    FOR EACH ROW EXECUTE FUNCTION partnerdesk.requests_server_decides();

-- A partner: his own rows, without which manager decided; he files claims and vanity requests for
-- himself. No UPDATE, no DELETE: deciding is a manager's.
CREATE POLICY own_rows ON partnerdesk.requests FOR SELECT TO partnerdesk_partner
    USING (affiliate_id = (SELECT partnerdesk.my_affiliate_id()));
CREATE POLICY file_own ON partnerdesk.requests FOR INSERT TO partnerdesk_partner
    WITH CHECK (affiliate_id = (SELECT partnerdesk.my_affiliate_id()) AND kind IN ('claim', 'vanity'));
GRANT SELECT (id, kind, affiliate_id, program_id, applicant_name, applicant_email, website, promotion, order_id,
              order_date, amount_minor, currency, host, path, target_url, message, filed_at, state, decided_at,
              decision_reason, approved_path, version, deleted, changed_xid),
      INSERT (id, kind, affiliate_id, program_id, order_id, order_date, amount_minor, currency, host, path,
              target_url, message)
    ON partnerdesk.requests TO partnerdesk_partner;

-- The store integration: a sign-up from its web form, nothing else, and nothing read back. It names
-- the program by name: program_id_of gives the id of the active program of that name (any case), or
-- NULL (the INSERT then fails on requests_signup_complete), without granting the store SELECT on
-- programs (program names are public: the program page shows them).
CREATE FUNCTION partnerdesk.program_id_of(program_name text) RETURNS uuid
    LANGUAGE sql STABLE STRICT SECURITY DEFINER SET search_path = pg_catalog
BEGIN ATOMIC
    SELECT p.id FROM partnerdesk.programs p
     WHERE lower(p.name) = lower(btrim(program_name)) AND p.active AND NOT p.deleted
     LIMIT 1;
END;
REVOKE EXECUTE ON FUNCTION partnerdesk.program_id_of(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION partnerdesk.program_id_of(text) TO partnerdesk_store, partnerdesk_manager;
CREATE POLICY file_signup ON partnerdesk.requests FOR INSERT TO partnerdesk_store
    WITH CHECK (kind = 'signup' AND affiliate_id IS NULL AND state = 'waiting');
GRANT INSERT (kind, program_id, applicant_name, applicant_email, website, promotion)
    ON partnerdesk.requests TO partnerdesk_store;
