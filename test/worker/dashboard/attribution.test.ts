import { describe, expect, it } from "vitest";
import type { ConversationMessages } from "../../../shared/api.ts";
import { acceptedHandoff, call, env, postHandoff, putKb, putSite, uniqueSite } from "../helpers.ts";
import { getPage, postForm, signIn } from "./helpers.ts";

// Who did what is recorded by member id beside the name (migrations/0013), so the dashboard
// tells members apart whatever they are called now, while visitors keep seeing the name.

const PASSWORD = "correct horse battery";

function uniqueEmail(): string {
  return `m-${crypto.randomUUID().slice(0, 8)}@team.example`;
}

/** A member invited by the token holder, signed in by accepting: cookie, address and id. */
async function member(name: string) {
  const admin = await signIn();
  const email = uniqueEmail();
  const invited = await postForm("/admin/team/invite", admin, { email, role: "agent" });
  const match = /value="http:\/\/worker\.test(\/admin\/invite\/[A-Za-z0-9_-]{43})"/.exec(
    await invited.text(),
  );
  if (!match?.[1]) throw new Error("no invitation link on the page");
  const accepted = await postForm(match[1], "", { name, password: PASSWORD });
  expect(accepted.status).toBe(303);
  const cookie = (accepted.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const row = await env.DB.prepare("SELECT id FROM members WHERE email = ?")
    .bind(email)
    .first<{ id: string }>();
  if (!row) throw new Error("the member was not created");
  return { cookie, email, id: row.id };
}

/** An address as the page's HTML escapes it in "Name <address>". */
function withAddress(name: string, email: string): string {
  return `${name} &lt;${email}&gt;`;
}

async function reply(cookie: string, handoffId: string, text: string, author?: string) {
  const res = await postForm(`/admin/handoffs/${handoffId}/replies`, cookie, {
    text,
    ...(author ? { author } : {}),
    back: `/admin/handoffs/${handoffId}`,
  });
  expect(res.status).toBe(303);
}

async function setStatus(cookie: string, handoffId: string, status: "open" | "resolved") {
  const res = await postForm(`/admin/handoffs/${handoffId}/status`, cookie, {
    status,
    back: `/admin/handoffs/${handoffId}`,
  });
  expect(res.status).toBe(303);
}

async function rename(cookie: string, name: string) {
  const res = await postForm("/admin/account/name", cookie, { name });
  expect(res.status).toBe(303);
}

/** The dashboard's names on a handoff's replies, in order. */
async function replyAuthors(cookie: string, handoffId: string): Promise<string[]> {
  const html = await (await getPage(`/admin/handoffs/${handoffId}`, cookie)).text();
  return [...html.matchAll(/<li class="team"><span class="who">([^<]*)<\/span>/g)].map(
    (m) => m[1] ?? "",
  );
}

async function visitorAuthors(site: string, conversationId: string) {
  const res = await call(`/v1/conversations/${conversationId}?site=${site}`);
  const { messages } = (await res.json()) as ConversationMessages;
  return messages.filter((m) => m.role === "team");
}

describe("attribution by member id", () => {
  it("tells apart a member who renamed themselves to another's name, while visitors see the name", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const alex = await member("Alex Berg");
    const sam = await member("Sam Ek");
    const { conversationId, handoffId } = await acceptedHandoff(site);

    await reply(alex.cookie, handoffId, "Hello from Alex.");
    await rename(sam.cookie, "Alex Berg");
    await reply(sam.cookie, handoffId, "Hello from Sam, now called Alex.");
    await setStatus(sam.cookie, handoffId, "resolved");
    const taught = await postForm(`/admin/sites/${site}/teach`, sam.cookie, {
      question: "Can I send a parcel back?",
      document: "Returns and refunds",
    });
    expect(taught.status).toBe(303);

    // Stored: the name each wrote under, and who they are.
    const { results: rows } = await env.DB.prepare(
      "SELECT author, author_id AS authorId FROM replies WHERE handoff_id = ? ORDER BY rowid",
    )
      .bind(handoffId)
      .all();
    expect(rows).toEqual([
      { author: "Alex Berg", authorId: alex.id },
      { author: "Alex Berg", authorId: sam.id },
    ]);
    expect(
      await env.DB.prepare(
        "SELECT resolved_by AS name, resolved_by_id AS id FROM handoffs WHERE id = ?",
      )
        .bind(handoffId)
        .first(),
    ).toEqual({ name: "Alex Berg", id: sam.id });

    // The visitor sees the names as written, and no ids.
    const seen = await visitorAuthors(site, conversationId);
    expect(seen.map((m) => m.author)).toEqual(["Alex Berg", "Alex Berg"]);
    expect(JSON.stringify(seen)).not.toContain(sam.id);

    // Two members called "Alex Berg": the dashboard adds each one's address.
    expect(await replyAuthors(alex.cookie, handoffId)).toEqual([
      `${withAddress("Alex Berg", alex.email)} (team)`,
      `${withAddress("Alex Berg", sam.email)} (team)`,
    ]);
    const page = await (await getPage(`/admin/handoffs/${handoffId}`, alex.cookie)).text();
    expect(page).toContain(`by ${withAddress("Alex Berg", sam.email)}.`);
    const article = await (
      await getPage(`/admin/sites/${site}/kb/edit?id=returns`, await signIn())
    ).text();
    expect(article).toContain(`taught by ${withAddress("Alex Berg", sam.email)}, `);

    // Sam takes another name: their reply shows it, with the name the visitor saw.
    await rename(sam.cookie, "Sam Ek");
    expect(await replyAuthors(alex.cookie, handoffId)).toEqual([
      "Alex Berg (team)",
      "Sam Ek (then “Alex Berg”) (team)",
    ]);
    expect(await (await getPage(`/admin/handoffs/${handoffId}`, alex.cookie)).text()).toMatch(
      /Resolved [^<]* by Sam Ek \(then “Alex Berg”\)\./,
    );
    // The visitor's thread is unchanged.
    expect((await visitorAuthors(site, conversationId)).map((m) => m.author)).toEqual([
      "Alex Berg",
      "Alex Berg",
    ]);
  });

  it("shows a removed member's replies, resolution and teaching as a removed member's", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const rui = await member("Rui Costa");
    const { conversationId, handoffId } = await acceptedHandoff(site);
    await reply(rui.cookie, handoffId, "Rui here, looking into it.");
    await setStatus(rui.cookie, handoffId, "resolved");
    const taught = await postForm(`/admin/sites/${site}/teach`, rui.cookie, {
      question: "How do returns work?",
      document: "Returns and refunds",
    });
    expect(taught.status).toBe(303);

    const admin = await signIn();
    const removed = await postForm(`/admin/team/members/${rui.id}/remove`, admin, {
      confirm: "1",
    });
    expect(removed.status).toBe(303);
    // Someone new takes the same name: Rui's record must not become theirs.
    await member("Rui Costa");

    expect(await replyAuthors(admin, handoffId)).toEqual([
      "removed member (then “Rui Costa”) (team)",
    ]);
    const page = await (await getPage(`/admin/handoffs/${handoffId}`, admin)).text();
    expect(page).toMatch(/Resolved [^<]* by removed member \(then “Rui Costa”\)\./);
    const article = await (await getPage(`/admin/sites/${site}/kb/edit?id=returns`, admin)).text();
    expect(article).toContain("taught by removed member (then “Rui Costa”), ");
    expect((await visitorAuthors(site, conversationId)).map((m) => m.author)).toEqual([
      "Rui Costa",
    ]);
  });

  it("renders rows without an id by their name, as before: the admin API's, and old ones", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const { handoffId } = await acceptedHandoff(site);
    const sent = await call(`/admin/api/handoffs/${handoffId}/replies`, {
      method: "POST",
      admin: true,
      json: { text: "From the helpdesk script.", author: "Helpdesk" },
    });
    expect(sent.status).toBe(201);
    // A reply, a resolution and a phrasing as written before migrations/0013.
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO replies (id, handoff_id, conversation_id, text, author, via, created_at)
         SELECT 'old-' || id, id, conversation_id, 'An old reply.', 'Old Name', 'dashboard',
           '2000-01-01T00:00:00.000Z' FROM handoffs WHERE id = ?`,
      ).bind(handoffId),
      env.DB.prepare(
        `UPDATE handoffs SET status = 'resolved', resolved_at = '2000-01-02T00:00:00.000Z',
           resolved_by = 'Old Name' WHERE id = ?`,
      ).bind(handoffId),
      env.DB.prepare(
        `INSERT INTO taught_questions (site, doc_id, question, question_key, created_at, taught_by)
         VALUES (?, 'returns', 'old phrasing of returns', 'old phrasing of returns', '2000-01-01T00:00:00.000Z', 'Old Name')`,
      ).bind(site),
    ]);
    const admin = await signIn();
    expect(await replyAuthors(admin, handoffId)).toEqual(["Old Name (team)", "Helpdesk (team)"]);
    expect(await (await getPage(`/admin/handoffs/${handoffId}`, admin)).text()).toMatch(
      /Resolved [^<]* by Old Name\./,
    );
    const article = await (await getPage(`/admin/sites/${site}/kb/edit?id=returns`, admin)).text();
    expect(article).toContain("taught by Old Name, ");

    // The API's JSON keeps its fields and adds the ids, null where none was recorded.
    const list = (await (
      await call(`/admin/api/handoffs?site=${site}`, { admin: true })
    ).json()) as { handoffs: Record<string, unknown>[] };
    const h = list.handoffs[0] as {
      resolvedBy: string;
      resolvedById: unknown;
      replies: { author: string; authorId: unknown }[];
    };
    expect(h).toMatchObject({ resolvedBy: "Old Name", resolvedById: null, reopenedAt: null });
    expect(h.replies.map((r) => [r.author, r.authorId])).toEqual([
      ["Old Name", null],
      ["Helpdesk", null],
    ]);
  });

  it("records the token holder as such, and who reopened a handoff until the visitor does", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const mia = await member("Mia Holm");
    const { conversationId, handoffId } = await acceptedHandoff(site);
    const admin = await signIn();
    // The token holder may sign a reply with any name: the visitor sees it, the team sees who.
    await reply(admin, handoffId, "Signed with a member's name.", "Mia Holm");
    expect((await visitorAuthors(site, conversationId)).map((m) => m.author)).toEqual(["Mia Holm"]);
    expect(await replyAuthors(mia.cookie, handoffId)).toEqual(["admin (as “Mia Holm”) (team)"]);

    await setStatus(admin, handoffId, "resolved");
    await setStatus(mia.cookie, handoffId, "open");
    await setStatus(mia.cookie, handoffId, "open"); // already open: still Mia's reopening
    const page = await (await getPage(`/admin/handoffs/${handoffId}`, admin)).text();
    expect(page).toMatch(/Reopened [^<]* by Mia Holm\./);

    const api = (await (
      await call(`/admin/api/handoffs?site=${site}`, { admin: true })
    ).json()) as { handoffs: Record<string, unknown>[] };
    expect(api.handoffs[0]).toMatchObject({
      status: "open",
      resolvedBy: null,
      resolvedById: null,
      reopenedBy: "Mia Holm",
      reopenedById: mia.id,
    });
    expect(api.handoffs[0]?.replies).toMatchObject([{ author: "Mia Holm", authorId: "admin" }]);

    // An API caller resolves by name only: no id is claimed for them.
    const patched = await call(`/admin/api/handoffs/${handoffId}`, {
      method: "PATCH",
      admin: true,
      json: { status: "resolved", by: "Mia Holm" },
    });
    expect(await patched.json()).toMatchObject({ resolvedBy: "Mia Holm", resolvedById: null });

    // The visitor writing again reopens it: that is nobody's on the team, so no one is named.
    const again = await postHandoff(site, { conversationId, message: "talk to a human, please" });
    expect(again.status, await again.clone().text()).toBe(202);
    const stored = await env.DB.prepare(
      `SELECT status, resolved_by_id AS resolvedById, reopened_at AS reopenedAt,
         reopened_by AS reopenedBy, reopened_by_id AS reopenedById FROM handoffs WHERE id = ?`,
    )
      .bind(handoffId)
      .first();
    expect(stored).toEqual({
      status: "open",
      resolvedById: null,
      reopenedAt: null,
      reopenedBy: null,
      reopenedById: null,
    });
    expect(await (await getPage(`/admin/handoffs/${handoffId}`, admin)).text()).not.toContain(
      "Reopened ",
    );
  });
});
