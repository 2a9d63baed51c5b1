-- One handoff per conversation and message, whatever arrives at once: the key is the
-- conversation id and a SHA-256 of the message (worker/handoff/store.ts `handoffDedupeKey`).
-- Handoffs stored before this have none (NULLs never collide); a retry of one of those is still
-- found by its conversation and message.
ALTER TABLE handoffs ADD COLUMN dedupe_key TEXT;
CREATE UNIQUE INDEX handoffs_dedupe_key ON handoffs (dedupe_key);
