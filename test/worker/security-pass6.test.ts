import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ChatResponse, ConversationMessages, Suggestion } from "../../shared/api.ts";
import { MAX_PICKS_PER_VISITOR_PER_DAY } from "../../shared/limits.ts";
import { createApp } from "../../worker/app.ts";
import {
  handleQuestionLogBatch,
  QUESTION_LOG_QUEUE,
  type QuestionLogMessage,
} from "../../worker/conversations/question-log.ts";
import type { LiveEvent } from "../../worker/live/conversation-live.ts";
import { slackSignature } from "../../worker/slack/signature.ts";
import {
  acceptedHandoff,
  call,
  env,
  eventually,
  FRESH_WINDOW_TIMEOUT_MS,
  putKb,
  freshLimitWindow,
  ORIGIN,
  putSite,
  receiverPath,
  setReceiverMode,
  testAddress,
  uniqueSite,
  slackAppSite,
  slackThreadReply,
} from "./helpers.ts";
import { siteWithOutdoorKb } from "./suggestion-helpers.ts";

// Findings of the sixth security pass (docs/security.md), each through the real worker.

describe("live objects of two sites' conversations of one id", () => {
  // A conversation id is the client's choice, unique only per database, and sites are sharded
  // over databases: keyed by the id alone, both sites' widgets shared one live object.
  function open(site: string, conversationId: string) {
    return call(`/v1/conversations/${conversationId}/live?site=${site}`, {
      headers: { upgrade: "websocket", origin: ORIGIN },
    });
  }

  /** Every text frame a socket receives, and a round trip after which all sent before it are in. */
  function listen(socket: WebSocket) {
    const seen: string[] = [];
    socket.addEventListener("message", (event) => seen.push(String(event.data)));
    return {
      seen,
      texts: () =>
        seen.filter((f) => f !== "pong").map((f) => (JSON.parse(f) as LiveEvent).message.text),
      async settled() {
        const pongs = seen.filter((f) => f === "pong").length;
        socket.send("ping");
        await eventually(async () => seen.filter((f) => f === "pong").length > pongs);
      },
    };
  }

  it("are two objects: each site's widget is pushed its own team's replies only", async () => {
    const conversationId = crypto.randomUUID();
    const a = uniqueSite();
    const b = uniqueSite();
    expect((await putSite(a, {})).status).toBe(200);
    expect((await putSite(b, { database: "DB_2" })).status).toBe(200);
    const handoffA = await acceptedHandoff(a, { conversationId });
    const handoffB = await acceptedHandoff(b, { conversationId });
    const sockets = await Promise.all([open(a, conversationId), open(b, conversationId)]);
    const [listenA, listenB] = sockets.map((res) => {
      expect(res.status).toBe(101);
      const socket = res.webSocket;
      if (!socket) throw new Error("no socket");
      socket.accept();
      return listen(socket);
    });
    if (!listenA || !listenB) throw new Error("no listeners");
    for (const [handoffId, text] of [
      [handoffB.handoffId, "For site b's visitor"],
      [handoffA.handoffId, "For site a's visitor"],
    ] as const) {
      const res = await call(`/admin/api/handoffs/${handoffId}/replies`, {
        method: "POST",
        admin: true,
        json: { text },
      });
      expect(res.status).toBe(201);
    }
    await eventually(async () => listenA.texts().length > 0 && listenB.texts().length > 0);
    await Promise.all([listenA.settled(), listenB.settled()]);
    expect(listenA.texts()).toEqual(["For site a's visitor"]);
    expect(listenB.texts()).toEqual(["For site b's visitor"]);
    // Each conversation's read is its own site's too.
    const read = async (site: string) => {
      const res = await call(`/v1/conversations/${conversationId}?site=${site}`);
      const { messages } = (await res.json()) as ConversationMessages;
      return messages.filter((m) => m.role === "team").map((m) => m.text);
    };
    expect(await read(a)).toEqual(["For site a's visitor"]);
    expect(await read(b)).toEqual(["For site b's visitor"]);
  });
});

