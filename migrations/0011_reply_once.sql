-- A team reply written where it can arrive more than once (Slack retries an event when our
-- answer failed or took over 3 s, and may retry while the first delivery is still running)
-- names the message it came from. The unique indexes make a second write of the same message a
-- no-op (INSERT … ON CONFLICT DO NOTHING) however the deliveries interleave, so the visitor gets
-- it once. NULL for a reply that is written once by construction (dashboard, API, email).
-- source_key: the message itself ('slack:<slack channel>:<ts>'); source_event_id: Slack's
-- event_id, when the event had one. Scoped to the handoff, as a message is in one thread.
ALTER TABLE replies ADD COLUMN source_key TEXT;
ALTER TABLE replies ADD COLUMN source_event_id TEXT;
CREATE UNIQUE INDEX replies_once_by_source ON replies (handoff_id, source_key)
  WHERE source_key IS NOT NULL;
CREATE UNIQUE INDEX replies_once_by_event ON replies (handoff_id, source_event_id)
  WHERE source_event_id IS NOT NULL;
