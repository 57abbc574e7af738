-- PartnerDesk central schema, version 2: live updates (docs/SYNC.md, "Live updates").
--
-- Run by CentralSchema::setup() as partnerdesk_owner, in one transaction, with
-- search_path = partnerdesk, pg_catalog.
--
-- A statement that inserts transactions (a desktop's push, however many rows) sends one
-- notification on the channel partnerdesk_transactions when it commits; every open desktop LISTENs
-- (CentralWatcher) and pulls at once. PostgreSQL folds identical notifications of one transaction
-- into one. The payload says only where the rows came from, never what they are: any role that can
-- connect may LISTEN, so a partner must learn nothing of other partners' books from it.
--   {"table": "transactions", "desktop": "<the pushing desktop's id, or empty>"}
-- "desktop" is the pushing connection's partnerdesk.desktop_id setting (the sync engine sets it with
-- set_config), so a desktop can skip the notification of its own push. It is a hint, not a boundary.
-- Orders written by the store integration notify the same channel with "table": "orders": desktops
-- attribute new orders themselves, so they pull those at once too.

CREATE FUNCTION partnerdesk.notify_inserted() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM added) THEN
        PERFORM pg_notify('partnerdesk_transactions',
                          json_build_object('table', TG_TABLE_NAME,
                                            'desktop', coalesce(current_setting('partnerdesk.desktop_id', true), ''))::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER transactions_notify AFTER INSERT ON partnerdesk.transactions
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION partnerdesk.notify_inserted();

CREATE TRIGGER orders_notify AFTER INSERT ON partnerdesk.orders
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION partnerdesk.notify_inserted();
