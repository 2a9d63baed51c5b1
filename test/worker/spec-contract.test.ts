/**
 * The spec's HTTP contract (`api.md` in the spec folder beside this repository), held example by
 * example. Outside harnesses we never see call the worker exactly as that page says: every
 * request here is one of its examples sent as written (or the smallest variation it allows), and
 * every expectation is something the page promises. A change that breaks one breaks someone's
 * script silently, so fix the change, not this file; docs/api.md ("Checked against the spec")
 * says what was checked.
 *
 * `SPEC_EXAMPLES` is the table: every request the spec shows, walked in order on one site, with
 * the status and shape it promises. The describe blocks after it hold the rest of the page, rule
 * by rule: the variations a harness may send (field order, unknown fields, nulls, content types,
 * no Origin), the refusals with their codes, CORS, and each reply type's fields.
 */
import { Webhook } from "standardwebhooks";
import { beforeAll, describe, expect, it } from "vitest";
import type { ChatResponse } from "../../shared/api.ts";
import {
  call,
  chat,
  eventually,
  FRESH_WINDOW_TIMEOUT_MS,
  freshLimitWindow,
  ORIGIN,
  putKb,
  putSite,
  receivedAt,
  receiverPath,
  testAddress,
  uniqueSite,
  WEBHOOK_SECRET,
} from "./helpers.ts";
import outdoorKb from "../fixtures/outdoor-kb.json";
import { siteWithOutdoorKb, suggestionsOf } from "./suggestion-helpers.ts";

/**
 * The spec's site config example, verbatim but for the webhook's secret: the spec writes it
 * "whsec_...", elided like every "…" of the page, and says the signing key is its base64 part.
 * The worker refuses a secret without 24 to 64 random bytes there (400, saying so): a key anyone
 * can guess lets anyone sign a forged handoff to the CRM. The test after this one holds that.
 */
const SPEC_SITE_CONFIG = {
  name: "Acme",
  allowedOrigins: ["https://acme.example"],
  threshold: 0.4,
  keywords: { mode: "add", phrases: ["book a consultation"] },
  requireEmail: false,
  handoffButton: true,
  language: "auto",
  channels: [
    { id: "team-mail", type: "email", to: ["support@acme.example"] },
    { id: "triage", type: "slack", webhookUrl: "https://hooks.slack.com/services/T/B/X" },
    {
      id: "crm",
      type: "webhook",
      url: "https://crm.acme.example/hooks/clarifier",
      secret: WEBHOOK_SECRET,
    },
  ],
};
const SPEC_ORIGIN = "https://acme.example";

/** The spec's languages, and null: what a harness reading `language` accepts. */
const SPEC_LANGUAGES = ["en", "da", "de", "fr", "es", null];

type Json = Record<string, unknown>;

/** A public API call from `origin` with a JSON body. */
function post(path: string, json: unknown, origin = ORIGIN): Promise<Response> {
  return call(path, { method: "POST", json, headers: { origin } });
}

/** The status and the spec's error shape: `{"error": {"code", "message"}}`, JSON. */
async function expectError(res: Response, status: number, code: string): Promise<void> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = JSON.parse(text) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/\S/);
}

async function json<T = Json>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return JSON.parse(text) as T;
}

/** What the walk-through's rows share: the site, and the ids earlier answers gave. */
interface WalkState {
  site: string;
  conversationId: string;
  answerId: string;
  offerId: string;
  pickedUrl: string;
  handoffId: string;
  replyId: string;
}

interface SpecExample {
  /** The spec's line, as the test's name. */
  spec: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: (s: WalkState) => string;
  body?: (s: WalkState) => unknown;
  admin?: boolean;
  status: number;
  /** What the spec promises of the body (none for a 204), and what later rows need of it. */
  check?: (body: Json, s: WalkState) => void;
}

/**
 * Every request the spec shows, in the order a harness would send them, each with the status and
 * the body's shape it promises. One site, from its config to its deletion.
 */
