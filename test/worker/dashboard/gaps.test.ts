import { describe, expect, it } from "vitest";
import { putKb, putSite, uniqueSite } from "../helpers.ts";
import { getPage, signIn } from "./helpers.ts";
import { chat, handOff, judge, labelCouldHaveAnswered } from "./visitor.ts";

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
    expect(html).toContain("4 missed questions in the last 30 days, in 2 groups");
    const kayaks = html.indexOf("3 low-confidence questions (2 left without a handoff)");
    const returns = html.indexOf("1 👎 answer");
    expect(kayaks).toBeGreaterThan(0);
    expect(returns).toBeGreaterThan(kayaks);
    expect(html).toContain("1 marked “AI could have answered”");
    expect(html).toContain(`<a href="/admin/handoffs/${handoffId}">handoff</a>`);
    expect(html).toContain('<a href="https://acme.example/help/returns">Returns and refunds</a>');
    expect(html).not.toContain("talk to a human");
    expect(html).not.toContain("express shipping");
    // Each group can be taught from here.
    expect(html.match(/This is answered by/g)).toHaveLength(2);
  });

  it("says so when nothing was missed", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const html = await (await getPage(`/admin/sites/${site}/gaps?days=7`, cookie)).text();
    expect(html).toContain("No missed questions in the last 7 days.");
  });
});
