/**
 * The handoffs list's counts (`handoff_counts`, worker/handoff/handoff-counts.ts) stay a count
 * of the stored handoffs through every path that stores one, changes its status or label, or
 * deletes it: the visitor's request (retried, sent twice at once, with an Idempotency-Key), its
 * follow-ups (a request and a chat message, which reopen it), the dashboard's and the admin API's
 * resolve and reopen (a double click, many at once), the label, a conversation's delete from the
 * dashboard and the API, retention, a site on another database, and the cron's recount.
 */
import { describe, expect, it } from "vitest";
import { expireVisitorMessages } from "../../../worker/conversations/retention.ts";
import { readHandoffListPage } from "../../../worker/dashboard/handoff-page.ts";
import { recountHandoffsIfAsked } from "../../../worker/handoff/handoff-counts.ts";
import {
  getPage,
  insertLowConfidenceHandoff,
  insertQuestionLog,
  postForm,
  signIn,
} from "../dashboard/helpers.ts";
import {
  expectHandoffCountsOfRows,
  handoffCountsFromRows,
  keptHandoffCounts,
} from "../handoff-counts.ts";
import {
  acceptedHandoff,
  call,
  chat,
  env,
  postHandoff,
  putKb,
  putSite,
  storeHandoff,
  uniqueSite,
} from "../helpers.ts";

const ANSWERED = "How long does express shipping take?";

/** Sets a handoff's status from the dashboard, as its Resolve / Reopen button does. */
async function setStatusOnDesk(cookie: string, id: string, status: "open" | "resolved") {
  const res = await postForm(`/admin/handoffs/${id}/status`, cookie, { status, back: "/admin" });
  expect(res.status).toBe(303);
}

/** The status of handoff `id` as stored on `db`. */
async function statusOf(db: D1Database, id: string): Promise<string | null> {
  return db.prepare("SELECT status FROM handoffs WHERE id = ?").bind(id).first<string>("status");
}

