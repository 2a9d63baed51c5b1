import { describe, expect, it } from "vitest";
import type { ConversationMessages } from "../../../shared/api.ts";
import { kbDocumentsKey } from "../../../worker/kb/store.ts";
import { inviteTokenHash } from "../../../worker/team/members-store.ts";
import {
  acceptedHandoff,
  call,
  env,
  FRESH_WINDOW_TIMEOUT_MS,
  freshLimitWindow,
  ORIGIN,
  putKb,
  putSite,
  testAddress,
  uniqueSite,
} from "../helpers.ts";
import { getPage, postForm, SELF, signIn } from "./helpers.ts";

const PASSWORD = "correct horse battery";

function uniqueEmail(): string {
  return `m-${crypto.randomUUID().slice(0, 8)}@team.example`;
}

/** An owner's invitation from the Team page: the link's path, read from the page shown once. */
async function invite(ownerCookie: string, email: string, role: "owner" | "agent") {
  const res = await postForm("/admin/team/invite", ownerCookie, { email, role });
  expect(res.status).toBe(200);
  const html = await res.text();
  const match = /value="http:\/\/worker\.test(\/admin\/invite\/([A-Za-z0-9_-]{43}))"/.exec(html);
  if (!match?.[1] || !match[2]) throw new Error("no invitation link on the page");
  return { path: match[1], token: match[2] };
}

function cookieOf(res: Response): string {
  const pair = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!pair.startsWith("clarifier_session=") || pair === "clarifier_session=")
    throw new Error(`no session cookie: ${res.status}`);
  return pair;
}

/** Accepts an invitation with a name and password; the new member's session cookie. */
async function accept(path: string, name: string, password = PASSWORD): Promise<string> {
  const res = await postForm(path, "", { name, password });
  expect(res.status).toBe(303);
  expect(res.headers.get("location")).toBe("/admin");
  return cookieOf(res);
}

function memberLogin(email: string, password: string) {
  return postForm("/admin/login", "", { email, password, next: "/admin" });
}

/** A member invited by the token holder and signed in with their email and password. */
async function member(role: "owner" | "agent", name = role === "owner" ? "Olga" : "Ana") {
  const admin = await signIn();
  const email = uniqueEmail();
  const { path } = await invite(admin, email, role);
  await accept(path, name);
  const res = await memberLogin(email, PASSWORD);
  expect(res.status).toBe(303);
  const row = await env.DB.prepare("SELECT id FROM members WHERE email = ?")
    .bind(email)
    .first<{ id: string }>();
  return { cookie: cookieOf(res), email, id: row?.id ?? "" };
}

