-- The value rules of 0004 (models/core/valuerules.h) for the columns 0005 and 0006 added: a
-- website's check request and a partner's payout e-mail request. NOT VALID like 0004's: a row
-- written before is kept, new rows and every update are checked.
ALTER TABLE partnerdesk.affiliates
    ADD CONSTRAINT affiliates_requested_email_fits
        CHECK (partnerdesk.text_fits(requested_email, 0, 254, false, false)) NOT VALID,
    ADD CONSTRAINT affiliates_email_requested_at_fits CHECK (partnerdesk.time_fits(email_requested_at)) NOT VALID;
ALTER TABLE partnerdesk.domains
    ADD CONSTRAINT domains_check_requested_at_fits CHECK (partnerdesk.time_fits(check_requested_at)) NOT VALID;