describe("the Slack Events endpoint's own limit", () => {
  const SIGNING_SECRET = "6a1b0c55d4e3f2a1908877665544aabb";

  async function slackSite() {
    const { site } = await slackAppSite({
      methods: ["chat.postMessage", "users.info"],
      signingSecret: SIGNING_SECRET,
    });
    const conversationId = crypto.randomUUID();
    const { handoffId } = await acceptedHandoff(site, { conversationId, email: null });
    const { ts } = await eventually(() =>
      env.DB.prepare("SELECT ts FROM slack_threads WHERE handoff_id = ?")
        .bind(handoffId)
        .first<{ ts: string }>(),
    );
    return { site, conversationId, ts };
  }

  /** A request to the Events endpoint from `address`, signed with `secret` (or as `signature`). */
  async function slackEvent(
    site: string,
    raw: string,
    address: string,
    options: { secret?: string; signature?: string | null; headers?: Record<string, string> } = {},
  ) {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature =
      options.signature === undefined
        ? `v0=${await slackSignature(options.secret ?? SIGNING_SECRET, timestamp, raw)}`
        : options.signature;
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "cf-connecting-ip": address,
      "x-slack-request-timestamp": timestamp,
      ...options.headers,
    };
    if (signature !== null) headers["x-slack-signature"] = signature;
    return call(`/slack/events/${site}`, { method: "POST", headers, body: raw });
  }

  const threadReply = (ts: string, text: string) => JSON.stringify(slackThreadReply(ts, text));

  async function teamTexts(site: string, conversationId: string): Promise<string[]> {
    const res = await call(`/v1/conversations/${conversationId}?site=${site}`);
    const { messages } = (await res.json()) as ConversationMessages;
    return messages.filter((m) => m.role === "team").map((m) => m.text);
  }

  /** `n` requests at once, 100 at a time; their statuses. */
  async function many(n: number, send: () => Promise<Response>): Promise<number[]> {
    const statuses: number[] = [];
    for (let done = 0; done < n; done += 100) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(100, n - done) }, async () => {
          const res = await send();
          await res.body?.cancel();
          return res.status;
        }),
      );
      statuses.push(...batch);
    }
    return statuses;
  }

  it(
    "holds a sender to 600 a minute before its body, the site or a signature is read; Slack's retry is written once",
    async () => {
      const { site, conversationId, ts } = await slackSite();
      await freshLimitWindow();
      const sender = testAddress();
      // Forged: fresh and well-formed, signed with another secret. Each is a 401 and counts.
      const forged = await many(600, () =>
        slackEvent(site, threadReply(ts, "Forged"), sender, { secret: "not-the-secret" }),
      );
      expect(forged.every((s) => s === 401)).toBe(true);

      // Slack's own event from that address now waits: 429, which Slack retries.
      const event = threadReply(ts, "Your parcel left today");
      const limited = await slackEvent(site, event, sender);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(limited.headers.get("x-slack-no-retry")).toBeNull();
      expect(((await limited.json()) as { error: { code: string } }).error.code).toBe(
        "rate_limited",
      );
      // Refused before its body is read: over the 64 KB a body may have, still 429, not 413.
      const big = await slackEvent(site, JSON.stringify({ pad: "x".repeat(70_000) }), sender);
      expect(big.status).toBe(429);
      await big.body?.cancel();
      expect(await teamTexts(site, conversationId)).toEqual([]);

      // Slack's retries (from its other addresses) are answered 200 and written once.
      for (const n of [1, 2]) {
        const retry = await slackEvent(site, event, testAddress(), {
          headers: { "x-slack-retry-num": String(n), "x-slack-retry-reason": "http_error" },
        });
        expect(retry.status).toBe(200);
      }
      expect(await teamTexts(site, conversationId)).toEqual(["Your parcel left today"]);
    },
    FRESH_WINDOW_TIMEOUT_MS + 60_000,
  );

  it(
    "refuses a request that cannot be signed now at once, without spending the sender's budget",
    async () => {
      const { site, conversationId, ts } = await slackSite();
      await freshLimitWindow();
      const sender = testAddress();
      const stale = String(Math.floor(Date.now() / 1000) - 600);
      const unsigned = await many(700, () =>
        slackEvent(site, threadReply(ts, "Unsigned"), sender, {
          signature: [null, "v0=abc", "v1=0"][Math.floor(Math.random() * 3)] ?? null,
        }),
      );
      const staleOnes = await many(100, () =>
        slackEvent(site, threadReply(ts, "Stale"), sender, {
          headers: { "x-slack-request-timestamp": stale },
        }),
      );
      expect([...unsigned, ...staleOnes].every((s) => s === 401)).toBe(true);
      // Well over 600 refusals, none counted: the team's reply from that address is written.
      const res = await slackEvent(site, threadReply(ts, "Checking with the warehouse"), sender);
      expect(res.status).toBe(200);
      expect(await teamTexts(site, conversationId)).toEqual(["Checking with the warehouse"]);
    },
    FRESH_WINDOW_TIMEOUT_MS + 60_000,
  );
});

