import { createMessageBatch } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { env } from "cloudflare:workers";
import { inject } from "vitest";
import type { ReceiverMode, RecordedRequest } from "../../scripts/webhook-receiver.ts";
import type { ChatResponse, HandoffAccepted } from "../../shared/api.ts";
import { insertConversationIfMissing } from "../../worker/conversations/store.ts";
import { insertDelivery } from "../../worker/handoff/deliveries-store.ts";
import { insertHandoff } from "../../worker/handoff/store.ts";

export const ADMIN_TOKEN = "test-admin-token-0123456789abcdef-long";
export const ORIGIN = "https://shop.example";
export const WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/** A request to the worker under test, through its real fetch handler. */
export function call(
  path: string,
  init: RequestInit & { json?: unknown; admin?: boolean } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.json !== undefined) headers.set("content-type", "application/json");
  if (init.admin) headers.set("authorization", `Bearer ${ADMIN_TOKEN}`);
  // Each call comes from its own address unless a test names one: rate limits keyed by address
  // (sign-in attempts, visitors) are shared by every test file, and tests are independent visitors.
  if (!headers.has("cf-connecting-ip")) headers.set("cf-connecting-ip", testAddress());
  const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
  return exports.default.fetch(
    new Request(`http://worker.test${path}`, { ...init, headers, body }),
  );
}

/** A random address in the benchmarking range 198.18.0.0/15, never a real visitor's. */
export function testAddress(): string {
  const n = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;
}

/** A unique receiver path per test, so parallel tests never read each other's deliveries. */
export function receiverPath(): { url: string; path: string } {
  const path = `/hook/${crypto.randomUUID()}`;
  return { url: `${inject("receiverUrl")}${path}`, path };
}

export async function receivedAt(path: string): Promise<RecordedRequest[]> {
  const res = await fetch(`${inject("receiverUrl")}/__requests`);
  const all = (await res.json()) as RecordedRequest[];
  return all.filter((r) => r.path === path);
}

export async function setReceiverMode(path: string, mode: ReceiverMode): Promise<void> {
  await fetch(`${inject("receiverUrl")}/__mode?mode=${mode}&path=${encodeURIComponent(path)}`, {
    method: "POST",
  });
}

/** A site with sensible test defaults, saved through the admin API. */
export async function putSite(site: string, config: Record<string, unknown>): Promise<Response> {
  const res = await call(`/admin/api/sites/${site}`, {
    method: "PUT",
    admin: true,
    json: { name: "Acme", allowedOrigins: [ORIGIN], ...config },
  });
  return res;
}

export const SLACK_BOT_TOKEN = "xoxb-1234567890-abcdefghijkl";
export const SLACK_SIGNING_SECRET = "8f742231b10e8888abcd990000008a5a";

/**
 * A site with a Slack app channel (`team-slack`, posting to C0TEAM) whose Web API is the
 * receiver: Slack's servers at the HTTP boundary. Each of `methods` answers in `mode`; `others`
 * are more channels beside it.
 */
export async function slackAppSite(
  options: {
    methods?: readonly string[];
    mode?: ReceiverMode;
    signingSecret?: string;
    others?: readonly Record<string, unknown>[];
  } = {},
): Promise<{ site: string; slack: { url: string; path: string } }> {
  const site = uniqueSite();
  const slack = receiverPath();
  for (const method of options.methods ?? ["chat.postMessage"]) {
    await setReceiverMode(`${slack.path}/${method}`, options.mode ?? "slack");
  }
  const saved = await putSite(site, {
    channels: [
      {
        id: "team-slack",
        type: "slack-app",
        botToken: SLACK_BOT_TOKEN,
        signingSecret: options.signingSecret ?? SLACK_SIGNING_SECRET,
        channel: "C0TEAM",
        apiUrl: slack.url,
      },
      ...(options.others ?? []),
    ],
  });
  if (!saved.ok) throw new Error(`saving a Slack app site: ${saved.status} ${await saved.text()}`);
  return { site, slack };
}

