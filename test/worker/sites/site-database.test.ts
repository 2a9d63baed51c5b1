import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ChatResponse, ErrorBody, HandoffAccepted } from "../../../shared/api.ts";
import { createApp } from "../../../worker/app.ts";
import worker from "../../../worker/index.ts";
import { sweepOverdueDeliveries } from "../../../worker/handoff/dispatch.ts";
import { queueIndexOf, siteQueueName } from "../../../worker/sites/site-database.ts";
import {
  ADMIN_TOKEN,
  call,
  env,
  eventually,
  ORIGIN,
  putKb,
  putSite,
  receivedAt,
  receiverPath,
  testAddress,
  uniqueSite,
  storeHandoff,
} from "../helpers.ts";

/** A site id whose deliveries the stable hash puts on the second delivery queue. */
function siteOnSecondQueue(): string {
  for (;;) {
    const site = uniqueSite();
    if (queueIndexOf(site, 2) === 1) return site;
  }
}

const count = async (db: D1Database, sql: string, ...binds: string[]) =>
  Number(
    (
      await db
        .prepare(sql)
        .bind(...binds)
        .first<{ n: number }>()
    )?.n ?? 0,
  );

/** The worker's app over the real bindings, with each delivery queue's sends recorded. */
function recordingApp() {
  const sent: { queue: string; bodies: unknown[] }[] = [];
  const recording = (name: "DELIVERIES" | "DELIVERIES_2") => ({
    send: (body: unknown, options?: QueueSendOptions) => {
      sent.push({ queue: name, bodies: [body] });
      return env[name].send(body, options);
    },
    sendBatch: (messages: Iterable<MessageSendRequest>, options?: QueueSendBatchOptions) => {
      const list = [...messages];
      sent.push({ queue: name, bodies: list.map((m) => m.body) });
      return env[name].sendBatch(list, options);
    },
  });
  const bindings = {
    ...env,
    DELIVERIES: recording("DELIVERIES"),
    DELIVERIES_2: recording("DELIVERIES_2"),
  } as unknown as Env;
  const app = createApp();
  const fetch = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set("cf-connecting-ip", testAddress());
    const ctx = createExecutionContext();
    const res = await app.fetch(
      new Request(`http://worker.test${path}`, { ...init, headers }),
      bindings,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    return res;
  };
  return { sent, fetch };
}

