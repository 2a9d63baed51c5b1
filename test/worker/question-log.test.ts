/**
 * The question log as deployed: answers and small talk reach D1 through the question-log queue
 * (the real queue and its real consumer, in workerd), while what a handoff, a follow-up or a
 * verdict needs at once never waits for it. The other worker tests write the log at once
 * (QUESTION_LOG_MODE "direct" in vitest.config.ts); these run the app with the queued mode.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ChatResponse, WebhookPayload } from "../../shared/api.ts";
import { createApp } from "../../worker/app.ts";
import { countLoggedQuestions } from "../../worker/conversations/message-counts.ts";
import {
  expireUnlandedVerdicts,
  handleQuestionLogBatch,
  QUESTION_LOG_QUEUE,
  type QuestionLogMessage,
} from "../../worker/conversations/question-log.ts";
import { assistantRow, visitorRow } from "../../worker/conversations/log-store.ts";
import { siteWithOutdoorKb } from "./suggestion-helpers.ts";
import {
  env,
  eventually,
  ORIGIN,
  putKb,
  putSite,
  receivedAt,
  receiverPath,
  testAddress,
  uniqueSite,
} from "./helpers.ts";

const app = createApp();
const queuedEnv = { ...env, QUESTION_LOG_MODE: "queue" } as Env;

/** The handoff the widget sends for `message`, with no email given. */
function handOff(
  site: string,
  conversationId: string,
  message: string,
  reason: "keyword" | "low_confidence",
): Promise<Response> {
  return post("/v1/handoff", { site, conversationId, message, email: null, reason });
}

async function post(path: string, json: unknown): Promise<Response> {
  const request = new Request(`http://worker.test${path}`, {
    method: "POST",
    headers: {
      origin: ORIGIN,
      "content-type": "application/json",
      "cf-connecting-ip": testAddress(),
    },
    body: JSON.stringify(json),
  });
  return app.fetch(request, queuedEnv, createExecutionContext());
}

async function chat(site: string, message: string, conversationId?: string) {
  const res = await post("/v1/chat", { site, message, conversationId });
  expect(res.status).toBe(200);
  return (await res.json()) as ChatResponse;
}

const rowsOf = async (conversationId: string) =>
  (
    await env.DB.prepare(
      `SELECT id, role, text, decision, source_doc_id AS sourceDocId, visitor, helpful
       FROM messages WHERE conversation_id = ? ORDER BY created_at, rowid`,
    )
      .bind(conversationId)
      .all<{
        id: string;
        role: string;
        text: string;
        decision: string | null;
        helpful: number | null;
      }>()
  ).results;

async function answeringSite() {
  const site = uniqueSite();
  await putSite(site, {});
  await putKb(site);
  return site;
}

const QUESTION = "How many days do I have to return an item for a refund?";

