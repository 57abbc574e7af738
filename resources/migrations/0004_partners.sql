-- The Partners pane lists partners by name a page at a time (keyset paging on name, id), all of
-- them or those of one status, and reads one partner's rewrites.
CREATE INDEX affiliates_name ON affiliates(name COLLATE NOCASE, id);
CREATE INDEX affiliates_status_name ON affiliates(status, name COLLATE NOCASE, id);
CREATE INDEX rewrites_affiliate ON rewrites(affiliate_id);
