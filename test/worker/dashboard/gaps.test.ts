import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../../../shared/api.ts";
import {
  insertConversationIfMissing,
  insertVisitorMessage,
} from "../../../worker/conversations/store.ts";
import { answerIdKey } from "../../../worker/conversations/answer-id.ts";
import { visitorPseudonym } from "../../../worker/conversations/visitor-id.ts";
import { call, env, ORIGIN, putKb, putSite, uniqueSite } from "../helpers.ts";
import { getPage, postForm, signIn } from "./helpers.ts";
import { chat, handOff, judge, labelCouldHaveAnswered } from "./visitor.ts";

const readable = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ");

/** A chat from one address, as a visitor's browser sends it. */
async function chatFrom(site: string, message: string, address: string): Promise<ChatResponse> {
  const res = await call("/v1/chat", {
    method: "POST",
    json: { site, message },
    headers: { origin: ORIGIN, "cf-connecting-ip": address },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as ChatResponse;
}

/** Low-confidence misses written straight into D1, as the chat route logs them. */
async function insertMisses(
  site: string,
  misses: readonly { text: string; visitor: string }[],
): Promise<void> {
  const at = new Date(Date.now() - 3_600_000).toISOString();
  const statements = misses.flatMap((m) => {
    const conversationId = crypto.randomUUID();
    return [
      insertConversationIfMissing(env.DB, { id: conversationId, site, createdAt: at }),
      ...insertVisitorMessage(
        env.DB,
        {
          id: crypto.randomUUID(),
          conversationId,
          text: m.text,
          confidence: 0.05,
          decision: "handoff",
          reason: "low_confidence",
          matched: null,
          threshold: 0.4,
          visitor: m.visitor,
        },
        at,
      ),
    ];
  });
  for (let i = 0; i < statements.length; i += 200) await env.DB.batch(statements.slice(i, i + 200));
}

describe("dashboard knowledge gaps", () => {
  it("counts every miss: abandoned and finished low-confidence prompts, 👎 answers, labelled handoffs", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    // Three questions about kayaks, below the threshold: one handed off and labelled, two abandoned.
    const first = await chat(site, "Do you sell kayaks for whitewater rivers?");
    expect(first.reply.type).toBe("handoff");
    const handoffId = await handOff(site, first, "Do you sell kayaks for whitewater rivers?");
    await labelCouldHaveAnswered(cookie, handoffId);
    await chat(site, "Which kayaks do you sell?");
    await chat(site, "kayaks for rivers");
    // An answer the visitor marked 👎.
    const answer = await chat(site, "How many days do I have to return an item for a refund?");
    await judge(site, answer, false);
    // Neither a miss: a 👍 answer and a keyword handoff.
    await judge(site, await chat(site, "How long does express shipping take?"), true);
    await chat(site, "I want to talk to a human");

    const html = await (await getPage(`/admin/sites/${site}/gaps`, cookie)).text();
    const text = readable(html);
    expect(text).toContain(
      "4 missed questions (4 messages from 4 visitors) in the last 30 days, in 2 groups",
    );
    const kayaks = text.indexOf("3 low-confidence questions (2 left without a handoff)");
    const returns = text.indexOf("1 answer marked not helpful");
    expect(kayaks).toBeGreaterThan(0);
    expect(returns).toBeGreaterThan(kayaks);
    expect(text).toContain("1 marked “AI could have answered”");
    expect(html).toContain(
      `<a href="/admin/handoffs/${handoffId}">handoff<span class="visually-hidden">`,
    );
    expect(html).toContain('<a href="https://acme.example/help/returns">Returns and refunds</a>');
    expect(html).not.toContain("talk to a human");
    expect(html).not.toContain("express shipping");
    // Each group can be taught from here.
    expect(html.match(/This is answered by/g)).toHaveLength(2);
  });

  it("takes a taught question off the list and says where it went", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { threshold: 0.99 });
    await putKb(site);
    await chat(site, "Can I get my money back?");
    await chat(site, "Do you sell kayaks?");
    const before = readable(await (await getPage(`/admin/sites/${site}/gaps`, cookie)).text());
    expect(before).toContain("Can I get my money back?");
    const taught = await postForm(`/admin/sites/${site}/teach`, cookie, {
      question: "can i get my MONEY back?",
      document: "Returns and refunds",
    });
    expect(taught.status).toBe(303);
    const html = await (await getPage(`/admin/sites/${site}/gaps`, cookie)).text();
    const after = readable(html);
    expect(after).toContain("1 missed question (1 message from 1 visitor)");
    expect(after).toContain("1 question taught since: no longer listed");
    expect(html).toContain(
      'Can I get my money back? → <a href="/admin/sites/' +
        site +
        '/kb/edit?id=returns">Returns and refunds</a>',
    );

    // The last one taught too: nothing is left, and the page says "left to teach".
    await postForm(`/admin/sites/${site}/teach`, cookie, {
      question: "Do you sell kayaks?",
      document: "Shipping and delivery",
    });
    const none = readable(await (await getPage(`/admin/sites/${site}/gaps`, cookie)).text());
    expect(none).toContain("No missed questions left to teach in the last 30 days.");
    expect(none).toContain("2 questions taught since: no longer listed");
  });

  it("keeps unrelated questions that share one word apart", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    await chat(site, "Do you sell gift cards?");
    await chat(site, "Do you sell kayaks?");
    await chat(site, "gift card for my brother");
    const text = readable(await (await getPage(`/admin/sites/${site}/gaps`, cookie)).text());
    expect(text).toContain("in 2 groups");
  });

  it("names the retriever's best candidates as the closest articles", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { threshold: 0.99 });
    await putKb(site);
    await chat(site, "Is express shipping refunded if it arrives late?");
    const html = await (await getPage(`/admin/sites/${site}/gaps`, cookie)).text();
    expect(html).toContain("Closest articles:");
    expect(html).toContain(
      '<a href="https://acme.example/help/shipping">Shipping and delivery</a>',
    );
    expect(html).toContain('<a href="https://acme.example/help/returns">Returns and refunds</a>');
  });

  it("counts a flood from a few addresses per visitor, and pages, so one real visitor's miss stays on the first page", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    // 400 different junk questions from 10 addresses, then one real visitor's question.
    await insertMisses(
      site,
      Array.from({ length: 400 }, (_, i) => ({
        text: `zzq${i} qqx${i} xkcd${i % 7} junk`,
        visitor: `flood-${i % 10}`,
      })),
    );
    await chatFrom(site, "Do you rent canoes by the day?", "203.0.113.9");
    const stored = await env.DB.prepare(
      "SELECT visitor FROM messages WHERE text = 'Do you rent canoes by the day?'",
    ).first<{ visitor: string }>();
    expect(stored?.visitor).toBe(await visitorPseudonym(answerIdKey(env), site, "203.0.113.9"));

    const html = await (await getPage(`/admin/sites/${site}/gaps`, cookie)).text();
    const text = readable(html);
    expect(text).toContain("401 missed questions (401 messages from 11 visitors)");
    // First on the first page: the one visitor who asked one question outweighs each junk one.
    const firstGroup = /<section class="card gap"><h2>([^<]*)/.exec(html)?.[1]?.trim();
    expect(firstGroup).toBe("Do you rent canoes by the day?");
    expect(text).toMatch(/Page 1 of \d+/);
    // Every question is on some page.
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    let listed = 0;
    for (let p = 1; p <= pages; p++) {
      const page = await (await getPage(`/admin/sites/${site}/gaps?page=${p}`, cookie)).text();
      listed += (page.match(/ · asked 1 time by 1 visitor|asked 1 time by 1 visitor/g) ?? [])
        .length;
    }
    expect(listed).toBe(401);
    // Writes over a hundred rows: under a second alone, but over 5 s once on a loaded machine.
  }, 20_000);

  it("says so when nothing was missed", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const html = await (await getPage(`/admin/sites/${site}/gaps?days=7`, cookie)).text();
    expect(html).toContain(
      "No missed questions in the last 7 days: nothing was judged below the threshold, marked not helpful or marked “AI could have answered”.",
    );
    expect(html).not.toContain("left to teach");
  });
});
