-- The visitor's verdict on an answer (the last one stands), and the article the answer came
-- from, on the visitor message the worker answered: what the Answers page, the knowledge gaps
-- and the threshold's evidence read.
-- 1 = helpful, 0 = not helpful, null = no verdict given.
ALTER TABLE messages ADD COLUMN helpful INTEGER CHECK (helpful IN (0, 1));
ALTER TABLE messages ADD COLUMN helpful_at TEXT;
-- The knowledge-base document the answer was taken from (decision = 'answer' only).
ALTER TABLE messages ADD COLUMN source_doc_id TEXT;
ALTER TABLE messages ADD COLUMN source_title TEXT;
ALTER TABLE messages ADD COLUMN source_url TEXT;