const SPEC_EXAMPLES: SpecExample[] = [
  {
    spec: "PUT /admin/api/sites/{site} site config → 200",
    method: "PUT",
    path: (s) => `/admin/api/sites/${s.site}`,
    // The example, its Slack and webhook channels pointed at the test's receiver on 127.0.0.1
    // (loopback is allowed in development): the handoff below is delivered, and nothing leaves
    // the machine.
    body: () => ({
      ...SPEC_SITE_CONFIG,
      channels: [
        SPEC_SITE_CONFIG.channels[0],
        { ...SPEC_SITE_CONFIG.channels[1], webhookUrl: receiverPath().url },
        { ...SPEC_SITE_CONFIG.channels[2], url: receiverPath().url },
      ],
    }),
    admin: true,
    status: 200,
  },
  {
    spec: 'PUT /admin/api/sites/{site}/kb {"documents": [...]} → 200 {"documents": n, "passages": m}',
    method: "PUT",
    path: (s) => `/admin/api/sites/${s.site}/kb`,
    body: () => ({ documents: outdoorKb }),
    admin: true,
    status: 200,
    check: (body) => {
      expect(body.documents).toBe(outdoorKb.length);
      expect(body.passages).toBeGreaterThanOrEqual(outdoorKb.length);
    },
  },
  {
    spec: "GET /admin/api/sites/{site} → config, secrets masked",
    method: "GET",
    path: (s) => `/admin/api/sites/${s.site}`,
    admin: true,
    status: 200,
    check: (body) => {
      expect(body.name).toBe("Acme");
      // (The verbatim example's Slack URL is held masked by the test of that example.)
      expect(JSON.stringify(body)).not.toContain(WEBHOOK_SECRET);
    },
  },
  {
    spec: 'GET /v1/sites/{site}/config → 200 {"name", "threshold", "keywords", "requireEmail", "handoffButton", "language"}',
    method: "GET",
    path: (s) => `/v1/sites/${s.site}/config`,
    status: 200,
    check: (body) => {
      expect(body).toMatchObject({
        name: "Acme",
        threshold: 0.4,
        requireEmail: false,
        handoffButton: true,
        language: "auto",
      });
      expect(body.keywords).toContain("book a consultation");
    },
  },
  {
    spec: 'POST /v1/chat {"site", "message"} → 200 reply type "answer"',
    method: "POST",
    path: () => "/v1/chat",
    body: (s) => ({ site: s.site, message: "How many days do I have to return an item?" }),
    status: 200,
    check: (body, s) => {
      expect(body).toMatchObject({
        conversationId: expect.any(String),
        messageId: expect.any(String),
      });
      expect(body.reply).toMatchObject({
        type: "answer",
        text: expect.any(String),
        confidence: expect.any(Number),
        language: "en",
      });
      expect((body.reply as Json).sources).toContainEqual({
        title: "Returns and refunds",
        url: "https://acme.example/help/returns",
      });
      s.conversationId = body.conversationId as string;
      s.answerId = body.messageId as string;
    },
  },
  {
    spec: 'POST /v1/feedback {"site", "conversationId", "messageId", "helpful"} → 204',
    method: "POST",
    path: () => "/v1/feedback",
    body: (s) => ({
      site: s.site,
      conversationId: s.conversationId,
      messageId: s.answerId,
      helpful: true,
    }),
    status: 204,
  },
  {
    spec: 'POST /v1/chat "mange tak" → 200 reply type "small_talk" with language',
    method: "POST",
    path: () => "/v1/chat",
    body: (s) => ({ site: s.site, conversationId: s.conversationId, message: "mange tak" }),
    status: 200,
    check: (body) =>
      expect(body.reply).toEqual({ type: "small_talk", text: expect.any(String), language: "da" }),
  },
  {
    spec: 'POST /v1/chat → 200 reply "handoff", "low_confidence", with "suggestions"',
    method: "POST",
    path: () => "/v1/chat",
    body: (s) => ({
      site: s.site,
      conversationId: s.conversationId,
      message: "my parcel never showed up",
    }),
    status: 200,
    check: (body, s) => {
      const reply = body.reply as { suggestions?: { title: string; url: string }[] } & Json;
      expect(reply).toMatchObject({
        type: "handoff",
        reason: "low_confidence",
        confidence: expect.any(Number),
        language: "en",
      });
      expect(reply.suggestions?.length).toBeGreaterThan(0);
      expect(reply.suggestions?.length).toBeLessThanOrEqual(3);
      s.offerId = body.messageId as string;
      s.pickedUrl = reply.suggestions?.[0]?.url ?? "";
    },
  },
  {
    spec: 'POST /v1/feedback {"site", "conversationId", "messageId", "picked": "<url>"} → 204',
    method: "POST",
    path: () => "/v1/feedback",
    body: (s) => ({
      site: s.site,
      conversationId: s.conversationId,
      messageId: s.offerId,
      picked: s.pickedUrl,
    }),
    status: 204,
  },
  {
    spec: 'POST /v1/chat "talk to a human" → 200 reply "handoff", "keyword", matched, confidence null',
    method: "POST",
    path: () => "/v1/chat",
    body: (s) => ({ site: s.site, conversationId: s.conversationId, message: "talk to a human" }),
    status: 200,
    check: (body) =>
      expect(body.reply).toMatchObject({
        type: "handoff",
        reason: "keyword",
        matched: "talk to a human",
        confidence: null,
      }),
  },
  {
    spec: 'POST /v1/handoff {"site", "conversationId", "message", "email", "reason"} → 202 {"handoffId"}',
    method: "POST",
    path: () => "/v1/handoff",
    body: (s) => ({
      site: s.site,
      conversationId: s.conversationId,
      message: "talk to a human",
      email: "jane@example.com",
      reason: "keyword",
    }),
    status: 202,
    check: (body, s) => {
      expect(body.handoffId).toEqual(expect.any(String));
      s.handoffId = body.handoffId as string;
    },
  },
  {
    spec: "GET /v1/conversations/{conversationId}?site={site} → 200 messages, oldest first",
    method: "GET",
    path: (s) => `/v1/conversations/${s.conversationId}?site=${s.site}`,
    status: 200,
    check: (body) => {
      const messages = body.messages as Json[];
      expect(messages[0]).toMatchObject({
        role: "visitor",
        text: "How many days do I have to return an item?",
      });
      expect(messages[1]).toMatchObject({ role: "assistant" });
      for (const m of messages) expect(Date.parse(m.createdAt as string)).not.toBeNaN();
    },
  },
  {
    spec: 'POST /admin/api/sites/{site}/kb/documents/{id}/questions {"question"} → 200',
    method: "POST",
    path: (s) => `/admin/api/sites/${s.site}/kb/documents/tracking/questions`,
    body: () => ({ question: "my parcel never showed up" }),
    admin: true,
    status: 200,
  },
  {
    spec: "GET /admin/api/handoffs?site=&limit= → handoffs, with deliveries",
    method: "GET",
    path: (s) => `/admin/api/handoffs?site=${s.site}&limit=10`,
    admin: true,
    status: 200,
    check: (body, s) => {
      const [handoff] = body.handoffs as Json[];
      expect(handoff).toMatchObject({
        id: s.handoffId,
        site: s.site,
        reason: "keyword",
        visitorEmail: "jane@example.com",
        visitorMessage: "talk to a human",
        status: "open",
        replies: [],
      });
      expect(handoff).toHaveProperty("confidence");
      expect(handoff).toHaveProperty("lastAiReply");
      const deliveries = (handoff?.deliveries ?? []) as Json[];
      expect(deliveries.map((d) => d.channel).sort()).toEqual(["crm", "team-mail", "triage"]);
      for (const d of deliveries) {
        expect(["pending", "delivered", "failed"]).toContain(d.status);
        expect(d).toHaveProperty("attempts");
        expect(d).toHaveProperty("lastError");
      }
    },
  },
  {
    spec: 'POST /admin/api/handoffs/{id}/replies {"text", "author"} → 201 {"id", "createdAt"}',
    method: "POST",
    path: (s) => `/admin/api/handoffs/${s.handoffId}/replies`,
    body: () => ({ text: "Calling you now.", author: "Sam" }),
    admin: true,
    status: 201,
    check: (body, s) => {
      expect(Date.parse(body.createdAt as string)).not.toBeNaN();
      s.replyId = body.id as string;
    },
  },
  {
    spec: "GET /v1/conversations/{id}?site=&after= → the team's reply",
    method: "GET",
    path: (s) => `/v1/conversations/${s.conversationId}?site=${s.site}&after=${s.offerId}`,
    status: 200,
    check: (body, s) =>
      expect((body.messages as Json[]).at(-1)).toMatchObject({
        id: s.replyId,
        role: "team",
        text: "Calling you now.",
        author: "Sam",
      }),
  },
  {
    spec: 'PATCH /admin/api/handoffs/{id} {"status": "resolved"} → 200 the handoff',
    method: "PATCH",
    path: (s) => `/admin/api/handoffs/${s.handoffId}`,
    body: () => ({ status: "resolved" }),
    admin: true,
    status: 200,
    check: (body, s) => {
      expect(body).toMatchObject({ id: s.handoffId, status: "resolved" });
      // Fields not listed may be added: the listed ones, at least.
      expect(body.replies).toEqual([
        expect.objectContaining({
          id: s.replyId,
          text: "Calling you now.",
          author: "Sam",
          createdAt: expect.any(String),
        }),
      ]);
    },
  },
  {
    spec: "POST /admin/api/handoffs/{id}/redeliver → 202",
    method: "POST",
    path: (s) => `/admin/api/handoffs/${s.handoffId}/redeliver`,
    admin: true,
    status: 202,
  },
  {
    spec: 'POST /v1/handoff "reason": "visitor_request" with handoffButton on → 202',
    method: "POST",
    path: () => "/v1/handoff",
    body: (s) => ({
      site: s.site,
      conversationId: crypto.randomUUID(),
      message: "I have a question about my order",
      email: null,
      reason: "visitor_request",
    }),
    status: 202,
  },
  {
    spec: "DELETE /admin/api/sites/{site}",
    method: "DELETE",
    path: (s) => `/admin/api/sites/${s.site}`,
    admin: true,
    status: 200,
  },
  {
    spec: "GET /v1/sites/{site}/config of a deleted site → 404",
    method: "GET",
    path: (s) => `/v1/sites/${s.site}/config`,
    status: 404,
    check: (body) => expect((body.error as Json).code).toBe("site_not_found"),
  },
];

