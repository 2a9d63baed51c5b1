import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ErrorBody, PublicSiteConfig } from "../../../shared/api.ts";
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
  FRESH_WINDOW_TIMEOUT_MS,
  freshLimitWindow,
  ORIGIN,
  putSite,
  testAddress,
  uniqueSite,
} from "../helpers.ts";
import { getPage, postForm, SELF, signIn } from "./helpers.ts";

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

  it("refuses an address its eleventh sign-in in a minute, even with the right token, and no other address", {
    timeout: FRESH_WINDOW_TIMEOUT_MS,
  }, async () => {
    await freshLimitWindow();
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
      const closed = await page.text();
      expect(closed).toContain("Admin access is closed");
      // What to set and where, for a deployed worker and a local one; no form that cannot work.
      expect(closed).toContain("npx wrangler secret put ADMIN_TOKEN");
      expect(closed).toContain("openssl rand -base64 32");
      expect(closed).toContain("<code>.dev.vars</code>");
      expect(closed).not.toContain('name="token"');
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
      expect(await form.text()).toContain("npx wrangler secret put ADMIN_TOKEN");
      const api = await app.request(
        "/admin/api/sites",
        { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } },
        weak,
      );
      expect(api.status).toBe(503);
      const { error } = (await api.json()) as ErrorBody;
      expect(error.code).toBe("admin_not_configured");
      expect(error.message).toContain(ADMIN_TOKEN ? "is shorter than 32 characters" : "is not set");
      expect(error.message).toContain('"npx wrangler secret put ADMIN_TOKEN"');
      expect(error.message).toContain("in .dev.vars beside wrangler.toml");
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

  it("sends a form posted after its session ended back to its page through sign-in, saying nothing was done", async () => {
    const headers = { origin: SELF, "content-type": "application/x-www-form-urlencoded" };
    const post = (path: string, extra: Record<string, string> = {}) =>
      call(path, {
        method: "POST",
        headers: { ...headers, ...extra },
        body: new URLSearchParams({ text: "Our reply", back: "/admin" }),
        redirect: "manual",
      });
    // A reply goes back to its handoff (where the page's script kept the draft), not to the list.
    const reply = await post("/admin/handoffs/h-123/replies");
    expect(reply.status).toBe(303);
    expect(reply.headers.get("location")).toBe(
      `/admin/login?next=${encodeURIComponent("/admin/handoffs/h-123")}&ended=reply`,
    );
    const status = await post("/admin/handoffs/h-123/status");
    expect(status.headers.get("location")).toBe(
      `/admin/login?next=${encodeURIComponent("/admin/handoffs/h-123")}&ended=change`,
    );
    // Another form: the page it was sent from, when the browser says so and it is this origin's.
    const keywords = await post("/admin/sites/acme/keywords", {
      referer: `${SELF}/admin/sites/acme/keywords?message=hi`,
    });
    expect(keywords.headers.get("location")).toBe(
      `/admin/login?next=${encodeURIComponent("/admin/sites/acme/keywords?message=hi")}&ended=change`,
    );
    // A page shown at a post's URL has no GET: back to its section's page. Those that do, as shown.
    for (const [page, back] of [
      ["/admin/team/invite", "/admin/team"],
      ["/admin/sites/acme/kb/import", "/admin/sites/acme/kb"],
      ["/admin/account/password", "/admin/account"],
      ["/admin/sites/acme/kb/edit?id=returns", "/admin/sites/acme/kb/edit?id=returns"],
      ["/admin/sites/acme/widget/install", "/admin/sites/acme/widget/install"],
    ]) {
      const res = await post("/admin/sites/acme/kb/import", { referer: `${SELF}${page}` });
      expect(res.headers.get("location"), page).toBe(
        `/admin/login?next=${encodeURIComponent(back ?? "")}&ended=change`,
      );
    }
    for (const referer of [
      "https://elsewhere.example/admin/team",
      `${SELF}/admin/login`,
      "nonsense",
    ]) {
      const elsewhere = await post("/admin/sites/acme/keywords", { referer });
      expect(elsewhere.headers.get("location"), referer).toBe(
        "/admin/login?next=%2Fadmin&ended=change",
      );
    }
    // Signing out without a session has nothing left to do.
    expect((await post("/admin/logout")).headers.get("location")).toBe("/admin/login");

    const page = await call(
      `/admin/login?next=${encodeURIComponent("/admin/handoffs/h-123")}&ended=reply`,
    );
    const html = await page.text();
    expect(html).toContain("your reply was not sent");
    expect(html).toContain('name="next" value="/admin/handoffs/h-123"');
    expect(await (await call("/admin/login?ended=change")).text()).toContain(
      "that change was not saved",
    );
    expect(await (await call("/admin/login?ended=<b>")).text()).not.toContain("Your session ended");
  });

  it("ends the session on sign-out, so a copy of the cookie kept from before no longer works", async () => {
    const cookie = await signIn();
    const other = await signIn();
    expect((await getPage("/admin", cookie)).status).toBe(200);
    expect((await postForm("/admin/logout", cookie, {})).status).toBe(303);
    const replayed = await getPage("/admin", cookie);
    expect(replayed.status).toBe(303);
    expect(replayed.headers.get("location")).toBe("/admin/login?next=%2Fadmin");
    expect((await postForm("/admin/logout", cookie, {})).status).toBe(303);
    expect((await getPage("/admin", other)).status, "another sign-in stays signed in").toBe(200);
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
