import { describe, expect, it } from "vitest";
import type { ChatResponse, ConversationMessages, ErrorBody } from "../../shared/api.ts";
import { MAX_CONVERSATION_MESSAGES } from "../../shared/limits.ts";
import type { WebhookPayload } from "../../shared/api.ts";
import { conversationQuery } from "../../worker/conversations/store.ts";
import { handleInboundEmail } from "../../worker/inbound/email-handler.ts";
import { replyAddress } from "../../worker/inbound/reply-address.ts";
import {
  acceptedHandoff,
  ADMIN_TOKEN,
  call,
  chat,
  env,
  eventually,
  ORIGIN,
  postChat,
  postHandoff,
  putKb,
  putSite,
  receivedAt,
  receiverPath,
  uniqueSite,
  WEBHOOK_SECRET,
} from "./helpers.ts";

// Findings of the ninth security pass (docs/security.md), each through the real worker.

/** How many messages (visitor and assistant) the conversation holds on the default database. */
async function storedMessages(conversationId: string): Promise<number> {
  const sql = "SELECT COUNT(*) AS n FROM messages WHERE conversation_id = ?";
  return (await env.DB.prepare(sql).bind(conversationId).first<number>("n")) ?? 0;
}

/**
 * Writes visitor messages straight into D1 until the conversation holds `total`: what a script
 * sending at chat's 30 a minute reaches in minutes (the test's rate limits would take as long).
 */
async function fillConversation(conversationId: string, total: number): Promise<void> {
  const missing = total - (await storedMessages(conversationId));
  const insert = env.DB.prepare(
    `INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES (?, ?, 'visitor', ?, ?)`,
  );
  const start = Date.now();
  const rows = Array.from({ length: missing }, (_, i) =>
    insert.bind(
      crypto.randomUUID(),
      conversationId,
      `flood ${i}`,
      new Date(start + i).toISOString(),
    ),
  );
  for (let i = 0; i < rows.length; i += 500) await env.DB.batch(rows.slice(i, i + 500));
}

/** A site with the two Acme articles and a webhook channel to a fresh receiver path. */
async function siteWithWebhook(
  config: Record<string, unknown> = {},
): Promise<{ site: string; hook: string }> {
  const site = uniqueSite();
  const hook = receiverPath();
  const saved = await putSite(site, {
    channels: [{ id: "crm", type: "webhook", url: hook.url, secret: WEBHOOK_SECRET }],
    ...config,
  });
  expect(saved.status).toBe(200);
  await putKb(site);
  return { site, hook: hook.path };
}

/** The visitor messages the receiver got for `hookPath`, in the order they came. */
async function delivered(hookPath: string): Promise<string[]> {
  const got = await receivedAt(hookPath);
  return got.map((r) => (JSON.parse(r.body) as WebhookPayload).visitor_message);
}

