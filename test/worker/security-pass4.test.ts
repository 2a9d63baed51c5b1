import { describe, expect, it } from "vitest";
import { handleInboundEmail } from "../../worker/inbound/email-handler.ts";
import { replyAddress } from "../../worker/inbound/reply-address.ts";
import { siteKey } from "../../worker/sites/kv-keys.ts";
import { signIn, SELF } from "./dashboard/helpers.ts";
import { acceptedHandoff, ADMIN_TOKEN, call, env, ORIGIN, putSite, uniqueSite } from "./helpers.ts";

// Findings of the fourth security pass (docs/security.md), each through the real worker.

describe("dashboard: a form body its content type cannot describe", () => {
  // Sign-in is open to anyone who sends the dashboard's own Origin (any script can), so each
  // of these was a 500 and a logged stack trace on demand.
  const unreadable: [string, string, string][] = [
    ["multipart without a boundary", "multipart/form-data", "token=x"],
    ["multipart cut short", "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disp"],
    ["multipart with no parts", "multipart/form-data; boundary=xyz", "garbage"],
  ];

  it("is a 400 on the sign-in page, which anyone can post to, and signs no one in", async () => {
    for (const [name, type, body] of unreadable) {
      const res = await call("/admin/login", {
        method: "POST",
        headers: { origin: SELF, "content-type": type },
        body,
        redirect: "manual",
      });
      expect(res.status, name).toBe(400);
      expect(res.headers.get("set-cookie"), name).toBeNull();
      // Still a dashboard page: its CSP and no-store, like every other.
      expect(res.headers.get("content-security-policy"), name).toContain("default-src 'none'");
      expect(res.headers.get("cache-control"), name).toBe("no-store");
      expect(await res.text(), name).toContain("This form could not be read");
    }
  });

  it("is a 400 on an owner's knowledge-base upload too, and changes nothing", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const cookie = await signIn();
    const before = await env.SITES.get(siteKey(site));
    for (const [name, type, body] of unreadable) {
      const res = await call(`/admin/sites/${site}/kb/import`, {
        method: "POST",
        headers: { origin: SELF, cookie, "content-type": type },
        body,
        redirect: "manual",
      });
      expect(res.status, name).toBe(400);
    }
    expect(await env.SITES.get(siteKey(site))).toBe(before);
  });

  it("still reads a well-formed multipart form, once, for the handler", async () => {
    const form = new FormData();
    form.set("token", ADMIN_TOKEN);
    form.set("next", "/admin");
    const res = await call("/admin/login", {
      method: "POST",
      headers: { origin: SELF },
      body: form,
      redirect: "manual",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("set-cookie")).toMatch(/^clarifier_session=/);
  });
});

describe("dashboard: framing", () => {
  it("is refused by both headers on the sign-in page, a signed-in page and an error page", async () => {
    const cookie = await signIn();
    for (const res of [
      await call("/admin/login"),
      await call("/admin", { headers: { cookie } }),
      await call("/admin/sites/no-such-site-here/threshold", { headers: { cookie } }),
    ]) {
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
  });
});

describe("admin API: private answers", () => {
  it("tells every cache to keep none of them, errors included", async () => {
    const site = uniqueSite();
    await putSite(site, {
      channels: [{ id: "team", type: "email", to: ["support@acme.example"] }],
    });
    const responses = {
      sites: await call("/admin/api/sites", { admin: true }),
      site: await call(`/admin/api/sites/${site}`, { admin: true }),
      handoffs: await call(`/admin/api/handoffs?site=${site}`, { admin: true }),
      channels: await call(`/admin/api/sites/${site}/channels`, { admin: true }),
      team: await call("/admin/api/team", { admin: true }),
      invite: await call("/admin/api/team/invites", {
        method: "POST",
        admin: true,
        json: { email: `new-${crypto.randomUUID()}@acme.example`, role: "agent" },
      }),
      unknownSite: await call("/admin/api/sites/no-such-site-here", { admin: true }),
      unknownPath: await call("/admin/api/no-such-thing", { admin: true }),
      unauthorized: await call(`/admin/api/sites/${site}`),
    };
    for (const [name, res] of Object.entries(responses)) {
      expect(res.headers.get("cache-control"), name).toBe("no-store");
    }
    expect(responses.site.status).toBe(200);
    expect(responses.invite.status).toBe(201);
    expect(responses.unauthorized.status).toBe(401);
  });
});

describe("admin API: what a caller without the token learns", () => {
  it("is the same 401 for a real route, an unknown path, a wrong method and an unknown site", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const bodies = new Set<string>();
    for (const [path, method] of [
      [`/admin/api/sites/${site}`, "GET"],
      ["/admin/api/sites/no-such-site-here", "GET"],
      ["/admin/api/no-such-thing", "GET"],
      ["/admin/api/sites", "DELETE"],
    ] as const) {
      const res = await call(path, { method });
      expect(res.status, `${method} ${path}`).toBe(401);
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(1);
  });
});

describe("the widget preview page: a site whose stored config no longer parses", () => {
  it("is a site that is not configured, as on the public API: no word of its fields or values", async () => {
    const site = uniqueSite();
    // An operator's hand-edited value of the wrong type: valibot's message quotes what it got.
    await env.SITES.put(
      siteKey(site),
      JSON.stringify({
        name: "Acme",
        allowedOrigins: [ORIGIN],
        channels: [
          { id: "hook", type: "webhook", url: "https://hooks.acme.example/in", secret: 8675309 },
        ],
      }),
    );
    const preview = await call(`/demo/sites/${site}`);
    const body = await preview.text();
    expect(preview.status).toBe(404);
    expect(body).not.toContain("8675309");
    expect(body).not.toContain("secret");
    expect(body).not.toContain("invalid");
    // The same answer as for a site that does not exist, and as the public config gives.
    const unknown = await call("/demo/sites/no-such-site-here");
    expect(unknown.status).toBe(404);
    expect((await call(`/v1/sites/${site}/config`)).status).toBe(404);
  });
});

describe("inbound email: a message postal-mime refuses to parse", () => {
  it("is rejected with a reason, not thrown, and stores nothing", async () => {
    const site = uniqueSite();
    await putSite(site, {
      channels: [{ id: "team", type: "email", to: ["support@acme.example"] }],
    });
    const { handoffId } = await acceptedHandoff(site);
    const to = (await replyAddress(ADMIN_TOKEN, "reply.acme.example", handoffId)) ?? "";
    // 300 multiparts, one inside the next: past postal-mime's 256-level limit.
    const depth = 300;
    let body = "Refund approved.\r\n";
    for (let level = depth - 1; level >= 0; level--) {
      body = `--b${level}\r\nContent-Type: ${level === depth - 1 ? "text/plain" : `multipart/mixed; boundary="b${level + 1}"`}\r\n\r\n${body}\r\n--b${level}--\r\n`;
    }
    const raw = `From: support@acme.example\r\nTo: ${to}\r\nSubject: Re: Handoff\r\nContent-Type: multipart/mixed; boundary="b0"\r\n\r\n${body}`;
    const message = {
      from: "support@acme.example",
      to,
      raw: new Response(raw).body as ReadableStream<Uint8Array>,
      rejected: null as string | null,
      setReject(reason: string) {
        message.rejected = reason;
      },
    };
    await handleInboundEmail(message, env);
    expect(message.rejected).toBe("The message could not be read as MIME.");
    const n = await env.DB.prepare("SELECT COUNT(*) AS n FROM replies WHERE handoff_id = ?")
      .bind(handoffId)
      .first("n");
    expect(n).toBe(0);
  });
});
