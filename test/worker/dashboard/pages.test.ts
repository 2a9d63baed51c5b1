import { siteKey } from "../../../worker/sites/kv-keys.ts";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ErrorBody, HandoffAccepted, PublicSiteConfig } from "../../../shared/api.ts";
import { createApp } from "../../../worker/app.ts";
import {
  createSession,
  isValidSession,
  SESSION_SECONDS,
} from "../../../worker/dashboard/session.ts";
import {
  ADMIN_TOKEN,
  call,
  env,
  ORIGIN,
  putSite,
  testAddress,
  uniqueSite,
  WEBHOOK_SECRET,
} from "../helpers.ts";
import {
  getPage,
  insertLowConfidenceHandoff,
  insertQuestionLog,
  postForm,
  previewValue,
  SELF,
  signIn,
} from "./helpers.ts";

function login(token: string, url = `${SELF}/admin/login`, address = testAddress()) {
  const request = new Request(url, {
    method: "POST",
    headers: {
      origin: new URL(url).origin,
      "content-type": "application/x-www-form-urlencoded",
      "cf-connecting-ip": address,
    },
    body: new URLSearchParams({ token, next: "/admin/sites/acme/threshold?days=7" }),
    redirect: "manual",
  });
  return exports.default.fetch(request);
}

describe("dashboard sign-in", () => {
  it("sends every page to the login form without a session, and keeps the bearer API as it was", async () => {
    for (const path of [
      "/admin",
      "/admin/handoffs/x",
      "/admin/sites/acme/threshold",
      "/admin/sites/acme/keywords?message=hi",
    ]) {
      const res = await call(path, { redirect: "manual" });
      expect(res.status, path).toBe(303);
      expect(res.headers.get("location")).toBe(`/admin/login?next=${encodeURIComponent(path)}`);
    }
    const login = await call("/admin/login");
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('name="token"');
    expect((await call("/admin/api/sites")).status).toBe(401);
    expect((await call("/admin/api/sites", { admin: true })).status).toBe(200);
  });

  it("refuses a wrong token and sets no cookie", async () => {
    for (const token of ["", "wrong", `${ADMIN_TOKEN}x`, ADMIN_TOKEN.slice(0, -1)]) {
      const res = await login(token);
      expect(res.status).toBe(401);
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(await res.text()).toContain("That is not the admin token.");
    }
  });

  it("refuses an address its eleventh sign-in in a minute, even with the right token, and no other address", async () => {
    const address = testAddress();
    for (let i = 0; i < 10; i++)
      expect((await login("wrong", undefined, address)).status).toBe(401);
    const refused = await login(ADMIN_TOKEN, undefined, address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("set-cookie")).toBeNull();
    expect(await refused.text()).toContain("Too many sign-in attempts");
    expect((await login(ADMIN_TOKEN)).status).toBe(303);
  });

  it("stays closed, saying why, while ADMIN_TOKEN is unset or short enough to guess", async () => {
    const app = createApp();
    for (const ADMIN_TOKEN of [undefined, "short-token"]) {
      const weak = { ...env, ADMIN_TOKEN } as Env;
      const page = await app.request("/admin/login", {}, weak);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain("Admin access is closed");
      const form = await app.request(
        "/admin/login",
        {
          method: "POST",
          headers: {
            origin: "http://localhost",
            "content-type": "application/x-www-form-urlencoded",
          },
          body: new URLSearchParams({ token: ADMIN_TOKEN ?? "", next: "/admin" }),
        },
        weak,
      );
      expect(form.status).toBe(503);
      expect(form.headers.get("set-cookie")).toBeNull();
      const api = await app.request(
        "/admin/api/sites",
        { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } },
        weak,
      );
      expect(api.status).toBe(503);
      expect(((await api.json()) as ErrorBody).error.code).toBe("admin_not_configured");
    }
  });

  it("sets an HttpOnly, SameSite=Strict, /admin-scoped session cookie that is not the token, Secure over https", async () => {
    const res = await login(ADMIN_TOKEN);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin/sites/acme/threshold?days=7");
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^clarifier_session=[^;]+;/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/admin(;|$)/);
    expect(cookie).toMatch(new RegExp(`; Max-Age=${SESSION_SECONDS}`));
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).not.toContain(ADMIN_TOKEN);

    const secure = await login(ADMIN_TOKEN, "https://dash.example/admin/login");
    expect(secure.headers.get("set-cookie")).toMatch(/; Secure/);

    const pair = cookie.split(";")[0] ?? "";
    const page = await getPage("/admin", pair);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    expect(page.headers.get("content-security-policy")).not.toMatch(/unsafe-inline/);
    expect(await page.text()).toContain("<h1>Handoffs</h1>");
  });

  it("refuses a tampered, foreign or expired session", async () => {
    const good = await createSession(ADMIN_TOKEN, Date.now());
    const [expires, nonce, signature] = good.split(".");
    const tampered = [
      `${Number(expires) + 1000}.${nonce}.${signature}`,
      await createSession("another-token", Date.now()),
      "",
      ADMIN_TOKEN,
    ];
    for (const value of tampered) {
      expect((await getPage("/admin", `clarifier_session=${value}`)).status).toBe(303);
    }
    expect(await isValidSession(ADMIN_TOKEN, good, Date.now())).toBe(true);
    expect(await isValidSession(ADMIN_TOKEN, good, Date.now() + SESSION_SECONDS * 1000 + 1)).toBe(
      false,
    );
  });

  it("signs out by clearing the cookie", async () => {
    const cookie = await signIn();
    const res = await postForm("/admin/logout", cookie, {});
    expect(res.status).toBe(303);
    expect(res.headers.get("set-cookie")).toMatch(/^clarifier_session=; Max-Age=0; Path=\/admin/);
  });
});

