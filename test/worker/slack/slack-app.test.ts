import { describe, expect, it } from "vitest";
import type { ConversationMessages, ErrorBody } from "../../../shared/api.ts";
import { postReply } from "../../../worker/handoff/reply.ts";
import { getHandoff } from "../../../worker/handoff/store.ts";
import { siteBindings } from "../../../worker/sites/site-database.ts";
import { slackToPlainText } from "../../../worker/slack/events.ts";
import { slackSignature } from "../../../worker/slack/signature.ts";
import { getPage, signIn } from "../dashboard/helpers.ts";
import {
  acceptedHandoff,
  call,
  env,
  eventually,
  postHandoff,
  putSite,
  receivedAt,
  receiverPath,
  uniqueSite,
  SLACK_BOT_TOKEN,
  SLACK_SIGNING_SECRET,
  slackAppSite,
  slackThreadReply,
} from "../helpers.ts";

const SIGNING_SECRET = SLACK_SIGNING_SECRET;
const BOT_TOKEN = SLACK_BOT_TOKEN;

/** A site whose Slack app is stood in for by the receiver: Slack's Web API at the HTTP boundary. */
const slackSite = () => slackAppSite({ methods: ["chat.postMessage", "users.info"] });

/** A request to the Events API endpoint, signed as Slack signs (or with another secret). */
async function slackEvent(
  site: string,
  body: unknown,
  options: { secret?: string; age?: number; headers?: Record<string, string> } = {},
) {
  const raw = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000) - (options.age ?? 0));
  const signature = await slackSignature(options.secret ?? SIGNING_SECRET, timestamp, raw);
  return call(`/slack/events/${site}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": `v0=${signature}`,
      ...options.headers,
    },
    body: raw,
  });
}

async function conversation(site: string, id: string) {
  const res = await call(`/v1/conversations/${id}?site=${site}`);
  return ((await res.json()) as ConversationMessages).messages;
}

describe("the Slack app channel", () => {
  it("posts each handoff as its own message with the bot token, and its follow-up into that thread", async () => {
    const { site, slack } = await slackSite();
    const conversationId = crypto.randomUUID();
    const first = await acceptedHandoff(site, {
      conversationId,
      message: "talk to a human <!channel>",
    });
    const [post] = await eventually(async () => {
      const got = await receivedAt(`${slack.path}/chat.postMessage`);
      return got.length === 1 && got;
    });
    expect(post?.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const body = JSON.parse(post?.body ?? "");
    expect(body).toMatchObject({ channel: "C0TEAM", text: "New handoff from Acme" });
    // No previews under the notice of links the visitor wrote (docs/security.md, fourth pass).
    expect(body).toMatchObject({ unfurl_links: false, unfurl_media: false });
    expect(body.thread_ts).toBeUndefined();
    expect(JSON.stringify(body.blocks)).toContain("&lt;!channel&gt;");
    const thread = await eventually(() =>
      env.DB.prepare("SELECT slack_channel AS channel, ts FROM slack_threads WHERE handoff_id = ?")
        .bind(first.handoffId)
        .first<{ channel: string; ts: string }>(),
    );
    expect(thread.channel).toBe("C0TEAM");

    await postHandoff(site, { conversationId, message: "talk to a human, please hurry" });
    const posts = await eventually(async () => {
      const got = await receivedAt(`${slack.path}/chat.postMessage`);
      return got.length === 2 && got;
    });
    const followUp = JSON.parse(posts[1]?.body ?? "");
    expect(followUp).toMatchObject({ thread_ts: thread.ts, text: "New follow-up from Acme" });
  });

  it("answers Slack's URL check, and refuses a wrong signature or a stale timestamp with 401", async () => {
    const { site } = await slackSite();
    const check = {
      type: "url_verification",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    };
    const ok = await slackEvent(site, check);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ challenge: check.challenge });
    const forged = await slackEvent(site, check, { secret: "0".repeat(32) });
    expect(forged.status).toBe(401);
    const stale = await slackEvent(site, check, { age: 10 * 60 });
    expect(stale.status).toBe(401);
    const unknownSite = await slackEvent(uniqueSite(), check);
    expect(unknownSite.status).toBe(401);
  });

  it("turns a person's reply in the handoff's thread into a team reply under their name, and ignores bots, edits and other threads", async () => {
    const { site, conversationId, ts } = await handoffWithThread(null);

    await slackEvent(site, slackThreadReply(ts, "From the bot", { bot_id: "B1" }));
    await slackEvent(site, slackThreadReply("1600000000.000001", "Another thread"));
    await slackEvent(site, slackThreadReply(ts, "Edited", { subtype: "message_changed" }));
    expect((await conversation(site, conversationId)).filter((m) => m.role === "team")).toEqual([]);

    const res = await slackEvent(
      site,
      slackThreadReply(ts, "Found it &amp; shipped: <https://acme.example/t/1|tracking> <@U0BOSS>"),
    );
    expect(res.status).toBe(200);
    const team = (await conversation(site, conversationId)).filter((m) => m.role === "team");
    expect(team).toEqual([
      expect.objectContaining({
        text: "Found it & shipped: tracking (https://acme.example/t/1)",
        author: "Maria Jensen",
      }),
    ]);
  });

  // A Slack name is whatever its user typed, a guest's or a Slack Connect partner's too: held to
  // what every reply's author is (one line, at most 100 characters), as an email's From name is.
  it("holds a Slack user's name to the author rule: one line, at most 100 characters", async () => {
    const { site, conversationId, ts } = await handoffWithThread(null);
    expect(
      (await slackEvent(site, slackThreadReply(ts, "On its way", { user: "U0ODD" }))).status,
    ).toBe(200);
    const [team] = (await conversation(site, conversationId)).filter((m) => m.role === "team");
    expect(team?.text).toBe("On its way");
    expect(team?.author).toMatch(/^Mallory\u202e the boss and more/);
    expect(team?.author?.length).toBeLessThanOrEqual(100);
    expect(team?.author).not.toMatch(/\n/);
  });

  // Channel ids are each site's own names ("team-slack" on many sites), and sites share a
  // database: a request signed by one site's Slack app must not reach another site's handoff,
  // even when it names that handoff's Slack channel and thread.
  it("writes nothing into another site's handoff when a request signed by this site's app names its thread", async () => {
    const victim = await handoffWithThread();
    const attacker = uniqueSite();
    const attackerSecret = "0123456789abcdef0123456789abcdef";
    const saved = await putSite(attacker, {
      channels: [
        {
          id: "team-slack",
          type: "slack-app",
          botToken: BOT_TOKEN,
          signingSecret: attackerSecret,
          channel: "C0TEAM",
          apiUrl: receiverPath().url,
        },
      ],
    });
    expect(saved.status).toBe(200);
    const res = await slackEvent(
      attacker,
      slackThreadReply(victim.ts, "Your refund is cancelled"),
      {
        secret: attackerSecret,
      },
    );
    expect(res.status).toBe(200);
    const { texts, deliveries } = await posted(
      victim.site,
      victim.conversationId,
      victim.handoffId,
    );
    expect(texts).toEqual([]);
    expect(deliveries).toBe(0);
    // The victim's own app still reaches it: the refusal is about the site, not the thread.
    await slackEvent(victim.site, slackThreadReply(victim.ts, "On its way"));
    expect((await posted(victim.site, victim.conversationId, victim.handoffId)).texts).toEqual([
      "On its way",
    ]);
  });

  it("masks the bot token and signing secret when the config is read, and keeps them when sent back", async () => {
    const { site } = await slackSite();
    const read = await call(`/admin/api/sites/${site}`, { admin: true });
    const config = (await read.json()) as { channels: Record<string, string>[] };
    expect(config.channels[0]?.botToken).toBe("••••ijkl");
    expect(config.channels[0]?.signingSecret).toMatch(/^••••/);
    expect((await putSite(site, config)).status).toBe(200);
    const check = await slackEvent(site, { type: "url_verification", challenge: "x" });
    expect(check.status).toBe(200);
  });

  // The bot token is sent to `apiUrl`: whoever may edit a config but never sees its secrets
  // must not be able to keep the masked token and point it at a server of theirs.
  it("does not keep the masked bot token for a config that sends it to another API URL", async () => {
    const { site, slack } = await slackSite();
    const read = await call(`/admin/api/sites/${site}`, { admin: true });
    const config = (await read.json()) as { channels: Record<string, string>[] };
    const elsewhere = receiverPath();
    const moved = { ...config, channels: [{ ...config.channels[0], apiUrl: elsewhere.url }] };
    const res = await putSite(site, moved);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toMatch(/botToken/);
    // Nothing was stored: handoffs still go to the configured API, with the real token.
    await postHandoff(site);
    const [post] = await eventually(async () => {
      const got = await receivedAt(`${slack.path}/chat.postMessage`);
      return got.length === 1 && got;
    });
    expect(post?.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(await receivedAt(`${elsewhere.path}/chat.postMessage`)).toEqual([]);
    // A token typed anew may go anywhere public, as on a new channel.
    const retyped = {
      ...config,
      channels: [{ ...config.channels[0], apiUrl: elsewhere.url, botToken: BOT_TOKEN }],
    };
    expect((await putSite(site, retyped)).status).toBe(200);
  });

  it("reads Slack's markup as plain text", () => {
    expect(slackToPlainText("a &lt;b&gt; <https://x.example> <#C1|general> <!here>")).toBe(
      "a <b> https://x.example general ",
    );
  });

  it("posts a reply written on the dashboard or API into the handoff's thread, and never echoes a Slack reply back", async () => {
    const { site, slack, handoffId, ts } = await handoffWithThread(null);
    await call(`/admin/api/handoffs/${handoffId}/replies`, {
      method: "POST",
      admin: true,
      json: { text: "On it <@here> & more", author: "Ana" },
    });
    const posts = await eventually(async () => {
      const got = await receivedAt(`${slack.path}/chat.postMessage`);
      return got.length === 2 && got;
    });
    expect(JSON.parse(posts[1]?.body ?? "")).toMatchObject({
      channel: "C0TEAM",
      thread_ts: ts,
      // Escaped, and the plain-word mention defused too (a word joiner after "@").
      text: "*Ana* replied to the visitor:\n>On it &lt;@\u2060here&gt; &amp; more",
      unfurl_links: false,
      unfurl_media: false,
    });
    await slackEvent(site, slackThreadReply(ts, "Written in Slack"));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await receivedAt(`${slack.path}/chat.postMessage`)).toHaveLength(2);
    const listed = await call(`/admin/api/handoffs?site=${site}`, { admin: true });
    const [item] = (
      (await listed.json()) as {
        handoffs: { replies: { via: string; channels: { status: string }[] }[] }[];
      }
    ).handoffs;
    expect(item?.replies.map((r) => [r.via, r.channels.map((d) => d.status)])).toEqual([
      ["api", ["delivered"]],
      ["slack", []],
    ]);
  });

  it("is listed on the dashboard's Channels page, its secrets never shown", async () => {
    const { site } = await slackSite();
    const page = await getPage(`/admin/sites/${site}/channels`, await signIn());
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Slack app");
    expect(html).not.toContain(BOT_TOKEN);
    expect(html).not.toContain(SIGNING_SECRET);
  });
});

/** Slack's headers on a redelivery of an event (it retries 3 times: at once, 1 min, 5 min). */
function retry(n: number, reason = "http_timeout") {
  return { headers: { "x-slack-retry-num": String(n), "x-slack-retry-reason": reason } };
}

/**
 * A handoff posted to Slack, once its thread is known; with a visitor address (the default), so
 * each reply also queues an email, or without one (`null`).
 */
async function handoffWithThread(email: string | null = "jane@example.com") {
  const { site, slack } = await slackSite();
  const conversationId = crypto.randomUUID();
  const { handoffId } = await acceptedHandoff(site, { conversationId, email });
  const { ts } = await eventually(() =>
    env.DB.prepare("SELECT ts FROM slack_threads WHERE handoff_id = ?")
      .bind(handoffId)
      .first<{ ts: string }>(),
  );
  return { site, slack, conversationId, handoffId, ts };
}

/** The team's replies the visitor reads, and the reply deliveries (emails) queued for them. */
async function posted(site: string, conversationId: string, handoffId: string) {
  const team = (await conversation(site, conversationId)).filter((m) => m.role === "team");
  const deliveries = await env.DB.prepare(
    "SELECT COUNT(*) AS n FROM deliveries WHERE handoff_id = ? AND kind = 'reply'",
  )
    .bind(handoffId)
    .first<number>("n");
  return { texts: team.map((m) => m.text), deliveries };
}

/**
 * Makes the shard's D1 refuse every reply to this handoff until the returned function is called:
 * a real D1 error on the first delivery's write, as an outage or an overloaded database gives.
 */
async function failRepliesTo(handoffId: string): Promise<() => Promise<void>> {
  expect(handoffId).toMatch(/^[\w-]+$/);
  const trigger = `fail_replies_${crypto.randomUUID().replaceAll("-", "")}`;
  await env.DB.exec(
    `CREATE TRIGGER ${trigger} BEFORE INSERT ON replies WHEN NEW.handoff_id = '${handoffId}' BEGIN SELECT RAISE(ABORT, 'D1 unavailable'); END`,
  );
  return async () => {
    await env.DB.exec(`DROP TRIGGER ${trigger}`);
  };
}

describe("Slack's retries of an event", () => {
  it("post the reply once when the first delivery failed (a D1 error, answered 500)", async () => {
    const { site, conversationId, handoffId, ts } = await handoffWithThread();
    const event = slackThreadReply(ts, "Your parcel left today");
    const recover = await failRepliesTo(handoffId);
    const first = await slackEvent(site, event);
    expect(first.status).toBe(500);
    await recover();
    expect(await posted(site, conversationId, handoffId)).toEqual({ texts: [], deliveries: 0 });

    const again = await slackEvent(site, event, retry(1, "http_error"));
    expect(again.status).toBe(200);
    expect(await posted(site, conversationId, handoffId)).toEqual({
      texts: ["Your parcel left today"],
      deliveries: 1,
    });
  });

  it("post a reply once when deliveries of the same event run at once", async () => {
    const { site, conversationId, handoffId, ts } = await handoffWithThread();
    // The first answer was slow (over 3 s): Slack's retry arrives while it is still running.
    const slow = slackThreadReply(ts, "Checking with the warehouse");
    const both = await Promise.all([slackEvent(site, slow), slackEvent(site, slow, retry(1))]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    // The first failed; the next two retries overlap.
    const failed = slackThreadReply(ts, "It ships on Monday");
    const recover = await failRepliesTo(handoffId);
    expect((await slackEvent(site, failed)).status).toBe(500);
    await recover();
    const retries = await Promise.all([
      slackEvent(site, failed, retry(1, "http_error")),
      slackEvent(site, failed, retry(2, "http_error")),
      slackEvent(site, failed, retry(3, "http_error")),
    ]);
    expect(retries.map((r) => r.status)).toEqual([200, 200, 200]);

    const { texts, deliveries } = await posted(site, conversationId, handoffId);
    expect(texts.toSorted()).toEqual(["Checking with the warehouse", "It ships on Monday"]);
    expect(deliveries).toBe(2);
  });

  it("write, queue and tell an open widget once when the same message's writes run in step", async () => {
    // Over HTTP, the deliveries' calls to Slack stagger them by milliseconds; here nothing does,
    // so a check-then-write would see no reply in every one of them and write three.
    const { site, conversationId, handoffId, ts } = await handoffWithThread();
    const stored = await getHandoff(env.DB, handoffId);
    if (!stored) throw new Error("no handoff");
    const told: string[] = [];
    const source = { key: `slack:C0TEAM:${ts}9`, eventId: "Ev0SAME" };
    const replies = await Promise.all(
      [1, 2, 3].map(() =>
        postReply(
          siteBindings(env, site, null),
          stored,
          { text: "Same message", author: "Maria Jensen", via: "slack" },
          async (reply) => {
            told.push(reply.id);
          },
          { fromSlackChannel: "team-slack", source },
        ),
      ),
    );
    expect(new Set(replies.map((r) => r.id)).size).toBe(1);
    expect(told).toEqual([replies[0]?.id]);
    expect(await posted(site, conversationId, handoffId)).toEqual({
      texts: ["Same message"],
      deliveries: 1,
    });
  });

  it("post nothing more after a delivery that succeeded, whatever its event_id, and dedupe by channel and ts without one", async () => {
    const { site, conversationId, handoffId, ts } = await handoffWithThread();
    const event = slackThreadReply(ts, "Refund sent");
    expect((await slackEvent(site, event)).status).toBe(200);
    expect((await slackEvent(site, event, retry(1))).status).toBe(200);
    expect((await slackEvent(site, event, retry(2))).status).toBe(200);
    // The same Slack message (channel and ts) under another event_id, or none, is the same reply.
    await slackEvent(site, { ...event, event_id: `Ev${crypto.randomUUID()}` });
    const { event_id: _, ...withoutId } = event;
    await slackEvent(site, withoutId, retry(1));
    expect(await posted(site, conversationId, handoffId)).toEqual({
      texts: ["Refund sent"],
      deliveries: 1,
    });

    // An event without an event_id still becomes a reply, once.
    const { event_id: __, ...bare } = slackThreadReply(ts, "Anything else?");
    expect((await slackEvent(site, bare)).status).toBe(200);
    await Promise.all([slackEvent(site, bare), slackEvent(site, bare, retry(1))]);
    expect(await posted(site, conversationId, handoffId)).toEqual({
      texts: ["Refund sent", "Anything else?"],
      deliveries: 2,
    });
  });
});
