-- Sync conflicts (docs/SYNC.md, "Push" and "Pull"): a local change the central database refused
-- because its row changed there since, or a pulled row whose local copy has a queued change. Both
-- versions are kept as JSON objects in the desktop's text form (foreign keys as uids) until the
-- manager keeps his (the local row is pushed on top of central_version) or takes theirs (the
-- central row is applied locally and the queued change dropped). Safe to run twice.
CREATE TABLE IF NOT EXISTS sync_conflicts (
    id               INTEGER PRIMARY KEY,
    tbl              TEXT NOT NULL,
    uid              TEXT NOT NULL,
    local_json       TEXT,             -- NULL: the row is deleted here
    central_json     TEXT NOT NULL,    -- includes "deleted": true for a central tombstone
    central_version  INTEGER NOT NULL,
    detected_at      TEXT NOT NULL,
    resolved_at      TEXT,
    resolution       TEXT CHECK (resolution IS NULL OR resolution = 'mine' OR resolution = 'theirs')
);
-- One open conflict per row; a newer central version updates it.
CREATE UNIQUE INDEX IF NOT EXISTS sync_conflicts_open ON sync_conflicts(uid) WHERE resolved_at IS NULL;
