/**
 * Migration 0020 backfills the handoffs list's counts from the handoffs already stored, so the
 * tabs and the page line do not start at zero after the deploy: on a database migrated to 0019
 * and then written to as an older worker writes (no counts), applying 0020 counts every handoff
 * by site, status, trigger and label as the worker's own statements would have.
 */
import { applyD1Migrations } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { countByStatus, readHandoffCounts } from "../../../worker/handoff/handoff-counts.ts";
import { expectHandoffCountsOfRows, handoffCountsFromRows } from "../handoff-counts.ts";
import { env } from "../helpers.ts";

describe("migration 0020", () => {
  it("backfills the handoff counts from the stored handoffs", async () => {
    const db = env.MIGRATION_CHECK;
    const before = env.TEST_MIGRATIONS.filter((m) => m.name < "0020");
    expect(before.length).toBe(19);
    await applyD1Migrations(db, before);
    const sites = ["acme", "globex", "initech"];
    const base = Date.now() - 3 * 86_400_000;
    await db
      .prepare(
        `INSERT INTO conversations (id, site, created_at)
         SELECT 'c-' || key, value, ?2 FROM json_each(?1)`,
      )
      .bind(JSON.stringify(sites), new Date(base).toISOString())
      .run();
    // 3,000 handoffs over three sites: every trigger, open and resolved, some labelled, some
    // labelled and resolved, as the dashboard and the API leave them.
    await db
      .prepare(
        `INSERT INTO handoffs (id, site, conversation_id, reason, site_name, visitor_message,
           created_at, status, resolved_at, could_have_answered_at)
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
         SELECT 'h-' || i, json_extract(?1, '$[' || (i % 3) || ']'), 'c-' || (i % 3),
           CASE i % 4 WHEN 0 THEN 'keyword' WHEN 1 THEN 'visitor_request' ELSE 'low_confidence' END,
           'Acme', 'help', strftime('%Y-%m-%dT%H:%M:%fZ', ?2 / 1000.0 + i * 86.4, 'unixepoch'),
           CASE WHEN i % 5 < 3 THEN 'resolved' ELSE 'open' END,
           CASE WHEN i % 5 < 3 THEN ?3 END,
           CASE WHEN i % 4 >= 2 AND i % 7 = 0 THEN ?3 END
         FROM n`,
      )
      .bind(JSON.stringify(sites), base, new Date().toISOString())
      .run();
    const rows = await handoffCountsFromRows(db, sites);
    expect(Object.values(rows).reduce((a, b) => a + b, 0)).toBe(3_000);
    expect(Object.keys(rows).filter((k) => k.endsWith("|1")).length).toBeGreaterThan(3);

    await applyD1Migrations(db, env.TEST_MIGRATIONS);
    await expectHandoffCountsOfRows(db, ...sites);
    expect(countByStatus(await readHandoffCounts(db, null))).toEqual({
      open: 1_200,
      resolved: 1_800,
    });
    // And asks the cron for one recount, for what an older worker writes until the deploy.
    expect(await db.prepare("SELECT COUNT(*) AS n FROM handoff_recounts").first("n")).toBe(1);
  });
});