describe("picks per visitor and day", () => {
  /**
   * The app as deployed, answered turns going through the question-log queue, whose messages are
   * held here until `land` hands them to its real consumer: the picks meanwhile find no row.
   */
  const app = createApp();
  const held: QuestionLogMessage[] = [];
  const heldQueue = {
    async send(body: QuestionLogMessage) {
      held.push(body);
    },
    async sendBatch(messages: { body: QuestionLogMessage }[]) {
      held.push(...messages.map((m) => m.body));
    },
  };
  const queuedEnv = {
    ...env,
    QUESTION_LOG_MODE: "queue",
    QUESTION_LOG: heldQueue,
  } as unknown as Env;
  async function land() {
    const bodies = held.splice(0);
    const batch = createMessageBatch(
      QUESTION_LOG_QUEUE,
      bodies.map((body, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 1, body })),
    );
    const ctx = createExecutionContext();
    await handleQuestionLogBatch(batch as MessageBatch<QuestionLogMessage>, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.retryMessages).toEqual([]);
  }

  /** A visitor's request, to the app whose turns land through the queue when `queued`. */
  function post(path: string, json: unknown, address: string, queued: boolean) {
    const headers = {
      origin: ORIGIN,
      "content-type": "application/json",
      "cf-connecting-ip": address,
    };
    const init = { method: "POST", headers, body: JSON.stringify(json) };
    if (!queued) return call(path, init);
    const request = new Request(`http://worker.test${path}`, init);
    return app.fetch(request, queuedEnv, createExecutionContext());
  }

  /** The first article a reply offered: an answer's alternative, or a suggestion beside a person. */
  function offeredOf(chat: ChatResponse): Suggestion {
    const reply = chat.reply;
    const offered = "suggestions" in reply ? reply.suggestions?.[0] : undefined;
    if (!offered) throw new Error(`nothing offered: ${JSON.stringify(chat)}`);
    return offered;
  }

  async function storedPicks(site: string): Promise<number> {
    return (
      (await env.DB.prepare(
        `SELECT (SELECT COUNT(*) FROM picks WHERE site = ?1)
              + (SELECT COUNT(*) FROM late_picks WHERE site = ?1) AS n`,
      )
        .bind(site)
        .first<number>("n")) ?? 0
    );
  }

  for (const queued of [false, true]) {
    it(`are held to ${MAX_PICKS_PER_VISITOR_PER_DAY}, sent at once${queued ? " before their replies landed" : ""}; past it still 204, stored nowhere`, async () => {
      const site = await siteWithOutdoorKb();
      const total = MAX_PICKS_PER_VISITOR_PER_DAY + 5;
      // One /48, a /64 each: one visitor as evidence, a chat budget per request.
      const address = (i: number) => `2001:db8:6:${i.toString(16)}::1`;
      // At once, and the picks right after: through the queue, before the rows land (a second).
      const chats = await Promise.all(
        Array.from({ length: total }, async (_, i) => {
          const json = { site, message: "where is my order" };
          const res = await post("/v1/chat", json, address(i), queued);
          expect(res.status).toBe(200);
          return (await res.json()) as ChatResponse;
        }),
      );
      const pick = (chat: ChatResponse, i: number) => {
        const offered = offeredOf(chat);
        const json = {
          site,
          conversationId: chat.conversationId,
          messageId: chat.messageId,
          picked: offered.url ?? offered.documentId,
        };
        return post("/v1/feedback", json, address(i), queued);
      };
      const statuses = await Promise.all(
        chats.map(async (chat, i) => {
          const res = await pick(chat, i);
          await res.body?.cancel();
          return res.status;
        }),
      );
      // The spec's 204 for every pick: past the limit it is simply not counted.
      expect(statuses).toEqual(chats.map(() => 204));
      const keptLate = await env.DB.prepare("SELECT COUNT(*) AS n FROM late_picks WHERE site = ?")
        .bind(site)
        .first<number>("n");
      // Before their rows: each pick was kept, up to the limit; the rest nowhere.
      expect(keptLate).toBe(queued ? MAX_PICKS_PER_VISITOR_PER_DAY : 0);
      if (queued) await land();
      // Kept picks land with their rows; what is stored stays at the limit.
      const landed = await env.DB.prepare("SELECT COUNT(*) AS n FROM picks WHERE site = ?")
        .bind(site)
        .first<number>("n");
      expect(landed).toBe(MAX_PICKS_PER_VISITOR_PER_DAY);
      expect(await storedPicks(site)).toBe(MAX_PICKS_PER_VISITOR_PER_DAY);

      // Picking again on a reply already counted is free, and a pick the reply never offered
      // is still a 404 past the limit.
      const { results } = await env.DB.prepare("SELECT message_id AS id FROM picks WHERE site = ?")
        .bind(site)
        .all<{ id: string }>();
      const counted = chats.findIndex((c) => c.messageId === results[0]?.id);
      expect((await pick(chats[counted] as ChatResponse, counted)).status).toBe(204);
      const never = await post(
        "/v1/feedback",
        {
          site,
          conversationId: chats[0]?.conversationId,
          messageId: chats[0]?.messageId,
          picked: "https://elsewhere.example/never-offered",
        },
        address(0),
        false,
      );
      expect(never.status).toBe(404);
      expect(await storedPicks(site)).toBe(MAX_PICKS_PER_VISITOR_PER_DAY);

      // Another visitor of the site is not held by the first one's picks.
      const other = await post(
        "/v1/chat",
        { site, message: "where is my order" },
        "203.0.113.66",
        false,
      );
      const otherChat = (await other.json()) as ChatResponse;
      const offered = offeredOf(otherChat);
      const res = await post(
        "/v1/feedback",
        {
          site,
          conversationId: otherChat.conversationId,
          messageId: otherChat.messageId,
          picked: offered?.url ?? offered?.documentId,
        },
        "203.0.113.66",
        false,
      );
      expect(res.status).toBe(204);
      expect(await storedPicks(site)).toBe(MAX_PICKS_PER_VISITOR_PER_DAY + 1);
    }, 60_000);
  }
});

