-- Manual assignments pane.

-- A manager may withdraw a manual assignment (the undo of assigning an order that no rule had
-- credited): a later row with withdrawn = 1 says no assignment is in force, so the rules apply
-- again. Rows are still only ever added; affiliate_id is the partner whose assignment ended.
ALTER TABLE manual_assignments ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1));

-- The orders search: an exact customer e-mail, coupon or partner code (case-insensitive) is
-- found through an index instead of a scan of every order. Partial: most orders have no coupon
-- or code, and the import does not pay for empty values.
CREATE INDEX orders_customer_email ON orders(customer_email COLLATE NOCASE) WHERE customer_email <> '';
CREATE INDEX orders_coupon_code ON orders(coupon_code COLLATE NOCASE) WHERE coupon_code <> '';
CREATE INDEX orders_affiliate_code ON orders(affiliate_code COLLATE NOCASE) WHERE affiliate_code <> '';

-- The audit log pane filters by action and actor, newest first.
CREATE INDEX audit_log_action ON audit_log(action, id);
CREATE INDEX audit_log_actor ON audit_log(actor, id);
