import { describe, expect, it } from "vitest";
import type { HandoffReason } from "../../../shared/api.ts";
import { listRatedAnswers, MAX_RATED_ANSWERS } from "../../../worker/conversations/store.ts";
import { countSitePeriod } from "../../../worker/dashboard/site-tally.ts";
import { tallySite } from "../../../worker/dashboard/tally.ts";
import {
  type JudgedOutcome,
  MAX_OUTCOMES_PER_VISITOR,
  weighThreshold,
} from "../../../worker/dashboard/threshold-evidence.ts";
import {
  confidenceHistogram,
  previewThreshold,
  SLIDER_STEPS,
} from "../../../worker/dashboard/threshold-preview.ts";
import { countingRows, env, putSite, uniqueSite } from "../helpers.ts";
import { getPage, signIn } from "./helpers.ts";

interface Row {
  confidence: number | null;
  decision: "answer" | "handoff" | null;
  reason: HandoffReason | null;
  helpful: number | null;
  helpfulBy: string | null;
  helpfulAt: string | null;
  sourceDocId: string | null;
}

describe("Stats, Threshold and Answers on a flood of visitor messages", () => {
  it("count in SQL: a bounded number of rows reaches the worker, every figure as counted row by row", async () => {
    // One address at the chat limit writes 1.3 million messages in 30 days; every page read them
    // all into the worker (`listLoggedQuestions`). 60,000 here, written in one statement.
    const total = 60_000;
    const threshold = 0.4;
    const site = uniqueSite();
    expect((await putSite(site, { threshold })).status).toBe(200);
    const conversationId = crypto.randomUUID();
    const base = new Date(Date.now() - 3_600_000).toISOString();
    await env.DB.prepare("INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?)")
      .bind(conversationId, site, base)
      .run();
    // Confidences on the slider's steps (29 / 100.0 is the double 0.29, whose hundredfold is not
    // 29) and between them; keyword and button handoffs, small talk, answers rated by 50
    // visitors on 4 articles, each message a millisecond apart.
    await env.DB.prepare(
      `INSERT INTO messages (id, conversation_id, role, text, confidence, decision, reason, threshold,
         helpful, helpful_by, helpful_at, source_doc_id, created_at)
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1),
       shaped AS (
         SELECT i, strftime('%Y-%m-%dT%H:%M:%fZ', ?3, '+' || (i / 1000.0) || ' seconds') AS at,
           CASE WHEN i % 11 = 0 OR i % 13 = 0 THEN NULL
             WHEN i % 2 = 0 THEN (i % 101) / 100.0 ELSE (i % 997) / 997.0 END AS confidence
         FROM n
       ),
       decided AS (
         SELECT i, at, confidence,
           CASE WHEN i % 11 = 0 THEN NULL WHEN i % 13 = 0 OR i % 7 = 0 THEN 'handoff'
             WHEN confidence >= ?4 THEN 'answer' ELSE 'handoff' END AS decision,
           CASE WHEN i % 11 = 0 THEN NULL WHEN i % 13 = 0 THEN 'visitor_request'
             WHEN i % 7 = 0 THEN 'keyword' WHEN confidence >= ?4 THEN NULL
             ELSE 'low_confidence' END AS reason
         FROM shaped
       )
       SELECT ?2 || '-' || i, ?2, 'visitor', 'flood', confidence, decision, reason, ?4,
         CASE WHEN decision = 'answer' AND i % 3 < 2 THEN 1 - i % 3 END,
         CASE WHEN decision = 'answer' AND i % 3 < 2 AND i % 17 > 0 THEN 'v' || (i % 50) END,
         CASE WHEN decision = 'answer' AND i % 3 < 2 THEN at END,
         CASE WHEN decision = 'answer' THEN 'doc' || (i % 4) END,
         at
       FROM decided`,
    )
      .bind(total, conversationId, base, threshold)
      .run();

    // The figures as the pages counted them before: every row in the worker.
    const { results: rows } = await env.DB.prepare(
      `SELECT confidence, decision, reason, helpful, helpful_by AS helpfulBy,
         helpful_at AS helpfulAt, source_doc_id AS sourceDocId
       FROM messages WHERE conversation_id = ? ORDER BY rowid`,
    )
      .bind(conversationId)
      .all<Row>();
    expect(rows).toHaveLength(total);
    const each = rows.map((r) => ({ ...r, helpful: r.helpful === null ? null : r.helpful === 1 }));
    const eachQuestion = each.filter((q) => q.decision !== null);
    const eachOutcome: JudgedOutcome[] = each.flatMap((q) =>
      q.decision === "answer" && q.helpful !== null && q.confidence !== null
        ? [
            {
              kind: "verdict" as const,
              confidence: q.confidence,
              helpful: q.helpful,
              by: q.helpfulBy,
              answer: q.sourceDocId,
              at: q.helpfulAt,
            },
          ]
        : [],
    );

    const since = new Date(Date.now() - 86_400_000).toISOString();
    const { db, reads } = countingRows();
    const started = Date.now();
    const counted = await countSitePeriod(db, site, since, threshold);
    const rated = await listRatedAnswers(db, site, since, MAX_OUTCOMES_PER_VISITOR);
    const took = Date.now() - started;
    const returned = reads.reduce((sum, r) => sum + r.returned, 0);
    console.log(
      `${total} messages: ${returned} rows reached the worker, D1 read ${reads.map((r) => r.read).join(" + ")}, ${took} ms`,
    );
    // Before: 60,000 rows (one per message) for the tally alone.
    expect(returned).toBeLessThan(2_000);

    const grouped = counted.messages.filter((q) => q.decision !== null);
    expect(counted.tally).toEqual(tallySite(each, []));
    expect(counted.tally.messages).toBe(total);
    for (const t of [...SLIDER_STEPS, threshold]) {
      expect(previewThreshold(grouped, [], t)).toEqual(previewThreshold(eachQuestion, [], t));
    }
    expect(confidenceHistogram(grouped, 20)).toEqual(confidenceHistogram(eachQuestion, 20));
    const ratedOutcomes: JudgedOutcome[] = rated.map((q) => ({
      kind: "verdict",
      confidence: q.confidence,
      helpful: q.helpful,
      by: q.helpfulBy,
      answer: q.sourceDocId,
      at: q.helpfulAt,
    }));
    expect(weighThreshold(ratedOutcomes, threshold, SLIDER_STEPS)).toEqual(
      weighThreshold(eachOutcome, threshold, SLIDER_STEPS),
    );

    // The pages themselves answer, with the same counts.
    const cookie = await signIn();
    const tally = counted.tally;
    const stats = await getPage(`/admin/sites/${site}/stats?days=30`, cookie);
    expect(stats.status).toBe(200);
    expect(await stats.text()).toContain(String(total));
    const page = await (await getPage(`/admin/sites/${site}/threshold?days=30`, cookie)).text();
    expect(page).toContain(
      `${total} visitor messages in the last 30 days: ${tally.answered} answered, ${tally.smallTalk} small talk, ${tally.offered.total} offered a handoff`,
    );
    const answers = await (await getPage(`/admin/sites/${site}/answers`, cookie)).text();
    expect(answers).toContain(`${tally.answered} answers of ${total} visitor messages`);
  }, 120_000);

  it("reads at most the latest MAX_RATED_ANSWERS verdicts for the evidence, and says so on the page", async () => {
    // Verdicts of no known visitor each count as one outcome: without a cap they all reached the worker.
    const site = uniqueSite();
    expect((await putSite(site, { threshold: 0.4 })).status).toBe(200);
    const conversationId = crypto.randomUUID();
    const base = new Date(Date.now() - 3_600_000).toISOString();
    await env.DB.prepare("INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?)")
      .bind(conversationId, site, base)
      .run();
    await env.DB.prepare(
      `INSERT INTO messages (id, conversation_id, role, text, confidence, decision, threshold,
         helpful, helpful_at, source_doc_id, created_at)
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
       SELECT ?2 || '-' || i, ?2, 'visitor', 'rated', 0.9, 'answer', 0.4, i % 2,
         strftime('%Y-%m-%dT%H:%M:%fZ', ?3, '+' || (i / 1000.0) || ' seconds'), 'doc',
         strftime('%Y-%m-%dT%H:%M:%fZ', ?3, '+' || (i / 1000.0) || ' seconds')
       FROM n`,
    )
      .bind(MAX_RATED_ANSWERS + 1_000, conversationId, base)
      .run();
    const since = new Date(Date.now() - 86_400_000).toISOString();
    const rated = await listRatedAnswers(env.DB, site, since, MAX_OUTCOMES_PER_VISITOR);
    expect(rated).toHaveLength(MAX_RATED_ANSWERS);
    // The latest: the oldest thousand are the ones left out.
    expect(rated.at(-1)?.helpfulAt).toBe(new Date(Date.parse(base) + 1_001).toISOString());
    const cookie = await signIn();
    const page = await (await getPage(`/admin/sites/${site}/threshold?days=30`, cookie)).text();
    expect(page).toContain(`Based on the latest ${MAX_RATED_ANSWERS} rated answers of the period`);
  }, 60_000);
});
