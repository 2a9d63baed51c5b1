-- One handoff per conversation and message, whatever arrives at once: the key is the
-- conversation id and a SHA-256 of the message (worker/handoff/store.ts `handoffDedupeKey`).
-- Handoffs stored before this have none (NULLs never collide); a retry of one of those is still
-- found by its conversation and message.
ALTER TABLE handoffs ADD COLUMN dedupe_key TEXT;
CREATE UNIQUE INDEX handoffs_dedupe_key ON handoffs (dedupe_key);

-- Phrasings the owner taught to a knowledge-base document, one row each, so phrasings taught at
-- once are all kept (they were a read-modify-write of one KV value, and the last write won).
-- The imported documents stay in KV; the index is built from them and these rows.
-- question_key is the phrasing in lower case: the same phrasing is taught once.
CREATE TABLE taught_questions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  site TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  question TEXT NOT NULL,
  question_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (site, doc_id, question_key)
);

-- Who gave a verdict: a hash of the visitor's address (its /64 for IPv6) with the site, never
-- the address. It caps the verdicts one visitor gives a day (worker/feedback/verdict-limit.ts),
-- and the threshold's evidence counts one visitor's verdicts on one article once.
ALTER TABLE messages ADD COLUMN helpful_by TEXT;
CREATE INDEX messages_by_verdict_visitor ON messages (helpful_by, helpful_at);

-- The attempt that holds a pending delivery, until when (worker/handoff/dispatch.ts): two queue
-- messages for one delivery (a cron sweep's re-send beside a message that was only slow) make
-- one send, not two. Null when no attempt holds it; every recorded outcome clears it.
ALTER TABLE deliveries ADD COLUMN leased_until TEXT;

-- The client's Idempotency-Key header, when it sent one: the same key in the same conversation
-- is the same handoff. Null without one (NULLs never collide).
ALTER TABLE handoffs ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX handoffs_idempotency_key ON handoffs (conversation_id, idempotency_key);