/**
 * A Slack Events API callback: a team member's (U0MARIA) message in the thread `threadTs` of
 * C0TEAM, with `extra` fields on the event (a bot's `bot_id`, an edit's `subtype`).
 */
export function slackThreadReply(
  threadTs: string,
  text: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: "event_callback",
    event_id: `Ev${crypto.randomUUID()}`,
    event: {
      type: "message",
      user: "U0MARIA",
      text,
      channel: "C0TEAM",
      ts: `1700000999.${Math.floor(Math.random() * 1e6)}`,
      thread_ts: threadTs,
      ...extra,
    },
  };
}

export const KB_DOCUMENTS = [
  {
    id: "returns",
    title: "Returns and refunds",
    text: "You can return any unused item within 30 days of delivery for a full refund.\n\nRefunds are issued to your original payment method within 5 business days after we receive the returned item.",
    url: "https://acme.example/help/returns",
  },
  {
    id: "shipping",
    title: "Shipping and delivery",
    text: "Standard shipping is free on orders over $50 and takes 3 to 5 business days. Express shipping takes 1 to 2 business days and costs $15.",
    url: "https://acme.example/help/shipping",
  },
];

/** Imports `documents` (the two Acme articles unless given) as `site`'s knowledge base. */
export async function putKb(
  site: string,
  documents: readonly Record<string, unknown>[] = KB_DOCUMENTS,
): Promise<void> {
  const res = await call(`/admin/api/sites/${site}/kb`, {
    method: "PUT",
    admin: true,
    json: { documents },
  });
  if (res.status !== 200) throw new Error(`kb upload failed: ${res.status} ${await res.text()}`);
}

/** A visitor's message to `site` from its allowed origin: the answer, whatever its status. */
export async function postChat(
  site: string,
  message: string,
  conversationId?: string,
): Promise<{ res: Response; body: ChatResponse }> {
  const res = await call("/v1/chat", {
    method: "POST",
    json: { site, message, conversationId },
    headers: { origin: ORIGIN },
  });
  return { res, body: (await res.json()) as ChatResponse };
}