describe("the spec, example by example (one site, in order)", () => {
  const state: WalkState = {
    site: uniqueSite(),
    conversationId: "",
    answerId: "",
    offerId: "",
    pickedUrl: "",
    handoffId: "",
    replyId: "",
  };
  it.each(SPEC_EXAMPLES)("$spec", async (example) => {
    const body = example.body?.(state);
    const res = await call(example.path(state), {
      method: example.method,
      admin: example.admin,
      // Public calls come from the spec's own origin, as the widget on acme.example would.
      headers: example.admin ? {} : { origin: SPEC_ORIGIN },
      ...(body === undefined ? {} : { json: body }),
    });
    const text = await res.text();
    expect(res.status, text).toBe(example.status);
    if (!example.admin) expect(res.headers.get("access-control-allow-origin")).toBe(SPEC_ORIGIN);
    if (example.status === 204) {
      expect(text).toBe("");
      return;
    }
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    example.check?.(JSON.parse(text) as Json, state);
  });
});

describe("site config (admin API): the spec's example, verbatim", () => {
  it("is saved (200), read back with its secrets masked, and its public part has no secrets", async () => {
    const site = uniqueSite();
    const saved = await call(`/admin/api/sites/${site}`, {
      method: "PUT",
      admin: true,
      json: SPEC_SITE_CONFIG,
    });
    await json(saved, 200);
    const read = await json<typeof SPEC_SITE_CONFIG>(
      await call(`/admin/api/sites/${site}`, { admin: true }),
      200,
    );
    expect(read).toMatchObject({ name: "Acme", threshold: 0.4, handoffButton: true });
    const text = JSON.stringify(read);
    expect(text).not.toContain("hooks.slack.com/services/T/B/X");
    expect(text).not.toContain(WEBHOOK_SECRET);
    expect(read.channels.map((ch) => ch.id)).toEqual(["team-mail", "triage", "crm"]);

    const pub = await json(
      await call(`/v1/sites/${site}/config`, { headers: { origin: SPEC_ORIGIN } }),
      200,
    );
    expect(pub).toMatchObject({
      name: "Acme",
      threshold: 0.4,
      requireEmail: false,
      handoffButton: true,
      language: "auto",
    });
    const keywords = pub.keywords as string[];
    // `add`: the defaults and the site's phrases.
    expect(keywords).toContain("book a consultation");
    expect(keywords).toContain("talk to a human");
    expect(keywords.every((k) => k === k.toLowerCase())).toBe(true);
    expect(JSON.stringify(pub)).not.toMatch(/whsec_|hooks\.slack\.com|crm\.acme/);
  });

  it('refuses the example\'s elided secret "whsec_..." with a 400 that says what a secret is', async () => {
    const config = structuredClone(SPEC_SITE_CONFIG);
    const crm = config.channels[2] as { secret: string };
    crm.secret = "whsec_...";
    const res = await call(`/admin/api/sites/${uniqueSite()}`, {
      method: "PUT",
      admin: true,
      json: config,
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text).toMatch(/channels\.2\.secret.*base64/);
  });

  it("ignores a field it does not know (200), keeping the ones it does", async () => {
    const res = await call(`/admin/api/sites/${uniqueSite()}`, {
      method: "PUT",
      admin: true,
      json: { ...SPEC_SITE_CONFIG, $comment: "made by a harness", owner: { team: "ops" } },
    });
    expect(await json(res, 200)).toMatchObject({ name: "Acme", handoffButton: true });
  });

  it("applies the documented defaults when only the name and origins are given", async () => {
    const site = uniqueSite();
    await json(await putSite(site, {}), 200);
    const pub = await json(
      await call(`/v1/sites/${site}/config`, { headers: { origin: ORIGIN } }),
      200,
    );
    expect(pub).toMatchObject({ threshold: 0.4, requireEmail: false });
  });

  it.each([
    ["a threshold above 1", { threshold: 1.5 }],
    ["an unknown keywords mode", { keywords: { mode: "merge", phrases: [] } }],
  ])("refuses %s with a 400", async (_, config) => {
    await expectError(await putSite(uniqueSite(), config), 400, "bad_request");
  });

  it("takes the spec's optional fields as null, meaning their defaults", async () => {
    const site = uniqueSite();
    const res = await call(`/admin/api/sites/${site}`, {
      method: "PUT",
      admin: true,
      json: {
        name: "Acme",
        allowedOrigins: null,
        threshold: null,
        keywords: { mode: null, phrases: null },
        requireEmail: null,
        handoffButton: null,
        language: null,
        channels: null,
      },
    });
    expect(await json(res, 200)).toMatchObject({
      allowedOrigins: [],
      threshold: 0.4,
      keywords: { mode: "add", phrases: [] },
      requireEmail: false,
      language: "auto",
      channels: [],
    });
  });

  it("keeps a site's phrases lowercase in the public config, and `replace` drops the defaults", async () => {
    const site = uniqueSite();
    await putSite(site, { keywords: { mode: "replace", phrases: ["Book A Consultation"] } });
    const pub = await json(
      await call(`/v1/sites/${site}/config`, { headers: { origin: ORIGIN } }),
      200,
    );
    expect(pub.keywords).toEqual(["book a consultation"]);
  });

  it("is 404 for a site id no site has, on the public config", async () => {
    await expectError(await call(`/v1/sites/${uniqueSite()}/config`), 404, "site_not_found");
  });

  it("deletes a site: its public config is then 404", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const del = await call(`/admin/api/sites/${site}`, { method: "DELETE", admin: true });
    expect(del.status).toBeLessThan(300);
    await expectError(await call(`/v1/sites/${site}/config`), 404, "site_not_found");
  });
});