describe("the question log through its queue", () => {
  it("answers without writing to D1, then lands the question and its reply in order, read by the dashboard's tally", async () => {
    const site = await answeringSite();
    const since = new Date(Date.now() - 1000).toISOString();
    const turn = await chat(site, QUESTION);
    expect(turn.reply.type).toBe("answer");
    // The answer's id is signed (worker/conversations/answer-id.ts).
    expect(turn.messageId).toMatch(/^[0-9a-f-]{36}\.[0-9a-f]{16}$/);
    // The consumer waits up to a second to fill its batch: nothing is there yet.
    expect(await rowsOf(turn.conversationId)).toEqual([]);

    const rows = await eventually(async () => {
      const r = await rowsOf(turn.conversationId);
      return r.length === 2 ? r : null;
    });
    expect(rows.map((r) => [r.id, r.role, r.decision])).toEqual([
      [turn.messageId, "visitor", "answer"],
      [expect.any(String), "assistant", null],
    ]);
    expect(rows[0]).toMatchObject({ text: QUESTION, sourceDocId: "returns" });
    expect(rows[1]?.text).toBe(turn.reply.type === "answer" ? turn.reply.text : "");
    const conversation = await env.DB.prepare("SELECT site FROM conversations WHERE id = ?")
      .bind(turn.conversationId)
      .first<string>("site");
    expect(conversation).toBe(site);
    const tally = await countLoggedQuestions(env.DB, site, since);
    expect(tally).toEqual([expect.objectContaining({ decision: "answer", count: 1 })]);
  });

  it("lands a sharded site's turns in its own database, none in the default one", async () => {
    const site = uniqueSite();
    await putSite(site, { database: "DB_2" });
    await putKb(site);
    const turn = await chat(site, QUESTION);
    expect(turn.reply.type).toBe("answer");
    const onShard = await eventually(async () => {
      const { results } = await env.DB_2.prepare(
        "SELECT id, role FROM messages WHERE conversation_id = ? ORDER BY created_at, rowid",
      )
        .bind(turn.conversationId)
        .all<{ id: string; role: string }>();
      return results.length === 2 ? results : null;
    });
    expect(onShard.map((r) => r.role)).toEqual(["visitor", "assistant"]);
    expect(await rowsOf(turn.conversationId)).toEqual([]);
  });

  it("takes a verdict given before its answer landed and applies it when the answer lands", async () => {
    const site = await answeringSite();
    const turn = await chat(site, QUESTION);
    const verdict = await post("/v1/feedback", {
      site,
      conversationId: turn.conversationId,
      messageId: turn.messageId,
      helpful: false,
    });
    expect(verdict.status).toBe(204);
    const landed = await eventually(async () => {
      const [row] = await rowsOf(turn.conversationId);
      return row?.helpful === 0 ? row : null;
    });
    expect(landed.id).toBe(turn.messageId);
    // Moved onto its row, not kept twice.
    const kept = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM late_verdicts WHERE message_id = ?",
    )
      .bind(turn.messageId)
      .first<number>("n");
    expect(kept).toBe(0);
  });

  it("takes a pick among an answer's alternatives before the answer landed, checked against them when it lands", async () => {
    const site = await siteWithOutdoorKb();
    const turn = await chat(site, "where is my order");
    if (turn.reply.type !== "answer")
      throw new Error(`expected an answer: ${JSON.stringify(turn)}`);
    const [alternative] = turn.reply.suggestions ?? [];
    if (!alternative) throw new Error("expected alternatives with the answer");
    const pick = (picked: string) =>
      post("/v1/feedback", {
        site,
        conversationId: turn.conversationId,
        messageId: turn.messageId,
        picked,
      });
    expect((await pick(alternative.documentId)).status).toBe(204);
    // Not offered with this answer: kept too (the offer is not there to check yet), never stored.
    expect((await pick("https://acme.example/help/tracking")).status).toBe(204);
    const picks = () =>
      env.DB.prepare("SELECT doc_id AS docId, question FROM picks WHERE message_id = ?")
        .bind(turn.messageId)
        .all<{ docId: string; question: string }>();
    const stored = await eventually(async () => {
      const { results } = await picks();
      return results.length > 0 ? results : null;
    });
    expect(stored).toEqual([{ docId: alternative.documentId, question: "where is my order" }]);
    const kept = await env.DB.prepare("SELECT COUNT(*) AS n FROM late_picks WHERE message_id = ?")
      .bind(turn.messageId)
      .first<number>("n");
    expect(kept).toBe(0);
    // Once it landed, a pick is checked at once again.
    expect((await pick("https://acme.example/help/tracking")).status).toBe(404);
  });

  it("drops, after a day, a kept verdict whose answer never landed", async () => {
    const old = new Date(Date.now() - 25 * 3600 * 1000).toISOString();
    const fresh = new Date().toISOString();
    const [stale, recent] = [crypto.randomUUID(), crypto.randomUUID()];
    for (const [id, at] of [
      [stale, old],
      [recent, fresh],
    ] as const) {
      await env.DB.prepare(
        "INSERT INTO late_verdicts (message_id, conversation_id, helpful, helpful_by, helpful_at) VALUES (?, ?, 0, NULL, ?)",
      )
        .bind(id, crypto.randomUUID(), at)
        .run();
    }
    await expireUnlandedVerdicts(env);
    const left = await env.DB.prepare(
      "SELECT message_id AS id FROM late_verdicts WHERE message_id IN (?, ?)",
    )
      .bind(stale, recent)
      .all<{ id: string }>();
    expect(left.results.map((r) => r.id)).toEqual([recent]);
  });

  it("still refuses a verdict on an id the worker never signed for that conversation", async () => {
    const site = await answeringSite();
    const turn = await chat(site, QUESTION);
    const [uuid] = turn.messageId.split(".");
    const forged = await post("/v1/feedback", {
      site,
      conversationId: turn.conversationId,
      messageId: `${uuid}.0123456789abcdef`,
      helpful: false,
    });
    expect(forged.status).toBe(404);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe(
      "conversation_not_found",
    );
    // The right signature for another conversation proves nothing about this one.
    const elsewhere = await post("/v1/feedback", {
      site,
      conversationId: crypto.randomUUID(),
      messageId: turn.messageId,
      helpful: false,
    });
    expect(elsewhere.status).toBe(404);
    // Once the conversation is there, an unknown id is the usual 404.
    await eventually(async () => (await rowsOf(turn.conversationId)).length === 2);
    const unknown = await post("/v1/feedback", {
      site,
      conversationId: turn.conversationId,
      messageId: crypto.randomUUID(),
      helpful: true,
    });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe(
      "answer_not_found",
    );
  });

  it("writes a message judged a handoff at once, so its handoff is accepted at once", async () => {
    const site = await answeringSite();
    const turn = await chat(site, "Do you sell gift cards for birthdays?");
    expect(turn.reply).toMatchObject({ type: "handoff", reason: "low_confidence" });
    expect((await rowsOf(turn.conversationId)).map((r) => r.decision)).toEqual(["handoff"]);
    const handoff = await handOff(
      site,
      turn.conversationId,
      "Do you sell gift cards for birthdays?",
      "low_confidence",
    );
    expect(handoff.status).toBe(202);
  });

  it("gives a handoff made before the earlier answer landed that answer as its last AI reply once it lands", async () => {
    const site = await answeringSite();
    const turn = await chat(site, QUESTION);
    // The widget caught a keyword itself: a handoff at once, the answer still in the queue.
    const res = await handOff(site, turn.conversationId, "talk to a human", "keyword");
    expect(res.status).toBe(202);
    const { handoffId } = (await res.json()) as { handoffId: string };
    const lastReply = () =>
      env.DB.prepare("SELECT last_ai_reply AS r FROM handoffs WHERE id = ?")
        .bind(handoffId)
        .first<string | null>("r");
    expect(await lastReply()).toBeNull();
    const landed = await eventually(lastReply);
    expect(landed).toBe(turn.reply.type === "answer" ? turn.reply.text : "");
    // The transcript holds the answer before the handoff's message, as it was written.
    expect((await rowsOf(turn.conversationId)).map((r) => r.role)).toEqual([
      "visitor",
      "assistant",
      "visitor",
    ]);
  });

  it("delivers a handoff made right after an answer with that answer as its last AI reply", async () => {
    const site = uniqueSite();
    const hook = receiverPath();
    await putSite(site, { channels: [{ id: "crm", type: "webhook", url: hook.url }] });
    await putKb(site);
    const turn = await chat(site, QUESTION);
    const res = await handOff(site, turn.conversationId, "talk to a human", "keyword");
    expect(res.status).toBe(202);
    const [delivery] = await eventually(async () => {
      const received = await receivedAt(hook.path);
      return received.length > 0 ? received : null;
    });
    const payload = JSON.parse(delivery?.body ?? "{}") as WebhookPayload;
    expect(payload.last_ai_reply).toBe(turn.reply.type === "answer" ? turn.reply.text : "");
  });

  it("writes an answer after a handoff at once, with its follow-up deliveries naming it", async () => {
    const site = uniqueSite();
    await putSite(site, {
      channels: [{ id: "crm", type: "webhook", url: "https://crm.example/hook" }],
    });
    await putKb(site);
    const first = await chat(site, "I want to talk to a human");
    expect(first.reply.type).toBe("handoff");
    const accepted = await handOff(
      site,
      first.conversationId,
      "I want to talk to a human",
      "keyword",
    );
    expect(accepted.status).toBe(202);
    const later = await chat(site, QUESTION, first.conversationId);
    expect(later.reply.type).toBe("answer");
    expect((await rowsOf(first.conversationId)).map((r) => r.id)).toContain(later.messageId);
    const followUp = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM deliveries WHERE kind = 'follow_up' AND subject_id = ?",
    )
      .bind(later.messageId)
      .first<number>("n");
    expect(followUp).toBe(1);
  });
});

