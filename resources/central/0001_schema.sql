-- PartnerDesk central schema, version 1 (docs/SYNC.md is the contract).
--
-- Run by CentralSchema::setup() as partnerdesk_owner (SET LOCAL ROLE) in one transaction, with
-- search_path = partnerdesk, pg_catalog, after the setup made the roles, the schema, the
-- uuid-ossp extension and partnerdesk.schema_migrations.
--
-- Types: money is bigint minor units (*_minor), rates integer basis points (*_bp), flags boolean,
-- timestamps timestamptz. The desktop's SQLite keeps ISO 8601 UTC text ("2026-01-31T12:00:00Z")
-- and 0/1 integers: both are valid PostgreSQL input as they are (also for COPY), and
-- partnerdesk.iso_utc() gives a timestamptz back in exactly the local text form.
--
-- Every synced table has the local business columns plus
--   id uuid PRIMARY KEY, version, deleted (tombstone), changed_xid xid8, changed_by
-- and a trigger (stamp_row) that sets version, changed_xid and changed_by. Foreign keys and the
-- uniqueness rules are DEFERRABLE INITIALLY DEFERRED, so a push may write a batch in any order in
-- one transaction; uniqueness ignores tombstones (a deleted coupon code can be used again), which
-- is why it is an exclusion constraint (a partial unique index cannot be deferred).
-- Nobody is granted DELETE: a delete is `UPDATE ... SET deleted = true`, so it syncs.

-- Name-based ids (UUID version 5, the namespace of docs/SYNC.md), the same QUuid::createUuidV5
-- makes on the desktop. uuid-ossp lives where the setup (or an earlier DBA) put it.
DO $$
DECLARE
    extension_schema name;
BEGIN
    SELECT n.nspname INTO extension_schema
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'uuid-ossp';
    IF extension_schema IS NULL THEN
        RAISE EXCEPTION 'the extension uuid-ossp is missing; run partnerdesk-cli central setup as a database administrator';
    END IF;
    EXECUTE format($f$
        CREATE FUNCTION partnerdesk.name_uuid(name text) RETURNS uuid
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            RETURN %I.uuid_generate_v5('6f1d3c3e-6c1b-4b8e-9a55-0d2f1f7a9c10'::uuid, name)
    $f$, extension_schema);
END
$$;

CREATE FUNCTION partnerdesk.order_uuid(order_id text) RETURNS uuid
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN partnerdesk.name_uuid('order:' || order_id);

-- A timestamp as the desktop stores it: "2026-01-31T12:00:00Z" (whole seconds, UTC).
CREATE FUNCTION partnerdesk.iso_utc(at timestamptz) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');

-- version 1 on insert and +1 on every update, the writer's transaction and role; ids never change.
CREATE FUNCTION partnerdesk.stamp_row() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
    ELSE
        NEW.id := OLD.id;
        NEW.version := OLD.version + 1;
    END IF;
    NEW.changed_xid := pg_current_xact_id();
    NEW.changed_by := current_user;
    RETURN NEW;
END
$$;

