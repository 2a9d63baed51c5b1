import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { isValidEmail } from "../../../shared/email.ts";
import { createApp } from "../../../worker/app.ts";
import {
  acceptedHandoff,
  ADMIN_TOKEN,
  call,
  env,
  freshLimitWindow,
  putSite,
  testAddress,
  uniqueSite,
} from "../helpers.ts";
import { getPage, postForm, signIn } from "./helpers.ts";

// Findings of the security pass (docs/security.md), each through the real worker.

describe("dashboard: a visitor's email address in a mailto: link", () => {
  it("links to the one address the visitor gave, adding no Bcc, subject or body", async () => {
    // Every character here is atext: a valid address, which the widget and the API accept.
    const crafted = "x%40victim.example?bcc=spy%40evil.example&subject=hi&b=@acme.example";
    expect(isValidEmail(crafted)).toBe(true);
    const site = uniqueSite();
    await putSite(site, {});
    const { handoffId } = await acceptedHandoff(site, {
      message: "Can I talk to a human please?",
      email: crafted,
    });

    const page = await (await getPage(`/admin/handoffs/${handoffId}`, await signIn())).text();
    const href = /href="(mailto:[^"]*)"/.exec(page)?.[1];
    expect(href).toBe(
      "mailto:x%2540victim.example%3Fbcc%3Dspy%2540evil.example%26subject%3Dhi%26b%3D@acme.example",
    );
    // A mail client reads headers from the query: there must be none.
    expect(href).not.toMatch(/[?&#]/);
    // The address is shown as given, as text.
    expect(page).toContain(
      "x%40victim.example?bcc=spy%40evil.example&amp;subject=hi&amp;b=@acme.example",
    );
  });
});

describe("dashboard: HSTS", () => {
  it("tells browsers to use https only, over https, on the sign-in page and every page behind it", async () => {
    const over = (url: string, cookie = "") =>
      exports.default.fetch(
        new Request(url, {
          headers: { cookie, "cf-connecting-ip": "198.18.7.7" },
          redirect: "manual",
        }),
      );
    for (const path of ["/admin/login", "/admin", "/admin/invite/nope"]) {
      const secure = await over(`https://dash.example${path}`);
      expect(secure.headers.get("strict-transport-security")).toBe("max-age=31536000");
      // Over plain http the header means nothing, and a local stack must not pin itself to https.
      const plain = await over(`http://dash.example${path}`);
      expect(plain.headers.get("strict-transport-security")).toBeNull();
    }
    const page = await over("https://worker.test/admin", await signIn());
    expect(page.status).toBe(200);
    expect(page.headers.get("strict-transport-security")).toBe("max-age=31536000");
  });
});

const PASSWORD = "correct horse battery";

/** An agent invited through the admin API who has accepted: their address and session cookie. */
async function acceptedAgent(): Promise<{ email: string; cookie: string }> {
  const email = `a-${crypto.randomUUID().slice(0, 8)}@team.example`;
  const invited = await call("/admin/api/team/invites", {
    method: "POST",
    admin: true,
    json: { email, role: "agent" },
  });
  const { link } = (await invited.json()) as { link: string };
  const accepted = await postForm(new URL(link).pathname, "", { name: "Ana", password: PASSWORD });
  expect(accepted.status).toBe(303);
  return { email, cookie: (accepted.headers.get("set-cookie") ?? "").split(";")[0] ?? "" };
}