/** A visitor's message to `site` from its allowed origin; the chat must answer 200. */
export async function chat(
  site: string,
  message: string,
  conversationId?: string,
): Promise<ChatResponse> {
  const { res, body } = await postChat(site, message, conversationId);
  if (res.status !== 200) throw new Error(`chat failed: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

/**
 * A visitor's `POST /v1/handoff` to `site` from its allowed origin: by default a keyword handoff
 * ("talk to a human", no email) that starts a new conversation. `fields` replaces or adds body
 * fields, `headers` adds to or replaces the origin (a visitor's address, an Idempotency-Key).
 * Tests whose point is the request's exact shape (errors, the contract) write it out instead.
 */
export function postHandoff(
  site: string,
  fields: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Response> {
  return call("/v1/handoff", {
    method: "POST",
    json: {
      site,
      conversationId: crypto.randomUUID(),
      message: "talk to a human",
      reason: "keyword",
      ...fields,
    },
    headers: { origin: ORIGIN, ...headers },
  });
}

/** `postHandoff` that must be accepted (202): the handoff's id and its conversation's. */
export async function acceptedHandoff(
  site: string,
  fields: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ conversationId: string; handoffId: string }> {
  const conversationId = (fields.conversationId as string | undefined) ?? crypto.randomUUID();
  const res = await postHandoff(site, { ...fields, conversationId }, headers);
  if (res.status !== 202) throw new Error(`handoff failed: ${res.status} ${await res.text()}`);
  return { conversationId, handoffId: ((await res.json()) as HandoffAccepted).handoffId };
}

/** How many handoffs `site` has stored on the default database. */
export async function storedHandoffs(site: string): Promise<number> {
  const sql = "SELECT COUNT(*) AS n FROM handoffs WHERE site = ?";
  return (await env.DB.prepare(sql).bind(site).first<number>("n")) ?? 0;
}

/** Long enough for `freshLimitWindow`'s wait and the burst after it. */
export const FRESH_WINDOW_TIMEOUT_MS = 30_000;

/**
 * Waits out the last 15 seconds of the rate limiter's minute: its windows are aligned to the wall
 * clock (miniflare counts in `floor(now / period)`), so a burst that straddles a minute is two
 * windows' worth, neither over, and a limit the test expects to trip doesn't. A test (or hook)
 * that calls it needs a timeout of FRESH_WINDOW_TIMEOUT_MS.
 */
export async function freshLimitWindow(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

export function uniqueSite(): string {
  return `site-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * A keyword handoff of `site` written straight into `db`, with one pending webhook delivery to
 * each of `channelIds`: what a delivery queue's consumer or the overdue sweep then finds, without
 * a request to `POST /v1/handoff` (which would also enqueue and deliver them).
 */
export async function storeHandoff(
  db: D1Database,
  options: {
    site: string;
    channelIds: readonly string[];
    createdAt?: string;
    visitorMessage?: string;
  },
): Promise<{ handoffId: string; deliveryIds: string[] }> {
  const createdAt = options.createdAt ?? new Date().toISOString();
  const handoffId = crypto.randomUUID();
  const conversationId = crypto.randomUUID();
  const deliveryIds = options.channelIds.map(() => crypto.randomUUID());
  await db.batch([
    insertConversationIfMissing(db, { id: conversationId, site: options.site, createdAt }),
    ...insertHandoff(db, {
      id: handoffId,
      site: options.site,
      conversationId,
      reason: "keyword",
      matched: "talk to a human",
      confidence: null,
      threshold: 0.4,
      siteName: "Acme",
      visitorEmail: null,
      visitorMessage: options.visitorMessage ?? "talk to a human",
      lastAiReply: null,
      createdAt,
    }),
    ...options.channelIds.map((channelId, i) =>
      insertDelivery(
        db,
        { id: deliveryIds[i] ?? "", handoffId, channelId, channelType: "webhook" },
        createdAt,
      ),
    ),
  ]);
  return { handoffId, deliveryIds };
}

export { env };
export { eventually } from "../eventually.ts";

/** A delivery queue's batch of the given deliveries, first attempts, as the queue hands it over. */
export function deliveryBatch(queue: string, deliveryIds: readonly string[]) {
  return createMessageBatch(
    queue,
    deliveryIds.map((deliveryId, i) => ({
      id: `m${i}`,
      timestamp: new Date(),
      attempts: 1,
      body: { deliveryId },
    })),
  );
}

/**
 * `database` (`env.DB` unless given) that records, for each `all()`, how many rows it brought
 * into the worker and how many D1 read for it (`meta.rows_read`): what a bound on a page's or a
 * poll's reads is tested by.
 */
export function countingRows(database: D1Database = env.DB): {
  db: D1Database;
  reads: { returned: number; read: number }[];
} {
  const reads: { returned: number; read: number }[] = [];
  const db = new Proxy(database, {
    get(target, key) {
      if (key !== "prepare") return Reflect.get(target, key);
      return (sql: string) => {
        const bound = (statement: D1PreparedStatement): D1PreparedStatement =>
          new Proxy(statement, {
            get(s, k) {
              if (k === "bind") return (...values: unknown[]) => bound(s.bind(...values));
              if (k === "all")
                return async () => {
                  const result = await s.all();
                  reads.push({ returned: result.results.length, read: result.meta.rows_read });
                  return result;
                };
              // `first` reads as `all` does (D1 stops at no row sooner): counted the same way.
              if (k === "first")
                return async (column?: string) => {
                  const result = await s.all<Record<string, unknown>>();
                  reads.push({ returned: result.results.length, read: result.meta.rows_read });
                  const row = result.results[0] ?? null;
                  return column === undefined ? row : (row?.[column] ?? null);
                };
              const v = Reflect.get(s, k);
              return typeof v === "function" ? v.bind(s) : v;
            },
          });
        return bound(target.prepare(sql));
      };
    },
  });
  return { db, reads };
}