describe("dashboard team: invitations and signing in as oneself", () => {
  it("invite → accept → sign in: the member's reply, resolution and teaching carry their name", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const { cookie } = await member("agent", "Ana Lind");

    const home = await (await getPage("/admin", cookie)).text();
    expect(home).toContain("Ana Lind (agent)");

    const { conversationId, handoffId } = await acceptedHandoff(site);
    const page = await (await getPage(`/admin/handoffs/${handoffId}`, cookie)).text();
    expect(page).toContain("Sent as Ana Lind");
    expect(page, "a member does not type a name").not.toContain('name="author"');
    // A name typed anyway is not who the reply is from.
    const sent = await postForm(`/admin/handoffs/${handoffId}/replies`, cookie, {
      text: "Hello, Ana here.",
      author: "Someone Else",
      back: `/admin/handoffs/${handoffId}`,
    });
    expect(sent.status).toBe(303);
    const read = await call(`/v1/conversations/${conversationId}?site=${site}`);
    const { messages } = (await read.json()) as ConversationMessages;
    expect(messages.at(-1)).toMatchObject({ role: "team", author: "Ana Lind" });
    const thread = await (await getPage(`/admin/handoffs/${handoffId}`, cookie)).text();
    expect(thread).toContain('<span class="who">Ana Lind (team)</span>');

    const resolved = await postForm(`/admin/handoffs/${handoffId}/status`, cookie, {
      status: "resolved",
      back: `/admin/handoffs/${handoffId}`,
    });
    expect(resolved.status).toBe(303);
    const after = await (await getPage(`/admin/handoffs/${handoffId}`, cookie)).text();
    expect(after).toMatch(/Resolved [^<]* by Ana Lind\./);
    const stored = await env.DB.prepare(
      "SELECT status, resolved_by AS resolvedBy FROM handoffs WHERE id = ?",
    )
      .bind(handoffId)
      .first();
    expect(stored).toEqual({ status: "resolved", resolvedBy: "Ana Lind" });

    const taught = await postForm(`/admin/sites/${site}/teach`, cookie, {
      question: "Can I send a parcel back?",
      document: "Returns and refunds",
    });
    expect(taught.status).toBe(303);
    const row = await env.DB.prepare(
      "SELECT taught_by AS by FROM taught_questions WHERE site = ? AND doc_id = 'returns'",
    )
      .bind(site)
      .first<{ by: string }>();
    expect(row?.by).toBe("Ana Lind");
    const article = await (
      await getPage(`/admin/sites/${site}/kb/edit?id=returns`, await signIn())
    ).text();
    expect(article).toContain("Can I send a parcel back?");
    expect(article).toMatch(/taught by Ana Lind, /);
  });

  it("shows who taught a visitor's missed question on Knowledge gaps, without links an agent cannot open", async () => {
    const site = uniqueSite();
    await putSite(site, { threshold: 0.99 });
    await putKb(site);
    const asked = await call("/v1/chat", {
      method: "POST",
      json: { site, message: "Can I get my money back?" },
      headers: { origin: ORIGIN },
    });
    expect(asked.status).toBe(200);
    const { cookie } = await member("agent", "Rui");
    const taught = await postForm(`/admin/sites/${site}/teach`, cookie, {
      question: "can i get my MONEY back?",
      document: "Returns and refunds",
    });
    expect(taught.status).toBe(303);
    const agentView = await (await getPage(`/admin/sites/${site}/gaps`, cookie)).text();
    expect(agentView).toContain(
      'Can I get my money back? → Returns and refunds<span class="hint"> (taught by Rui)</span>',
    );
    const ownerView = await (await getPage(`/admin/sites/${site}/gaps`, await signIn())).text();
    expect(ownerView).toContain(
      `/kb/edit?id=returns">Returns and refunds</a><span class="hint"> (taught by Rui)</span>`,
    );
  });

  it("records the token holder as “admin” on replies, resolutions and teaching, unless a name is typed", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const admin = await signIn();
    const { conversationId, handoffId } = await acceptedHandoff(site);
    expect(await (await getPage(`/admin/handoffs/${handoffId}`, admin)).text()).toContain(
      'name="author"',
    );
    await postForm(`/admin/handoffs/${handoffId}/replies`, admin, { text: "From the owner." });
    await postForm(`/admin/handoffs/${handoffId}/status`, admin, { status: "resolved" });
    await postForm(`/admin/sites/${site}/teach`, admin, {
      question: "Refund to my card?",
      document: "Returns and refunds",
    });
    const { messages } = (await (
      await call(`/v1/conversations/${conversationId}?site=${site}`)
    ).json()) as ConversationMessages;
    expect(messages.at(-1)).toMatchObject({ author: "admin" });
    const handoff = await env.DB.prepare("SELECT resolved_by AS by FROM handoffs WHERE id = ?")
      .bind(handoffId)
      .first<{ by: string }>();
    expect(handoff?.by).toBe("admin");
    const taught = await env.DB.prepare(
      "SELECT taught_by AS by FROM taught_questions WHERE site = ?",
    )
      .bind(site)
      .first<{ by: string }>();
    expect(taught?.by).toBe("admin");
  });

  it("keeps the admin API's own `by` for teaching, and null when none is sent", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    for (const [question, by] of [
      ["Where is my refund?", "Script"],
      ["Refund timing?", undefined],
    ] as const) {
      const res = await call(`/admin/api/sites/${site}/kb/documents/returns/questions`, {
        method: "POST",
        admin: true,
        json: by ? { question, by } : { question },
      });
      expect(res.status).toBe(200);
    }
    const { results } = await env.DB.prepare(
      "SELECT question, taught_by AS by FROM taught_questions WHERE site = ? ORDER BY seq",
    )
      .bind(site)
      .all();
    expect(results).toEqual([
      { question: "Where is my refund?", by: "Script" },
      { question: "Refund timing?", by: null },
    ]);
  });

  it("shows an invitation link once and stores only its hash; the password only as a salted PBKDF2 hash", async () => {
    const admin = await signIn();
    const email = uniqueEmail();
    const { path, token } = await invite(admin, email, "agent");
    const team = await (await getPage("/admin/team", admin)).text();
    expect(team, "the link is not shown again").not.toContain(token);
    expect(team).toContain(`${email} as agent, invited by admin`);

    const stored = await env.DB.prepare("SELECT * FROM invites WHERE email = ?")
      .bind(email)
      .first<Record<string, unknown>>();
    expect(stored?.token_hash).toBe(await inviteTokenHash(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    await accept(path, "Bo");
    const row = await env.DB.prepare("SELECT * FROM members WHERE email = ?")
      .bind(email)
      .first<Record<string, unknown>>();
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
    expect(row).toMatchObject({ name: "Bo", role: "agent", password_iterations: 100_000 });
    expect(String(row?.password_hash)).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(String(row?.password_salt)).toMatch(/^[A-Za-z0-9+/]{22}==$/);

    // The same password makes another hash with another member's salt.
    const other = uniqueEmail();
    await accept((await invite(admin, other, "agent")).path, "Cy");
    const second = await env.DB.prepare(
      "SELECT password_hash, password_salt FROM members WHERE email = ?",
    )
      .bind(other)
      .first<Record<string, string>>();
    expect(second?.password_salt).not.toBe(row?.password_salt);
    expect(second?.password_hash).not.toBe(row?.password_hash);

    const listed = await (await getPage("/admin/team", admin)).text();
    expect(listed).toContain(email);
    expect(listed).not.toContain(`${email} as agent, invited by`);
  });

  it("says clearly when an invitation is used, expired, withdrawn or unknown", async () => {
    const admin = await signIn();
    const { path } = await invite(admin, uniqueEmail(), "agent");
    await accept(path, "Di");
    for (const method of ["GET", "POST"] as const) {
      const again =
        method === "GET"
          ? await getPage(path, "")
          : await postForm(path, "", { name: "X", password: PASSWORD });
      expect(again.status).toBe(410);
      expect(again.headers.get("set-cookie")).toBeNull();
      expect(await again.text()).toContain("This invitation has been accepted already.");
    }

    // An invitation made eight days ago: past the week a link works.
    const expiredToken = "e".repeat(43);
    const eightDaysAgo = Date.now() - 8 * 86_400_000;
    await env.DB.prepare(
      `INSERT INTO invites (token_hash, email, role, invited_by, created_at, expires_at)
       VALUES (?, ?, 'agent', 'admin', ?, ?)`,
    )
      .bind(
        await inviteTokenHash(expiredToken),
        uniqueEmail(),
        new Date(eightDaysAgo).toISOString(),
        new Date(eightDaysAgo + 7 * 86_400_000).toISOString(),
      )
      .run();
    const expired = await postForm(`/admin/invite/${expiredToken}`, "", {
      name: "Late",
      password: PASSWORD,
    });
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("This invitation has expired");

    const withdrawnEmail = uniqueEmail();
    const withdrawn = await invite(admin, withdrawnEmail, "agent");
    const hash = await inviteTokenHash(withdrawn.token);
    const revoke = await postForm(`/admin/team/invites/${hash}/revoke`, admin, {});
    expect(revoke.status).toBe(303);
    const gone = await getPage(withdrawn.path, "");
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain("This invitation link is not valid");

    // Inviting an address again replaces its earlier link.
    const again = uniqueEmail();
    const first = await invite(admin, again, "agent");
    await invite(admin, again, "owner");
    expect((await getPage(first.path, "")).status).toBe(404);

    const unknown = await getPage(`/admin/invite/${"u".repeat(43)}`, "");
    expect(unknown.status).toBe(404);
  });

  it("refuses a short password or no name, keeping the invitation open", async () => {
    const admin = await signIn();
    const { path } = await invite(admin, uniqueEmail(), "agent");
    const short = await postForm(path, "", { name: "Ed", password: "123456789" });
    expect(short.status).toBe(400);
    expect(short.headers.get("set-cookie")).toBeNull();
    expect(await short.text()).toContain("Use at least 10 characters");
    const nameless = await postForm(path, "", { name: " \u200b ", password: PASSWORD });
    expect(nameless.status).toBe(400);
    expect(await nameless.text()).toContain("Write your name");
    await accept(path, "Ed");
  });

  it("refuses a wrong password and an unknown address alike, setting no cookie, and limits attempts", {
    timeout: FRESH_WINDOW_TIMEOUT_MS,
  }, async () => {
    const { email } = await member("agent");
    for (const [who, password] of [
      [email, `${PASSWORD}!`],
      [email, ""],
      [uniqueEmail(), PASSWORD],
    ] as const) {
      const res = await memberLogin(who, password);
      expect(res.status).toBe(401);
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(await res.text()).toContain("That email and password do not match a member");
    }
    // The address's case and spaces do not matter.
    expect((await memberLogin(` ${email.toUpperCase()} `, PASSWORD)).status).toBe(303);

    const address = testAddress();
    // Each names another address: the limit here is the sender's (security.test.ts has the
    // limit per address signed in as).
    const attempt = () =>
      postForm(
        "/admin/login",
        "",
        { email: uniqueEmail(), password: "wrong password" },
        { "cf-connecting-ip": address },
      );
    // Ten failures then a refusal, all inside one of the limiter's minutes.
    await freshLimitWindow();
    for (let i = 0; i < 10; i++) expect((await attempt()).status).toBe(401);
    const limited = await postForm(
      "/admin/login",
      "",
      { email, password: PASSWORD },
      { "cf-connecting-ip": address },
    );
    expect(limited.status).toBe(429);
    expect(limited.headers.get("set-cookie")).toBeNull();
  });

  it("ends a removed member's sessions at once, and a member's other sessions when they change password", async () => {
    const owner = await member("owner", "Olga");
    const agent = await member("agent", "Gus");
    expect((await getPage("/admin", agent.cookie)).status).toBe(200);
    const removed = await postForm(`/admin/team/members/${agent.id}/remove`, owner.cookie, {
      confirm: "1",
    });
    expect(removed.status).toBe(303);
    const after = await getPage("/admin", agent.cookie);
    expect(after.status).toBe(303);
    expect(after.headers.get("location")).toMatch(/^\/admin\/login/);
    expect((await memberLogin(agent.email, PASSWORD)).status).toBe(401);

    const other = await memberLogin(owner.email, PASSWORD);
    const otherCookie = cookieOf(other);
    const changed = await postForm("/admin/account/password", owner.cookie, {
      current: PASSWORD,
      password: "a whole new passphrase",
    });
    expect(changed.status).toBe(303);
    const fresh = cookieOf(changed);
    expect((await getPage("/admin", fresh)).status).toBe(200);
    expect((await getPage("/admin", owner.cookie)).status).toBe(303);
    expect((await getPage("/admin", otherCookie)).status).toBe(303);
    expect((await memberLogin(owner.email, PASSWORD)).status).toBe(401);
    expect((await memberLogin(owner.email, "a whole new passphrase")).status).toBe(303);

    const signedOut = await postForm("/admin/logout", fresh, {});
    expect(signedOut.status).toBe(303);
    expect((await getPage("/admin", fresh)).status, "signing out ends a member's session").toBe(
      303,
    );
    const again = cookieOf(await memberLogin(owner.email, "a whole new passphrase"));

    const wrongCurrent = await postForm("/admin/account/password", again, {
      current: "not my password",
      password: "yet another passphrase",
    });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a member's cookie with another member's id in it: the id is signed", async () => {
    const a = await member("agent", "Hal");
    const b = await member("owner", "Ida");
    const value = a.cookie.slice("clarifier_session=".length);
    const forged = value.replace(a.id, b.id);
    expect(forged).not.toBe(value);
    expect((await getPage("/admin/team", `clarifier_session=${forged}`)).status).toBe(303);
  });

  it("lets an owner member invite and change roles, which take effect on the next request", async () => {
    const owner = await member("owner", "Jo");
    const agent = await member("agent", "Kim");
    expect((await getPage("/admin/team", agent.cookie)).status).toBe(403);
    const team = await (await getPage("/admin/team", owner.cookie)).text();
    expect(team).toContain("Jo (you)");
    expect(team).toContain("Kim");
    await invite(owner.cookie, uniqueEmail(), "agent");
    expect(
      (await postForm(`/admin/team/members/${agent.id}/role`, owner.cookie, { role: "owner" }))
        .status,
    ).toBe(303);
    expect((await getPage("/admin/team", agent.cookie)).status).toBe(200);
    const self = await postForm(`/admin/team/members/${owner.id}/role`, owner.cookie, {
      role: "agent",
    });
    expect(self.status).toBe(400);
    const selfRemove = await postForm(`/admin/team/members/${owner.id}/remove`, owner.cookie, {
      confirm: "1",
    });
    expect(selfRemove.status).toBe(400);
  });
});

