/**
 * The reliability review's channel faults (docs/operations.md, "Reliability review, 7 December
 * 2026"): a Slack app whose API fails in the ways Slack's does, beside a webhook that answers,
 * through the real delivery queue consumer, against real HTTP servers on 127.0.0.1.
 */
import { createExecutionContext, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { deliverToChannel, emailSettings } from "../../../worker/channels/deliver.ts";
import { handleDeliveryBatch } from "../../../worker/handoff/dispatch.ts";
import { siteKey } from "../../../worker/sites/kv-keys.ts";
import type { HandoffAccepted } from "../../../shared/api.ts";
import {
  deliveryBatch,
  env,
  eventually,
  postHandoff,
  putSite,
  receivedAt,
  receiverPath,
  setReceiverMode,
  storeHandoff,
  uniqueSite,
  slackAppSite,
} from "../helpers.ts";
import { handoffRecord } from "../handoff-record.ts";

const MAIN = "clarifier-deliveries";
const SLOW_LANE = "clarifier-deliveries-slow";

/**
 * A site with a Slack app (its Web API stood in for by the receiver, in `slackMode`) and a
 * webhook that answers, and one stored handoff with a pending delivery to each.
 */
async function slackAppAndWebhook(slackMode: Parameters<typeof setReceiverMode>[1]) {
  const hook = receiverPath();
  const { site, slack } = await slackAppSite({
    mode: slackMode,
    others: [{ id: "crm", type: "webhook", url: hook.url }],
  });
  const { deliveryIds } = await storeHandoff(env.DB, {
    site,
    channelIds: ["team-slack", "crm"],
  });
  const [slackDelivery = "", hookDelivery = ""] = deliveryIds;
  return { site, slack, hook, slackDelivery, hookDelivery };
}

const deliveryRow = (id: string) =>
  env.DB.prepare(
    "SELECT status, attempts, last_error AS lastError, next_attempt_at AS nextAttemptAt FROM deliveries WHERE id = ?",
  )
    .bind(id)
    .first<{ status: string; attempts: number; lastError: string | null; nextAttemptAt: string }>();

async function consume(deliveryIds: readonly string[], queue = MAIN) {
  const batch = deliveryBatch(queue, deliveryIds);
  const ctx = createExecutionContext();
  const started = Date.now();
  await handleDeliveryBatch(batch, env);
  return { result: await getQueueResult(batch, ctx), ms: Date.now() - started };
}

describe("a Slack app whose Web API answers 200 with ok:false", () => {
  it("is retried when Slack says the failure is its own (service_unavailable), and delivered once Slack is back, the webhook beside it delivered once", async () => {
    const { slack, hook, slackDelivery, hookDelivery } = await slackAppAndWebhook("slack-down");
    const first = await consume([slackDelivery, hookDelivery]);
    // The webhook is delivered and acked; Slack's outage is a retry, not the end of the channel.
    expect(first.result.explicitAcks).toEqual(["m1"]);
    expect(first.result.retryMessages.map((m) => m.msgId)).toEqual(["m0"]);
    expect(await deliveryRow(hookDelivery)).toMatchObject({ status: "delivered", attempts: 1 });
    const waiting = await deliveryRow(slackDelivery);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
    expect(waiting?.lastError).toMatch(/service_unavailable/);

    await setReceiverMode(`${slack.path}/chat.postMessage`, "slack");
    const second = await consume([slackDelivery]);
    expect(second.result.explicitAcks).toEqual(["m0"]);
    expect(await deliveryRow(slackDelivery)).toMatchObject({ status: "delivered", attempts: 2 });
    expect(await receivedAt(`${slack.path}/chat.postMessage`)).toHaveLength(2);
    expect(await receivedAt(hook.path)).toHaveLength(1);
  }, 30_000);
});

describe("a Slack app whose answer stops mid-body", () => {
  it("is a failed attempt within the attempt's 10 s, retried, not a consumer stuck on the body", async () => {
    const { slackDelivery, hookDelivery } = await slackAppAndWebhook("stall-body");
    const run = await consume([slackDelivery, hookDelivery], SLOW_LANE);
    expect(run.ms).toBeLessThan(13_000);
    expect(await deliveryRow(hookDelivery)).toMatchObject({ status: "delivered" });
    expect(await deliveryRow(slackDelivery)).toMatchObject({ status: "pending", attempts: 1 });
    expect(run.result.retryMessages.map((m) => m.msgId)).toEqual(["m0"]);
  }, 30_000);

  it("is retried when the connection drops mid-body", async () => {
    const { slackDelivery, hookDelivery } = await slackAppAndWebhook("cut-body");
    const run = await consume([slackDelivery, hookDelivery]);
    expect(await deliveryRow(hookDelivery)).toMatchObject({ status: "delivered" });
    const row = await deliveryRow(slackDelivery);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row?.lastError).toBe("Slack's answer was cut off or unreadable (HTTP 200)");
    expect(run.result.retryMessages.map((m) => m.msgId)).toEqual(["m0"]);
  }, 30_000);
});