describe("the public API's conventions", () => {
  let site: string;
  beforeAll(async () => {
    site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
  });
  const question = "How many days do I have to return an item for a refund?";

  it("answers a CORS preflight from the widget's origin, for every public route", async () => {
    for (const path of ["/v1/chat", "/v1/handoff", "/v1/feedback", `/v1/sites/${site}/config`]) {
      const res = await call(path, {
        method: "OPTIONS",
        headers: {
          origin: ORIGIN,
          "access-control-request-method": path.endsWith("config") ? "GET" : "POST",
          "access-control-request-headers": "content-type",
        },
      });
      expect(res.status, path).toBeLessThan(300);
      expect(res.headers.get("access-control-allow-origin"), path).toBe(ORIGIN);
      expect(res.headers.get("access-control-allow-methods"), path).toMatch(/POST/);
      expect(res.headers.get("access-control-allow-headers")?.toLowerCase(), path).toContain(
        "content-type",
      );
    }
  });

  it("lets the allowed origin read answers and errors alike", async () => {
    const ok = await post("/v1/chat", { site, message: question });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    // Errors found before the site is known (bad body, wrong type, unknown site) and after
    // (email required, message too long): a browser reads every one's code.
    const errors = {
      badBody: await post("/v1/chat", { site, message: "" }),
      notJson: await call("/v1/chat", {
        method: "POST",
        headers: { origin: ORIGIN, "content-type": "text/plain" },
        body: "hi",
      }),
      unknownSite: await post("/v1/chat", { site: uniqueSite(), message: question }),
      unknownConfig: await call(`/v1/sites/${uniqueSite()}/config`, {
        headers: { origin: ORIGIN },
      }),
      tooLong: await post("/v1/chat", { site, message: "why ".repeat(1_500) }),
      unknownConversation: await call(`/v1/conversations/${crypto.randomUUID()}?site=${site}`, {
        headers: { origin: ORIGIN },
      }),
    };
    for (const [name, res] of Object.entries(errors)) {
      expect(res.status, name).toBeGreaterThanOrEqual(400);
      expect(res.headers.get("access-control-allow-origin"), name).toBe(ORIGIN);
      expect(res.headers.get("access-control-expose-headers"), name).toMatch(/retry-after/i);
    }
  });

  it("refuses another origin with 403, and allows loopback origins when run locally", async () => {
    const other = await post("/v1/chat", { site, message: question }, "https://evil.example");
    await expectError(other, 403, "origin_not_allowed");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const config = await call(`/v1/sites/${site}/config`, {
      headers: { origin: "https://evil.example" },
    });
    await expectError(config, 403, "origin_not_allowed");
    for (const origin of ["http://127.0.0.1:5173", "http://localhost:8787"]) {
      const res = await post("/v1/chat", { site, message: question }, origin);
      expect(res.status, origin).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe(origin);
    }
  });

  it.each([
    ["application/json", 200],
    ["application/json; charset=utf-8", 200],
    ["application/json;charset=UTF-8", 200],
    ["Application/JSON", 200],
  ])("takes a JSON body sent as %j", async (type, status) => {
    const res = await call("/v1/chat", {
      method: "POST",
      headers: { origin: ORIGIN, "content-type": type },
      body: JSON.stringify({ site, message: question }),
    });
    expect(res.status).toBe(status);
  });

  it.each([
    ["no content-type", undefined],
    ["text/plain", "text/plain;charset=UTF-8"],
    ["a form", "application/x-www-form-urlencoded"],
  ])("refuses a body with %s on every POST: 415 unsupported_media_type", async (_, type) => {
    const headers: Record<string, string> = { origin: ORIGIN };
    if (type) headers["content-type"] = type;
    const conversationId = crypto.randomUUID();
    const bodies = {
      "/v1/chat": { site, message: question },
      "/v1/handoff": { site, conversationId, message: "talk to a human", reason: "keyword" },
      "/v1/feedback": { site, conversationId, messageId: "m-1", helpful: true },
    };
    for (const [path, body] of Object.entries(bodies)) {
      const res = await call(path, { method: "POST", headers, body: JSON.stringify(body) });
      await expectError(res, 415, "unsupported_media_type");
    }
  });

  it.each([
    ["malformed JSON", "{", "invalid_json"],
    ["an empty body", "", "invalid_json"],
    ["a JSON array", "[]", "bad_request"],
    ["JSON null", "null", "bad_request"],
    ["a JSON string", '"hi"', "bad_request"],
    ["a message that is a number", JSON.stringify({ site: "x", message: 5 }), "bad_request"],
    ["no message", JSON.stringify({ site: "x" }), "bad_request"],
    ["no site", JSON.stringify({ message: "hi" }), "bad_request"],
    [
      "a site id outside [a-z0-9-]",
      JSON.stringify({ site: "Acme!", message: "hi" }),
      "bad_request",
    ],
  ])("answers %s with a 400 and the error's shape", async (_, body, code) => {
    const res = await call("/v1/chat", {
      method: "POST",
      headers: { origin: ORIGIN, "content-type": "application/json" },
      body,
    });
    await expectError(res, 400, code);
  });

  it("tolerates unknown fields, any field order, and a null conversationId", async () => {
    const reordered = await post("/v1/chat", {
      message: question,
      extra: { anything: [1, 2] },
      site,
      clientVersion: "9.9",
    });
    expect((await json<ChatResponse>(reordered, 200)).reply.type).toBe("answer");
    for (const conversationId of [null, ""]) {
      const fresh = await post("/v1/chat", { site, conversationId, message: question });
      expect((await json<ChatResponse>(fresh, 200)).conversationId).toMatch(/\S/);
    }
    const malformed = await post("/v1/chat", { site, conversationId: "a b", message: question });
    await expectError(malformed, 400, "bad_request");
  });

  it("is 404 site_not_found for a site nobody configured", async () => {
    await expectError(
      await post("/v1/chat", { site: uniqueSite(), message: question }),
      404,
      "site_not_found",
    );
  });

  it("is 413 for a body too large, and for a message too long", async () => {
    const huge = await post("/v1/chat", { site, message: "a ".repeat(600_000) });
    expect(huge.status).toBe(413);
    const long = await post("/v1/chat", { site, message: "why ".repeat(1_500) });
    expect(long.status).toBe(413);
    expect(((await long.json()) as { error: { code: string } }).error.code).toMatch(
      /message_too_long|payload_too_large/,
    );
  });
});

describe("a harness outside any browser (no Origin header)", () => {
  it("is served on every public route: CORS governs browsers only", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const bare = (path: string, body?: unknown) =>
      call(path, body === undefined ? {} : { method: "POST", json: body });
    await json(await bare(`/v1/sites/${site}/config`), 200);
    const answer = await json<ChatResponse>(
      await bare("/v1/chat", { site, message: "How long does express shipping take?" }),
      200,
    );
    const { conversationId, messageId } = answer;
    expect(
      (await bare("/v1/feedback", { site, conversationId, messageId, helpful: true })).status,
    ).toBe(204);
    await json(await bare(`/v1/conversations/${conversationId}?site=${site}`), 200);
    const handoff = await bare("/v1/handoff", {
      site,
      conversationId,
      message: "talk to a human",
      reason: "keyword",
    });
    expect(handoff.status).toBe(202);
  });
});

describe("the public API's other refusals", () => {
  it.each([
    ["an unknown reason", { reason: "bored" }],
    ["no conversationId", { conversationId: undefined }],
    ["a message that is only spaces", { message: "   " }],
  ])("refuses a handoff with %s: 400", async (_, change) => {
    const site = uniqueSite();
    await putSite(site, {});
    const body = {
      site,
      conversationId: crypto.randomUUID(),
      message: "talk to a human",
      reason: "keyword",
      ...change,
    };
    await expectError(await post("/v1/handoff", body), 400, "bad_request");
  });

  it("takes a handoff's fields in any order, with unknown ones beside them", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const res = await post("/v1/handoff", {
      reason: "keyword",
      widgetVersion: "2.0",
      message: "talk to a human",
      conversationId: crypto.randomUUID(),
      site,
    });
    expect(res.status).toBe(202);
  });

  it(
    "is 429 rate_limited past a visitor's budget, readable by the widget with its retry-after",
    async () => {
      await freshLimitWindow();
      const site = uniqueSite();
      await putSite(site, {});
      const address = testAddress();
      const statuses: number[] = [];
      let last: Response | undefined;
      // Handoffs are the smallest budget (5 a minute): the sixth is over it.
      for (let i = 0; i < 6; i++) {
        last = await call("/v1/handoff", {
          method: "POST",
          headers: { origin: ORIGIN, "cf-connecting-ip": address },
          json: {
            site,
            conversationId: crypto.randomUUID(),
            message: "talk to a human",
            reason: "keyword",
          },
        });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
      const limited = last as Response;
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(limited.headers.get("access-control-allow-origin")).toBe(ORIGIN);
      expect(limited.headers.get("access-control-expose-headers")).toMatch(/retry-after/i);
      await expectError(limited, 429, "rate_limited");
    },
    FRESH_WINDOW_TIMEOUT_MS,
  );

  it("refuses every public route to another origin with 403 origin_not_allowed", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const evil = "https://evil.example";
    const { conversationId } = await chat(site, "hi");
    const requests = {
      handoff: post(
        "/v1/handoff",
        { site, conversationId, message: "talk to a human", reason: "keyword" },
        evil,
      ),
      feedback: post(
        "/v1/feedback",
        { site, conversationId, messageId: "m-1", helpful: true },
        evil,
      ),
      conversation: call(`/v1/conversations/${conversationId}?site=${site}`, {
        headers: { origin: evil },
      }),
    };
    for (const [name, request] of Object.entries(requests)) {
      const res = await request;
      expect(res.status, name).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code, name).toBe(
        "origin_not_allowed",
      );
    }
  });

  it("is 400 for a conversation read without its `site`, and 404 for a malformed id", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const res = await call(`/v1/conversations/${crypto.randomUUID()}`, {
      headers: { origin: ORIGIN },
    });
    await expectError(res, 400, "bad_request");
    await expectError(
      await call(`/v1/conversations/abc?site=${site}`, { headers: { origin: ORIGIN } }),
      404,
      "conversation_not_found",
    );
  });
});

