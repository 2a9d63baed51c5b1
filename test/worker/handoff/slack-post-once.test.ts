/**
 * The second reliability review (docs/operations.md): a Slack app's post that Slack took is not
 * posted again when D1 fails to store it. Through the real delivery queue consumer, D1 refusing
 * the write for real (a trigger that aborts it), Slack's Web API a real HTTP server on 127.0.0.1.
 */
import { createExecutionContext, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { handleDeliveryBatch } from "../../../worker/handoff/dispatch.ts";
import { slackPostKey } from "../../../worker/handoff/slack-post-record.ts";
import { deliveryBatch, env, receivedAt, storeHandoff, slackAppSite } from "../helpers.ts";

async function slackAppHandoff() {
  const { site, slack } = await slackAppSite();
  const { handoffId, deliveryIds } = await storeHandoff(env.DB, {
    site,
    channelIds: ["team-slack"],
  });
  return { handoffId, deliveryId: deliveryIds[0] ?? "", posts: `${slack.path}/chat.postMessage` };
}

async function consume(deliveryId: string) {
  const batch = deliveryBatch("clarifier-deliveries", [deliveryId]);
  const ctx = createExecutionContext();
  await handleDeliveryBatch(batch, env);
  return getQueueResult(batch, ctx);
}

const deliveryRow = (id: string) =>
  env.DB.prepare("SELECT status, attempts, last_error AS lastError FROM deliveries WHERE id = ?")
    .bind(id)
    .first<{ status: string; attempts: number; lastError: string | null }>();

const threadOf = (handoffId: string) =>
  env.DB.prepare("SELECT slack_channel AS channel, ts FROM slack_threads WHERE handoff_id = ?")
    .bind(handoffId)
    .all<{ channel: string; ts: string }>();

/** D1 refusing, for real, the writes `when` matches on `table` (a trigger that aborts them). */
async function refuse(table: string, when: string): Promise<() => Promise<void>> {
  const name = `refuse_${crypto.randomUUID().replace(/-/g, "")}`;
  await env.DB.prepare(
    `CREATE TRIGGER ${name} BEFORE ${table} WHEN ${when} BEGIN SELECT RAISE(ABORT, 'D1 refused the write'); END`,
  ).run();
  return async () => {
    await env.DB.prepare(`DROP TRIGGER ${name}`).run();
  };
}

describe("a Slack app's post whose record D1 refuses", () => {
  it("storing the thread failed: the retry records the post made, and the team's channel gets one message, not two", async () => {
    const { handoffId, deliveryId, posts } = await slackAppHandoff();
    const restore = await refuse("INSERT ON slack_threads", `NEW.handoff_id = '${handoffId}'`);
    const first = await consume(deliveryId);
    expect(await receivedAt(posts)).toHaveLength(1);
    // The attempt is recorded as crashed and retried: nothing is lost.
    expect(first.retryMessages.map((m) => m.msgId)).toEqual(["m0"]);
    const crashed = await deliveryRow(deliveryId);
    expect(crashed).toMatchObject({ status: "pending", attempts: 1 });
    expect(crashed?.lastError).toMatch(/crashed: Slack took the post but D1 refused to record it/);
    // Retried once KV's cached answers (60 s) have run out, so that the retry's read finds it.
    const next = await env.DB.prepare("SELECT next_attempt_at AS at FROM deliveries WHERE id = ?")
      .bind(deliveryId)
      .first<{ at: string }>();
    expect(Date.parse(next?.at ?? "") - Date.now()).toBeGreaterThan(60_000);
    expect((await threadOf(handoffId)).results).toEqual([]);

    await restore();
    const second = await consume(deliveryId);
    expect(second.explicitAcks).toEqual(["m0"]);
    expect(await receivedAt(posts)).toHaveLength(1);
    expect(await deliveryRow(deliveryId)).toMatchObject({ status: "delivered", attempts: 2 });
    // The thread of the one message posted, where the team's replies are read from.
    const threads = (await threadOf(handoffId)).results;
    expect(threads).toHaveLength(1);
    expect(threads[0]?.ts).toMatch(/^1700000000\.\d{6}$/);
    expect(await env.SITES.get(slackPostKey(deliveryId))).toBeNull();
  }, 30_000);

  it("D1 refusing the crash's record too (attempts still 0): the next attempt finds the post in KV and posts nothing", async () => {
    const { handoffId, deliveryId, posts } = await slackAppHandoff();
    // Every change of the delivery's status or count refused: the success and the crash's record.
    const restore = await refuse(
      "UPDATE ON deliveries",
      `OLD.id = '${deliveryId}' AND (NEW.status <> OLD.status OR NEW.attempts <> OLD.attempts)`,
    );
    const first = await consume(deliveryId);
    expect(first.retryMessages.map((m) => m.msgId)).toEqual(["m0"]);
    expect(await deliveryRow(deliveryId)).toMatchObject({ status: "pending", attempts: 0 });
    // Kept apart from D1 (KV), for the next attempt to find.
    const kept = await env.SITES.get(slackPostKey(deliveryId), "json");

    await restore();
    // As by the time the queue's retry comes (65 s): the lost attempt's lease run out, and the
    // delivery no longer fresh, so the attempt looks for a post kept in KV.
    await env.DB.prepare("UPDATE deliveries SET leased_until = NULL, created_at = ? WHERE id = ?")
      .bind(new Date(Date.now() - 65_000).toISOString(), deliveryId)
      .run();
    await consume(deliveryId);
    expect(await receivedAt(posts)).toHaveLength(1);
    expect(await deliveryRow(deliveryId)).toMatchObject({ status: "delivered", attempts: 1 });
    expect((await threadOf(handoffId)).results).toHaveLength(1);
    expect(kept).toMatchObject({
      thread: { handoffId, channelId: "team-slack", slackChannel: "C0TEAM" },
    });
  }, 30_000);

  it("a first attempt with nothing earlier posts once, as before", async () => {
    const { handoffId, deliveryId, posts } = await slackAppHandoff();
    const run = await consume(deliveryId);
    expect(run.explicitAcks).toEqual(["m0"]);
    expect(await receivedAt(posts)).toHaveLength(1);
    expect(await deliveryRow(deliveryId)).toMatchObject({ status: "delivered", attempts: 1 });
    expect((await threadOf(handoffId)).results).toHaveLength(1);
  }, 30_000);
});
