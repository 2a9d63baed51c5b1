-- The retention cron expires picks as it expires messages (a pick holds a copy of the visitor's
-- question), oldest first across sites: scanned along this index, a run reads only old rows.
CREATE INDEX picks_by_time ON picks (created_at);