describe("dashboard sign-in: the limit per address signed in as", () => {
  /** A sign-in from an address of its own, as from another /64 of one attacker's /48. */
  const login = (email: string, password: string) =>
    postForm("/admin/login", "", { email, password }, { "cf-connecting-ip": testAddress() });

  // Up to 15 s waiting for a fresh window, then some 30 PBKDF2 hashes.
  it("stops guessing one member's password from many addresses, and no one else's sign-in", {
    timeout: 60_000,
  }, async () => {
    const { email: target } = await acceptedAgent();
    await freshLimitWindow();
    for (let i = 0; i < 10; i++) {
      expect((await login(target.toUpperCase(), `guess ${i} of many`)).status).toBe(401);
    }
    // Even the right password waits: the attempts, not their outcome, are counted.
    const refused = await login(target, PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("set-cookie")).toBeNull();
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.text()).toContain("Too many sign-in attempts for this address");

    // Another member, and the token holder, sign in as ever.
    expect((await login((await acceptedAgent()).email, PASSWORD)).status).toBe(303);
    const token = await postForm(
      "/admin/login",
      "",
      { token: ADMIN_TOKEN },
      { "cf-connecting-ip": testAddress() },
    );
    expect(token.status).toBe(303);
  });

  // The Rate Limiting binding counts per Cloudflare location: each location an attacker's
  // requests land in (one per country a proxy service offers) is a fresh ten. Each request here
  // goes through a limiter that has seen none of the others, as one at another location would.
  it("stops guessing one member's password through many Cloudflare locations", {
    timeout: 60_000,
  }, async () => {
    const { email: target } = await acceptedAgent();
    const anotherLocation = {
      ...env,
      SIGN_IN_LIMIT: { limit: async () => ({ success: true }) },
    } as Env;
    const app = createApp();
    const at = (email: string, password: string) =>
      app.request(
        "http://worker.test/admin/login",
        {
          method: "POST",
          headers: {
            origin: "http://worker.test",
            "content-type": "application/x-www-form-urlencoded",
            "cf-connecting-ip": testAddress(),
          },
          body: new URLSearchParams({ email, password }),
          redirect: "manual",
        },
        anotherLocation,
      );
    await freshLimitWindow();
    for (let i = 0; i < 10; i++) {
      expect((await at(` ${target.toUpperCase()}`, `guess ${i} of many`)).status).toBe(401);
    }
    const refused = await at(target, PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("set-cookie")).toBeNull();
    expect(await refused.text()).toContain("Too many sign-in attempts for this address");
    // Another member signs in as ever.
    expect((await at((await acceptedAgent()).email, PASSWORD)).status).toBe(303);
  });

  // Changing a password asks for the current one, so that a session left open (or a stolen
  // cookie) cannot take the account for good: guessing it from many addresses is held to the
  // same ten a minute per member as signing in.
  it("stops guessing a member's current password from many addresses with their session", {
    timeout: 60_000,
  }, async () => {
    const { email, cookie } = await acceptedAgent();
    await freshLimitWindow();
    const change = (current: string) =>
      postForm(
        "/admin/account/password",
        cookie,
        { current, password: "a new and long passphrase" },
        { "cf-connecting-ip": testAddress() },
      );
    for (let i = 0; i < 10; i++) expect((await change(`guess ${i}`)).status).toBe(400);
    expect((await change(PASSWORD)).status).toBe(429);
    // The attempts were counted for the member's address: signing in waits too.
    expect((await login(email, PASSWORD)).status).toBe(429);
  });

  it("counts an address that is no member's alike, so a 429 tells nobody who is a member", {
    timeout: 60_000,
  }, async () => {
    const stranger = `nobody-${crypto.randomUUID().slice(0, 8)}@team.example`;
    await freshLimitWindow();
    for (let i = 0; i < 10; i++) expect((await login(stranger, "whatever it is")).status).toBe(401);
    expect((await login(stranger, "whatever it is")).status).toBe(429);
  });
});

describe("dashboard: an agent's allow-list against other spellings of an owner's path", () => {
  it("refuses an agent an owner's page however the path is spelled or the method named", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const { cookie } = await acceptedAgent();
    expect(cookie).toMatch(/^clarifier_session=./);
    // What an agent may open still opens.
    expect((await getPage(`/admin/sites/${site}/answers`, cookie)).status).toBe(200);

    const owners = [
      `/admin/sites/${site}/channels`,
      `/admin/sites/${site}/%63hannels`,
      `/admin/sites/${encodeURIComponent(site)}/channels?x=/answers`,
      `/admin/sites/${site}/kb`,
      "/admin/team",
      "/admin/new-site",
    ];
    for (const path of owners) {
      for (const method of ["GET", "HEAD"]) {
        const res = await call(path, { method, headers: { cookie }, redirect: "manual" });
        expect({ path, method, status: res.status }).toEqual({ path, method, status: 403 });
      }
    }
    // Spellings the router does not take: refused, or no page at all; never an owner's page.
    for (const path of [
      `/admin/sites/${site}/channels/`,
      `/admin//sites/${site}/channels`,
      `/ADMIN/sites/${site}/channels`,
    ]) {
      const res = await getPage(path, cookie);
      expect({ path, refused: [403, 404].includes(res.status) }).toEqual({ path, refused: true });
      expect(await res.text()).not.toContain(`action="/admin/sites/${site}/channels`);
    }
    // And no change an owner makes, sent as a form from the dashboard itself.
    for (const path of [
      `/admin/sites/${site}/threshold`,
      `/admin/sites/${site}/widget/install`,
      "/admin/team/invite",
    ]) {
      expect(
        (await postForm(path, cookie, { threshold: "0.1", email: "x@y.example" })).status,
      ).toBe(403);
    }
  });
});