describe("dashboard CSRF", () => {
  it("refuses a signed-in state change from another origin or in a non-form body", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { threshold: 0.4 });
    const crossOrigin = await postForm(
      `/admin/sites/${site}/threshold`,
      cookie,
      { threshold: "0.1" },
      { origin: "https://evil.example" },
    );
    expect(crossOrigin.status).toBe(403);
    const crossSite = await call(`/admin/sites/${site}/threshold`, {
      method: "POST",
      headers: {
        cookie,
        "content-type": "application/x-www-form-urlencoded",
        "sec-fetch-site": "cross-site",
      },
      body: "threshold=0.1",
      redirect: "manual",
    });
    expect(crossSite.status).toBe(403);
    const json = await call(`/admin/sites/${site}/threshold`, {
      method: "POST",
      headers: { cookie, origin: SELF },
      json: { threshold: 0.1 },
      redirect: "manual",
    });
    expect(json.status).toBe(415);
    const config = (await (
      await call(`/v1/sites/${site}/config`, { headers: { origin: ORIGIN } })
    ).json()) as PublicSiteConfig;
    expect(config.threshold).toBe(0.4);
  });
});

describe("dashboard threshold tuning", () => {
  // Ten questions logged at threshold 0.4: two keyword handoffs, confidences spread over 0..1.
  const LOG = [
    { confidence: 0.05 },
    { confidence: 0.15 },
    { confidence: 0.25 },
    { confidence: 0.35 },
    { confidence: 0.45 },
    { confidence: 0.55 },
    { confidence: 0.65 },
    { confidence: 0.95 },
    { confidence: 0.9, keyword: true },
    { confidence: 0.1, keyword: true },
  ];

  it("previews answered, handed off and labelled handoffs kept at another threshold, from the logged questions", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { threshold: 0.4 });
    const conversations = await insertQuestionLog(
      site,
      [...LOG, { confidence: 0.01, daysAgo: 45 }],
      0.4,
    );
    // The owner marked the 0.25 and 0.35 handoffs "the AI could have answered this".
    const labelled = [
      await insertLowConfidenceHandoff(site, conversations[2] ?? "", 0.25, 0.4),
      await insertLowConfidenceHandoff(site, conversations[3] ?? "", 0.35, 0.4),
    ];
    for (const id of labelled) {
      expect(
        (
          await postForm(`/admin/handoffs/${id}/label`, cookie, {
            couldHaveAnswered: "1",
            back: "/admin",
          })
        ).status,
      ).toBe(303);
    }

    const now = await (await getPage(`/admin/sites/${site}/threshold?days=30`, cookie)).text();
    expect(now).toContain("10 questions scored in the last 30 days");
    expect(previewValue(now, "answered")).toBe(4);
    expect(previewValue(now, "handedOff")).toBe(6);
    expect(previewValue(now, "byKeyword")).toBe(2);
    expect(previewValue(now, "labelledKept")).toBe(2);

    const lower = await (
      await getPage(`/admin/sites/${site}/threshold?days=30&threshold=0.3`, cookie)
    ).text();
    expect(previewValue(lower, "answered")).toBe(5);
    expect(previewValue(lower, "handedOff")).toBe(5);
    expect(previewValue(lower, "byConfidence")).toBe(3);
    expect(previewValue(lower, "labelledAnswered")).toBe(1);
    expect(previewValue(lower, "labelledKept")).toBe(1);

    const older = await (
      await getPage(`/admin/sites/${site}/threshold?days=90&threshold=0`, cookie)
    ).text();
    expect(previewValue(older, "answered")).toBe(9);
    expect(previewValue(older, "handedOff")).toBe(2);
    expect(previewValue(older, "labelledAnswered")).toBe(2);
  });

  it("saves a new threshold through the site config's validation, and the widget config changes", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {
      threshold: 0.4,
      channels: [
        { id: "crm", type: "webhook", url: "https://crm.example/hook", secret: WEBHOOK_SECRET },
      ],
    });
    const bad = await postForm(`/admin/sites/${site}/threshold`, cookie, { threshold: "1.5" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("threshold: must be between 0 and 1.");
    const blank = await postForm(`/admin/sites/${site}/threshold`, cookie, { threshold: "" });
    expect(blank.status).toBe(400);

    const saved = await postForm(`/admin/sites/${site}/threshold`, cookie, {
      threshold: "0.25",
      days: "14",
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(
      `/admin/sites/${site}/threshold?days=14&done=threshold-saved`,
    );
    const config = (await (
      await call(`/v1/sites/${site}/config`, { headers: { origin: ORIGIN } })
    ).json()) as PublicSiteConfig;
    expect(config.threshold).toBe(0.25);
    // The channel's secret survived the save untouched.
    const stored = JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}") as {
      channels: { secret: string }[];
    };
    expect(stored.channels[0]?.secret).toBe(WEBHOOK_SECRET);
  });
});