describe("a Slack app whose Web API hangs, on the main delivery queues", () => {
  it("is cut short once the webhook beside it answered, as a webhook would be, and turns suspect", async () => {
    const { site, slackDelivery, hookDelivery } = await slackAppAndWebhook("hang");
    const run = await consume([slackDelivery, hookDelivery]);
    // The lanes' cut (1.5 s after the others answered), not the full 10 s.
    expect(run.ms).toBeLessThan(5_000);
    expect(await deliveryRow(hookDelivery)).toMatchObject({ status: "delivered" });
    const row = await deliveryRow(slackDelivery);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row?.lastError).toMatch(/no answer within/);
    const circuit = await env.DB.prepare(
      "SELECT state, failures FROM receiver_circuits WHERE receiver = ?",
    )
      .bind(`slack-app:${site}/team-slack`)
      .first<{ state: string; failures: number }>();
    expect(circuit).toMatchObject({ state: "closed", failures: 1 });
  }, 30_000);
});

describe("a channel missing from the config the consumer reads", () => {
  it("is retried while the delivery is fresh (the read may predate the channel: KV takes a minute to reach every location), and delivered once the config has it", async () => {
    const site = uniqueSite();
    const hook = receiverPath();
    const added = receiverPath();
    // What this location's KV still holds: the site before its owner added "sales".
    await putSite(site, { channels: [{ id: "crm", type: "webhook", url: hook.url }] });
    const {
      deliveryIds: [crm = "", sales = ""],
    } = await storeHandoff(env.DB, { site, channelIds: ["crm", "sales"] });
    const first = await consume([crm, sales]);
    expect(first.result.explicitAcks).toEqual(["m0"]);
    expect(first.result.retryMessages.map((m) => m.msgId)).toEqual(["m1"]);
    const waiting = await deliveryRow(sales);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
    expect(waiting?.lastError).toMatch(/not in the site's configuration read here yet/);

    await putSite(site, {
      channels: [
        { id: "crm", type: "webhook", url: hook.url },
        { id: "sales", type: "webhook", url: added.url },
      ],
    });
    await consume([sales]);
    expect(await deliveryRow(sales)).toMatchObject({ status: "delivered", attempts: 2 });
    expect(await receivedAt(added.path)).toHaveLength(1);
    expect(await receivedAt(hook.path)).toHaveLength(1);
  }, 30_000);

  it("fails for good, named on the delivery, once the delivery is older than that: the channel was removed", async () => {
    const site = uniqueSite();
    const hook = receiverPath();
    await putSite(site, { channels: [{ id: "crm", type: "webhook", url: hook.url }] });
    const createdAt = new Date(Date.now() - 10 * 60_000).toISOString();
    const {
      deliveryIds: [crm = "", removed = ""],
    } = await storeHandoff(env.DB, { site, channelIds: ["crm", "sales"], createdAt });
    const run = await consume([crm, removed]);
    expect(run.result.explicitAcks.sort()).toEqual(["m0", "m1"]);
    expect(await deliveryRow(crm)).toMatchObject({ status: "delivered" });
    expect(await deliveryRow(removed)).toMatchObject({
      status: "failed",
      attempts: 1,
      lastError: 'channel "sales" is no longer configured',
    });
  }, 30_000);

  it("and a site deleted meanwhile is the same: retried while fresh, failed after", async () => {
    const site = uniqueSite();
    const {
      deliveryIds: [fresh = ""],
    } = await storeHandoff(env.DB, { site, channelIds: ["crm"] });
    const {
      deliveryIds: [old = ""],
    } = await storeHandoff(env.DB, {
      site,
      channelIds: ["crm"],
      createdAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    });
    const run = await consume([fresh, old]);
    expect(run.result.retryMessages.map((m) => m.msgId)).toEqual(["m0"]);
    expect(run.result.explicitAcks).toEqual(["m1"]);
    expect(await deliveryRow(fresh)).toMatchObject({ status: "pending" });
    expect(await deliveryRow(old)).toMatchObject({ status: "failed" });
  }, 30_000);
});

describe("a site whose stored config no longer parses (an upgrade's stricter schema, a hand edit)", () => {
  it("keeps its deliveries pending and retried, naming the cause, while another site's in the same batch are delivered; fixed, they go", async () => {
    const broken = uniqueSite();
    const healthy = uniqueSite();
    const brokenHook = receiverPath();
    const healthyHook = receiverPath();
    await putSite(broken, { channels: [{ id: "crm", type: "webhook", url: brokenHook.url }] });
    await putSite(healthy, { channels: [{ id: "crm", type: "webhook", url: healthyHook.url }] });
    const raw = await env.SITES.get(siteKey(broken), "text");
    await env.SITES.put(
      siteKey(broken),
      JSON.stringify({ ...JSON.parse(raw ?? "{}"), threshold: "high" }),
    );
    const createdAt = new Date(Date.now() - 10 * 60_000).toISOString();
    const {
      deliveryIds: [held = ""],
    } = await storeHandoff(env.DB, { site: broken, channelIds: ["crm"], createdAt });
    const {
      deliveryIds: [other = ""],
    } = await storeHandoff(env.DB, { site: healthy, channelIds: ["crm"] });
    const run = await consume([held, other]);
    expect(run.result.explicitAcks).toEqual(["m1"]);
    expect(run.result.retryMessages.map((m) => m.msgId)).toEqual(["m0"]);
    expect(await deliveryRow(other)).toMatchObject({ status: "delivered" });
    expect(await deliveryRow(held)).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: "the site's stored configuration is invalid",
    });

    await env.SITES.put(siteKey(broken), raw ?? "");
    await consume([held]);
    expect(await deliveryRow(held)).toMatchObject({ status: "delivered", attempts: 2 });
    expect(await receivedAt(brokenHook.path)).toHaveLength(1);
  }, 30_000);
});