describe("a site sharded to its own database and queue", () => {
  it("keeps its conversation, handoff and deliveries on DB_2, none on DB, and its deliveries go through its queue", async () => {
    const site = siteOnSecondQueue();
    expect(siteQueueName(env, site)).toBe("DELIVERIES_2");
    const hook = receiverPath();
    const saved = await putSite(site, {
      database: "DB_2",
      channels: [{ id: "crm", type: "webhook", url: hook.url }],
    });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { database?: string }).database).toBe("DB_2");
    await putKb(site);

    const { sent, fetch } = recordingApp();
    const json = (body: unknown) => ({
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify(body),
    });
    const chat = await fetch("/v1/chat", json({ site, message: "How do I reset my password?" }));
    expect(chat.status).toBe(200);
    const { conversationId } = (await chat.json()) as ChatResponse;
    const res = await fetch(
      "/v1/handoff",
      json({ site, conversationId, message: "talk to a human", reason: "keyword" }),
    );
    expect(res.status).toBe(202);
    const { handoffId } = (await res.json()) as HandoffAccepted;

    // Everything of the site on its database, nothing on the default one.
    const bySite = "SELECT COUNT(*) AS n FROM handoffs WHERE site = ?";
    expect(await count(env.DB_2, bySite, site)).toBe(1);
    expect(await count(env.DB, bySite, site)).toBe(0);
    const conversations = "SELECT COUNT(*) AS n FROM conversations WHERE site = ?";
    expect(await count(env.DB_2, conversations, site)).toBe(1);
    expect(await count(env.DB, conversations, site)).toBe(0);
    const messages = "SELECT COUNT(*) AS n FROM messages WHERE conversation_id = ?";
    expect(await count(env.DB_2, messages, conversationId)).toBeGreaterThanOrEqual(2);
    expect(await count(env.DB, messages, conversationId)).toBe(0);
    const deliveries = "SELECT COUNT(*) AS n FROM deliveries WHERE handoff_id = ?";
    expect(await count(env.DB_2, deliveries, handoffId)).toBe(1);
    expect(await count(env.DB, deliveries, handoffId)).toBe(0);

    // Its delivery went out on its own queue, naming its database, and was delivered from it.
    expect(sent).toEqual([
      { queue: "DELIVERIES_2", bodies: [expect.objectContaining({ db: "DB_2" })] },
    ]);
    const [request] = await eventually(async () => {
      const got = await receivedAt(hook.path);
      return got.length > 0 ? got : null;
    });
    expect(JSON.parse(request?.body ?? "{}")).toMatchObject({ visitor_message: "talk to a human" });
    await eventually(
      async () =>
        (await env.DB_2.prepare("SELECT status FROM deliveries WHERE handoff_id = ?")
          .bind(handoffId)
          .first<string>("status")) === "delivered",
    );

    // The dashboard and the admin API read it from there, by site and by id.
    const listed = await call(`/admin/api/handoffs?site=${site}`, { admin: true });
    expect(
      ((await listed.json()) as { handoffs: { id: string }[] }).handoffs.map((h) => h.id),
    ).toEqual([handoffId]);
    const everySite = await call("/admin/api/handoffs?limit=200", { admin: true });
    const all = (await everySite.json()) as { handoffs: { id: string; deliveries: unknown[] }[] };
    expect(all.handoffs.find((h) => h.id === handoffId)?.deliveries).toHaveLength(1);
    const resolved = await call(`/admin/api/handoffs/${handoffId}`, {
      method: "PATCH",
      admin: true,
      json: { status: "resolved", by: "Ada" },
    });
    expect(resolved.status).toBe(200);
    expect(
      await env.DB_2.prepare("SELECT status FROM handoffs WHERE id = ?")
        .bind(handoffId)
        .first("status"),
    ).toBe("resolved");
    const page = await call(`/admin/api/sites/${site}/channels`, { admin: true });
    expect(page.status).toBe(200);
  });

  it("refuses a database this worker does not bind, and a name that is not a D1 binding's", async () => {
    const site = uniqueSite();
    const unbound = await putSite(site, { database: "DB_9" });
    expect(unbound.status).toBe(400);
    expect(((await unbound.json()) as ErrorBody).error.message).toBe(
      "database: must be one of the D1 bindings declared in wrangler.toml (DB, DB_2).",
    );
    const malformed = await putSite(site, { database: "SITES" });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorBody).error.message).toMatch(/^database: /);
    const res = await call(`/admin/api/sites/${site}`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(res.status).toBe(404);
  });

  it("has the cron sweep re-send overdue deliveries from every database, each to its own", async () => {
    const site = uniqueSite();
    const hook = receiverPath();
    await putSite(site, {
      database: "DB_2",
      channels: [{ id: "crm", type: "webhook", url: hook.url }],
    });
    const long = new Date(Date.now() - 60 * 60_000).toISOString();
    const db = env.DB_2;
    const [deliveryId] = (
      await storeHandoff(db, {
        site,
        channelIds: ["crm"],
        createdAt: long,
        visitorMessage: "lost in the queue",
      })
    ).deliveryIds;
    expect(await sweepOverdueDeliveries(env)).toBeGreaterThanOrEqual(1);
    await eventually(
      async () =>
        (await db
          .prepare("SELECT status FROM deliveries WHERE id = ?")
          .bind(deliveryId)
          .first("status")) === "delivered",
    );
    expect(await receivedAt(hook.path)).toHaveLength(1);
  });
});

describe("the cron's retention pass on a sharded site", () => {
  it("expires the site's old visitor messages on its own database, keeping recent ones", async () => {
    const site = uniqueSite();
    await putSite(site, { database: "DB_2", retentionDays: 30 });
    const db = env.DB_2;
    const day = 24 * 60 * 60 * 1000;
    const conversationOf = async (daysOld: number) => {
      const id = crypto.randomUUID();
      const at = new Date(Date.now() - daysOld * day).toISOString();
      await db.batch([
        db
          .prepare("INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?)")
          .bind(id, site, at),
        db
          .prepare(
            "INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES (?, ?, 'visitor', 'hello', ?)",
          )
          .bind(crypto.randomUUID(), id, at),
      ]);
      return id;
    };
    const old = await conversationOf(40);
    const recent = await conversationOf(5);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController(), env, ctx);
    await waitOnExecutionContext(ctx);
    const left = (id: string) =>
      count(db, "SELECT COUNT(*) AS n FROM messages WHERE conversation_id = ?", id);
    expect(await left(old)).toBe(0);
    expect(await left(recent)).toBe(1);
  });
});
