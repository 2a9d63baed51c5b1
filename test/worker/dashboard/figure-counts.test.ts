/**
 * The dashboard's counts (`message_counts`, `rated_answers`) stay a count of the stored rows
 * through every path that writes, changes or deletes a visitor message: the chat, the handoff
 * and its follow-ups, verdicts before and after their answer lands (and changed), the question
 * log's consumer (redelivered too), a conversation's delete, retention, and the recount.
 */
import { createMessageBatch } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../../../shared/api.ts";
import { setAnswerVerdict } from "../../../worker/conversations/answers-store.ts";
import {
  insertTurns,
  keepLateVerdict,
  type LoggedMessage,
  visitorRow,
} from "../../../worker/conversations/log-store.ts";
import { recountFiguresIfAsked } from "../../../worker/conversations/message-counts.ts";
import {
  handleQuestionLogBatch,
  QUESTION_LOG_QUEUE,
  type QuestionLogMessage,
} from "../../../worker/conversations/question-log.ts";
import { expireVisitorMessages } from "../../../worker/conversations/retention.ts";
import { countSitePeriod } from "../../../worker/dashboard/site-tally.ts";
import { periodStart } from "../../../worker/dashboard/format.ts";
import { SLIDER_STEPS } from "../../../worker/dashboard/threshold-preview.ts";
import { countsFromRows, expectCountsOfRows, keptCounts, nextTo } from "../figure-counts.ts";
import { call, env, ORIGIN, putKb, putSite, testAddress, uniqueSite } from "../helpers.ts";
import { getPage, insertQuestionLog, previewValue, signIn } from "./helpers.ts";

const ANSWERED = "How long does express shipping take?";