CREATE TABLE partnerdesk.programs (
    id                  uuid PRIMARY KEY,
    name                text NOT NULL CHECK (length(trim(name)) > 0),
    description         text NOT NULL DEFAULT '',
    currency            text NOT NULL CHECK (length(currency) = 3),
    link_rate_bp        integer NOT NULL CHECK (link_rate_bp BETWEEN 0 AND 10000),
    coupon_rate_bp      integer NOT NULL CHECK (coupon_rate_bp BETWEEN 0 AND 10000),
    coupon_discount_bp  integer NOT NULL CHECK (coupon_discount_bp BETWEEN 0 AND 10000),
    threshold_minor     bigint NOT NULL CHECK (threshold_minor >= 0),
    cookie_days         integer NOT NULL DEFAULT 30 CHECK (cookie_days >= 0),
    hold_days           integer NOT NULL DEFAULT 30 CHECK (hold_days >= 0),
    active              boolean NOT NULL DEFAULT true,
    created_at          timestamptz NOT NULL,
    version             bigint NOT NULL DEFAULT 1,
    deleted             boolean NOT NULL DEFAULT false,
    changed_xid         xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by          name NOT NULL DEFAULT current_user,
    CONSTRAINT programs_name_unique EXCLUDE USING btree (lower(name) WITH =) WHERE (NOT deleted)
        DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE partnerdesk.program_hosts (
    id           uuid PRIMARY KEY,
    program_id   uuid NOT NULL REFERENCES partnerdesk.programs DEFERRABLE INITIALLY DEFERRED,
    host         text NOT NULL,
    version      bigint NOT NULL DEFAULT 1,
    deleted      boolean NOT NULL DEFAULT false,
    changed_xid  xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by   name NOT NULL DEFAULT current_user,
    CONSTRAINT program_hosts_unique EXCLUDE USING btree (program_id WITH =, host WITH =) WHERE (NOT deleted)
        DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE partnerdesk.affiliates (
    id           uuid PRIMARY KEY,
    code         text NOT NULL CHECK (length(code) > 0),
    name         text NOT NULL CHECK (length(trim(name)) > 0),
    email        text NOT NULL,
    status       text NOT NULL DEFAULT 'approved' CHECK (status IN ('pending', 'approved', 'suspended')),
    created_at   timestamptz NOT NULL,
    version      bigint NOT NULL DEFAULT 1,
    deleted      boolean NOT NULL DEFAULT false,
    changed_xid  xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by   name NOT NULL DEFAULT current_user,
    CONSTRAINT affiliates_code_unique EXCLUDE USING btree (upper(code) WITH =) WHERE (NOT deleted)
        DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE partnerdesk.memberships (
    id            uuid PRIMARY KEY,
    affiliate_id  uuid NOT NULL REFERENCES partnerdesk.affiliates DEFERRABLE INITIALLY DEFERRED,
    program_id    uuid NOT NULL REFERENCES partnerdesk.programs DEFERRABLE INITIALLY DEFERRED,
    active        boolean NOT NULL DEFAULT true,
    is_primary    boolean NOT NULL DEFAULT false,
    joined_at     timestamptz NOT NULL,
    left_at       timestamptz,
    version       bigint NOT NULL DEFAULT 1,
    deleted       boolean NOT NULL DEFAULT false,
    changed_xid   xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by    name NOT NULL DEFAULT current_user,
    CONSTRAINT memberships_unique EXCLUDE USING btree (affiliate_id WITH =, program_id WITH =) WHERE (NOT deleted)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT memberships_one_primary EXCLUDE USING btree (affiliate_id WITH =) WHERE (is_primary AND NOT deleted)
        DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE partnerdesk.coupons (
    id            uuid PRIMARY KEY,
    code          text NOT NULL CHECK (length(trim(code)) > 0),
    affiliate_id  uuid NOT NULL REFERENCES partnerdesk.affiliates DEFERRABLE INITIALLY DEFERRED,
    program_id    uuid NOT NULL REFERENCES partnerdesk.programs DEFERRABLE INITIALLY DEFERRED,
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    version       bigint NOT NULL DEFAULT 1,
    deleted       boolean NOT NULL DEFAULT false,
    changed_xid   xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by    name NOT NULL DEFAULT current_user,
    CONSTRAINT coupons_code_unique EXCLUDE USING btree (upper(code) WITH =) WHERE (NOT deleted)
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX coupons_affiliate ON partnerdesk.coupons (affiliate_id);

CREATE TABLE partnerdesk.banners (
    id            uuid PRIMARY KEY,
    program_id    uuid NOT NULL REFERENCES partnerdesk.programs DEFERRABLE INITIALLY DEFERRED,
    affiliate_id  uuid REFERENCES partnerdesk.affiliates DEFERRABLE INITIALLY DEFERRED, -- NULL: a stock banner
    title         text NOT NULL,
    image_url     text NOT NULL,
    width         integer NOT NULL CHECK (width > 0),
    height        integer NOT NULL CHECK (height > 0),
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    version       bigint NOT NULL DEFAULT 1,
    deleted       boolean NOT NULL DEFAULT false,
    changed_xid   xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by    name NOT NULL DEFAULT current_user
);
CREATE INDEX banners_program ON partnerdesk.banners (program_id);
CREATE INDEX banners_affiliate ON partnerdesk.banners (affiliate_id) WHERE affiliate_id IS NOT NULL;

CREATE TABLE partnerdesk.domains (
    id            uuid PRIMARY KEY,
    affiliate_id  uuid NOT NULL REFERENCES partnerdesk.affiliates DEFERRABLE INITIALLY DEFERRED,
    domain        text NOT NULL,
    token         text NOT NULL UNIQUE DEFERRABLE INITIALLY DEFERRED,
    method        text CHECK (method IN ('meta', 'file', 'dns', 'manual')),
    verified      boolean NOT NULL DEFAULT false,
    verified_at   timestamptz,
    checked_at    timestamptz,
    created_at    timestamptz NOT NULL,
    version       bigint NOT NULL DEFAULT 1,
    deleted       boolean NOT NULL DEFAULT false,
    changed_xid   xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by    name NOT NULL DEFAULT current_user,
    CONSTRAINT domains_unique EXCLUDE USING btree (affiliate_id WITH =, domain WITH =) WHERE (NOT deleted)
        DEFERRABLE INITIALLY DEFERRED,
    -- One verified domain belongs to one partner at a time.
    CONSTRAINT domains_one_verified_owner EXCLUDE USING btree (domain WITH =) WHERE (verified AND NOT deleted)
        DEFERRABLE INITIALLY DEFERRED
);

-- Locally keyed by domain_id; centrally a row of its own with domain_id unique.
CREATE TABLE partnerdesk.domain_checks (
    id             uuid PRIMARY KEY,
    domain_id      uuid NOT NULL UNIQUE DEFERRABLE INITIALLY DEFERRED
                       REFERENCES partnerdesk.domains DEFERRABLE INITIALLY DEFERRED,
    last_finding   text NOT NULL DEFAULT '',
    lapsing_since  timestamptz,
    failed_checks  integer NOT NULL DEFAULT 0,
    lapsed_at      timestamptz,
    version        bigint NOT NULL DEFAULT 1,
    deleted        boolean NOT NULL DEFAULT false,
    changed_xid    xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by     name NOT NULL DEFAULT current_user
);

CREATE TABLE partnerdesk.rewrites (
    id            uuid PRIMARY KEY,
    affiliate_id  uuid NOT NULL REFERENCES partnerdesk.affiliates DEFERRABLE INITIALLY DEFERRED,
    host          text NOT NULL,
    path          text NOT NULL CHECK (left(path, 1) = '/'),
    target_url    text NOT NULL,
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    version       bigint NOT NULL DEFAULT 1,
    deleted       boolean NOT NULL DEFAULT false,
    changed_xid   xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by    name NOT NULL DEFAULT current_user,
    CONSTRAINT rewrites_unique EXCLUDE USING btree (host WITH =, path WITH =) WHERE (NOT deleted)
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX rewrites_affiliate ON partnerdesk.rewrites (affiliate_id);

CREATE TABLE partnerdesk.imports (
    id           uuid PRIMARY KEY,
    source       text NOT NULL,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    imported     integer NOT NULL DEFAULT 0,
    rejected     integer NOT NULL DEFAULT 0,
    version      bigint NOT NULL DEFAULT 1,
    deleted      boolean NOT NULL DEFAULT false,
    changed_xid  xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by   name NOT NULL DEFAULT current_user
);

-- The store-integration contract (docs/SYNC.md, "The orders table"). order_id is a plain UNIQUE
-- constraint, not deferrable, so a store can write INSERT ... ON CONFLICT (order_id) DO UPDATE.
CREATE TABLE partnerdesk.orders (
    id              uuid PRIMARY KEY CHECK (id = partnerdesk.order_uuid(order_id)),
    order_id        text NOT NULL UNIQUE CHECK (length(order_id) > 0),
    placed_at       timestamptz NOT NULL,
    subtotal_minor  bigint NOT NULL,
    currency        text NOT NULL CHECK (length(currency) = 3),
    status          text NOT NULL CHECK (status IN ('pending', 'complete', 'canceled', 'refunded')),
    coupon_code     text NOT NULL DEFAULT '',
    affiliate_code  text NOT NULL DEFAULT '',
    landing_url     text NOT NULL DEFAULT '',
    referrer_url    text NOT NULL DEFAULT '',
    customer_email  text NOT NULL DEFAULT '',
    import_id       uuid REFERENCES partnerdesk.imports DEFERRABLE INITIALLY DEFERRED,
    import_line     integer NOT NULL DEFAULT 0,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint NOT NULL DEFAULT 1,
    deleted         boolean NOT NULL DEFAULT false,
    changed_xid     xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by      name NOT NULL DEFAULT current_user
);
CREATE INDEX orders_placed_at ON partnerdesk.orders (placed_at);

-- A column default cannot read another column: the id defaults to order_uuid(order_id) here.
CREATE FUNCTION partnerdesk.order_default_id() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := partnerdesk.order_uuid(NEW.order_id);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER orders_default_id BEFORE INSERT ON partnerdesk.orders
    FOR EACH ROW EXECUTE FUNCTION partnerdesk.order_default_id();

CREATE TABLE partnerdesk.manual_assignments (
    id            uuid PRIMARY KEY,
    order_id      text NOT NULL,
    affiliate_id  uuid NOT NULL REFERENCES partnerdesk.affiliates DEFERRABLE INITIALLY DEFERRED,
    amount_minor  bigint,
    reason        text NOT NULL CHECK (length(trim(reason)) > 0),
    assigned_by   text NOT NULL,
    assigned_at   timestamptz NOT NULL,
    withdrawn     boolean NOT NULL DEFAULT false,
    version       bigint NOT NULL DEFAULT 1,
    deleted       boolean NOT NULL DEFAULT false,
    changed_xid   xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by    name NOT NULL DEFAULT current_user
);
CREATE INDEX manual_assignments_order ON partnerdesk.manual_assignments (order_id);

CREATE TABLE partnerdesk.payouts (
    id           uuid PRIMARY KEY,
    created_at   timestamptz NOT NULL,
    created_by   text NOT NULL,
    format       text NOT NULL,
    file_path    text NOT NULL DEFAULT '',
    status       text NOT NULL DEFAULT 'exported' CHECK (status IN ('exported', 'paid')),
    paid_at      timestamptz,
    version      bigint NOT NULL DEFAULT 1,
    deleted      boolean NOT NULL DEFAULT false,
    changed_xid  xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by   name NOT NULL DEFAULT current_user
);

CREATE TABLE partnerdesk.payout_lines (
    id            uuid PRIMARY KEY,
    payout_id     uuid NOT NULL REFERENCES partnerdesk.payouts DEFERRABLE INITIALLY DEFERRED,
    affiliate_id  uuid NOT NULL REFERENCES partnerdesk.affiliates DEFERRABLE INITIALLY DEFERRED,
    currency      text NOT NULL,
    amount_minor  bigint NOT NULL,
    transactions  integer NOT NULL,
    version       bigint NOT NULL DEFAULT 1,
    deleted       boolean NOT NULL DEFAULT false,
    changed_xid   xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by    name NOT NULL DEFAULT current_user,
    CONSTRAINT payout_lines_unique EXCLUDE USING btree (payout_id WITH =, affiliate_id WITH =, currency WITH =)
        WHERE (NOT deleted) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX payout_lines_affiliate ON partnerdesk.payout_lines (affiliate_id);

CREATE TABLE partnerdesk.transactions (
    id                uuid PRIMARY KEY,
    order_id          text NOT NULL,
    affiliate_id      uuid NOT NULL REFERENCES partnerdesk.affiliates DEFERRABLE INITIALLY DEFERRED,
    program_id        uuid NOT NULL REFERENCES partnerdesk.programs DEFERRABLE INITIALLY DEFERRED,
    kind              text NOT NULL CHECK (kind IN ('manual', 'coupon', 'link', 'rewrite', 'direct', 'reversal')),
    base_minor        bigint NOT NULL,
    rate_bp           integer NOT NULL,
    commission_minor  bigint NOT NULL,
    currency          text NOT NULL,
    status            text NOT NULL CHECK (status IN ('pending', 'approved', 'cancelled', 'paid')),
    self_referral     boolean NOT NULL DEFAULT false,
    superseded        boolean NOT NULL DEFAULT false,
    reverses_id       uuid REFERENCES partnerdesk.transactions DEFERRABLE INITIALLY DEFERRED,
    approve_at        timestamptz,
    payout_id         uuid REFERENCES partnerdesk.payouts DEFERRABLE INITIALLY DEFERRED,
    placed_at         timestamptz NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint NOT NULL DEFAULT 1,
    deleted           boolean NOT NULL DEFAULT false,
    changed_xid       xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by        name NOT NULL DEFAULT current_user,
    CONSTRAINT transactions_live_per_order EXCLUDE USING btree (order_id WITH =)
        WHERE (NOT superseded AND kind <> 'reversal' AND NOT deleted) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT transactions_one_reversal EXCLUDE USING btree (reverses_id WITH =)
        WHERE (reverses_id IS NOT NULL AND NOT deleted) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX transactions_order ON partnerdesk.transactions (order_id);
CREATE INDEX transactions_affiliate ON partnerdesk.transactions (affiliate_id);

-- Append-only, as locally: rows are only ever inserted.
CREATE TABLE partnerdesk.audit_log (
    id           uuid PRIMARY KEY,
    at           timestamptz NOT NULL,
    actor        text NOT NULL,
    action       text NOT NULL,
    entity       text NOT NULL,
    entity_id    text NOT NULL,
    before_json  text NOT NULL DEFAULT '',
    after_json   text NOT NULL DEFAULT '',
    reason       text NOT NULL DEFAULT '',
    version      bigint NOT NULL DEFAULT 1,
    deleted      boolean NOT NULL DEFAULT false,
    changed_xid  xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by   name NOT NULL DEFAULT current_user
);
CREATE INDEX audit_log_entity ON partnerdesk.audit_log (entity, entity_id);
CREATE FUNCTION partnerdesk.audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: rows cannot be changed or deleted'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON partnerdesk.audit_log
    FOR EACH ROW EXECUTE FUNCTION partnerdesk.audit_log_append_only();

-- Visits: the identity of a click as locally, with the URLs hashed (a btree entry has a size limit).
CREATE TABLE partnerdesk.visits (
    id              uuid PRIMARY KEY,
    visited_at      timestamptz NOT NULL,
    landing_url     text NOT NULL DEFAULT '',
    referrer_url    text NOT NULL DEFAULT '',
    affiliate_code  text NOT NULL DEFAULT '',
    affiliate_id    uuid REFERENCES partnerdesk.affiliates DEFERRABLE INITIALLY DEFERRED,
    program_id      uuid REFERENCES partnerdesk.programs DEFERRABLE INITIALLY DEFERRED,
    rule            text NOT NULL CHECK (rule IN ('link', 'rewrite', 'direct', 'unattributed')),
    import_id       uuid REFERENCES partnerdesk.imports DEFERRABLE INITIALLY DEFERRED,
    import_line     integer NOT NULL DEFAULT 0,
    version         bigint NOT NULL DEFAULT 1,
    deleted         boolean NOT NULL DEFAULT false,
    changed_xid     xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by      name NOT NULL DEFAULT current_user,
    CONSTRAINT visits_identity EXCLUDE USING btree (visited_at WITH =, md5(landing_url) WITH =,
        md5(referrer_url) WITH =, affiliate_code WITH =) WHERE (NOT deleted) DEFERRABLE INITIALLY DEFERRED
);

-- Which partner each partner LOGIN role is (partnerdesk-cli central grant).
CREATE TABLE partnerdesk.partner_logins (
    login         name PRIMARY KEY,
    affiliate_id  uuid NOT NULL REFERENCES partnerdesk.affiliates,
    granted_at    timestamptz NOT NULL DEFAULT now(),
    granted_by    name NOT NULL DEFAULT current_user
);
CREATE INDEX partner_logins_affiliate ON partnerdesk.partner_logins (affiliate_id);

-- The calling role's partner, or NULL. Security invoker on purpose: inside a SECURITY DEFINER
-- function current_user is the definer. What a partner may read of partner_logins is his own row
-- (the policy below), so this returns his partner and nobody else's; a role without a mapping
-- (a manager, partnerdesk_partner itself after SET ROLE) gets NULL and so no partner rows. Policies
-- call it as (SELECT partnerdesk.my_affiliate_id()), evaluated once per statement.
CREATE FUNCTION partnerdesk.my_affiliate_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT l.affiliate_id FROM partnerdesk.partner_logins l WHERE l.login = current_user;
END;
ALTER FUNCTION partnerdesk.my_affiliate_id() SET search_path = pg_catalog, pg_temp;

-- The per-table boilerplate: the stamp trigger, the pull index on changed_xid, row-level security
-- (enabled and forced on every synced table: partner policies below say what a partner sees) and
-- the managers' policy and privileges. Managers read and write every row; nobody deletes.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['programs', 'program_hosts', 'affiliates', 'memberships', 'coupons', 'banners',
                             'domains', 'domain_checks', 'rewrites', 'imports', 'orders', 'manual_assignments',
                             'payouts', 'payout_lines', 'transactions', 'audit_log', 'visits']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON partnerdesk.%I '
                       'FOR EACH ROW EXECUTE FUNCTION partnerdesk.stamp_row()', t || '_stamp', t);
        EXECUTE format('CREATE INDEX %I ON partnerdesk.%I (changed_xid)', t || '_changed_xid', t);
        EXECUTE format('ALTER TABLE partnerdesk.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE partnerdesk.%I FORCE ROW LEVEL SECURITY', t);
        -- partnerdesk_owner: the administrator who ran setup acts through it (central grant).
        EXECUTE format('CREATE POLICY every_row ON partnerdesk.%I TO partnerdesk_manager, partnerdesk_owner '
                       'USING (true) WITH CHECK (true)', t);
        IF t = 'audit_log' THEN
            EXECUTE format('GRANT SELECT, INSERT ON partnerdesk.%I TO partnerdesk_manager', t);
        ELSE
            EXECUTE format('GRANT SELECT, INSERT, UPDATE ON partnerdesk.%I TO partnerdesk_manager', t);
        END IF;
    END LOOP;
END
$$;

GRANT USAGE ON SCHEMA partnerdesk TO partnerdesk_manager, partnerdesk_partner, partnerdesk_store;

ALTER TABLE partnerdesk.partner_logins ENABLE ROW LEVEL SECURITY;
ALTER TABLE partnerdesk.partner_logins FORCE ROW LEVEL SECURITY;
CREATE POLICY every_row ON partnerdesk.partner_logins TO partnerdesk_manager, partnerdesk_owner
    USING (true) WITH CHECK (true);
CREATE POLICY own_login ON partnerdesk.partner_logins FOR SELECT TO partnerdesk_partner
    USING (login = current_user);
GRANT SELECT ON partnerdesk.partner_logins TO partnerdesk_manager, partnerdesk_partner;

-- Partners. Read: programs and their hosts (public), his partner row, memberships, coupons,
-- stock and own banners, domains and their checks, rewrites, transactions, payout lines, the
-- batches that pay him and the orders his transactions refer to (without the customer's e-mail).
-- Write, each with a WITH CHECK that the row is his: join a program (memberships), register and
-- verify a website (domains, domain_checks), add and remove his own banner (banners), and the
-- audit rows of those edits. Column privileges keep him off status, rates and commission.
CREATE POLICY public_rows ON partnerdesk.programs FOR SELECT TO partnerdesk_partner USING (true);
GRANT SELECT ON partnerdesk.programs TO partnerdesk_partner;
CREATE POLICY public_rows ON partnerdesk.program_hosts FOR SELECT TO partnerdesk_partner USING (true);
GRANT SELECT ON partnerdesk.program_hosts TO partnerdesk_partner;

CREATE POLICY own_row ON partnerdesk.affiliates FOR SELECT TO partnerdesk_partner
    USING (id = (SELECT partnerdesk.my_affiliate_id()));
CREATE POLICY own_row_update ON partnerdesk.affiliates FOR UPDATE TO partnerdesk_partner
    USING (id = (SELECT partnerdesk.my_affiliate_id()))
    WITH CHECK (id = (SELECT partnerdesk.my_affiliate_id()));
GRANT SELECT, UPDATE (name, email) ON partnerdesk.affiliates TO partnerdesk_partner;

CREATE POLICY own_rows ON partnerdesk.memberships FOR SELECT TO partnerdesk_partner
    USING (affiliate_id = (SELECT partnerdesk.my_affiliate_id()));
-- Joining needs an active program; leaving (active = false) does not.
CREATE POLICY join_program ON partnerdesk.memberships FOR INSERT TO partnerdesk_partner
    WITH CHECK (affiliate_id = (SELECT partnerdesk.my_affiliate_id())
                AND (NOT active OR EXISTS (SELECT 1 FROM partnerdesk.programs p
                                            WHERE p.id = memberships.program_id AND p.active AND NOT p.deleted)));
CREATE POLICY own_rows_update ON partnerdesk.memberships FOR UPDATE TO partnerdesk_partner
    USING (affiliate_id = (SELECT partnerdesk.my_affiliate_id()))
    WITH CHECK (affiliate_id = (SELECT partnerdesk.my_affiliate_id())
                AND (NOT active OR EXISTS (SELECT 1 FROM partnerdesk.programs p
                                            WHERE p.id = memberships.program_id AND p.active AND NOT p.deleted)));
GRANT SELECT, INSERT (id, affiliate_id, program_id, active, is_primary, joined_at, left_at),
      UPDATE (active, is_primary, joined_at, left_at) ON partnerdesk.memberships TO partnerdesk_partner;

CREATE POLICY own_rows ON partnerdesk.coupons FOR SELECT TO partnerdesk_partner
    USING (affiliate_id = (SELECT partnerdesk.my_affiliate_id()));
GRANT SELECT ON partnerdesk.coupons TO partnerdesk_partner;

CREATE POLICY stock_and_own ON partnerdesk.banners FOR SELECT TO partnerdesk_partner
    USING (affiliate_id IS NULL OR affiliate_id = (SELECT partnerdesk.my_affiliate_id()));
CREATE POLICY add_own ON partnerdesk.banners FOR INSERT TO partnerdesk_partner
    WITH CHECK (affiliate_id = (SELECT partnerdesk.my_affiliate_id()));
CREATE POLICY change_own ON partnerdesk.banners FOR UPDATE TO partnerdesk_partner
    USING (affiliate_id = (SELECT partnerdesk.my_affiliate_id()))
    WITH CHECK (affiliate_id = (SELECT partnerdesk.my_affiliate_id()));
GRANT SELECT, INSERT (id, program_id, affiliate_id, title, image_url, width, height, active, created_at, deleted),
      UPDATE (title, active, deleted) ON partnerdesk.banners TO partnerdesk_partner;

CREATE POLICY own_rows ON partnerdesk.domains FOR SELECT TO partnerdesk_partner
    USING (affiliate_id = (SELECT partnerdesk.my_affiliate_id()));
CREATE POLICY add_own ON partnerdesk.domains FOR INSERT TO partnerdesk_partner
    WITH CHECK (affiliate_id = (SELECT partnerdesk.my_affiliate_id()));
CREATE POLICY verify_own ON partnerdesk.domains FOR UPDATE TO partnerdesk_partner
    USING (affiliate_id = (SELECT partnerdesk.my_affiliate_id()))
    WITH CHECK (affiliate_id = (SELECT partnerdesk.my_affiliate_id()));
GRANT SELECT, INSERT (id, affiliate_id, domain, token, method, verified, verified_at, checked_at, created_at),
      UPDATE (method, verified, verified_at, checked_at) ON partnerdesk.domains TO partnerdesk_partner;
-- A manual approval is a manager's: a partner may keep one (a re-check of an approved domain) but
-- never make one.
CREATE FUNCTION partnerdesk.domains_manual_is_managers() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
BEGIN
    IF NEW.method = 'manual' AND (TG_OP = 'INSERT' OR OLD.method IS DISTINCT FROM 'manual')
       AND NOT pg_has_role(current_user, 'partnerdesk_manager', 'MEMBER')
       AND NOT pg_has_role(current_user, 'partnerdesk_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'only a manager approves a domain manually' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER domains_manual_is_managers BEFORE INSERT OR UPDATE ON partnerdesk.domains
    FOR EACH ROW EXECUTE FUNCTION partnerdesk.domains_manual_is_managers();

CREATE POLICY own_rows ON partnerdesk.domain_checks TO partnerdesk_partner
    USING (EXISTS (SELECT 1 FROM partnerdesk.domains d
                    WHERE d.id = domain_checks.domain_id AND d.affiliate_id = (SELECT partnerdesk.my_affiliate_id())))
    WITH CHECK (EXISTS (SELECT 1 FROM partnerdesk.domains d
                         WHERE d.id = domain_checks.domain_id AND d.affiliate_id = (SELECT partnerdesk.my_affiliate_id())));
GRANT SELECT, INSERT (id, domain_id, last_finding, lapsing_since, failed_checks, lapsed_at),
      UPDATE (last_finding, lapsing_since, failed_checks, lapsed_at) ON partnerdesk.domain_checks TO partnerdesk_partner;

CREATE POLICY own_rows ON partnerdesk.rewrites FOR SELECT TO partnerdesk_partner
    USING (affiliate_id = (SELECT partnerdesk.my_affiliate_id()));
GRANT SELECT ON partnerdesk.rewrites TO partnerdesk_partner;

CREATE POLICY own_rows ON partnerdesk.transactions FOR SELECT TO partnerdesk_partner
    USING (affiliate_id = (SELECT partnerdesk.my_affiliate_id()));
GRANT SELECT ON partnerdesk.transactions TO partnerdesk_partner;

CREATE POLICY own_rows ON partnerdesk.payout_lines FOR SELECT TO partnerdesk_partner
    USING (affiliate_id = (SELECT partnerdesk.my_affiliate_id()));
GRANT SELECT ON partnerdesk.payout_lines TO partnerdesk_partner;

CREATE POLICY paying_him ON partnerdesk.payouts FOR SELECT TO partnerdesk_partner
    USING (EXISTS (SELECT 1 FROM partnerdesk.payout_lines l
                    WHERE l.payout_id = payouts.id AND l.affiliate_id = (SELECT partnerdesk.my_affiliate_id())));
GRANT SELECT ON partnerdesk.payouts TO partnerdesk_partner;

CREATE POLICY his_orders ON partnerdesk.orders FOR SELECT TO partnerdesk_partner
    USING (EXISTS (SELECT 1 FROM partnerdesk.transactions t
                    WHERE t.order_id = orders.order_id AND t.affiliate_id = (SELECT partnerdesk.my_affiliate_id())));
GRANT SELECT (id, order_id, placed_at, subtotal_minor, currency, status, coupon_code, affiliate_code, landing_url,
              referrer_url, import_id, import_line, updated_at, version, deleted, changed_xid, changed_by)
    ON partnerdesk.orders TO partnerdesk_partner;

-- The audit rows of his own edits: written, never read back (they may name others); changed_by
-- says which login wrote each.
CREATE POLICY own_edits ON partnerdesk.audit_log FOR INSERT TO partnerdesk_partner
    WITH CHECK (changed_by = current_user);
GRANT INSERT (id, at, actor, action, entity, entity_id, before_json, after_json, reason)
    ON partnerdesk.audit_log TO partnerdesk_partner;

-- The store integration: orders only (reads them back for INSERT ... ON CONFLICT and UPDATE ...
-- WHERE order_id = ...); the id is always the name-based one.
CREATE POLICY store_orders ON partnerdesk.orders TO partnerdesk_store USING (true) WITH CHECK (true);
GRANT SELECT,
      INSERT (order_id, placed_at, subtotal_minor, currency, status, coupon_code, affiliate_code, landing_url,
              referrer_url, customer_email, updated_at),
      UPDATE (placed_at, subtotal_minor, currency, status, coupon_code, affiliate_code, landing_url,
              referrer_url, customer_email, updated_at)
    ON partnerdesk.orders TO partnerdesk_store;
