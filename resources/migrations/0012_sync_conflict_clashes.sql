-- Sync conflicts of a business key (docs/SYNC.md, "Conflicts"): the same thing (a rewrite
-- address, a partner's website, a membership) made on two desktops under two ids. The conflict in
-- sync_conflicts names the central row (uid, central_json); this table names the local row's own
-- uid, which differs. "Take theirs" makes the local row the central one (its uid remapped), "keep
-- mine" sends the local values over the central row. Safe to run twice.
CREATE TABLE IF NOT EXISTS sync_conflict_clashes (
    conflict_id  INTEGER PRIMARY KEY REFERENCES sync_conflicts(id),
    local_uid    TEXT NOT NULL
);
