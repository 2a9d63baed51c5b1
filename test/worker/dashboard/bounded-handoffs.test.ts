/**
 * The Handoffs list reads a number of rows that does not grow with the handoffs stored: its
 * Open / Resolved tabs and its page line ("Page 2 of 400: 51–100 of 20,000 handoffs") come from
 * the counts kept as handoffs change, and the page's number from the pager's link. Before, each
 * view counted every handoff of the database for the tabs and every matching one again for the
 * page line: 42,525 rows for one view of a site's 20,000 handoffs.
 */
import { createExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { HandoffReason } from "../../../shared/handoff.ts";
import { createApp } from "../../../worker/app.ts";
import { handoffStatusStatements } from "../../../worker/handoff/replies-store.ts";
import { insertHandoff, setCouldHaveAnswered } from "../../../worker/handoff/store.ts";
import { expectHandoffCountsOfRows } from "../handoff-counts.ts";
import { countingRows, env, putSite, uniqueSite } from "../helpers.ts";
import { signIn } from "./helpers.ts";

const REASONS: readonly HandoffReason[] = ["keyword", "low_confidence", "visitor_request"];
const DAY = 86_400_000;

interface Stored {
  id: string;
  reason: HandoffReason;
  status: "open" | "resolved";
  labelled: boolean;
  createdAt: string;
}

/**
 * Stores `total` handoffs of `site` through the worker's own statements (each counted as it is
 * stored), over the last 30 days, `offset` ms after the other site's so that the two interleave;
 * three in four resolved through the status statements, every 500th low-confidence one labelled.
 */
async function storeHandoffs(site: string, total: number, offset: number): Promise<Stored[]> {
  const conversationId = crypto.randomUUID();
  const base = Date.now() - 30 * DAY;
  await env.DB.prepare("INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?)")
    .bind(conversationId, site, new Date(base).toISOString())
    .run();
  const stored: Stored[] = Array.from({ length: total }, (_, i) => ({
    id: `${site}-${i}`,
    reason: REASONS[i % 3] ?? "keyword",
    status: i % 4 === 0 ? "open" : "resolved",
    labelled: i % 3 === 1 && i % 500 === 1,
    createdAt: new Date(base + offset + Math.floor((i * 29 * DAY) / total)).toISOString(),
  }));
  const statements = stored.flatMap((h) =>
    insertHandoff(env.DB, {
      id: h.id,
      site,
      conversationId,
      reason: h.reason,
      matched: null,
      confidence: h.reason === "low_confidence" ? 0.1 : null,
      threshold: 0.4,
      siteName: "Acme",
      visitorEmail: null,
      visitorMessage: "help",
      lastAiReply: null,
      createdAt: h.createdAt,
    }),
  );
  const now = new Date().toISOString();
  statements.push(
    ...stored
      .filter((h) => h.status === "resolved")
      .flatMap((h) => handoffStatusStatements(env.DB, h.id, "resolved", "Sam", now)),
  );
  for (let i = 0; i < statements.length; i += 1_000) {
    await env.DB.batch(statements.slice(i, i + 1_000));
  }
  for (const h of stored.filter((h) => h.labelled)) {
    expect(await setCouldHaveAnswered(env.DB, h.id, true, now)).toBe(true);
  }
  return stored;
}

/** What a view of the list shows: its page line, its tabs, its next page's link, and its reads. */
interface View {
  line: string | undefined;
  tabs: string[];
  older: string | undefined;
  read: number;
}

const app = createApp();

/** The list at `path` as the dashboard answers it, every D1 read counted on every database. */
async function view(path: string, cookie: string): Promise<View> {
  const db = countingRows(env.DB);
  const db2 = countingRows(env.DB_2);
  const res = await app.fetch(
    new Request(`http://worker.test${path}`, { headers: { cookie } }),
    { ...env, DB: db.db, DB_2: db2.db },
    createExecutionContext(),
  );
  expect(res.status).toBe(200);
  const html = await res.text();
  return {
    line: /data-results="true" data-page="true" tabindex="-1">([^<]*)</.exec(html)?.[1],
    tabs: [...html.matchAll(/>((?:Open|Resolved|Any) \(\d+\))</g)].map((m) => m[1] ?? ""),
    older: /<a href="([^"]+)">Older handoffs/.exec(html)?.[1]?.replaceAll("&amp;", "&"),
    read: [...db.reads, ...db2.reads].reduce((sum, r) => sum + r.read, 0),
  };
}

