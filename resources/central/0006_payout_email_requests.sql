-- PartnerDesk central schema: a partner's payout e-mail is a request, not a fact (issue #11).
--
-- Run by CentralSchema::setup() as partnerdesk_owner, in one transaction, with
-- search_path = partnerdesk, pg_catalog.
--
-- affiliates.email is where PayPal payouts go. A partner's login used to be granted UPDATE (email):
-- he could point his next payout anywhere without anyone seeing it. Now he files a request
-- (requested_email, email_requested_at, his to write); a manager approves it (email := the request,
-- the request cleared) or rejects it (the request cleared). Only a manager's login writes email or
-- status. A request always has its time and a time always its request (the same CHECK locally,
-- resources/migrations/0015_payout_email_requests.sql).

ALTER TABLE partnerdesk.affiliates
    ADD COLUMN requested_email text NOT NULL DEFAULT '',
    ADD COLUMN email_requested_at timestamptz,
    ADD CONSTRAINT affiliates_email_request_complete CHECK ((requested_email = '') = (email_requested_at IS NULL));

REVOKE UPDATE (email) ON partnerdesk.affiliates FROM partnerdesk_partner;
GRANT UPDATE (name, requested_email, email_requested_at) ON partnerdesk.affiliates TO partnerdesk_partner;
