import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../../shared/api.ts";
import { learnFromPicks, PICK_SETTLE_MS } from "../../worker/feedback/learn-from-picks.ts";
import { call, env, ORIGIN, postHandoff, putSite, uniqueSite } from "./helpers.ts";
import { siteWithOutdoorKb, visitorPicks } from "./suggestion-helpers.ts";

const QUESTION = "my parcel never showed up";

const siteWithKb = siteWithOutdoorKb;

/** One visitor (one address) asks, is offered articles, and picks "Tracking your order". */
function visitorPicksTracking(site: string, address: string, question = QUESTION) {
  return visitorPicks(site, address, question, "tracking");
}

async function taughtTo(site: string, docId: string) {
  const { results } = await env.DB.prepare(
    "SELECT question FROM taught_questions WHERE site = ? AND doc_id = ?",
  )
    .bind(site, docId)
    .all<{ question: string }>();
  return results.map((r) => r.question);
}

const later = () => new Date(Date.now() + PICK_SETTLE_MS + 60_000);

describe("learning from picks", () => {
  it("teaches the question once enough different visitors picked the article, and the next visitor is answered", async () => {
    const site = await siteWithKb({ learnFromPicks: 3 });
    await visitorPicksTracking(site, "203.0.113.1");
    await visitorPicksTracking(site, "203.0.113.2");
    await learnFromPicks(env, later());
    expect(await taughtTo(site, "tracking")).toEqual([]);
    await visitorPicksTracking(site, "2001:db8:1:2::3");
    await learnFromPicks(env, later());
    expect(await taughtTo(site, "tracking")).toEqual([QUESTION]);
    const res = await call("/v1/chat", {
      method: "POST",
      json: { site, message: QUESTION },
      headers: { origin: ORIGIN },
    });
    const reply = ((await res.json()) as ChatResponse).reply;
    expect(reply).toMatchObject({ type: "answer", sources: [{ title: "Tracking your order" }] });
  });

  it("never teaches on one visitor's picks, however many", async () => {
    const site = await siteWithKb({ learnFromPicks: 2 });
    for (let i = 0; i < 6; i++) await visitorPicksTracking(site, "203.0.113.50");
    await learnFromPicks(env, later());
    expect(await taughtTo(site, "tracking")).toEqual([]);
    // Two addresses in one IPv6 /64 are one visitor too.
    const v6 = await siteWithKb({ learnFromPicks: 2 });
    await visitorPicksTracking(v6, "2001:db8:9:9::1");
    await visitorPicksTracking(v6, "2001:db8:9:9::2");
    await learnFromPicks(env, later());
    expect(await taughtTo(v6, "tracking")).toEqual([]);
    // And so are two /64s of one /48, which a tunnel broker hands out by the 65,536.
    const v48 = await siteWithKb({ learnFromPicks: 2 });
    await visitorPicksTracking(v48, "2001:db8:a:1::1");
    await visitorPicksTracking(v48, "2001:db8:a:2::1");
    await learnFromPicks(env, later());
    expect(await taughtTo(v48, "tracking")).toEqual([]);
  });

  it("does nothing for a site that hasn't opted in, and waits for picks to settle", async () => {
    const site = await siteWithKb({});
    for (const a of ["203.0.113.61", "203.0.113.62", "203.0.113.63"])
      await visitorPicksTracking(site, a);
    await learnFromPicks(env, later());
    expect(await taughtTo(site, "tracking")).toEqual([]);
    const opted = await siteWithKb({ learnFromPicks: 2 });
    for (const a of ["203.0.113.71", "203.0.113.72"]) await visitorPicksTracking(opted, a);
    await learnFromPicks(env, new Date());
    expect(await taughtTo(opted, "tracking")).toEqual([]);
  });

  it("doesn't count a pick the visitor followed by asking for a person", async () => {
    const site = await siteWithKb({ learnFromPicks: 2 });
    await visitorPicksTracking(site, "203.0.113.81");
    const unhappy = await visitorPicksTracking(site, "203.0.113.82");
    const handoff = await postHandoff(
      site,
      {
        conversationId: unhappy.conversationId,
        message: QUESTION,
        email: "a@example.com",
        reason: "low_confidence",
      },
      { "cf-connecting-ip": "203.0.113.82" },
    );
    expect(handoff.status).toBe(202);
    await learnFromPicks(env, later());
    expect(await taughtTo(site, "tracking")).toEqual([]);
  });

  it("refuses a setting below two visitors", async () => {
    const res = await putSite(uniqueSite(), { learnFromPicks: 1 });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("learnFromPicks");
  });
});
