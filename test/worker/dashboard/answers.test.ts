import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../../../shared/api.ts";
import { call, chat, ORIGIN, putKb, putSite, uniqueSite } from "../helpers.ts";
import { getPage, signIn } from "./helpers.ts";

async function judge(site: string, answer: ChatResponse, helpful: boolean) {
  const res = await call("/v1/feedback", {
    method: "POST",
    json: { site, conversationId: answer.conversationId, messageId: answer.messageId, helpful },
    headers: { origin: ORIGIN },
  });
  expect(res.status).toBe(204);
}

describe("dashboard answers", () => {
  it("lists each answer newest first with its question, answer, article, confidence and verdict", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const returns = await chat(site, "How many days do I have to return an item for a refund?");
    const shipping = await chat(site, "How long does express shipping take?");
    await chat(site, "Do you sell kayaks for whitewater rivers?");
    await judge(site, returns, false);
    await judge(site, shipping, true);

    const html = await (await getPage(`/admin/sites/${site}/answers`, cookie)).text();
    expect(html).toContain("2 answers, newest first.");
    expect(html).not.toContain("kayaks");
    const shippingAt = html.indexOf("How long does express shipping take?");
    const returnsAt = html.indexOf("How many days do I have to return an item");
    expect(shippingAt).toBeGreaterThan(0);
    expect(returnsAt).toBeGreaterThan(shippingAt);
    expect(html).toContain('<a href="https://acme.example/help/returns">Returns and refunds</a>');
    expect(html).toContain("within 30 days");
    // Drawn thumbs, not emoji (an empty box without an emoji font), beside the words.
    expect(html).toMatch(
      /<span class="badge unhelpful"><svg aria-hidden="true"[^>]*>.*?<\/svg> Not helpful<\/span>/,
    );
    expect(html).toMatch(
      /<span class="badge helpful"><svg aria-hidden="true"[^>]*>.*?<\/svg> Helpful<\/span>/,
    );
    expect(html).not.toMatch(/👍|👎/);
    if (returns.reply.type !== "answer") throw new Error("expected an answer");
    expect(html).toContain(`confidence ${returns.reply.confidence.toFixed(2)}`);
    // The unhelpful answer can be taught from here; the helpful one needs nothing.
    expect(html.match(/This is answered by/g)).toHaveLength(1);
  });

  it("filters to the answers marked not helpful", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const returns = await chat(site, "How many days do I have to return an item for a refund?");
    const shipping = await chat(site, "How long does express shipping take?");
    await judge(site, returns, true);
    await judge(site, returns, false);
    await judge(site, shipping, true);
    const html = await (
      await getPage(`/admin/sites/${site}/answers?verdict=unhelpful`, cookie)
    ).text();
    expect(html).toContain("1 answer marked not helpful, newest first.");
    expect(html).toContain("How many days do I have to return an item");
    expect(html).not.toContain("express shipping take");
  });

  it("pages 50 at a time, without repeats", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { threshold: 0 });
    await putKb(site);
    for (let i = 0; i < 51; i++) await chat(site, `express shipping cost ${i}`);
    const first = await (await getPage(`/admin/sites/${site}/answers`, cookie)).text();
    expect(first).toContain("Page 1 of 2: 1–50 of 51 answers, newest first.");
    expect(first).toContain("express shipping cost 50");
    expect(first).not.toContain("express shipping cost 0<");
    const next = /href="([^"]+before=[^"#]+)#page">Older answers/
      .exec(first)?.[1]
      ?.replace(/&amp;/g, "&");
    expect(next).toBeDefined();
    const second = await (await getPage(next ?? "", cookie)).text();
    expect(second).toContain("Page 2 of 2: 51 of 51 answers, newest first.");
    expect(second).toContain("express shipping cost 0<");
    // Writes over a hundred rows: under a second alone, but over 5 s once on a loaded machine.
  }, 20_000);
});
