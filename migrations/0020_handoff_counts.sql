-- The handoffs list's counts kept as handoffs are stored, change status or label, and are
-- deleted (worker/handoff/handoff-counts.ts). Its Open / Resolved tabs counted every handoff of
-- the database on each view, and its page line ("Page 2 of 5: 51–100 of 230 handoffs") every
-- matching one again: 22,000 + 20,002 rows read for one view of a site's 20,000 handoffs. They
-- now read these counts, at most 12 rows a site.

-- Handoffs per site, status, trigger and the "AI could have answered" label (0 or 1), in the
-- database that holds the handoffs: each database counts its own, and the list sums them, as it
-- merges its rows. No day: the unfiltered counts would then read a row per day of the site.
CREATE TABLE handoff_counts (
  site TEXT NOT NULL,
  status TEXT NOT NULL,
  reason TEXT NOT NULL,
  labelled INTEGER NOT NULL,
  handoffs INTEGER NOT NULL,
  PRIMARY KEY (site, status, reason, labelled)
) WITHOUT ROWID;

-- A recount asked for: the cron counts the database's handoffs afresh once and deletes the row.
-- This one covers what an older worker writes between this migration and the deploy.
CREATE TABLE handoff_recounts (asked_at TEXT NOT NULL);
INSERT INTO handoff_recounts (asked_at) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- The backfill: every stored handoff, so the counts do not start at zero. The same expressions
-- as the worker's (test/worker/handoff/handoff-counts-migration.test.ts).
INSERT INTO handoff_counts (site, status, reason, labelled, handoffs)
SELECT site, status, reason, could_have_answered_at IS NOT NULL, COUNT(*) FROM handoffs
GROUP BY site, status, reason, could_have_answered_at IS NOT NULL;

-- The list's page of a site's open (or resolved) handoffs, newest first, along one index: with
-- only `handoffs_by_status` it read every other site's handoffs of that status newer than the
-- page (2,382 rows for the first page of a site's open ones beside another site's 2,000).
-- Ascending, so that read backwards it is the list's order to the last term (created_at DESC,
-- rowid DESC) and no sort of ties is needed.
CREATE INDEX handoffs_by_site_status ON handoffs (site, status, created_at);