describe("POST /v1/chat: every reply the spec shows", () => {
  let site: string;
  beforeAll(async () => {
    site = uniqueSite();
    await putSite(site, { keywords: { mode: "add", phrases: ["book a consultation"] } });
    await putKb(site);
  });

  it("answers from the knowledge base: ids, text, confidence 0..1, sources, language", async () => {
    const res = await post("/v1/chat", {
      site,
      message: "How many days do I have to return an item for a refund?",
    });
    const body = await json<ChatResponse>(res, 200);
    expect(body.conversationId).toEqual(expect.any(String));
    expect(body.messageId).toEqual(expect.any(String));
    const reply = body.reply as Json;
    expect(reply.type).toBe("answer");
    expect(reply.text).toEqual(expect.any(String));
    expect(reply.confidence).toBeGreaterThanOrEqual(0);
    expect(reply.confidence).toBeLessThanOrEqual(1);
    expect(reply.sources).toEqual(
      expect.arrayContaining([
        { title: "Returns and refunds", url: "https://acme.example/help/returns" },
      ]),
    );
    expect(reply.language).toBe("en");

    // The conversationId it gave continues the conversation.
    const next = await json<ChatResponse>(
      await post("/v1/chat", {
        site,
        conversationId: body.conversationId,
        message: "How long does express shipping take?",
      }),
      200,
    );
    expect(next.conversationId).toBe(body.conversationId);
    expect(next.messageId).not.toBe(body.messageId);
  });

  it.each([
    ["talk to a human", "talk to a human"],
    ["Can I talk to a human please?", "talk to a human"],
    ["I'd like to book a consultation", "book a consultation"],
  ])("hands %j off by keyword, confidence null", async (message, matched) => {
    const body = await json<ChatResponse>(await post("/v1/chat", { site, message }), 200);
    expect(body.reply).toMatchObject({
      type: "handoff",
      reason: "keyword",
      matched,
      confidence: null,
    });
    expect(SPEC_LANGUAGES).toContain((body.reply as Json).language);
  });

  it("hands a keyword off whatever the confidence: in a question the knowledge base answers", async () => {
    const body = await chat(site, "How do I return an item? I want to talk to a human");
    expect(body.reply).toMatchObject({ type: "handoff", reason: "keyword" });
  });

  it.each([
    ["hi", "en"],
    ["mange tak", "da"],
    ["danke schön", "de"],
    ["ok bye", "en"],
    ["merci beaucoup", "fr"],
    ["muchas gracias", "es"],
  ])("takes %j as small talk, in its language", async (message, language) => {
    const body = await chat(site, message);
    expect(body.reply).toEqual({ type: "small_talk", text: expect.any(String), language });
    expect((body.reply as { text: string }).text).toMatch(/\S/);
  });

  it("answers thanks with the spec's own small-talk line", async () => {
    const body = await chat(site, "thanks");
    expect(body.reply).toEqual({
      type: "small_talk",
      text: "You're welcome! Anything else I can help with?",
      language: "en",
    });
  });

  it("still hands off a keyword inside small talk", async () => {
    const body = await chat(site, "hi, talk to a human");
    expect(body.reply).toMatchObject({ type: "handoff", reason: "keyword" });
  });

  it("hands off below the threshold with up to three suggestions, each a title and url", async () => {
    const outdoor = await siteWithOutdoorKb();
    const body = await chat(outdoor, "my parcel never showed up");
    const reply = body.reply as Json;
    expect(reply).toMatchObject({ type: "handoff", reason: "low_confidence" });
    expect(reply.confidence).toEqual(expect.any(Number));
    expect(SPEC_LANGUAGES).toContain(reply.language);
    const suggestions = suggestionsOf(body);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    for (const s of suggestions) {
      expect(s.title).toEqual(expect.any(String));
      expect(s).toHaveProperty("url");
    }
  });

  it.each([
    ["what's the weather tomorrow", "off_topic"],
    ["asdfgh", "unclear"],
  ])("hands %j off below the threshold with no suggestions, about %s", async (message, about) => {
    const outdoor = await siteWithOutdoorKb();
    const reply = (await chat(outdoor, message)).reply as Json;
    expect(reply).toMatchObject({ type: "handoff", reason: "low_confidence" });
    expect((reply.suggestions as unknown[] | undefined) ?? []).toEqual([]);
    if ("about" in reply) expect(reply.about).toBe(about);
  });

  it("sends nothing to a channel for a handoff reply: it is an offer", async () => {
    const hook = receiverPath();
    const offerSite = uniqueSite();
    await putSite(offerSite, {
      channels: [{ id: "crm", type: "webhook", url: hook.url, secret: WEBHOOK_SECRET }],
    });
    await chat(offerSite, "talk to a human");
    await new Promise((r) => setTimeout(r, 300));
    expect(await receivedAt(hook.path)).toEqual([]);
  });
});

describe("POST /v1/feedback", () => {
  it("takes a verdict on an answer (204, no body); the last stands; 404 for a handoff", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const answer = await chat(site, "How many days do I have to return an item for a refund?");
    const { conversationId, messageId } = answer;
    for (const helpful of [true, false]) {
      const res = await post("/v1/feedback", { site, conversationId, messageId, helpful });
      expect(res.status).toBe(204);
      expect(await res.text()).toBe("");
    }
    // The other field of the pair sent as null, as a client serialising its own type does,
    // and a field the spec doesn't name.
    const withNull = await post("/v1/feedback", {
      site,
      conversationId,
      messageId,
      helpful: true,
      picked: null,
      comment: "thanks",
    });
    expect(withNull.status).toBe(204);
    await expectError(
      await post("/v1/feedback", { site, conversationId, messageId, helpful: "yes" }),
      400,
      "bad_request",
    );
    const handoff = await chat(site, "talk to a human", conversationId);
    await expectError(
      await post("/v1/feedback", {
        site,
        conversationId,
        messageId: handoff.messageId,
        helpful: true,
      }),
      404,
      "answer_not_found",
    );
  });

  it("takes a pick of an offered suggestion by its url (204), and 404 for one never offered", async () => {
    const site = await siteWithOutdoorKb();
    const res = await chat(site, "my parcel never showed up");
    const [first] = suggestionsOf(res);
    expect(first?.url).toEqual(expect.any(String));
    const { conversationId, messageId } = res;
    const picked = await post("/v1/feedback", {
      site,
      conversationId,
      messageId,
      picked: first?.url,
    });
    expect(picked.status).toBe(204);
    await expectError(
      await post("/v1/feedback", {
        site,
        conversationId,
        messageId,
        picked: "https://acme.example/help/not-offered",
      }),
      404,
      "suggestion_not_found",
    );
  });
});

