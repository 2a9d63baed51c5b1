-- The dashboard's team (issue #20, "people, not one shared token"). Members are of the whole
-- installation, not of one site: the dashboard already shows every site to whoever signs in
-- (one handoff list across sites, one site picker), as a Help Scout company spans its
-- mailboxes. Whoever holds ADMIN_TOKEN stays the bootstrap owner ("admin") and needs no row.
CREATE TABLE members (
  id TEXT PRIMARY KEY,
  -- lower-cased and trimmed, so one address is one member
  email TEXT NOT NULL UNIQUE,
  -- shown to the visitor on the member's replies, and on the handoffs they resolve
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('owner', 'agent')),
  -- PBKDF2-SHA256 (WebCrypto) of the password with this member's own random salt; the iteration
  -- count is stored so it can be raised later without signing anyone out
  password_hash TEXT NOT NULL,
  password_salt TEXT NOT NULL,
  password_iterations INTEGER NOT NULL,
  -- signed into every session cookie: raising it (a new password) ends every session signed
  -- before; removing the member deletes the row, which ends them too
  session_epoch INTEGER NOT NULL DEFAULT 0,
  invited_by TEXT,
  created_at TEXT NOT NULL
);

-- An invitation link is shown once to the owner who made it; only its SHA-256 is kept, so a
-- copy of the database cannot be turned into a way in. One use, within its expiry.
CREATE TABLE invites (
  token_hash TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('owner', 'agent')),
  invited_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  -- set when accepted, with the member it made; an accepted invite is never accepted again
  used_at TEXT,
  member_id TEXT
);
CREATE INDEX invites_by_email ON invites (email);

-- Who taught a phrasing: a member's name, "admin" for the token holder, whatever an API caller
-- sent as `by`, or null (taught before this, or automatically from visitors' picks).
ALTER TABLE taught_questions ADD COLUMN taught_by TEXT;
