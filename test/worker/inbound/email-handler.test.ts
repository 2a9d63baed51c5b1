import { describe, expect, it } from "vitest";
import type { ConversationMessages } from "../../../shared/api.ts";
import { MAX_REPLY_AUTHOR_LENGTH } from "../../../shared/limits.ts";
import { handleInboundEmail } from "../../../worker/inbound/email-handler.ts";
import { handoffOfReplyAddress, replyAddress } from "../../../worker/inbound/reply-address.ts";
import { acceptedHandoff, ADMIN_TOKEN, call, env, putSite, uniqueSite } from "../helpers.ts";

const DOMAIN = "reply.acme.example";

async function handedOff(email: string | null) {
  const site = uniqueSite();
  await putSite(site, { channels: [{ id: "team", type: "email", to: ["support@acme.example"] }] });
  const conversationId = crypto.randomUUID();
  const { handoffId } = await acceptedHandoff(site, { conversationId, email });
  const address = await replyAddress(ADMIN_TOKEN, DOMAIN, handoffId);
  return { site, conversationId, handoffId, address: address ?? "" };
}

/** An incoming message as the email() handler gets it: raw MIME, envelope, and its verdict. */
function incoming(from: string, to: string, headers: string, body: string) {
  const raw = `${headers}\r\nMessage-ID: <${crypto.randomUUID()}@acme.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`;
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
}

async function thread(site: string, conversationId: string) {
  const res = await call(`/v1/conversations/${conversationId}?site=${site}`);
  return ((await res.json()) as ConversationMessages).messages;
}

describe("answering a handoff by email", () => {
  it("signs each handoff's reply address, and refuses a changed one", async () => {
    const id = crypto.randomUUID();
    const address = (await replyAddress(ADMIN_TOKEN, DOMAIN, id)) ?? "";
    expect(address).toMatch(new RegExp(`^reply\\+${id}\\.[0-9a-f]{16}@reply\\.acme\\.example$`));
    expect(await handoffOfReplyAddress(ADMIN_TOKEN, address.toUpperCase())).toBe(id);
    const tampered = address.replace(/\.([0-9a-f])/, (_, d) => `.${d === "0" ? "1" : "0"}`);
    expect(await handoffOfReplyAddress(ADMIN_TOKEN, tampered)).toBeNull();
    expect(await handoffOfReplyAddress("another-secret-0123456789abcdef", address)).toBeNull();
    expect(await replyAddress(ADMIN_TOKEN, "", id)).toBeNull();
  });

  it("turns the team's answer, without the quoted notification, into a team reply the visitor reads", async () => {
    const { site, conversationId, handoffId, address } = await handedOff("jane@example.com");
    const message = incoming(
      "Support@Acme.example",
      address,
      `From: Maria Jensen <support@acme.example>\r\nTo: ${address}\r\nSubject: Re: Handoff from Acme`,
      "It ships today, <b>Jane</b>.\r\n\r\nOn Mon, 6 Dec 2026, Clarifier <handoffs@clarifier.example> wrote:\r\n> A visitor on Acme asked for a person.\r\n",
    );
    await handleInboundEmail(message, env);
    expect(message.rejected).toBeNull();
    const last = (await thread(site, conversationId)).at(-1);
    expect(last).toMatchObject({
      role: "team",
      text: "It ships today, <b>Jane</b>.",
      author: "Maria Jensen",
    });
    // The visitor was not among the recipients: Clarifier emails it to them.
    const emailed = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM deliveries WHERE handoff_id = ? AND kind = 'reply'",
    )
      .bind(handoffId)
      .first("n");
    expect(emailed).toBe(1);
  });

  it("doesn't email the visitor an answer that was already sent to them", async () => {
    const { handoffId, address } = await handedOff("jane@example.com");
    const message = incoming(
      "support@acme.example",
      address,
      `From: support@acme.example\r\nTo: jane@example.com, ${address}\r\nSubject: Re: Handoff`,
      "Done!",
    );
    await handleInboundEmail(message, env);
    expect(message.rejected).toBeNull();
    const row = await env.DB.prepare(
      "SELECT r.via AS via, r.author AS author, (SELECT COUNT(*) FROM deliveries d WHERE d.handoff_id = r.handoff_id AND d.kind = 'reply') AS emails FROM replies r WHERE r.handoff_id = ?",
    )
      .bind(handoffId)
      .first();
    expect(row).toEqual({ via: "email", author: "support@acme.example", emails: 0 });
  });

  it("rejects a stranger, a forged address and a reply with nothing new, storing nothing", async () => {
    const { handoffId, address } = await handedOff(null);
    const headers = `From: someone@evil.example\r\nTo: ${address}\r\nSubject: Re: Handoff`;
    const stranger = incoming("someone@evil.example", address, headers, "Click here");
    await handleInboundEmail(stranger, env);
    expect(stranger.rejected).toMatch(/Only the site's team/);

    const forgedTo = address.replace(handoffId, crypto.randomUUID());
    const forged = incoming("support@acme.example", forgedTo, headers, "Hello");
    await handleInboundEmail(forged, env);
    expect(forged.rejected).toMatch(/not one Clarifier gave out/);

    const empty = incoming(
      "support@acme.example",
      address,
      headers,
      "\r\nOn Mon, 6 Dec 2026, Clarifier wrote:\r\n> Handoff",
    );
    await handleInboundEmail(empty, env);
    expect(empty.rejected).toMatch(/no text of its own/);
    const n = await env.DB.prepare("SELECT COUNT(*) AS n FROM replies WHERE handoff_id = ?")
      .bind(handoffId)
      .first("n");
    expect(n).toBe(0);
  });
});

