-- PartnerDesk central schema, version 4: the same value rules as the desktop (DESIGN.md, "Both
-- databases accept exactly the same values"; models/core/valuerules.h is the desktop's side).
--
-- Run by CentralSchema::setup() as partnerdesk_owner, in one transaction, with
-- search_path = partnerdesk, pg_catalog. It depends on 0001 only.
--
-- Without these a desktop could push a value PostgreSQL refuses (a year-0 placed_at, an order id of
-- several kB), and that push would fail on the same batch forever; a partner's login or the store
-- integration could write values no desktop accepts (a name with control characters, a subtotal
-- that breaks every sum). The rules:
--   timestamps   1970-01-01T00:00:00Z .. 9999-12-31T23:59:59Z inclusive
--   text         no NUL (PostgreSQL text cannot hold one anyway); single-line fields no control
--                character U+0001-U+001F, U+007F; multi-line fields (program description,
--                assignment reasons, audit before_json/after_json/reason, domain_checks.last_finding)
--                tab, LF and CR allowed, the other control characters refused
--   lengths      in characters: order_id 1-128; affiliate and coupon codes 1-64 (0-64 in orders and
--                visits, where they are optional); currency three letters A-Z; program name,
--                partner name, banner title 1-200 and not blank; e-mail <= 254; URLs <= 2048 (an
--                embedded banner image, a data: URI, <= 350000); host and domain <= 253; rewrite
--                path <= 1024; description and reasons <= 4000; audit JSON <= 65536; token <= 128;
--                last_finding <= 4000; other free text <= 4000
--   money        an order's subtotal 0 .. 10^12 minor units; thresholds and manual amounts
--                0 .. 10^12; commission, base and payout amounts -10^12 .. 10^12
--   banners      width and height 1 .. 10000
-- "Not blank": at least one character other than U+0020, U+0085, U+00A0, U+1680, U+2000-U+200A,
-- U+2028, U+2029, U+202F, U+205F, U+3000 (what the desktop's trimmed() removes).
--
-- Every constraint is NOT VALID: a central database that already holds old rows breaking a rule
-- still migrates (PostgreSQL does not check the rows that are there); every row inserted from now
-- on is checked, and so is every new version of an old row (an UPDATE of a bad old row must make it
-- good). The regular expressions are E'' strings with doubled backslashes, so they mean the same
-- whatever standard_conforming_strings says; the \uXXXX escapes are read by the regex engine.

-- A text value within [min_length, max_length] characters, without the control characters its
-- kind refuses, and (not_blank) not made of spaces only. NULL passes, as in any CHECK.
CREATE FUNCTION partnerdesk.text_fits(value text, min_length integer, max_length integer, multi_line boolean,
                                      not_blank boolean) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN length(value) BETWEEN min_length AND max_length
       AND value !~ CASE WHEN multi_line THEN E'[\\u0001-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]'
                         ELSE E'[\\u0001-\\u001F\\u007F]' END
       AND NOT (not_blank AND value ~ E'^[\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*$');

CREATE FUNCTION partnerdesk.time_fits(at timestamptz) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN at BETWEEN '1970-01-01 00:00:00+00'::timestamptz AND '9999-12-31 23:59:59+00'::timestamptz;

-- A banner image: a URL, or a partner's embedded image (a data: URI, EmbeddedImage's 256 KB cap).
CREATE FUNCTION partnerdesk.image_url_fits(url text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN partnerdesk.text_fits(url, 0, CASE WHEN lower(left(url, 5)) = 'data:' THEN 350000 ELSE 2048 END,
                                 false, false);

ALTER TABLE partnerdesk.programs
    ADD CONSTRAINT programs_name_fits CHECK (partnerdesk.text_fits(name, 1, 200, false, true)) NOT VALID,
    ADD CONSTRAINT programs_description_fits CHECK (partnerdesk.text_fits(description, 0, 4000, true, false)) NOT VALID,
    ADD CONSTRAINT programs_currency_fits CHECK (currency ~ '^[A-Z]{3}$') NOT VALID,
    ADD CONSTRAINT programs_threshold_minor_fits CHECK (threshold_minor BETWEEN 0 AND 1000000000000) NOT VALID,
    ADD CONSTRAINT programs_created_at_fits CHECK (partnerdesk.time_fits(created_at)) NOT VALID;
ALTER TABLE partnerdesk.program_hosts
    ADD CONSTRAINT program_hosts_host_fits CHECK (partnerdesk.text_fits(host, 1, 253, false, false)) NOT VALID;
ALTER TABLE partnerdesk.affiliates
    ADD CONSTRAINT affiliates_code_fits CHECK (partnerdesk.text_fits(code, 1, 64, false, true)) NOT VALID,
    ADD CONSTRAINT affiliates_name_fits CHECK (partnerdesk.text_fits(name, 1, 200, false, true)) NOT VALID,
    ADD CONSTRAINT affiliates_email_fits CHECK (partnerdesk.text_fits(email, 0, 254, false, false)) NOT VALID,
    ADD CONSTRAINT affiliates_created_at_fits CHECK (partnerdesk.time_fits(created_at)) NOT VALID;
ALTER TABLE partnerdesk.memberships
    ADD CONSTRAINT memberships_joined_at_fits CHECK (partnerdesk.time_fits(joined_at)) NOT VALID,
    ADD CONSTRAINT memberships_left_at_fits CHECK (partnerdesk.time_fits(left_at)) NOT VALID;
ALTER TABLE partnerdesk.coupons
    ADD CONSTRAINT coupons_code_fits CHECK (partnerdesk.text_fits(code, 1, 64, false, true)) NOT VALID,
    ADD CONSTRAINT coupons_created_at_fits CHECK (partnerdesk.time_fits(created_at)) NOT VALID;
ALTER TABLE partnerdesk.banners
    ADD CONSTRAINT banners_title_fits CHECK (partnerdesk.text_fits(title, 1, 200, false, true)) NOT VALID,
    ADD CONSTRAINT banners_image_url_fits CHECK (partnerdesk.image_url_fits(image_url)) NOT VALID,
    ADD CONSTRAINT banners_width_fits CHECK (width BETWEEN 1 AND 10000) NOT VALID,
    ADD CONSTRAINT banners_height_fits CHECK (height BETWEEN 1 AND 10000) NOT VALID,
    ADD CONSTRAINT banners_created_at_fits CHECK (partnerdesk.time_fits(created_at)) NOT VALID;
ALTER TABLE partnerdesk.domains
    ADD CONSTRAINT domains_domain_fits CHECK (partnerdesk.text_fits(domain, 1, 253, false, false)) NOT VALID,
    ADD CONSTRAINT domains_token_fits CHECK (partnerdesk.text_fits(token, 1, 128, false, false)) NOT VALID,
    ADD CONSTRAINT domains_verified_at_fits CHECK (partnerdesk.time_fits(verified_at)) NOT VALID,
    ADD CONSTRAINT domains_checked_at_fits CHECK (partnerdesk.time_fits(checked_at)) NOT VALID,
    ADD CONSTRAINT domains_created_at_fits CHECK (partnerdesk.time_fits(created_at)) NOT VALID;
ALTER TABLE partnerdesk.domain_checks
    ADD CONSTRAINT domain_checks_last_finding_fits CHECK (partnerdesk.text_fits(last_finding, 0, 4000, true, false)) NOT VALID,
    ADD CONSTRAINT domain_checks_lapsing_since_fits CHECK (partnerdesk.time_fits(lapsing_since)) NOT VALID,
    ADD CONSTRAINT domain_checks_lapsed_at_fits CHECK (partnerdesk.time_fits(lapsed_at)) NOT VALID;
ALTER TABLE partnerdesk.rewrites
    ADD CONSTRAINT rewrites_host_fits CHECK (partnerdesk.text_fits(host, 1, 253, false, false)) NOT VALID,
    ADD CONSTRAINT rewrites_path_fits CHECK (partnerdesk.text_fits(path, 1, 1024, false, false)) NOT VALID,
    ADD CONSTRAINT rewrites_target_url_fits CHECK (partnerdesk.text_fits(target_url, 0, 2048, false, false)) NOT VALID,
    ADD CONSTRAINT rewrites_created_at_fits CHECK (partnerdesk.time_fits(created_at)) NOT VALID;
ALTER TABLE partnerdesk.imports
    ADD CONSTRAINT imports_source_fits CHECK (partnerdesk.text_fits(source, 0, 4000, false, false)) NOT VALID,
    ADD CONSTRAINT imports_started_at_fits CHECK (partnerdesk.time_fits(started_at)) NOT VALID,
    ADD CONSTRAINT imports_finished_at_fits CHECK (partnerdesk.time_fits(finished_at)) NOT VALID;
ALTER TABLE partnerdesk.orders
    ADD CONSTRAINT orders_order_id_fits CHECK (partnerdesk.text_fits(order_id, 1, 128, false, false)) NOT VALID,
    ADD CONSTRAINT orders_placed_at_fits CHECK (partnerdesk.time_fits(placed_at)) NOT VALID,
    ADD CONSTRAINT orders_subtotal_minor_fits CHECK (subtotal_minor BETWEEN 0 AND 1000000000000) NOT VALID,
    ADD CONSTRAINT orders_currency_fits CHECK (currency ~ '^[A-Z]{3}$') NOT VALID,
    ADD CONSTRAINT orders_coupon_code_fits CHECK (partnerdesk.text_fits(coupon_code, 0, 64, false, false)) NOT VALID,
    ADD CONSTRAINT orders_affiliate_code_fits CHECK (partnerdesk.text_fits(affiliate_code, 0, 64, false, false)) NOT VALID,
    ADD CONSTRAINT orders_landing_url_fits CHECK (partnerdesk.text_fits(landing_url, 0, 2048, false, false)) NOT VALID,
    ADD CONSTRAINT orders_referrer_url_fits CHECK (partnerdesk.text_fits(referrer_url, 0, 2048, false, false)) NOT VALID,
    ADD CONSTRAINT orders_customer_email_fits CHECK (partnerdesk.text_fits(customer_email, 0, 254, false, false)) NOT VALID,
    ADD CONSTRAINT orders_updated_at_fits CHECK (partnerdesk.time_fits(updated_at)) NOT VALID;
ALTER TABLE partnerdesk.manual_assignments
    ADD CONSTRAINT manual_assignments_order_id_fits CHECK (partnerdesk.text_fits(order_id, 1, 128, false, false)) NOT VALID,
    ADD CONSTRAINT manual_assignments_amount_minor_fits CHECK (amount_minor BETWEEN 0 AND 1000000000000) NOT VALID,
    ADD CONSTRAINT manual_assignments_reason_fits CHECK (partnerdesk.text_fits(reason, 1, 4000, true, true)) NOT VALID,
    ADD CONSTRAINT manual_assignments_assigned_by_fits CHECK (partnerdesk.text_fits(assigned_by, 0, 4000, false, false)) NOT VALID,
    ADD CONSTRAINT manual_assignments_assigned_at_fits CHECK (partnerdesk.time_fits(assigned_at)) NOT VALID;
ALTER TABLE partnerdesk.payouts
    ADD CONSTRAINT payouts_created_at_fits CHECK (partnerdesk.time_fits(created_at)) NOT VALID,
    ADD CONSTRAINT payouts_created_by_fits CHECK (partnerdesk.text_fits(created_by, 0, 4000, false, false)) NOT VALID,
    ADD CONSTRAINT payouts_format_fits CHECK (partnerdesk.text_fits(format, 0, 4000, false, false)) NOT VALID,
    ADD CONSTRAINT payouts_file_path_fits CHECK (partnerdesk.text_fits(file_path, 0, 4000, false, false)) NOT VALID,
    ADD CONSTRAINT payouts_paid_at_fits CHECK (partnerdesk.time_fits(paid_at)) NOT VALID;
ALTER TABLE partnerdesk.payout_lines
    ADD CONSTRAINT payout_lines_currency_fits CHECK (currency ~ '^[A-Z]{3}$') NOT VALID,
    ADD CONSTRAINT payout_lines_amount_minor_fits CHECK (amount_minor BETWEEN -1000000000000 AND 1000000000000) NOT VALID;
ALTER TABLE partnerdesk.transactions
    ADD CONSTRAINT transactions_order_id_fits CHECK (partnerdesk.text_fits(order_id, 1, 128, false, false)) NOT VALID,
    ADD CONSTRAINT transactions_base_minor_fits CHECK (base_minor BETWEEN -1000000000000 AND 1000000000000) NOT VALID,
    ADD CONSTRAINT transactions_commission_minor_fits CHECK (commission_minor BETWEEN -1000000000000 AND 1000000000000) NOT VALID,
    ADD CONSTRAINT transactions_currency_fits CHECK (currency ~ '^[A-Z]{3}$') NOT VALID,
    ADD CONSTRAINT transactions_approve_at_fits CHECK (partnerdesk.time_fits(approve_at)) NOT VALID,
    ADD CONSTRAINT transactions_placed_at_fits CHECK (partnerdesk.time_fits(placed_at)) NOT VALID,
    ADD CONSTRAINT transactions_created_at_fits CHECK (partnerdesk.time_fits(created_at)) NOT VALID,
    ADD CONSTRAINT transactions_updated_at_fits CHECK (partnerdesk.time_fits(updated_at)) NOT VALID;
ALTER TABLE partnerdesk.audit_log
    ADD CONSTRAINT audit_log_at_fits CHECK (partnerdesk.time_fits(at)) NOT VALID,
    ADD CONSTRAINT audit_log_actor_fits CHECK (partnerdesk.text_fits(actor, 0, 4000, false, false)) NOT VALID,
    ADD CONSTRAINT audit_log_action_fits CHECK (partnerdesk.text_fits(action, 0, 4000, false, false)) NOT VALID,
    ADD CONSTRAINT audit_log_entity_fits CHECK (partnerdesk.text_fits(entity, 0, 4000, false, false)) NOT VALID,
    ADD CONSTRAINT audit_log_entity_id_fits CHECK (partnerdesk.text_fits(entity_id, 0, 4000, false, false)) NOT VALID,
    ADD CONSTRAINT audit_log_before_json_fits CHECK (partnerdesk.text_fits(before_json, 0, 65536, true, false)) NOT VALID,
    ADD CONSTRAINT audit_log_after_json_fits CHECK (partnerdesk.text_fits(after_json, 0, 65536, true, false)) NOT VALID,
    ADD CONSTRAINT audit_log_reason_fits CHECK (partnerdesk.text_fits(reason, 0, 4000, true, false)) NOT VALID;
ALTER TABLE partnerdesk.visits
    ADD CONSTRAINT visits_visited_at_fits CHECK (partnerdesk.time_fits(visited_at)) NOT VALID,
    ADD CONSTRAINT visits_landing_url_fits CHECK (partnerdesk.text_fits(landing_url, 0, 2048, false, false)) NOT VALID,
    ADD CONSTRAINT visits_referrer_url_fits CHECK (partnerdesk.text_fits(referrer_url, 0, 2048, false, false)) NOT VALID,
    ADD CONSTRAINT visits_affiliate_code_fits CHECK (partnerdesk.text_fits(affiliate_code, 0, 64, false, false)) NOT VALID;
