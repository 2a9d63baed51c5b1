/**
 * The cron run twice at once (Cloudflare may overlap a slow run with the next, and a deploy may
 * start one beside another): the reliability review's check that its passes stay correct.
 */
import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../worker/index.ts";
import { sweepOverdueDeliveries } from "../../worker/handoff/dispatch.ts";
import {
  env,
  eventually,
  putSite,
  receivedAt,
  receiverPath,
  storeHandoff,
  uniqueSite,
} from "./helpers.ts";

const DAY = 24 * 60 * 60 * 1000;

async function runCron(): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController(), env, ctx);
  await waitOnExecutionContext(ctx);
}

describe("two cron runs at once", () => {
  it("re-send each overdue delivery once between them, and each is delivered once", async () => {
    const site = uniqueSite();
    const hook = receiverPath();
    await putSite(site, { channels: [{ id: "crm", type: "webhook", url: hook.url }] });
    const createdAt = new Date(Date.now() - 60 * 60_000).toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push(
        ...(await storeHandoff(env.DB, { site, channelIds: ["crm"], createdAt })).deliveryIds,
      );
    }
    // Their queue messages were lost: long overdue.
    await env.DB.prepare(
      "UPDATE deliveries SET next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE id IN (SELECT value FROM json_each(?))",
    )
      .bind(JSON.stringify(ids))
      .run();
    const now = new Date();
    await Promise.all([sweepOverdueDeliveries(env, now), sweepOverdueDeliveries(env, now)]);
    await eventually(async () => {
      const { results } = await env.DB.prepare(
        "SELECT status FROM deliveries WHERE id IN (SELECT value FROM json_each(?))",
      )
        .bind(JSON.stringify(ids))
        .all<{ status: string }>();
      return results.every((r) => r.status === "delivered");
    }, 20_000);
    const requests = await receivedAt(hook.path);
    expect(requests).toHaveLength(5);
    expect(new Set(requests.map((r) => r.headers["webhook-id"])).size).toBe(5);
  }, 30_000);

  it("delete expired visitor messages once, keep the handed-off conversation's, and both finish", async () => {
    const site = uniqueSite();
    await putSite(site, { retentionDays: 30 });
    const old = new Date(Date.now() - 40 * DAY).toISOString();
    const conversations = Array.from({ length: 3 }, () => crypto.randomUUID());
    const keep = crypto.randomUUID();
    await env.DB.batch([
      ...[...conversations, keep].flatMap((id) => [
        env.DB.prepare("INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?)").bind(
          id,
          site,
          old,
        ),
        env.DB.prepare(
          "INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES (?, ?, 'visitor', 'hello', ?)",
        ).bind(crypto.randomUUID(), id, old),
      ]),
      env.DB.prepare(
        "INSERT INTO handoffs (id, site, conversation_id, reason, site_name, visitor_message, created_at) VALUES (?, ?, ?, 'keyword', 'Acme', 'hello', ?)",
      ).bind(crypto.randomUUID(), site, keep, old),
    ]);
    await Promise.all([runCron(), runCron()]);
    const count = (ids: string[]) =>
      env.DB.prepare(
        "SELECT COUNT(*) AS n FROM messages WHERE conversation_id IN (SELECT value FROM json_each(?))",
      )
        .bind(JSON.stringify(ids))
        .first<number>("n");
    expect(await count(conversations)).toBe(0);
    expect(await count([keep])).toBe(1);
  }, 30_000);
});
