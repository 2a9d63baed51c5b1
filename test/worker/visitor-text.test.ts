import { describe, expect, it } from "vitest";
import type { ErrorBody, HandoffAccepted } from "../../shared/api.ts";
import { getPage, signIn } from "./dashboard/helpers.ts";
import {
  call,
  env,
  eventually,
  ORIGIN,
  postHandoff,
  putSite,
  receivedAt,
  receiverPath,
  uniqueSite,
} from "./helpers.ts";

// Every bidi control a visitor could use to reorder what a team reads.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

async function post(path: string, json: Record<string, unknown>): Promise<Response> {
  return call(path, { method: "POST", headers: { origin: ORIGIN }, json });
}

async function storedRows(site: string): Promise<number> {
  const row = await env.DB.prepare(
    `SELECT (SELECT COUNT(*) FROM conversations WHERE site = ?1)
          + (SELECT COUNT(*) FROM handoffs WHERE site = ?1) AS n`,
  )
    .bind(site)
    .first<number>("n");
  return row ?? 0;
}

describe("a message with nothing visible in it", () => {
  it.each([
    ["Hangul fillers", "\u3164\u3164"],
    ["Hangul choseong and jungseong fillers", "\u115f\u1160"],
    ["a blank braille pattern", "\u2800"],
    ["a lone high surrogate", "\ud800"],
    ["a lone low surrogate among spaces", " \udc00 "],
    ["halfwidth Hangul filler and a variation selector", "\uffa0\ufe0f"],
    ["tag characters", "\u{e0041}\u{e0042}"],
  ])(
    "is refused with 400 by chat and handoff alike, and nothing is stored or sent: %s",
    async (_, message) => {
      const hook = receiverPath();
      const site = uniqueSite();
      await putSite(site, {
        handoffButton: true,
        channels: [{ id: "hook", type: "webhook", url: hook.url }],
      });
      const conversationId = crypto.randomUUID();
      const chat = await post("/v1/chat", { site, conversationId, message });
      expect(chat.status).toBe(400);
      expect(((await chat.json()) as ErrorBody).error.message).toMatch(/must contain some text/);
      const handoff = await post("/v1/handoff", {
        site,
        conversationId,
        message,
        reason: "visitor_request",
      });
      expect(handoff.status).toBe(400);
      expect(((await handoff.json()) as ErrorBody).error.code).toBe("bad_request");
      expect(await storedRows(site)).toBe(0);
      expect(await receivedAt(hook.path)).toEqual([]);
    },
  );

  it("keeps real text with a lone surrogate in it, stored as U+FFFD so every channel gets the same", async () => {
    const site = uniqueSite();
    await putSite(site, { handoffButton: true });
    const conversationId = crypto.randomUUID();
    const res = await postHandoff(site, {
      conversationId,
      message: "call me\ud800 back",
      reason: "visitor_request",
    });
    expect(res.status).toBe(202);
    const { handoffId } = (await res.json()) as HandoffAccepted;
    const stored = await env.DB.prepare("SELECT visitor_message AS m FROM handoffs WHERE id = ?")
      .bind(handoffId)
      .first<string>("m");
    expect(stored).toBe("call me\ufffd back");
  });
});

describe("bidi controls in a visitor's text", () => {
  it("are taken out of the Slack body, the trigger text and the dashboard, and kept in the stored record", async () => {
    const hook = receiverPath();
    const site = uniqueSite();
    // The owner's keyword carries one too (written by the CLI straight into the config).
    const phrase = "agent\u202eplease";
    await putSite(site, {
      keywords: { mode: "add", phrases: [phrase] },
      channels: [{ id: "triage", type: "slack", webhookUrl: hook.url }],
    });
    const message = `invoice\u202efdp.exe \u2066isolated\u2069 ${phrase} \u200fnow`;
    const res = await postHandoff(site, { message });
    expect(res.status).toBe(202);
    const { handoffId } = (await res.json()) as HandoffAccepted;

    const [request] = await eventually(async () => {
      const got = await receivedAt(hook.path);
      return got.length > 0 && got;
    });
    const slack = JSON.parse(request?.body ?? "{}") as unknown;
    const slackText = JSON.stringify(slack);
    expect(slackText).not.toMatch(BIDI);
    expect(slackText).toContain("invoicefdp.exe isolated agentplease now");
    // The trigger names the keyword, neutralised too.
    expect(slackText).toContain('keyword \\"agentplease\\"');

    const cookie = await signIn();
    for (const path of ["/admin", `/admin/handoffs/${handoffId}`]) {
      const html = await (await getPage(path, cookie)).text();
      expect(html).toContain("invoicefdp.exe isolated agentplease now");
      expect(html).not.toMatch(BIDI);
    }

    // What the visitor wrote is kept as written: only what is shown is neutralised.
    const stored = await env.DB.prepare("SELECT visitor_message AS m FROM handoffs WHERE id = ?")
      .bind(handoffId)
      .first<string>("m");
    expect(stored).toBe(message);
  });
});
