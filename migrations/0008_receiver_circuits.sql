-- One row per receiver (a webhook or Slack host, or an email channel) that has stopped answering
-- at some point: its circuit, read by every queue consumer invocation so that a receiver that
-- hangs costs one probe per cool-down instead of a 10 s timeout per delivery. A receiver that has
-- always answered has no row. See worker/handoff/circuit.ts.
CREATE TABLE receiver_circuits (
  receiver TEXT PRIMARY KEY,
  state TEXT NOT NULL CHECK (state IN ('closed', 'open', 'half_open')),
  failures INTEGER NOT NULL DEFAULT 0,
  trips INTEGER NOT NULL DEFAULT 0,
  retry_at TEXT,
  last_error TEXT,
  updated_at TEXT NOT NULL
);
