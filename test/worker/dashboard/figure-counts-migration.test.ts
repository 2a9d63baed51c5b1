/**
 * Migration 0019 backfills the dashboard's counts from the rows already stored, so the figures
 * do not start at zero after the deploy: on a database migrated to 0018 and then written to, as
 * an older worker writes (no counts), applying 0019 counts every visitor message and verdict as
 * the worker's own statements would have.
 */
import { applyD1Migrations } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { countLoggedQuestions } from "../../../worker/conversations/message-counts.ts";
import { periodStart } from "../../../worker/dashboard/format.ts";
import { tallySite } from "../../../worker/dashboard/tally.ts";
import { SLIDER_STEPS } from "../../../worker/dashboard/threshold-preview.ts";
import { countsFromRows, expectCountsOfRows, nextTo } from "../figure-counts.ts";
import { env } from "../helpers.ts";

describe("migration 0019", () => {
  it("backfills the counts and the rated answers from the stored messages", async () => {
    const db = env.MIGRATION_CHECK;
    const before = env.TEST_MIGRATIONS.filter((m) => m.name < "0019");
    expect(before.length).toBe(18);
    await applyD1Migrations(db, before);
    const site = "acme";
    const conversationId = crypto.randomUUID();
    const base = Date.now() - 3 * 86_400_000;
    await db
      .prepare("INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?)")
      .bind(conversationId, site, new Date(base).toISOString())
      .run();
    // 3,000 messages over three days, as the test of bounded figures shapes them, with assistant
    // replies (never counted) and a visitor message in another site's conversation.
    await db
      .prepare(
        `INSERT INTO messages (id, conversation_id, role, text, confidence, decision, reason,
           helpful, helpful_by, helpful_at, source_doc_id, created_at)
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000),
         shaped AS (
           SELECT i, strftime('%Y-%m-%dT%H:%M:%fZ', ?2 / 1000, 'unixepoch', '+' || (i * 86.4) || ' seconds') AS at,
             CASE WHEN i % 11 = 0 OR i % 13 = 0 THEN NULL
               WHEN i % 2 = 0 THEN (i % 101) / 100.0 ELSE (i % 997) / 997.0 END AS confidence
           FROM n
         ),
         decided AS (
           SELECT i, at, confidence,
             CASE WHEN i % 19 = 0 THEN NULL WHEN i % 11 = 0 THEN NULL
               WHEN i % 13 = 0 OR i % 7 = 0 OR confidence < 0.4 THEN 'handoff' ELSE 'answer' END AS decision
           FROM shaped
         )
         SELECT ?1 || '-' || i, ?1, CASE WHEN i % 19 = 0 THEN 'assistant' ELSE 'visitor' END, 't',
           confidence, decision,
           CASE WHEN decision = 'handoff' THEN CASE WHEN i % 13 = 0 THEN 'visitor_request'
             WHEN i % 7 = 0 THEN 'keyword' ELSE 'low_confidence' END END,
           CASE WHEN decision = 'answer' AND i % 3 < 2 THEN 1 - i % 3 END,
           CASE WHEN decision = 'answer' AND i % 3 < 2 THEN 'v' || (i % 50) END,
           CASE WHEN decision = 'answer' AND i % 3 < 2 THEN at END,
           CASE WHEN decision = 'answer' THEN 'doc' || (i % 4) END, at
         FROM decided`,
      )
      .bind(conversationId, base)
      .run();
    // And a double either side of each step, where a hundredfold rounds onto the step.
    const edges = SLIDER_STEPS.flatMap((t) => [nextTo(t, -1), nextTo(t, 1)]);
    await db
      .prepare(
        `INSERT INTO messages (id, conversation_id, role, text, confidence, decision, reason, created_at)
         SELECT ?1 || '-edge-' || key, ?1, 'visitor', 't', value, 'handoff', 'low_confidence', ?2
         FROM json_each(?3)`,
      )
      .bind(conversationId, new Date(base).toISOString(), JSON.stringify(edges))
      .run();
    const rows = await countsFromRows(db, site);
    expect([...rows.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(2_500);

    await applyD1Migrations(db, env.TEST_MIGRATIONS);
    await expectCountsOfRows(db, site);
    const { results } = await db
      .prepare(
        `SELECT decision, reason, helpful FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE c.site = ? AND m.role = 'visitor'`,
      )
      .bind(site)
      .all<{ decision: "answer" | "handoff" | null; reason: null; helpful: number | null }>();
    const groups = await countLoggedQuestions(db, site, periodStart(30, Date.now()));
    expect(tallySite(groups, [])).toEqual(
      tallySite(
        results.map((r) => ({ ...r, helpful: r.helpful === null ? null : r.helpful === 1 })),
        [],
      ),
    );
    // And asks the cron for one recount, for what an older worker writes until the deploy.
    expect(await db.prepare("SELECT COUNT(*) AS n FROM figure_recounts").first("n")).toBe(1);
  });
});
