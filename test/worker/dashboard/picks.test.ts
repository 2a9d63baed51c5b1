import { describe, expect, it } from "vitest";
import { env } from "../helpers.ts";
import { siteWithOutdoorKb, visitorPicks } from "../suggestion-helpers.ts";
import { getPage, postForm, signIn } from "./helpers.ts";

const readable = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ");

const siteWithKb = () => siteWithOutdoorKb();
const pickTracking = (site: string, question: string, address: string) =>
  visitorPicks(site, address, question, "tracking");

describe("dashboard: visitors' picks on the knowledge gaps page", () => {
  it("shows how many visitors picked an article for which questions, and teaches them in one click", async () => {
    const cookie = await signIn();
    const site = await siteWithKb();
    await pickTracking(site, "my parcel never showed up", "203.0.113.21");
    await pickTracking(site, "my parcel never showed up", "203.0.113.21");
    await pickTracking(site, "parcel never showed up at all", "203.0.113.22");
    const page = readable(await (await getPage(`/admin/sites/${site}/gaps`, cookie)).text());
    expect(page).toContain("2 visitors picked Tracking your order for questions like:");
    expect(page).toContain("my parcel never showed up");
    expect(page).toContain("parcel never showed up at all");

    const taught = await postForm(`/admin/sites/${site}/gaps/picks/teach`, cookie, {
      document: "tracking",
    });
    expect(taught.status).toBe(303);
    // Back to the page's top, where the notice says it worked (the picks' section is gone).
    expect(taught.headers.get("location")).toBe(`/admin/sites/${site}/gaps?done=picks-taught`);
    const { results } = await env.DB.prepare(
      `SELECT question, taught_by AS by, taught_by_id AS byId FROM taught_questions
       WHERE site = ? AND doc_id = 'tracking' ORDER BY question`,
    )
      .bind(site)
      .all<{ question: string }>();
    // Taught by the token holder, recorded by name and by its fixed id (migrations/0013).
    expect(results).toEqual([
      { question: "my parcel never showed up", by: "admin", byId: "admin" },
      { question: "parcel never showed up at all", by: "admin", byId: "admin" },
    ]);
    const after = readable(await (await getPage(`/admin/sites/${site}/gaps`, cookie)).text());
    expect(after).not.toContain("picked Tracking your order");
  });

  it("is 404 for an article nobody picked", async () => {
    const cookie = await signIn();
    const site = await siteWithKb();
    const res = await postForm(`/admin/sites/${site}/gaps/picks/teach`, cookie, {
      document: "gift-cards",
    });
    // A 404 for the article, not a 405 for a path that does take POST.
    expect(res.status).toBe(404);
  });
});