describe("the question log's consumer", () => {
  const turnOf = (site: string, conversationId: string, text: string): QuestionLogMessage => {
    const now = new Date().toISOString();
    return {
      kind: "turn",
      conversation: { id: conversationId, site, createdAt: now },
      messages: [
        visitorRow(
          site,
          {
            id: crypto.randomUUID(),
            conversationId,
            text,
            confidence: 0.9,
            decision: "answer",
            reason: null,
            matched: null,
            threshold: 0.5,
            visitor: "0123456789abcdef",
          },
          now,
        ),
        assistantRow(site, { id: crypto.randomUUID(), conversationId, text: `re: ${text}` }, now),
      ],
    };
  };

  it("stores a batch of turns in one go, idempotently, and never into another site's conversation", async () => {
    const site = uniqueSite();
    const other = uniqueSite();
    const ids = Array.from({ length: 30 }, () => crypto.randomUUID());
    const taken = crypto.randomUUID();
    await env.DB.prepare("INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?)")
      .bind(taken, other, new Date().toISOString())
      .run();
    const bodies = [
      ...ids.map((id, i) => turnOf(site, id, `question ${i}`)),
      turnOf(site, taken, "written into another site's conversation"),
    ];
    const messages = bodies.map((body, i) => ({
      id: `m${i}`,
      timestamp: new Date(),
      attempts: 1,
      body,
    }));
    for (let run = 0; run < 2; run++) {
      const batch = createMessageBatch(QUESTION_LOG_QUEUE, messages);
      const ctx = createExecutionContext();
      await handleQuestionLogBatch(batch as MessageBatch<QuestionLogMessage>, env);
      const result = await getQueueResult(batch, ctx);
      expect(result.explicitAcks).toHaveLength(messages.length);
    }
    const stored = await env.DB.prepare(
      `SELECT m.conversation_id AS c, m.role FROM messages m
       WHERE m.conversation_id IN (SELECT value FROM json_each(?)) ORDER BY m.created_at, m.rowid`,
    )
      .bind(JSON.stringify([...ids, taken]))
      .all<{ c: string; role: string }>();
    // Every turn once, the visitor's message before the reply; nothing in the other site's.
    expect(stored.results).toHaveLength(60);
    expect(stored.results.filter((r) => r.c === taken)).toEqual([]);
    for (const id of ids) {
      expect(stored.results.filter((r) => r.c === id).map((r) => r.role)).toEqual([
        "visitor",
        "assistant",
      ]);
    }
  });

  // Reliability review, 7 December 2026: a turn D1 refused was retried at once, its 10 retries
  // (max_retries, no dead-letter queue) spent within seconds, so a minute's outage dropped it.
  it("retries a turn its database refuses on a backoff that outlasts an outage, alone or in a batch, the others stored", async () => {
    const site = uniqueSite();
    const fine = crypto.randomUUID();
    // A database that refuses every write: here one the worker does not bind.
    const refused = { ...turnOf(site, crypto.randomUUID(), "refused"), database: "DB_9" };
    // The batch as the queue hands it over, recording what the consumer asks of each message
    // (the test pool's getQueueResult drops a retry's delay).
    const run = async (bodies: QuestionLogMessage[], attempts: number) => {
      const outcome = new Map<string, "ack" | number | undefined>();
      const messages = bodies.map((body, i) => ({
        id: `m${i}`,
        timestamp: new Date(),
        attempts,
        body,
        ack: () => outcome.set(`m${i}`, "ack"),
        retry: (options?: { delaySeconds?: number }) => outcome.set(`m${i}`, options?.delaySeconds),
      }));
      await handleQuestionLogBatch(
        { queue: QUESTION_LOG_QUEUE, messages } as unknown as MessageBatch<QuestionLogMessage>,
        env,
      );
      return outcome;
    };
    const first = await run([turnOf(site, fine, "fine"), refused], 1);
    expect(first.get("m0")).toBe("ack");
    expect(first.get("m1")).toBeGreaterThanOrEqual(24);
    expect(await rowsOf(fine)).toHaveLength(2);
    // Alone in its batch, and later: retried on a doubling delay, not thrown (an immediate retry).
    const alone = await run([refused], 9);
    expect(alone.get("m0")).toBeGreaterThanOrEqual(2_880);
  });
});