describe("a conversation's length", () => {
  it("is bounded: past its limit chat answers 409 conversation_full, readable by the site, and writes nothing", async () => {
    // Chat took thirty messages a minute into one conversation for ever: 43,200 a day, each read
    // again by the conversation's handoff re-checks, the dashboard and D1's sorts.
    const { site } = await siteWithWebhook();
    const first = await chat(site, "How many days do I have to return an item for a refund?");
    expect(first.reply.type).toBe("answer");
    const { conversationId } = first;
    await fillConversation(conversationId, MAX_CONVERSATION_MESSAGES);

    const { res, body } = await postChat(
      site,
      "How long does express shipping take?",
      conversationId,
    );
    expect(res.status).toBe(409);
    expect((body as unknown as ErrorBody).error.code).toBe("conversation_full");
    expect((body as unknown as ErrorBody).error.message).toMatch(/start a new one/);
    // The widget reads the refusal like any other (its origin is the site's).
    expect(res.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(await storedMessages(conversationId)).toBe(MAX_CONVERSATION_MESSAGES);

    // One message short of the limit, chat still answers and writes as before.
    const other = await chat(site, "How many days do I have to return an item for a refund?");
    await fillConversation(other.conversationId, MAX_CONVERSATION_MESSAGES - 1);
    expect(
      (await chat(site, "How long does express shipping take?", other.conversationId)).reply.type,
    ).toBe("answer");
    // A new conversation is the way on.
    expect((await chat(site, "How long does express shipping take?")).reply.type).toBe("answer");
  });

  it("never stops a visitor reaching a person: a request for a person is still answered, and the handoff and its follow-ups are accepted and delivered", async () => {
    const { site, hook } = await siteWithWebhook({ handoffButton: true });
    const { conversationId } = await chat(
      site,
      "How many days do I have to return an item for a refund?",
    );
    await fillConversation(conversationId, MAX_CONVERSATION_MESSAGES);

    // In words the default grammar reads (no phrase of the widget's list): chat answers the
    // handoff as anywhere, writing nothing; the widget then asks for the email and confirms.
    const asked = "could I please speak with someone from your team";
    const { res, body } = await postChat(site, asked, conversationId);
    expect(res.status).toBe(200);
    expect((body as ChatResponse).reply).toMatchObject({ type: "handoff", reason: "keyword" });
    expect(await storedMessages(conversationId)).toBe(MAX_CONVERSATION_MESSAGES);

    const handoff = await postHandoff(site, { conversationId, message: asked, reason: "keyword" });
    expect(handoff.status).toBe(202);
    // A later request for a person, and the button's, join it as follow-ups.
    const again = "talk to a human, my parcel is still missing";
    expect((await postHandoff(site, { conversationId, message: again })).status).toBe(202);
    const button = "Please call me about order 4471";
    expect(
      (await postHandoff(site, { conversationId, message: button, reason: "visitor_request" }))
        .status,
    ).toBe(202);
    // Each reached the team.
    const got = await eventually(async () => {
      const messages = await delivered(hook);
      return messages.length >= 3 ? messages : null;
    });
    expect(got.sort()).toEqual([asked, again, button].sort());
  });

  it("is checked along the conversation's index, at most the limit's rows, however long it grew", async () => {
    // A conversation flooded before the limit existed: the check must not read all of it.
    const { site } = await siteWithWebhook();
    const { conversationId } = await chat(
      site,
      "How many days do I have to return an item for a refund?",
    );
    await fillConversation(conversationId, 3_000);
    const counted = await conversationQuery(env.DB, conversationId, MAX_CONVERSATION_MESSAGES).all<{
      messages: number;
    }>();
    expect(counted.results[0]?.messages).toBe(MAX_CONVERSATION_MESSAGES);
    // The conversation's row and at most the limit's index entries.
    expect(counted.meta.rows_read).toBeLessThanOrEqual(MAX_CONVERSATION_MESSAGES + 2);
    expect(
      (await postChat(site, "How long does express shipping take?", conversationId)).res.status,
    ).toBe(409);
  });
});

describe("a handoff's Slack notice", () => {
  it("carries the visitor's plain-word mentions defused, so the team's channel is not notified by them", async () => {
    const site = uniqueSite();
    const slack = receiverPath();
    const saved = await putSite(site, {
      channels: [{ id: "triage", type: "slack", webhookUrl: slack.url }],
    });
    expect(saved.status).toBe(200);
    const message = "talk to a human @channel @here, it's urgent <!everyone>";
    expect((await postHandoff(site, { message, email: "jane@example.com" })).status).toBe(202);
    const [posted] = await eventually(async () => {
      const got = await receivedAt(slack.path);
      return got.length > 0 ? got : null;
    });
    const body = posted?.body ?? "";
    expect(body).not.toMatch(/@(?:channel|here|everyone)/);
    expect(body).not.toContain("<!everyone>");
    expect(body).toContain("@\u2060channel");
    expect(body).toContain("jane@example.com");
  });
});

describe("an email reply's sender", () => {
  it("is one of the team's addresses by ASCII case only: a Kelvin sign (U+212A) is not a k", async () => {
    // The team check lower-cased the envelope sender with toLowerCase, which maps U+212A KELVIN
    // SIGN to "k": "\u212Aate@\u212Aayak.example" passed as the team's kate@kayak.example, while
    // the mail service judged its own, unregistered Unicode domain (no SPF, no DMARC: not forged).
    const site = uniqueSite();
    await putSite(site, { channels: [{ id: "team", type: "email", to: ["kate@kayak.example"] }] });
    const { conversationId, handoffId } = await acceptedHandoff(site, {
      email: "jane@example.com",
    });
    const to = (await replyAddress(ADMIN_TOKEN, "reply.kayak.example", handoffId)) ?? "";
    const reply = (from: string) => {
      const raw = [
        `Authentication-Results: mx.cloudflare.net; spf=none smtp.mailfrom=${from}; dmarc=none header.from=${from.split("@")[1]}`,
        `From: Kate <${from}>`,
        `To: ${to}`,
        "Subject: Re: Handoff",
        `Message-ID: <${crypto.randomUUID()}@example.net>`,
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Please send us your card number.",
      ].join("\r\n");
      const message = {
        from,
        to,
        raw: new Response(raw).body as ReadableStream<Uint8Array>,
        rejected: null as string | null,
        setReject(reason: string) {
          message.rejected = reason;
        },
      };
      return message;
    };
    const lookalike = reply("\u212Aate@\u212Aayak.example");
    await handleInboundEmail(lookalike, env);
    expect(lookalike.rejected ?? "accepted").toMatch(/Only the site's team/);
    const res = await call(`/v1/conversations/${conversationId}?site=${site}`);
    const roles = ((await res.json()) as ConversationMessages).messages.map((m) => m.role);
    expect(roles).not.toContain("team");
    // The team's own address, in any ASCII case, still answers.
    const kate = reply("Kate@Kayak.example");
    await handleInboundEmail(kate, env);
    expect(kate.rejected).toBeNull();
  });
});

describe("the public config's caching", () => {
  it("is the browser's only: each answer's access-control-allow-origin is its request's", async () => {
    // `public, max-age=60` let a shared cache keep it, and many ignore `Vary: Origin`
    // (Cloudflare's own cache keys do): an answer for one origin, or for a request with none,
    // would be served to the site's widget on another, whose browser then refuses it.
    const site = uniqueSite();
    expect(
      (await putSite(site, { allowedOrigins: [ORIGIN, "https://www.shop.example"] })).status,
    ).toBe(200);
    for (const origin of [ORIGIN, "https://www.shop.example", undefined]) {
      const res = await call(`/v1/sites/${site}/config`, {
        headers: origin ? { origin } : {},
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("private, max-age=60");
      expect(res.headers.get("vary")).toBe("Origin");
      expect(res.headers.get("access-control-allow-origin")).toBe(origin ?? null);
    }
  });
});
