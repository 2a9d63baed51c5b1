/**
 * The third reliability review (docs/operations.md): a team reply written while the handoff's
 * Slack app post is still pending reaches the Slack thread once the thread is recorded, once
 * each, in the order written, without holding up the handoff's delivery. Through the real
 * delivery queue (its consumer runs the catch-up's messages), D1 and KV; Slack's Web API a real
 * HTTP server on 127.0.0.1 that records what it receives.
 */
import { createExecutionContext, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { handleDeliveryBatch } from "../../../worker/handoff/dispatch.ts";
import { addFollowUp } from "../../../worker/handoff/follow-up.ts";
import { postReply } from "../../../worker/handoff/reply.ts";
import { getHandoff } from "../../../worker/handoff/store.ts";
import { getSiteConfig } from "../../../worker/sites/store.ts";
import {
  deliveryBatch,
  env,
  eventually,
  putSite,
  receivedAt,
  receiverPath,
  setReceiverMode,
  storeHandoff,
  uniqueSite,
} from "../helpers.ts";

/** A handoff to a Slack app channel, stored and not yet attempted: its thread is pending. */
async function pendingSlackHandoff(mode: "slack" | "slack-slow" = "slack") {
  const site = uniqueSite();
  const slack = receiverPath();
  await setReceiverMode(`${slack.path}/chat.postMessage`, mode);
  const saved = await putSite(site, {
    channels: [
      {
        id: "team-slack",
        type: "slack-app",
        botToken: "xoxb-1234567890-abcdefghijkl",
        signingSecret: "8f742231b10e8888abcd990000008a5a",
        channel: "C0TEAM",
        apiUrl: slack.url,
      },
    ],
  });
  expect(saved.status).toBe(200);
  const { handoffId, deliveryIds } = await storeHandoff(env.DB, {
    site,
    channelIds: ["team-slack"],
  });
  const handoff = await getHandoff(env.DB, handoffId);
  if (!handoff) throw new Error("handoff not stored");
  return {
    site,
    handoff,
    deliveryId: deliveryIds[0] ?? "",
    posts: `${slack.path}/chat.postMessage`,
  };
}

const bindings = { DB: env.DB, DELIVERIES: env.DELIVERIES, DATABASE: "DB" };
const reply = (handoff: Parameters<typeof postReply>[1], text: string) =>
  postReply(bindings, handoff, { text, author: "Ana", via: "api" }, async () => undefined);

async function consume(deliveryId: string) {
  const batch = deliveryBatch("clarifier-deliveries", [deliveryId]);
  const ctx = createExecutionContext();
  await handleDeliveryBatch(batch, env);
  return getQueueResult(batch, ctx);
}

const replyDeliveries = (handoffId: string) =>
  env.DB.prepare(
    "SELECT channel_id AS channelId, status FROM deliveries WHERE handoff_id = ? AND kind = 'reply' ORDER BY channel_id",
  )
    .bind(handoffId)
    .all<{ channelId: string; status: string }>();

type Post = { text?: string; thread_ts?: string };

describe("team replies written before the handoff's Slack thread exists", () => {
  it("reach the thread once it is recorded: each once, in the order written, the handoff delivered first", async () => {
    // A Slack taking 0.3 s to answer: posts in flight at once could land in any order.
    const { handoff, deliveryId, posts } = await pendingSlackHandoff("slack-slow");
    const written = ["First reply", "Second reply", "Third reply"];
    for (const text of written) {
      await reply(handoff, text);
      // Distinct times, as replies written by people are.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // No thread yet: nothing to post them to, and nothing posted.
    expect((await replyDeliveries(handoff.id)).results).toEqual([]);
    expect(await receivedAt(posts)).toHaveLength(0);

    const run = await consume(deliveryId);
    // The handoff's own delivery is done with its post, not held by the replies' posts.
    expect(run.explicitAcks).toEqual(["m0"]);
    const handoffRow = await env.DB.prepare("SELECT status FROM deliveries WHERE id = ?")
      .bind(deliveryId)
      .first<{ status: string }>();
    expect(handoffRow?.status).toBe("delivered");
    const ts = (
      await env.DB.prepare("SELECT ts FROM slack_threads WHERE handoff_id = ?")
        .bind(handoff.id)
        .first<{ ts: string }>()
    )?.ts;
    expect(ts).toMatch(/^\d+\.\d{6}$/);

    // The catch-up's posts, sent by the queue's consumer.
    const got = await eventually(async () => {
      const all = await receivedAt(posts);
      return all.length >= 4 && all;
    }, 20_000);
    const bodies = got.map((r) => JSON.parse(r.body) as Post);
    expect(bodies[0]?.thread_ts).toBeUndefined();
    expect(bodies.slice(1).map((b) => b.thread_ts)).toEqual([ts, ts, ts]);
    expect(bodies.slice(1).map((b) => b.text?.split(">")[1])).toEqual(written);
    // In order, for sure, only if each post left once the one before was answered: Slack gives
    // a message its ts as it gets to it, so posts in flight together may swap.
    const sent = got.slice(1).map((r) => Date.parse(r.receivedAt));
    for (let i = 1; i < sent.length; i += 1) {
      expect((sent[i] ?? 0) - (sent[i - 1] ?? 0)).toBeGreaterThanOrEqual(280);
    }
    await eventually(async () => {
      const rows = (await replyDeliveries(handoff.id)).results;
      return rows.length === 3 && rows.every((r) => r.status === "delivered");
    });

    // Once each: the handoff's message handled again (a duplicate queue message) and a while
    // for anything queued twice to arrive post nothing more.
    await consume(deliveryId);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await receivedAt(posts)).toHaveLength(4);
    expect((await replyDeliveries(handoff.id)).results).toHaveLength(3);
  }, 40_000);

  it("a reply written after the thread exists still goes once, beside the caught-up ones", async () => {
    const { handoff, deliveryId, posts } = await pendingSlackHandoff();
    await reply(handoff, "Before the thread");
    await consume(deliveryId);
    await reply(handoff, "After the thread");
    const got = await eventually(async () => {
      const all = await receivedAt(posts);
      return all.length >= 3 && all;
    }, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await receivedAt(posts)).toHaveLength(3);
    expect(got.slice(1).map((r) => (JSON.parse(r.body) as Post).text?.split(">")[1])).toEqual([
      "Before the thread",
      "After the thread",
    ]);
  }, 40_000);
});

describe("a visitor's follow-up sent while the handoff's Slack post is pending", () => {
  it("waits for the handoff's thread and goes into it, not to the channel as a message whose thread reaches no one", async () => {
    const { site, handoff, deliveryId, posts } = await pendingSlackHandoff();
    const config = await getSiteConfig(env.SITES, site);
    if (!config) throw new Error("site not stored");
    const messageId = crypto.randomUUID();
    await addFollowUp(
      bindings,
      handoff,
      {
        messageId,
        email: null,
        unjudged: {
          id: messageId,
          text: "Are you there?",
          reason: "keyword",
          matched: "human",
        },
      },
      config,
    );
    const followUp = () =>
      env.DB.prepare(
        "SELECT status, attempts, last_error AS lastError FROM deliveries WHERE handoff_id = ? AND kind = 'follow_up'",
      )
        .bind(handoff.id)
        .first<{ status: string; attempts: number; lastError: string | null }>();
    // The queue's consumer tries it at once: no thread yet, so it is retried, nothing posted.
    const waiting = await eventually(async () => {
      const row = await followUp();
      return row && row.attempts >= 1 && row;
    }, 20_000);
    expect(waiting).toMatchObject({ status: "pending" });
    expect(waiting.lastError).toMatch(/waiting for the handoff's own post/);
    expect(await receivedAt(posts)).toHaveLength(0);

    // The handoff posted: the follow-up is queued at once, into its thread.
    await consume(deliveryId);
    const got = await eventually(async () => {
      const all = await receivedAt(posts);
      return all.length >= 2 && all;
    }, 20_000);
    const [first, second] = got.map((r) => JSON.parse(r.body) as Post);
    expect(first?.thread_ts).toBeUndefined();
    const ts = (
      await env.DB.prepare("SELECT ts FROM slack_threads WHERE handoff_id = ?")
        .bind(handoff.id)
        .first<{ ts: string }>()
    )?.ts;
    expect(second?.thread_ts).toBe(ts);
    expect(second?.text).toMatch(/follow-up/i);
    await eventually(async () => (await followUp())?.status === "delivered");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await receivedAt(posts)).toHaveLength(2);
  }, 40_000);
});
