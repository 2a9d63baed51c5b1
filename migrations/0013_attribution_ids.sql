-- Who did it, by id as well as by name (docs/security.md): a member may rename themselves to
-- another's name, so a name alone cannot say which member wrote a reply, resolved or reopened a
-- handoff or taught a phrasing. Each gets the member's id beside the name the visitor saw:
-- members.id for a member, 'admin' for the token holder (who has no member row), NULL where no
-- signed-in member did it (the admin API's callers send names; Slack and email replies name
-- their own sender; rows written before this).
-- No foreign key: members live in the default database while a site's rows may be on another,
-- and removing a member must leave the record of what they did as it was.
ALTER TABLE replies ADD COLUMN author_id TEXT;
ALTER TABLE handoffs ADD COLUMN resolved_by_id TEXT;
-- The last reopening by the team (the dashboard or the API), which used to leave no trace;
-- cleared when a visitor's follow-up reopens a resolved handoff, as that is no one's act.
ALTER TABLE handoffs ADD COLUMN reopened_at TEXT;
ALTER TABLE handoffs ADD COLUMN reopened_by TEXT;
ALTER TABLE handoffs ADD COLUMN reopened_by_id TEXT;
ALTER TABLE taught_questions ADD COLUMN taught_by_id TEXT;