describe("GET /v1/conversations/{conversationId}", () => {
  it("lists the messages oldest first, `after` one of them, and 404 for another site's", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const first = await chat(site, "How many days do I have to return an item for a refund?");
    const id = first.conversationId;
    await chat(site, "How long does express shipping take?", id);
    const all = await json<{ messages: Json[] }>(
      await call(`/v1/conversations/${id}?site=${site}`, { headers: { origin: ORIGIN } }),
      200,
    );
    expect(all.messages.map((m) => m.role)).toEqual([
      "visitor",
      "assistant",
      "visitor",
      "assistant",
    ]);
    for (const m of all.messages) {
      expect(m).toMatchObject({ id: expect.any(String), text: expect.any(String) });
      expect(Date.parse(m.createdAt as string)).not.toBeNaN();
    }
    const after = await json<{ messages: Json[] }>(
      await call(`/v1/conversations/${id}?site=${site}&after=${all.messages[1]?.id}`, {
        headers: { origin: ORIGIN },
      }),
      200,
    );
    expect(after.messages).toEqual(all.messages.slice(2));

    const other = uniqueSite();
    await putSite(other, {});
    await expectError(
      await call(`/v1/conversations/${id}?site=${other}`, { headers: { origin: ORIGIN } }),
      404,
      "conversation_not_found",
    );
    await expectError(
      await call(`/v1/conversations/${crypto.randomUUID()}?site=${site}`, {
        headers: { origin: ORIGIN },
      }),
      404,
      "conversation_not_found",
    );
  });
});

describe("POST /v1/handoff", () => {
  it("accepts a keyword handoff (202 {handoffId}) and delivers exactly the spec's payload, signed, to every channel", async () => {
    const hook = receiverPath();
    const second = receiverPath();
    const site = uniqueSite();
    await putSite(site, {
      channels: [
        { id: "crm", type: "webhook", url: hook.url, secret: WEBHOOK_SECRET },
        { id: "backup", type: "webhook", url: second.url, secret: WEBHOOK_SECRET },
      ],
    });
    const offer = await chat(site, "Can you call me back? talk to a human");
    const accepted = await json<{ handoffId: string }>(
      await post("/v1/handoff", {
        site,
        conversationId: offer.conversationId,
        message: "Can you call me back? talk to a human",
        email: "jane@example.com",
        reason: "keyword",
      }),
      202,
    );
    expect(accepted.handoffId).toEqual(expect.any(String));
    const [request] = await eventually(async () => {
      const got = await receivedAt(hook.path);
      return got.length > 0 ? got : null;
    });
    const payload = JSON.parse(request?.body ?? "{}");
    expect(payload).toEqual({
      site_name: "Acme",
      visitor_email: "jane@example.com",
      visitor_message: "Can you call me back? talk to a human",
      last_ai_reply: null,
    });
    const headers = request?.headers ?? {};
    expect(headers["webhook-id"]).toMatch(/\S/);
    expect(Number(headers["webhook-timestamp"])).toBeGreaterThan(Date.now() / 1000 - 60);
    expect(headers["webhook-signature"]).toMatch(/^v1,/);
    expect(() => new Webhook(WEBHOOK_SECRET).verify(request?.body ?? "", headers)).not.toThrow();
    const [copy] = await eventually(async () => {
      const got = await receivedAt(second.path);
      return got.length > 0 ? got : null;
    });
    expect(JSON.parse(copy?.body ?? "{}")).toEqual(payload);
  });

  it.each([
    ["omitted", {}],
    ["null", { email: null }],
    ["empty", { email: "" }],
  ])("takes the email %s when the site does not require one", async (_, email) => {
    const site = uniqueSite();
    await putSite(site, {});
    const res = await post("/v1/handoff", {
      site,
      conversationId: crypto.randomUUID(),
      message: "talk to a human",
      reason: "keyword",
      ...email,
    });
    expect(res.status).toBe(202);
  });

  it("answers the same handoff again with the same handoffId (a retry)", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const body = {
      site,
      conversationId: crypto.randomUUID(),
      message: "talk to a human",
      reason: "keyword",
    };
    const first = await json<{ handoffId: string }>(await post("/v1/handoff", body), 202);
    const again = await json<{ handoffId: string }>(await post("/v1/handoff", body), 202);
    expect(again.handoffId).toBe(first.handoffId);
  });

  it("answers a retry named by the same Idempotency-Key with the same handoffId", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const key = crypto.randomUUID();
    const conversationId = crypto.randomUUID();
    const send = () =>
      call("/v1/handoff", {
        method: "POST",
        headers: { origin: ORIGIN, "idempotency-key": key },
        json: { site, conversationId, message: "talk to a human", reason: "keyword" },
      });
    const first = await json<{ handoffId: string }>(await send(), 202);
    const again = await json<{ handoffId: string }>(await send(), 202);
    expect(again.handoffId).toBe(first.handoffId);
  });

  it("accepts the message the worker itself judged below the threshold", async () => {
    const site = await siteWithOutdoorKb();
    const offer = await chat(site, "my parcel never showed up");
    expect(offer.reply).toMatchObject({ type: "handoff", reason: "low_confidence" });
    const res = await post("/v1/handoff", {
      site,
      conversationId: offer.conversationId,
      message: "my parcel never showed up",
      reason: "low_confidence",
    });
    expect(res.status).toBe(202);
  });

  it("refuses what it cannot justify: 403 handoff_not_justified", async () => {
    const site = uniqueSite();
    await putSite(site, { handoffButton: false });
    await putKb(site);
    const answer = await chat(site, "How many days do I have to return an item for a refund?");
    for (const reason of ["keyword", "low_confidence", "visitor_request"]) {
      await expectError(
        await post("/v1/handoff", {
          site,
          conversationId: answer.conversationId,
          message: "How many days do I have to return an item for a refund?",
          reason,
        }),
        403,
        "handoff_not_justified",
      );
    }
  });

  it.each([
    ["talk to a human"],
    ["Can I talk to a human please?"],
    ["I'd like to book a consultation"],
  ])("accepts a keyword handoff of %j, the message chat handed off", async (message) => {
    const site = uniqueSite();
    await putSite(site, { keywords: { mode: "add", phrases: ["book a consultation"] } });
    const offer = await chat(site, message);
    expect(offer.reply).toMatchObject({ type: "handoff", reason: "keyword" });
    const res = await post("/v1/handoff", {
      site,
      conversationId: offer.conversationId,
      message,
      reason: "keyword",
    });
    expect(res.status).toBe(202);
  });

  // The spec lists the justifications (a keyword match, the worker's own low-confidence verdict,
  // the button for `visitor_request`) without tying the first two to a `reason`: a client that
  // sends another reason than the one that holds is served, and the handoff records the true one.
  it.each([
    ["a keyword message sent as low_confidence", "talk to a human", "low_confidence", "keyword"],
    ["a keyword message sent as visitor_request", "talk to a human", "visitor_request", "keyword"],
    ["a judged message sent as keyword", "my parcel never showed up", "keyword", "low_confidence"],
  ])("accepts %s, recorded as %s", async (_, message, reason, recorded) => {
    const site = await siteWithOutdoorKb({ handoffButton: false });
    const offer = await chat(site, message);
    expect(offer.reply.type).toBe("handoff");
    const { handoffId } = await json<{ handoffId: string }>(
      await post("/v1/handoff", { site, conversationId: offer.conversationId, message, reason }),
      202,
    );
    const list = await json<{ handoffs: Json[] }>(
      await call(`/admin/api/handoffs?site=${site}`, { admin: true }),
      200,
    );
    expect(list.handoffs.find((h) => h.id === handoffId)?.reason).toBe(recorded);
  });

  it("accepts a visitor_request when the site shows the handoff button", async () => {
    const site = uniqueSite();
    await putSite(site, { handoffButton: true });
    const res = await post("/v1/handoff", {
      site,
      conversationId: crypto.randomUUID(),
      message: "I have a question about my order",
      reason: "visitor_request",
    });
    expect(res.status).toBe(202);
  });

  it("requires an email when the site does (400 email_required), and a valid one (400 invalid_email)", async () => {
    const site = uniqueSite();
    await putSite(site, { requireEmail: true });
    const base = { site, message: "talk to a human", reason: "keyword" };
    for (const email of [{}, { email: null }, { email: "" }]) {
      await expectError(
        await post("/v1/handoff", { ...base, conversationId: crypto.randomUUID(), ...email }),
        400,
        "email_required",
      );
    }
    await expectError(
      await post("/v1/handoff", {
        ...base,
        conversationId: crypto.randomUUID(),
        email: "not an address",
      }),
      400,
      "invalid_email",
    );
    const ok = await post("/v1/handoff", {
      ...base,
      conversationId: crypto.randomUUID(),
      email: "jane@example.com",
    });
    expect(ok.status).toBe(202);
  });
});

