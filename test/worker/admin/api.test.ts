import { insertConversationIfMissing } from "../../../worker/conversations/store.ts";
import { insertHandoff, setCouldHaveAnswered } from "../../../worker/handoff/store.ts";
import { siteKey } from "../../../worker/sites/kv-keys.ts";
import { describe, expect, it } from "vitest";
import type { ErrorBody, HandoffAccepted, PublicSiteConfig } from "../../../shared/api.ts";
import { DEFAULT_KEYWORDS } from "../../../shared/default-keywords.ts";
import {
  ADMIN_TOKEN,
  call,
  env,
  eventually,
  FRESH_WINDOW_TIMEOUT_MS,
  freshLimitWindow,
  postHandoff,
  putSite,
  receivedAt,
  receiverPath,
  setReceiverMode,
  testAddress,
  uniqueSite,
  WEBHOOK_SECRET,
} from "../helpers.ts";

describe("admin API auth", () => {
  it("refuses a missing or wrong bearer token with 401", async () => {
    for (const authorization of [
      undefined,
      "Bearer wrong-token",
      `Basic ${ADMIN_TOKEN}`,
      `Bearer ${ADMIN_TOKEN}x`,
    ]) {
      const headers: Record<string, string> = authorization ? { authorization } : {};
      const res = await call("/admin/api/handoffs", { headers });
      expect(res.status).toBe(401);
      expect(((await res.json()) as ErrorBody).error.code).toBe("unauthorized");
    }
    expect((await call("/admin/api/handoffs", { admin: true })).status).toBe(200);
  });

  it("tells a wrong token from a header sent the wrong way", async () => {
    // Found by a new owner's walkthrough (7 December 2026): both said only how to send the
    // token, so a mistyped or stale token read as a header problem.
    const messageFor = async (authorization?: string) => {
      const res = await call("/admin/api/sites", {
        headers: authorization ? { authorization } : {},
      });
      expect(res.status).toBe(401);
      return ((await res.json()) as ErrorBody).error.message;
    };
    const how = "Send the admin token as: authorization: Bearer <ADMIN_TOKEN>.";
    expect(await messageFor()).toBe(how);
    expect(await messageFor(ADMIN_TOKEN)).toBe(how);
    expect(await messageFor(`Bearer ${ADMIN_TOKEN}x`)).toBe(
      "That is not this worker's admin token: send its ADMIN_TOKEN (npm start prints it; deployed, the secret set with npx wrangler secret put ADMIN_TOKEN).",
    );
  });

  it("answers 429 to an address after ten wrong tokens in a minute, and never slows the right token", {
    timeout: FRESH_WINDOW_TIMEOUT_MS,
  }, async () => {
    await freshLimitWindow();
    const address = testAddress();
    const headers = { authorization: "Bearer guess", "cf-connecting-ip": address };
    for (let i = 0; i < 10; i++)
      expect((await call("/admin/api/sites", { headers })).status).toBe(401);
    const refused = await call("/admin/api/sites", { headers });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as ErrorBody).error.code).toBe("rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(
      (await call("/admin/api/sites", { admin: true, headers: { "cf-connecting-ip": address } }))
        .status,
    ).toBe(200);
  });
});

