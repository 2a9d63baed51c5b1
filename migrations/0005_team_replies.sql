-- The team's side of a handoff: whether it is worked out (status, when and by whom), and the
-- replies the team sends the visitor, which the visitor reads in the widget (and by email).
ALTER TABLE handoffs ADD COLUMN status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved'));
ALTER TABLE handoffs ADD COLUMN resolved_at TEXT;
ALTER TABLE handoffs ADD COLUMN resolved_by TEXT;
CREATE INDEX handoffs_by_status ON handoffs (status, created_at DESC);

-- A reply is stored before anything is sent: the visitor's conversation reads it from here.
-- conversation_id is the handoff's, copied so the conversation's thread is one indexed read.
CREATE TABLE replies (
  id TEXT PRIMARY KEY,
  handoff_id TEXT NOT NULL REFERENCES handoffs(id) ON DELETE CASCADE,
  conversation_id TEXT NOT NULL,
  text TEXT NOT NULL,
  -- the team member's name, when known
  author TEXT,
  -- where the reply was written: 'api' | 'dashboard' | 'slack' | 'email'
  via TEXT NOT NULL,
  -- the Message-ID the mail service gave the reply's email to the visitor (it sets its own):
  -- the next reply's email names it in In-Reply-To and References, so they thread
  email_message_id TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX replies_by_handoff ON replies (handoff_id, created_at);
CREATE INDEX replies_by_conversation ON replies (conversation_id, created_at);

-- A delivery is now one of three things: the handoff to a channel (as before), a reply emailed
-- to the visitor, or the visitor's follow-up to a channel. The last two name what they carry
-- (the reply's or the visitor message's id); their channel_id is made unique per handoff by
-- that id (`visitor-email:<replyId>`, `<channel>:<messageId>`), as (handoff_id, channel_id) is.
ALTER TABLE deliveries ADD COLUMN kind TEXT NOT NULL DEFAULT 'handoff' CHECK (kind IN ('handoff', 'reply', 'follow_up'));
ALTER TABLE deliveries ADD COLUMN subject_id TEXT;

-- A handoff's message in a Slack app's channel: its follow-ups go into that thread, and the
-- team's replies in the thread are found by (slack_channel, ts) and reach the visitor.
CREATE TABLE slack_threads (
  handoff_id TEXT NOT NULL REFERENCES handoffs(id) ON DELETE CASCADE,
  -- the site's channel id (config), and Slack's own channel id and message ts
  channel_id TEXT NOT NULL,
  slack_channel TEXT NOT NULL,
  ts TEXT NOT NULL,
  PRIMARY KEY (handoff_id, channel_id)
);
CREATE UNIQUE INDEX slack_threads_by_message ON slack_threads (slack_channel, ts);