describe("admin API", () => {
  it("is 401 without the bearer token or with a wrong one", async () => {
    await expectError(await call("/admin/api/sites/acme"), 401, "unauthorized");
    await expectError(
      await call("/admin/api/sites/acme", { headers: { authorization: "Bearer wrong" } }),
      401,
      "unauthorized",
    );
  });

  it("replaces the knowledge base (200 {documents, passages}); `url` is http(s) only", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const res = await call(`/admin/api/sites/${site}/kb`, {
      method: "PUT",
      admin: true,
      json: {
        documents: [
          { id: "returns", title: "Returns", text: "Return within 30 days for a refund." },
          {
            id: "shipping",
            title: "Shipping",
            text: "Shipping takes 3 to 5 business days.",
            url: "http://acme.example/shipping",
            questions: ["where is my parcel"],
          },
          // The optional fields sent as null.
          { id: "hours", title: "Hours", text: "We open at nine.", url: null, questions: null },
        ],
      },
    });
    const body = await json(res, 200);
    expect(body.documents).toBe(3);
    expect(body.passages).toEqual(expect.any(Number));
    const bad = await call(`/admin/api/sites/${site}/kb`, {
      method: "PUT",
      admin: true,
      json: { documents: [{ id: "x", title: "X", text: "Y", url: "javascript:alert(1)" }] },
    });
    expect(bad.status).toBe(400);

    const taught = await call(`/admin/api/sites/${site}/kb/documents/returns/questions`, {
      method: "POST",
      admin: true,
      json: { question: "can I send it back" },
    });
    expect(taught.status).toBe(200);
  });

  it("lists, replies to, resolves and redelivers a handoff as the spec says", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const conversationId = crypto.randomUUID();
    const { handoffId } = await json<{ handoffId: string }>(
      await post("/v1/handoff", {
        site,
        conversationId,
        message: "talk to a human",
        email: "jane@example.com",
        reason: "keyword",
      }),
      202,
    );

    for (const query of [
      `?site=${site}&limit=10`,
      `?site=${site}&limit=`,
      `?limit=&site=${site}`,
    ]) {
      const list = await json<{ handoffs: Json[] }>(
        await call(`/admin/api/handoffs${query}`, { admin: true }),
        200,
      );
      const mine = list.handoffs.find((h) => h.id === handoffId);
      expect(mine, query).toMatchObject({
        site,
        reason: "keyword",
        confidence: null,
        visitorEmail: "jane@example.com",
        visitorMessage: "talk to a human",
        lastAiReply: null,
        deliveries: [],
        status: "open",
        replies: [],
      });
      expect(Date.parse(mine?.createdAt as string)).not.toBeNaN();
    }
    const all = await call("/admin/api/handoffs?site=&limit=", { admin: true });
    expect(all.status).toBe(200);

    const reply = await json<{ id: string; createdAt: string }>(
      await call(`/admin/api/handoffs/${handoffId}/replies`, {
        method: "POST",
        admin: true,
        json: { text: "We'll call you today.", author: "Sam" },
      }),
      201,
    );
    expect(reply.id).toEqual(expect.any(String));
    expect(Date.parse(reply.createdAt)).not.toBeNaN();
    const thread = await json<{ messages: Json[] }>(
      await call(`/v1/conversations/${conversationId}?site=${site}`, {
        headers: { origin: ORIGIN },
      }),
      200,
    );
    expect(thread.messages.at(-1)).toMatchObject({
      id: reply.id,
      role: "team",
      text: "We'll call you today.",
      author: "Sam",
    });

    const resolved = await json(
      await call(`/admin/api/handoffs/${handoffId}`, {
        method: "PATCH",
        admin: true,
        json: { status: "resolved" },
      }),
      200,
    );
    expect(resolved).toMatchObject({ id: handoffId, status: "resolved" });
    expect(resolved.replies).toEqual([
      expect.objectContaining({ id: reply.id, text: "We'll call you today.", author: "Sam" }),
    ]);

    const reopened = await json(
      await call(`/admin/api/handoffs/${handoffId}`, {
        method: "PATCH",
        admin: true,
        json: { status: "open" },
      }),
      200,
    );
    expect(reopened).toMatchObject({ id: handoffId, status: "open" });

    const redeliver = await call(`/admin/api/handoffs/${handoffId}/redeliver`, {
      method: "POST",
      admin: true,
    });
    expect(redeliver.status).toBe(202);
  });

  it("takes `limit`, and answers 404 for a handoff or document that does not exist", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    for (let i = 0; i < 2; i++) {
      await post("/v1/handoff", {
        site,
        conversationId: crypto.randomUUID(),
        message: "talk to a human",
        reason: "keyword",
      });
    }
    // The spec sets no maximum `limit`: a large one is served, not refused.
    await json(await call(`/admin/api/handoffs?site=${site}&limit=1000`, { admin: true }), 200);
    const one = await json<{ handoffs: Json[] }>(
      await call(`/admin/api/handoffs?site=${site}&limit=1`, { admin: true }),
      200,
    );
    expect(one.handoffs).toHaveLength(1);
    const two = await json<{ handoffs: Json[] }>(
      await call(`/admin/api/handoffs?site=${site}`, { admin: true }),
      200,
    );
    expect(two.handoffs).toHaveLength(2);
    // Newest first.
    expect(Date.parse(two.handoffs[0]?.createdAt as string)).toBeGreaterThanOrEqual(
      Date.parse(two.handoffs[1]?.createdAt as string),
    );
    const missing = crypto.randomUUID();
    await expectError(
      await call(`/admin/api/handoffs/${missing}/redeliver`, { method: "POST", admin: true }),
      404,
      "handoff_not_found",
    );
    await expectError(
      await call(`/admin/api/handoffs/${missing}/replies`, {
        method: "POST",
        admin: true,
        json: { text: "Hello" },
      }),
      404,
      "handoff_not_found",
    );
    await putKb(site);
    await expectError(
      await call(`/admin/api/sites/${site}/kb/documents/nope/questions`, {
        method: "POST",
        admin: true,
        json: { question: "where is it" },
      }),
      404,
      "document_not_found",
    );
  });

  it("takes its JSON with a charset, refuses other types (415) and bad site ids (400)", async () => {
    const site = uniqueSite();
    const withCharset = await call(`/admin/api/sites/${site}`, {
      method: "PUT",
      admin: true,
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ name: "Acme", allowedOrigins: [ORIGIN] }),
    });
    expect(withCharset.status).toBe(200);
    const plain = await call(`/admin/api/sites/${site}`, {
      method: "PUT",
      admin: true,
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ name: "Acme" }),
    });
    await expectError(plain, 415, "unsupported_media_type");
    // A site id is [a-z0-9-]{1,64}: saving under another is bad input.
    for (const bad of ["Acme", "a_b", "x".repeat(65)]) {
      const res = await call(`/admin/api/sites/${bad}`, {
        method: "PUT",
        admin: true,
        json: { name: "Acme" },
      });
      await expectError(res, 400, "bad_request");
    }
  });

  it("shows each delivery's channel, status, attempts and last error", async () => {
    const hook = receiverPath();
    const site = uniqueSite();
    await putSite(site, {
      channels: [{ id: "crm", type: "webhook", url: hook.url, secret: WEBHOOK_SECRET }],
    });
    const { handoffId } = await json<{ handoffId: string }>(
      await post("/v1/handoff", {
        site,
        conversationId: crypto.randomUUID(),
        message: "talk to a human",
        reason: "keyword",
      }),
      202,
    );
    const delivery = await eventually(async () => {
      const list = (await (
        await call(`/admin/api/handoffs?site=${site}`, { admin: true })
      ).json()) as { handoffs: { id: string; deliveries: Json[] }[] };
      const d = list.handoffs.find((h) => h.id === handoffId)?.deliveries[0];
      return d?.status === "delivered" ? d : null;
    });
    expect(delivery).toMatchObject({ channel: "crm", status: "delivered", lastError: null });
    expect(delivery.attempts).toBeGreaterThanOrEqual(1);
  });
});