/** The page line a list of `total` handoffs shows on page `page`, 50 a page. */
function pageLine(page: number, total: number): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const first = (page - 1) * 50 + 1;
  const last = Math.min(page * 50, total);
  return `Page ${n(page)} of ${n(Math.ceil(total / 50))}: ${n(first)}–${n(last)} of ${n(total)} handoffs, newest first.`;
}

describe("the Handoffs list on a site of many handoffs", () => {
  it("reads the counts, not the handoffs: rows read do not grow with them, every figure as counted row by row", async () => {
    const cookie = await signIn();
    const small = uniqueSite();
    const large = uniqueSite();
    await putSite(small, {});
    await putSite(large, {});
    const stored = new Map([
      [small, await storeHandoffs(small, 2_000, 0)],
      [large, await storeHandoffs(large, 20_000, 7)],
    ]);
    await expectHandoffCountsOfRows(env.DB, small, large);

    const reads = new Map<string, number>();
    for (const [site, handoffs] of stored) {
      const open = handoffs.filter((h) => h.status === "open").length;
      const resolved = handoffs.length - open;
      // The default view (open ones), every status, and a trigger: two pages of each, the
      // second through the first's "Older handoffs" link.
      for (const [query, matching] of [
        ["", open],
        ["&status=", handoffs.length],
        ["&trigger=keyword", handoffs.filter((h) => h.reason === "keyword" && h.status === "open")],
      ] as const) {
        const total = typeof matching === "number" ? matching : matching.length;
        const first = await view(`/admin?site=${site}${query}`, cookie);
        expect(first.tabs).toEqual([
          `Open (${open})`,
          `Resolved (${resolved})`,
          `Any (${handoffs.length})`,
        ]);
        expect(first.line).toBe(pageLine(1, total));
        expect(first.older).toContain("&page=2#page");
        const second = await view(first.older?.replace("#page", "") ?? "", cookie);
        expect(second.line).toBe(pageLine(2, total));
        expect(second.older).toContain("&page=3#page");
        console.log(
          `${handoffs.length} handoffs, /admin?site=…${query}: D1 read ${first.read} and ${second.read} rows for pages 1 and 2`,
        );
        reads.set(`${handoffs.length}${query}`, first.read + second.read);
      }
    }
    // The same views of 20,000 handoffs read what they read of 2,000 (a page's own rows, its
    // deliveries, replies and transcripts, and the site's counts), give or take the few rows of
    // counts; before, 24,725 and 42,525 rows a page, growing with every handoff.
    for (const query of ["", "&status=", "&trigger=keyword"]) {
      const few = reads.get(`2000${query}`) ?? 0;
      const many = reads.get(`20000${query}`) ?? Number.POSITIVE_INFINITY;
      expect(many, query).toBeLessThanOrEqual(few + 24);
      expect(many, query).toBeLessThan(2 * 700);
    }

    // Every site's list: the counts of every site summed, as the rows are.
    const all = await view("/admin?status=", cookie);
    expect(all.line).toBe(pageLine(1, 22_000));
    expect(all.tabs).toEqual(["Open (5500)", "Resolved (16500)", "Any (22000)"]);
    expect(all.read).toBeLessThan(700);

    // The filters the counts answer, and the one they cannot (dates), all as counted row by row.
    const labelled = stored.get(large)?.filter((h) => h.labelled) ?? [];
    expect(labelled.length).toBeGreaterThan(0);
    const onlyLabelled = await view(`/admin?site=${large}&status=&labelled=1`, cookie);
    expect(onlyLabelled.line).toBe(
      `${labelled.length} ${labelled.length === 1 ? "handoff" : "handoffs"}, newest first.`,
    );
    const days = (stored.get(large) ?? []).filter(
      (h) => h.createdAt.slice(0, 10) >= day(-12) && h.createdAt.slice(0, 10) <= day(-10),
    );
    const dated = await view(
      `/admin?site=${large}&status=&from=${day(-12)}&to=${day(-10)}`,
      cookie,
    );
    expect(dated.line).toBe(pageLine(1, days.length));
    console.log(
      `20000 handoffs, labelled only: D1 read ${onlyLabelled.read}; three days (${days.length} handoffs): ${dated.read}`,
    );

    // A link's page number the total cannot hold (an edited link) is no page number.
    const edited = await view(
      `${(await view(`/admin?site=${large}`, cookie)).older?.replace("#page", "").replace("page=2", "page=999")}`,
      cookie,
    );
    expect(edited.line).toBe("50 handoffs, newest first, older than the last page.");
  }, 300_000);
});

/** The UTC day `offset` days from today, as the filters take it. */
function day(offset: number): string {
  return new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
}
