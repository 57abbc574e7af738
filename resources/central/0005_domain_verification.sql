-- PartnerDesk central schema: website verification is done by the trusted side (issue #11).
--
-- Run by CentralSchema::setup() as partnerdesk_owner, in one transaction, with
-- search_path = partnerdesk, pg_catalog. Depends on 0001 only.
--
-- A verified website credits its partner every order referred from it ("direct", the highest
-- rate), so its verification is a manager's: a partner's login may register a website
-- (INSERT id, affiliate_id, domain, created_at) and ask for a check of it (check_requested_at);
-- the check runs on a manager's desktop (DomainRechecker, `partnerdesk-cli domain verify --due`),
-- whose login writes verified, method, verified_at, checked_at and domain_checks. The token a
-- partner publishes is made here, never by his desktop. Registrations that would cover hosts that
-- are not one owner's are refused for every role: IP literals, store hosts (equal to or under a
-- program_hosts.host, or a wildcard over one), public suffixes and wildcards over one. The public
-- suffixes are the list libpsl uses (the publicsuffix package), loaded into public_suffix_rules by
-- `central setup` after the migrations, on every setup (CentralSchema::loadPublicSuffixes).

ALTER TABLE partnerdesk.domains ADD COLUMN check_requested_at timestamptz;

-- 40 hex digits, about 150 random bits (gen_random_uuid: PostgreSQL 13+, no extension needed).
CREATE FUNCTION partnerdesk.new_domain_token() RETURNS text
    LANGUAGE sql VOLATILE PARALLEL SAFE
    RETURN replace(gen_random_uuid()::text, '-', '') || substr(replace(gen_random_uuid()::text, '-', ''), 1, 8);
ALTER TABLE partnerdesk.domains ALTER COLUMN token SET DEFAULT partnerdesk.new_domain_token();

-- One rule of the Public Suffix List a line, as libpsl reads it: "com", "*.ck" (every name under
-- ck), "!www.ck" (an exception to a wildcard). IDN rules are kept in both forms (UTF-8 and ACE).
CREATE TABLE partnerdesk.public_suffix_rules (
    rule  text PRIMARY KEY
);
GRANT SELECT ON partnerdesk.public_suffix_rules TO partnerdesk_manager, partnerdesk_partner;

-- The PSL algorithm for "is `host` a public suffix" (host lower case, without "*."): an exception
-- rule for it says no; a rule equal to it, or a wildcard rule over its parent, says yes; a single
-- label is one by the implicit "*" rule; anything else is not. libpsl answers the same
-- (WebsiteRules::isPublicSuffix, tests/unit/tst_websiterules.cpp).
CREATE FUNCTION partnerdesk.is_public_suffix(host text) RETURNS boolean
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM partnerdesk.public_suffix_rules WHERE rule = '!' || host) THEN false
        WHEN EXISTS (SELECT 1 FROM partnerdesk.public_suffix_rules WHERE rule = host) THEN true
        WHEN strpos(host, '.') = 0 THEN true
        WHEN EXISTS (SELECT 1 FROM partnerdesk.public_suffix_rules
                      WHERE rule = '*.' || substr(host, strpos(host, '.') + 1)) THEN true
        ELSE false
    END;
END;

-- Why a website cannot be registered, or NULL when it can; the same rules and words as the
-- desktop's WebsiteRules::refusal. Security definer: it reads every program's hosts and the rules
-- whoever registers. Fails closed when setup has not loaded the suffix list.
CREATE FUNCTION partnerdesk.domain_refusal(domain text) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog
AS $$
DECLARE
    pattern text := lower(btrim(domain));
    wildcard boolean := starts_with(lower(btrim(domain)), '*.');
    bare text;
    store text;
BEGIN
    bare := CASE WHEN wildcard THEN substr(pattern, 3) ELSE pattern END;
    bare := rtrim(bare, '.');
    IF bare = '' THEN
        RETURN format('"%s" is not a domain name.', domain);
    END IF;
    IF bare ~ '^\[?[0-9a-f.]*:[0-9a-f:.]*(%[^\]]*)?\]?$'
       OR split_part(bare, '.', -1) ~ '^(0x[0-9a-f]*|[0-9]+)$' THEN
        RETURN format('%s is an IP address; register the website''s domain name instead.', pattern);
    END IF;
    -- The desktop's normal form (HostName::normalise): ASCII labels, IDN as punycode.
    IF length(bare) > 253 OR bare !~ '^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$' THEN
        RETURN format('"%s" is not a domain name.', domain);
    END IF;
    SELECT h.host INTO store FROM partnerdesk.program_hosts h
     WHERE NOT h.deleted AND (bare = lower(h.host) OR right(bare, length(h.host) + 1) = '.' || lower(h.host))
     LIMIT 1;
    IF FOUND THEN
        RETURN format('%s is a store host; it cannot be a partner''s website.', bare);
    END IF;
    IF wildcard THEN
        SELECT h.host INTO store FROM partnerdesk.program_hosts h
         WHERE NOT h.deleted AND right(lower(h.host), length(bare) + 1) = '.' || bare
         LIMIT 1;
        IF FOUND THEN
            RETURN format('%s covers the store host %s; a partner''s website cannot include a store.', pattern, store);
        END IF;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM partnerdesk.public_suffix_rules) THEN
        RAISE EXCEPTION 'the public suffix list is not loaded; run partnerdesk-cli central setup'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF partnerdesk.is_public_suffix(bare) THEN
        IF wildcard THEN
            RETURN format('%s covers every website under the public suffix %s; register your own domain, e.g. *.example.%s.',
                          pattern, bare, bare);
        END IF;
        RETURN format('%s is a public suffix: anyone can register names under it, so it is not one owner''s website.',
                      bare);
    END IF;
    RETURN NULL;