describe("a 5xx is a bug: every field of every body, given every wrong type", () => {
  // Values a harness (or a fuzzer) may put where the spec wants something else.
  const WRONG = [
    null,
    0,
    -1,
    1e308,
    true,
    "",
    "x".repeat(5_000),
    [],
    {},
    [null],
    { nested: { deeper: [1, "a"] } },
    "\u0000",
    "\ud800",
    "<script>alert(1)</script>",
  ];

  it("answers each with a 2xx or a 4xx in the error's shape, never a 5xx", async () => {
    const site = uniqueSite();
    await putSite(site, { handoffButton: true });
    await putKb(site);
    const answered = await chat(site, "How long does express shipping take?");
    const { handoffId } = await json<{ handoffId: string }>(
      await post("/v1/handoff", {
        site,
        conversationId: answered.conversationId,
        message: "talk to a human",
        reason: "keyword",
      }),
      202,
    );
    const routes: { method: string; path: string; admin?: boolean; body: Json }[] = [
      { method: "POST", path: "/v1/chat", body: { site, message: "hi" } },
      {
        method: "POST",
        path: "/v1/handoff",
        body: {
          site,
          conversationId: answered.conversationId,
          message: "talk to a human",
          email: "jane@example.com",
          reason: "keyword",
        },
      },
      {
        method: "POST",
        path: "/v1/feedback",
        body: {
          site,
          conversationId: answered.conversationId,
          messageId: answered.messageId,
          helpful: true,
        },
      },
      {
        method: "PUT",
        path: `/admin/api/sites/${uniqueSite()}`,
        admin: true,
        body: SPEC_SITE_CONFIG,
      },
      {
        method: "PUT",
        path: `/admin/api/sites/${site}/kb`,
        admin: true,
        body: { documents: [{ id: "a", title: "A", text: "B", url: "https://a.example" }] },
      },
      {
        method: "POST",
        path: `/admin/api/handoffs/${handoffId}/replies`,
        admin: true,
        body: { text: "Hello", author: "Sam" },
      },
      {
        method: "PATCH",
        path: `/admin/api/handoffs/${handoffId}`,
        admin: true,
        body: { status: "open" },
      },
    ];
    const failures: string[] = [];
    for (const route of routes) {
      for (const field of Object.keys(route.body)) {
        for (const wrong of WRONG) {
          const res = await call(route.path, {
            method: route.method,
            admin: route.admin,
            headers: { origin: ORIGIN },
            json: { ...route.body, [field]: wrong },
          });
          const text = await res.text();
          const label = `${route.method} ${route.path} ${field}=${JSON.stringify(wrong).slice(0, 20)}`;
          if (res.status >= 500) failures.push(`${label}: ${res.status} ${text}`);
          else if (res.status >= 400) {
            const error = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } })
              .error;
            if (typeof error?.code !== "string" || typeof error.message !== "string")
              failures.push(`${label}: ${res.status} without the error's shape: ${text}`);
          }
        }
      }
    }
    // And every id and parameter of a URL.
    const odd = ["", "%00", "%ud800", "..%2F..", "x".repeat(300), "%3Cscript%3E", "-1", "1e9"];
    for (const value of odd) {
      const paths = [
        `/v1/sites/${value}/config`,
        `/v1/conversations/${value}?site=${site}`,
        `/v1/conversations/${answered.conversationId}?site=${value}`,
        `/v1/conversations/${answered.conversationId}?site=${site}&after=${value}`,
        `/admin/api/handoffs?site=${value}&limit=${value}`,
        `/admin/api/sites/${value}`,
      ];
      for (const path of paths) {
        const res = await call(path, {
          admin: path.startsWith("/admin"),
          headers: { origin: ORIGIN },
        });
        const text = await res.text();
        if (res.status >= 500) failures.push(`GET ${path}: ${res.status} ${text}`);
        else if (res.status >= 400 && !/^\{"error":\{"code":"[a-z_]+","message":/.test(text))
          failures.push(`GET ${path}: ${res.status} without the error's shape: ${text}`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
