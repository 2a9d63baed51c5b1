import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../../worker/index.ts";
import { getPage, postForm, signIn } from "../dashboard/helpers.ts";
import { call, env, putSite, uniqueSite } from "../helpers.ts";

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** A conversation of `site` with a visitor message and a reply `days` old; optionally handed off. */
async function conversation(
  site: string,
  days: number,
  options: { handoff?: boolean } = {},
): Promise<{ id: string; handoffId: string | null }> {
  const id = crypto.randomUUID();
  const at = ago(days);
  const statements = [
    env.DB.prepare("INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?)").bind(
      id,
      site,
      at,
    ),
    ...(["visitor", "assistant"] as const).map((role) =>
      env.DB.prepare(
        "INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES (?, ?, ?, ?, ?)",
      ).bind(crypto.randomUUID(), id, role, `${role} text`, at),
    ),
  ];
  let handoffId: string | null = null;
  if (options.handoff) {
    handoffId = crypto.randomUUID();
    statements.push(
      env.DB.prepare(
        "INSERT INTO handoffs (id, site, conversation_id, reason, site_name, visitor_message, created_at) VALUES (?, ?, ?, 'keyword', 'Acme', 'talk to a human', ?)",
      ).bind(handoffId, site, id, at),
      env.DB.prepare(
        "INSERT INTO deliveries (id, handoff_id, channel_id, channel_type, status, attempts, round_start, created_at, updated_at) VALUES (?, ?, 'crm', 'webhook', 'delivered', 1, 0, ?, ?)",
      ).bind(crypto.randomUUID(), handoffId, at, at),
      env.DB.prepare(
        "INSERT INTO replies (id, handoff_id, conversation_id, text, via, created_at) VALUES (?, ?, ?, 'We are on it', 'api', ?)",
      ).bind(crypto.randomUUID(), handoffId, id, at),
    );
  }
  await env.DB.batch(statements);
  return { id, handoffId };
}

/** A visitor's pick in `conversationId`, `days` old, holding a copy of their question. */
async function pick(site: string, conversationId: string, days: number): Promise<string> {
  const id = crypto.randomUUID();
  await env.DB.prepare(
    "INSERT INTO picks (id, site, conversation_id, message_id, doc_id, title, question, visitor, created_at) VALUES (?, ?, ?, ?, 'returns', 'Returns', 'can i send it back', 'v1', ?)",
  )
    .bind(id, site, conversationId, crypto.randomUUID(), ago(days))
    .run();
  return id;
}

const pickExists = async (id: string) =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM picks WHERE id = ?")
    .bind(id)
    .first<number>("n")) === 1;

const messagesIn = (conversationId: string) =>
  env.DB.prepare("SELECT COUNT(*) AS n FROM messages WHERE conversation_id = ?")
    .bind(conversationId)
    .first<number>("n");

async function runCron(): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController(), env, ctx);
  await waitOnExecutionContext(ctx);
}