async function teamReplies(handoffId: string) {
  return (
    await env.DB.prepare("SELECT author FROM replies WHERE handoff_id = ?")
      .bind(handoffId)
      .all<{ author: string | null }>()
  ).results;
}

/** A reply from the team's address to `to`, its From header `from`. */
const fromTeam = (to: string, from: string) =>
  incoming(
    "support@acme.example",
    to,
    `From: ${from}\r\nTo: ${to}\r\nSubject: Re: Handoff`,
    "Refund approved, no questions asked.\r\n",
  );

describe("inbound email: the security audit's findings", () => {
  it("is closed while ADMIN_TOKEN is unset or short enough to guess: its signatures prove nothing", async () => {
    const { handoffId } = await handedOff(null);
    for (const weak of ["password", ""]) {
      // Whoever guesses a short token signs the address as the worker would; without one, the
      // handler once threw (an HMAC key can't be empty) instead of answering the sender.
      const key = weak || ADMIN_TOKEN;
      const forged = (await replyAddress(key, DOMAIN, handoffId)) ?? "";
      const message = fromTeam(forged, "Support <support@acme.example>");
      await handleInboundEmail(message, { ...env, ADMIN_TOKEN: weak });
      expect(message.rejected).toMatch(/closed/);
    }
    expect(await teamReplies(handoffId)).toEqual([]);
  });

  it("holds the From name to the author rule: one line, at most the author limit", async () => {
    const { handoffId, address } = await handedOff(null);
    const message = fromTeam(address, `"${"Maria ".repeat(200)}" <support@acme.example>`);
    await handleInboundEmail(message, env);
    expect(message.rejected).toBeNull();
    const [reply] = await teamReplies(handoffId);
    expect(reply?.author?.startsWith("Maria Maria")).toBe(true);
    expect(reply?.author?.length).toBeLessThanOrEqual(MAX_REPLY_AUTHOR_LENGTH);
  });
});

/** What Email Routing stamps above the sender's headers (authserv-id `mx.cloudflare.net`). */
const stamped = (results: string) => `Authentication-Results: mx.cloudflare.net;\r\n\t${results}`;
const PASS = stamped(
  "dkim=pass header.d=acme.example header.s=s1 header.b=Ab3/x+Q=;\r\n\tdmarc=pass header.from=acme.example policy.dmarc=reject;\r\n\tspf=pass (mx.cloudflare.net: domain of support@acme.example designates 192.0.2.7 as permitted sender) smtp.mailfrom=support@acme.example",
);

/** A reply from the team's envelope address, these headers above the sender's own. */
const answer = (to: string, trace: string[], from = "Maria <support@acme.example>") =>
  incoming(
    "support@acme.example",
    to,
    [...trace, `From: ${from}`, `To: ${to}`, "Subject: Re: Handoff"].join("\r\n"),
    "Refund approved, no questions asked.\r\n",
  );

