-- Each site's config as last saved by the worker (admin API, dashboard) or the CLI, with a version,
-- in D1 (not eventually consistent), kept in the default database (DB). KV is what every request
-- reads, but a read there may be a minute old at another location: a dashboard form that saved the
-- whole config as read from KV could write back what another save had just changed (keywords saved
-- here, channels there a moment later: the keywords undone). A save now starts from this row, the
-- latest, changes only its own form's part, and moves the version from the one it read to the
-- next (`… WHERE version = ?` is atomic in D1: of two saves from one version one wins, the other
-- reads again and re-applies its change). The same number goes with the KV value (its metadata).
CREATE TABLE site_config_versions (
  site TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  -- the config as saved (JSON); NULL once the site was deleted, so its version never restarts
  config TEXT,
  saved_at TEXT NOT NULL
);

-- The addresses an email delivery already went to (a JSON array), for an email channel with
-- several: one address the send_email binding refuses (not verified) used to fail the attempt at
-- that address, so the addresses after it never got the handoff and those before it got it again
-- at every retry. Each address is now sent on its own and recorded here as it goes; a retry
-- sends only to those not in it (worker/channels/email.ts).
ALTER TABLE deliveries ADD COLUMN sent_to TEXT;
