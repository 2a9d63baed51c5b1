import { createMessageBatch } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { HandoffReason } from "../../../shared/api.ts";
import { listAnswerPage, setAnswerVerdict } from "../../../worker/conversations/answers-store.ts";
import type { LoggedMessage } from "../../../worker/conversations/log-store.ts";
import {
  listRatedAnswers,
  MAX_RATED_ANSWERS,
} from "../../../worker/conversations/message-counts.ts";
import {
  handleQuestionLogBatch,
  QUESTION_LOG_QUEUE,
  type QuestionLogMessage,
} from "../../../worker/conversations/question-log.ts";
import { readAnswerListPage } from "../../../worker/dashboard/answer-page.ts";
import { periodStart } from "../../../worker/dashboard/format.ts";
import { countSitePeriod } from "../../../worker/dashboard/site-tally.ts";
import { tallySite } from "../../../worker/dashboard/tally.ts";
import {
  type JudgedOutcome,
  weighThreshold,
} from "../../../worker/dashboard/threshold-evidence.ts";
import {
  confidenceHistogram,
  previewThreshold,
  SLIDER_STEPS,
} from "../../../worker/dashboard/threshold-preview.ts";
import { expectCountsOfRows } from "../figure-counts.ts";
import { countingRows, env, putSite, uniqueSite } from "../helpers.ts";
import { getPage, signIn } from "./helpers.ts";

interface Row {
  id: string;
  createdAt: string;
  confidence: number | null;
  decision: "answer" | "handoff" | null;
  reason: HandoffReason | null;
  helpful: number | null;
  helpfulBy: string | null;
  helpfulAt: string | null;
  sourceDocId: string | null;
}

/** A verdict on message `id`: given before it landed (kept) or after (`setAnswerVerdict`). */
interface Verdict {
  id: string;
  helpful: boolean;
  by: string | null;
  at: string;
}

/**
 * Lands `messages` in `conversationId` as deployed: verdicts given before their answer landed
 * kept in `late_verdicts` (as `keepLateVerdict` keeps them), then the turns through the question
 * log's consumer, 5,000 a batch, then the verdicts given after, through `setAnswerVerdict`.
 */
async function land(
  conversationId: string,
  site: string,
  messages: readonly LoggedMessage[],
  before: readonly Verdict[],
  after: readonly Verdict[] = [],
): Promise<void> {
  for (let i = 0; i < before.length; i += 5_000) {
    await env.DB.prepare(
      `INSERT INTO late_verdicts (message_id, conversation_id, helpful, helpful_by, helpful_at)
       SELECT json_extract(value, '$.id'), ?2, json_extract(value, '$.helpful'),
         json_extract(value, '$.by'), json_extract(value, '$.at')
       FROM json_each(?1)`,
    )
      .bind(
        JSON.stringify(before.slice(i, i + 5_000).map((v) => ({ ...v, helpful: +v.helpful }))),
        conversationId,
      )
      .run();
  }
  const createdAt = messages[0]?.createdAt ?? new Date().toISOString();
  for (let i = 0; i < messages.length; i += 5_000) {
    const batch = createMessageBatch(
      QUESTION_LOG_QUEUE,
      messages.slice(i, i + 5_000).map((m, j) => ({
        id: `q${i + j}`,
        timestamp: new Date(),
        attempts: 1,
        body: {
          kind: "turn",
          conversation: { id: conversationId, site, createdAt },
          messages: [m],
        } satisfies QuestionLogMessage,
      })),
    );
    await handleQuestionLogBatch(batch as MessageBatch<QuestionLogMessage>, env);
  }
  const statements = after.flatMap((v) =>
    setAnswerVerdict(
      env.DB,
      { conversationId, messageId: v.id, helpful: v.helpful, by: v.by },
      v.at,
    ),
  );
  for (let i = 0; i < statements.length; i += 900) {
    await env.DB.batch(statements.slice(i, i + 900));
  }
}

