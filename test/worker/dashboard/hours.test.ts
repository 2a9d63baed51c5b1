import { describe, expect, it } from "vitest";
import { siteKey } from "../../../worker/sites/kv-keys.ts";
import { env, putSite, uniqueSite } from "../helpers.ts";
import { getPage, postForm, signIn } from "./helpers.ts";

describe("dashboard hours", () => {
  it("saves the team's hours and reply time from the form, and the widget's config carries them", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const res = await postForm(`/admin/sites/${site}/hours`, cookie, {
      replyTimeMinutes: "120",
      timeZone: "Europe/Copenhagen",
      "from-1": "09:00",
      "to-1": "16:00",
      "from-6": "",
      "to-6": "",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/admin/sites/${site}/hours?done=hours-saved`);
    const stored = JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}");
    expect(stored.replyTimeMinutes).toBe(120);
    expect(stored.openingHours).toEqual({
      timeZone: "Europe/Copenhagen",
      weekly: [{ day: 1, from: "09:00", to: "16:00" }],
    });
    const page = await (await getPage(`/admin/sites/${site}/hours`, cookie)).text();
    expect(page).toContain('value="09:00"');
  });

  it("keeps the saved hours and says what is wrong with an unknown time zone", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { replyTimeMinutes: 30 });
    const res = await postForm(`/admin/sites/${site}/hours`, cookie, {
      replyTimeMinutes: "45",
      timeZone: "Nowhere/Land",
      "from-2": "10:00",
      "to-2": "12:00",
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("time zone");
    const stored = JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}");
    expect(stored.replyTimeMinutes).toBe(30);
  });
});