describe("dashboard team: what an agent may do", () => {
  it("refuses an agent every owner-only page and change, changing nothing", async () => {
    const site = uniqueSite();
    await putSite(site, { threshold: 0.4 });
    await putKb(site);
    const agent = await member("agent", "Lu");
    const other = await member("agent", "Mo");
    const { handoffId } = await acceptedHandoff(site);
    const refused: [method: "GET" | "POST", path: string, fields?: Record<string, string>][] = [
      ["GET", "/admin/team"],
      ["GET", "/admin/%74eam"],
      ["GET", `/admin/sites/${site}/%74hreshold`],
      ["POST", "/admin/team/invite", { email: uniqueEmail(), role: "owner" }],
      ["POST", `/admin/team/members/${other.id}/role`, { role: "owner" }],
      ["POST", `/admin/team/members/${other.id}/remove`, { confirm: "1" }],
      ["POST", `/admin/team/invites/${"0".repeat(64)}/revoke`],
      ["GET", `/admin/sites/${site}/threshold`],
      ["POST", `/admin/sites/${site}/threshold`, { threshold: "0.1" }],
      ["GET", `/admin/sites/${site}/channels`],
      ["POST", `/admin/sites/${site}/channels`, { id: "x", type: "webhook" }],
      ["POST", `/admin/sites/${site}/keywords`, { keywords: "refund" }],
      ["GET", `/admin/sites/${site}/hours`],
      ["GET", `/admin/sites/${site}/widget`],
      ["GET", `/admin/sites/${site}/kb`],
      ["POST", `/admin/sites/${site}/kb/delete?id=returns`, { confirm: "1" }],
      ["GET", "/admin/new-site"],
      ["POST", "/admin/new-site", { name: "Evil", id: uniqueSite() }],
      ["POST", `/admin/handoffs/${handoffId}/delete-conversation`, { confirm: "1" }],
    ];
    for (const [method, path, fields] of refused) {
      const res =
        method === "GET"
          ? await getPage(path, agent.cookie)
          : await postForm(path, agent.cookie, fields ?? {});
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(await res.text()).toContain("Only an owner can open or change this.");
    }
    const config = await (await call(`/admin/api/sites/${site}`, { admin: true })).json();
    expect(config).toMatchObject({ threshold: 0.4 });
    expect(
      await env.DB.prepare("SELECT id FROM members WHERE id = ?").bind(other.id).first(),
    ).not.toBeNull();
    const handoffRow = await env.DB.prepare("SELECT id FROM handoffs WHERE id = ?")
      .bind(handoffId)
      .first();
    expect(handoffRow, "the conversation was not deleted").not.toBeNull();
    const documents = JSON.parse((await env.SITES.get(kbDocumentsKey(site))) ?? "[]") as {
      id: string;
    }[];
    expect(documents.map((d) => d.id)).toContain("returns");
    expect(
      await env.DB.prepare(
        "SELECT 1 FROM invites WHERE role = 'owner' AND invited_by = 'Lu'",
      ).first(),
    ).toBeNull();

    // The owner's controls are not shown to an agent either.
    const home = await (await getPage(`/admin?site=${site}`, agent.cookie)).text();
    for (const link of ["/admin/team", "/threshold", "/channels", "/admin/new-site", '/kb"'])
      expect(home, link).not.toContain(link);
    expect(home).toContain(`/admin/sites/${site}/gaps`);
    const handoffPage = await (await getPage(`/admin/handoffs/${handoffId}`, agent.cookie)).text();
    expect(handoffPage).not.toContain("delete-conversation");
  });

  it("lets an agent work the inbox: open, reply, label, resolve and reopen, teach", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const { cookie } = await member("agent", "Nia");
    const { handoffId } = await acceptedHandoff(site);
    const allowed: [method: "GET" | "POST", path: string, fields?: Record<string, string>][] = [
      ["GET", "/admin"],
      ["GET", `/admin/handoffs/${handoffId}`],
      ["POST", `/admin/handoffs/${handoffId}/replies`, { text: "On it." }],
      ["POST", `/admin/handoffs/${handoffId}/status`, { status: "resolved" }],
      ["POST", `/admin/handoffs/${handoffId}/status`, { status: "open" }],
      ["POST", `/admin/handoffs/${handoffId}/redeliver`, {}],
      ["GET", `/admin/sites/${site}/answers`],
      ["GET", `/admin/sites/${site}/gaps`],
      ["GET", `/admin/sites/${site}/stats`],
      ["GET", `/admin/sites/${site}/teach?question=Refund%3F`],
      [
        "POST",
        `/admin/sites/${site}/teach`,
        { question: "Refund?", document: "Returns and refunds" },
      ],
      ["GET", "/admin/account"],
    ];
    for (const [method, path, fields] of allowed) {
      const res =
        method === "GET" ? await getPage(path, cookie) : await postForm(path, cookie, fields ?? {});
      expect([200, 303], `${method} ${path}`).toContain(res.status);
      if (res.status === 303)
        expect(res.headers.get("location"), path).not.toMatch(/^\/admin\/login/);
    }
  });
});