/** A visitor message of the log, as the chat queues it. */
function visitorMessage(
  site: string,
  conversationId: string,
  id: string,
  fields: Pick<LoggedMessage, "confidence" | "decision" | "reason" | "sourceDocId" | "createdAt">,
): LoggedMessage {
  return {
    id,
    conversationId,
    site,
    role: "visitor",
    text: "flood",
    matched: null,
    threshold: 0.4,
    sourceTitle: null,
    sourceUrl: null,
    suggestions: null,
    about: null,
    visitor: null,
    ...fields,
  };
}

/** The evidence's outcomes of these rated answers. */
function outcomesOf(
  rated: readonly {
    confidence: number;
    helpful: boolean;
    helpfulBy: string | null;
    helpfulAt: string | null;
    sourceDocId: string | null;
  }[],
): JudgedOutcome[] {
  return rated.map((q) => ({
    kind: "verdict",
    confidence: q.confidence,
    helpful: q.helpful,
    by: q.helpfulBy,
    answer: q.sourceDocId,
    at: q.helpfulAt,
  }));
}

describe("Stats, Threshold and Answers on a flood of visitor messages", () => {
  it("read counts kept as messages land: D1 reads a bounded number of rows, every figure as counted row by row", async () => {
    // One address at the chat limit writes 1.3 million messages in 30 days. Counting them in SQL
    // bounded what reached the worker, not what D1 read: 120,001 rows for the counts and
    // 116,523 for the evidence on every view of Threshold, at 60,000 messages.
    const total = 60_000;
    const threshold = 0.4;
    const site = uniqueSite();
    expect((await putSite(site, { threshold })).status).toBe(200);
    const conversationId = crypto.randomUUID();
    const base = Date.now() - 3_600_000;
    // Confidences on the slider's steps (29 / 100 is the double 0.29, whose hundredfold is not
    // 29) and between them; keyword and button handoffs, small talk, answers rated by 50
    // visitors on 4 articles (some of no known visitor), each message a millisecond apart.
    const messages: LoggedMessage[] = [];
    const before: Verdict[] = [];
    const after: Verdict[] = [];
    for (let i = 1; i <= total; i++) {
      const at = new Date(base + i).toISOString();
      const confidence =
        i % 11 === 0 || i % 13 === 0 ? null : i % 2 === 0 ? (i % 101) / 100 : (i % 997) / 997;
      const answered = confidence !== null && confidence >= threshold;
      const decision =
        i % 11 === 0 ? null : i % 13 === 0 || i % 7 === 0 || !answered ? "handoff" : "answer";
      const reason =
        i % 11 === 0
          ? null
          : i % 13 === 0
            ? "visitor_request"
            : i % 7 === 0
              ? "keyword"
              : answered
                ? null
                : "low_confidence";
      const id = `${conversationId}-${i}`;
      messages.push(
        visitorMessage(site, conversationId, id, {
          confidence,
          decision,
          reason,
          sourceDocId: decision === "answer" ? `doc${i % 4}` : null,
          createdAt: at,
        }),
      );
      if (decision !== "answer" || i % 3 === 2) continue;
      const verdict = { id, helpful: i % 3 === 0, by: i % 17 > 0 ? `v${i % 50}` : null, at };
      // Most given before the answer landed (kept, then moved onto it), one in 25 after it; one
      // in 50 of those first the other way, then changed.
      if (i % 25 !== 0) before.push(verdict);
      else {
        if (i % 50 === 0) after.push({ ...verdict, helpful: !verdict.helpful });
        after.push(verdict);
      }
    }
    await land(conversationId, site, messages, before, after);

    // The figures as the pages counted them before: every row in the worker.
    const { results: rows } = await env.DB.prepare(
      `SELECT id, confidence, decision, reason, helpful, helpful_by AS helpfulBy,
         helpful_at AS helpfulAt, source_doc_id AS sourceDocId, created_at AS createdAt
       FROM messages WHERE conversation_id = ? ORDER BY rowid`,
    )
      .bind(conversationId)
      .all<Row>();
    expect(rows).toHaveLength(total);
    const each = rows.map((r) => ({ ...r, helpful: r.helpful === null ? null : r.helpful === 1 }));
    const eachQuestion = each.filter((q) => q.decision !== null);
    const eachRated = each
      .flatMap((q) =>
        q.decision === "answer" && q.helpful !== null && q.confidence !== null
          ? [{ ...q, confidence: q.confidence, helpful: q.helpful }]
          : [],
      )
      .sort((a, b) => (b.helpfulAt ?? "").localeCompare(a.helpfulAt ?? ""));
    expect(eachRated.length).toBeGreaterThan(MAX_RATED_ANSWERS);
    await expectCountsOfRows(env.DB, site);

    const since = periodStart(30, Date.now());
    const { db, reads } = countingRows();
    const started = Date.now();
    const counted = await countSitePeriod(db, site, since);
    const rated = await listRatedAnswers(db, site, since);
    const took = Date.now() - started;
    const returned = reads.reduce((sum, r) => sum + r.returned, 0);
    const read = reads.reduce((sum, r) => sum + r.read, 0);
    console.log(
      `${total} messages: ${returned} rows reached the worker, D1 read ${reads.map((r) => r.read).join(" + ")} = ${read}, ${took} ms`,
    );
    // Before: 120,001 + 116,523, growing with every message. Now the day's counts (each read
    // twice, for the grouping) and the latest MAX_RATED_ANSWERS verdicts, once: what the period
    // holds beyond those no longer counts.
    const countRows =
      (
        await env.DB.prepare("SELECT COUNT(*) AS n FROM message_counts WHERE site = ?")
          .bind(site)
          .first<{ n: number }>()
      )?.n ?? 0;
    expect(countRows).toBeLessThan(1_500);
    expect(read).toBeLessThanOrEqual(2 * countRows + MAX_RATED_ANSWERS + 1 + 10);
    expect(returned).toBeLessThanOrEqual(countRows + MAX_RATED_ANSWERS + 1);

    const grouped = counted.messages.filter((q) => q.decision !== null);
    expect(counted.tally).toEqual(tallySite(each, []));
    expect(counted.tally.messages).toBe(total);
    for (const t of SLIDER_STEPS) {
      expect(previewThreshold(grouped, [], t)).toEqual(previewThreshold(eachQuestion, [], t));
    }
    expect(confidenceHistogram(grouped, 20)).toEqual(confidenceHistogram(eachQuestion, 20));
    // The evidence: the latest MAX_RATED_ANSWERS verdicts, each visitor counted once as before.
    expect(rated.capped).toBe(true);
    expect(weighThreshold(outcomesOf(rated.answers), threshold, SLIDER_STEPS)).toEqual(
      weighThreshold(outcomesOf(eachRated.slice(0, MAX_RATED_ANSWERS)), threshold, SLIDER_STEPS),
    );

    // Answers' "not helpful" list reads a page of them, not the messages between them.
    const { db: listing, reads: listed } = countingRows();
    const page1 = await listAnswerPage(listing, { site, unhelpfulOnly: true, limit: 50 });
    const page2 = await listAnswerPage(listing, {
      site,
      unhelpfulOnly: true,
      before: page1.nextBefore ?? undefined,
      limit: 50,
    });
    const unhelpful = eachRated
      .filter((q) => !q.helpful)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    expect([...page1.answers, ...page2.answers].map((a) => a.id)).toEqual(
      unhelpful.slice(0, 100).map((q) => q.id),
    );
    // And the list of every answer, each with its reply looked for at its own time only.
    const all = await listAnswerPage(listing, { site, limit: 50 });
    expect(all.answers).toHaveLength(50);
    console.log(
      `Answers' 👎 list, two pages, and the whole list: D1 read ${listed.map((r) => r.read).join(" + ")}`,
    );
    // Before: 11,993 + 25,972 (every message newer than a page's last 👎, and for each answer
    // every later message of its conversation, looking for a reply) + 5,666.
    expect(listed.reduce((sum, r) => sum + r.read, 0)).toBeLessThan(1_500);

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
    expect(page).toContain(`Based on the latest ${MAX_RATED_ANSWERS} rated answers of the period`);
    const answers = await (await getPage(`/admin/sites/${site}/answers`, cookie)).text();
    expect(answers).toContain(`${tally.answered} answers of ${total} visitor messages`);

    // Where a page of Answers stands (the desk's "Page 2 of …" line): the total from the counts,
    // the page's number from the pager's link. Counting the list's rows for it read every
    // visitor message of the site on the first page and again on the second: 60,001 rows each.
    const answered = each.filter((q) => q.decision === "answer").length;
    const unhelpfulTotal = eachRated.filter((q) => !q.helpful).length;
    for (const [unhelpfulOnly, matching, noun] of [
      [false, answered, "answers"],
      [true, unhelpfulTotal, "answers marked not helpful"],
    ] as const) {
      const { db: paging, reads: paged } = countingRows();
      const first = await readAnswerListPage(paging, { site, unhelpfulOnly, size: 50 });
      expect(first.position).toMatchObject({ page: 1, first: 1, last: 50, total: matching });
      const second = await readAnswerListPage(paging, {
        site,
        unhelpfulOnly,
        before: first.nextBefore ?? undefined,
        page: "2",
        size: 50,
      });
      expect(second.position).toEqual({
        page: 2,
        pages: Math.ceil(matching / 50),
        first: 51,
        last: 100,
        total: matching,
      });
      const read = paged.map((r) => r.read);
      console.log(
        `Answers' pages 1 and 2 (${noun}), with their position: D1 read ${read.join(" + ")}`,
      );
      // The pages' own rows (two pages, each answer's reply looked for at its time), the cursor's
      // check, and the site's counts, once a page: nothing that grows with the answers stored.
      expect(read.reduce((sum, r) => sum + r, 0)).toBeLessThan(1_500 + 2 * countRows);
      const url = `/admin/sites/${site}/answers?${unhelpfulOnly ? "verdict=unhelpful&" : ""}before=${first.nextBefore}&page=2`;
      const shown = await (await getPage(url, cookie)).text();
      expect(shown).toContain(
        `Page 2 of ${Math.ceil(matching / 50).toLocaleString("en-US")}: 51–100 of ${matching.toLocaleString("en-US")} ${noun}, newest first.`,
      );
      // A number the list cannot hold (an edited link) is no page: the line says what it shows.
      const edited = await (await getPage(url.replace("page=2", "page=999999"), cookie)).text();
      expect(edited).not.toContain("Page 999,999");
      expect(edited).toContain(`50 ${noun}, newest first, older than the last page.`);
    }
  }, 180_000);

  it("reads at most the latest MAX_RATED_ANSWERS verdicts for the evidence, and says so on the page", async () => {
    // Verdicts of no known visitor each count as one outcome: without a cap they all reached the worker.
    const site = uniqueSite();
    expect((await putSite(site, { threshold: 0.4 })).status).toBe(200);
    const conversationId = crypto.randomUUID();
    const base = Date.now() - 3_600_000;
    const messages: LoggedMessage[] = [];
    const verdicts: Verdict[] = [];
    for (let i = 1; i <= MAX_RATED_ANSWERS + 1_000; i++) {
      const at = new Date(base + i).toISOString();
      const id = `${conversationId}-${i}`;
      messages.push(
        visitorMessage(site, conversationId, id, {
          confidence: 0.9,
          decision: "answer",
          reason: null,
          sourceDocId: "doc",
          createdAt: at,
        }),
      );
      verdicts.push({ id, helpful: i % 2 === 1, by: null, at });
    }
    await land(conversationId, site, messages, verdicts);
    const since = periodStart(30, Date.now());
    const rated = await listRatedAnswers(env.DB, site, since);
    expect(rated.answers).toHaveLength(MAX_RATED_ANSWERS);
    expect(rated.capped).toBe(true);
    // The latest: the oldest thousand are the ones left out.
    expect(rated.answers[0]?.helpfulAt).toBe(new Date(base + 1_001).toISOString());
    const cookie = await signIn();
    const page = await (await getPage(`/admin/sites/${site}/threshold?days=30`, cookie)).text();
    expect(page).toContain(`Based on the latest ${MAX_RATED_ANSWERS} rated answers of the period`);
  }, 60_000);
});
