-- Each site's retention period as its owner last saved it, and when, in D1 (not eventually
-- consistent), kept in the default database (DB) whatever database the site's rows live in.
-- The retention sweep reads a site's retentionDays from KV, which takes about a minute to reach
-- every location: a sweep reading the old value after an owner raised it (7 to 90 days) would
-- delete days 7 to 90 for good. For an hour after a save the sweep keeps by the longer of the
-- two (worker/conversations/retention.ts).
CREATE TABLE retention_changes (
  site TEXT PRIMARY KEY,
  -- the period in force after the save: the config's retentionDays, or the default
  days INTEGER NOT NULL,
  changed_at TEXT NOT NULL
);
CREATE INDEX retention_changes_by_time ON retention_changes (changed_at);
