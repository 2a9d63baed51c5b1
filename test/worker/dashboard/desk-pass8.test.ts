/**
 * The desk's eighth accessibility pass, as the worker renders it: where a list's page stands
 * ("Page 2 of 2: 51–52 of 52 handoffs"), pager links that lead to that line (`#page`) and drop
 * an action's `done=`, a channel's confirmation that names it, links and buttons of a list that
 * name their handoff, a sign-in that does not carry an old confirmation on, and visitors' words
 * marked with their language. The browser's side is test/browser/dashboard-a11y-pass8.test.ts.
 */
import { describe, expect, it } from "vitest";
import {
  insertConversationIfMissing,
  insertVisitorMessage,
} from "../../../worker/conversations/store.ts";
import { pageLine, pagePosition } from "../../../worker/dashboard/page-position.ts";
import { acceptedHandoff, call, putKb, putSite, uniqueSite, env } from "../helpers.ts";
import {
  getPage,
  insertLowConfidenceHandoff,
  insertQuestionLog,
  postForm,
  SELF,
  signIn,
} from "./helpers.ts";

/** The page's text, tags out, entities of quotes read, spaces collapsed. */
const readable = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");

/** The href of the link whose text starts with `text`, entities read. */
const linkTo = (html: string, text: string) =>
  new RegExp(`<a href="([^"]+)">${text}`).exec(html)?.[1]?.replaceAll("&amp;", "&");

describe("where a page of a list stands", () => {
  it("counts the page, the pages and the items shown, from what came before and what is left", () => {
    expect(pagePosition({ earlier: 0, shown: 50, total: 230, size: 50 })).toEqual({
      page: 1,
      pages: 5,
      first: 1,
      last: 50,
      total: 230,
    });
    expect(
      pageLine(pagePosition({ earlier: 50, shown: 50, total: 230, size: 50 }), "handoffs"),
    ).toBe("Page 2 of 5: 51–100 of 230 handoffs");
    // Three arrived since the walk began: the page is still the second, and the rest still end.
    expect(pageLine(pagePosition({ earlier: 53, shown: 2, total: 55, size: 50 }), "handoffs")).toBe(
      "Page 2 of 2: 54–55 of 55 handoffs",
    );
    expect(pageLine(pagePosition({ earlier: 50, shown: 1, total: 51, size: 50 }), "answers")).toBe(
      "Page 2 of 2: 51 of 51 answers",
    );
    // A count read a moment before a page that outgrew it never says fewer than it shows.
    expect(pagePosition({ earlier: 0, shown: 50, total: 40, size: 50 }).total).toBe(50);
    // A list of one page has no page line: its own count says it.
    expect(pageLine(pagePosition({ earlier: 0, shown: 3, total: 3, size: 50 }), "handoffs")).toBe(
      null,
    );
    expect(
      pageLine(pagePosition({ earlier: 1000, shown: 50, total: 1234, size: 50 }), "handoffs"),
    ).toBe("Page 21 of 25: 1,001–1,050 of 1,234 handoffs");
  });
});

