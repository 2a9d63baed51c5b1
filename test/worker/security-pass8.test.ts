import { describe, expect, it } from "vitest";
import type { ConversationMessages } from "../../shared/api.ts";
import { listThread, MAX_THREAD_PAGE } from "../../worker/conversations/thread-store.ts";
import { listDeliveries } from "../../worker/handoff/deliveries-store.ts";
import { HANDOFF_PAGE_MESSAGES, LIST_PAGE_MESSAGES } from "../../worker/dashboard/handoffs.tsx";
import {
  acceptedHandoff,
  call,
  chat,
  countingRows,
  env,
  ORIGIN,
  putSite,
  uniqueSite,
} from "./helpers.ts";
import { getPage, signIn } from "./dashboard/helpers.ts";

// Findings of the eighth security pass (docs/security.md), each through the real worker.

/** The visitor and AI lines of a handoff's transcript on a dashboard page. */
function transcriptTexts(html: string): string[] {
  return [
    ...html.matchAll(
      /<li class="(?:visitor|assistant)"><span class="who">[^<]*<\/span>: <span class="text">([^<]*)<\/span>/g,
    ),
  ].map((m) => m[1] ?? "");
}

describe("a handoff's transcript", () => {
  it("is its own site's conversation, not another site's of the same id on another database", async () => {
    // Conversation ids are the visitor's choice, unique per database only; the dashboard reads
    // every database for a page's transcripts, by id alone.
    const conversationId = crypto.randomUUID();
    const a = uniqueSite();
    const b = uniqueSite();
    expect((await putSite(a, {})).status).toBe(200);
    expect((await putSite(b, { database: "DB_2" })).status).toBe(200);
    const { handoffId } = await acceptedHandoff(a, { conversationId, message: "talk to a human" });
    await chat(b, "Written to site b only: my order 4471 never came", conversationId);
    const cookie = await signIn();
    for (const path of [`/admin/handoffs/${handoffId}`, `/admin?site=${a}`]) {
      const html = await (await getPage(path, cookie)).text();
      expect(html, path).toContain("talk to a human");
      expect(html, path).not.toContain("Written to site b only");
    }
  });

  it("shows a bounded number of a conversation's latest messages, and says how many are left out", async () => {
    // Thirty messages a minute per conversation for as long as retention keeps them: all of them
    // were read and rendered on the handoff's page and on the inbox that lists it.
    const site = uniqueSite();
    expect((await putSite(site, {})).status).toBe(200);
    const { conversationId, handoffId } = await acceptedHandoff(site, {
      message: "talk to a human",
    });
    const total = 3_000;
    const start = Date.now() + 1_000;
    const insert = env.DB.prepare(
      `INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES (?, ?, 'visitor', ?, ?)`,
    );
    // Each a follow-up to the site's channel (five a minute get one), the first one failed.
    const delivery = env.DB.prepare(
      `INSERT INTO deliveries (id, handoff_id, channel_id, channel_type, status, last_error, kind,
         subject_id, created_at, updated_at)
       VALUES (?1, ?2, ?3, 'webhook', ?4, ?5, 'follow_up', ?6, ?7, ?7)`,
    );
    const rows = Array.from({ length: total }, (_, i) => {
      const id = crypto.randomUUID();
      const at = new Date(start + i).toISOString();
      const failed = i === 0;
      return [
        insert.bind(id, conversationId, `flood ${i}`, at),
        delivery.bind(
          crypto.randomUUID(),
          handoffId,
          `team:${id}`,
          failed ? "failed" : "delivered",
          failed ? "HTTP 503 Service Unavailable" : null,
          id,
          at,
        ),
      ];
    }).flat();
    for (let i = 0; i < rows.length; i += 500) await env.DB.batch(rows.slice(i, i + 500));
    const cookie = await signIn();

    const page = await getPage(`/admin/handoffs/${handoffId}`, cookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    const shown = transcriptTexts(html);
    expect(shown).toHaveLength(HANDOFF_PAGE_MESSAGES);
    // The latest, oldest first, and the count of the rest: the handoff's own message is among them.
    expect(shown.at(-1)).toBe(`flood ${total - 1}`);
    expect(shown[0]).toBe(`flood ${total - HANDOFF_PAGE_MESSAGES}`);
    expect(html).toContain(
      `${total + 1 - HANDOFF_PAGE_MESSAGES} earlier messages of this conversation are not shown`,
    );

    // Each shown message's follow-up is read with it; the one that failed out of sight still
    // offers a redelivery; the other 2,700 deliveries are not read at all.
    expect(html.match(/follow-up sent to the channels: 1 of 1 delivered/g)).toHaveLength(
      HANDOFF_PAGE_MESSAGES,
    );
    expect(html).toContain("Redeliver failed channels");
    expect(html).not.toContain("HTTP 503");
    const read = await listDeliveries(env.DB, [handoffId], [crypto.randomUUID()]);
    expect(read).toEqual([]);

    const list = await (await getPage(`/admin?site=${site}`, cookie)).text();
    expect(transcriptTexts(list)).toHaveLength(LIST_PAGE_MESSAGES);
    expect(transcriptTexts(list).at(-1)).toBe(`flood ${total - 1}`);
  }, 30_000);
});

describe("a visitor's read of their conversation", () => {
  it("reads about a page of rows, not the whole conversation, and pages it in order", async () => {
    // Every read (the widget's poll every 4 s, 60 a minute per visitor) sorted the whole
    // conversation: 30,000 rows read for each page of one of 10,000 messages, on a database that
    // runs one statement at a time for every site on it.
    const site = uniqueSite();
    expect((await putSite(site, {})).status).toBe(200);
    const { conversationId, handoffId } = await acceptedHandoff(site, {
      message: "talk to a human",
    });
    const total = 3_000;
    const start = Date.now() + 1_000;
    const insert = env.DB.prepare(
      `INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES (?, ?, 'visitor', ?, ?)`,
    );
    const reply = env.DB.prepare(
      `INSERT INTO replies (id, handoff_id, conversation_id, text, via, created_at)
       VALUES (?, ?, ?, ?, 'api', ?)`,
    );
    // Two messages an instant, and a team reply at every hundredth instant: a reply comes after
    // the messages of its instant, as the widget shows it.
    const expected: string[] = [];
    const rows = Array.from({ length: total / 2 }, (_, i) => {
      const at = new Date(start + i).toISOString();
      const both = [
        insert.bind(crypto.randomUUID(), conversationId, `message ${2 * i}`, at),
        insert.bind(crypto.randomUUID(), conversationId, `message ${2 * i + 1}`, at),
      ];
      expected.push(`message ${2 * i}`, `message ${2 * i + 1}`);
      if (i % 100 === 0) {
        both.push(reply.bind(crypto.randomUUID(), handoffId, conversationId, `reply ${i}`, at));
        expected.push(`reply ${i}`);
      }
      return both;
    }).flat();
    for (let i = 0; i < rows.length; i += 500) await env.DB.batch(rows.slice(i, i + 500));

    const { db, reads } = countingRows();
    const first = await listThread(db, conversationId, null);
    const late = await listThread(db, conversationId, first?.at(-1)?.id ?? null);
    expect(first).toHaveLength(MAX_THREAD_PAGE);
    expect(late).toHaveLength(MAX_THREAD_PAGE);
    // Before: 9,048 rows for each of these two pages; now a page's worth of each table.
    for (const { read } of reads) expect(read).toBeLessThan(3 * MAX_THREAD_PAGE);

    // Page by page through the API, as the widget reads: every message once, in order.
    const texts: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const query: string = after ? `&after=${after}` : "";
      const res = await call(`/v1/conversations/${conversationId}?site=${site}${query}`, {
        headers: { origin: ORIGIN },
      });
      expect(res.status).toBe(200);
      const { messages } = (await res.json()) as ConversationMessages;
      if (messages.length === 0) break;
      texts.push(...messages.map((m) => m.text));
      after = messages.at(-1)?.id ?? null;
    }
    expect(texts).toEqual(["talk to a human", ...expected]);
    // An id of no message of this conversation is still refused, as before.
    const unknown = await call(
      `/v1/conversations/${conversationId}?site=${site}&after=${crypto.randomUUID()}`,
      { headers: { origin: ORIGIN } },
    );
    expect(unknown.status).toBe(400);
  }, 60_000);
});
