-- The articles a low-confidence handoff offered the visitor ("Is it one of these?"), and the
-- visitors' picks among them: evidence that a question belongs to an article.

-- JSON array of {"docId", "title", "url"} offered with a visitor message judged below the
-- threshold; null when none were offered. A pick must name one of these.
ALTER TABLE messages ADD COLUMN suggestions TEXT;
-- Why none were offered, when the worker could tell: 'off_topic' | 'unclear' | 'not_covered'.
ALTER TABLE messages ADD COLUMN about TEXT;

CREATE TABLE picks (
  id TEXT PRIMARY KEY,
  site TEXT NOT NULL,
  conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  -- the visitor message whose suggestions were offered
  message_id TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT,
  -- the visitor's question, copied so the evidence survives the message's retention
  question TEXT NOT NULL,
  -- verdictVisitor(): a one-way hash of the site and the visitor's address key (an IPv6 /64 is one
  -- visitor), the same name verdicts carry: picks are
  -- evidence per visitor, never per click
  visitor TEXT NOT NULL,
  created_at TEXT NOT NULL,
  -- set when the pick has been taught to its article (by the owner, or automatically)
  taught_at TEXT,
  UNIQUE (message_id, doc_id)
);
CREATE INDEX picks_by_site ON picks (site, created_at DESC);
CREATE INDEX picks_by_doc ON picks (site, doc_id);