END
$$;

-- Every role's new or changed domain goes through domain_refusal (an UPDATE that keeps the
-- domain as it is, e.g. a manager's re-check, is not judged again). check_violation: a partner's
-- desktop drops the row and reports the message (docs/SYNC.md, "Partner desktops").
CREATE FUNCTION partnerdesk.domains_registrable() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
DECLARE
    refusal text;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.domain IS NOT DISTINCT FROM OLD.domain THEN
        RETURN NEW;
    END IF;
    refusal := partnerdesk.domain_refusal(NEW.domain);
    IF refusal IS NOT NULL THEN
        RAISE EXCEPTION '%', refusal USING ERRCODE = 'check_violation', TABLE = 'domains', COLUMN = 'domain';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER domains_registrable BEFORE INSERT OR UPDATE OF domain ON partnerdesk.domains
    FOR EACH ROW EXECUTE FUNCTION partnerdesk.domains_registrable();

-- What a partner's insert may not decide, whatever he sent (his grants let him send none of it):
-- the token is the server's, the row unverified and never checked.
CREATE FUNCTION partnerdesk.domains_server_decides() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
BEGIN
    IF NOT pg_has_role(current_user, 'partnerdesk_manager', 'MEMBER')
       AND NOT pg_has_role(current_user, 'partnerdesk_owner', 'MEMBER') THEN
        NEW.token := partnerdesk.new_domain_token();
        NEW.verified := false;
        NEW.method := NULL;
        NEW.verified_at := NULL;
        NEW.checked_at := NULL;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER domains_server_decides BEFORE INSERT ON partnerdesk.domains
    FOR EACH ROW EXECUTE FUNCTION partnerdesk.domains_server_decides();

-- The partner's grants and policies: register (insert his own rows) and ask for a check (update
-- check_requested_at of his own rows); nothing of domain_checks but reading his own. Revoking the
-- table privilege revokes the column privileges of 0001 with it. Managers keep every_row.
REVOKE INSERT, UPDATE ON partnerdesk.domains FROM partnerdesk_partner;
GRANT INSERT (id, affiliate_id, domain, created_at, check_requested_at),
      UPDATE (check_requested_at) ON partnerdesk.domains TO partnerdesk_partner;
DROP POLICY verify_own ON partnerdesk.domains;
CREATE POLICY request_check ON partnerdesk.domains FOR UPDATE TO partnerdesk_partner
    USING (affiliate_id = (SELECT partnerdesk.my_affiliate_id()))
    WITH CHECK (affiliate_id = (SELECT partnerdesk.my_affiliate_id()));

REVOKE INSERT, UPDATE ON partnerdesk.domain_checks FROM partnerdesk_partner;
DROP POLICY own_rows ON partnerdesk.domain_checks;
CREATE POLICY own_rows ON partnerdesk.domain_checks FOR SELECT TO partnerdesk_partner
    USING (EXISTS (SELECT 1 FROM partnerdesk.domains d
                    WHERE d.id = domain_checks.domain_id AND d.affiliate_id = (SELECT partnerdesk.my_affiliate_id())));

-- Websites a partner's desktop verified itself before this migration (the row last written by a
-- partner's login, verified, not a manager's manual approval) were proved by nobody the central
-- database trusts: they are unverified here and a check is requested, so that a manager's desktop
-- decides (its next re-check verifies the ones whose token is still published). Orders already
-- credited stay as they are; later ones are credited again once the check verifies the site.
UPDATE partnerdesk.domains d
   SET verified = false, method = NULL, verified_at = NULL, checked_at = NULL, check_requested_at = now()
 WHERE d.verified AND NOT d.deleted AND d.method IS DISTINCT FROM 'manual'
   AND (EXISTS (SELECT 1 FROM partnerdesk.partner_logins l WHERE l.login = d.changed_by)
        OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                    WHERE r.rolname = d.changed_by AND NOT r.rolsuper
                      AND pg_catalog.pg_has_role(r.oid, 'partnerdesk_partner', 'MEMBER')
                      AND NOT pg_catalog.pg_has_role(r.oid, 'partnerdesk_manager', 'MEMBER')
                      AND NOT pg_catalog.pg_has_role(r.oid, 'partnerdesk_owner', 'MEMBER')));
