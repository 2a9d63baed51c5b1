-- Conversations and their messages, with the worker's own decision on each visitor message, so
-- that a handoff can be re-checked against what the worker judged, never what the client says.
CREATE TABLE conversations (
  id TEXT PRIMARY KEY,
  site TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE messages (
  id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('visitor', 'assistant')),
  text TEXT NOT NULL,
  -- retrieval confidence in 0..1 (visitor messages the worker judged; null otherwise)
  confidence REAL,
  -- 'answer' | 'handoff' for visitor messages; null for assistant messages
  decision TEXT CHECK (decision IN ('answer', 'handoff')),
  -- 'keyword' | 'low_confidence' | 'visitor_request' when decision = 'handoff'
  reason TEXT,
  matched TEXT,
  threshold REAL,
  created_at TEXT NOT NULL
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, created_at);

CREATE TABLE handoffs (
  id TEXT PRIMARY KEY,
  site TEXT NOT NULL,
  conversation_id TEXT NOT NULL REFERENCES conversations(id),
  reason TEXT NOT NULL CHECK (reason IN ('keyword', 'low_confidence', 'visitor_request')),
  matched TEXT,
  confidence REAL,
  threshold REAL,
  site_name TEXT NOT NULL,
  visitor_email TEXT,
  visitor_message TEXT NOT NULL,
  last_ai_reply TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX handoffs_by_site ON handoffs (site, created_at DESC);
CREATE INDEX handoffs_by_time ON handoffs (created_at DESC);
CREATE INDEX handoffs_by_conversation ON handoffs (conversation_id);

-- One row per channel the handoff was dispatched to: the record that nothing was lost.
CREATE TABLE deliveries (
  id TEXT PRIMARY KEY,
  handoff_id TEXT NOT NULL REFERENCES handoffs(id) ON DELETE CASCADE,
  channel_id TEXT NOT NULL,
  channel_type TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- attempts at the start of the current round; a redelivery starts a fresh round
  round_start INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  delivered_at TEXT,
  -- when the queue should next try it; a pending row long past this lost its queue message
  next_attempt_at TEXT,
  UNIQUE (handoff_id, channel_id)
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