describe("an answer model that stops mid-response", () => {
  // The 64 KB cap reads the response as it arrives; the model's 8 s timeout must bound that read
  // too, or a model that sends its headers and then nothing more holds the visitor's message.
  it("costs the visitor at most the model's timeout, then the extractive answer", async () => {
    const llm = receiverPath();
    await setReceiverMode(llm.path, "stall-body");
    const site = uniqueSite();
    await putSite(site, { answerModel: { url: llm.url, model: "small-model" } });
    await putKb(site);
    const started = Date.now();
    const res = await call("/v1/chat", {
      method: "POST",
      json: { site, message: "How many days do I have to return an item for a refund?" },
    });
    const took = Date.now() - started;
    expect(res.status).toBe(200);
    const { reply } = (await res.json()) as ChatResponse;
    expect(reply).toMatchObject({ type: "answer", sources: [{ title: "Returns and refunds" }] });
    expect(reply.type === "answer" && reply.text).toMatch(/30 days/);
    console.log(`a stalled model's response cost the visitor ${took} ms`);
    expect(took).toBeLessThan(12_000);
  }, 40_000);
});

describe("a visitor's 429 read from another origin", () => {
  // Since the spec-contract stop, an error found before the site is known is readable by any
  // origin; the visitor limits run before the site's config, so their 429 was too. A page on
  // another origin, spending a visitor's budget from their browser (5 handoffs a minute), could
  // then read whether the visitor had asked that site for a person in this minute.
  it(
    "is readable by the site's own origins only",
    async () => {
      await freshLimitWindow();
      const site = uniqueSite();
      await putSite(site, {});
      const address = testAddress();
      const handoff = (origin: string) =>
        call("/v1/handoff", {
          method: "POST",
          headers: { origin, "cf-connecting-ip": address },
          json: {
            site,
            conversationId: crypto.randomUUID(),
            message: "talk to a human",
            reason: "keyword",
          },
        });
      // The visitor asked once; the other page then spends the rest of the minute's five.
      expect((await handoff(ORIGIN)).status).toBe(202);
      const foreign: Response[] = [];
      for (let i = 0; i < 5; i++) foreign.push(await handoff("https://evil.example"));
      expect(foreign.map((r) => r.status)).toEqual([403, 403, 403, 403, 429]);
      for (const res of foreign) {
        expect(res.headers.get("access-control-allow-origin")).toBeNull();
        await res.body?.cancel();
      }
      // The site's own page still reads its 429 and when to try again.
      const own = await handoff(ORIGIN);
      expect(own.status).toBe(429);
      expect(own.headers.get("access-control-allow-origin")).toBe(ORIGIN);
      expect(own.headers.get("access-control-expose-headers")).toMatch(/retry-after/i);
      // An unknown site's 429 says nothing of any site, and stays readable.
      const unknown = uniqueSite();
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 6; i++) {
        last = await call("/v1/handoff", {
          method: "POST",
          headers: { origin: "https://evil.example", "cf-connecting-ip": address },
          json: {
            site: unknown,
            conversationId: crypto.randomUUID(),
            message: "talk to a human",
            reason: "keyword",
          },
        });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
      expect(last?.headers.get("access-control-allow-origin")).toBe("https://evil.example");
    },
    FRESH_WINDOW_TIMEOUT_MS,
  );
});