async function chat(site: string, message: string, conversationId?: string) {
  const res = await call("/v1/chat", {
    method: "POST",
    headers: { origin: ORIGIN },
    json: { site, message, conversationId },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as ChatResponse;
}

async function verdict(
  site: string,
  turn: ChatResponse,
  helpful: boolean,
  visitor = testAddress(),
): Promise<void> {
  const res = await call("/v1/feedback", {
    method: "POST",
    headers: { origin: ORIGIN, "cf-connecting-ip": visitor },
    json: { site, conversationId: turn.conversationId, messageId: turn.messageId, helpful },
  });
  expect(res.status).toBe(204);
}

async function handOff(site: string, conversationId: string, message: string): Promise<void> {
  const res = await call("/v1/handoff", {
    method: "POST",
    headers: { origin: ORIGIN },
    json: { site, conversationId, message, email: null, reason: "keyword" },
  });
  expect(res.status).toBe(202);
  await res.body?.cancel();
}

/** A turn of one visitor message as the chat queues it, `daysAgo` days ago. */
function turnOf(
  site: string,
  conversationId: string,
  fields: { confidence: number | null; decision: "answer" | "handoff" | null; daysAgo?: number },
): { kind: "turn"; conversation: QuestionLogMessage["conversation"]; messages: LoggedMessage[] } {
  const at = new Date(Date.now() - (fields.daysAgo ?? 0) * 86_400_000).toISOString();
  return {
    kind: "turn",
    conversation: { id: conversationId, site, createdAt: at },
    messages: [
      visitorRow(
        site,
        {
          id: crypto.randomUUID(),
          conversationId,
          text: "a question",
          confidence: fields.confidence,
          decision: fields.decision,
          reason: fields.decision === "handoff" ? "low_confidence" : null,
          matched: null,
          threshold: 0.4,
          source: fields.decision === "answer" ? { docId: "doc", title: "Doc", url: null } : null,
        },
        at,
      ),
    ],
  };
}

async function consume(turns: readonly QuestionLogMessage[]): Promise<void> {
  const batch = createMessageBatch(
    QUESTION_LOG_QUEUE,
    turns.map((body, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 1, body })),
  );
  await handleQuestionLogBatch(batch as MessageBatch<QuestionLogMessage>, env);
}

describe("the dashboard's counts", () => {
  it("follow the chat, handoffs and their follow-ups, verdicts changed, and a conversation's delete", async () => {
    const site = uniqueSite();
    await putSite(site, { threshold: 0.4 });
    await putKb(site);
    const answered = await chat(site, ANSWERED);
    expect(answered.reply.type).toBe("answer");
    await chat(site, "hello", answered.conversationId);
    await chat(site, "Can I pay with seashells on the moon?");
    await expectCountsOfRows(env.DB, site);

    // A keyword the widget caught (never sent to the chat), then a follow-up answered after the
    // handoff and another keyword handoff joined to it.
    const handedOff = crypto.randomUUID();
    await handOff(site, handedOff, "talk to a human");
    await chat(site, ANSWERED, handedOff);
    await handOff(site, handedOff, "I want to talk to a human please");
    await expectCountsOfRows(env.DB, site);

    // A verdict, changed, given again: one answer in one group at a time.
    const visitor = testAddress();
    await verdict(site, answered, true, visitor);
    await expectCountsOfRows(env.DB, site);
    await verdict(site, answered, false, visitor);
    await verdict(site, answered, false, visitor);
    await expectCountsOfRows(env.DB, site);
    const since = periodStart(30, Date.now());
    const { tally } = await countSitePeriod(env.DB, site, since);
    expect(tally).toMatchObject({ messages: 6, answered: 2, smallTalk: 1, unhelpful: 1 });

    const deleted = await call(`/admin/api/conversations/${answered.conversationId}?site=${site}`, {
      method: "DELETE",
      admin: true,
    });
    expect(deleted.status).toBe(200);
    await expectCountsOfRows(env.DB, site);
    expect((await countSitePeriod(env.DB, site, since)).tally).toMatchObject({
      messages: 4,
      smallTalk: 0,
      unhelpful: 0,
    });
  }, 60_000);

  it("follow the question log: a verdict kept before its answer landed, a batch delivered twice, a verdict after", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const [first, second, smallTalk] = [
      turnOf(site, crypto.randomUUID(), { confidence: 0.29, decision: "answer" }),
      turnOf(site, crypto.randomUUID(), { confidence: 0.8, decision: "answer" }),
      turnOf(site, crypto.randomUUID(), { confidence: null, decision: null }),
    ];
    const answerOf = (t: typeof first) => t.messages[0] as LoggedMessage;
    await keepLateVerdict(env.DB, {
      conversationId: first.conversation.id,
      messageId: answerOf(first).id,
      helpful: false,
      by: "early",
      at: new Date().toISOString(),
    }).run();
    // Into another site's conversation: stored nowhere, counted nowhere.
    const taken = crypto.randomUUID();
    await env.DB.prepare("INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?)")
      .bind(taken, uniqueSite(), new Date().toISOString())
      .run();
    const intruder = turnOf(site, taken, { confidence: 0.9, decision: "answer" });
    // A double either side of each slider step, where a hundredfold rounds onto the step.
    const edges = SLIDER_STEPS.flatMap((t) => [nextTo(t, -1), nextTo(t, 1)]).map((confidence) =>
      turnOf(site, crypto.randomUUID(), { confidence, decision: "handoff" }),
    );
    const batch = [first, second, smallTalk, intruder, ...edges];
    await consume(batch);
    await consume(batch);
    await env.DB.batch(
      setAnswerVerdict(
        env.DB,
        { conversationId: second.conversation.id, messageId: answerOf(second).id, helpful: true },
        new Date().toISOString(),
      ),
    );
    await expectCountsOfRows(env.DB, site);
    const since = periodStart(30, Date.now());
    expect((await countSitePeriod(env.DB, site, since)).tally).toMatchObject({
      messages: 3 + edges.length,
      answered: 2,
      smallTalk: 1,
      helpful: 1,
      unhelpful: 1,
    });
    // The direct path (a turn the queue refused) counts as the consumer does, once.
    const direct = turnOf(site, crypto.randomUUID(), { confidence: 0.5, decision: "answer" });
    await env.DB.batch(insertTurns(env.DB, [direct, direct]));
    await expectCountsOfRows(env.DB, site);
  });

  it("follow retention: expired messages leave the counts as they are deleted", async () => {
    const site = uniqueSite();
    await putSite(site, { retentionDays: 2 });
    const old = turnOf(site, crypto.randomUUID(), {
      confidence: 0.6,
      decision: "answer",
      daysAgo: 5,
    });
    const recent = turnOf(site, crypto.randomUUID(), { confidence: 0.6, decision: "answer" });
    await consume([old, recent]);
    const since = periodStart(30, Date.now());
    expect((await countSitePeriod(env.DB, site, since)).tally.messages).toBe(2);
    await expireVisitorMessages(env as Env);
    await expectCountsOfRows(env.DB, site);
    expect((await countSitePeriod(env.DB, site, since)).tally.messages).toBe(1);
  });

  it("replay a threshold between two slider steps at the nearest step, as the slider shows it", async () => {
    const site = uniqueSite();
    // Through the API: the slider itself saves only hundredths.
    await putSite(site, { threshold: 0.405 });
    await insertQuestionLog(
      site,
      [0.403, 0.407, 0.412].map((confidence) => ({ confidence })),
      0.405,
    );
    const html = await (await getPage(`/admin/sites/${site}/threshold`, await signIn())).text();
    // At 0.41 one is answered (0.412); at 0.405 two would be, which no step of the counts tells.
    expect(html).toContain('<output id="preview-threshold-head">0.41</output>');
    expect(previewValue(html, "answered")).toBe(1);
  });

  it("are counted afresh by the cron when a recount is asked for", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await consume([turnOf(site, crypto.randomUUID(), { confidence: 0.7, decision: "answer" })]);
    // A message an older worker wrote between the migration and the deploy: not counted.
    const conversationId = crypto.randomUUID();
    await env.DB.batch([
      env.DB.prepare("INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?)").bind(
        conversationId,
        site,
        new Date().toISOString(),
      ),
      env.DB.prepare(
        `INSERT INTO messages (id, conversation_id, role, text, confidence, decision, helpful,
           helpful_at, created_at)
         VALUES (?, ?, 'visitor', 'older worker', 0.55, 'answer', 1, ?3, ?3)`,
      ).bind(crypto.randomUUID(), conversationId, new Date().toISOString()),
    ]);
    expect(await keptCounts(env.DB, site)).not.toEqual(await countsFromRows(env.DB, site));
    await env.DB.prepare("INSERT INTO figure_recounts (asked_at) VALUES (?)")
      .bind(new Date().toISOString())
      .run();
    expect(await recountFiguresIfAsked(env)).toBeGreaterThanOrEqual(1);
    await expectCountsOfRows(env.DB, site);
    // Asked once, done once.
    expect(await env.DB.prepare("SELECT 1 FROM figure_recounts").first()).toBeNull();
  });
});
