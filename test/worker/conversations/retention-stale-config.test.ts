/**
 * The second reliability review (docs/operations.md): the retention sweep reading a site's
 * config from before its owner raised `retentionDays` (KV takes about a minute to reach every
 * location) must not delete what the new period keeps. Real KV and D1 in workerd; the stale read
 * is KV holding the old config, which is what a location KV has not reached yet answers.
 */
import { describe, expect, it } from "vitest";
import { expireVisitorMessages } from "../../../worker/conversations/retention.ts";
import { saveSiteConfig } from "../../../worker/dashboard/save-config.ts";
import { siteKey } from "../../../worker/sites/kv-keys.ts";
import { env, ORIGIN, putSite, uniqueSite } from "../helpers.ts";

const DAY = 24 * 60 * 60 * 1000;

/** A conversation of `site` with one visitor message `days` old; answers the message's id. */
async function oldMessage(site: string, days: number): Promise<string> {
  const conversation = crypto.randomUUID();
  const message = crypto.randomUUID();
  const at = new Date(Date.now() - days * DAY).toISOString();
  await env.DB.batch([
    env.DB.prepare("INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?)").bind(
      conversation,
      site,
      at,
    ),
    env.DB.prepare(
      "INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES (?, ?, 'visitor', 'where is my order', ?)",
    ).bind(message, conversation, at),
  ]);
  return message;
}

const exists = async (id: string) =>
  (await env.DB.prepare("SELECT 1 AS x FROM messages WHERE id = ?").bind(id).first()) !== null;

/** KV answering with the config from before the save, as a location it has not reached does. */
async function staleKv(site: string, retentionDays: number): Promise<void> {
  await env.SITES.put(
    siteKey(site),
    JSON.stringify({ name: "Acme", allowedOrigins: [ORIGIN], retentionDays }),
  );
}

describe("retention after an owner raised retentionDays, read stale from KV", () => {
  it("keeps what the new period keeps: 7 → 90 days, a sweep reading 7 deletes nothing 30 days old", async () => {
    const site = uniqueSite();
    expect((await putSite(site, { retentionDays: 7 })).status).toBe(200);
    const month = await oldMessage(site, 30);
    const half = await oldMessage(site, 120);
    expect((await putSite(site, { retentionDays: 90 })).status).toBe(200);
    await staleKv(site, 7);

    await expireVisitorMessages(env);
    expect(await exists(month)).toBe(true);
    // Past the new period too: the new period is applied, not nothing.
    expect(await exists(half)).toBe(false);
  });

  it("an hour after the save KV is the truth again (a period changed by hand in KV still applies)", async () => {
    const site = uniqueSite();
    await putSite(site, { retentionDays: 90 });
    const month = await oldMessage(site, 30);
    await staleKv(site, 7);
    await env.DB.prepare("UPDATE retention_changes SET changed_at = ? WHERE site = ?")
      .bind(new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString(), site)
      .run();
    await expireVisitorMessages(env);
    expect(await exists(month)).toBe(false);
  });

  it("a lowered period applies once KV has it: 90 → 7 days", async () => {
    const site = uniqueSite();
    await putSite(site, { retentionDays: 90 });
    const month = await oldMessage(site, 30);
    expect((await putSite(site, { retentionDays: 7 })).status).toBe(200);
    await expireVisitorMessages(env);
    expect(await exists(month)).toBe(false);
  });

  it("a save from the dashboard is recorded too, in the default database", async () => {
    const site = uniqueSite();
    const saved = await saveSiteConfig(
      env,
      site,
      () => ({ name: "Acme", allowedOrigins: [ORIGIN], retentionDays: 60 }),
      { create: true },
    );
    expect(saved.ok).toBe(true);
    const row = await env.DB.prepare("SELECT days FROM retention_changes WHERE site = ?")
      .bind(site)
      .first<{ days: number }>();
    expect(row).toEqual({ days: 60 });
  });
});
