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
