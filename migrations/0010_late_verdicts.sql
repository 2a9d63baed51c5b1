-- A visitor's verdict (👍/👎) on an answer whose row has not reached D1 yet: answers are logged
-- through the question-log queue (worker/conversations/question-log.ts), so for about a second
-- after the reply there is no row to mark. The feedback request stores the verdict here instead,
-- in the same transaction that would have marked the row; the log's consumer moves it onto the
-- row when the row lands, and the cron deletes what never found its row after a day.
CREATE TABLE late_verdicts (
  message_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
  helpful_by TEXT,
  helpful_at TEXT NOT NULL
);
CREATE INDEX late_verdicts_by_time ON late_verdicts (helpful_at);

-- The same for a pick among an answer's alternatives (shown after a 👎): the offered articles are
-- on the answer's row, so the pick is checked against them, and stored in `picks`, when it lands.
CREATE TABLE late_picks (
  id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  -- the url or documentId the visitor picked, as the request named it
  picked TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  site TEXT NOT NULL,
  visitor TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (message_id, picked)
);
CREATE INDEX late_picks_by_time ON late_picks (created_at);
