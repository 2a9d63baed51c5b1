-- The dashboard's figures kept as messages land (worker/conversations/message-counts.ts). Stats,
-- Threshold and Answers counted every visitor message of their period in SQL: D1 read every row
-- of it on each view (60,000 messages: 120,001 rows read for the counts, 116,523 for the
-- threshold's evidence). They now read these counts, a few hundred rows a day at most, and the
-- latest rated answers along an index.

-- Visitor messages per site, UTC day and what the pages tell apart. NULLs are stored as '' and
-- -1 so that alike rows conflict: decision '' is small talk, reason '' no trigger, helpful -1 no
-- verdict, step -2 and slice -1 no confidence. `confidence` is one counted message's (the lowest),
-- the group's stand-in for the slider's replay and the histogram.
CREATE TABLE message_counts (
  site TEXT NOT NULL,
  day TEXT NOT NULL,
  decision TEXT NOT NULL,
  reason TEXT NOT NULL,
  helpful INTEGER NOT NULL,
  -- the slider step: the highest i / 100 at or below the confidence; -1 below 0, 100 from 1 up
  step INTEGER NOT NULL,
  -- the histogram's twentieth, 0..19
  slice INTEGER NOT NULL,
  confidence REAL,
  messages INTEGER NOT NULL,
  PRIMARY KEY (site, day, decision, reason, helpful, step, slice)
) WITHOUT ROWID;

-- Each answer with a verdict: what the threshold's evidence reads, a site's newest verdicts first
-- along the key (no other row read), and the verdict the counts hold for it. Goes with its
-- message (retention, a conversation's delete).
CREATE TABLE rated_answers (
  site TEXT NOT NULL,
  -- when the verdict was given (the message's time for a verdict stored without one)
  helpful_at TEXT NOT NULL,
  message_id TEXT NOT NULL UNIQUE REFERENCES messages(id) ON DELETE CASCADE,
  confidence REAL,
  helpful INTEGER NOT NULL,
  helpful_by TEXT,
  source_doc_id TEXT,
  -- the message's, which the period is of
  created_at TEXT NOT NULL,
  PRIMARY KEY (site, helpful_at, message_id)
) WITHOUT ROWID;
-- Answers' "not helpful" list, newest first: it scanned the site's messages for 👎 ones.
CREATE INDEX rated_answers_by_verdict ON rated_answers (site, helpful, created_at);

-- A recount asked for: the cron counts every database's figures afresh once and deletes the row.
-- This one covers what an older worker wrote between this migration and the deploy.
CREATE TABLE figure_recounts (asked_at TEXT NOT NULL);
INSERT INTO figure_recounts (asked_at) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- The backfill: every stored visitor message and verdict, so the figures do not start at zero.
-- The same expressions as the worker's (test/worker/dashboard/figure-counts-migration.test.ts).
INSERT INTO message_counts (site, day, decision, reason, helpful, step, slice, confidence, messages)
SELECT site, day, decision, reason, helpful, step, slice, MIN(confidence), COUNT(*) FROM (
  SELECT c.site AS site, substr(m.created_at, 1, 10) AS day,
    COALESCE(m.decision, '') AS decision, COALESCE(m.reason, '') AS reason,
    COALESCE(m.helpful, -1) AS helpful,
    CASE WHEN m.confidence IS NULL THEN -2 WHEN m.confidence < 0 THEN -1
      WHEN m.confidence >= 1 THEN 100
      WHEN (CAST(m.confidence * 100 AS INTEGER) + 1) / 100.0 <= m.confidence
        THEN CAST(m.confidence * 100 AS INTEGER) + 1
      WHEN CAST(m.confidence * 100 AS INTEGER) / 100.0 > m.confidence
        THEN CAST(m.confidence * 100 AS INTEGER) - 1
      ELSE CAST(m.confidence * 100 AS INTEGER) END AS step,
    CASE WHEN m.confidence IS NULL THEN -1
      ELSE MIN(19, MAX(0, CAST(m.confidence * 20 AS INTEGER))) END AS slice,
    m.confidence AS confidence
  FROM messages m JOIN conversations c ON c.id = m.conversation_id
  WHERE m.role = 'visitor')
GROUP BY site, day, decision, reason, helpful, step, slice;

INSERT INTO rated_answers (message_id, site, confidence, helpful, helpful_by, helpful_at,
  source_doc_id, created_at)
SELECT m.id, c.site, m.confidence, m.helpful, m.helpful_by, COALESCE(m.helpful_at, m.created_at),
  m.source_doc_id, m.created_at
FROM messages m JOIN conversations c ON c.id = m.conversation_id
WHERE m.role = 'visitor' AND m.decision = 'answer' AND m.helpful IS NOT NULL;
