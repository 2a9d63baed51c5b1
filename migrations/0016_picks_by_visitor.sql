-- A visitor's picks of the last 24 hours are counted in the statement that writes a pick
-- (POST /v1/feedback's daily limit, worker/conversations/picks-store.ts `picksLeft`): read along
-- these indexes, the count touches only that visitor's rows, not the site's.
CREATE INDEX picks_by_visitor ON picks (visitor, created_at);
CREATE INDEX late_picks_by_visitor ON late_picks (visitor, created_at);