describe("retention", () => {
  it("validates retentionDays in the site config", async () => {
    const site = uniqueSite();
    for (const bad of [0, 2.5, 4000, "30"]) {
      const res = await putSite(site, { retentionDays: bad });
      expect(res.status).toBe(400);
      const body = await res.json<{ error: { code: string; message: string } }>();
      expect(body.error.message).toMatch(/^retentionDays: /);
    }
    expect((await putSite(site, { retentionDays: 30 })).status).toBe(200);
  });

  it("the cron deletes visitor messages past each site's retention, keeping handed-off conversations", async () => {
    const short = uniqueSite();
    await putSite(short, { retentionDays: 30 });
    const usual = uniqueSite();
    await putSite(usual, {});
    const gone = uniqueSite(); // its config was deleted: the default applies

    const shortOld = await conversation(short, 40);
    const shortRecent = await conversation(short, 10);
    const shortHandedOff = await conversation(short, 400, { handoff: true });
    const usualOld = await conversation(usual, 40);
    const usualExpired = await conversation(usual, 100);
    const goneExpired = await conversation(gone, 100);
    const goneRecent = await conversation(gone, 60);

    await runCron();

    expect(await messagesIn(shortOld.id)).toBe(0);
    expect(await messagesIn(shortRecent.id)).toBe(2);
    expect(await messagesIn(shortHandedOff.id)).toBe(2);
    expect(await messagesIn(usualOld.id)).toBe(2);
    expect(await messagesIn(usualExpired.id)).toBe(0);
    expect(await messagesIn(goneExpired.id)).toBe(0);
    expect(await messagesIn(goneRecent.id)).toBe(2);
  });

  it("the cron deletes picks, which copy the visitor's question, past the same retention", async () => {
    const short = uniqueSite();
    await putSite(short, { retentionDays: 30 });
    const old = await conversation(short, 40);
    const recent = await conversation(short, 10);
    const handedOff = await conversation(short, 400, { handoff: true });
    const oldPick = await pick(short, old.id, 40);
    const recentPick = await pick(short, recent.id, 10);
    const handedOffPick = await pick(short, handedOff.id, 400);

    await runCron();

    expect(await pickExists(oldPick)).toBe(false);
    expect(await pickExists(recentPick)).toBe(true);
    expect(await pickExists(handedOffPick)).toBe(true);
  });

  it("the Stats page says how long messages are kept", async () => {
    const site = uniqueSite();
    await putSite(site, { retentionDays: 45 });
    const cookie = await signIn();
    const page = await (await getPage(`/admin/sites/${site}/stats`, cookie)).text();
    expect(page).toMatch(
      /Visitor messages, and the questions visitors picked an article for, are kept (<!-- -->)?45(<!-- -->)? days, then deleted/,
    );
    const other = uniqueSite();
    await putSite(other, {});
    const usual = await (await getPage(`/admin/sites/${other}/stats`, cookie)).text();
    expect(usual).toMatch(/kept (<!-- -->)?90(<!-- -->)? days/);
  });
});

describe("deleting a visitor's conversation", () => {
  it("DELETE /admin/api/conversations/{id}?site= deletes its messages, handoffs, deliveries and replies", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const { id, handoffId } = await conversation(site, 1, { handoff: true });
    const other = await conversation(site, 1);

    const noSite = await call(`/admin/api/conversations/${id}`, { method: "DELETE", admin: true });
    expect(noSite.status).toBe(400);
    const wrongSite = await call(`/admin/api/conversations/${id}?site=${uniqueSite()}`, {
      method: "DELETE",
      admin: true,
    });
    expect(wrongSite.status).toBe(404);
    expect((await wrongSite.json<{ error: { code: string } }>()).error.code).toBe(
      "conversation_not_found",
    );
    const unauthorized = await call(`/admin/api/conversations/${id}?site=${site}`, {
      method: "DELETE",
    });
    expect(unauthorized.status).toBe(401);

    const res = await call(`/admin/api/conversations/${id}?site=${site}`, {
      method: "DELETE",
      admin: true,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ conversationId: id, messages: 2, handoffs: 1 });
    const left = await env.DB.prepare(
      `SELECT (SELECT COUNT(*) FROM conversations WHERE id = ?1) + (SELECT COUNT(*) FROM messages WHERE conversation_id = ?1)
        + (SELECT COUNT(*) FROM handoffs WHERE conversation_id = ?1) + (SELECT COUNT(*) FROM deliveries WHERE handoff_id = ?2)
        + (SELECT COUNT(*) FROM replies WHERE conversation_id = ?1) AS n`,
    )
      .bind(id, handoffId)
      .first<number>("n");
    expect(left).toBe(0);
    expect(await messagesIn(other.id)).toBe(2);
    const again = await call(`/admin/api/conversations/${id}?site=${site}`, {
      method: "DELETE",
      admin: true,
    });
    expect(again.status).toBe(404);
  });

  it("the handoff page deletes the conversation once the owner confirms", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const { id, handoffId } = await conversation(site, 1, { handoff: true });
    const cookie = await signIn();
    const page = await (await getPage(`/admin/handoffs/${handoffId}`, cookie)).text();
    expect(page).toContain(`action="/admin/handoffs/${handoffId}/delete-conversation"`);

    const unconfirmed = await postForm(
      `/admin/handoffs/${handoffId}/delete-conversation`,
      cookie,
      {},
    );
    expect(unconfirmed.status).toBe(400);
    expect(await messagesIn(id)).toBe(2);

    const done = await postForm(`/admin/handoffs/${handoffId}/delete-conversation`, cookie, {
      confirm: "1",
    });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/admin?site=${site}&done=conversation-deleted`);
    expect(await messagesIn(id)).toBe(0);
    expect((await getPage(`/admin/handoffs/${handoffId}`, cookie)).status).toBe(404);
  });
});
