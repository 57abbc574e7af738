-- The trust boundary (docs/SECURITY.md): the central database believes no desktop. This migration
-- takes from a partner's login what let him choose ids and read other parties' data.

-- Ids. A partner's login never chooses the id of a row it inserts: whatever id he sends, the row
-- gets partnerdesk.name_uuid('TABLE:LOGIN:SENT'), a name-based id no other table's rows can have
-- (orders are 'order:ID', affiliates 'affiliate:CODE', ...: different names) and no other login's
-- rows either. His desktop derives the same id (SyncIds::partnerRowUid) and maps its row to it, so
-- sending the same row twice (a lost local commit) still finds the first. Managers, the owner and
-- the store keep their ids (name-based where the row has a natural key, random otherwise).
CREATE FUNCTION partnerdesk.is_partner_login() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN pg_has_role(current_user, 'partnerdesk_partner', 'MEMBER')
           AND NOT pg_has_role(current_user, 'partnerdesk_manager', 'MEMBER')
           AND NOT pg_has_role(current_user, 'partnerdesk_owner', 'MEMBER');
ALTER FUNCTION partnerdesk.is_partner_login() SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION partnerdesk.partner_row_id() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
BEGIN
    IF partnerdesk.is_partner_login() THEN
        NEW.id := partnerdesk.name_uuid(TG_TABLE_NAME || ':' || current_user || ':'
                                        || coalesce(NEW.id::text, gen_random_uuid()::text));
    END IF;
    RETURN NEW;
END
$$;

-- Every table a partner's login may insert into. Named so it runs before the other BEFORE INSERT
-- triggers (PostgreSQL fires them in name order): they see the final id.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['memberships', 'banners', 'domains', 'domain_checks', 'audit_log']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON partnerdesk.%I '
                       'FOR EACH ROW EXECUTE FUNCTION partnerdesk.partner_row_id()', t || '_0_partner_row_id', t);
    END LOOP;
END
$$;

-- And he never changes an id (stamp_row keeps OLD.id on UPDATE for everyone already).

-- What a partner reads of an order credited to him: when and how much, its status; not the codes,
-- coupon, landing page or referrer (they name other partners when a manual assignment or a coupon
-- took the order from another's link), nor the customer's e-mail, nor the store's import
-- provenance. His desktop selects '' (or NULL) for the columns he is not granted
-- (SyncColumn::partnerReads).
REVOKE SELECT ON partnerdesk.orders FROM partnerdesk_partner;
GRANT SELECT (id, order_id, placed_at, subtotal_minor, currency, status, updated_at, version, deleted, changed_xid)
    ON partnerdesk.orders TO partnerdesk_partner;

-- A payout batch that pays him: not the path of the file on the manager's machine, nor the
-- manager's user name. Nor, on either table, which login last wrote the row (changed_by).
REVOKE SELECT ON partnerdesk.payouts FROM partnerdesk_partner;
GRANT SELECT (id, created_at, format, status, paid_at, version, deleted, changed_xid)
    ON partnerdesk.payouts TO partnerdesk_partner;