describe("inbound email: the sender's authentication", () => {
  it("rejects a reply whose DMARC failed, or whose SPF failed without the team's DKIM, storing and sending nothing", async () => {
    const { handoffId, address } = await handedOff("jane@example.com");
    const forged = [
      stamped(
        "dkim=none; spf=pass smtp.mailfrom=support@acme.example;\r\n\tdmarc=fail header.from=acme.example policy.dmarc=none",
      ),
      stamped(
        "spf=softfail (mx.cloudflare.net: domain of transitioning support@acme.example does not designate 203.0.113.9 as permitted sender) smtp.mailfrom=support@acme.example; dkim=pass header.d=evil.example; dmarc=none",
      ),
      stamped("spf=fail smtp.mailfrom=support@acme.example; dkim=fail header.d=acme.example"),
    ];
    for (const trace of forged) {
      const message = answer(address, [trace]);
      await handleInboundEmail(message, env);
      expect(message.rejected).toMatch(/failed authentication/);
    }
    expect(await teamReplies(handoffId)).toEqual([]);
    const sent = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM deliveries WHERE handoff_id = ? AND kind = 'reply'",
    )
      .bind(handoffId)
      .first("n");
    expect(sent).toBe(0);
  });

  it("believes Email Routing's header, not a passing one the sender wrote below it", async () => {
    const { handoffId, address } = await handedOff(null);
    const forged = answer(address, [
      "Received: from mail.evil.example by cloudflare-email.net",
      stamped("spf=fail smtp.mailfrom=support@acme.example; dmarc=fail header.from=acme.example"),
      "X-Mailer: evil",
      PASS,
    ]);
    await handleInboundEmail(forged, env);
    expect(forged.rejected).toMatch(/DMARC failed for acme\.example/);
    expect(await teamReplies(handoffId)).toEqual([]);
  });

  it("takes a reply that passed, or whose domain publishes nothing to check", async () => {
    const { handoffId, address } = await handedOff(null);
    const passed = answer(address, ["Received: by cloudflare-email.net", PASS]);
    await handleInboundEmail(passed, { ...env, ENVIRONMENT: "production" });
    expect(passed.rejected).toBeNull();
    const unproven = answer(address, [
      stamped("dkim=none; spf=none smtp.mailfrom=support@acme.example; dmarc=none"),
    ]);
    await handleInboundEmail(unproven, { ...env, ENVIRONMENT: "production" });
    expect(unproven.rejected).toBeNull();
    expect(await teamReplies(handoffId)).toEqual([{ author: "Maria" }, { author: "Maria" }]);
  });

  it("with REQUIRE_EMAIL_AUTH, rejects a reply that no one checked: no header, or only one the sender wrote", async () => {
    const { handoffId, address } = await handedOff(null);
    const production = { ...env, ENVIRONMENT: "production", REQUIRE_EMAIL_AUTH: "true" };
    for (const trace of [
      [],
      ["Authentication-Results: mail.evil.example; dmarc=pass header.from=acme.example"],
    ]) {
      const message = answer(address, trace);
      await handleInboundEmail(message, production);
      expect(message.rejected).toMatch(/no sender authentication/);
    }
    expect(await teamReplies(handoffId)).toEqual([]);
  });

  it("by default takes an unchecked reply, in production too, but never one Email Routing calls forged", async () => {
    const { handoffId, address } = await handedOff(null);
    const local = answer(address, []);
    await handleInboundEmail(local, env);
    expect(local.rejected).toBeNull();
    const unchecked = answer(address, []);
    await handleInboundEmail(unchecked, { ...env, ENVIRONMENT: "production" });
    expect(unchecked.rejected).toBeNull();
    // Without the setting or with it, a verdict that says forged is refused.
    for (const setting of [{}, { REQUIRE_EMAIL_AUTH: "false" }]) {
      const forged = answer(address, [stamped("dmarc=fail header.from=acme.example")]);
      await handleInboundEmail(forged, { ...env, ENVIRONMENT: "production", ...setting });
      expect(forged.rejected).toMatch(/failed authentication/);
    }
    expect(await teamReplies(handoffId)).toHaveLength(2);
  });
});