describe("a handoff stored by a request that died before queueing it", () => {
  it("is queued by the visitor's retry of the request, delivered within seconds and once, not left to the sweep", async () => {
    const site = uniqueSite();
    const hook = receiverPath();
    await putSite(site, { channels: [{ id: "crm", type: "webhook", url: hook.url }] });
    // What the first request left: the handoff and its pending delivery, no queue message.
    const { handoffId } = await storeHandoff(env.DB, { site, channelIds: ["crm"] });
    const conversationId = await env.DB.prepare("SELECT conversation_id FROM handoffs WHERE id = ?")
      .bind(handoffId)
      .first<string>("conversation_id");
    const retry = () => postHandoff(site, { conversationId });
    const res = await retry();
    expect(res.status).toBe(202);
    expect(((await res.json()) as HandoffAccepted).handoffId).toBe(handoffId);
    await eventually(async () => (await receivedAt(hook.path)).length === 1, 15_000);
    // A further retry once it is delivered queues nothing more.
    expect((await retry()).status).toBe(202);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await receivedAt(hook.path)).toHaveLength(1);
  }, 30_000);
});

describe("an email send that hangs, on the main delivery queues", () => {
  it("ends when the consumer cuts it, as a webhook's fetch does, counted as a silence", async () => {
    // The send_email binding cannot be made to hang locally: this stands in for one that does.
    const hanging = { send: () => new Promise<never>(() => {}) } as unknown as SendEmail;
    const cut = new AbortController();
    setTimeout(
      () =>
        cut.abort(
          new Error("no answer within 1.5 s, while the other receivers answered within 0.1 s"),
        ),
      100,
    );
    const started = Date.now();
    const result = await deliverToChannel({
      deliveryId: crypto.randomUUID(),
      handoff: handoffRecord({ createdAt: new Date().toISOString() }),
      channel: { id: "team", type: "email", to: ["team@acme.example"] },
      now: new Date(),
      email: { ...emailSettings(env), binding: hanging },
      localDevelopment: true,
      timeoutMs: 5_000,
      signal: cut.signal,
    });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(result).toMatchObject({ ok: false, retryable: true, timedOut: true });
    expect(result.ok ? "" : result.error).toMatch(/^email not sent: no answer within 1.5 s/);
  });
});