describe("the handoffs list's counts", () => {
  it("follow a handoff stored, retried, followed up, resolved and reopened, labelled and deleted", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const first = await acceptedHandoff(site);
    await expectHandoffCountsOfRows(env.DB, site);
    expect(await keptHandoffCounts(env.DB, [site])).toEqual({ [`${site}|open|keyword|0`]: 1 });

    // The widget's retry (its 202 lost), the same request sent three times at once, and a
    // request sent again with its Idempotency-Key: one handoff each, counted once.
    const retried = await postHandoff(site, { conversationId: first.conversationId });
    expect(retried.status).toBe(202);
    await retried.body?.cancel();
    const together = crypto.randomUUID();
    const sent = await Promise.all(
      [1, 2, 3].map(() => postHandoff(site, { conversationId: together, message: "a human" })),
    );
    for (const res of sent) {
      expect(res.status).toBe(202);
      await res.body?.cancel();
    }
    const keyed = { conversationId: crypto.randomUUID(), message: "a person please" };
    for (let i = 0; i < 2; i++) {
      const res = await postHandoff(site, keyed, { "idempotency-key": "k-1" });
      expect(res.status).toBe(202);
      await res.body?.cancel();
    }
    await expectHandoffCountsOfRows(env.DB, site);
    expect(await keptHandoffCounts(env.DB, [site])).toEqual({ [`${site}|open|keyword|0`]: 3 });

    // Resolved from the dashboard, twice (a double click), reopened through the admin API.
    await setStatusOnDesk(cookie, first.handoffId, "resolved");
    await setStatusOnDesk(cookie, first.handoffId, "resolved");
    await expectHandoffCountsOfRows(env.DB, site);
    expect(await keptHandoffCounts(env.DB, [site])).toMatchObject({
      [`${site}|open|keyword|0`]: 2,
      [`${site}|resolved|keyword|0`]: 1,
    });
    const reopened = await call(`/admin/api/handoffs/${first.handoffId}`, {
      method: "PATCH",
      admin: true,
      json: { status: "open", by: "Sam" },
    });
    expect(reopened.status).toBe(200);
    await expectHandoffCountsOfRows(env.DB, site);

    // Resolved, then the visitor asks again: the follow-up reopens it. Resolved again, then a
    // chat message answered in that conversation: a follow-up too, which reopens it.
    await setStatusOnDesk(cookie, first.handoffId, "resolved");
    const again = await postHandoff(site, {
      conversationId: first.conversationId,
      message: "Still there? I want to talk to a human",
    });
    expect(again.status).toBe(202);
    await again.body?.cancel();
    expect(await statusOf(env.DB, first.handoffId)).toBe("open");
    await expectHandoffCountsOfRows(env.DB, site);
    await setStatusOnDesk(cookie, first.handoffId, "resolved");
    expect((await chat(site, ANSWERED, first.conversationId)).reply.type).toBe("answer");
    expect(await statusOf(env.DB, first.handoffId)).toBe("open");
    await expectHandoffCountsOfRows(env.DB, site);

    // A low-confidence handoff labelled "the AI could have answered", again, resolved, unlabelled.
    const [weakConversation = ""] = await insertQuestionLog(site, [{ confidence: 0.1 }], 0.4);
    const weak = await insertLowConfidenceHandoff(site, weakConversation, 0.1, 0.4);
    const label = (couldHaveAnswered: string) =>
      postForm(`/admin/handoffs/${weak}/label`, cookie, { couldHaveAnswered, back: "/admin" });
    expect((await label("1")).status).toBe(303);
    expect((await label("1")).status).toBe(303);
    await expectHandoffCountsOfRows(env.DB, site);
    expect(await keptHandoffCounts(env.DB, [site])).toMatchObject({
      [`${site}|open|low_confidence|1`]: 1,
    });
    await setStatusOnDesk(cookie, weak, "resolved");
    expect((await label("0")).status).toBe(303);
    await expectHandoffCountsOfRows(env.DB, site);
    expect(await keptHandoffCounts(env.DB, [site])).toMatchObject({
      [`${site}|resolved|low_confidence|0`]: 1,
    });

    // Retention leaves a conversation that handed off, and the counts with it.
    await expireVisitorMessages(env as Env);
    await expectHandoffCountsOfRows(env.DB, site);

    // A conversation erased from the dashboard (its two handoffs' conversation: one) and one
    // through the admin API: their handoffs leave the counts.
    const erased = await postForm(`/admin/handoffs/${weak}/delete-conversation`, cookie, {
      confirm: "1",
    });
    expect(erased.status).toBe(303);
    const deleted = await call(`/admin/api/conversations/${together}?site=${site}`, {
      method: "DELETE",
      admin: true,
    });
    expect(deleted.status).toBe(200);
    await expectHandoffCountsOfRows(env.DB, site);
    expect(await keptHandoffCounts(env.DB, [site])).toEqual({ [`${site}|open|keyword|0`]: 2 });

    // The list's tabs say the same.
    const list = await (await getPage(`/admin?site=${site}`, cookie)).text();
    expect(list).toContain("Open (2)");
    expect(list).toContain("Resolved (0)");
  }, 60_000);

  it("stay a count of the rows under many status changes at once", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const handoffs = [];
    for (let i = 0; i < 4; i++) handoffs.push(await acceptedHandoff(site));
    // Resolve and reopen each of them, through the dashboard and the admin API, all at once:
    // each change is a transaction that moves only what the one before it left.
    await Promise.all(
      handoffs.flatMap(({ handoffId }, i) =>
        Array.from({ length: 8 }, (_, j) =>
          j % 2 === 0
            ? setStatusOnDesk(cookie, handoffId, j % 4 === 0 ? "resolved" : "open")
            : call(`/admin/api/handoffs/${handoffId}`, {
                method: "PATCH",
                admin: true,
                json: { status: (i + j) % 3 === 0 ? "open" : "resolved" },
              }).then((res) => expect(res.status).toBe(200)),
        ),
      ),
    );
    await expectHandoffCountsOfRows(env.DB, site);
    const kept = await keptHandoffCounts(env.DB, [site]);
    expect(Object.values(kept).reduce((a, b) => a + b, 0)).toBe(4);
  }, 60_000);

  it("are kept on the database that holds the handoffs, and summed over every database", async () => {
    // A site on DB_2: its handoff and its counts there, none on DB.
    const sharded = uniqueSite();
    expect((await putSite(sharded, { database: "DB_2" })).status).toBe(200);
    const { handoffId } = await acceptedHandoff(sharded);
    await expectHandoffCountsOfRows(env.DB_2, sharded);
    expect(await keptHandoffCounts(env.DB_2, [sharded])).toEqual({
      [`${sharded}|open|keyword|0`]: 1,
    });
    expect(await keptHandoffCounts(env.DB, [sharded])).toEqual({});
    await setStatusOnDesk(await signIn(), handoffId, "resolved");
    await expectHandoffCountsOfRows(env.DB_2, sharded);

    // A site whose `database` changed: its older handoffs stay on DB, its newer are on DB_2.
    const moved = uniqueSite();
    await putSite(moved, {});
    await storeHandoff(env.DB, { site: moved, channelIds: [] });
    await storeHandoff(env.DB, { site: moved, channelIds: [] });
    await storeHandoff(env.DB_2, { site: moved, channelIds: [] });
    await expectHandoffCountsOfRows(env.DB, moved);
    await expectHandoffCountsOfRows(env.DB_2, moved);
    const listed = await readHandoffListPage(env, {
      filters: { site: moved, status: "open" },
      size: 2,
    });
    expect(listed.counts).toEqual({ open: 3, resolved: 0 });
    expect(listed.position).toMatchObject({ page: 1, pages: 2, total: 3 });
  });

  it("are counted afresh by the cron when a recount is asked for", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await acceptedHandoff(site);
    // What an older worker does between the migration and the deploy: a handoff stored and
    // another resolved, neither counted.
    const { handoffId } = await acceptedHandoff(site);
    const conversationId = crypto.randomUUID();
    await env.DB.batch([
      env.DB.prepare("INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?)").bind(
        conversationId,
        site,
        new Date().toISOString(),
      ),
      env.DB.prepare(
        `INSERT INTO handoffs (id, site, conversation_id, reason, site_name, visitor_message, created_at)
         VALUES (?, ?, ?, 'visitor_request', 'Acme', 'older worker', ?)`,
      ).bind(crypto.randomUUID(), site, conversationId, new Date().toISOString()),
      env.DB.prepare("UPDATE handoffs SET status = 'resolved' WHERE id = ?").bind(handoffId),
    ]);
    expect(await keptHandoffCounts(env.DB, [site])).not.toEqual(
      await handoffCountsFromRows(env.DB, [site]),
    );
    await env.DB.prepare("INSERT INTO handoff_recounts (asked_at) VALUES (?)")
      .bind(new Date().toISOString())
      .run();
    expect(await recountHandoffsIfAsked(env)).toBeGreaterThanOrEqual(1);
    await expectHandoffCountsOfRows(env.DB, site);
    // Asked once, done once.
    expect(await env.DB.prepare("SELECT 1 FROM handoff_recounts").first()).toBeNull();
  });
});
