-- A site's knowledge-base version: the documents live in one KV value (worker/kb/documents-store.ts),
-- and KV has no compare-and-set, so two people editing at once would each write back the whole
-- value and one edit would vanish. Every write of the documents first moves this row from the
-- version it read to the next one (`UPDATE … WHERE version = ?` is atomic in D1): one writer wins,
-- the other writes nothing and is shown its draft again. The same number is stored with the KV
-- value (its metadata), so a reader knows which version the documents it got are.
CREATE TABLE kb_versions (
  site TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  -- when the version was claimed: a claim whose documents never reached KV (the writer died
  -- between the two writes) is taken over once it is older than the lease (kb-version-store.ts)
  changed_at TEXT NOT NULL,
  -- a member's name, "admin", or "api" for PUT /admin/api/sites/{site}/kb
  changed_by TEXT
);