describe("dashboard team: CSRF on the new forms", () => {
  it("refuses the team's forms from another origin", async () => {
    const admin = await signIn();
    const { path } = await invite(admin, uniqueEmail(), "agent");
    const owner = await member("owner", "Pia");
    const email = uniqueEmail();
    const posts: [string, string, Record<string, string>][] = [
      ["/admin/team/invite", admin, { email, role: "owner" }],
      [path, "", { name: "Mallory", password: PASSWORD }],
      ["/admin/login", "", { email: owner.email, password: PASSWORD }],
      ["/admin/account/password", owner.cookie, { current: PASSWORD, password: "taken over now" }],
      ["/admin/account/name", owner.cookie, { name: "Mallory" }],
    ];
    for (const [to, cookie, fields] of posts) {
      const res = await postForm(to, cookie, fields, { origin: "https://evil.example" });
      expect(res.status, to).toBe(403);
      expect(res.headers.get("set-cookie"), to).toBeNull();
    }
    expect(
      await env.DB.prepare("SELECT 1 FROM invites WHERE email = ?").bind(email).first(),
    ).toBeNull();
    expect((await getPage(path, "")).status, "the invitation is still open").toBe(200);
    expect((await memberLogin(owner.email, PASSWORD)).status).toBe(303);
    expect(SELF).toBe("http://worker.test");
  });
});