describe("dashboard handoffs", () => {
  it("lists a real handoff with its trigger and transcript, and persists the 'AI could have answered' label", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const conversationId = crypto.randomUUID();
    const res = await call("/v1/handoff", {
      method: "POST",
      headers: { origin: ORIGIN },
      json: {
        site,
        conversationId,
        message: "Can I talk to a human please?",
        email: "jane@example.com",
        reason: "keyword",
      },
    });
    const { handoffId } = (await res.json()) as HandoffAccepted;

    const list = await (await getPage(`/admin?site=${site}&trigger=keyword`, cookie)).text();
    expect(list).toContain(`id="handoff/${handoffId}"`);
    expect(list).toContain("Keyword “talk to a human” matched");
    expect(list).toContain("jane@example.com");
    const lowConfidence = await (
      await getPage(`/admin?site=${site}&trigger=low_confidence`, cookie)
    ).text();
    expect(lowConfidence).not.toContain(handoffId);
    const longAgo = await (
      await getPage(`/admin?site=${site}&from=2000-01-01&to=2000-01-02`, cookie)
    ).text();
    expect(longAgo).toContain("No handoffs match.");

    const labelled = await postForm(`/admin/handoffs/${handoffId}/label`, cookie, {
      couldHaveAnswered: "1",
      back: `/admin?site=${site}`,
    });
    expect(labelled.status).toBe(303);
    expect(labelled.headers.get("location")).toBe(
      `/admin?site=${site}&done=labelled#handoff/${handoffId}`,
    );
    const row = await env.DB.prepare("SELECT could_have_answered_at FROM handoffs WHERE id = ?")
      .bind(handoffId)
      .first<{ could_have_answered_at: string | null }>();
    expect(row?.could_have_answered_at).toMatch(/^\d{4}-/);
    const only = await (await getPage(`/admin?site=${site}&labelled=1`, cookie)).text();
    expect(only).toContain("AI could have answered</span>");

    await postForm(`/admin/handoffs/${handoffId}/label`, cookie, {
      couldHaveAnswered: "0",
      back: "https://evil.example/",
    });
    const cleared = await env.DB.prepare("SELECT could_have_answered_at FROM handoffs WHERE id = ?")
      .bind(handoffId)
      .first<{ could_have_answered_at: string | null }>();
    expect(cleared?.could_have_answered_at).toBeNull();

    const single = await getPage(`/admin/handoffs/${handoffId}`, cookie);
    expect(single.status).toBe(200);
    expect(await single.text()).toContain("Can I talk to a human please?");
    expect((await getPage("/admin/handoffs/nope", cookie)).status).toBe(404);
  });

  it("pages past the newest 50 with an 'Older handoffs' link that keeps the filters", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    const ids: string[] = [];
    const conversations = await insertQuestionLog(
      site,
      Array.from({ length: 52 }, () => ({ confidence: 0.1 })),
      0.4,
    );
    for (const conversation of conversations)
      ids.push(await insertLowConfidenceHandoff(site, conversation, 0.1, 0.4));
    const first = await (
      await getPage(`/admin?site=${site}&trigger=low_confidence`, cookie)
    ).text();
    expect(first).toContain(`id="handoff/${ids[51]}"`);
    expect(first).not.toContain(`id="handoff/${ids[1]}"`);
    const older = /<a href="([^"]+)">Older handoffs/.exec(first)?.[1]?.replaceAll("&amp;", "&");
    expect(older).toBe(`/admin?site=${site}&trigger=low_confidence&before=${ids[2]}`);
    const second = await (await getPage(older ?? "", cookie)).text();
    expect(second).toContain(`id="handoff/${ids[1]}"`);
    expect(second).toContain(`id="handoff/${ids[0]}"`);
    expect(second).not.toContain(`id="handoff/${ids[2]}"`);
    expect(second).not.toContain("Older handoffs");
    expect(second).toContain("Newest handoffs");
  });
});