describe("site config", () => {
  it("validates a config when saved, naming the field", async () => {
    const site = uniqueSite();
    const res = await putSite(site, { threshold: 1.5 });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toMatch(
      /^threshold: must be between 0 and 1/,
    );
    const insecure = await putSite(site, {
      channels: [{ id: "crm", type: "webhook", url: "http://crm.example/hook" }],
    });
    expect(insecure.status).toBe(400);
    expect(((await insecure.json()) as ErrorBody).error.message).toMatch(
      /^channels\.0\.url: must be an https: URL/,
    );
    const dupes = await putSite(site, {
      channels: [
        { id: "a", type: "webhook", url: "https://a.example" },
        { id: "a", type: "slack", webhookUrl: "https://hooks.slack.com/services/T/B/x" },
      ],
    });
    expect(dupes.status).toBe(400);
    expect((await call(`/admin/api/sites/${site}`, { admin: true })).status).toBe(404);
  });

  it("says what a field needs when it is missing or of the wrong kind, not the validator's words", async () => {
    // Found by a new owner's walkthrough (7 December 2026): these read "Invalid key: Expected
    // "name" but received undefined" and "Invalid type: Expected Array but received "x"".
    const site = uniqueSite();
    const cases: [unknown, string][] = [
      [{}, "name: is required."],
      [[], "name: is required."],
      ["Acme", 'The value must be a JSON object ({…}), not "Acme".'],
      [
        { name: "Acme", channels: [{ type: "webhook", url: "https://a.example" }] },
        "channels.0.id: is required.",
      ],
      [
        { name: "Acme", allowedOrigins: "https://acme.example" },
        'allowedOrigins: must be a list ([…]), not "https://acme.example".',
      ],
      [{ name: 5 }, "name: must be text in quotes, not 5."],
      [
        { name: "Acme", channels: [{ id: "a", type: "fax" }] },
        "channels.0.type: must have type email, slack, slack-app or webhook.",
      ],
    ];
    for (const [json, message] of cases) {
      const res = await call(`/admin/api/sites/${site}`, { method: "PUT", admin: true, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect((await res.json()) as ErrorBody, JSON.stringify(json)).toEqual({
        error: { code: "bad_request", message },
      });
    }
    expect((await putSite(site, {})).status).toBe(200);
    const kb = await call(`/admin/api/sites/${site}/kb`, {
      method: "PUT",
      admin: true,
      json: { documents: "returns.md" },
    });
    expect(kb.status).toBe(400);
    expect(((await kb.json()) as ErrorBody).error.message).toBe(
      'documents: must be a list ([…]), not "returns.md".',
    );
  });

  it("refuses a webhook secret it could not sign with, in words an owner understands", async () => {
    const site = uniqueSite();
    const withSecret = (secret: string) =>
      putSite(site, {
        channels: [{ id: "crm", type: "webhook", url: "https://crm.example/hook", secret }],
      });
    const base64Of = (bytes: number) => btoa("k".repeat(bytes));
    for (const secret of [
      "whsec_AAAAAAAAAAAAAAAAA", // 17 characters: not whole base64
      `whsec_${base64Of(24).slice(0, -1)}`, // padding missing
      `whsec_${base64Of(23)}`, // too short to be a key
      `whsec_${base64Of(65)}`, // longer than Standard Webhooks allows
      `whsec_${base64Of(24).replace(/./, "-")}`, // base64url, not base64
    ]) {
      const res = await withSecret(secret);
      expect(res.status, secret).toBe(400);
      expect(((await res.json()) as ErrorBody).error.message).toMatch(
        /^channels\.0\.secret: must be whsec_ followed by 24 to 64 random bytes in base64/,
      );
    }
    for (const bytes of [24, 32, 64])
      expect((await withSecret(`whsec_${base64Of(bytes)}`)).status).toBe(200);
  });

  it("public config has the effective keywords and no secret; admin config masks secrets", async () => {
    const site = uniqueSite();
    const saved = await putSite(site, {
      keywords: { mode: "add", phrases: ["Book a Consultation"] },
      channels: [
        { id: "crm", type: "webhook", url: "https://crm.example/hook", secret: WEBHOOK_SECRET },
        { id: "triage", type: "slack", webhookUrl: "https://hooks.slack.com/services/T/B/SECRETX" },
      ],
    });
    expect(saved.status).toBe(200);
    const pub = await call(`/v1/sites/${site}/config`);
    const text = await pub.text();
    expect(text).not.toContain("crm.example");
    expect(text).not.toContain("SECRETX");
    expect(text).not.toContain(WEBHOOK_SECRET.slice(6, 20));
    const config = JSON.parse(text) as PublicSiteConfig;
    expect(config.keywords).toContain("book a consultation");
    expect(config.keywords).toContain(DEFAULT_KEYWORDS.de[0]);
    // Each phrase's language rides along, so the widget needn't ship the default list.
    expect(config.keywordLanguages).toHaveLength(config.keywords.length);
    expect(config.keywordLanguages[config.keywords.indexOf(DEFAULT_KEYWORDS.de[0] ?? "")]).toBe(
      "de",
    );
    expect(config.keywordLanguages[config.keywords.indexOf("book a consultation")]).toBeNull();

    const admin = await (await call(`/admin/api/sites/${site}`, { admin: true })).json<{
      channels: { secret?: string; webhookUrl?: string }[];
    }>();
    expect(admin.channels[0]?.secret).toBe(`••••${WEBHOOK_SECRET.slice(-4)}`);
    expect(admin.channels[1]?.webhookUrl).toBe("••••RETX");
  });

  it("keeps stored secrets when a masked config is saved back unchanged", async () => {
    const hook = receiverPath();
    const site = uniqueSite();
    await putSite(site, {
      channels: [{ id: "crm", type: "webhook", url: hook.url, secret: WEBHOOK_SECRET }],
    });
    const masked = await (await call(`/admin/api/sites/${site}`, { admin: true })).json<
      Record<string, unknown>
    >();
    const resaved = await call(`/admin/api/sites/${site}`, {
      method: "PUT",
      admin: true,
      json: { ...masked, threshold: 0.6 },
    });
    expect(resaved.status).toBe(200);
    const raw = await env.SITES.get(siteKey(site), "json");
    expect(raw).toMatchObject({ threshold: 0.6, channels: [{ secret: WEBHOOK_SECRET }] });
  });

  it("passes the theme colour to the widget and refuses a malformed one", async () => {
    const site = uniqueSite();
    expect((await putSite(site, { themeColor: "#1d4ed8" })).status).toBe(200);
    expect(await (await call(`/v1/sites/${site}/config`)).json()).toMatchObject({
      themeColor: "#1d4ed8",
    });
    const bad = await putSite(site, { themeColor: "red; background:url(x)" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.message).toMatch(/^themeColor: /);
  });

  it("replace mode uses only the site's own phrases", async () => {
    const site = uniqueSite();
    await putSite(site, { keywords: { mode: "replace", phrases: ["book a consultation"] } });
    const config = await (await call(`/v1/sites/${site}/config`)).json<PublicSiteConfig>();
    expect(config.keywords).toEqual(["book a consultation"]);
    const res = await postHandoff(site);
    expect(res.status).toBe(403);
  });

  it("reports a malformed stored config to the admin clearly, and never half-uses it", async () => {
    const site = uniqueSite();
    await env.SITES.put(siteKey(site), JSON.stringify({ name: "Broken", threshold: "high" }));
    expect((await call(`/v1/sites/${site}/config`)).status).toBe(404);
    const res = await call(`/admin/api/sites/${site}`, { admin: true });
    expect(res.status).toBe(409);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe("site_config_invalid");
    expect(body.error.message).toContain("threshold");
    // It says how to fix it: every dashboard page of the site shows this message, and none of
    // them can save a config it cannot read (a new owner's walkthrough, 7 December 2026).
    expect(body.error.message).toContain(
      `Save a valid one with PUT /admin/api/sites/${site} or npm run site -- put ${site} <config.json>; GET /admin/api/sites/${site} shows what is stored.`,
    );
  });

  // A config that no longer parses is shown so it can be fixed, but its secrets stay masked as
  // in a valid one: a Slack app's bot token and signing secret too, JSON or not.
  it("masks every channel secret of a stored config that does not parse", async () => {
    const botToken = "xoxb-1234567890-abcdefghijkl";
    const signingSecret = "8f742231b10e8888abcd990000008a5a";
    const channels = [
      {
        id: "team-slack",
        type: "slack-app",
        botToken,
        signingSecret,
        channel: "C0TEAM",
      },
      { id: "crm", type: "webhook", url: "https://crm.example/hook", secret: WEBHOOK_SECRET },
    ];
    const asJson = uniqueSite();
    await env.SITES.put(
      siteKey(asJson),
      JSON.stringify({ name: "Broken", threshold: "high", channels }),
    );
    const notJson = uniqueSite();
    await env.SITES.put(
      siteKey(notJson),
      `{"name": "Broken", ${JSON.stringify(channels).slice(1)}`,
    );
    for (const site of [asJson, notJson]) {
      const res = await call(`/admin/api/sites/${site}`, { admin: true });
      expect(res.status).toBe(409);
      const { stored } = (await res.json()) as { stored: string };
      expect(stored).toContain("team-slack");
      for (const secret of [botToken, signingSecret, WEBHOOK_SECRET]) {
        expect(stored, site).not.toContain(secret);
      }
    }
  });

  it("deletes a site", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    expect((await call(`/admin/api/sites/${site}`, { method: "DELETE", admin: true })).status).toBe(
      200,
    );
    expect((await call(`/v1/sites/${site}/config`)).status).toBe(404);
  });
});

describe("handoff list and redelivery", () => {
  it("lists handoffs newest first with each channel's delivery, and redelivers failed ones", async () => {
    const hook = receiverPath();
    const site = uniqueSite();
    await setReceiverMode(hook.path, "close");
    await putSite(site, { channels: [{ id: "crm", type: "webhook", url: hook.url }] });
    const ids: string[] = [];
    for (const message of ["talk to a human", "speak to someone"]) {
      const res = await postHandoff(site, { message, email: "jo@example.com" });
      ids.push(((await res.json()) as HandoffAccepted).handoffId);
    }
    type Listed = {
      handoffs: {
        id: string;
        visitorMessage: string;
        visitorEmail: string;
        reason: string;
        deliveries: {
          channel: string;
          status: string;
          attempts: number;
          lastError: string | null;
        }[];
      }[];
    };
    const listed = await eventually(async () => {
      const body = await (
        await call(`/admin/api/handoffs?site=${site}`, { admin: true })
      ).json<Listed>();
      return body.handoffs.every((h) => h.deliveries[0]?.attempts === 1) && body;
    });
    expect(listed.handoffs.map((h) => h.id)).toEqual([...ids].reverse());
    expect(listed.handoffs[0]).toMatchObject({
      visitorMessage: "speak to someone",
      visitorEmail: "jo@example.com",
      reason: "keyword",
    });
    expect(listed.handoffs[0]?.deliveries[0]?.lastError).toMatch(/^network error/);

    // Exhaust the round quickly: mark it failed as the consumer would after its last attempt.
    await env.DB.prepare("UPDATE deliveries SET status = 'failed' WHERE handoff_id = ?")
      .bind(ids[0])
      .run();
    await setReceiverMode(hook.path, "ok");
    const redeliver = await call(`/admin/api/handoffs/${ids[0]}/redeliver`, {
      method: "POST",
      admin: true,
    });
    expect(redeliver.status).toBe(202);
    expect(await redeliver.json()).toMatchObject({ redelivering: 1 });
    await eventually(async () => {
      const row = await env.DB.prepare("SELECT status FROM deliveries WHERE handoff_id = ?")
        .bind(ids[0])
        .first<string>("status");
      return row === "delivered";
    });
    const got = await receivedAt(hook.path);
    expect(got.filter((r) => r.body.includes("talk to a human")).length).toBeGreaterThanOrEqual(2);
    expect(
      (await call("/admin/api/handoffs/nope/redeliver", { method: "POST", admin: true })).status,
    ).toBe(404);
  });

  it("pages through handoffs with before/nextBefore: every one once, in order, ties included, labels shown", async () => {
    const site = uniqueSite();
    // Five handoffs, two of them in the same millisecond (the order breaks ties by insertion).
    const times = [
      "2026-01-01T00:00:00.000Z",
      "2026-01-02T00:00:00.000Z",
      "2026-01-02T00:00:00.000Z",
      "2026-01-03T00:00:00.000Z",
      "2026-01-04T00:00:00.000Z",
    ];
    const inserted = times.map((createdAt, i) => ({ id: `${site}-h${i}`, createdAt }));
    await env.DB.batch([
      ...inserted.map(({ id, createdAt }) =>
        insertConversationIfMissing(env.DB, { id: `conv-${id}`, site, createdAt }),
      ),
      ...inserted.flatMap(({ id, createdAt }) =>
        insertHandoff(env.DB, {
          id,
          site,
          conversationId: `conv-${id}`,
          reason: "visitor_request",
          matched: null,
          confidence: null,
          threshold: 0.4,
          siteName: "Acme",
          visitorEmail: null,
          visitorMessage: "help",
          lastAiReply: null,
          createdAt,
        }),
      ),
    ]);
    // The dashboard's "the AI could have answered this" label shows in the API too.
    await setCouldHaveAnswered(env.DB, `${site}-h3`, true, "2026-02-01T00:00:00.000Z");
    const labels = new Map<string, string | null>();
    const seen: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res = await call(
        `/admin/api/handoffs?site=${site}&limit=2${before ? `&before=${before}` : ""}`,
        { admin: true },
      );
      expect(res.status).toBe(200);
      const body = await res.json<{
        nextBefore: string | null;
        handoffs: { id: string; couldHaveAnsweredAt: string | null }[];
      }>();
      seen.push(...body.handoffs.map((h) => h.id));
      for (const h of body.handoffs) labels.set(h.id, h.couldHaveAnsweredAt);
      before = body.nextBefore;
      if (!before) break;
    }
    expect(seen).toEqual(inserted.map((h) => h.id).reverse());
    expect(before).toBeNull();
    expect(labels.get(`${site}-h3`)).toBe("2026-02-01T00:00:00.000Z");
    expect(labels.get(`${site}-h2`)).toBeNull();

    const bad = await call(`/admin/api/handoffs?site=${site}&before=no-such-handoff`, {
      admin: true,
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.message).toMatch(/^before:/);
  });

  it("rejects a bad limit", async () => {
    const res = await call("/admin/api/handoffs?limit=0", { admin: true });
    expect(res.status).toBe(400);
  });
});
