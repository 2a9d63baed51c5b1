-- The dashboard's label on a handoff: a site owner's judgement that the AI could have answered
-- it. The threshold tools count these; null means not labelled.
ALTER TABLE handoffs ADD COLUMN could_have_answered_at TEXT;

-- The threshold tools and stats read one site's recent visitor messages.
CREATE INDEX conversations_by_site ON conversations (site, created_at);
CREATE INDEX messages_by_time ON messages (created_at);