describe("admin API: the team", () => {
  it("invites with the token, lists, changes a role and removes, never showing a password hash", async () => {
    const email = uniqueEmail();
    const unauthenticated = await call("/admin/api/team/invites", {
      method: "POST",
      json: { email, role: "agent" },
    });
    expect(unauthenticated.status).toBe(401);
    for (const body of [
      { email: "not an address", role: "agent" },
      { email, role: "boss" },
      { email },
    ]) {
      const bad = await call("/admin/api/team/invites", {
        method: "POST",
        admin: true,
        json: body,
      });
      expect(bad.status, JSON.stringify(body)).toBe(400);
    }
    const res = await call("/admin/api/team/invites", {
      method: "POST",
      admin: true,
      json: { email: ` ${email.toUpperCase()} `, role: "agent" },
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { email: string; link: string; expiresAt: string };
    expect(created.email).toBe(email);
    expect(created.link).toMatch(/^http:\/\/worker\.test\/admin\/invite\/[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(created.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const cookie = await accept(new URL(created.link).pathname, "Quinn");
    const listed = (await (await call("/admin/api/team", { admin: true })).json()) as {
      members: { id: string; email: string; name: string; role: string; invitedBy: string }[];
    };
    const quinn = listed.members.find((m) => m.email === email);
    expect(quinn).toMatchObject({ name: "Quinn", role: "agent", invitedBy: "admin" });
    expect(JSON.stringify(listed)).not.toMatch(/password|epoch|token_hash/i);
    const again = await call("/admin/api/team/invites", {
      method: "POST",
      admin: true,
      json: { email, role: "owner" },
    });
    expect(again.status, "a member is not invited twice").toBe(400);

    expect((await getPage("/admin/team", cookie)).status).toBe(403);
    const patched = await call(`/admin/api/team/members/${quinn?.id}`, {
      method: "PATCH",
      admin: true,
      json: { role: "owner" },
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ role: "owner" });
    expect((await getPage("/admin/team", cookie)).status).toBe(200);

    const removed = await call(`/admin/api/team/members/${quinn?.id}`, {
      method: "DELETE",
      admin: true,
    });
    expect(removed.status).toBe(204);
    expect((await getPage("/admin/team", cookie)).status).toBe(303);
    const gone = await call(`/admin/api/team/members/${quinn?.id}`, {
      method: "DELETE",
      admin: true,
    });
    expect(gone.status).toBe(404);
  });
});