describe("the dashboard's eighth pass", () => {
  it("heads each page of the handoffs with where it stands; the pager leads there, without an action's done=", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const ids: string[] = [];
    for (const conversation of await insertQuestionLog(
      site,
      Array.from({ length: 52 }, () => ({ confidence: 0.1 })),
      0.4,
    ))
      ids.push(await insertLowConfidenceHandoff(site, conversation, 0.1, 0.4));
    // As the list comes back after an action: its confirmation in the address.
    const first = await (await getPage(`/admin?site=${site}&status=&done=resolved`, cookie)).text();
    expect(readable(first)).toContain("Page 1 of 2: 1–50 of 52 handoffs, newest first.");
    expect(first).toContain('data-results="true" data-page="true" tabindex="-1"');
    const older = linkTo(first, "Older handoffs");
    expect(older).toBe(`/admin?site=${site}&status=&before=${ids[2]}&page=2#page`);
    // The next action's way back carries no old confirmation either.
    expect(first).not.toMatch(/name="back" value="[^"]*done=/);

    const second = await (await getPage(older ?? "", cookie)).text();
    expect(readable(second)).toContain("Page 2 of 2: 51–52 of 52 handoffs, newest first.");
    expect(linkTo(second, "Newest handoffs")).toBe(`/admin?site=${site}&status=#page`);

    // Three more arrive while the owner is on the second page: it is still page 2 of 2.
    for (const conversation of await insertQuestionLog(
      site,
      Array.from({ length: 3 }, () => ({ confidence: 0.1 })),
      0.4,
    ))
      await insertLowConfidenceHandoff(site, conversation, 0.1, 0.4);
    const again = await (await getPage(older ?? "", cookie)).text();
    expect(readable(again)).toContain("Page 2 of 2: 54–55 of 55 handoffs, newest first.");

    // Filtered to fewer than a page: the count alone, as before.
    const one = await acceptedHandoff(site, { email: "pass8-one@example.com" });
    const keyword = await (await getPage(`/admin?site=${site}&trigger=keyword`, cookie)).text();
    expect(readable(keyword)).toContain("1 handoff, newest first.");
    expect(keyword).not.toContain("Page 1 of");
    expect(keyword).toContain(`id="handoff/${one.handoffId}"`);
  }, 30_000);

  it("names each handoff's link and buttons in a list after the words shown", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    for (const email of ["pass8-a@example.com", "pass8-b@example.com"])
      await acceptedHandoff(site, { email });
    const list = await (await getPage(`/admin?site=${site}`, cookie)).text();
    const names = (label: string) =>
      [
        ...list.matchAll(new RegExp(`${label}<span class="visually-hidden">([^<]*)</span>`, "g")),
      ].map((m) => m[1]);
    for (const label of ["Open this handoff to reply", "Mark resolved"]) {
      const heard = names(label);
      expect(heard, label).toHaveLength(2);
      expect(heard[0], label).toMatch(/^: pass8-b@example\.com, \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
      expect(heard[1], label).toMatch(/^: pass8-a@example\.com, /);
    }
    // The arrow is drawn, not read.
    expect(list).toContain('<span aria-hidden="true"> →</span>');
    // One handoff's own page has one of each: no suffix.
    const id = /id="handoff\/([^"]+)"/.exec(list)?.[1] ?? "";
    const page = await (await getPage(`/admin/handoffs/${id}`, cookie)).text();
    expect(page).toContain("Mark resolved</button>");
    // Its title names the site, as every other page's does (2.4.2); not the visitor, whose
    // address would go into the browser's history.
    expect(page).toContain(`<title>Handoff · ${site} · Clarifier</title>`);
  });

  it("heads the knowledge base's and Knowledge gaps' later pages with where they stand", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(
      site,
      Array.from({ length: 52 }, (_, i) => ({
        id: `article-${String(i).padStart(2, "0")}`,
        title: `Article ${i}`,
        text: `The text of article ${i}, long enough to be an article.`,
      })),
    );
    const first = await (await getPage(`/admin/sites/${site}/kb`, cookie)).text();
    expect(readable(first)).toContain(
      "Page 1 of 2: 1–50 of 52 articles. 52 articles in the knowledge base.",
    );
    const next = /<a href="([^"]+)">Next page<span aria-hidden="true"> →<\/span><\/a>/.exec(
      first,
    )?.[1];
    expect(next).toBe(`/admin/sites/${site}/kb?page=2#page`);
    const second = await (await getPage(next ?? "", cookie)).text();
    expect(readable(second)).toContain("Page 2 of 2: 51–52 of 52 articles.");
    expect(second).toContain(
      `<a href="/admin/sites/${site}/kb?page=1#page"><span aria-hidden="true">← </span>Previous page</a>`,
    );

    // 25 unrelated missed questions: 25 groups, 20 to a page.
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const words = [
      "anchor",
      "bicycle",
      "candle",
      "dolphin",
      "engine",
      "falcon",
      "guitar",
      "harbor",
    ];
    const statements = Array.from({ length: 25 }, (_, i) => {
      const conversationId = crypto.randomUUID();
      const text = `${words[i % 8]}${i} ${words[(i + 3) % 8]}q${i} zz${i}`;
      return [
        insertConversationIfMissing(env.DB, { id: conversationId, site, createdAt: at }),
        ...insertVisitorMessage(
          env.DB,
          {
            id: crypto.randomUUID(),
            conversationId,
            text,
            confidence: 0.05,
            decision: "handoff",
            reason: "low_confidence",
            matched: null,
            threshold: 0.4,
            visitor: `pass8-${i}`,
          },
          at,
        ),
      ];
    }).flat();
    await env.DB.batch(statements);
    const gaps = await (await getPage(`/admin/sites/${site}/gaps?days=30&page=2`, cookie)).text();
    expect(gaps).toContain('<p class="hint" data-page="true" tabindex="-1">');
    expect(readable(gaps)).toContain(
      "Page 2 of 2: 21–25 of 25 groups, those most visitors asked first.",
    );
    expect(gaps).toContain(`href="/admin/sites/${site}/gaps?days=30&amp;page=1#page"`);
    // Each question's links name their question (a list of "teach", "teach", … before).
    expect(gaps).toMatch(
      />teach<span class="visually-hidden"> “[a-z]+\d+ [a-z]+q\d+ zz\d+”<\/span><\/a>/,
    );
  }, 30_000);

  it("names the channel saved or removed, where the site's channels bear it out", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const saved = await postForm(`/admin/sites/${site}/channels`, cookie, {
      type: "email",
      id: "support-inbox",
      to: "support@acme.example",
    });
    expect(saved.status).toBe(303);
    const location = saved.headers.get("location") ?? "";
    expect(location).toBe(`/admin/sites/${site}/channels?done=channel-saved&channel=support-inbox`);
    const page = await (await getPage(location, cookie)).text();
    expect(page).toContain("Channel “support-inbox” (Email) saved.");
    // A link anyone could write, naming a channel the site does not have: the plain words.
    const made = await (
      await getPage(`/admin/sites/${site}/channels?done=channel-saved&channel=ceo-inbox`, cookie)
    ).text();
    expect(made).toContain(">Channel saved.<");
    expect(made).not.toContain("ceo-inbox");

    const removed = await postForm(
      `/admin/sites/${site}/channels/support-inbox/delete`,
      cookie,
      {},
    );
    const gone = removed.headers.get("location") ?? "";
    expect(gone).toBe(`/admin/sites/${site}/channels?done=channel-removed&channel=support-inbox`);
    expect(await (await getPage(gone, cookie)).text()).toContain(
      "Channel “support-inbox” removed.",
    );
  });

  it("signs in to the page asked for without the confirmation of what was done before", async () => {
    const asked = await call("/admin/sites/acme/keywords?message=hi&done=keywords-saved", {
      redirect: "manual",
    });
    expect(asked.headers.get("location")).toBe(
      `/admin/login?next=${encodeURIComponent("/admin/sites/acme/keywords?message=hi")}`,
    );
    const posted = await call("/admin/sites/acme/keywords", {
      method: "POST",
      headers: {
        origin: SELF,
        "content-type": "application/x-www-form-urlencoded",
        referer: `${SELF}/admin/sites/acme/keywords?done=keywords-saved`,
      },
      body: new URLSearchParams({ phrases: "talk to a human" }),
      redirect: "manual",
    });
    expect(posted.headers.get("location")).toBe(
      `/admin/login?next=${encodeURIComponent("/admin/sites/acme/keywords")}&ended=change`,
    );
  });

  it("marks visitors' words with their language, and English with none", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const danish = "Jeg vil gerne tale med en person om min ordre";
    const { handoffId } = await acceptedHandoff(site, {
      message: danish,
      email: "pass8-da@example.com",
    });
    const english = "Can I talk to a human about my order please";
    await acceptedHandoff(site, { message: english, email: "pass8-en@example.com" });
    const page = await (await getPage(`/admin/handoffs/${handoffId}`, cookie)).text();
    // The summary, the facts and the transcript's line.
    expect(page).toContain(`<span class="message" lang="da">${danish}</span>`);
    expect(page).toContain(`<dd class="quote" lang="da">${danish}</dd>`);
    expect(page).toContain(`<span class="text" lang="da">${danish}</span>`);
    const list = await (await getPage(`/admin?site=${site}`, cookie)).text();
    expect(list).toContain(`<span class="message">${english}</span>`);
  });
});
