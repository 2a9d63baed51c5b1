/**
 * The fourth reliability review (docs/operations.md): a Slack app whose Web API answers
 * `{"ok": true}` without the channel and ts of the message it posted. The post is in the
 * channel; retried, it was posted again. Through the real delivery queue consumer, Slack's Web
 * API a real HTTP server on 127.0.0.1 (the receiver's `slack-no-ts` mode).
 */
import { createExecutionContext, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { handleDeliveryBatch } from "../../../worker/handoff/dispatch.ts";
import { call, deliveryBatch, env, receivedAt, slackAppSite, storeHandoff } from "../helpers.ts";

async function consume(deliveryId: string) {
  const batch = deliveryBatch("clarifier-deliveries", [deliveryId]);
  const ctx = createExecutionContext();
  await handleDeliveryBatch(batch, env);
  return getQueueResult(batch, ctx);
}

describe("a Slack app that takes a post but names no channel or ts", () => {
  it("is delivered once, never posted again, saying what its answer lacked", async () => {
    const { site, slack } = await slackAppSite({ mode: "slack-no-ts" });
    const { handoffId, deliveryIds } = await storeHandoff(env.DB, {
      site,
      channelIds: ["team-slack"],
    });
    const deliveryId = deliveryIds[0] ?? "";
    const result = await consume(deliveryId);
    // A second copy of the message (the queue's at-least-once, or the retry it once was) finds
    // it delivered: one message in the team's channel, not two.
    await consume(deliveryId);
    expect(await receivedAt(`${slack.path}/chat.postMessage`)).toHaveLength(1);
    expect(result.retryMessages).toEqual([]);
    expect(result.explicitAcks).toEqual(["m0"]);

    const row = await env.DB.prepare(
      "SELECT status, attempts, last_error AS lastError FROM deliveries WHERE id = ?",
    )
      .bind(deliveryId)
      .first<{ status: string; attempts: number; lastError: string | null }>();
    expect(row).toMatchObject({ status: "delivered", attempts: 1 });
    expect(row?.lastError).toBe(
      "Posted, but Slack's answer had no channel or ts: replies in its thread cannot be matched to this handoff (answer from the dashboard).",
    );
    // The owner reads it with the delivery (the admin API, as the handoff's page).
    const listed = await (await call(`/admin/api/handoffs?site=${site}`, { admin: true })).json<{
      handoffs: { id: string; deliveries: { status: string; lastError: string }[] }[];
    }>();
    const delivery = listed.handoffs.find((h) => h.id === handoffId)?.deliveries[0];
    expect(delivery?.status).toBe("delivered");
    expect(delivery?.lastError).toMatch(/^Posted, but Slack's answer had no channel or ts/);
  });
});