describe("dashboard keywords and channels", () => {
  it("says whether a message would hand off and why", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { keywords: { mode: "add", phrases: ["book a consultation"] } });
    const keyword = await (
      await getPage(
        `/admin/sites/${site}/keywords?message=${encodeURIComponent("I want to Book a Consultation")}`,
        cookie,
      )
    ).text();
    expect(keyword).toContain(
      "<strong>Hands off</strong>: it contains the keyword “book a consultation” (one of this site&#39;s phrases)",
    );
    const danish = await (
      await getPage(
        `/admin/sites/${site}/keywords?message=${encodeURIComponent("kan jeg tale med en person")}`,
        cookie,
      )
    ).text();
    expect(danish).toContain("“tale med en person” (a default da phrase)");
    const weak = await (
      await getPage(
        `/admin/sites/${site}/keywords?message=${encodeURIComponent("what colours do tents come in")}`,
        cookie,
      )
    ).text();
    expect(weak).toContain("below the threshold 0.40");

    const saved = await postForm(`/admin/sites/${site}/keywords`, cookie, {
      mode: "replace",
      phrases: "call me maybe\n\n  ring the bell ",
    });
    expect(saved.status).toBe(303);
    const config = (await (
      await call(`/v1/sites/${site}/config`, { headers: { origin: ORIGIN } })
    ).json()) as PublicSiteConfig;
    expect(config.keywords).toEqual(["call me maybe", "ring the bell"]);
  });

  it("adds a channel with validation, never shows its secret again, keeps it on edit, and removes it", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const invalid = await postForm(`/admin/sites/${site}/channels`, cookie, {
      type: "webhook",
      id: "crm",
      url: "http://crm.example/hook",
    });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain("channel crm: url: must be an https: URL");

    const added = await postForm(`/admin/sites/${site}/channels`, cookie, {
      type: "webhook",
      id: "crm",
      url: "https://crm.example/hook",
      secret: WEBHOOK_SECRET,
    });
    expect(added.status).toBe(303);
    const page = await (await getPage(`/admin/sites/${site}/channels`, cookie)).text();
    expect(page).not.toContain(WEBHOOK_SECRET);
    expect(page).toContain(`••••${WEBHOOK_SECRET.slice(-4)}`);

    const edited = await postForm(`/admin/sites/${site}/channels`, cookie, {
      originalId: "crm",
      type: "webhook",
      id: "crm",
      url: "https://crm.example/v2",
      secret: "",
    });
    expect(edited.status).toBe(303);
    const stored = JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}") as {
      channels: { url: string; secret: string }[];
    };
    expect(stored.channels).toEqual([
      { id: "crm", type: "webhook", url: "https://crm.example/v2", secret: WEBHOOK_SECRET },
    ]);

    const removed = await postForm(`/admin/sites/${site}/channels/crm/delete`, cookie, {});
    expect(removed.status).toBe(303);
    const after = JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}") as {
      channels: unknown[];
    };
    expect(after.channels).toEqual([]);
  });
});
